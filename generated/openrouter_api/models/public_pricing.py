from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricing_override import PricingOverride

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, PricingOverride
    from ..models.pricing_override import PricingOverride  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="PublicPricing")


@_attrs_define
class PublicPricing:
    """Prices in USD as decimal strings (strings keep the precision of very small numbers); per token unless the field says
    otherwise.

        Attributes:
            prompt (str): Per input token. Example: 0.0000025.
            completion (str): Per output token. Example: 0.00001.
            request (str | Unset): Flat fee per request.
            image (str | Unset): Per input image.
            image_token (str | Unset): Per image token.
            image_output (str | Unset): Per output image.
            audio (str | Unset): Per input audio token.
            audio_output (str | Unset): Per output audio token.
            input_audio_cache (str | Unset): Per cached input audio token.
            web_search (str | Unset): Per web search.
            internal_reasoning (str | Unset): Per reasoning token.
            input_cache_read (str | Unset): Per input token read from the prompt cache.
            input_cache_write (str | Unset): Per input token written to the prompt cache (the default, shortest cache
                lifetime).
            input_cache_write_1h (str | Unset): Per input token written to a one-hour cache, where the provider prices it
                apart.
            discount (float | Unset): Fraction taken off the listed prices (0 none, 1 free).
            overrides (list[PricingOverride] | Unset): Prices that replace the base ones under conditions (long prompts,
                time windows). An entry applies when all its conditions hold; later entries win; keys an entry leaves out keep
                the base price.
    """

    prompt: str
    completion: str
    request: str | Unset = UNSET
    image: str | Unset = UNSET
    image_token: str | Unset = UNSET
    image_output: str | Unset = UNSET
    audio: str | Unset = UNSET
    audio_output: str | Unset = UNSET
    input_audio_cache: str | Unset = UNSET
    web_search: str | Unset = UNSET
    internal_reasoning: str | Unset = UNSET
    input_cache_read: str | Unset = UNSET
    input_cache_write: str | Unset = UNSET
    input_cache_write_1h: str | Unset = UNSET
    discount: float | Unset = UNSET
    overrides: list[PricingOverride] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        prompt: Any = self.prompt

        completion: Any = self.completion

        request: Any = self.request

        image: Any = self.image

        image_token: Any = self.image_token

        image_output: Any = self.image_output

        audio: Any = self.audio

        audio_output: Any = self.audio_output

        input_audio_cache: Any = self.input_audio_cache

        web_search: Any = self.web_search

        internal_reasoning: Any = self.internal_reasoning

        input_cache_read: Any = self.input_cache_read

        input_cache_write: Any = self.input_cache_write

        input_cache_write_1h: Any = self.input_cache_write_1h

        discount: Any = self.discount

        overrides: Any = self.overrides
        if not (isinstance(overrides, Unset) or overrides is None):
            overrides = UNSET
            if not isinstance(self.overrides, Unset):
                overrides = []
                for overrides_item_data in self.overrides:
                    overrides_item = overrides_item_data.to_dict()
                    overrides.append(overrides_item)

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
        if image_token is not UNSET:
            field_dict["image_token"] = image_token
        if image_output is not UNSET:
            field_dict["image_output"] = image_output
        if audio is not UNSET:
            field_dict["audio"] = audio
        if audio_output is not UNSET:
            field_dict["audio_output"] = audio_output
        if input_audio_cache is not UNSET:
            field_dict["input_audio_cache"] = input_audio_cache
        if web_search is not UNSET:
            field_dict["web_search"] = web_search
        if internal_reasoning is not UNSET:
            field_dict["internal_reasoning"] = internal_reasoning
        if input_cache_read is not UNSET:
            field_dict["input_cache_read"] = input_cache_read
        if input_cache_write is not UNSET:
            field_dict["input_cache_write"] = input_cache_write
        if input_cache_write_1h is not UNSET:
            field_dict["input_cache_write_1h"] = input_cache_write_1h
        if discount is not UNSET:
            field_dict["discount"] = discount
        if overrides is not UNSET:
            field_dict["overrides"] = overrides

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of PublicPricing and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "prompt" not in data:
            return False
        if "completion" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        completion = d.pop("completion", UNSET)

        request = d.pop("request", UNSET)

        image = d.pop("image", UNSET)

        image_token = d.pop("image_token", UNSET)

        image_output = d.pop("image_output", UNSET)

        audio = d.pop("audio", UNSET)

        audio_output = d.pop("audio_output", UNSET)

        input_audio_cache = d.pop("input_audio_cache", UNSET)

        web_search = d.pop("web_search", UNSET)

        internal_reasoning = d.pop("internal_reasoning", UNSET)

        input_cache_read = d.pop("input_cache_read", UNSET)

        input_cache_write = d.pop("input_cache_write", UNSET)

        input_cache_write_1h = d.pop("input_cache_write_1h", UNSET)

        discount = d.pop("discount", UNSET)

        _raw_overrides = d.pop("overrides", UNSET)
        overrides: Any = _raw_overrides
        if _raw_overrides is not None and _raw_overrides is not UNSET:
            _overrides = _raw_overrides
            overrides: list[PricingOverride] | Unset = UNSET
            if _overrides is not UNSET:
                overrides = []
                for overrides_item_data in _overrides:
                    overrides_item = PricingOverride.from_dict(overrides_item_data)

                    overrides.append(overrides_item)

        public_pricing = cls(
            prompt=prompt,
            completion=completion,
            request=request,
            image=image,
            image_token=image_token,
            image_output=image_output,
            audio=audio,
            audio_output=audio_output,
            input_audio_cache=input_audio_cache,
            web_search=web_search,
            internal_reasoning=internal_reasoning,
            input_cache_read=input_cache_read,
            input_cache_write=input_cache_write,
            input_cache_write_1h=input_cache_write_1h,
            discount=discount,
            overrides=overrides,
        )

        public_pricing.additional_properties = d
        return public_pricing

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
