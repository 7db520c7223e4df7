from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.content_part_input_audio import ContentPartInputAudio
    from ..models.content_part_input_file import ContentPartInputFile
    from ..models.content_part_input_video import ContentPartInputVideo
    from ..models.create_embeddings_body_input_option_5_item_content_item_image_url import (
        CreateEmbeddingsBodyInputOption5ItemContentItemImageUrl,
    )
    from ..models.create_embeddings_body_input_option_5_item_content_item_text import (
        CreateEmbeddingsBodyInputOption5ItemContentItemText,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        ContentPartInputAudio, \
        ContentPartInputFile, \
        ContentPartInputVideo, \
        CreateEmbeddingsBodyInputOption5ItemContentItemImageUrl, \
        CreateEmbeddingsBodyInputOption5ItemContentItemText
    if _lazy_imports_resolved:
        return
    from ..models.content_part_input_audio import ContentPartInputAudio  # noqa: PLC0415
    from ..models.content_part_input_file import ContentPartInputFile  # noqa: PLC0415
    from ..models.content_part_input_video import ContentPartInputVideo  # noqa: PLC0415
    from ..models.create_embeddings_body_input_option_5_item_content_item_image_url import (
        CreateEmbeddingsBodyInputOption5ItemContentItemImageUrl,  # noqa: PLC0415
    )
    from ..models.create_embeddings_body_input_option_5_item_content_item_text import (
        CreateEmbeddingsBodyInputOption5ItemContentItemText,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="CreateEmbeddingsBodyInputType4Item")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"content"})


@_attrs_define(repr=False)
class CreateEmbeddingsBodyInputType4Item:
    """
    Attributes:
        content (list[ContentPartInputAudio | ContentPartInputFile | ContentPartInputVideo |
            CreateEmbeddingsBodyInputOption5ItemContentItemImageUrl | CreateEmbeddingsBodyInputOption5ItemContentItemText]):
    """

    _content: list[
        ContentPartInputAudio
        | ContentPartInputFile
        | ContentPartInputVideo
        | CreateEmbeddingsBodyInputOption5ItemContentItemImageUrl
        | CreateEmbeddingsBodyInputOption5ItemContentItemText
    ] = _attrs_field(alias="content")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def content(
        self,
    ) -> list[
        ContentPartInputAudio
        | ContentPartInputFile
        | ContentPartInputVideo
        | CreateEmbeddingsBodyInputOption5ItemContentItemImageUrl
        | CreateEmbeddingsBodyInputOption5ItemContentItemText
    ]:
        value: Any = self._content
        if value is UNSET:
            raise MissingFieldError("CreateEmbeddingsBodyInputType4Item", "content")
        return value

    @content.setter
    def content(
        self,
        value: list[
            ContentPartInputAudio
            | ContentPartInputFile
            | ContentPartInputVideo
            | CreateEmbeddingsBodyInputOption5ItemContentItemImageUrl
            | CreateEmbeddingsBodyInputOption5ItemContentItemText
        ],
    ) -> None:
        self._content = value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(content={self._content!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        content: Any = self._content
        if not (isinstance(content, Unset) or content is None):
            content = []
            for content_item_data in self._content:
                content_item: dict[str, Any]
                if isinstance(content_item_data, CreateEmbeddingsBodyInputOption5ItemContentItemText):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, CreateEmbeddingsBodyInputOption5ItemContentItemImageUrl):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, ContentPartInputAudio):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, ContentPartInputVideo):
                    content_item = content_item_data.to_dict()
                else:
                    content_item = content_item_data.to_dict()

                content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateEmbeddingsBodyInputType4Item and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content" not in data:
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
                    f"CreateEmbeddingsBodyInputType4Item is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "content"
            _raw_content = d.get("content", UNSET)
            content: Any = _raw_content
            if _raw_content is not None and _raw_content is not UNSET:
                content = [_parse_content_item(content_item_data) for content_item_data in _raw_content]

        except FieldParseError as error:
            raise error.within("CreateEmbeddingsBodyInputType4Item", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CreateEmbeddingsBodyInputType4Item", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        create_embeddings_body_input_type_4_item = cls(
            content,
        )

        if not _DECLARED_KEYS.issuperset(d):
            create_embeddings_body_input_type_4_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return create_embeddings_body_input_type_4_item

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


CreateEmbeddingsBodyInputType4Item.__annotations__ = ResolvingAnnotations(
    CreateEmbeddingsBodyInputType4Item.__annotations__, _resolve_lazy_imports
)


def _parse_content_item(
    data: object,
) -> (
    ContentPartInputAudio
    | ContentPartInputFile
    | ContentPartInputVideo
    | CreateEmbeddingsBodyInputOption5ItemContentItemImageUrl
    | CreateEmbeddingsBodyInputOption5ItemContentItemText
):
    if CreateEmbeddingsBodyInputOption5ItemContentItemText._matches(data):
        try:
            content_item_type_0 = CreateEmbeddingsBodyInputOption5ItemContentItemText.from_dict(data)

            return content_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CreateEmbeddingsBodyInputOption5ItemContentItemImageUrl._matches(data):
        try:
            content_item_type_1 = CreateEmbeddingsBodyInputOption5ItemContentItemImageUrl.from_dict(data)

            return content_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ContentPartInputAudio._matches(data):
        try:
            content_item_type_2 = ContentPartInputAudio.from_dict(data)

            return content_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ContentPartInputVideo._matches(data):
        try:
            content_item_type_3 = ContentPartInputVideo.from_dict(data)

            return content_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ContentPartInputFile._matches(data):
        try:
            content_item_type_4 = ContentPartInputFile.from_dict(data)

            return content_item_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_item_type_0 = CreateEmbeddingsBodyInputOption5ItemContentItemText.from_dict(data)

        return content_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_item_type_1 = CreateEmbeddingsBodyInputOption5ItemContentItemImageUrl.from_dict(data)

        return content_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_item_type_2 = ContentPartInputAudio.from_dict(data)

        return content_item_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_item_type_3 = ContentPartInputVideo.from_dict(data)

        return content_item_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    content_item_type_4 = ContentPartInputFile.from_dict(data)

    return content_item_type_4
