from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_model_supported_aspect_ratios_type_0_item import VideoModelSupportedAspectRatiosType0Item
from ..models.video_model_supported_frame_images_type_0_item import VideoModelSupportedFrameImagesType0Item
from ..models.video_model_supported_resolutions_type_0_item import VideoModelSupportedResolutionsType0Item
from ..models.video_model_supported_sizes_type_0_item import VideoModelSupportedSizesType0Item
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.video_model_pricing_skus_type_0 import VideoModelPricingSkusType0
    from ..models.video_model_upscale_factor_type_0 import VideoModelUpscaleFactorType0

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, VideoModelPricingSkusType0, VideoModelUpscaleFactorType0
    if _lazy_imports_resolved:
        return
    from ..models.video_model_pricing_skus_type_0 import VideoModelPricingSkusType0  # noqa: PLC0415
    from ..models.video_model_upscale_factor_type_0 import VideoModelUpscaleFactorType0  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="VideoModel")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "allowed_passthrough_parameters",
        "canonical_slug",
        "created",
        "creativity",
        "generate_audio",
        "id",
        "name",
        "seed",
        "supported_aspect_ratios",
        "supported_durations",
        "supported_frame_images",
        "supported_resolutions",
        "supported_sizes",
        "upscale_factor",
        "description",
        "hugging_face_id",
        "pricing_skus",
    }
)


