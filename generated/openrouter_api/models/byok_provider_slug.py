from enum import Enum
from typing import TypeGuard


class BYOKProviderSlug(str, Enum):
    AI21 = "ai21"
    AION_LABS = "aion-labs"
    AKASHML = "akashml"
    ALIBABA = "alibaba"
    AMAZON_BEDROCK = "amazon-bedrock"
    AMAZON_NOVA = "amazon-nova"
    AMBIENT = "ambient"
    ANTHROPIC = "anthropic"
    ARCEE_AI = "arcee-ai"
    ATLAS_CLOUD = "atlas-cloud"
    AVIAN = "avian"
    AZURE = "azure"
    BAIDU = "baidu"
    BASETEN = "baseten"
    BLACK_FOREST_LABS = "black-forest-labs"
    BYTEPLUS = "byteplus"
    CEREBRAS = "cerebras"
    CHUTES = "chutes"
    CIRRASCALE = "cirrascale"
    CLARIFAI = "clarifai"
    CLOUDFLARE = "cloudflare"
    COHERE = "cohere"
    COREWEAVE = "coreweave"
    CRUSOE = "crusoe"
    DARKBLOOM = "darkbloom"
    DATABRICKS = "databricks"
    DECART = "decart"
    DEEPGRAM = "deepgram"
    DEEPINFRA = "deepinfra"
    DEEPSEEK = "deepseek"
    DEKALLM = "dekallm"
    DIGITALOCEAN = "digitalocean"
    FEATHERLESS = "featherless"
    FIREWORKS = "fireworks"
    FISH_AUDIO = "fish-audio"
    FRIENDLI = "friendli"
    GMICLOUD = "gmicloud"
    GOOGLE_AI_STUDIO = "google-ai-studio"
    GOOGLE_VERTEX = "google-vertex"
    GROQ = "groq"
    HEYGEN = "heygen"
    INCEPTION = "inception"
    INCEPTRON = "inceptron"
    INFERACT_VLLM = "inferact-vllm"
    INFERENCE_NET = "inference-net"
    INFERMATIC = "infermatic"
    INFLECTION = "inflection"
    IONSTREAM = "ionstream"
    IO_NET = "io-net"
    KREA = "krea"
    LIQUID = "liquid"
    MAKORA = "makora"
    MANCER = "mancer"
    MARA = "mara"
    META = "meta"
    MINIMAX = "minimax"
    MISTRAL = "mistral"
    MODAL = "modal"
    MODELRUN = "modelrun"
    MODULAR = "modular"
    MOONSHOTAI = "moonshotai"
    MORPH = "morph"
    NCOMPASS = "ncompass"
    NEBIUS = "nebius"
    NEXTBIT = "nextbit"
    NEX_AGI = "nex-agi"
    NOVITA = "novita"
    NVIDIA = "nvidia"
    OPENAI = "openai"
    OPEN_INFERENCE = "open-inference"
    PARASAIL = "parasail"
    PERCEPTRON = "perceptron"
    PERPLEXITY = "perplexity"
    PHALA = "phala"
    POOLSIDE = "poolside"
    QUIVER = "quiver"
    RECRAFT = "recraft"
    REKA = "reka"
    RELACE = "relace"
    RUNWAY = "runway"
    SAIL_RESEARCH = "sail-research"
    SAKANA = "sakana"
    SAKANA_AI = "sakana-ai"
    SAMBANOVA = "sambanova"
    SEED = "seed"
    SILICONFLOW = "siliconflow"
    SOURCEFUL = "sourceful"
    STEPFUN = "stepfun"
    STREAMLAKE = "streamlake"
    SWITCHPOINT = "switchpoint"
    TENCENT = "tencent"
    TENSTORRENT = "tenstorrent"
    THINKINGMACHINES = "thinkingmachines"
    TOGETHER = "together"
    UPSTAGE = "upstage"
    VENICE = "venice"
    WAFER = "wafer"
    WANDB = "wandb"
    WANDB_LEGACY = "wandb-legacy"
    XAI = "xai"
    XIAOMI = "xiaomi"
    Z_AI = "z-ai"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        if self._name_ in type(self)._member_map_:
            return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"
        return f"<{type(self).__name__} {self._value_!r} (not listed in the spec)>"

    @classmethod
    def _missing_(cls, value: object) -> "BYOKProviderSlug | None":
        """A value the spec does not list yet: keep it as an extra member instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        # Not an identifier, so it can never be mistaken for a listed member (some enums list one named UNKNOWN).
        member._name_ = f"unlisted({value!r})"
        member._value_ = value
        return member

    @classmethod
    def _parse(cls, value: object) -> "BYOKProviderSlug":
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
