from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_tool_search_result_type import AnthropicToolSearchResultType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_tool_reference import AnthropicToolReference

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicToolReference
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_tool_reference import AnthropicToolReference  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicToolSearchResult")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"tool_references", "type"})


@_attrs_define(repr=False)
class AnthropicToolSearchResult:
    """
    Example:
        {'tool_references': [{'tool_name': 'my_tool', 'type': 'tool_reference'}], 'type':
            'tool_search_tool_search_result'}

    Attributes:
        tool_references (list[AnthropicToolReference]):
        type_ (AnthropicToolSearchResultType):
    """

    _tool_references: list[AnthropicToolReference] = _attrs_field(alias="tool_references")
    _type_: AnthropicToolSearchResultType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def tool_references(self) -> list[AnthropicToolReference]:
        value: Any = self._tool_references
        if value is UNSET:
            raise MissingFieldError("AnthropicToolSearchResult", "tool_references")
        return value

    @tool_references.setter
    def tool_references(self, value: list[AnthropicToolReference]) -> None:
        self._tool_references = value

    @property
    def type_(self) -> AnthropicToolSearchResultType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicToolSearchResult", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicToolSearchResultType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"tool_references={self._tool_references!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        tool_references: Any = self._tool_references
        if not (isinstance(tool_references, Unset) or tool_references is None):
            tool_references = []
            for tool_references_item_data in self._tool_references:
                tool_references_item = tool_references_item_data.to_dict()
                tool_references.append(tool_references_item)

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if tool_references is not UNSET:
            field_dict["tool_references"] = tool_references
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicToolSearchResult and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "tool_references" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicToolSearchResultType.is_known(data["type"]):
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
                    f"AnthropicToolSearchResult is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "tool_references"
            _raw_tool_references = d.get("tool_references", UNSET)
            tool_references: Any = _raw_tool_references
            if _raw_tool_references is not None and _raw_tool_references is not UNSET:
                tool_references = [
                    AnthropicToolReference.from_dict(tool_references_item_data)
                    for tool_references_item_data in _raw_tool_references
                ]

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicToolSearchResultType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicToolSearchResultType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("AnthropicToolSearchResult", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicToolSearchResult", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_tool_search_result = cls(
            tool_references,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_tool_search_result.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return anthropic_tool_search_result

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


AnthropicToolSearchResult.__annotations__ = ResolvingAnnotations(
    AnthropicToolSearchResult.__annotations__, _resolve_lazy_imports
)
