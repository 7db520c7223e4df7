from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider_name import ProviderName
from ..models.provider_preferences_data_collection_type_1 import ProviderPreferencesDataCollectionType1
from ..models.provider_preferences_data_collection_type_2_type_1 import ProviderPreferencesDataCollectionType2Type1
from ..models.provider_preferences_data_collection_type_3_type_1 import ProviderPreferencesDataCollectionType3Type1
from ..models.provider_sort import ProviderSort
from ..models.quantization import Quantization
from ..types import UNSET, FieldParseError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.percentile_latency_cutoffs import PercentileLatencyCutoffs
    from ..models.percentile_throughput_cutoffs import PercentileThroughputCutoffs
    from ..models.provider_preferences_max_price import ProviderPreferencesMaxPrice
    from ..models.provider_sort_config import ProviderSortConfig

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        PercentileLatencyCutoffs, \
        PercentileThroughputCutoffs, \
        ProviderPreferencesMaxPrice, \
        ProviderSortConfig
    if _lazy_imports_resolved:
        return
    from ..models.percentile_latency_cutoffs import PercentileLatencyCutoffs  # noqa: PLC0415
    from ..models.percentile_throughput_cutoffs import PercentileThroughputCutoffs  # noqa: PLC0415
    from ..models.provider_preferences_max_price import ProviderPreferencesMaxPrice  # noqa: PLC0415
    from ..models.provider_sort_config import ProviderSortConfig  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ProviderPreferences")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "allow_fallbacks",
        "data_collection",
        "enforce_distillable_text",
        "ignore",
        "max_price",
        "only",
        "order",
        "preferred_max_latency",
        "preferred_min_throughput",
        "quantizations",
        "require_parameters",
        "sort",
        "zdr",
    }
)


