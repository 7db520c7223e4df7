from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.stored_prompt_template_variables_type_0 import StoredPromptTemplateVariablesType0

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, StoredPromptTemplateVariablesType0
    if _lazy_imports_resolved:
        return
    from ..models.stored_prompt_template_variables_type_0 import StoredPromptTemplateVariablesType0  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="StoredPromptTemplate")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"id", "variables"})


@_attrs_define(repr=False)
class StoredPromptTemplate:
    """
    Example:
        {'id': 'prompt-abc123', 'variables': {'name': 'John'}}

    Attributes:
        id (str):
        variables (None | StoredPromptTemplateVariablesType0 | Unset):
    """

    _id: str = _attrs_field(alias="id")
    variables: None | StoredPromptTemplateVariablesType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("StoredPromptTemplate", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"id={self._id!r}, "
            f"variables={self.variables!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        id: Any = self._id

        variables: Any = self.variables
        if not (isinstance(variables, Unset) or variables is None):
            if isinstance(self.variables, StoredPromptTemplateVariablesType0):
                variables = self.variables.to_dict()
            else:
                variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of StoredPromptTemplate and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
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
                    f"StoredPromptTemplate is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            id = d.get("id", UNSET)

            _field = "variables"
            _raw_variables = d.get("variables", UNSET)
            variables: Any = _raw_variables
            if _raw_variables is not None and _raw_variables is not UNSET:
                variables = (
                    StoredPromptTemplateVariablesType0.from_dict(_raw_variables)
                    if type(_raw_variables) is dict
                    else _parse_variables(_raw_variables)
                )

        except FieldParseError as error:
            raise error.within("StoredPromptTemplate", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("StoredPromptTemplate", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        stored_prompt_template = cls(
            id,
            variables,
        )

        if not _DECLARED_KEYS.issuperset(d):
            stored_prompt_template.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return stored_prompt_template

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


StoredPromptTemplate.__annotations__ = ResolvingAnnotations(StoredPromptTemplate.__annotations__, _resolve_lazy_imports)


def _parse_variables(data: object) -> None | StoredPromptTemplateVariablesType0 | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if StoredPromptTemplateVariablesType0._matches(data):
        try:
            variables_type_0 = StoredPromptTemplateVariablesType0.from_dict(data)

            return variables_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        variables_type_0 = StoredPromptTemplateVariablesType0.from_dict(data)

        return variables_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | StoredPromptTemplateVariablesType0 | Unset", data)
