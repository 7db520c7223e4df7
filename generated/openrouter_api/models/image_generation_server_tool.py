from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_generation_server_tool_background import ImageGenerationServerToolBackground
from ..models.image_generation_server_tool_input_fidelity_type_1 import ImageGenerationServerToolInputFidelityType1
from ..models.image_generation_server_tool_input_fidelity_type_2_type_1 import (
    ImageGenerationServerToolInputFidelityType2Type1,
)
from ..models.image_generation_server_tool_input_fidelity_type_3_type_1 import (
    ImageGenerationServerToolInputFidelityType3Type1,
)
from ..models.image_generation_server_tool_moderation import ImageGenerationServerToolModeration
from ..models.image_generation_server_tool_output_format import ImageGenerationServerToolOutputFormat
from ..models.image_generation_server_tool_quality import ImageGenerationServerToolQuality
from ..models.image_generation_server_tool_type import ImageGenerationServerToolType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.image_generation_server_tool_input_image_mask import ImageGenerationServerToolInputImageMask

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ImageGenerationServerToolInputImageMask
    if _lazy_imports_resolved:
        return
    from ..models.image_generation_server_tool_input_image_mask import ImageGenerationServerToolInputImageMask  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ImageGenerationServerTool")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "background",
        "input_fidelity",
        "input_image_mask",
        "model",
        "moderation",
        "output_compression",
        "output_format",
        "partial_images",
        "quality",
        "size",
    }
)


@_attrs_define(repr=False)
class ImageGenerationServerTool:
    """Image generation tool configuration

    Example:
        {'quality': 'high', 'type': 'image_generation'}

    Attributes:
        type_ (ImageGenerationServerToolType):
        background (ImageGenerationServerToolBackground | Unset):
        input_fidelity (ImageGenerationServerToolInputFidelityType1 | ImageGenerationServerToolInputFidelityType2Type1 |
            ImageGenerationServerToolInputFidelityType3Type1 | None | Unset):
        input_image_mask (ImageGenerationServerToolInputImageMask | Unset):
        model (str | Unset):
        moderation (ImageGenerationServerToolModeration | Unset):
        output_compression (int | Unset):
        output_format (ImageGenerationServerToolOutputFormat | Unset):
        partial_images (int | Unset):
        quality (ImageGenerationServerToolQuality | Unset):
        size (str | Unset):
    """

    _type_: ImageGenerationServerToolType = _attrs_field(alias="type_")
    background: ImageGenerationServerToolBackground | Unset = UNSET
    input_fidelity: (
        ImageGenerationServerToolInputFidelityType1
        | ImageGenerationServerToolInputFidelityType2Type1
        | ImageGenerationServerToolInputFidelityType3Type1
        | None
        | Unset
    ) = UNSET
    input_image_mask: ImageGenerationServerToolInputImageMask | Unset = UNSET
    model: str | Unset = UNSET
    moderation: ImageGenerationServerToolModeration | Unset = UNSET
    output_compression: int | Unset = UNSET
    output_format: ImageGenerationServerToolOutputFormat | Unset = UNSET
    partial_images: int | Unset = UNSET
    quality: ImageGenerationServerToolQuality | Unset = UNSET
    size: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> ImageGenerationServerToolType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ImageGenerationServerTool", "type")
        return value

    @type_.setter
    def type_(self, value: ImageGenerationServerToolType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"type_={self._type_!r}, "
            f"background={self.background!r}, "
            f"input_fidelity={self.input_fidelity!r}, "
            f"input_image_mask={self.input_image_mask!r}, "
            f"model={self.model!r}, "
            f"moderation={self.moderation!r}, "
            f"output_compression={self.output_compression!r}, "
            f"output_format={self.output_format!r}, "
            f"partial_images={self.partial_images!r}, "
            f"quality={self.quality!r}, "
            f"size={self.size!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        background: Any = self.background
        if not (isinstance(background, Unset) or background is None):
            background = background.value

        input_fidelity: Any = self.input_fidelity
        if not (isinstance(input_fidelity, Unset) or input_fidelity is None):
            if isinstance(self.input_fidelity, ImageGenerationServerToolInputFidelityType1):
                input_fidelity = self.input_fidelity.value
            elif isinstance(self.input_fidelity, ImageGenerationServerToolInputFidelityType2Type1):
                input_fidelity = self.input_fidelity.value
            elif isinstance(self.input_fidelity, ImageGenerationServerToolInputFidelityType3Type1):
                input_fidelity = self.input_fidelity.value
            else:
                input_fidelity = self.input_fidelity

        input_image_mask: Any = self.input_image_mask
        if not (isinstance(input_image_mask, Unset) or input_image_mask is None):
            input_image_mask = input_image_mask.to_dict()

        model: Any = self.model

        moderation: Any = self.moderation
        if not (isinstance(moderation, Unset) or moderation is None):
            moderation = moderation.value

        output_compression: Any = self.output_compression

        output_format: Any = self.output_format
        if not (isinstance(output_format, Unset) or output_format is None):
            output_format = output_format.value

        partial_images: Any = self.partial_images

        quality: Any = self.quality
        if not (isinstance(quality, Unset) or quality is None):
            quality = quality.value

        size: Any = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if background is not UNSET:
            field_dict["background"] = background
        if input_fidelity is not UNSET:
            field_dict["input_fidelity"] = input_fidelity
        if input_image_mask is not UNSET:
            field_dict["input_image_mask"] = input_image_mask
        if model is not UNSET:
            field_dict["model"] = model
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if output_compression is not UNSET:
            field_dict["output_compression"] = output_compression
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if partial_images is not UNSET:
            field_dict["partial_images"] = partial_images
        if quality is not UNSET:
            field_dict["quality"] = quality
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ImageGenerationServerTool and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not ImageGenerationServerToolType.is_known(data["type"]):
            return False
        if "background" in data and not ImageGenerationServerToolBackground.is_known(data["background"]):
            return False
        if "moderation" in data and not ImageGenerationServerToolModeration.is_known(data["moderation"]):
            return False
        if "output_format" in data and not ImageGenerationServerToolOutputFormat.is_known(data["output_format"]):
            return False
        if "quality" in data and not ImageGenerationServerToolQuality.is_known(data["quality"]):
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
                    f"ImageGenerationServerTool is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ImageGenerationServerToolType._value2member_map_.get(
                    _raw_type_
                ) or ImageGenerationServerToolType._parse(_raw_type_)

            _field = "background"
            _raw_background = d.get("background", UNSET)
            background: Any = _raw_background
            if _raw_background is not None and _raw_background is not UNSET:
                background = ImageGenerationServerToolBackground._value2member_map_.get(
                    _raw_background
                ) or ImageGenerationServerToolBackground._parse(_raw_background)

            _field = "input_fidelity"
            _raw_input_fidelity = d.get("input_fidelity", UNSET)
            input_fidelity: Any = _raw_input_fidelity
            if _raw_input_fidelity is not None and _raw_input_fidelity is not UNSET:
                input_fidelity = _parse_input_fidelity(_raw_input_fidelity)

            _field = "input_image_mask"
            _raw_input_image_mask = d.get("input_image_mask", UNSET)
            input_image_mask: Any = _raw_input_image_mask
            if _raw_input_image_mask is not None and _raw_input_image_mask is not UNSET:
                input_image_mask = ImageGenerationServerToolInputImageMask.from_dict(_raw_input_image_mask)

            model = d.get("model", UNSET)

            _field = "moderation"
            _raw_moderation = d.get("moderation", UNSET)
            moderation: Any = _raw_moderation
            if _raw_moderation is not None and _raw_moderation is not UNSET:
                moderation = ImageGenerationServerToolModeration._value2member_map_.get(
                    _raw_moderation
                ) or ImageGenerationServerToolModeration._parse(_raw_moderation)

            output_compression = d.get("output_compression", UNSET)

            _field = "output_format"
            _raw_output_format = d.get("output_format", UNSET)
            output_format: Any = _raw_output_format
            if _raw_output_format is not None and _raw_output_format is not UNSET:
                output_format = ImageGenerationServerToolOutputFormat._value2member_map_.get(
                    _raw_output_format
                ) or ImageGenerationServerToolOutputFormat._parse(_raw_output_format)

            partial_images = d.get("partial_images", UNSET)

            _field = "quality"
            _raw_quality = d.get("quality", UNSET)
            quality: Any = _raw_quality
            if _raw_quality is not None and _raw_quality is not UNSET:
                quality = ImageGenerationServerToolQuality._value2member_map_.get(
                    _raw_quality
                ) or ImageGenerationServerToolQuality._parse(_raw_quality)

            size = d.get("size", UNSET)

        except FieldParseError as error:
            raise error.within("ImageGenerationServerTool", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ImageGenerationServerTool", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        image_generation_server_tool = cls(
            type_,
            background,
            input_fidelity,
            input_image_mask,
            model,
            moderation,
            output_compression,
            output_format,
            partial_images,
            quality,
            size,
        )

        if not _DECLARED_KEYS.issuperset(d):
            image_generation_server_tool.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return image_generation_server_tool

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


