from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ResolvingAnnotations

if TYPE_CHECKING:
    from ..models.input_file import InputFile
    from ..models.input_image import InputImage
    from ..models.input_text import InputText

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, InputFile, InputImage, InputText
    if _lazy_imports_resolved:
        return
    from ..models.input_file import InputFile  # noqa: PLC0415
    from ..models.input_image import InputImage  # noqa: PLC0415
    from ..models.input_text import InputText  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="StoredPromptTemplateVariablesType0")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset()


@_attrs_define(repr=False)
class StoredPromptTemplateVariablesType0:
    additional_properties: dict[str, InputFile | InputImage | InputText | str] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, InputText):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, InputImage):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, InputFile):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of StoredPromptTemplateVariablesType0 and its fixed values."""
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
                    f"StoredPromptTemplateVariablesType0 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        stored_prompt_template_variables_type_0 = cls()

        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            if prop_name in _DECLARED_KEYS:
                continue
            if prop_dict is None:
                additional_properties[prop_name] = None
                continue
            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        stored_prompt_template_variables_type_0.additional_properties = additional_properties
        return stored_prompt_template_variables_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> InputFile | InputImage | InputText | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: InputFile | InputImage | InputText | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


StoredPromptTemplateVariablesType0.__annotations__ = ResolvingAnnotations(
    StoredPromptTemplateVariablesType0.__annotations__, _resolve_lazy_imports
)


def _parse_additional_property(data: object) -> InputFile | InputImage | InputText | str:
    if InputText._matches(data):
        try:
            additional_property_type_1 = InputText.from_dict(data)

            return additional_property_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if InputImage._matches(data):
        try:
            additional_property_type_2 = InputImage.from_dict(data)

            return additional_property_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if InputFile._matches(data):
        try:
            additional_property_type_3 = InputFile.from_dict(data)

            return additional_property_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        additional_property_type_1 = InputText.from_dict(data)

        return additional_property_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        additional_property_type_2 = InputImage.from_dict(data)

        return additional_property_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        additional_property_type_3 = InputFile.from_dict(data)

        return additional_property_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("InputFile | InputImage | InputText | str", data)