@_attrs_define(repr=False)
class ProviderPreferences:
    """When multiple model providers are available, optionally indicate your routing preference.

    Example:
        {'allow_fallbacks': True}

    Attributes:
        allow_fallbacks (bool | None | Unset): Whether to allow backup providers to serve requests
            - true: (default) when the primary provider (or your custom providers in "order") is unavailable, use the next
            best provider.
            - false: use only the primary/custom provider, and return the upstream error if it's unavailable.
        data_collection (None | ProviderPreferencesDataCollectionType1 | ProviderPreferencesDataCollectionType2Type1 |
            ProviderPreferencesDataCollectionType3Type1 | Unset): Data collection setting. If no available model provider
            meets the requirement, your request will return an error.
            - allow: (default) allow providers which store user data non-transiently and may train on it

            - deny: use only providers which do not collect user data. Example: allow.
        enforce_distillable_text (bool | None | Unset): Whether to restrict routing to only models that allow text
            distillation. When true, only models where the author has allowed distillation will be used. Example: True.
        ignore (list[ProviderName | str] | None | Unset): List of provider slugs to ignore. If provided, this list is
            merged with your account-wide ignored provider settings for this request. Example: ['openai', 'anthropic'].
        max_price (ProviderPreferencesMaxPrice | Unset): The object specifying the maximum price you want to pay for
            this request. USD price per million tokens, for prompt and completion.
        only (list[ProviderName | str] | None | Unset): List of provider slugs to allow. If provided, this list is
            merged with your account-wide allowed provider settings for this request. Example: ['openai', 'anthropic'].
        order (list[ProviderName | str] | None | Unset): An ordered list of provider slugs. The router will attempt to
            use the first provider in the subset of this list that supports your requested model, and fall back to the next
            if it is unavailable. If no providers are available, the request will fail with an error message. Example:
            ['openai', 'anthropic'].
        preferred_max_latency (float | None | PercentileLatencyCutoffs | Unset): Preferred maximum latency (in seconds).
            Can be a number (applies to p50) or an object with percentile-specific cutoffs. Endpoints above the threshold(s)
            may still be used, but are deprioritized in routing. When using fallback models, this may cause a fallback model
            to be used instead of the primary model if it meets the threshold. Example: 5.
        preferred_min_throughput (float | None | PercentileThroughputCutoffs | Unset): Preferred minimum throughput (in
            tokens per second). Can be a number (applies to p50) or an object with percentile-specific cutoffs. Endpoints
            below the threshold(s) may still be used, but are deprioritized in routing. When using fallback models, this may
            cause a fallback model to be used instead of the primary model if it meets the threshold. Example: 100.
        quantizations (list[Quantization] | None | Unset): A list of quantization levels to filter the provider by.
        require_parameters (bool | None | Unset): Whether to filter providers to only those that support the parameters
            you've provided. If this setting is omitted or set to false, then providers will receive only the parameters
            they support, and ignore the rest.
        sort (None | ProviderSort | ProviderSortConfig | Unset): The sorting strategy to use for this request, if
            "order" is not specified. When set, no load balancing is performed. Example: price.
        zdr (bool | None | Unset): Whether to restrict routing to only ZDR (Zero Data Retention) endpoints. When true,
            only endpoints that do not retain prompts will be used. Example: True.
    """

    allow_fallbacks: bool | None | Unset = UNSET
    data_collection: (
        None
        | ProviderPreferencesDataCollectionType1
        | ProviderPreferencesDataCollectionType2Type1
        | ProviderPreferencesDataCollectionType3Type1
        | Unset
    ) = UNSET
    enforce_distillable_text: bool | None | Unset = UNSET
    ignore: list[ProviderName | str] | None | Unset = UNSET
    max_price: ProviderPreferencesMaxPrice | Unset = UNSET
    only: list[ProviderName | str] | None | Unset = UNSET
    order: list[ProviderName | str] | None | Unset = UNSET
    preferred_max_latency: float | None | PercentileLatencyCutoffs | Unset = UNSET
    preferred_min_throughput: float | None | PercentileThroughputCutoffs | Unset = UNSET
    quantizations: list[Quantization] | None | Unset = UNSET
    require_parameters: bool | None | Unset = UNSET
    sort: None | ProviderSort | ProviderSortConfig | Unset = UNSET
    zdr: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"allow_fallbacks={self.allow_fallbacks!r}, "
            f"data_collection={self.data_collection!r}, "
            f"enforce_distillable_text={self.enforce_distillable_text!r}, "
            f"ignore={self.ignore!r}, "
            f"max_price={self.max_price!r}, "
            f"only={self.only!r}, "
            f"order={self.order!r}, "
            f"preferred_max_latency={self.preferred_max_latency!r}, "
            f"preferred_min_throughput={self.preferred_min_throughput!r}, "
            f"quantizations={self.quantizations!r}, "
            f"require_parameters={self.require_parameters!r}, "
            f"sort={self.sort!r}, "
            f"zdr={self.zdr!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        allow_fallbacks: Any = self.allow_fallbacks

        data_collection: Any = self.data_collection
        if not (isinstance(data_collection, Unset) or data_collection is None):
            if isinstance(self.data_collection, ProviderPreferencesDataCollectionType1):
                data_collection = self.data_collection.value
            elif isinstance(self.data_collection, ProviderPreferencesDataCollectionType2Type1):
                data_collection = self.data_collection.value
            elif isinstance(self.data_collection, ProviderPreferencesDataCollectionType3Type1):
                data_collection = self.data_collection.value
            else:
                data_collection = self.data_collection

        enforce_distillable_text: Any = self.enforce_distillable_text

        ignore: Any = self.ignore
        if not (isinstance(ignore, Unset) or ignore is None):
            if isinstance(self.ignore, list):
                ignore = []
                for ignore_type_0_item_data in self.ignore:
                    ignore_type_0_item: str
                    if isinstance(ignore_type_0_item_data, ProviderName):
                        ignore_type_0_item = ignore_type_0_item_data.value
                    else:
                        ignore_type_0_item = ignore_type_0_item_data
                    ignore.append(ignore_type_0_item)

            else:
                ignore = self.ignore

        max_price: Any = self.max_price
        if not (isinstance(max_price, Unset) or max_price is None):
            max_price = max_price.to_dict()

        only: Any = self.only
        if not (isinstance(only, Unset) or only is None):
            if isinstance(self.only, list):
                only = []
                for only_type_0_item_data in self.only:
                    only_type_0_item: str
                    if isinstance(only_type_0_item_data, ProviderName):
                        only_type_0_item = only_type_0_item_data.value
                    else:
                        only_type_0_item = only_type_0_item_data
                    only.append(only_type_0_item)

            else:
                only = self.only

        order: Any = self.order
        if not (isinstance(order, Unset) or order is None):
            if isinstance(self.order, list):
                order = []
                for order_type_0_item_data in self.order:
                    order_type_0_item: str
                    if isinstance(order_type_0_item_data, ProviderName):
                        order_type_0_item = order_type_0_item_data.value
                    else:
                        order_type_0_item = order_type_0_item_data
                    order.append(order_type_0_item)

            else:
                order = self.order

        preferred_max_latency: Any = self.preferred_max_latency
        if not (isinstance(preferred_max_latency, Unset) or preferred_max_latency is None):
            if isinstance(self.preferred_max_latency, PercentileLatencyCutoffs):
                preferred_max_latency = self.preferred_max_latency.to_dict()
            else:
                preferred_max_latency = self.preferred_max_latency

        preferred_min_throughput: Any = self.preferred_min_throughput
        if not (isinstance(preferred_min_throughput, Unset) or preferred_min_throughput is None):
            if isinstance(self.preferred_min_throughput, PercentileThroughputCutoffs):
                preferred_min_throughput = self.preferred_min_throughput.to_dict()
            else:
                preferred_min_throughput = self.preferred_min_throughput

        quantizations: Any = self.quantizations
        if not (isinstance(quantizations, Unset) or quantizations is None):
            if isinstance(self.quantizations, list):
                quantizations = []
                for quantizations_type_0_item_data in self.quantizations:
                    quantizations_type_0_item = quantizations_type_0_item_data.value
                    quantizations.append(quantizations_type_0_item)

            else:
                quantizations = self.quantizations

        require_parameters: Any = self.require_parameters

        sort: Any = self.sort
        if not (isinstance(sort, Unset) or sort is None):
            if isinstance(self.sort, ProviderSort):
                sort = self.sort.value
            elif isinstance(self.sort, ProviderSortConfig):
                sort = self.sort.to_dict()
            else:
                sort = self.sort

        zdr: Any = self.zdr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if allow_fallbacks is not UNSET:
            field_dict["allow_fallbacks"] = allow_fallbacks
        if data_collection is not UNSET:
            field_dict["data_collection"] = data_collection
        if enforce_distillable_text is not UNSET:
            field_dict["enforce_distillable_text"] = enforce_distillable_text
        if ignore is not UNSET:
            field_dict["ignore"] = ignore
        if max_price is not UNSET:
            field_dict["max_price"] = max_price
        if only is not UNSET:
            field_dict["only"] = only
        if order is not UNSET:
            field_dict["order"] = order
        if preferred_max_latency is not UNSET:
            field_dict["preferred_max_latency"] = preferred_max_latency
        if preferred_min_throughput is not UNSET:
            field_dict["preferred_min_throughput"] = preferred_min_throughput
        if quantizations is not UNSET:
            field_dict["quantizations"] = quantizations
        if require_parameters is not UNSET:
            field_dict["require_parameters"] = require_parameters
        if sort is not UNSET:
            field_dict["sort"] = sort
        if zdr is not UNSET:
            field_dict["zdr"] = zdr

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ProviderPreferences and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"ProviderPreferences is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            allow_fallbacks = d.get("allow_fallbacks", UNSET)

            _field = "data_collection"
            _raw_data_collection = d.get("data_collection", UNSET)
            data_collection: Any = _raw_data_collection
            if _raw_data_collection is not None and _raw_data_collection is not UNSET:
                data_collection = _parse_data_collection(_raw_data_collection)

            enforce_distillable_text = d.get("enforce_distillable_text", UNSET)

            _field = "ignore"
            _raw_ignore = d.get("ignore", UNSET)
            ignore: Any = _raw_ignore
            if _raw_ignore is not None and _raw_ignore is not UNSET:
                ignore = _parse_ignore(_raw_ignore)

            _field = "max_price"
            _raw_max_price = d.get("max_price", UNSET)
            max_price: Any = _raw_max_price
            if _raw_max_price is not None and _raw_max_price is not UNSET:
                max_price = ProviderPreferencesMaxPrice.from_dict(_raw_max_price)

            _field = "only"
            _raw_only = d.get("only", UNSET)
            only: Any = _raw_only
            if _raw_only is not None and _raw_only is not UNSET:
                only = _parse_only(_raw_only)

            _field = "order"
            _raw_order = d.get("order", UNSET)
            order: Any = _raw_order
            if _raw_order is not None and _raw_order is not UNSET:
                order = _parse_order(_raw_order)

            _field = "preferred_max_latency"
            _raw_preferred_max_latency = d.get("preferred_max_latency", UNSET)
            preferred_max_latency: Any = _raw_preferred_max_latency
            if _raw_preferred_max_latency is not None and _raw_preferred_max_latency is not UNSET:
                preferred_max_latency = _parse_preferred_max_latency(_raw_preferred_max_latency)

            _field = "preferred_min_throughput"
            _raw_preferred_min_throughput = d.get("preferred_min_throughput", UNSET)
            preferred_min_throughput: Any = _raw_preferred_min_throughput
            if _raw_preferred_min_throughput is not None and _raw_preferred_min_throughput is not UNSET:
                preferred_min_throughput = _parse_preferred_min_throughput(_raw_preferred_min_throughput)

            _field = "quantizations"
            _raw_quantizations = d.get("quantizations", UNSET)
            quantizations: Any = _raw_quantizations
            if _raw_quantizations is not None and _raw_quantizations is not UNSET:
                quantizations = _parse_quantizations(_raw_quantizations)

            require_parameters = d.get("require_parameters", UNSET)

            _field = "sort"
            _raw_sort = d.get("sort", UNSET)
            sort: Any = _raw_sort
            if _raw_sort is not None and _raw_sort is not UNSET:
                sort = _parse_sort(_raw_sort)

            zdr = d.get("zdr", UNSET)

        except FieldParseError as error:
            raise error.within("ProviderPreferences", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ProviderPreferences", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        provider_preferences = cls(
            allow_fallbacks,
            data_collection,
            enforce_distillable_text,
            ignore,
            max_price,
            only,
            order,
            preferred_max_latency,
            preferred_min_throughput,
            quantizations,
            require_parameters,
            sort,
            zdr,
        )

        if not _DECLARED_KEYS.issuperset(d):
            provider_preferences.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return provider_preferences

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


