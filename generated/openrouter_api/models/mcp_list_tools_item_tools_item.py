from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.mcp_list_tools_item_tools_item_input_schema import McpListToolsItemToolsItemInputSchema

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, McpListToolsItemToolsItemInputSchema
    if _lazy_imports_resolved:
        return
    from ..models.mcp_list_tools_item_tools_item_input_schema import McpListToolsItemToolsItemInputSchema  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="McpListToolsItemToolsItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"input_schema", "name", "annotations", "description"})


@_attrs_define(repr=False)
class McpListToolsItemToolsItem:
    """
    Attributes:
        input_schema (McpListToolsItemToolsItemInputSchema):
        name (str):
        annotations (Any | Unset):
        description (None | str | Unset):
    """

    _input_schema: McpListToolsItemToolsItemInputSchema = _attrs_field(alias="input_schema")
    _name: str = _attrs_field(alias="name")
    annotations: Any | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def input_schema(self) -> McpListToolsItemToolsItemInputSchema:
        value: Any = self._input_schema
        if value is UNSET:
            raise MissingFieldError("McpListToolsItemToolsItem", "input_schema")
        return value

    @input_schema.setter
    def input_schema(self, value: McpListToolsItemToolsItemInputSchema) -> None:
        self._input_schema = value

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("McpListToolsItemToolsItem", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"input_schema={self._input_schema!r}, "
            f"name={self._name!r}, "
            f"annotations={self.annotations!r}, "
            f"description={self.description!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        input_schema: Any = self._input_schema
        if not (isinstance(input_schema, Unset) or input_schema is None):
            input_schema = self._input_schema.to_dict()

        name: Any = self._name

        annotations: Any = self.annotations

        description: Any = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if input_schema is not UNSET:
            field_dict["input_schema"] = input_schema
        if name is not UNSET:
            field_dict["name"] = name
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of McpListToolsItemToolsItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "input_schema" not in data:
            return False
        if "name" not in data:
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
                    f"McpListToolsItemToolsItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "input_schema"
            _raw_input_schema = d.get("input_schema", UNSET)
            input_schema: Any = _raw_input_schema
            if _raw_input_schema is not None and _raw_input_schema is not UNSET:
                input_schema = McpListToolsItemToolsItemInputSchema.from_dict(_raw_input_schema)

            name = d.get("name", UNSET)

            annotations = d.get("annotations", UNSET)

            description = d.get("description", UNSET)

        except FieldParseError as error:
            raise error.within("McpListToolsItemToolsItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("McpListToolsItemToolsItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        mcp_list_tools_item_tools_item = cls(
            input_schema,
            name,
            annotations,
            description,
        )

        if not _DECLARED_KEYS.issuperset(d):
            mcp_list_tools_item_tools_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return mcp_list_tools_item_tools_item

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


McpListToolsItemToolsItem.__annotations__ = ResolvingAnnotations(
    McpListToolsItemToolsItem.__annotations__, _resolve_lazy_imports
)
