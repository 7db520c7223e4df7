from enum import Enum
from typing import TypeGuard


class ProviderName(str, Enum):
    AI21 = "AI21"
    AIONLABS = "AionLabs"
    ALIBABA = "Alibaba"
    AMAZON_BEDROCK = "Amazon Bedrock"
    AMAZON_NOVA = "Amazon Nova"
    AMBIENT = "Ambient"
    ANTHROPIC = "Anthropic"
    ANYSCALE = "AnyScale"
    ARCEE_AI = "Arcee AI"
    ATLASCLOUD = "AtlasCloud"
    ATOMA = "Atoma"
    AVIAN = "Avian"
    AZURE = "Azure"
    BASETEN = "BaseTen"
    BLACK_FOREST_LABS = "Black Forest Labs"
    BYTEPLUS = "BytePlus"
    CENT_ML = "Cent-ML"
    CEREBRAS = "Cerebras"
    CHUTES = "Chutes"
    CIRRASCALE = "Cirrascale"
    CLARIFAI = "Clarifai"
    CLOUDFLARE = "Cloudflare"
    COHERE = "Cohere"
    CROFAI = "CrofAI"
    CRUSOE = "Crusoe"
    DEEPINFRA = "DeepInfra"
    DEEPSEEK = "DeepSeek"
    ENFER = "Enfer"
    FAKEPROVIDER = "FakeProvider"
    FEATHERLESS = "Featherless"
    FIREWORKS = "Fireworks"
    FRIENDLI = "Friendli"
    GMICLOUD = "GMICloud"
    GOOGLE = "Google"
    GOOGLE_AI_STUDIO = "Google AI Studio"
    GOPOMELO = "GoPomelo"
    GROQ = "Groq"
    HUGGINGFACE = "HuggingFace"
    HYPERBOLIC = "Hyperbolic"
    HYPERBOLIC_2 = "Hyperbolic 2"
    INCEPTION = "Inception"
    INCEPTRON = "Inceptron"
    INFERENCENET = "InferenceNet"
    INFERMATIC = "Infermatic"
    INFLECTION = "Inflection"
    INOCLOUD = "InoCloud"
    IONSTREAM = "Ionstream"
    IO_NET = "Io Net"
    KLUSTER = "Kluster"
    LAMBDA = "Lambda"
    LEPTON = "Lepton"
    LIQUID = "Liquid"
    LYNN = "Lynn"
    LYNN_2 = "Lynn 2"
    MANCER = "Mancer"
    MANCER_2 = "Mancer 2"
    MARA = "Mara"
    META = "Meta"
    MINIMAX = "Minimax"
    MISTRAL = "Mistral"
    MODAL = "Modal"
    MODELRUN = "ModelRun"
    MODULAR = "Modular"
    MOONSHOT_AI = "Moonshot AI"
    MORPH = "Morph"
    NCOMPASS = "NCompass"
    NEBIUS = "Nebius"
    NEXTBIT = "NextBit"
    NINETEEN = "Nineteen"
    NOVITA = "Novita"
    NVIDIA = "Nvidia"
    OCTOAI = "OctoAI"
    OPENAI = "OpenAI"
    OPENINFERENCE = "OpenInference"
    PARASAIL = "Parasail"
    PERPLEXITY = "Perplexity"
    PHALA = "Phala"
    RECURSAL = "Recursal"
    REFLECTION = "Reflection"
    RELACE = "Relace"
    REPLICATE = "Replicate"
    SAMBANOVA = "SambaNova"
    SAMBANOVA_2 = "SambaNova 2"
    SEED = "Seed"
    SF_COMPUTE = "SF Compute"
    SILICONFLOW = "SiliconFlow"
    SOURCEFUL = "Sourceful"
    STEALTH = "Stealth"
    STEPFUN = "StepFun"
    STREAMLAKE = "StreamLake"
    SWITCHPOINT = "Switchpoint"
    TARGON = "Targon"
    TOGETHER = "Together"
    TOGETHER_2 = "Together 2"
    UBICLOUD = "Ubicloud"
    UPSTAGE = "Upstage"
    VALUE_27 = "01.AI"
    VENICE = "Venice"
    WANDB = "WandB"
    XAI = "xAI"
    XIAOMI = "Xiaomi"
    Z_AI = "Z.AI"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ProviderName | None":
        """A value the spec does not list yet: keep it as an extra member instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @classmethod
    def _parse(cls, value: object) -> "ProviderName":
        """`cls(value)` for from_dict: a listed value is one dict lookup (what Enum.__new__ tries first), while calling
        the class goes through EnumMeta.__call__ (~3 us); anything else takes the lenient constructor (_missing_)."""
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)

    @classmethod
    def is_known(cls, value: object) -> TypeGuard[str]:
        """True if `value` is one of the values listed in the spec."""
        return isinstance(value, str) and value in cls._value2member_map_
