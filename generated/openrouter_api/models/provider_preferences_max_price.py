from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderPreferencesMaxPrice")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"audio", "completion", "image", "prompt", "request"})


@_attrs_define(repr=False)
class ProviderPreferencesMaxPrice:
    """The object specifying the maximum price you want to pay for this request. USD price per million tokens, for prompt
    and completion.

        Attributes:
            audio (str | Unset): Maximum price in USD per audio unit
            completion (str | Unset): Maximum price in USD per million completion tokens
            image (str | Unset): Maximum price in USD per image
            prompt (str | Unset): Maximum price in USD per million prompt tokens
            request (str | Unset): Maximum price in USD per request
    """

    audio: str | Unset = UNSET
    completion: str | Unset = UNSET
    image: str | Unset = UNSET
    prompt: str | Unset = UNSET
    request: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"audio={self.audio!r}, "
            f"completion={self.completion!r}, "
            f"image={self.image!r}, "
            f"prompt={self.prompt!r}, "
            f"request={self.request!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        audio: Any = self.audio

        completion: Any = self.completion

        image: Any = self.image

        prompt: Any = self.prompt

        request: Any = self.request

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if audio is not UNSET:
            field_dict["audio"] = audio
        if completion is not UNSET:
            field_dict["completion"] = completion
        if image is not UNSET:
            field_dict["image"] = image
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if request is not UNSET:
            field_dict["request"] = request

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ProviderPreferencesMaxPrice and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"ProviderPreferencesMaxPrice is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        audio = d.get("audio", UNSET)

        completion = d.get("completion", UNSET)

        image = d.get("image", UNSET)

        prompt = d.get("prompt", UNSET)

        request = d.get("request", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        provider_preferences_max_price = cls(
            audio,
            completion,
            image,
            prompt,
            request,
        )

        if not _DECLARED_KEYS.issuperset(d):
            provider_preferences_max_price.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return provider_preferences_max_price

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
