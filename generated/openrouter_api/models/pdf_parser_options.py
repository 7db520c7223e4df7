from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pdf_parser_engine_type_0 import PDFParserEngineType0
from ..models.pdf_parser_engine_type_1 import PDFParserEngineType1
from ..types import UNSET, FieldParseError, Unset

T = TypeVar("T", bound="PDFParserOptions")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"engine"})


@_attrs_define(repr=False)
class PDFParserOptions:
    """Options for PDF parsing.

    Example:
        {'engine': 'cloudflare-ai'}

    Attributes:
        engine (PDFParserEngineType0 | PDFParserEngineType1 | Unset): The engine to use for parsing PDF files. "pdf-
            text" is deprecated and automatically redirected to "cloudflare-ai". Example: cloudflare-ai.
    """

    engine: PDFParserEngineType0 | PDFParserEngineType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(engine={self.engine!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        engine: Any = self.engine
        if not (isinstance(engine, Unset) or engine is None):
            if isinstance(self.engine, PDFParserEngineType0):
                engine = self.engine.value
            else:
                engine = self.engine.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if engine is not UNSET:
            field_dict["engine"] = engine

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of PDFParserOptions and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"PDFParserOptions is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "engine"
            _raw_engine = d.get("engine", UNSET)
            engine: Any = _raw_engine
            if _raw_engine is not None and _raw_engine is not UNSET:
                engine = _parse_engine(_raw_engine)

        except FieldParseError as error:
            raise error.within("PDFParserOptions", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("PDFParserOptions", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        pdf_parser_options = cls(
            engine,
        )

        if not _DECLARED_KEYS.issuperset(d):
            pdf_parser_options.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return pdf_parser_options

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


def _parse_engine(data: object) -> PDFParserEngineType0 | PDFParserEngineType1 | Unset:
    if data is UNSET:
        return UNSET
    if PDFParserEngineType0.is_known(data):
        try:
            componentsschemas_pdf_parser_engine_type_0 = PDFParserEngineType0._value2member_map_.get(
                data
            ) or PDFParserEngineType0._parse(data)

            return componentsschemas_pdf_parser_engine_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if PDFParserEngineType1.is_known(data):
        try:
            componentsschemas_pdf_parser_engine_type_1 = PDFParserEngineType1._value2member_map_.get(
                data
            ) or PDFParserEngineType1._parse(data)

            return componentsschemas_pdf_parser_engine_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_pdf_parser_engine_type_0 = PDFParserEngineType0._value2member_map_.get(
            data
        ) or PDFParserEngineType0._parse(data)

        return componentsschemas_pdf_parser_engine_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, str):
        raise TypeError()
    componentsschemas_pdf_parser_engine_type_1 = PDFParserEngineType1._value2member_map_.get(
        data
    ) or PDFParserEngineType1._parse(data)

    return componentsschemas_pdf_parser_engine_type_1
