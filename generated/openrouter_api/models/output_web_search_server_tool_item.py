from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_web_search_server_tool_item_type import OutputWebSearchServerToolItemType
from ..models.tool_call_status import ToolCallStatus
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.output_web_search_server_tool_item_action import OutputWebSearchServerToolItemAction

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, OutputWebSearchServerToolItemAction
    if _lazy_imports_resolved:
        return
    from ..models.output_web_search_server_tool_item_action import OutputWebSearchServerToolItemAction  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OutputWebSearchServerToolItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"status", "type", "action", "id"})


@_attrs_define(repr=False)
class OutputWebSearchServerToolItem:
    """An openrouter:web_search server tool output item

    Example:
        {'action': {'query': 'latest AI news', 'type': 'search'}, 'id': 'ws_tmp_abc123', 'status': 'completed', 'type':
            'openrouter:web_search'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type_ (OutputWebSearchServerToolItemType):
        action (OutputWebSearchServerToolItemAction | Unset): The search action performed, matching OpenAI
            web_search_call.action shape. Includes the query the model issued and optional source URLs returned by the
            search provider.
        id (str | Unset):
    """

    _status: ToolCallStatus = _attrs_field(alias="status")
    _type_: OutputWebSearchServerToolItemType = _attrs_field(alias="type_")
    action: OutputWebSearchServerToolItemAction | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def status(self) -> ToolCallStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("OutputWebSearchServerToolItem", "status")
        return value

    @status.setter
    def status(self, value: ToolCallStatus) -> None:
        self._status = value

    @property
    def type_(self) -> OutputWebSearchServerToolItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputWebSearchServerToolItem", "type")
        return value

    @type_.setter
    def type_(self, value: OutputWebSearchServerToolItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"status={self._status!r}, "
            f"type_={self._type_!r}, "
            f"action={self.action!r}, "
            f"id={self.id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        action: Any = self.action
        if not (isinstance(action, Unset) or action is None):
            action = action.to_dict()

        id: Any = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if action is not UNSET:
            field_dict["action"] = action
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputWebSearchServerToolItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "status" not in data:
            return False
        if "status" in data and not ToolCallStatus.is_known(data["status"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputWebSearchServerToolItemType.is_known(data["type"]):
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
                    f"OutputWebSearchServerToolItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = ToolCallStatus._value2member_map_.get(_raw_status) or ToolCallStatus._parse(_raw_status)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OutputWebSearchServerToolItemType._value2member_map_.get(
                    _raw_type_
                ) or OutputWebSearchServerToolItemType._parse(_raw_type_)

            _field = "action"
            _raw_action = d.get("action", UNSET)
            action: Any = _raw_action
            if _raw_action is not None and _raw_action is not UNSET:
                action = OutputWebSearchServerToolItemAction.from_dict(_raw_action)

            id = d.get("id", UNSET)

        except FieldParseError as error:
            raise error.within("OutputWebSearchServerToolItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputWebSearchServerToolItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_web_search_server_tool_item = cls(
            status,
            type_,
            action,
            id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_web_search_server_tool_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return output_web_search_server_tool_item

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


OutputWebSearchServerToolItem.__annotations__ = ResolvingAnnotations(
    OutputWebSearchServerToolItem.__annotations__, _resolve_lazy_imports
)
