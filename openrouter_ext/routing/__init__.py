"""Provider routing and model selection for OpenRouter requests."""

from openrouter_ext._exceptions import InvalidRoutingError
from openrouter_ext.routing._models import (
    DEPRECATED_MODEL_VARIANTS,
    MAX_MESSAGES_FALLBACKS,
    MODEL_VARIANTS,
    ModelSelection,
    with_variant,
)
from openrouter_ext.routing._preferences import MaxPrice, PercentileCutoffs, ProviderRouting, SortBy
from openrouter_ext.routing._values import (
    DATA_COLLECTION_POLICIES,
    MAX_PRICE_KEYS,
    PERCENTILE_KEYS,
    QUANTIZATIONS,
    SORT_PARTITIONS,
    SORT_STRATEGIES,
)

__all__ = [
    "DATA_COLLECTION_POLICIES",
    "DEPRECATED_MODEL_VARIANTS",
    "MAX_MESSAGES_FALLBACKS",
    "MAX_PRICE_KEYS",
    "MODEL_VARIANTS",
    "PERCENTILE_KEYS",
    "QUANTIZATIONS",
    "SORT_PARTITIONS",
    "SORT_STRATEGIES",
    "InvalidRoutingError",
    "MaxPrice",
    "ModelSelection",
    "PercentileCutoffs",
    "ProviderRouting",
    "SortBy",
    "with_variant",
]
