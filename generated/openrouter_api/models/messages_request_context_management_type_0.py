from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.messages_request_context_management_edits_item_clear_thinking_20251015 import (
        MessagesRequestContextManagementEditsItemClearThinking20251015,
    )
    from ..models.messages_request_context_management_edits_item_clear_tool_uses_20250919 import (
        MessagesRequestContextManagementEditsItemClearToolUses20250919,
    )
    from ..models.messages_request_context_management_edits_item_compact_20260112 import (
        MessagesRequestContextManagementEditsItemCompact20260112,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        MessagesRequestContextManagementEditsItemClearThinking20251015, \
        MessagesRequestContextManagementEditsItemClearToolUses20250919, \
        MessagesRequestContextManagementEditsItemCompact20260112
    if _lazy_imports_resolved:
        return
    from ..models.messages_request_context_management_edits_item_clear_thinking_20251015 import (
        MessagesRequestContextManagementEditsItemClearThinking20251015,  # noqa: PLC0415
    )
    from ..models.messages_request_context_management_edits_item_clear_tool_uses_20250919 import (
        MessagesRequestContextManagementEditsItemClearToolUses20250919,  # noqa: PLC0415
    )
    from ..models.messages_request_context_management_edits_item_compact_20260112 import (
        MessagesRequestContextManagementEditsItemCompact20260112,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="MessagesRequestContextManagementType0")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"edits"})


@_attrs_define(repr=False)
class MessagesRequestContextManagementType0:
    """
    Attributes:
        edits (list[MessagesRequestContextManagementEditsItemClearThinking20251015 |
            MessagesRequestContextManagementEditsItemClearToolUses20250919 |
            MessagesRequestContextManagementEditsItemCompact20260112] | Unset):
    """

    edits: (
        list[
            MessagesRequestContextManagementEditsItemClearThinking20251015
            | MessagesRequestContextManagementEditsItemClearToolUses20250919
            | MessagesRequestContextManagementEditsItemCompact20260112
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(edits={self.edits!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        edits: Any = self.edits
        if not (isinstance(edits, Unset) or edits is None):
            edits = []
            for edits_item_data in self.edits:
                edits_item: dict[str, Any]
                if isinstance(edits_item_data, MessagesRequestContextManagementEditsItemClearToolUses20250919):
                    edits_item = edits_item_data.to_dict()
                elif isinstance(edits_item_data, MessagesRequestContextManagementEditsItemClearThinking20251015):
                    edits_item = edits_item_data.to_dict()
                else:
                    edits_item = edits_item_data.to_dict()

                edits.append(edits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if edits is not UNSET:
            field_dict["edits"] = edits

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesRequestContextManagementType0 and its fixed values."""
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
                    f"MessagesRequestContextManagementType0 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "edits"
            _raw_edits = d.get("edits", UNSET)
            edits: Any = _raw_edits
            if _raw_edits is not None and _raw_edits is not UNSET:
                edits = [_parse_edits_item(edits_item_data) for edits_item_data in _raw_edits]

        except FieldParseError as error:
            raise error.within("MessagesRequestContextManagementType0", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesRequestContextManagementType0", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_request_context_management_type_0 = cls(
            edits,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_request_context_management_type_0.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return messages_request_context_management_type_0

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


MessagesRequestContextManagementType0.__annotations__ = ResolvingAnnotations(
    MessagesRequestContextManagementType0.__annotations__, _resolve_lazy_imports
)


def _parse_edits_item(
    data: object,
) -> (
    MessagesRequestContextManagementEditsItemClearThinking20251015
    | MessagesRequestContextManagementEditsItemClearToolUses20250919
    | MessagesRequestContextManagementEditsItemCompact20260112
):
    if MessagesRequestContextManagementEditsItemClearToolUses20250919._matches(data):
        try:
            edits_item_type_0 = MessagesRequestContextManagementEditsItemClearToolUses20250919.from_dict(data)

            return edits_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesRequestContextManagementEditsItemClearThinking20251015._matches(data):
        try:
            edits_item_type_1 = MessagesRequestContextManagementEditsItemClearThinking20251015.from_dict(data)

            return edits_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesRequestContextManagementEditsItemCompact20260112._matches(data):
        try:
            edits_item_type_2 = MessagesRequestContextManagementEditsItemCompact20260112.from_dict(data)

            return edits_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        edits_item_type_0 = MessagesRequestContextManagementEditsItemClearToolUses20250919.from_dict(data)

        return edits_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        edits_item_type_1 = MessagesRequestContextManagementEditsItemClearThinking20251015.from_dict(data)

        return edits_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    edits_item_type_2 = MessagesRequestContextManagementEditsItemCompact20260112.from_dict(data)

    return edits_item_type_2