ProviderPreferences.__annotations__ = ResolvingAnnotations(ProviderPreferences.__annotations__, _resolve_lazy_imports)


def _parse_data_collection(
    data: object,
) -> (
    None
    | ProviderPreferencesDataCollectionType1
    | ProviderPreferencesDataCollectionType2Type1
    | ProviderPreferencesDataCollectionType3Type1
    | Unset
):
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ProviderPreferencesDataCollectionType1.is_known(data):
        try:
            data_collection_type_1 = ProviderPreferencesDataCollectionType1._value2member_map_.get(
                data
            ) or ProviderPreferencesDataCollectionType1._parse(data)

            return data_collection_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ProviderPreferencesDataCollectionType2Type1.is_known(data):
        try:
            data_collection_type_2_type_1 = ProviderPreferencesDataCollectionType2Type1._value2member_map_.get(
                data
            ) or ProviderPreferencesDataCollectionType2Type1._parse(data)

            return data_collection_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ProviderPreferencesDataCollectionType3Type1.is_known(data):
        try:
            data_collection_type_3_type_1 = ProviderPreferencesDataCollectionType3Type1._value2member_map_.get(
                data
            ) or ProviderPreferencesDataCollectionType3Type1._parse(data)

            return data_collection_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        data_collection_type_1 = ProviderPreferencesDataCollectionType1._value2member_map_.get(
            data
        ) or ProviderPreferencesDataCollectionType1._parse(data)

        return data_collection_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        data_collection_type_2_type_1 = ProviderPreferencesDataCollectionType2Type1._value2member_map_.get(
            data
        ) or ProviderPreferencesDataCollectionType2Type1._parse(data)

        return data_collection_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        data_collection_type_3_type_1 = ProviderPreferencesDataCollectionType3Type1._value2member_map_.get(
            data
        ) or ProviderPreferencesDataCollectionType3Type1._parse(data)

        return data_collection_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "None | ProviderPreferencesDataCollectionType1 | ProviderPreferencesDataCollectionType2Type1 | ProviderPreferencesDataCollectionType3Type1 | Unset",
        data,
    )


