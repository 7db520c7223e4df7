from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.or_anthropic_bash_tool_result_type import ORAnthropicBashToolResultType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.or_anthropic_bash_tool_result_content import ORAnthropicBashToolResultContent

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ORAnthropicBashToolResultContent
    if _lazy_imports_resolved:
        return
    from ..models.or_anthropic_bash_tool_result_content import ORAnthropicBashToolResultContent  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ORAnthropicBashToolResult")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"content", "tool_use_id", "type"})


@_attrs_define(repr=False)
class ORAnthropicBashToolResult:
    """Output of an `openrouter:bash` call executed in the OpenRouter sandbox (`engine: 'openrouter'`)

    Example:
        {'content': {'command': 'ls', 'exitCode': 0, 'stderr': '', 'stdout': 'README.md\\n'}, 'tool_use_id':
            'srvtoolu_01abc', 'type': 'openrouter_bash_tool_result'}

    Attributes:
        content (ORAnthropicBashToolResultContent):
        tool_use_id (str):
        type_ (ORAnthropicBashToolResultType):
    """

    _content: ORAnthropicBashToolResultContent = _attrs_field(alias="content")
    _tool_use_id: str = _attrs_field(alias="tool_use_id")
    _type_: ORAnthropicBashToolResultType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def content(self) -> ORAnthropicBashToolResultContent:
        value: Any = self._content
        if value is UNSET:
            raise MissingFieldError("ORAnthropicBashToolResult", "content")
        return value

    @content.setter
    def content(self, value: ORAnthropicBashToolResultContent) -> None:
        self._content = value

    @property
    def tool_use_id(self) -> str:
        value: Any = self._tool_use_id
        if value is UNSET:
            raise MissingFieldError("ORAnthropicBashToolResult", "tool_use_id")
        return value

    @tool_use_id.setter
    def tool_use_id(self, value: str) -> None:
        self._tool_use_id = value

    @property
    def type_(self) -> ORAnthropicBashToolResultType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ORAnthropicBashToolResult", "type")
        return value

    @type_.setter
    def type_(self, value: ORAnthropicBashToolResultType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"content={self._content!r}, "
            f"tool_use_id={self._tool_use_id!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        content: Any = self._content
        if not (isinstance(content, Unset) or content is None):
            content = self._content.to_dict()

        tool_use_id: Any = self._tool_use_id

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content is not UNSET:
            field_dict["content"] = content
        if tool_use_id is not UNSET:
            field_dict["tool_use_id"] = tool_use_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ORAnthropicBashToolResult and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content" not in data:
            return False
        if "tool_use_id" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not ORAnthropicBashToolResultType.is_known(data["type"]):
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
                    f"ORAnthropicBashToolResult is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "content"
            _raw_content = d.get("content", UNSET)
            content: Any = _raw_content
            if _raw_content is not None and _raw_content is not UNSET:
                content = ORAnthropicBashToolResultContent.from_dict(_raw_content)

            tool_use_id = d.get("tool_use_id", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ORAnthropicBashToolResultType._value2member_map_.get(
                    _raw_type_
                ) or ORAnthropicBashToolResultType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("ORAnthropicBashToolResult", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ORAnthropicBashToolResult", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        or_anthropic_bash_tool_result = cls(
            content,
            tool_use_id,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            or_anthropic_bash_tool_result.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return or_anthropic_bash_tool_result

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


ORAnthropicBashToolResult.__annotations__ = ResolvingAnnotations(
    ORAnthropicBashToolResult.__annotations__, _resolve_lazy_imports
)
