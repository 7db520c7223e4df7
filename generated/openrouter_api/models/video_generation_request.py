from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_generation_request_aspect_ratio import VideoGenerationRequestAspectRatio
from ..models.video_generation_request_resolution import VideoGenerationRequestResolution
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.content_part_audio import ContentPartAudio
    from ..models.content_part_image import ContentPartImage
    from ..models.content_part_video import ContentPartVideo
    from ..models.frame_image import FrameImage
    from ..models.video_generation_request_provider import VideoGenerationRequestProvider

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        ContentPartAudio, \
        ContentPartImage, \
        ContentPartVideo, \
        FrameImage, \
        VideoGenerationRequestProvider
    if _lazy_imports_resolved:
        return
    from ..models.content_part_audio import ContentPartAudio  # noqa: PLC0415
    from ..models.content_part_image import ContentPartImage  # noqa: PLC0415
    from ..models.content_part_video import ContentPartVideo  # noqa: PLC0415
    from ..models.frame_image import FrameImage  # noqa: PLC0415
    from ..models.video_generation_request_provider import VideoGenerationRequestProvider  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="VideoGenerationRequest")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "model",
        "aspect_ratio",
        "callback_url",
        "creativity",
        "duration",
        "frame_images",
        "generate_audio",
        "input_references",
        "prompt",
        "provider",
        "resolution",
        "seed",
        "size",
        "upscale_factor",
    }
)