def _parse_ignore(data: object) -> list[ProviderName | str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        ignore_type_0 = [_parse_ignore_type_0_item(ignore_type_0_item_data) for ignore_type_0_item_data in data]

        return ignore_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[ProviderName | str] | None | Unset", data)


def _parse_ignore_type_0_item(data: object) -> ProviderName | str:
    if ProviderName.is_known(data):
        try:
            ignore_type_0_item_type_0 = ProviderName._value2member_map_.get(data) or ProviderName._parse(data)

            return ignore_type_0_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        ignore_type_0_item_type_0 = ProviderName._value2member_map_.get(data) or ProviderName._parse(data)

        return ignore_type_0_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("ProviderName | str", data)


def _parse_only(data: object) -> list[ProviderName | str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        only_type_0 = [_parse_only_type_0_item(only_type_0_item_data) for only_type_0_item_data in data]

        return only_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[ProviderName | str] | None | Unset", data)


def _parse_only_type_0_item(data: object) -> ProviderName | str:
    if ProviderName.is_known(data):
        try:
            only_type_0_item_type_0 = ProviderName._value2member_map_.get(data) or ProviderName._parse(data)

            return only_type_0_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        only_type_0_item_type_0 = ProviderName._value2member_map_.get(data) or ProviderName._parse(data)

        return only_type_0_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("ProviderName | str", data)


def _parse_order(data: object) -> list[ProviderName | str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        order_type_0 = [_parse_order_type_0_item(order_type_0_item_data) for order_type_0_item_data in data]

        return order_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[ProviderName | str] | None | Unset", data)


def _parse_order_type_0_item(data: object) -> ProviderName | str:
    if ProviderName.is_known(data):
        try:
            order_type_0_item_type_0 = ProviderName._value2member_map_.get(data) or ProviderName._parse(data)

            return order_type_0_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        order_type_0_item_type_0 = ProviderName._value2member_map_.get(data) or ProviderName._parse(data)

        return order_type_0_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("ProviderName | str", data)


def _parse_preferred_max_latency(data: object) -> float | None | PercentileLatencyCutoffs | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if PercentileLatencyCutoffs._matches(data):
        try:
            componentsschemas_preferred_max_latency_type_1 = PercentileLatencyCutoffs.from_dict(data)

            return componentsschemas_preferred_max_latency_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_preferred_max_latency_type_1 = PercentileLatencyCutoffs.from_dict(data)

        return componentsschemas_preferred_max_latency_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("float | None | PercentileLatencyCutoffs | Unset", data)


def _parse_preferred_min_throughput(data: object) -> float | None | PercentileThroughputCutoffs | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if PercentileThroughputCutoffs._matches(data):
        try:
            componentsschemas_preferred_min_throughput_type_1 = PercentileThroughputCutoffs.from_dict(data)

            return componentsschemas_preferred_min_throughput_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_preferred_min_throughput_type_1 = PercentileThroughputCutoffs.from_dict(data)

        return componentsschemas_preferred_min_throughput_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("float | None | PercentileThroughputCutoffs | Unset", data)


def _parse_quantizations(data: object) -> list[Quantization] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        quantizations_type_0 = [
            Quantization._value2member_map_.get(quantizations_type_0_item_data)
            or Quantization._parse(quantizations_type_0_item_data)
            for quantizations_type_0_item_data in data
        ]

        return quantizations_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[Quantization] | None | Unset", data)


def _parse_sort(data: object) -> None | ProviderSort | ProviderSortConfig | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ProviderSort.is_known(data):
        try:
            sort_type_0 = ProviderSort._value2member_map_.get(data) or ProviderSort._parse(data)

            return sort_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ProviderSortConfig._matches(data):
        try:
            sort_type_1 = ProviderSortConfig.from_dict(data)

            return sort_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        sort_type_0 = ProviderSort._value2member_map_.get(data) or ProviderSort._parse(data)

        return sort_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        sort_type_1 = ProviderSortConfig.from_dict(data)

        return sort_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ProviderSort | ProviderSortConfig | Unset", data)
