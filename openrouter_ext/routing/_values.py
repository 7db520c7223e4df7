"""Closed value sets of the `provider` object and the checks every builder shares.

Each check either returns the value unchanged or raises `InvalidRoutingError` naming the field, the bad value and,
for closed sets, what is allowed. Nothing is coerced: what the caller gave is what goes on the wire, except that a
price given as a number is written as the decimal string the published spec asks for (`price_string`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal

from openrouter_ext._exceptions import InvalidRoutingError
from openrouter_ext.routing._providers import PROVIDER_DISPLAY_NAMES

__all__ = [
    "DATA_COLLECTION_POLICIES",
    "MAX_PRICE_KEYS",
    "PERCENTILE_KEYS",
    "QUANTIZATIONS",
    "SORT_PARTITIONS",
    "SORT_STRATEGIES",
]

#: Quantization levels a provider endpoint can be filtered by.
QUANTIZATIONS: tuple[str, ...] = (
    "int4",
    "int8",
    "fp4",
    "mxfp4",
    "nvfp4",
    "fp6",
    "fp8",
    "mxfp8",
    "fp16",
    "bf16",
    "fp32",
    "unknown",
)
#: What `sort` (or `sort.by`) may order providers by.
SORT_STRATEGIES: tuple[str, ...] = ("price", "throughput", "latency", "exacto")
#: `sort.partition`: "model" sorts each model's providers separately (models keep their order), "none" sorts the
#: endpoints of all models together.
SORT_PARTITIONS: tuple[str, ...] = ("model", "none")
#: `data_collection`: "deny" keeps the request away from providers that may store or train on it.
DATA_COLLECTION_POLICIES: tuple[str, ...] = ("allow", "deny")
#: Keys of a percentile cutoff object, lowest percentile first.
PERCENTILE_KEYS: tuple[str, ...] = ("p50", "p75", "p90", "p99")
#: Keys of `max_price` (USD per million tokens for prompt/completion, per request/image/audio unit otherwise).
MAX_PRICE_KEYS: tuple[str, ...] = ("prompt", "completion", "request", "image", "audio")

# A provider slug: lowercase words joined by "-", "_" or ".", optionally followed by one "/variant" of the same shape
# ("deepinfra/turbo", "google-vertex/us-east5").
_SLUG_PART = r"[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?"
_PROVIDER_SLUG = re.compile(rf"{_SLUG_PART}(?:/{_SLUG_PART})?")
# A numeric string in the notation JSON and JavaScript read: ASCII digits, an optional fraction and exponent.
# Decimal alone would also take "1_000", non-ASCII digits and "Infinity", which the server would not read as prices.
_NUMERIC_STRING = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def allowed_list(values: Iterable[str]) -> str:
    return ", ".join(repr(value) for value in values)


def check_choice(field: str, value: object, allowed: tuple[str, ...]) -> str:
    """`value` if it is one of `allowed`; otherwise an error naming both."""
    if not isinstance(value, str) or value not in allowed:
        raise InvalidRoutingError(f"{field}: {value!r} is not allowed; expected one of {allowed_list(allowed)}")
    return value


def check_bool(field: str, value: object) -> bool:
    # 1 and "true" are rejected on purpose: the server wants a JSON boolean.
    if not isinstance(value, bool):
        raise InvalidRoutingError(f"{field} must be True or False, got {value!r}")
    return value


def check_provider(field: str, value: object) -> str:
    """A provider slug (checked for shape only, new providers appear all the time) or a known display name."""
    if not isinstance(value, str):
        raise InvalidRoutingError(f"{field}: a provider must be a string, got {value!r}")
    if _PROVIDER_SLUG.fullmatch(value) or value in PROVIDER_DISPLAY_NAMES:
        return value
    raise InvalidRoutingError(
        f"{field}: {value!r} is not a provider slug (lowercase letters, digits, '-', '_' or '.', optionally "
        "followed by '/variant', e.g. 'deepinfra/turbo') nor a known provider display name"
    )


def provider_key(provider: str) -> str:
    """A comparison key under which a display name and its slug meet ("Google AI Studio" ~ "google-ai-studio")."""
    return provider.lower().replace(" ", "-")


def as_tuple(value: object) -> object:
    """Lists (and tuples) become tuples so builders stay hashable; anything else is left for the validator."""
    if isinstance(value, (list, tuple)):
        return tuple(value)
    return value


def check_string_tuple(field: str, value: object) -> tuple[object, ...]:
    if not isinstance(value, tuple):
        raise InvalidRoutingError(f"{field} must be a list of strings, got {value!r}")
    return value


def check_no_duplicates(field: str, values: tuple[str, ...], *, providers: bool) -> None:
    """Repeats are refused rather than merged, so that no entry the caller wrote disappears unnoticed."""
    seen: dict[str, str] = {}
    for value in values:
        folded = provider_key(value) if providers else value
        if folded in seen:
            raise InvalidRoutingError(f"{field}: {value!r} is listed twice (as {seen[folded]!r} and {value!r})")
        seen[folded] = value


def check_non_negative_number(field: str, value: object) -> int | float:
    """A finite number >= 0 (bool is not a number here, even though Python says it is an int)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidRoutingError(f"{field} must be a number, got {value!r}")
    if isinstance(value, float) and not math.isfinite(value):
        raise InvalidRoutingError(f"{field} must be a finite number, got {value!r}")
    if value < 0:
        raise InvalidRoutingError(f"{field} must not be negative, got {value!r}")
    return value


def price_string(value: int | float | str) -> str:
    """A checked price in the form the published spec gives prices on the wire: a plain decimal string.

    A string is kept as given. A number is written exactly, without an exponent: `1` -> "1", `0.5` -> "0.5",
    `1e-7` -> "0.0000001", `1e22` -> "10000000000000000000000"; a float by its shortest repr, so the string reads
    back as the same float.
    """
    if isinstance(value, str):
        return value
    # float.__repr__ rather than repr(): a float subclass (numpy.float64) may repr as "np.float64(0.5)".
    amount = Decimal(float.__repr__(value)) if isinstance(value, float) else Decimal(int(value))
    # copy_abs drops the sign of -0.0 (a price is never negative) and, unlike abs(), never rounds.
    return format(amount.copy_abs(), "f")


def check_price(field: str, value: object) -> int | float | str:
    """A price as a number or a numeric string; either way finite and >= 0.

    OpenRouter's docs show prices as JSON numbers and its published spec as strings, so both are accepted from the
    caller; `price_string` gives the wire form (the spec's: a request check refuses a number there). A string must
    be a number in plain or exponent notation ("0.5", "2", "1e-7"), since it goes on the wire unchanged.
    """
    if isinstance(value, str):
        if not _NUMERIC_STRING.fullmatch(value):
            raise InvalidRoutingError(f"{field} must be a number or a numeric string, got {value!r}")
        if Decimal(value) < 0:
            raise InvalidRoutingError(f"{field} must not be negative, got {value!r}")
        return value
    return check_non_negative_number(field, value)


def check_known_keys(field: str, data: Mapping[str, object], allowed: tuple[str, ...]) -> None:
    unknown = [key for key in data if key not in allowed]
    if unknown:
        raise InvalidRoutingError(
            f"{field}: unknown key{'s' if len(unknown) > 1 else ''} {allowed_list(unknown)}; "
            f"expected {allowed_list(allowed)}"
        )