ImageGenerationServerTool.__annotations__ = ResolvingAnnotations(
    ImageGenerationServerTool.__annotations__, _resolve_lazy_imports
)


def _parse_input_fidelity(
    data: object,
) -> (
    ImageGenerationServerToolInputFidelityType1
    | ImageGenerationServerToolInputFidelityType2Type1
    | ImageGenerationServerToolInputFidelityType3Type1
    | None
    | Unset
):
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ImageGenerationServerToolInputFidelityType1.is_known(data):
        try:
            input_fidelity_type_1 = ImageGenerationServerToolInputFidelityType1._value2member_map_.get(
                data
            ) or ImageGenerationServerToolInputFidelityType1._parse(data)

            return input_fidelity_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ImageGenerationServerToolInputFidelityType2Type1.is_known(data):
        try:
            input_fidelity_type_2_type_1 = ImageGenerationServerToolInputFidelityType2Type1._value2member_map_.get(
                data
            ) or ImageGenerationServerToolInputFidelityType2Type1._parse(data)

            return input_fidelity_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ImageGenerationServerToolInputFidelityType3Type1.is_known(data):
        try:
            input_fidelity_type_3_type_1 = ImageGenerationServerToolInputFidelityType3Type1._value2member_map_.get(
                data
            ) or ImageGenerationServerToolInputFidelityType3Type1._parse(data)

            return input_fidelity_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        input_fidelity_type_1 = ImageGenerationServerToolInputFidelityType1._value2member_map_.get(
            data
        ) or ImageGenerationServerToolInputFidelityType1._parse(data)

        return input_fidelity_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        input_fidelity_type_2_type_1 = ImageGenerationServerToolInputFidelityType2Type1._value2member_map_.get(
            data
        ) or ImageGenerationServerToolInputFidelityType2Type1._parse(data)

        return input_fidelity_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        input_fidelity_type_3_type_1 = ImageGenerationServerToolInputFidelityType3Type1._value2member_map_.get(
            data
        ) or ImageGenerationServerToolInputFidelityType3Type1._parse(data)

        return input_fidelity_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "ImageGenerationServerToolInputFidelityType1 | ImageGenerationServerToolInputFidelityType2Type1 | ImageGenerationServerToolInputFidelityType3Type1 | None | Unset",
        data,
    )
