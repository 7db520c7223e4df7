from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_list_tools_item_type import McpListToolsItemType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.mcp_list_tools_item_tools_item import McpListToolsItemToolsItem

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, McpListToolsItemToolsItem
    if _lazy_imports_resolved:
        return
    from ..models.mcp_list_tools_item_tools_item import McpListToolsItemToolsItem  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="McpListToolsItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"id", "server_label", "tools", "type", "error"})


@_attrs_define(repr=False)
class McpListToolsItem:
    """List of available MCP tools from a server

    Example:
        {'id': 'mcp-list-abc123', 'server_label': 'database-server', 'tools': [{'description': 'Execute a database
            query', 'input_schema': {'properties': {'query': {'type': 'string'}}, 'type': 'object'}, 'name':
            'query_database'}], 'type': 'mcp_list_tools'}

    Attributes:
        id (str):
        server_label (str):
        tools (list[McpListToolsItemToolsItem]):
        type_ (McpListToolsItemType):
        error (None | str | Unset):
    """

    _id: str = _attrs_field(alias="id")
    _server_label: str = _attrs_field(alias="server_label")
    _tools: list[McpListToolsItemToolsItem] = _attrs_field(alias="tools")
    _type_: McpListToolsItemType = _attrs_field(alias="type_")
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("McpListToolsItem", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def server_label(self) -> str:
        value: Any = self._server_label
        if value is UNSET:
            raise MissingFieldError("McpListToolsItem", "server_label")
        return value

    @server_label.setter
    def server_label(self, value: str) -> None:
        self._server_label = value

    @property
    def tools(self) -> list[McpListToolsItemToolsItem]:
        value: Any = self._tools
        if value is UNSET:
            raise MissingFieldError("McpListToolsItem", "tools")
        return value

    @tools.setter
    def tools(self, value: list[McpListToolsItemToolsItem]) -> None:
        self._tools = value

    @property
    def type_(self) -> McpListToolsItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("McpListToolsItem", "type")
        return value

    @type_.setter
    def type_(self, value: McpListToolsItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"id={self._id!r}, "
            f"server_label={self._server_label!r}, "
            f"tools={self._tools!r}, "
            f"type_={self._type_!r}, "
            f"error={self.error!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        id: Any = self._id

        server_label: Any = self._server_label

        tools: Any = self._tools
        if not (isinstance(tools, Unset) or tools is None):
            tools = []
            for tools_item_data in self._tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        error: Any = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if server_label is not UNSET:
            field_dict["server_label"] = server_label
        if tools is not UNSET:
            field_dict["tools"] = tools
        if type_ is not UNSET:
            field_dict["type"] = type_
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of McpListToolsItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "server_label" not in data:
            return False
        if "tools" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not McpListToolsItemType.is_known(data["type"]):
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
                    f"McpListToolsItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            id = d.get("id", UNSET)

            server_label = d.get("server_label", UNSET)

            _field = "tools"
            _raw_tools = d.get("tools", UNSET)
            tools: Any = _raw_tools
            if _raw_tools is not None and _raw_tools is not UNSET:
                tools = [McpListToolsItemToolsItem.from_dict(tools_item_data) for tools_item_data in _raw_tools]

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = McpListToolsItemType._value2member_map_.get(_raw_type_) or McpListToolsItemType._parse(
                    _raw_type_
                )

            error = d.get("error", UNSET)

        except FieldParseError as error:
            raise error.within("McpListToolsItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("McpListToolsItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        mcp_list_tools_item = cls(
            id,
            server_label,
            tools,
            type_,
            error,
        )

        if not _DECLARED_KEYS.issuperset(d):
            mcp_list_tools_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return mcp_list_tools_item

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


McpListToolsItem.__annotations__ = ResolvingAnnotations(McpListToolsItem.__annotations__, _resolve_lazy_imports)
