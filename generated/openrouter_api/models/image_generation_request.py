from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_generation_request_aspect_ratio import ImageGenerationRequestAspectRatio
from ..models.image_generation_request_background import ImageGenerationRequestBackground
from ..models.image_generation_request_output_format import ImageGenerationRequestOutputFormat
from ..models.image_generation_request_quality import ImageGenerationRequestQuality
from ..models.image_generation_request_resolution import ImageGenerationRequestResolution
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.content_part_image import ContentPartImage
    from ..models.image_generation_provider_preferences import ImageGenerationProviderPreferences

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ContentPartImage, ImageGenerationProviderPreferences
    if _lazy_imports_resolved:
        return
    from ..models.content_part_image import ContentPartImage  # noqa: PLC0415
    from ..models.image_generation_provider_preferences import ImageGenerationProviderPreferences  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ImageGenerationRequest")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "model",
        "prompt",
        "aspect_ratio",
        "background",
        "input_references",
        "n",
        "output_compression",
        "output_format",
        "provider",
        "quality",
        "resolution",
        "seed",
        "size",
        "stream",
    }
)


@_attrs_define(repr=False)
class ImageGenerationRequest:
    """Image generation request input

    Example:
        {'model': 'bytedance-seed/seedream-4.5', 'prompt': 'a red panda astronaut floating in space, studio lighting'}

    Attributes:
        model (str): The image generation model to use Example: bytedance-seed/seedream-4.5.
        prompt (str): Text description of the desired image Example: a red panda astronaut floating in space, studio
            lighting.
        aspect_ratio (ImageGenerationRequestAspectRatio | Unset): Normalized aspect ratio of the generated image.
            Providers clamp to their supported subset. Example: 16:9.
        background (ImageGenerationRequestBackground | Unset): Background treatment. `transparent` requires an
            output_format that supports alpha (png or webp). Example: auto.
        input_references (list[ContentPartImage] | Unset): Reference images to guide image-to-image generation, as
            base64 data URLs or HTTP(S) URLs.
        n (int | Unset): Upper bound on the number of images to generate (1-10). Providers may return fewer images, and
            providers that only support single-image generation reject n > 1. Example: 1.
        output_compression (int | Unset): Compression level (0-100) for webp/jpeg output. Ignored for png and by
            providers without a compression knob. Example: 100.
        output_format (ImageGenerationRequestOutputFormat | Unset): Encoding of the returned image bytes. Most models
            produce raster formats (png, jpeg, webp). SVG is supported by vectorization models (e.g. Quiver) — the SVG
            markup is UTF-8 base64-encoded in `b64_json`. Example: png.
        provider (ImageGenerationProviderPreferences | Unset): Provider routing preferences and provider-specific
            passthrough configuration. Example: {'allow_fallbacks': False, 'only': ['google-ai-studio']}.
        quality (ImageGenerationRequestQuality | Unset): Rendering quality. Providers without a quality knob ignore
            this. Example: high.
        resolution (ImageGenerationRequestResolution | Unset): Normalized resolution tier of the generated image.
            Concrete pixel dimensions are derived per-provider. Example: 2K.
        seed (int | Unset): If specified, the generation will sample deterministically, such that repeated requests with
            the same seed and parameters should return the same result. Determinism is not guaranteed for all providers.
        size (str | Unset): Optional. A convenience shorthand for output dimensions — pass a tier ("2K", "4K") or
            explicit pixels ("2048x2048") and we normalize it to the right dimensions for the chosen provider. A tier size
            is equivalent to setting `resolution` and combines with `aspect_ratio`. An explicit pixel size is authoritative:
            a mismatched `resolution` or `aspect_ratio` alongside it is rejected with a 400. Example: 2K.
        stream (bool | Unset): If true, partial images are streamed as SSE events as they become available. Only
            supported by providers with native streaming (currently OpenAI). Non-streaming providers ignore this flag and
            return a buffered response.
    """

    _model: str = _attrs_field(alias="model")
    _prompt: str = _attrs_field(alias="prompt")
    aspect_ratio: ImageGenerationRequestAspectRatio | Unset = UNSET
    background: ImageGenerationRequestBackground | Unset = UNSET
    input_references: list[ContentPartImage] | Unset = UNSET
    n: int | Unset = UNSET
    output_compression: int | Unset = UNSET
    output_format: ImageGenerationRequestOutputFormat | Unset = UNSET
    provider: ImageGenerationProviderPreferences | Unset = UNSET
    quality: ImageGenerationRequestQuality | Unset = UNSET
    resolution: ImageGenerationRequestResolution | Unset = UNSET
    seed: int | Unset = UNSET
    size: str | Unset = UNSET
    stream: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def model(self) -> str:
        value: Any = self._model
        if value is UNSET:
            raise MissingFieldError("ImageGenerationRequest", "model")
        return value

    @model.setter
    def model(self, value: str) -> None:
        self._model = value

    @property
    def prompt(self) -> str:
        value: Any = self._prompt
        if value is UNSET:
            raise MissingFieldError("ImageGenerationRequest", "prompt")
        return value

    @prompt.setter
    def prompt(self, value: str) -> None:
        self._prompt = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"model={self._model!r}, "
            f"prompt={self._prompt!r}, "
            f"aspect_ratio={self.aspect_ratio!r}, "
            f"background={self.background!r}, "
            f"input_references={self.input_references!r}, "
            f"n={self.n!r}, "
            f"output_compression={self.output_compression!r}, "
            f"output_format={self.output_format!r}, "
            f"provider={self.provider!r}, "
            f"quality={self.quality!r}, "
            f"resolution={self.resolution!r}, "
            f"seed={self.seed!r}, "
            f"size={self.size!r}, "
            f"stream={self.stream!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        model: Any = self._model

        prompt: Any = self._prompt

        aspect_ratio: Any = self.aspect_ratio
        if not (isinstance(aspect_ratio, Unset) or aspect_ratio is None):
            aspect_ratio = aspect_ratio.value

        background: Any = self.background
        if not (isinstance(background, Unset) or background is None):
            background = background.value

        input_references: Any = self.input_references
        if not (isinstance(input_references, Unset) or input_references is None):
            input_references = []
            for input_references_item_data in self.input_references:
                input_references_item = input_references_item_data.to_dict()
                input_references.append(input_references_item)

        n: Any = self.n

        output_compression: Any = self.output_compression

        output_format: Any = self.output_format
        if not (isinstance(output_format, Unset) or output_format is None):
            output_format = output_format.value

        provider: Any = self.provider
        if not (isinstance(provider, Unset) or provider is None):
            provider = provider.to_dict()

        quality: Any = self.quality
        if not (isinstance(quality, Unset) or quality is None):
            quality = quality.value

        resolution: Any = self.resolution
        if not (isinstance(resolution, Unset) or resolution is None):
            resolution = resolution.value

        seed: Any = self.seed

        size: Any = self.size

        stream: Any = self.stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if model is not UNSET:
            field_dict["model"] = model
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if background is not UNSET:
            field_dict["background"] = background
        if input_references is not UNSET:
            field_dict["input_references"] = input_references
        if n is not UNSET:
            field_dict["n"] = n
        if output_compression is not UNSET:
            field_dict["output_compression"] = output_compression
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if provider is not UNSET:
            field_dict["provider"] = provider
        if quality is not UNSET:
            field_dict["quality"] = quality
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if size is not UNSET:
            field_dict["size"] = size
        if stream is not UNSET:
            field_dict["stream"] = stream

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ImageGenerationRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "model" not in data:
            return False
        if "prompt" not in data:
            return False
        if "aspect_ratio" in data and not ImageGenerationRequestAspectRatio.is_known(data["aspect_ratio"]):
            return False
        if "background" in data and not ImageGenerationRequestBackground.is_known(data["background"]):
            return False
        if "output_format" in data and not ImageGenerationRequestOutputFormat.is_known(data["output_format"]):
            return False
        if "quality" in data and not ImageGenerationRequestQuality.is_known(data["quality"]):
            return False
        if "resolution" in data and not ImageGenerationRequestResolution.is_known(data["resolution"]):
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
                    f"ImageGenerationRequest is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            model = d.get("model", UNSET)

            prompt = d.get("prompt", UNSET)

            _field = "aspect_ratio"
            _raw_aspect_ratio = d.get("aspect_ratio", UNSET)
            aspect_ratio: Any = _raw_aspect_ratio
            if _raw_aspect_ratio is not None and _raw_aspect_ratio is not UNSET:
                aspect_ratio = ImageGenerationRequestAspectRatio._value2member_map_.get(
                    _raw_aspect_ratio
                ) or ImageGenerationRequestAspectRatio._parse(_raw_aspect_ratio)

            _field = "background"
            _raw_background = d.get("background", UNSET)
            background: Any = _raw_background
            if _raw_background is not None and _raw_background is not UNSET:
                background = ImageGenerationRequestBackground._value2member_map_.get(
                    _raw_background
                ) or ImageGenerationRequestBackground._parse(_raw_background)

            _field = "input_references"
            _raw_input_references = d.get("input_references", UNSET)
            input_references: Any = _raw_input_references
            if _raw_input_references is not None and _raw_input_references is not UNSET:
                input_references = [
                    ContentPartImage.from_dict(input_references_item_data)
                    for input_references_item_data in _raw_input_references
                ]

            n = d.get("n", UNSET)

            output_compression = d.get("output_compression", UNSET)

            _field = "output_format"
            _raw_output_format = d.get("output_format", UNSET)
            output_format: Any = _raw_output_format
            if _raw_output_format is not None and _raw_output_format is not UNSET:
                output_format = ImageGenerationRequestOutputFormat._value2member_map_.get(
                    _raw_output_format
                ) or ImageGenerationRequestOutputFormat._parse(_raw_output_format)

            _field = "provider"
            _raw_provider = d.get("provider", UNSET)
            provider: Any = _raw_provider
            if _raw_provider is not None and _raw_provider is not UNSET:
                provider = ImageGenerationProviderPreferences.from_dict(_raw_provider)

            _field = "quality"
            _raw_quality = d.get("quality", UNSET)
            quality: Any = _raw_quality
            if _raw_quality is not None and _raw_quality is not UNSET:
                quality = ImageGenerationRequestQuality._value2member_map_.get(
                    _raw_quality
                ) or ImageGenerationRequestQuality._parse(_raw_quality)

            _field = "resolution"
            _raw_resolution = d.get("resolution", UNSET)
            resolution: Any = _raw_resolution
            if _raw_resolution is not None and _raw_resolution is not UNSET:
                resolution = ImageGenerationRequestResolution._value2member_map_.get(
                    _raw_resolution
                ) or ImageGenerationRequestResolution._parse(_raw_resolution)

            seed = d.get("seed", UNSET)

            size = d.get("size", UNSET)

            stream = d.get("stream", UNSET)

        except FieldParseError as error:
            raise error.within("ImageGenerationRequest", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ImageGenerationRequest", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        image_generation_request = cls(
            model,
            prompt,
            aspect_ratio,
            background,
            input_references,
            n,
            output_compression,
            output_format,
            provider,
            quality,
            resolution,
            seed,
            size,
            stream,
        )

        if not _DECLARED_KEYS.issuperset(d):
            image_generation_request.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return image_generation_request

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


ImageGenerationRequest.__annotations__ = ResolvingAnnotations(
    ImageGenerationRequest.__annotations__, _resolve_lazy_imports
)
