from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_generation_status import ImageGenerationStatus
from ..models.output_item_image_generation_call_type import OutputItemImageGenerationCallType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="OutputImageGenerationCallItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"id", "status", "type", "result", "prompt"})


@_attrs_define(repr=False)
class OutputImageGenerationCallItem:
    """
    Example:
        {'id': 'img-abc123', 'result': None, 'status': 'completed', 'type': 'image_generation_call'}

    Attributes:
        id (str):
        status (ImageGenerationStatus):  Example: completed.
        type_ (OutputItemImageGenerationCallType):
        result (None | str | Unset):
        prompt (str | Unset): The prompt (possibly rewritten) that the image was generated from.
    """

    _id: str = _attrs_field(alias="id")
    _status: ImageGenerationStatus = _attrs_field(alias="status")
    _type_: OutputItemImageGenerationCallType = _attrs_field(alias="type_")
    result: None | str | Unset = UNSET
    prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("OutputImageGenerationCallItem", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def status(self) -> ImageGenerationStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("OutputImageGenerationCallItem", "status")
        return value

    @status.setter
    def status(self, value: ImageGenerationStatus) -> None:
        self._status = value

    @property
    def type_(self) -> OutputItemImageGenerationCallType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputImageGenerationCallItem", "type")
        return value

    @type_.setter
    def type_(self, value: OutputItemImageGenerationCallType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"id={self._id!r}, "
            f"status={self._status!r}, "
            f"type_={self._type_!r}, "
            f"result={self.result!r}, "
            f"prompt={self.prompt!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        id: Any = self._id

        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        result: Any = self.result

        prompt: Any = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if result is not UNSET:
            field_dict["result"] = result
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputImageGenerationCallItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "status" not in data:
            return False
        if "status" in data and not ImageGenerationStatus.is_known(data["status"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputItemImageGenerationCallType.is_known(data["type"]):
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
                    f"OutputImageGenerationCallItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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
                status = ImageGenerationStatus._value2member_map_.get(_raw_status) or ImageGenerationStatus._parse(
                    _raw_status
                )

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OutputItemImageGenerationCallType._value2member_map_.get(
                    _raw_type_
                ) or OutputItemImageGenerationCallType._parse(_raw_type_)

            result = d.get("result", UNSET)

            prompt = d.get("prompt", UNSET)

        except FieldParseError as error:
            raise error.within("OutputImageGenerationCallItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputImageGenerationCallItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_image_generation_call_item = cls(
            id,
            status,
            type_,
            result,
            prompt,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_image_generation_call_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return output_image_generation_call_item

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
