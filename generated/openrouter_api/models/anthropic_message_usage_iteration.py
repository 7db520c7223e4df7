from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_message_usage_iteration_type import AnthropicMessageUsageIterationType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_iteration_cache_creation import AnthropicIterationCacheCreation

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicIterationCacheCreation
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_iteration_cache_creation import AnthropicIterationCacheCreation  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicMessageUsageIteration")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "cache_creation",
        "cache_creation_input_tokens",
        "cache_read_input_tokens",
        "input_tokens",
        "output_tokens",
        "model",
    }
)


@_attrs_define(repr=False)
class AnthropicMessageUsageIteration:
    """
    Example:
        {'cache_creation': None, 'cache_creation_input_tokens': 0, 'cache_read_input_tokens': 0, 'input_tokens': 100,
            'output_tokens': 50, 'type': 'message'}

    Attributes:
        type_ (AnthropicMessageUsageIterationType):
        cache_creation (AnthropicIterationCacheCreation | None | Unset):
        cache_creation_input_tokens (int | Unset):
        cache_read_input_tokens (int | Unset):
        input_tokens (int | Unset):
        output_tokens (int | Unset):
        model (str | Unset):
    """

    _type_: AnthropicMessageUsageIterationType = _attrs_field(alias="type_")
    cache_creation: AnthropicIterationCacheCreation | None | Unset = UNSET
    cache_creation_input_tokens: int | Unset = UNSET
    cache_read_input_tokens: int | Unset = UNSET
    input_tokens: int | Unset = UNSET
    output_tokens: int | Unset = UNSET
    model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> AnthropicMessageUsageIterationType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicMessageUsageIteration", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicMessageUsageIterationType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"type_={self._type_!r}, "
            f"cache_creation={self.cache_creation!r}, "
            f"cache_creation_input_tokens={self.cache_creation_input_tokens!r}, "
            f"cache_read_input_tokens={self.cache_read_input_tokens!r}, "
            f"input_tokens={self.input_tokens!r}, "
            f"output_tokens={self.output_tokens!r}, "
            f"model={self.model!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        cache_creation: Any = self.cache_creation
        if not (isinstance(cache_creation, Unset) or cache_creation is None):
            if isinstance(self.cache_creation, AnthropicIterationCacheCreation):
                cache_creation = self.cache_creation.to_dict()
            else:
                cache_creation = self.cache_creation

        cache_creation_input_tokens: Any = self.cache_creation_input_tokens

        cache_read_input_tokens: Any = self.cache_read_input_tokens

        input_tokens: Any = self.input_tokens

        output_tokens: Any = self.output_tokens

        model: Any = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if cache_creation is not UNSET:
            field_dict["cache_creation"] = cache_creation
        if cache_creation_input_tokens is not UNSET:
            field_dict["cache_creation_input_tokens"] = cache_creation_input_tokens
        if cache_read_input_tokens is not UNSET:
            field_dict["cache_read_input_tokens"] = cache_read_input_tokens
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicMessageUsageIteration and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicMessageUsageIterationType.is_known(data["type"]):
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
                    f"AnthropicMessageUsageIteration is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicMessageUsageIterationType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicMessageUsageIterationType._parse(_raw_type_)

            _field = "cache_creation"
            _raw_cache_creation = d.get("cache_creation", UNSET)
            cache_creation: Any = _raw_cache_creation
            if _raw_cache_creation is not None and _raw_cache_creation is not UNSET:
                cache_creation = (
                    AnthropicIterationCacheCreation.from_dict(_raw_cache_creation)
                    if type(_raw_cache_creation) is dict
                    else _parse_cache_creation(_raw_cache_creation)
                )

            cache_creation_input_tokens = d.get("cache_creation_input_tokens", UNSET)

            cache_read_input_tokens = d.get("cache_read_input_tokens", UNSET)

            input_tokens = d.get("input_tokens", UNSET)

            output_tokens = d.get("output_tokens", UNSET)

            model = d.get("model", UNSET)

        except FieldParseError as error:
            raise error.within("AnthropicMessageUsageIteration", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicMessageUsageIteration", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_message_usage_iteration = cls(
            type_,
            cache_creation,
            cache_creation_input_tokens,
            cache_read_input_tokens,
            input_tokens,
            output_tokens,
            model,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_message_usage_iteration.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return anthropic_message_usage_iteration

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


AnthropicMessageUsageIteration.__annotations__ = ResolvingAnnotations(
    AnthropicMessageUsageIteration.__annotations__, _resolve_lazy_imports
)


def _parse_cache_creation(data: object) -> AnthropicIterationCacheCreation | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if AnthropicIterationCacheCreation._matches(data):
        try:
            cache_creation_type_0 = AnthropicIterationCacheCreation.from_dict(data)

            return cache_creation_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        cache_creation_type_0 = AnthropicIterationCacheCreation.from_dict(data)

        return cache_creation_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicIterationCacheCreation | None | Unset", data)
