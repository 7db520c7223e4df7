from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_request_context_management_edits_item_clear_thinking_20251015_keep_type_2 import (
    MessagesRequestContextManagementEditsItemClearThinking20251015KeepType2,
)
from ..models.messages_request_context_management_edits_item_clear_thinking_20251015_type import (
    MessagesRequestContextManagementEditsItemClearThinking20251015Type,
)
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_thinking_turns import AnthropicThinkingTurns
    from ..models.messages_request_context_management_edits_item_clear_thinking_20251015_keep_all import (
        MessagesRequestContextManagementEditsItemClearThinking20251015KeepAll,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AnthropicThinkingTurns, \
        MessagesRequestContextManagementEditsItemClearThinking20251015KeepAll
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_thinking_turns import AnthropicThinkingTurns  # noqa: PLC0415
    from ..models.messages_request_context_management_edits_item_clear_thinking_20251015_keep_all import (
        MessagesRequestContextManagementEditsItemClearThinking20251015KeepAll,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="MessagesRequestContextManagementEditsItemClearThinking20251015")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"type", "keep"})


@_attrs_define(repr=False)
class MessagesRequestContextManagementEditsItemClearThinking20251015:
    """
    Attributes:
        type_ (MessagesRequestContextManagementEditsItemClearThinking20251015Type):
        keep (AnthropicThinkingTurns | MessagesRequestContextManagementEditsItemClearThinking20251015KeepAll |
            MessagesRequestContextManagementEditsItemClearThinking20251015KeepType2 | Unset):
    """

    _type_: MessagesRequestContextManagementEditsItemClearThinking20251015Type = _attrs_field(alias="type_")
    keep: (
        AnthropicThinkingTurns
        | MessagesRequestContextManagementEditsItemClearThinking20251015KeepAll
        | MessagesRequestContextManagementEditsItemClearThinking20251015KeepType2
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> MessagesRequestContextManagementEditsItemClearThinking20251015Type:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("MessagesRequestContextManagementEditsItemClearThinking20251015", "type")
        return value

    @type_.setter
    def type_(self, value: MessagesRequestContextManagementEditsItemClearThinking20251015Type) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"type_={self._type_!r}, "
            f"keep={self.keep!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        keep: Any = self.keep
        if not (isinstance(keep, Unset) or keep is None):
            if isinstance(self.keep, AnthropicThinkingTurns):
                keep = self.keep.to_dict()
            elif isinstance(self.keep, MessagesRequestContextManagementEditsItemClearThinking20251015KeepAll):
                keep = self.keep.to_dict()
            else:
                keep = self.keep.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if keep is not UNSET:
            field_dict["keep"] = keep

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesRequestContextManagementEditsItemClearThinking20251015 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not MessagesRequestContextManagementEditsItemClearThinking20251015Type.is_known(
            data["type"]
        ):
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
                    f"MessagesRequestContextManagementEditsItemClearThinking20251015 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = MessagesRequestContextManagementEditsItemClearThinking20251015Type._value2member_map_.get(
                    _raw_type_
                ) or MessagesRequestContextManagementEditsItemClearThinking20251015Type._parse(_raw_type_)

            _field = "keep"
            _raw_keep = d.get("keep", UNSET)
            keep: Any = _raw_keep
            if _raw_keep is not None and _raw_keep is not UNSET:
                keep = _parse_keep(_raw_keep)

        except FieldParseError as error:
            raise error.within("MessagesRequestContextManagementEditsItemClearThinking20251015", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at(
                "MessagesRequestContextManagementEditsItemClearThinking20251015", _field, error
            ) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_request_context_management_edits_item_clear_thinking_20251015 = cls(
            type_,
            keep,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_request_context_management_edits_item_clear_thinking_20251015.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return messages_request_context_management_edits_item_clear_thinking_20251015

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


MessagesRequestContextManagementEditsItemClearThinking20251015.__annotations__ = ResolvingAnnotations(
    MessagesRequestContextManagementEditsItemClearThinking20251015.__annotations__, _resolve_lazy_imports
)


def _parse_keep(
    data: object,
) -> (
    AnthropicThinkingTurns
    | MessagesRequestContextManagementEditsItemClearThinking20251015KeepAll
    | MessagesRequestContextManagementEditsItemClearThinking20251015KeepType2
    | Unset
):
    if data is UNSET:
        return UNSET
    if AnthropicThinkingTurns._matches(data):
        try:
            keep_type_0 = AnthropicThinkingTurns.from_dict(data)

            return keep_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesRequestContextManagementEditsItemClearThinking20251015KeepAll._matches(data):
        try:
            keep_type_1 = MessagesRequestContextManagementEditsItemClearThinking20251015KeepAll.from_dict(data)

            return keep_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesRequestContextManagementEditsItemClearThinking20251015KeepType2.is_known(data):
        try:
            keep_type_2 = (
                MessagesRequestContextManagementEditsItemClearThinking20251015KeepType2._value2member_map_.get(data)
                or MessagesRequestContextManagementEditsItemClearThinking20251015KeepType2._parse(data)
            )

            return keep_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        keep_type_0 = AnthropicThinkingTurns.from_dict(data)

        return keep_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        keep_type_1 = MessagesRequestContextManagementEditsItemClearThinking20251015KeepAll.from_dict(data)

        return keep_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, str):
        raise TypeError()
    keep_type_2 = MessagesRequestContextManagementEditsItemClearThinking20251015KeepType2._value2member_map_.get(
        data
    ) or MessagesRequestContextManagementEditsItemClearThinking20251015KeepType2._parse(data)

    return keep_type_2