@_attrs_define(repr=False)
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

    _allowed_passthrough_parameters: list[str] = _attrs_field(alias="allowed_passthrough_parameters")
    _canonical_slug: str = _attrs_field(alias="canonical_slug")
    _created: int = _attrs_field(alias="created")
    _creativity: list[int] | None = _attrs_field(alias="creativity")
    _generate_audio: bool | None = _attrs_field(alias="generate_audio")
    _id: str = _attrs_field(alias="id")
    _name: str = _attrs_field(alias="name")
    _seed: bool | None = _attrs_field(alias="seed")
    _supported_aspect_ratios: list[VideoModelSupportedAspectRatiosType0Item] | None = _attrs_field(
        alias="supported_aspect_ratios"
    )
    _supported_durations: list[int] | None = _attrs_field(alias="supported_durations")
    _supported_frame_images: list[VideoModelSupportedFrameImagesType0Item] | None = _attrs_field(
        alias="supported_frame_images"
    )
    _supported_resolutions: list[VideoModelSupportedResolutionsType0Item] | None = _attrs_field(
        alias="supported_resolutions"
    )
    _supported_sizes: list[VideoModelSupportedSizesType0Item] | None = _attrs_field(alias="supported_sizes")
    _upscale_factor: None | VideoModelUpscaleFactorType0 = _attrs_field(alias="upscale_factor")
    description: str | Unset = UNSET
    hugging_face_id: None | str | Unset = UNSET
    pricing_skus: None | Unset | VideoModelPricingSkusType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def allowed_passthrough_parameters(self) -> list[str]:
        value: Any = self._allowed_passthrough_parameters
        if value is UNSET:
            raise MissingFieldError("VideoModel", "allowed_passthrough_parameters")
        return value

    @allowed_passthrough_parameters.setter
    def allowed_passthrough_parameters(self, value: list[str]) -> None:
        self._allowed_passthrough_parameters = value

    @property
    def canonical_slug(self) -> str:
        value: Any = self._canonical_slug
        if value is UNSET:
            raise MissingFieldError("VideoModel", "canonical_slug")
        return value

    @canonical_slug.setter
    def canonical_slug(self, value: str) -> None:
        self._canonical_slug = value

    @property
    def created(self) -> int:
        value: Any = self._created
        if value is UNSET:
            raise MissingFieldError("VideoModel", "created")
        return value

    @created.setter
    def created(self, value: int) -> None:
        self._created = value

    @property
    def creativity(self) -> list[int] | None:
        value: Any = self._creativity
        if value is UNSET:
            raise MissingFieldError("VideoModel", "creativity")
        return value

    @creativity.setter
    def creativity(self, value: list[int] | None) -> None:
        self._creativity = value

    @property
    def generate_audio(self) -> bool | None:
        value: Any = self._generate_audio
        if value is UNSET:
            raise MissingFieldError("VideoModel", "generate_audio")
        return value

    @generate_audio.setter
    def generate_audio(self, value: bool | None) -> None:
        self._generate_audio = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("VideoModel", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("VideoModel", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def seed(self) -> bool | None:
        value: Any = self._seed
        if value is UNSET:
            raise MissingFieldError("VideoModel", "seed")
        return value

    @seed.setter
    def seed(self, value: bool | None) -> None:
        self._seed = value

    @property
    def supported_aspect_ratios(self) -> list[VideoModelSupportedAspectRatiosType0Item] | None:
        value: Any = self._supported_aspect_ratios
        if value is UNSET:
            raise MissingFieldError("VideoModel", "supported_aspect_ratios")
        return value

    @supported_aspect_ratios.setter
    def supported_aspect_ratios(self, value: list[VideoModelSupportedAspectRatiosType0Item] | None) -> None:
        self._supported_aspect_ratios = value

    @property
    def supported_durations(self) -> list[int] | None:
        value: Any = self._supported_durations
        if value is UNSET:
            raise MissingFieldError("VideoModel", "supported_durations")
        return value

    @supported_durations.setter
    def supported_durations(self, value: list[int] | None) -> None:
        self._supported_durations = value

    @property
    def supported_frame_images(self) -> list[VideoModelSupportedFrameImagesType0Item] | None:
        value: Any = self._supported_frame_images
        if value is UNSET:
            raise MissingFieldError("VideoModel", "supported_frame_images")
        return value

    @supported_frame_images.setter
    def supported_frame_images(self, value: list[VideoModelSupportedFrameImagesType0Item] | None) -> None:
        self._supported_frame_images = value

    @property
    def supported_resolutions(self) -> list[VideoModelSupportedResolutionsType0Item] | None:
        value: Any = self._supported_resolutions
        if value is UNSET:
            raise MissingFieldError("VideoModel", "supported_resolutions")
        return value

    @supported_resolutions.setter
    def supported_resolutions(self, value: list[VideoModelSupportedResolutionsType0Item] | None) -> None:
        self._supported_resolutions = value

    @property
    def supported_sizes(self) -> list[VideoModelSupportedSizesType0Item] | None:
        value: Any = self._supported_sizes
        if value is UNSET:
            raise MissingFieldError("VideoModel", "supported_sizes")
        return value

    @supported_sizes.setter
    def supported_sizes(self, value: list[VideoModelSupportedSizesType0Item] | None) -> None:
        self._supported_sizes = value

    @property
    def upscale_factor(self) -> None | VideoModelUpscaleFactorType0:
        value: Any = self._upscale_factor
        if value is UNSET:
            raise MissingFieldError("VideoModel", "upscale_factor")
        return value

    @upscale_factor.setter
    def upscale_factor(self, value: None | VideoModelUpscaleFactorType0) -> None:
        self._upscale_factor = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"allowed_passthrough_parameters={self._allowed_passthrough_parameters!r}, "
            f"canonical_slug={self._canonical_slug!r}, "
            f"created={self._created!r}, "
            f"creativity={self._creativity!r}, "
            f"generate_audio={self._generate_audio!r}, "
            f"id={self._id!r}, "
            f"name={self._name!r}, "
            f"seed={self._seed!r}, "
            f"supported_aspect_ratios={self._supported_aspect_ratios!r}, "
            f"supported_durations={self._supported_durations!r}, "
            f"supported_frame_images={self._supported_frame_images!r}, "
            f"supported_resolutions={self._supported_resolutions!r}, "
            f"supported_sizes={self._supported_sizes!r}, "
            f"upscale_factor={self._upscale_factor!r}, "
            f"description={self.description!r}, "
            f"hugging_face_id={self.hugging_face_id!r}, "
            f"pricing_skus={self.pricing_skus!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        allowed_passthrough_parameters: Any = self._allowed_passthrough_parameters
        if not (isinstance(allowed_passthrough_parameters, Unset) or allowed_passthrough_parameters is None):
            allowed_passthrough_parameters = self._allowed_passthrough_parameters

        canonical_slug: Any = self._canonical_slug

        created: Any = self._created

        creativity: Any = self._creativity
        if not (isinstance(creativity, Unset) or creativity is None):
            if isinstance(self._creativity, list):
                creativity = self._creativity

            else:
                creativity = self._creativity

        generate_audio: Any = self._generate_audio

        id: Any = self._id

        name: Any = self._name

        seed: Any = self._seed

        supported_aspect_ratios: Any = self._supported_aspect_ratios
        if not (isinstance(supported_aspect_ratios, Unset) or supported_aspect_ratios is None):
            if isinstance(self._supported_aspect_ratios, list):
                supported_aspect_ratios = []
                for supported_aspect_ratios_type_0_item_data in self._supported_aspect_ratios:
                    supported_aspect_ratios_type_0_item = supported_aspect_ratios_type_0_item_data.value
                    supported_aspect_ratios.append(supported_aspect_ratios_type_0_item)

            else:
                supported_aspect_ratios = self._supported_aspect_ratios

        supported_durations: Any = self._supported_durations
        if not (isinstance(supported_durations, Unset) or supported_durations is None):
            if isinstance(self._supported_durations, list):
                supported_durations = self._supported_durations

            else:
                supported_durations = self._supported_durations

        supported_frame_images: Any = self._supported_frame_images
        if not (isinstance(supported_frame_images, Unset) or supported_frame_images is None):
            if isinstance(self._supported_frame_images, list):
                supported_frame_images = []
                for supported_frame_images_type_0_item_data in self._supported_frame_images:
                    supported_frame_images_type_0_item = supported_frame_images_type_0_item_data.value
                    supported_frame_images.append(supported_frame_images_type_0_item)

            else:
                supported_frame_images = self._supported_frame_images

        supported_resolutions: Any = self._supported_resolutions
        if not (isinstance(supported_resolutions, Unset) or supported_resolutions is None):
            if isinstance(self._supported_resolutions, list):
                supported_resolutions = []
                for supported_resolutions_type_0_item_data in self._supported_resolutions:
                    supported_resolutions_type_0_item = supported_resolutions_type_0_item_data.value
                    supported_resolutions.append(supported_resolutions_type_0_item)

            else:
                supported_resolutions = self._supported_resolutions

        supported_sizes: Any = self._supported_sizes
        if not (isinstance(supported_sizes, Unset) or supported_sizes is None):
            if isinstance(self._supported_sizes, list):
                supported_sizes = []
                for supported_sizes_type_0_item_data in self._supported_sizes:
                    supported_sizes_type_0_item = supported_sizes_type_0_item_data.value
                    supported_sizes.append(supported_sizes_type_0_item)

            else:
                supported_sizes = self._supported_sizes

        upscale_factor: Any = self._upscale_factor
        if not (isinstance(upscale_factor, Unset) or upscale_factor is None):
            if isinstance(self._upscale_factor, VideoModelUpscaleFactorType0):
                upscale_factor = self._upscale_factor.to_dict()
            else:
                upscale_factor = self._upscale_factor

        description: Any = self.description

        hugging_face_id: Any = self.hugging_face_id

        pricing_skus: Any = self.pricing_skus
        if not (isinstance(pricing_skus, Unset) or pricing_skus is None):
            if isinstance(self.pricing_skus, VideoModelPricingSkusType0):
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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"VideoModel is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "allowed_passthrough_parameters"
            _raw_allowed_passthrough_parameters = d.get("allowed_passthrough_parameters", UNSET)
            allowed_passthrough_parameters: Any = _raw_allowed_passthrough_parameters
            if _raw_allowed_passthrough_parameters is not None and _raw_allowed_passthrough_parameters is not UNSET:
                allowed_passthrough_parameters = cast("list[str]", _raw_allowed_passthrough_parameters)

            canonical_slug = d.get("canonical_slug", UNSET)

            created = d.get("created", UNSET)

            _field = "creativity"
            _raw_creativity = d.get("creativity", UNSET)
            creativity: Any = _raw_creativity
            if _raw_creativity is not None and _raw_creativity is not UNSET:
                creativity = _parse_creativity(_raw_creativity)

            generate_audio = d.get("generate_audio", UNSET)

            id = d.get("id", UNSET)

            name = d.get("name", UNSET)

            seed = d.get("seed", UNSET)

            _field = "supported_aspect_ratios"
            _raw_supported_aspect_ratios = d.get("supported_aspect_ratios", UNSET)
            supported_aspect_ratios: Any = _raw_supported_aspect_ratios
            if _raw_supported_aspect_ratios is not None and _raw_supported_aspect_ratios is not UNSET:
                supported_aspect_ratios = _parse_supported_aspect_ratios(_raw_supported_aspect_ratios)

            _field = "supported_durations"
            _raw_supported_durations = d.get("supported_durations", UNSET)
            supported_durations: Any = _raw_supported_durations
            if _raw_supported_durations is not None and _raw_supported_durations is not UNSET:
                supported_durations = _parse_supported_durations(_raw_supported_durations)

            _field = "supported_frame_images"
            _raw_supported_frame_images = d.get("supported_frame_images", UNSET)
            supported_frame_images: Any = _raw_supported_frame_images
            if _raw_supported_frame_images is not None and _raw_supported_frame_images is not UNSET:
                supported_frame_images = _parse_supported_frame_images(_raw_supported_frame_images)

            _field = "supported_resolutions"
            _raw_supported_resolutions = d.get("supported_resolutions", UNSET)
            supported_resolutions: Any = _raw_supported_resolutions
            if _raw_supported_resolutions is not None and _raw_supported_resolutions is not UNSET:
                supported_resolutions = _parse_supported_resolutions(_raw_supported_resolutions)

            _field = "supported_sizes"
            _raw_supported_sizes = d.get("supported_sizes", UNSET)
            supported_sizes: Any = _raw_supported_sizes
            if _raw_supported_sizes is not None and _raw_supported_sizes is not UNSET:
                supported_sizes = _parse_supported_sizes(_raw_supported_sizes)

            _field = "upscale_factor"
            _raw_upscale_factor = d.get("upscale_factor", UNSET)
            upscale_factor: Any = _raw_upscale_factor
            if _raw_upscale_factor is not None and _raw_upscale_factor is not UNSET:
                upscale_factor = (
                    VideoModelUpscaleFactorType0.from_dict(_raw_upscale_factor)
                    if type(_raw_upscale_factor) is dict
                    else _parse_upscale_factor(_raw_upscale_factor)
                )

            description = d.get("description", UNSET)

            hugging_face_id = d.get("hugging_face_id", UNSET)

            _field = "pricing_skus"
            _raw_pricing_skus = d.get("pricing_skus", UNSET)
            pricing_skus: Any = _raw_pricing_skus
            if _raw_pricing_skus is not None and _raw_pricing_skus is not UNSET:
                pricing_skus = (
                    VideoModelPricingSkusType0.from_dict(_raw_pricing_skus)
                    if type(_raw_pricing_skus) is dict
                    else _parse_pricing_skus(_raw_pricing_skus)
                )

        except FieldParseError as error:
            raise error.within("VideoModel", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("VideoModel", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        video_model = cls(
            allowed_passthrough_parameters,
            canonical_slug,
            created,
            creativity,
            generate_audio,
            id,
            name,
            seed,
            supported_aspect_ratios,
            supported_durations,
            supported_frame_images,
            supported_resolutions,
            supported_sizes,
            upscale_factor,
            description,
            hugging_face_id,
            pricing_skus,
        )

        if not _DECLARED_KEYS.issuperset(d):
            video_model.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
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


VideoModel.__annotations__ = ResolvingAnnotations(VideoModel.__annotations__, _resolve_lazy_imports)


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
        supported_aspect_ratios_type_0 = [
            VideoModelSupportedAspectRatiosType0Item._value2member_map_.get(supported_aspect_ratios_type_0_item_data)
            or VideoModelSupportedAspectRatiosType0Item._parse(supported_aspect_ratios_type_0_item_data)
            for supported_aspect_ratios_type_0_item_data in data
        ]

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
        supported_frame_images_type_0 = [
            VideoModelSupportedFrameImagesType0Item._value2member_map_.get(supported_frame_images_type_0_item_data)
            or VideoModelSupportedFrameImagesType0Item._parse(supported_frame_images_type_0_item_data)
            for supported_frame_images_type_0_item_data in data
        ]

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
        supported_resolutions_type_0 = [
            VideoModelSupportedResolutionsType0Item._value2member_map_.get(supported_resolutions_type_0_item_data)
            or VideoModelSupportedResolutionsType0Item._parse(supported_resolutions_type_0_item_data)
            for supported_resolutions_type_0_item_data in data
        ]

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
        supported_sizes_type_0 = [
            VideoModelSupportedSizesType0Item._value2member_map_.get(supported_sizes_type_0_item_data)
            or VideoModelSupportedSizesType0Item._parse(supported_sizes_type_0_item_data)
            for supported_sizes_type_0_item_data in data
        ]

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
