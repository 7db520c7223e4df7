from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_embeddings_body_input_option_5_item_content_item_image_url_type import (
    CreateEmbeddingsBodyInputOption5ItemContentItemImageUrlType,
)
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.create_embeddings_body_input_option_5_item_content_item_image_url_image_url import (
        CreateEmbeddingsBodyInputOption5ItemContentItemImageUrlImageUrl,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, CreateEmbeddingsBodyInputOption5ItemContentItemImageUrlImageUrl
    if _lazy_imports_resolved:
        return
    from ..models.create_embeddings_body_input_option_5_item_content_item_image_url_image_url import (
        CreateEmbeddingsBodyInputOption5ItemContentItemImageUrlImageUrl,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="CreateEmbeddingsBodyInputOption5ItemContentItemImageUrl")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"image_url", "type"})


@_attrs_define(repr=False)
class CreateEmbeddingsBodyInputOption5ItemContentItemImageUrl:
    """
    Attributes:
        image_url (CreateEmbeddingsBodyInputOption5ItemContentItemImageUrlImageUrl):
        type_ (CreateEmbeddingsBodyInputOption5ItemContentItemImageUrlType):
    """

    _image_url: CreateEmbeddingsBodyInputOption5ItemContentItemImageUrlImageUrl = _attrs_field(alias="image_url")
    _type_: CreateEmbeddingsBodyInputOption5ItemContentItemImageUrlType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def image_url(self) -> CreateEmbeddingsBodyInputOption5ItemContentItemImageUrlImageUrl:
        value: Any = self._image_url
        if value is UNSET:
            raise MissingFieldError("CreateEmbeddingsBodyInputOption5ItemContentItemImageUrl", "image_url")
        return value

    @image_url.setter
    def image_url(self, value: CreateEmbeddingsBodyInputOption5ItemContentItemImageUrlImageUrl) -> None:
        self._image_url = value

    @property
    def type_(self) -> CreateEmbeddingsBodyInputOption5ItemContentItemImageUrlType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("CreateEmbeddingsBodyInputOption5ItemContentItemImageUrl", "type")
        return value

    @type_.setter
    def type_(self, value: CreateEmbeddingsBodyInputOption5ItemContentItemImageUrlType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"image_url={self._image_url!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        image_url: Any = self._image_url
        if not (isinstance(image_url, Unset) or image_url is None):
            image_url = self._image_url.to_dict()

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateEmbeddingsBodyInputOption5ItemContentItemImageUrl and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "image_url" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not CreateEmbeddingsBodyInputOption5ItemContentItemImageUrlType.is_known(data["type"]):
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
                    f"CreateEmbeddingsBodyInputOption5ItemContentItemImageUrl is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "image_url"
            _raw_image_url = d.get("image_url", UNSET)
            image_url: Any = _raw_image_url
            if _raw_image_url is not None and _raw_image_url is not UNSET:
                image_url = CreateEmbeddingsBodyInputOption5ItemContentItemImageUrlImageUrl.from_dict(_raw_image_url)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = CreateEmbeddingsBodyInputOption5ItemContentItemImageUrlType._value2member_map_.get(
                    _raw_type_
                ) or CreateEmbeddingsBodyInputOption5ItemContentItemImageUrlType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("CreateEmbeddingsBodyInputOption5ItemContentItemImageUrl", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at(
                "CreateEmbeddingsBodyInputOption5ItemContentItemImageUrl", _field, error
            ) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        create_embeddings_body_input_option_5_item_content_item_image_url = cls(
            image_url,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            create_embeddings_body_input_option_5_item_content_item_image_url.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return create_embeddings_body_input_option_5_item_content_item_image_url

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


CreateEmbeddingsBodyInputOption5ItemContentItemImageUrl.__annotations__ = ResolvingAnnotations(
    CreateEmbeddingsBodyInputOption5ItemContentItemImageUrl.__annotations__, _resolve_lazy_imports
)
