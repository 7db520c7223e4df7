from enum import Enum
from typing import TypeGuard


class ProviderName(str, Enum):
    AI21 = "AI21"
    AIONLABS = "AionLabs"
    AKASHML = "AkashML"
    ALIBABA = "Alibaba"
    AMAZON_BEDROCK = "Amazon Bedrock"
    AMAZON_NOVA = "Amazon Nova"
    AMBIENT = "Ambient"
    ANTHROPIC = "Anthropic"
    ARCEE_AI = "Arcee AI"
    ATLASCLOUD = "AtlasCloud"
    AVIAN = "Avian"
    AZURE = "Azure"
    BAIDU = "Baidu"
    BASETEN = "BaseTen"
    BLACK_FOREST_LABS = "Black Forest Labs"
    BYTEPLUS = "BytePlus"
    CEREBRAS = "Cerebras"
    CHUTES = "Chutes"
    CIRRASCALE = "Cirrascale"
    CLARIFAI = "Clarifai"
    CLAUDE_PLATFORM_ON_AWS = "Claude Platform on AWS"
    CLOUDFLARE = "Cloudflare"
    COHERE = "Cohere"
    COREWEAVE = "CoreWeave"
    CRUCIBLE = "Crucible"
    CRUSOE = "Crusoe"
    DARKBLOOM = "Darkbloom"
    DATABRICKS = "Databricks"
    DECART = "Decart"
    DEEPGRAM = "Deepgram"
    DEEPINFRA = "DeepInfra"
    DEEPSEEK = "DeepSeek"
    DEKALLM = "DekaLLM"
    DIGITALOCEAN = "DigitalOcean"
    FAKEPROVIDER = "FakeProvider"
    FEATHERLESS = "Featherless"
    FIREWORKS = "Fireworks"
    FISH_AUDIO = "Fish Audio"
    FRIENDLI = "Friendli"
    GMICLOUD = "GMICloud"
    GOOGLE = "Google"
    GOOGLE_AI_STUDIO = "Google AI Studio"
    GROQ = "Groq"
    HEYGEN = "HeyGen"
    INCEPTION = "Inception"
    INCEPTRON = "Inceptron"
    INFERACT_VLLM = "Inferact vLLM"
    INFERENCENET = "InferenceNet"
    INFERMATIC = "Infermatic"
    INFLECTION = "Inflection"
    IONSTREAM = "Ionstream"
    IO_NET = "Io Net"
    KREA = "Krea"
    LIQUID = "Liquid"
    MAKORA = "Makora"
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
    NEX_AGI = "Nex AGI"
    NOVITA = "Novita"
    NVIDIA = "Nvidia"
    OPENAI = "OpenAI"
    OPENINFERENCE = "OpenInference"
    PARASAIL = "Parasail"
    PERCEPTRON = "Perceptron"
    PERPLEXITY = "Perplexity"
    PHALA = "Phala"
    POOLSIDE = "Poolside"
    QUIVER = "Quiver"
    RECRAFT = "Recraft"
    REKA = "Reka"
    RELACE = "Relace"
    RUNWAY = "Runway"
    SAIL_RESEARCH = "Sail Research"
    SAKANA_AI = "Sakana AI"
    SAMBANOVA = "SambaNova"
    SEED = "Seed"
    SILICONFLOW = "SiliconFlow"
    SOURCEFUL = "Sourceful"
    STEALTH = "Stealth"
    STEPFUN = "StepFun"
    STREAMLAKE = "StreamLake"
    SWITCHPOINT = "Switchpoint"
    TENCENT = "Tencent"
    TENSTORRENT = "Tenstorrent"
    THINKING_MACHINES = "Thinking Machines"
    TOGETHER = "Together"
    UPSTAGE = "Upstage"
    VENICE = "Venice"
    VOYAGEAI_BY_MONGODB = "VoyageAI by MongoDB"
    WAFER = "Wafer"
    WANDB = "WandB"
    XAI = "xAI"
    XIAOMI = "Xiaomi"
    Z_AI = "Z.AI"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        if self._name_ in type(self)._member_map_:
            return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"
        return f"<{type(self).__name__} {self._value_!r} (not listed in the spec)>"

    @classmethod
    def _missing_(cls, value: object) -> "ProviderName | None":
        """A value the spec does not list yet: keep it as an extra member instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        # Not an identifier, so it can never be mistaken for a listed member (some enums list one named UNKNOWN).
        member._name_ = f"unlisted({value!r})"
        member._value_ = value
        return member

    @classmethod
    def _parse(cls, value: object) -> "ProviderName":
        """`cls(value)` for from_dict: a listed value is one dict lookup (what Enum.__new__ tries first), cheaper than
        calling the class through EnumMeta.__call__; anything else takes the lenient constructor (_missing_)."""
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)

    @classmethod
    def is_known(cls, value: object) -> TypeGuard[str]:
        """True if `value` is one of the values listed in the spec."""
        return isinstance(value, str) and value in cls._value2member_map_
