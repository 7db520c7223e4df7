from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_patch_call_output_item_status import ApplyPatchCallOutputItemStatus
from ..models.apply_patch_call_output_item_type import ApplyPatchCallOutputItemType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ApplyPatchCallOutputItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"call_id", "status", "type", "id", "output"})


@_attrs_define(repr=False)
class ApplyPatchCallOutputItem:
    """The client's echo of an `apply_patch_call` after applying the patch. `output` is an optional human-readable log;
    `status` is `completed` when the patch was applied successfully, `failed` otherwise.

        Example:
            {'call_id': 'call_abc123', 'output': 'Applied patch to /src/main.ts', 'status': 'completed', 'type':
                'apply_patch_call_output'}

        Attributes:
            call_id (str):
            status (ApplyPatchCallOutputItemStatus):
            type_ (ApplyPatchCallOutputItemType):
            id (None | str | Unset):
            output (None | str | Unset):
    """

    _call_id: str = _attrs_field(alias="call_id")
    _status: ApplyPatchCallOutputItemStatus = _attrs_field(alias="status")
    _type_: ApplyPatchCallOutputItemType = _attrs_field(alias="type_")
    id: None | str | Unset = UNSET
    output: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def call_id(self) -> str:
        value: Any = self._call_id
        if value is UNSET:
            raise MissingFieldError("ApplyPatchCallOutputItem", "call_id")
        return value

    @call_id.setter
    def call_id(self, value: str) -> None:
        self._call_id = value

    @property
    def status(self) -> ApplyPatchCallOutputItemStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("ApplyPatchCallOutputItem", "status")
        return value

    @status.setter
    def status(self, value: ApplyPatchCallOutputItemStatus) -> None:
        self._status = value

    @property
    def type_(self) -> ApplyPatchCallOutputItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ApplyPatchCallOutputItem", "type")
        return value

    @type_.setter
    def type_(self, value: ApplyPatchCallOutputItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"call_id={self._call_id!r}, "
            f"status={self._status!r}, "
            f"type_={self._type_!r}, "
            f"id={self.id!r}, "
            f"output={self.output!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        call_id: Any = self._call_id

        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        id: Any = self.id

        output: Any = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ApplyPatchCallOutputItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "call_id" not in data:
            return False
        if "status" not in data:
            return False
        if "status" in data and not ApplyPatchCallOutputItemStatus.is_known(data["status"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not ApplyPatchCallOutputItemType.is_known(data["type"]):
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
                    f"ApplyPatchCallOutputItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            call_id = d.get("call_id", UNSET)

            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = ApplyPatchCallOutputItemStatus._value2member_map_.get(
                    _raw_status
                ) or ApplyPatchCallOutputItemStatus._parse(_raw_status)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ApplyPatchCallOutputItemType._value2member_map_.get(
                    _raw_type_
                ) or ApplyPatchCallOutputItemType._parse(_raw_type_)

            id = d.get("id", UNSET)

            output = d.get("output", UNSET)

        except FieldParseError as error:
            raise error.within("ApplyPatchCallOutputItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ApplyPatchCallOutputItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        apply_patch_call_output_item = cls(
            call_id,
            status,
            type_,
            id,
            output,
        )

        if not _DECLARED_KEYS.issuperset(d):
            apply_patch_call_output_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return apply_patch_call_output_item

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
