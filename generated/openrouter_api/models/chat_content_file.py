from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_content_file_type import ChatContentFileType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.chat_content_file_file import ChatContentFileFile

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ChatContentFileFile
    if _lazy_imports_resolved:
        return
    from ..models.chat_content_file_file import ChatContentFileFile  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatContentFile")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"file", "type"})


@_attrs_define(repr=False)
class ChatContentFile:
    """File content part for document processing

    Example:
        {'file': {'file_data': 'https://example.com/document.pdf', 'filename': 'document.pdf'}, 'type': 'file'}

    Attributes:
        file (ChatContentFileFile):
        type_ (ChatContentFileType):
    """

    _file: ChatContentFileFile = _attrs_field(alias="file")
    _type_: ChatContentFileType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def file(self) -> ChatContentFileFile:
        value: Any = self._file
        if value is UNSET:
            raise MissingFieldError("ChatContentFile", "file")
        return value

    @file.setter
    def file(self, value: ChatContentFileFile) -> None:
        self._file = value

    @property
    def type_(self) -> ChatContentFileType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ChatContentFile", "type")
        return value

    @type_.setter
    def type_(self, value: ChatContentFileType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"file={self._file!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        file: Any = self._file
        if not (isinstance(file, Unset) or file is None):
            file = self._file.to_dict()

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if file is not UNSET:
            field_dict["file"] = file
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatContentFile and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "file" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not ChatContentFileType.is_known(data["type"]):
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
                    f"ChatContentFile is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "file"
            _raw_file = d.get("file", UNSET)
            file: Any = _raw_file
            if _raw_file is not None and _raw_file is not UNSET:
                file = ChatContentFileFile.from_dict(_raw_file)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ChatContentFileType._value2member_map_.get(_raw_type_) or ChatContentFileType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("ChatContentFile", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatContentFile", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_content_file = cls(
            file,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_content_file.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return chat_content_file

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


ChatContentFile.__annotations__ = ResolvingAnnotations(ChatContentFile.__annotations__, _resolve_lazy_imports)
