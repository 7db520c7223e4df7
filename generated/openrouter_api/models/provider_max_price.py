from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderMaxPrice")


@_attrs_define
class ProviderMaxPrice:
    """Highest price accepted for this request; providers above it are skipped and an unmet limit fails the request.

    Example:
        {'prompt': 1, 'completion': 2}

    Attributes:
        prompt (float | str | Unset): A price in USD per million tokens (or per unit), as a number or a decimal string.
            Example: 1.5.
        completion (float | str | Unset): A price in USD per million tokens (or per unit), as a number or a decimal
            string. Example: 1.5.
        request (float | str | Unset): A price in USD per million tokens (or per unit), as a number or a decimal string.
            Example: 1.5.
        image (float | str | Unset): A price in USD per million tokens (or per unit), as a number or a decimal string.
            Example: 1.5.
        audio (float | str | Unset): A price in USD per million tokens (or per unit), as a number or a decimal string.
            Example: 1.5.
    """

    prompt: float | str | Unset = UNSET
    completion: float | str | Unset = UNSET
    request: float | str | Unset = UNSET
    image: float | str | Unset = UNSET
    audio: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt: Any = self.prompt
        if not (isinstance(prompt, Unset) or prompt is None):
            if isinstance(self.prompt, Unset):
                prompt = UNSET
            else:
                prompt = self.prompt

        completion: Any = self.completion
        if not (isinstance(completion, Unset) or completion is None):
            if isinstance(self.completion, Unset):
                completion = UNSET
            else:
                completion = self.completion

        request: Any = self.request
        if not (isinstance(request, Unset) or request is None):
            if isinstance(self.request, Unset):
                request = UNSET
            else:
                request = self.request

        image: Any = self.image
        if not (isinstance(image, Unset) or image is None):
            if isinstance(self.image, Unset):
                image = UNSET
            else:
                image = self.image

        audio: Any = self.audio
        if not (isinstance(audio, Unset) or audio is None):
            if isinstance(self.audio, Unset):
                audio = UNSET
            else:
                audio = self.audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if completion is not UNSET:
            field_dict["completion"] = completion
        if request is not UNSET:
            field_dict["request"] = request
        if image is not UNSET:
            field_dict["image"] = image
        if audio is not UNSET:
            field_dict["audio"] = audio

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ProviderMaxPrice and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        completion = d.pop("completion", UNSET)

        request = d.pop("request", UNSET)

        image = d.pop("image", UNSET)

        audio = d.pop("audio", UNSET)

        provider_max_price = cls(
            prompt=prompt,
            completion=completion,
            request=request,
            image=image,
            audio=audio,
        )

        provider_max_price.additional_properties = d
        return provider_max_price

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
