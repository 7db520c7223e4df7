from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.pricing_override import PricingOverride

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, PricingOverride
    if _lazy_imports_resolved:
        return
    from ..models.pricing_override import PricingOverride  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="PublicEndpointPricing")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "completion",
        "prompt",
        "audio",
        "audio_output",
        "discount",
        "image",
        "image_output",
        "image_token",
        "input_audio_cache",
        "input_cache_read",
        "input_cache_write",
        "input_cache_write_1h",
        "internal_reasoning",
        "overrides",
        "request",
        "web_search",
    }
)


@_attrs_define(repr=False)
class PublicEndpointPricing:
    """
    Attributes:
        completion (str): Price in USD per token for completion (output) generation
        prompt (str): Price in USD per token for prompt (input) processing
        audio (str | Unset): Price in USD per audio input token
        audio_output (str | Unset): Price in USD per audio output token
        discount (float | Unset): Fractional discount applied to this endpoint's pricing; the price is multiplied by (1
            - discount) (0 = no discount, 1 = free)
        image (str | Unset): Price in USD per input image
        image_output (str | Unset): Price in USD per output image
        image_token (str | Unset): Price in USD per image token
        input_audio_cache (str | Unset): Price in USD per cached audio input token
        input_cache_read (str | Unset): Price in USD per cached input token (read)
        input_cache_write (str | Unset): Price per cache-write token, in USD per token. For providers with multiple
            cache TTLs (e.g. Anthropic), this is the default (5-minute) cache-write rate.
        input_cache_write_1h (str | Unset): Price per 1-hour cache-write token, in USD per token. Only present for
            providers that price an extended (1-hour) cache TTL separately, such as Anthropic.
        internal_reasoning (str | Unset): Price in USD per internal reasoning token
        overrides (list[PricingOverride] | Unset): Conditional overrides of the base pricing (e.g. long-context or time-
            based pricing). An entry applies when all of its condition fields (e.g. min_prompt_tokens, or the
            utc_start/utc_end time window) match the request; among applicable entries, later entries win per key; price
            keys absent from an entry inherit the base price. The top-level pricing keys always reflect the price that
            applies under default conditions.
        request (str | Unset): Price in USD per request
        web_search (str | Unset): Price in USD per web search
    """

    _completion: str = _attrs_field(alias="completion")
    _prompt: str = _attrs_field(alias="prompt")
    audio: str | Unset = UNSET
    audio_output: str | Unset = UNSET
    discount: float | Unset = UNSET
    image: str | Unset = UNSET
    image_output: str | Unset = UNSET
    image_token: str | Unset = UNSET
    input_audio_cache: str | Unset = UNSET
    input_cache_read: str | Unset = UNSET
    input_cache_write: str | Unset = UNSET
    input_cache_write_1h: str | Unset = UNSET
    internal_reasoning: str | Unset = UNSET
    overrides: list[PricingOverride] | Unset = UNSET
    request: str | Unset = UNSET
    web_search: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def completion(self) -> str:
        value: Any = self._completion
        if value is UNSET:
            raise MissingFieldError("PublicEndpointPricing", "completion")
        return value

    @completion.setter
    def completion(self, value: str) -> None:
        self._completion = value

    @property
    def prompt(self) -> str:
        value: Any = self._prompt
        if value is UNSET:
            raise MissingFieldError("PublicEndpointPricing", "prompt")
        return value

    @prompt.setter
    def prompt(self, value: str) -> None:
        self._prompt = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"completion={self._completion!r}, "
            f"prompt={self._prompt!r}, "
            f"audio={self.audio!r}, "
            f"audio_output={self.audio_output!r}, "
            f"discount={self.discount!r}, "
            f"image={self.image!r}, "
            f"image_output={self.image_output!r}, "
            f"image_token={self.image_token!r}, "
            f"input_audio_cache={self.input_audio_cache!r}, "
            f"input_cache_read={self.input_cache_read!r}, "
            f"input_cache_write={self.input_cache_write!r}, "
            f"input_cache_write_1h={self.input_cache_write_1h!r}, "
            f"internal_reasoning={self.internal_reasoning!r}, "
            f"overrides={self.overrides!r}, "
            f"request={self.request!r}, "
            f"web_search={self.web_search!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        completion: Any = self._completion

        prompt: Any = self._prompt

        audio: Any = self.audio

        audio_output: Any = self.audio_output

        discount: Any = self.discount

        image: Any = self.image

        image_output: Any = self.image_output

        image_token: Any = self.image_token

        input_audio_cache: Any = self.input_audio_cache

        input_cache_read: Any = self.input_cache_read

        input_cache_write: Any = self.input_cache_write

        input_cache_write_1h: Any = self.input_cache_write_1h

        internal_reasoning: Any = self.internal_reasoning

        overrides: Any = self.overrides
        if not (isinstance(overrides, Unset) or overrides is None):
            overrides = []
            for overrides_item_data in self.overrides:
                overrides_item = overrides_item_data.to_dict()
                overrides.append(overrides_item)

        request: Any = self.request

        web_search: Any = self.web_search

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if completion is not UNSET:
            field_dict["completion"] = completion
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if audio is not UNSET:
            field_dict["audio"] = audio
        if audio_output is not UNSET:
            field_dict["audio_output"] = audio_output
        if discount is not UNSET:
            field_dict["discount"] = discount
        if image is not UNSET:
            field_dict["image"] = image
        if image_output is not UNSET:
            field_dict["image_output"] = image_output
        if image_token is not UNSET:
            field_dict["image_token"] = image_token
        if input_audio_cache is not UNSET:
            field_dict["input_audio_cache"] = input_audio_cache
        if input_cache_read is not UNSET:
            field_dict["input_cache_read"] = input_cache_read
        if input_cache_write is not UNSET:
            field_dict["input_cache_write"] = input_cache_write
        if input_cache_write_1h is not UNSET:
            field_dict["input_cache_write_1h"] = input_cache_write_1h
        if internal_reasoning is not UNSET:
            field_dict["internal_reasoning"] = internal_reasoning
        if overrides is not UNSET:
            field_dict["overrides"] = overrides
        if request is not UNSET:
            field_dict["request"] = request
        if web_search is not UNSET:
            field_dict["web_search"] = web_search

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of PublicEndpointPricing and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "completion" not in data:
            return False
        if "prompt" not in data:
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
                    f"PublicEndpointPricing is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            completion = d.get("completion", UNSET)

            prompt = d.get("prompt", UNSET)

            audio = d.get("audio", UNSET)

            audio_output = d.get("audio_output", UNSET)

            discount = d.get("discount", UNSET)

            image = d.get("image", UNSET)

            image_output = d.get("image_output", UNSET)

            image_token = d.get("image_token", UNSET)

            input_audio_cache = d.get("input_audio_cache", UNSET)

            input_cache_read = d.get("input_cache_read", UNSET)

            input_cache_write = d.get("input_cache_write", UNSET)

            input_cache_write_1h = d.get("input_cache_write_1h", UNSET)

            internal_reasoning = d.get("internal_reasoning", UNSET)

            _field = "overrides"
            _raw_overrides = d.get("overrides", UNSET)
            overrides: Any = _raw_overrides
            if _raw_overrides is not None and _raw_overrides is not UNSET:
                overrides = [PricingOverride.from_dict(overrides_item_data) for overrides_item_data in _raw_overrides]

            request = d.get("request", UNSET)

            web_search = d.get("web_search", UNSET)

        except FieldParseError as error:
            raise error.within("PublicEndpointPricing", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("PublicEndpointPricing", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        public_endpoint_pricing = cls(
            completion,
            prompt,
            audio,
            audio_output,
            discount,
            image,
            image_output,
            image_token,
            input_audio_cache,
            input_cache_read,
            input_cache_write,
            input_cache_write_1h,
            internal_reasoning,
            overrides,
            request,
            web_search,
        )

        if not _DECLARED_KEYS.issuperset(d):
            public_endpoint_pricing.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return public_endpoint_pricing

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


PublicEndpointPricing.__annotations__ = ResolvingAnnotations(
    PublicEndpointPricing.__annotations__, _resolve_lazy_imports
)
