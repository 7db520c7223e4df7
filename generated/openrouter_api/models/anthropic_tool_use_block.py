from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_tool_use_block_type import AnthropicToolUseBlockType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_code_execution_20250825_caller import AnthropicCodeExecution20250825Caller
    from ..models.anthropic_code_execution_20260120_caller import AnthropicCodeExecution20260120Caller
    from ..models.anthropic_direct_caller import AnthropicDirectCaller

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AnthropicCodeExecution20250825Caller, \
        AnthropicCodeExecution20260120Caller, \
        AnthropicDirectCaller
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_code_execution_20250825_caller import AnthropicCodeExecution20250825Caller  # noqa: PLC0415
    from ..models.anthropic_code_execution_20260120_caller import AnthropicCodeExecution20260120Caller  # noqa: PLC0415
    from ..models.anthropic_direct_caller import AnthropicDirectCaller  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicToolUseBlock")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"caller", "id", "name", "type", "input"})


@_attrs_define(repr=False)
class AnthropicToolUseBlock:
    """
    Example:
        {'caller': {'type': 'direct'}, 'id': 'toolu_01abc', 'input': {'location': 'San Francisco'}, 'name':
            'get_weather', 'type': 'tool_use'}

    Attributes:
        caller (AnthropicCodeExecution20250825Caller | AnthropicCodeExecution20260120Caller | AnthropicDirectCaller):
            Example: {'type': 'direct'}.
        id (str):
        name (str):
        type_ (AnthropicToolUseBlockType):
        input_ (Any | Unset):
    """

    _caller: AnthropicCodeExecution20250825Caller | AnthropicCodeExecution20260120Caller | AnthropicDirectCaller = (
        _attrs_field(alias="caller")
    )
    _id: str = _attrs_field(alias="id")
    _name: str = _attrs_field(alias="name")
    _type_: AnthropicToolUseBlockType = _attrs_field(alias="type_")
    input_: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def caller(
        self,
    ) -> AnthropicCodeExecution20250825Caller | AnthropicCodeExecution20260120Caller | AnthropicDirectCaller:
        value: Any = self._caller
        if value is UNSET:
            raise MissingFieldError("AnthropicToolUseBlock", "caller")
        return value

    @caller.setter
    def caller(
        self, value: AnthropicCodeExecution20250825Caller | AnthropicCodeExecution20260120Caller | AnthropicDirectCaller
    ) -> None:
        self._caller = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("AnthropicToolUseBlock", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("AnthropicToolUseBlock", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def type_(self) -> AnthropicToolUseBlockType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicToolUseBlock", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicToolUseBlockType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"caller={self._caller!r}, "
            f"id={self._id!r}, "
            f"name={self._name!r}, "
            f"type_={self._type_!r}, "
            f"input_={self.input_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        caller: Any = self._caller
        if not (isinstance(caller, Unset) or caller is None):
            if isinstance(self._caller, AnthropicDirectCaller):
                caller = self._caller.to_dict()
            elif isinstance(self._caller, AnthropicCodeExecution20250825Caller):
                caller = self._caller.to_dict()
            else:
                caller = self._caller.to_dict()

        id: Any = self._id

        name: Any = self._name

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        input_: Any = self.input_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if caller is not UNSET:
            field_dict["caller"] = caller
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if input_ is not UNSET:
            field_dict["input"] = input_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicToolUseBlock and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "caller" not in data:
            return False
        if "id" not in data:
            return False
        if "name" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicToolUseBlockType.is_known(data["type"]):
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
                    f"AnthropicToolUseBlock is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "caller"
            _raw_caller = d.get("caller", UNSET)
            caller: Any = _raw_caller
            if _raw_caller is not None and _raw_caller is not UNSET:
                caller = _parse_caller(_raw_caller)

            id = d.get("id", UNSET)

            name = d.get("name", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicToolUseBlockType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicToolUseBlockType._parse(_raw_type_)

            input_ = d.get("input", UNSET)

        except FieldParseError as error:
            raise error.within("AnthropicToolUseBlock", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicToolUseBlock", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_tool_use_block = cls(
            caller,
            id,
            name,
            type_,
            input_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_tool_use_block.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return anthropic_tool_use_block

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


AnthropicToolUseBlock.__annotations__ = ResolvingAnnotations(
    AnthropicToolUseBlock.__annotations__, _resolve_lazy_imports
)


def _parse_caller(
    data: object,
) -> AnthropicCodeExecution20250825Caller | AnthropicCodeExecution20260120Caller | AnthropicDirectCaller:
    if AnthropicDirectCaller._matches(data):
        try:
            componentsschemas_anthropic_caller_type_0 = AnthropicDirectCaller.from_dict(data)

            return componentsschemas_anthropic_caller_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicCodeExecution20250825Caller._matches(data):
        try:
            componentsschemas_anthropic_caller_type_1 = AnthropicCodeExecution20250825Caller.from_dict(data)

            return componentsschemas_anthropic_caller_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicCodeExecution20260120Caller._matches(data):
        try:
            componentsschemas_anthropic_caller_type_2 = AnthropicCodeExecution20260120Caller.from_dict(data)

            return componentsschemas_anthropic_caller_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_caller_type_0 = AnthropicDirectCaller.from_dict(data)

        return componentsschemas_anthropic_caller_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_caller_type_1 = AnthropicCodeExecution20250825Caller.from_dict(data)

        return componentsschemas_anthropic_caller_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_anthropic_caller_type_2 = AnthropicCodeExecution20260120Caller.from_dict(data)

    return componentsschemas_anthropic_caller_type_2
