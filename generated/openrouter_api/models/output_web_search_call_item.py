from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_web_search_call_type import OutputItemWebSearchCallType
from ..models.web_search_status import WebSearchStatus
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.output_item_web_search_call_action_find_in_page import OutputItemWebSearchCallActionFindInPage
    from ..models.output_item_web_search_call_action_open_page import OutputItemWebSearchCallActionOpenPage
    from ..models.output_item_web_search_call_action_search import OutputItemWebSearchCallActionSearch

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        OutputItemWebSearchCallActionFindInPage, \
        OutputItemWebSearchCallActionOpenPage, \
        OutputItemWebSearchCallActionSearch
    if _lazy_imports_resolved:
        return
    from ..models.output_item_web_search_call_action_find_in_page import OutputItemWebSearchCallActionFindInPage  # noqa: PLC0415
    from ..models.output_item_web_search_call_action_open_page import OutputItemWebSearchCallActionOpenPage  # noqa: PLC0415
    from ..models.output_item_web_search_call_action_search import OutputItemWebSearchCallActionSearch  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OutputWebSearchCallItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"id", "status", "type", "action"})


@_attrs_define(repr=False)
class OutputWebSearchCallItem:
    """
    Example:
        {'id': 'ws-abc123', 'status': 'completed', 'type': 'web_search_call'}

    Attributes:
        id (str):
        status (WebSearchStatus):  Example: completed.
        type_ (OutputItemWebSearchCallType):
        action (OutputItemWebSearchCallActionFindInPage | OutputItemWebSearchCallActionOpenPage |
            OutputItemWebSearchCallActionSearch | Unset):
    """

    _id: str = _attrs_field(alias="id")
    _status: WebSearchStatus = _attrs_field(alias="status")
    _type_: OutputItemWebSearchCallType = _attrs_field(alias="type_")
    action: (
        OutputItemWebSearchCallActionFindInPage
        | OutputItemWebSearchCallActionOpenPage
        | OutputItemWebSearchCallActionSearch
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("OutputWebSearchCallItem", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def status(self) -> WebSearchStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("OutputWebSearchCallItem", "status")
        return value

    @status.setter
    def status(self, value: WebSearchStatus) -> None:
        self._status = value

    @property
    def type_(self) -> OutputItemWebSearchCallType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputWebSearchCallItem", "type")
        return value

    @type_.setter
    def type_(self, value: OutputItemWebSearchCallType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"id={self._id!r}, "
            f"status={self._status!r}, "
            f"type_={self._type_!r}, "
            f"action={self.action!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        id: Any = self._id

        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        action: Any = self.action
        if not (isinstance(action, Unset) or action is None):
            if isinstance(self.action, OutputItemWebSearchCallActionSearch):
                action = self.action.to_dict()
            elif isinstance(self.action, OutputItemWebSearchCallActionOpenPage):
                action = self.action.to_dict()
            else:
                action = self.action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputWebSearchCallItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "status" not in data:
            return False
        if "status" in data and not WebSearchStatus.is_known(data["status"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputItemWebSearchCallType.is_known(data["type"]):
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
                    f"OutputWebSearchCallItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            id = d.get("id", UNSET)

            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = WebSearchStatus._value2member_map_.get(_raw_status) or WebSearchStatus._parse(_raw_status)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OutputItemWebSearchCallType._value2member_map_.get(
                    _raw_type_
                ) or OutputItemWebSearchCallType._parse(_raw_type_)

            _field = "action"
            _raw_action = d.get("action", UNSET)
            action: Any = _raw_action
            if _raw_action is not None and _raw_action is not UNSET:
                action = _parse_action(_raw_action)

        except FieldParseError as error:
            raise error.within("OutputWebSearchCallItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputWebSearchCallItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_web_search_call_item = cls(
            id,
            status,
            type_,
            action,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_web_search_call_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return output_web_search_call_item

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


OutputWebSearchCallItem.__annotations__ = ResolvingAnnotations(
    OutputWebSearchCallItem.__annotations__, _resolve_lazy_imports
)


def _parse_action(
    data: object,
) -> (
    OutputItemWebSearchCallActionFindInPage
    | OutputItemWebSearchCallActionOpenPage
    | OutputItemWebSearchCallActionSearch
    | Unset
):
    if data is UNSET:
        return UNSET
    if OutputItemWebSearchCallActionSearch._matches(data):
        try:
            action_type_0 = OutputItemWebSearchCallActionSearch.from_dict(data)

            return action_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputItemWebSearchCallActionOpenPage._matches(data):
        try:
            action_type_1 = OutputItemWebSearchCallActionOpenPage.from_dict(data)

            return action_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputItemWebSearchCallActionFindInPage._matches(data):
        try:
            action_type_2 = OutputItemWebSearchCallActionFindInPage.from_dict(data)

            return action_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        action_type_0 = OutputItemWebSearchCallActionSearch.from_dict(data)

        return action_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        action_type_1 = OutputItemWebSearchCallActionOpenPage.from_dict(data)

        return action_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    action_type_2 = OutputItemWebSearchCallActionFindInPage.from_dict(data)

    return action_type_2
