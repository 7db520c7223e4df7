from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_image_generation_server_tool_item_type import OutputImageGenerationServerToolItemType
from ..models.tool_call_status import ToolCallStatus
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="OutputImageGenerationServerToolItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"status", "type", "id", "imageB64", "imageUrl", "prompt", "result", "revisedPrompt"}
)


@_attrs_define(repr=False)
class OutputImageGenerationServerToolItem:
    """An openrouter:image_generation server tool output item

    Example:
        {'id': 'ig_tmp_abc123', 'imageUrl': 'https://example.com/image.png', 'result': 'https://example.com/image.png',
            'status': 'completed', 'type': 'openrouter:image_generation'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type_ (OutputImageGenerationServerToolItemType):
        id (str | Unset):
        image_b64 (str | Unset):
        image_url (str | Unset):
        prompt (str | Unset): The prompt (possibly rewritten) that the image was generated from.
        result (None | str | Unset): The generated image as a base64-encoded string or URL, matching OpenAI
            image_generation_call format
        revised_prompt (str | Unset):
    """

    _status: ToolCallStatus = _attrs_field(alias="status")
    _type_: OutputImageGenerationServerToolItemType = _attrs_field(alias="type_")
    id: str | Unset = UNSET
    image_b64: str | Unset = UNSET
    image_url: str | Unset = UNSET
    prompt: str | Unset = UNSET
    result: None | str | Unset = UNSET
    revised_prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def status(self) -> ToolCallStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("OutputImageGenerationServerToolItem", "status")
        return value

    @status.setter
    def status(self, value: ToolCallStatus) -> None:
        self._status = value

    @property
    def type_(self) -> OutputImageGenerationServerToolItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputImageGenerationServerToolItem", "type")
        return value

    @type_.setter
    def type_(self, value: OutputImageGenerationServerToolItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"status={self._status!r}, "
            f"type_={self._type_!r}, "
            f"id={self.id!r}, "
            f"image_b64={self.image_b64!r}, "
            f"image_url={self.image_url!r}, "
            f"prompt={self.prompt!r}, "
            f"result={self.result!r}, "
            f"revised_prompt={self.revised_prompt!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        id: Any = self.id

        image_b64: Any = self.image_b64

        image_url: Any = self.image_url

        prompt: Any = self.prompt

        result: Any = self.result

        revised_prompt: Any = self.revised_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if image_b64 is not UNSET:
            field_dict["imageB64"] = image_b64
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if result is not UNSET:
            field_dict["result"] = result
        if revised_prompt is not UNSET:
            field_dict["revisedPrompt"] = revised_prompt

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputImageGenerationServerToolItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "status" not in data:
            return False
        if "status" in data and not ToolCallStatus.is_known(data["status"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputImageGenerationServerToolItemType.is_known(data["type"]):
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
                    f"OutputImageGenerationServerToolItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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
                type_ = OutputImageGenerationServerToolItemType._value2member_map_.get(
                    _raw_type_
                ) or OutputImageGenerationServerToolItemType._parse(_raw_type_)

            id = d.get("id", UNSET)

            image_b64 = d.get("imageB64", UNSET)

            image_url = d.get("imageUrl", UNSET)

            prompt = d.get("prompt", UNSET)

            result = d.get("result", UNSET)

            revised_prompt = d.get("revisedPrompt", UNSET)

        except FieldParseError as error:
            raise error.within("OutputImageGenerationServerToolItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputImageGenerationServerToolItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_image_generation_server_tool_item = cls(
            status,
            type_,
            id,
            image_b64,
            image_url,
            prompt,
            result,
            revised_prompt,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_image_generation_server_tool_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return output_image_generation_server_tool_item

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