@_attrs_define(repr=False)
class VideoGenerationRequest:
    """
    Example:
        {'aspect_ratio': '16:9', 'duration': 8, 'model': 'google/veo-3.1', 'prompt': 'A serene mountain landscape at
            sunset', 'resolution': '720p'}

    Attributes:
        model (str):
        aspect_ratio (VideoGenerationRequestAspectRatio | Unset): Aspect ratio of the generated video Example: 16:9.
        callback_url (str | Unset): URL to receive a webhook notification when the video generation job completes.
            Overrides the workspace-level default callback URL if set. Must be HTTPS. Example: https://example.com/webhook.
        creativity (int | Unset): Creativity level for video upscaling models only. This parameter is not supported by
            video generation models. Example: 1.
        duration (int | Unset): Duration of the generated video in seconds Example: 8.
        frame_images (list[FrameImage] | Unset): Images to use as the first and/or last frame of the generated video.
            Each image must specify a frame_type of first_frame or last_frame.
        generate_audio (bool | Unset): Whether to generate audio alongside the video. Defaults to the endpoint's
            generate_audio capability flag, false if not set. Example: True.
        input_references (list[ContentPartAudio | ContentPartImage | ContentPartVideo] | Unset): Reference assets to
            guide video generation. Accepts image, audio, and video references. Audio and video references are only honored
            by providers that support them (including BytePlus Seedance generation 2 and newer); other providers use image
            references and ignore the rest.
        prompt (str | Unset): Text prompt describing the video to generate. Optional for models that support generating
            a video from image input alone; required by all other models. Example: A serene mountain landscape at sunset.
        provider (VideoGenerationRequestProvider | Unset): Provider-specific passthrough configuration
        resolution (VideoGenerationRequestResolution | Unset): Resolution of the generated video Example: 720p.
        seed (int | Unset): If specified, the generation will sample deterministically, such that repeated requests with
            the same seed and parameters should return the same result. Determinism is not guaranteed for all providers.
        size (str | Unset): Exact pixel dimensions of the generated video in "WIDTHxHEIGHT" format (e.g. "1280x720").
            Interchangeable with resolution + aspect_ratio. Example: 1280x720.
        upscale_factor (float | Unset): Upscale factor for video upscaling models only. This parameter is not supported
            by video generation models. Example: 2.
    """

    _model: str = _attrs_field(alias="model")
    aspect_ratio: VideoGenerationRequestAspectRatio | Unset = UNSET
    callback_url: str | Unset = UNSET
    creativity: int | Unset = UNSET
    duration: int | Unset = UNSET
    frame_images: list[FrameImage] | Unset = UNSET
    generate_audio: bool | Unset = UNSET
    input_references: list[ContentPartAudio | ContentPartImage | ContentPartVideo] | Unset = UNSET
    prompt: str | Unset = UNSET
    provider: VideoGenerationRequestProvider | Unset = UNSET
    resolution: VideoGenerationRequestResolution | Unset = UNSET
    seed: int | Unset = UNSET
    size: str | Unset = UNSET
    upscale_factor: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def model(self) -> str:
        value: Any = self._model
        if value is UNSET:
            raise MissingFieldError("VideoGenerationRequest", "model")
        return value

    @model.setter
    def model(self, value: str) -> None:
        self._model = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"model={self._model!r}, "
            f"aspect_ratio={self.aspect_ratio!r}, "
            f"callback_url={self.callback_url!r}, "
            f"creativity={self.creativity!r}, "
            f"duration={self.duration!r}, "
            f"frame_images={self.frame_images!r}, "
            f"generate_audio={self.generate_audio!r}, "
            f"input_references={self.input_references!r}, "
            f"prompt={self.prompt!r}, "
            f"provider={self.provider!r}, "
            f"resolution={self.resolution!r}, "
            f"seed={self.seed!r}, "
            f"size={self.size!r}, "
            f"upscale_factor={self.upscale_factor!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        model: Any = self._model

        aspect_ratio: Any = self.aspect_ratio
        if not (isinstance(aspect_ratio, Unset) or aspect_ratio is None):
            aspect_ratio = aspect_ratio.value

        callback_url: Any = self.callback_url

        creativity: Any = self.creativity

        duration: Any = self.duration

        frame_images: Any = self.frame_images
        if not (isinstance(frame_images, Unset) or frame_images is None):
            frame_images = []
            for frame_images_item_data in self.frame_images:
                frame_images_item = frame_images_item_data.to_dict()
                frame_images.append(frame_images_item)

        generate_audio: Any = self.generate_audio

        input_references: Any = self.input_references
        if not (isinstance(input_references, Unset) or input_references is None):
            input_references = []
            for input_references_item_data in self.input_references:
                input_references_item: dict[str, Any]
                if isinstance(input_references_item_data, ContentPartImage):
                    input_references_item = input_references_item_data.to_dict()
                elif isinstance(input_references_item_data, ContentPartAudio):
                    input_references_item = input_references_item_data.to_dict()
                else:
                    input_references_item = input_references_item_data.to_dict()

                input_references.append(input_references_item)

        prompt: Any = self.prompt

        provider: Any = self.provider
        if not (isinstance(provider, Unset) or provider is None):
            provider = provider.to_dict()

        resolution: Any = self.resolution
        if not (isinstance(resolution, Unset) or resolution is None):
            resolution = resolution.value

        seed: Any = self.seed

        size: Any = self.size

        upscale_factor: Any = self.upscale_factor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if model is not UNSET:
            field_dict["model"] = model
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if creativity is not UNSET:
            field_dict["creativity"] = creativity
        if duration is not UNSET:
            field_dict["duration"] = duration
        if frame_images is not UNSET:
            field_dict["frame_images"] = frame_images
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if input_references is not UNSET:
            field_dict["input_references"] = input_references
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if provider is not UNSET:
            field_dict["provider"] = provider
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if size is not UNSET:
            field_dict["size"] = size
        if upscale_factor is not UNSET:
            field_dict["upscale_factor"] = upscale_factor

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of VideoGenerationRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "model" not in data:
            return False
        if "aspect_ratio" in data and not VideoGenerationRequestAspectRatio.is_known(data["aspect_ratio"]):
            return False
        if "resolution" in data and not VideoGenerationRequestResolution.is_known(data["resolution"]):
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
                    f"VideoGenerationRequest is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            model = d.get("model", UNSET)

            _field = "aspect_ratio"
            _raw_aspect_ratio = d.get("aspect_ratio", UNSET)
            aspect_ratio: Any = _raw_aspect_ratio
            if _raw_aspect_ratio is not None and _raw_aspect_ratio is not UNSET:
                aspect_ratio = VideoGenerationRequestAspectRatio._value2member_map_.get(
                    _raw_aspect_ratio
                ) or VideoGenerationRequestAspectRatio._parse(_raw_aspect_ratio)

            callback_url = d.get("callback_url", UNSET)

            creativity = d.get("creativity", UNSET)

            duration = d.get("duration", UNSET)

            _field = "frame_images"
            _raw_frame_images = d.get("frame_images", UNSET)
            frame_images: Any = _raw_frame_images
            if _raw_frame_images is not None and _raw_frame_images is not UNSET:
                frame_images = [
                    FrameImage.from_dict(frame_images_item_data) for frame_images_item_data in _raw_frame_images
                ]

            generate_audio = d.get("generate_audio", UNSET)

            _field = "input_references"
            _raw_input_references = d.get("input_references", UNSET)
            input_references: Any = _raw_input_references
            if _raw_input_references is not None and _raw_input_references is not UNSET:
                input_references = [
                    _parse_input_references_item(input_references_item_data)
                    for input_references_item_data in _raw_input_references
                ]

            prompt = d.get("prompt", UNSET)

            _field = "provider"
            _raw_provider = d.get("provider", UNSET)
            provider: Any = _raw_provider
            if _raw_provider is not None and _raw_provider is not UNSET:
                provider = VideoGenerationRequestProvider.from_dict(_raw_provider)

            _field = "resolution"
            _raw_resolution = d.get("resolution", UNSET)
            resolution: Any = _raw_resolution
            if _raw_resolution is not None and _raw_resolution is not UNSET:
                resolution = VideoGenerationRequestResolution._value2member_map_.get(
                    _raw_resolution
                ) or VideoGenerationRequestResolution._parse(_raw_resolution)

            seed = d.get("seed", UNSET)

            size = d.get("size", UNSET)

            upscale_factor = d.get("upscale_factor", UNSET)

        except FieldParseError as error:
            raise error.within("VideoGenerationRequest", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("VideoGenerationRequest", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        video_generation_request = cls(
            model,
            aspect_ratio,
            callback_url,
            creativity,
            duration,
            frame_images,
            generate_audio,
            input_references,
            prompt,
            provider,
            resolution,
            seed,
            size,
            upscale_factor,
        )

        if not _DECLARED_KEYS.issuperset(d):
            video_generation_request.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return video_generation_request

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


VideoGenerationRequest.__annotations__ = ResolvingAnnotations(
    VideoGenerationRequest.__annotations__, _resolve_lazy_imports
)


def _parse_input_references_item(data: object) -> ContentPartAudio | ContentPartImage | ContentPartVideo:
    if ContentPartImage._matches(data):
        try:
            componentsschemas_input_reference_type_0 = ContentPartImage.from_dict(data)

            return componentsschemas_input_reference_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ContentPartAudio._matches(data):
        try:
            componentsschemas_input_reference_type_1 = ContentPartAudio.from_dict(data)

            return componentsschemas_input_reference_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ContentPartVideo._matches(data):
        try:
            componentsschemas_input_reference_type_2 = ContentPartVideo.from_dict(data)

            return componentsschemas_input_reference_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_input_reference_type_0 = ContentPartImage.from_dict(data)

        return componentsschemas_input_reference_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_input_reference_type_1 = ContentPartAudio.from_dict(data)

        return componentsschemas_input_reference_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_input_reference_type_2 = ContentPartVideo.from_dict(data)

    return componentsschemas_input_reference_type_2
