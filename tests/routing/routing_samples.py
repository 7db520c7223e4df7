"""Shared samples for the routing tests: a full wire object and hypothesis strategies for valid ones.

A valid wire object is what `ProviderRouting.to_dict()` sends, so its prices are strings (the published spec types
`max_price.*` as strings); `from_dict` also takes numbers there, which `price_numbers` covers.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from openrouter_ext.routing import (
    DATA_COLLECTION_POLICIES,
    MAX_PRICE_KEYS,
    PERCENTILE_KEYS,
    QUANTIZATIONS,
    SORT_PARTITIONS,
    SORT_STRATEGIES,
)

FULL_WIRE: dict[str, Any] = {
    "order": ["anthropic", "deepinfra/turbo"],
    "only": ["anthropic", "deepinfra/turbo", "openai"],
    "ignore": ["azure"],
    "allow_fallbacks": True,
    "require_parameters": False,
    "data_collection": "allow",
    "zdr": False,
    "enforce_distillable_text": True,
    "quantizations": ["int8", "fp8"],
    "sort": {"by": "throughput", "partition": "none"},
    "max_price": {"prompt": "1", "completion": "2.5", "request": "0", "image": "0.04", "audio": "0.0000001"},
    "preferred_min_throughput": {"p50": 40, "p99": 5},
    "preferred_max_latency": 1.5,
}


_word = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?", fullmatch=True)
slugs = st.one_of(_word, st.builds(lambda a, b: f"{a}/{b}", _word, _word))
provider_lists = st.lists(slugs, max_size=4, unique=True)
amounts = st.one_of(
    st.integers(min_value=0, max_value=10**6),
    st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False),
)
# Prices as they appear on the wire: numeric strings, in any notation the builder accepts and sends as given.
price_strings = st.one_of(
    st.decimals(min_value=0, max_value=1000, places=4).map(str),
    st.integers(min_value=0, max_value=10**9).map(str),
    st.from_regex(r"[0-9]{1,6}(\.[0-9]{1,8})?([eE][+-]?[0-9]{1,2})?", fullmatch=True),
)
# Prices as a caller may give them to the builder as numbers: any finite non-negative int or float, from the
# smallest subnormal to the largest double.
price_numbers = st.one_of(
    st.integers(min_value=0),
    st.floats(min_value=0, allow_nan=False, allow_infinity=False),
)


def _sorted_cutoffs(descending: bool) -> st.SearchStrategy[dict[str, Any]]:
    def arrange(keys: list[str], values: list[int | float]) -> dict[str, Any]:
        ordered = sorted(values[: len(keys)], reverse=descending)
        return dict(zip([k for k in PERCENTILE_KEYS if k in keys], ordered, strict=True))

    keys = st.lists(st.sampled_from(PERCENTILE_KEYS), min_size=1, max_size=4, unique=True)
    return st.builds(arrange, keys, st.lists(amounts, min_size=4, max_size=4))


@st.composite
def wire_objects(draw: st.DrawFn) -> dict[str, Any]:
    wire: dict[str, Any] = {}
    order, only, ignore = draw(provider_lists), draw(provider_lists), draw(provider_lists)
    ignore = [provider for provider in ignore if provider not in only and provider not in order]
    for key, value in (("order", order), ("only", only), ("ignore", ignore)):
        if draw(st.booleans()):
            wire[key] = value
    for key in ("allow_fallbacks", "require_parameters", "zdr", "enforce_distillable_text"):
        flag = draw(st.none() | st.booleans())
        if flag is not None:
            wire[key] = flag
    if wire.get("allow_fallbacks") is False and wire.get("order") == []:
        del wire["order"]
    if draw(st.booleans()):
        wire["data_collection"] = draw(st.sampled_from(DATA_COLLECTION_POLICIES))
    if draw(st.booleans()):
        wire["quantizations"] = draw(st.lists(st.sampled_from(QUANTIZATIONS), unique=True))
    sort = draw(
        st.none()
        | st.sampled_from(SORT_STRATEGIES)
        | st.fixed_dictionaries(
            {}, optional={"by": st.sampled_from(SORT_STRATEGIES), "partition": st.sampled_from(SORT_PARTITIONS)}
        ).filter(bool)
    )
    if sort is not None:
        wire["sort"] = sort
    if draw(st.booleans()):
        wire["max_price"] = draw(
            st.fixed_dictionaries({}, optional=dict.fromkeys(MAX_PRICE_KEYS, price_strings)).filter(bool)
        )
    throughput = draw(st.none() | amounts | _sorted_cutoffs(descending=True))
    if throughput is not None:
        wire["preferred_min_throughput"] = throughput
    latency = draw(st.none() | amounts | _sorted_cutoffs(descending=False))
    if latency is not None:
        wire["preferred_max_latency"] = latency
    return wire


models = st.builds(lambda a, b: f"{a}/{b}", _word, _word)
