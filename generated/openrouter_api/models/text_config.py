from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_config_verbosity_type_1 import TextConfigVerbosityType1
from ..models.text_config_verbosity_type_2_type_1 import TextConfigVerbosityType2Type1
from ..models.text_config_verbosity_type_3_type_1 import TextConfigVerbosityType3Type1
from ..types import UNSET, FieldParseError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.format_json_object_config import FormatJsonObjectConfig
    from ..models.format_json_schema_config import FormatJsonSchemaConfig
    from ..models.format_text_config import FormatTextConfig

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, FormatJsonObjectConfig, FormatJsonSchemaConfig, FormatTextConfig
    if _lazy_imports_resolved:
        return
    from ..models.format_json_object_config import FormatJsonObjectConfig  # noqa: PLC0415
    from ..models.format_json_schema_config import FormatJsonSchemaConfig  # noqa: PLC0415
    from ..models.format_text_config import FormatTextConfig  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="TextConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"format", "verbosity"})


@_attrs_define(repr=False)
class TextConfig:
    """Text output configuration including format and verbosity

    Example:
        {'format': {'type': 'text'}, 'verbosity': 'medium'}

    Attributes:
        format_ (FormatJsonObjectConfig | FormatJsonSchemaConfig | FormatTextConfig | Unset): Text response format
            configuration Example: {'type': 'text'}.
        verbosity (None | TextConfigVerbosityType1 | TextConfigVerbosityType2Type1 | TextConfigVerbosityType3Type1 |
            Unset):
    """

    format_: FormatJsonObjectConfig | FormatJsonSchemaConfig | FormatTextConfig | Unset = UNSET
    verbosity: (
        None | TextConfigVerbosityType1 | TextConfigVerbosityType2Type1 | TextConfigVerbosityType3Type1 | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"format_={self.format_!r}, "
            f"verbosity={self.verbosity!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        format_: Any = self.format_
        if not (isinstance(format_, Unset) or format_ is None):
            if isinstance(self.format_, FormatTextConfig):
                format_ = self.format_.to_dict()
            elif isinstance(self.format_, FormatJsonObjectConfig):
                format_ = self.format_.to_dict()
            else:
                format_ = self.format_.to_dict()

        verbosity: Any = self.verbosity
        if not (isinstance(verbosity, Unset) or verbosity is None):
            if isinstance(self.verbosity, TextConfigVerbosityType1):
                verbosity = self.verbosity.value
            elif isinstance(self.verbosity, TextConfigVerbosityType2Type1):
                verbosity = self.verbosity.value
            elif isinstance(self.verbosity, TextConfigVerbosityType3Type1):
                verbosity = self.verbosity.value
            else:
                verbosity = self.verbosity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if format_ is not UNSET:
            field_dict["format"] = format_
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of TextConfig and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"TextConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "format"
            _raw_format_ = d.get("format", UNSET)
            format_: Any = _raw_format_
            if _raw_format_ is not None and _raw_format_ is not UNSET:
                format_ = _parse_format_(_raw_format_)

            _field = "verbosity"
            _raw_verbosity = d.get("verbosity", UNSET)
            verbosity: Any = _raw_verbosity
            if _raw_verbosity is not None and _raw_verbosity is not UNSET:
                verbosity = _parse_verbosity(_raw_verbosity)

        except FieldParseError as error:
            raise error.within("TextConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("TextConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        text_config = cls(
            format_,
            verbosity,
        )

        if not _DECLARED_KEYS.issuperset(d):
            text_config.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return text_config

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


TextConfig.__annotations__ = ResolvingAnnotations(TextConfig.__annotations__, _resolve_lazy_imports)


def _parse_format_(data: object) -> FormatJsonObjectConfig | FormatJsonSchemaConfig | FormatTextConfig | Unset:
    if data is UNSET:
        return UNSET
    if FormatTextConfig._matches(data):
        try:
            componentsschemas_formats_type_0 = FormatTextConfig.from_dict(data)

            return componentsschemas_formats_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FormatJsonObjectConfig._matches(data):
        try:
            componentsschemas_formats_type_1 = FormatJsonObjectConfig.from_dict(data)

            return componentsschemas_formats_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FormatJsonSchemaConfig._matches(data):
        try:
            componentsschemas_formats_type_2 = FormatJsonSchemaConfig.from_dict(data)

            return componentsschemas_formats_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_formats_type_0 = FormatTextConfig.from_dict(data)

        return componentsschemas_formats_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_formats_type_1 = FormatJsonObjectConfig.from_dict(data)

        return componentsschemas_formats_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_formats_type_2 = FormatJsonSchemaConfig.from_dict(data)

    return componentsschemas_formats_type_2


def _parse_verbosity(
    data: object,
) -> None | TextConfigVerbosityType1 | TextConfigVerbosityType2Type1 | TextConfigVerbosityType3Type1 | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if TextConfigVerbosityType1.is_known(data):
        try:
            verbosity_type_1 = TextConfigVerbosityType1._value2member_map_.get(data) or TextConfigVerbosityType1._parse(
                data
            )

            return verbosity_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if TextConfigVerbosityType2Type1.is_known(data):
        try:
            verbosity_type_2_type_1 = TextConfigVerbosityType2Type1._value2member_map_.get(
                data
            ) or TextConfigVerbosityType2Type1._parse(data)

            return verbosity_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if TextConfigVerbosityType3Type1.is_known(data):
        try:
            verbosity_type_3_type_1 = TextConfigVerbosityType3Type1._value2member_map_.get(
                data
            ) or TextConfigVerbosityType3Type1._parse(data)

            return verbosity_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        verbosity_type_1 = TextConfigVerbosityType1._value2member_map_.get(data) or TextConfigVerbosityType1._parse(
            data
        )

        return verbosity_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        verbosity_type_2_type_1 = TextConfigVerbosityType2Type1._value2member_map_.get(
            data
        ) or TextConfigVerbosityType2Type1._parse(data)

        return verbosity_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        verbosity_type_3_type_1 = TextConfigVerbosityType3Type1._value2member_map_.get(
            data
        ) or TextConfigVerbosityType3Type1._parse(data)

        return verbosity_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "None | TextConfigVerbosityType1 | TextConfigVerbosityType2Type1 | TextConfigVerbosityType3Type1 | Unset", data
    )
