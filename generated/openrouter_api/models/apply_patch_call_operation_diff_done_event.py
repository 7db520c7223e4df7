from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_patch_call_operation_diff_done_event_type import ApplyPatchCallOperationDiffDoneEventType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ApplyPatchCallOperationDiffDoneEvent")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"diff", "item_id", "output_index", "sequence_number", "type"})


@_attrs_define(repr=False)
class ApplyPatchCallOperationDiffDoneEvent:
    """Emitted when `operation.diff` streaming completes for an `apply_patch_call`.

    Example:
        {'diff': '@@\\n+console.log("hi");\\n', 'item_id': 'apc_abc123', 'output_index': 0, 'sequence_number': 12,
            'type': 'response.apply_patch_call_operation_diff.done'}

    Attributes:
        diff (str):
        item_id (str):
        output_index (int):
        sequence_number (int):
        type_ (ApplyPatchCallOperationDiffDoneEventType):
    """

    _diff: str = _attrs_field(alias="diff")
    _item_id: str = _attrs_field(alias="item_id")
    _output_index: int = _attrs_field(alias="output_index")
    _sequence_number: int = _attrs_field(alias="sequence_number")
    _type_: ApplyPatchCallOperationDiffDoneEventType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def diff(self) -> str:
        value: Any = self._diff
        if value is UNSET:
            raise MissingFieldError("ApplyPatchCallOperationDiffDoneEvent", "diff")
        return value

    @diff.setter
    def diff(self, value: str) -> None:
        self._diff = value

    @property
    def item_id(self) -> str:
        value: Any = self._item_id
        if value is UNSET:
            raise MissingFieldError("ApplyPatchCallOperationDiffDoneEvent", "item_id")
        return value

    @item_id.setter
    def item_id(self, value: str) -> None:
        self._item_id = value

    @property
    def output_index(self) -> int:
        value: Any = self._output_index
        if value is UNSET:
            raise MissingFieldError("ApplyPatchCallOperationDiffDoneEvent", "output_index")
        return value

    @output_index.setter
    def output_index(self, value: int) -> None:
        self._output_index = value

    @property
    def sequence_number(self) -> int:
        value: Any = self._sequence_number
        if value is UNSET:
            raise MissingFieldError("ApplyPatchCallOperationDiffDoneEvent", "sequence_number")
        return value

    @sequence_number.setter
    def sequence_number(self, value: int) -> None:
        self._sequence_number = value

    @property
    def type_(self) -> ApplyPatchCallOperationDiffDoneEventType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ApplyPatchCallOperationDiffDoneEvent", "type")
        return value

    @type_.setter
    def type_(self, value: ApplyPatchCallOperationDiffDoneEventType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"diff={self._diff!r}, "
            f"item_id={self._item_id!r}, "
            f"output_index={self._output_index!r}, "
            f"sequence_number={self._sequence_number!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        diff: Any = self._diff

        item_id: Any = self._item_id

        output_index: Any = self._output_index

        sequence_number: Any = self._sequence_number

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if diff is not UNSET:
            field_dict["diff"] = diff
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ApplyPatchCallOperationDiffDoneEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "diff" not in data:
            return False
        if "item_id" not in data:
            return False
        if "output_index" not in data:
            return False
        if "sequence_number" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not ApplyPatchCallOperationDiffDoneEventType.is_known(data["type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"ApplyPatchCallOperationDiffDoneEvent is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            diff = d.get("diff", UNSET)

            item_id = d.get("item_id", UNSET)

            output_index = d.get("output_index", UNSET)

            sequence_number = d.get("sequence_number", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ApplyPatchCallOperationDiffDoneEventType._value2member_map_.get(
                    _raw_type_
                ) or ApplyPatchCallOperationDiffDoneEventType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("ApplyPatchCallOperationDiffDoneEvent", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ApplyPatchCallOperationDiffDoneEvent", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        apply_patch_call_operation_diff_done_event = cls(
            diff,
            item_id,
            output_index,
            sequence_number,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            apply_patch_call_operation_diff_done_event.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return apply_patch_call_operation_diff_done_event

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
