from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_model_supported_aspect_ratios_type_0_item import VideoModelSupportedAspectRatiosType0Item
from ..models.video_model_supported_frame_images_type_0_item import VideoModelSupportedFrameImagesType0Item
from ..models.video_model_supported_resolutions_type_0_item import VideoModelSupportedResolutionsType0Item
from ..models.video_model_supported_sizes_type_0_item import VideoModelSupportedSizesType0Item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_model_pricing_skus_type_0 import VideoModelPricingSkusType0
    from ..models.video_model_upscale_factor_type_0 import VideoModelUpscaleFactorType0

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, VideoModelPricingSkusType0, VideoModelUpscaleFactorType0
    from ..models.video_model_pricing_skus_type_0 import VideoModelPricingSkusType0  # noqa: PLC0415
    from ..models.video_model_upscale_factor_type_0 import VideoModelUpscaleFactorType0  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="VideoModel")


@_attrs_define
class VideoModel:
    """
    Example:
        {'allowed_passthrough_parameters': [], 'canonical_slug': 'google/veo-3.1', 'created': 1700000000, 'description':
            'Google video generation model', 'generate_audio': True, 'id': 'google/veo-3.1', 'name': 'Veo 3.1',
            'pricing_skus': {'generate': '0.50'}, 'seed': None, 'supported_aspect_ratios': ['16:9'], 'supported_durations':
            [5, 8], 'supported_frame_images': ['first_frame', 'last_frame'], 'supported_resolutions': ['720p'],
            'supported_sizes': None}

    Attributes:
        allowed_passthrough_parameters (list[str]): List of parameters that are allowed to be passed through to the
            provider
        canonical_slug (str): Canonical slug for the model Example: openai/gpt-4.
        created (int): Unix timestamp of when the model was created Example: 1692901234.
        creativity (list[int] | None): Supported creativity levels for video upscaling models
        generate_audio (bool | None): Whether the model supports generating audio alongside video
        id (str): Unique identifier for the model Example: openai/gpt-4.
        name (str): Display name of the model Example: GPT-4.
        seed (bool | None): Whether the model supports deterministic generation via seed parameter
        supported_aspect_ratios (list[VideoModelSupportedAspectRatiosType0Item] | None): Supported output aspect ratios
        supported_durations (list[int] | None): Supported video durations in seconds
        supported_frame_images (list[VideoModelSupportedFrameImagesType0Item] | None): Supported frame image types (e.g.
            first_frame, last_frame)
        supported_resolutions (list[VideoModelSupportedResolutionsType0Item] | None): Supported output resolutions
        supported_sizes (list[VideoModelSupportedSizesType0Item] | None): Supported output sizes (width x height)
        upscale_factor (None | VideoModelUpscaleFactorType0): Supported upscale factor range for video upscaling models
        description (str | Unset): Description of the model Example: GPT-4 is a large multimodal model that can solve
            difficult problems with greater accuracy..
        hugging_face_id (None | str | Unset): Hugging Face model identifier, if applicable Example: microsoft/DialoGPT-
            medium.
        pricing_skus (None | Unset | VideoModelPricingSkusType0): Pricing SKUs with provider prefix stripped, values as
            strings
    """

    allowed_passthrough_parameters: list[str]
    canonical_slug: str
    created: int
    creativity: list[int] | None
    generate_audio: bool | None
    id: str
    name: str
    seed: bool | None
    supported_aspect_ratios: list[VideoModelSupportedAspectRatiosType0Item] | None
    supported_durations: list[int] | None
    supported_frame_images: list[VideoModelSupportedFrameImagesType0Item] | None
    supported_resolutions: list[VideoModelSupportedResolutionsType0Item] | None
    supported_sizes: list[VideoModelSupportedSizesType0Item] | None
    upscale_factor: None | VideoModelUpscaleFactorType0
    description: str | Unset = UNSET
    hugging_face_id: None | str | Unset = UNSET
    pricing_skus: None | Unset | VideoModelPricingSkusType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        allowed_passthrough_parameters: Any = self.allowed_passthrough_parameters
        if not (isinstance(allowed_passthrough_parameters, Unset) or allowed_passthrough_parameters is None):
            allowed_passthrough_parameters = self.allowed_passthrough_parameters

        canonical_slug: Any = self.canonical_slug

        created: Any = self.created

        creativity: Any = self.creativity
        if not (isinstance(creativity, Unset) or creativity is None):
            if isinstance(self.creativity, list):
                creativity = self.creativity

            else:
                creativity = self.creativity

        generate_audio: Any = self.generate_audio
        if not (isinstance(generate_audio, Unset) or generate_audio is None):
            generate_audio = self.generate_audio

        id: Any = self.id

        name: Any = self.name

        seed: Any = self.seed
        if not (isinstance(seed, Unset) or seed is None):
            seed = self.seed

        supported_aspect_ratios: Any = self.supported_aspect_ratios
        if not (isinstance(supported_aspect_ratios, Unset) or supported_aspect_ratios is None):
            if isinstance(self.supported_aspect_ratios, list):
                supported_aspect_ratios = []
                for supported_aspect_ratios_type_0_item_data in self.supported_aspect_ratios:
                    supported_aspect_ratios_type_0_item = supported_aspect_ratios_type_0_item_data.value
                    supported_aspect_ratios.append(supported_aspect_ratios_type_0_item)

            else:
                supported_aspect_ratios = self.supported_aspect_ratios

        supported_durations: Any = self.supported_durations
        if not (isinstance(supported_durations, Unset) or supported_durations is None):
            if isinstance(self.supported_durations, list):
                supported_durations = self.supported_durations

            else:
                supported_durations = self.supported_durations

        supported_frame_images: Any = self.supported_frame_images
        if not (isinstance(supported_frame_images, Unset) or supported_frame_images is None):
            if isinstance(self.supported_frame_images, list):
                supported_frame_images = []
                for supported_frame_images_type_0_item_data in self.supported_frame_images:
                    supported_frame_images_type_0_item = supported_frame_images_type_0_item_data.value
                    supported_frame_images.append(supported_frame_images_type_0_item)

            else:
                supported_frame_images = self.supported_frame_images

        supported_resolutions: Any = self.supported_resolutions
        if not (isinstance(supported_resolutions, Unset) or supported_resolutions is None):
            if isinstance(self.supported_resolutions, list):
                supported_resolutions = []
                for supported_resolutions_type_0_item_data in self.supported_resolutions:
                    supported_resolutions_type_0_item = supported_resolutions_type_0_item_data.value
                    supported_resolutions.append(supported_resolutions_type_0_item)

            else:
                supported_resolutions = self.supported_resolutions

        supported_sizes: Any = self.supported_sizes
        if not (isinstance(supported_sizes, Unset) or supported_sizes is None):
            if isinstance(self.supported_sizes, list):
                supported_sizes = []
                for supported_sizes_type_0_item_data in self.supported_sizes:
                    supported_sizes_type_0_item = supported_sizes_type_0_item_data.value
                    supported_sizes.append(supported_sizes_type_0_item)

            else:
                supported_sizes = self.supported_sizes

        upscale_factor: Any = self.upscale_factor
        if not (isinstance(upscale_factor, Unset) or upscale_factor is None):
            if isinstance(self.upscale_factor, VideoModelUpscaleFactorType0):
                upscale_factor = self.upscale_factor.to_dict()
            else:
                upscale_factor = self.upscale_factor

        description: Any = self.description

        hugging_face_id: Any = self.hugging_face_id
        if not (isinstance(hugging_face_id, Unset) or hugging_face_id is None):
            if isinstance(self.hugging_face_id, Unset):
                hugging_face_id = UNSET
            else:
                hugging_face_id = self.hugging_face_id

        pricing_skus: Any = self.pricing_skus
        if not (isinstance(pricing_skus, Unset) or pricing_skus is None):
            if isinstance(self.pricing_skus, Unset):
                pricing_skus = UNSET
            elif isinstance(self.pricing_skus, VideoModelPricingSkusType0):
                pricing_skus = self.pricing_skus.to_dict()
            else:
                pricing_skus = self.pricing_skus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if allowed_passthrough_parameters is not UNSET:
            field_dict["allowed_passthrough_parameters"] = allowed_passthrough_parameters
        if canonical_slug is not UNSET:
            field_dict["canonical_slug"] = canonical_slug
        if created is not UNSET:
            field_dict["created"] = created
        if creativity is not UNSET:
            field_dict["creativity"] = creativity
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if seed is not UNSET:
            field_dict["seed"] = seed
        if supported_aspect_ratios is not UNSET:
            field_dict["supported_aspect_ratios"] = supported_aspect_ratios
        if supported_durations is not UNSET:
            field_dict["supported_durations"] = supported_durations
        if supported_frame_images is not UNSET:
            field_dict["supported_frame_images"] = supported_frame_images
        if supported_resolutions is not UNSET:
            field_dict["supported_resolutions"] = supported_resolutions
        if supported_sizes is not UNSET:
            field_dict["supported_sizes"] = supported_sizes
        if upscale_factor is not UNSET:
            field_dict["upscale_factor"] = upscale_factor
        if description is not UNSET:
            field_dict["description"] = description
        if hugging_face_id is not UNSET:
            field_dict["hugging_face_id"] = hugging_face_id
        if pricing_skus is not UNSET:
            field_dict["pricing_skus"] = pricing_skus

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of VideoModel and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "allowed_passthrough_parameters" not in data:
            return False
        if "canonical_slug" not in data:
            return False
        if "created" not in data:
            return False
        if "creativity" not in data:
            return False
        if "generate_audio" not in data:
            return False
        if "id" not in data:
            return False
        if "name" not in data:
            return False
        if "seed" not in data:
            return False
        if "supported_aspect_ratios" not in data:
            return False
        if "supported_durations" not in data:
            return False
        if "supported_frame_images" not in data:
            return False
        if "supported_resolutions" not in data:
            return False
        if "supported_sizes" not in data:
            return False
        if "upscale_factor" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_allowed_passthrough_parameters = d.pop("allowed_passthrough_parameters", UNSET)
        allowed_passthrough_parameters: Any = _raw_allowed_passthrough_parameters
        if _raw_allowed_passthrough_parameters is not None and _raw_allowed_passthrough_parameters is not UNSET:
            allowed_passthrough_parameters = cast("list[str]", _raw_allowed_passthrough_parameters)

        canonical_slug = d.pop("canonical_slug", UNSET)

        created = d.pop("created", UNSET)

        _raw_creativity = d.pop("creativity", UNSET)
        creativity: Any = _raw_creativity
        if _raw_creativity is not None and _raw_creativity is not UNSET:
            creativity = _parse_creativity(_raw_creativity)

        generate_audio = d.pop("generate_audio", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        seed = d.pop("seed", UNSET)

        _raw_supported_aspect_ratios = d.pop("supported_aspect_ratios", UNSET)
        supported_aspect_ratios: Any = _raw_supported_aspect_ratios
        if _raw_supported_aspect_ratios is not None and _raw_supported_aspect_ratios is not UNSET:
            supported_aspect_ratios = _parse_supported_aspect_ratios(_raw_supported_aspect_ratios)

        _raw_supported_durations = d.pop("supported_durations", UNSET)
        supported_durations: Any = _raw_supported_durations
        if _raw_supported_durations is not None and _raw_supported_durations is not UNSET:
            supported_durations = _parse_supported_durations(_raw_supported_durations)

        _raw_supported_frame_images = d.pop("supported_frame_images", UNSET)
        supported_frame_images: Any = _raw_supported_frame_images
        if _raw_supported_frame_images is not None and _raw_supported_frame_images is not UNSET:
            supported_frame_images = _parse_supported_frame_images(_raw_supported_frame_images)

        _raw_supported_resolutions = d.pop("supported_resolutions", UNSET)
        supported_resolutions: Any = _raw_supported_resolutions
        if _raw_supported_resolutions is not None and _raw_supported_resolutions is not UNSET:
            supported_resolutions = _parse_supported_resolutions(_raw_supported_resolutions)

        _raw_supported_sizes = d.pop("supported_sizes", UNSET)
        supported_sizes: Any = _raw_supported_sizes
        if _raw_supported_sizes is not None and _raw_supported_sizes is not UNSET:
            supported_sizes = _parse_supported_sizes(_raw_supported_sizes)

        _raw_upscale_factor = d.pop("upscale_factor", UNSET)
        upscale_factor: Any = _raw_upscale_factor
        if _raw_upscale_factor is not None and _raw_upscale_factor is not UNSET:
            upscale_factor = _parse_upscale_factor(_raw_upscale_factor)

        description = d.pop("description", UNSET)

        hugging_face_id = d.pop("hugging_face_id", UNSET)

        _raw_pricing_skus = d.pop("pricing_skus", UNSET)
        pricing_skus: Any = _raw_pricing_skus
        if _raw_pricing_skus is not None and _raw_pricing_skus is not UNSET:
            pricing_skus = _parse_pricing_skus(_raw_pricing_skus)

        video_model = cls(
            allowed_passthrough_parameters=allowed_passthrough_parameters,
            canonical_slug=canonical_slug,
            created=created,
            creativity=creativity,
            generate_audio=generate_audio,
            id=id,
            name=name,
            seed=seed,
            supported_aspect_ratios=supported_aspect_ratios,
            supported_durations=supported_durations,
            supported_frame_images=supported_frame_images,
            supported_resolutions=supported_resolutions,
            supported_sizes=supported_sizes,
            upscale_factor=upscale_factor,
            description=description,
            hugging_face_id=hugging_face_id,
            pricing_skus=pricing_skus,
        )

        video_model.additional_properties = d
        return video_model

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


def _parse_creativity(data: object) -> list[int] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        creativity_type_0 = cast("list[int]", data)

        return creativity_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[int] | None", data)


def _parse_supported_aspect_ratios(data: object) -> list[VideoModelSupportedAspectRatiosType0Item] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        supported_aspect_ratios_type_0 = []
        _supported_aspect_ratios_type_0 = data
        for supported_aspect_ratios_type_0_item_data in _supported_aspect_ratios_type_0:
            supported_aspect_ratios_type_0_item = VideoModelSupportedAspectRatiosType0Item._parse(
                supported_aspect_ratios_type_0_item_data
            )

            supported_aspect_ratios_type_0.append(supported_aspect_ratios_type_0_item)

        return supported_aspect_ratios_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[VideoModelSupportedAspectRatiosType0Item] | None", data)


def _parse_supported_durations(data: object) -> list[int] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        supported_durations_type_0 = cast("list[int]", data)

        return supported_durations_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[int] | None", data)


def _parse_supported_frame_images(data: object) -> list[VideoModelSupportedFrameImagesType0Item] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        supported_frame_images_type_0 = []
        _supported_frame_images_type_0 = data
        for supported_frame_images_type_0_item_data in _supported_frame_images_type_0:
            supported_frame_images_type_0_item = VideoModelSupportedFrameImagesType0Item._parse(
                supported_frame_images_type_0_item_data
            )

            supported_frame_images_type_0.append(supported_frame_images_type_0_item)

        return supported_frame_images_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[VideoModelSupportedFrameImagesType0Item] | None", data)


def _parse_supported_resolutions(data: object) -> list[VideoModelSupportedResolutionsType0Item] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        supported_resolutions_type_0 = []
        _supported_resolutions_type_0 = data
        for supported_resolutions_type_0_item_data in _supported_resolutions_type_0:
            supported_resolutions_type_0_item = VideoModelSupportedResolutionsType0Item._parse(
                supported_resolutions_type_0_item_data
            )

            supported_resolutions_type_0.append(supported_resolutions_type_0_item)

        return supported_resolutions_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[VideoModelSupportedResolutionsType0Item] | None", data)


def _parse_supported_sizes(data: object) -> list[VideoModelSupportedSizesType0Item] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        supported_sizes_type_0 = []
        _supported_sizes_type_0 = data
        for supported_sizes_type_0_item_data in _supported_sizes_type_0:
            supported_sizes_type_0_item = VideoModelSupportedSizesType0Item._parse(supported_sizes_type_0_item_data)

            supported_sizes_type_0.append(supported_sizes_type_0_item)

        return supported_sizes_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[VideoModelSupportedSizesType0Item] | None", data)


def _parse_upscale_factor(data: object) -> None | VideoModelUpscaleFactorType0:
    if data is None:
        return data
    if VideoModelUpscaleFactorType0._matches(data):
        try:
            upscale_factor_type_0 = VideoModelUpscaleFactorType0.from_dict(data)

            return upscale_factor_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        upscale_factor_type_0 = VideoModelUpscaleFactorType0.from_dict(data)

        return upscale_factor_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | VideoModelUpscaleFactorType0", data)


def _parse_pricing_skus(data: object) -> None | Unset | VideoModelPricingSkusType0:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if VideoModelPricingSkusType0._matches(data):
        try:
            pricing_skus_type_0 = VideoModelPricingSkusType0.from_dict(data)

            return pricing_skus_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        pricing_skus_type_0 = VideoModelPricingSkusType0.from_dict(data)

        return pricing_skus_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | Unset | VideoModelPricingSkusType0", data)
