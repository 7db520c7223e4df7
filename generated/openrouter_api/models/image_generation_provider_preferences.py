from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider_name import ProviderName
from ..models.provider_sort import ProviderSort
from ..types import UNSET, FieldParseError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.provider_options import ProviderOptions
    from ..models.provider_sort_config import ProviderSortConfig

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ProviderOptions, ProviderSortConfig
    if _lazy_imports_resolved:
        return
    from ..models.provider_options import ProviderOptions  # noqa: PLC0415
    from ..models.provider_sort_config import ProviderSortConfig  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ImageGenerationProviderPreferences")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"allow_fallbacks", "ignore", "only", "options", "order", "sort"})


@_attrs_define(repr=False)
class ImageGenerationProviderPreferences:
    """Provider routing preferences and provider-specific passthrough configuration.

    Example:
        {'allow_fallbacks': False, 'only': ['google-ai-studio']}

    Attributes:
        allow_fallbacks (bool | None | Unset): Whether to allow backup providers to serve requests
            - true: (default) when the primary provider (or your custom providers in "order") is unavailable, use the next
            best provider.
            - false: use only the primary/custom provider, and return the upstream error if it's unavailable.
        ignore (list[ProviderName | str] | None | Unset): List of provider slugs to ignore. If provided, this list is
            merged with your account-wide ignored provider settings for this request. Example: ['openai', 'anthropic'].
        only (list[ProviderName | str] | None | Unset): List of provider slugs to allow. If provided, this list is
            merged with your account-wide allowed provider settings for this request. Example: ['openai', 'anthropic'].
        options (ProviderOptions | Unset): Provider-specific options keyed by provider slug. Only options for the
            matched provider are forwarded; the rest are ignored. Unrecognized keys are silently dropped. Example:
            {'openai': {'max_tokens': 1000}}.
        order (list[ProviderName | str] | None | Unset): An ordered list of provider slugs. The router will attempt to
            use the first provider in the subset of this list that supports your requested model, and fall back to the next
            if it is unavailable. If no providers are available, the request will fail with an error message. Example:
            ['openai', 'anthropic'].
        sort (None | ProviderSort | ProviderSortConfig | Unset): The sorting strategy to use for this request, if
            "order" is not specified. When set, no load balancing is performed. Example: price.
    """

    allow_fallbacks: bool | None | Unset = UNSET
    ignore: list[ProviderName | str] | None | Unset = UNSET
    only: list[ProviderName | str] | None | Unset = UNSET
    options: ProviderOptions | Unset = UNSET
    order: list[ProviderName | str] | None | Unset = UNSET
    sort: None | ProviderSort | ProviderSortConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"allow_fallbacks={self.allow_fallbacks!r}, "
            f"ignore={self.ignore!r}, "
            f"only={self.only!r}, "
            f"options={self.options!r}, "
            f"order={self.order!r}, "
            f"sort={self.sort!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        allow_fallbacks: Any = self.allow_fallbacks

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

        options: Any = self.options
        if not (isinstance(options, Unset) or options is None):
            options = options.to_dict()

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

        sort: Any = self.sort
        if not (isinstance(sort, Unset) or sort is None):
            if isinstance(self.sort, ProviderSort):
                sort = self.sort.value
            elif isinstance(self.sort, ProviderSortConfig):
                sort = self.sort.to_dict()
            else:
                sort = self.sort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if allow_fallbacks is not UNSET:
            field_dict["allow_fallbacks"] = allow_fallbacks
        if ignore is not UNSET:
            field_dict["ignore"] = ignore
        if only is not UNSET:
            field_dict["only"] = only
        if options is not UNSET:
            field_dict["options"] = options
        if order is not UNSET:
            field_dict["order"] = order
        if sort is not UNSET:
            field_dict["sort"] = sort

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ImageGenerationProviderPreferences and its fixed values."""
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
                    f"ImageGenerationProviderPreferences is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            allow_fallbacks = d.get("allow_fallbacks", UNSET)

            _field = "ignore"
            _raw_ignore = d.get("ignore", UNSET)
            ignore: Any = _raw_ignore
            if _raw_ignore is not None and _raw_ignore is not UNSET:
                ignore = _parse_ignore(_raw_ignore)

            _field = "only"
            _raw_only = d.get("only", UNSET)
            only: Any = _raw_only
            if _raw_only is not None and _raw_only is not UNSET:
                only = _parse_only(_raw_only)

            _field = "options"
            _raw_options = d.get("options", UNSET)
            options: Any = _raw_options
            if _raw_options is not None and _raw_options is not UNSET:
                options = ProviderOptions.from_dict(_raw_options)

            _field = "order"
            _raw_order = d.get("order", UNSET)
            order: Any = _raw_order
            if _raw_order is not None and _raw_order is not UNSET:
                order = _parse_order(_raw_order)

            _field = "sort"
            _raw_sort = d.get("sort", UNSET)
            sort: Any = _raw_sort
            if _raw_sort is not None and _raw_sort is not UNSET:
                sort = _parse_sort(_raw_sort)

        except FieldParseError as error:
            raise error.within("ImageGenerationProviderPreferences", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ImageGenerationProviderPreferences", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        image_generation_provider_preferences = cls(
            allow_fallbacks,
            ignore,
            only,
            options,
            order,
            sort,
        )

        if not _DECLARED_KEYS.issuperset(d):
            image_generation_provider_preferences.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return image_generation_provider_preferences

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


ImageGenerationProviderPreferences.__annotations__ = ResolvingAnnotations(
    ImageGenerationProviderPreferences.__annotations__, _resolve_lazy_imports
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
