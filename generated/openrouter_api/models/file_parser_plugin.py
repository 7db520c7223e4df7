from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_parser_plugin_id import FileParserPluginId
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.pdf_parser_options import PDFParserOptions

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, PDFParserOptions
    if _lazy_imports_resolved:
        return
    from ..models.pdf_parser_options import PDFParserOptions  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="FileParserPlugin")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"id", "enabled", "pdf"})


@_attrs_define(repr=False)
class FileParserPlugin:
    """
    Example:
        {'enabled': True, 'id': 'file-parser', 'pdf': {'engine': 'cloudflare-ai'}}

    Attributes:
        id (FileParserPluginId):
        enabled (bool | Unset): Set to false to disable the file-parser plugin for this request. Defaults to true.
        pdf (PDFParserOptions | Unset): Options for PDF parsing. Example: {'engine': 'cloudflare-ai'}.
    """

    _id: FileParserPluginId = _attrs_field(alias="id")
    enabled: bool | Unset = UNSET
    pdf: PDFParserOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> FileParserPluginId:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("FileParserPlugin", "id")
        return value

    @id.setter
    def id(self, value: FileParserPluginId) -> None:
        self._id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"id={self._id!r}, "
            f"enabled={self.enabled!r}, "
            f"pdf={self.pdf!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        id: Any = self._id
        if not (isinstance(id, Unset) or id is None):
            id = self._id.value

        enabled: Any = self.enabled

        pdf: Any = self.pdf
        if not (isinstance(pdf, Unset) or pdf is None):
            pdf = pdf.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if pdf is not UNSET:
            field_dict["pdf"] = pdf

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of FileParserPlugin and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "id" in data and not FileParserPluginId.is_known(data["id"]):
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
                    f"FileParserPlugin is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "id"
            _raw_id = d.get("id", UNSET)
            id: Any = _raw_id
            if _raw_id is not None and _raw_id is not UNSET:
                id = FileParserPluginId._value2member_map_.get(_raw_id) or FileParserPluginId._parse(_raw_id)

            enabled = d.get("enabled", UNSET)

            _field = "pdf"
            _raw_pdf = d.get("pdf", UNSET)
            pdf: Any = _raw_pdf
            if _raw_pdf is not None and _raw_pdf is not UNSET:
                pdf = PDFParserOptions.from_dict(_raw_pdf)

        except FieldParseError as error:
            raise error.within("FileParserPlugin", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("FileParserPlugin", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        file_parser_plugin = cls(
            id,
            enabled,
            pdf,
        )

        if not _DECLARED_KEYS.issuperset(d):
            file_parser_plugin.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return file_parser_plugin

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


FileParserPlugin.__annotations__ = ResolvingAnnotations(FileParserPlugin.__annotations__, _resolve_lazy_imports)
