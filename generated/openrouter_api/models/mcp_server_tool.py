from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_server_tool_connector_id import McpServerToolConnectorId
from ..models.mcp_server_tool_require_approval_type_1 import McpServerToolRequireApprovalType1
from ..models.mcp_server_tool_require_approval_type_2 import McpServerToolRequireApprovalType2
from ..models.mcp_server_tool_type import McpServerToolType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.mcp_server_tool_allowed_tools_option_2 import McpServerToolAllowedToolsOption2
    from ..models.mcp_server_tool_headers_type_0 import McpServerToolHeadersType0
    from ..models.mcp_server_tool_require_approval_option_1 import McpServerToolRequireApprovalOption1

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        McpServerToolAllowedToolsOption2, \
        McpServerToolHeadersType0, \
        McpServerToolRequireApprovalOption1
    if _lazy_imports_resolved:
        return
    from ..models.mcp_server_tool_allowed_tools_option_2 import McpServerToolAllowedToolsOption2  # noqa: PLC0415
    from ..models.mcp_server_tool_headers_type_0 import McpServerToolHeadersType0  # noqa: PLC0415
    from ..models.mcp_server_tool_require_approval_option_1 import McpServerToolRequireApprovalOption1  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="McpServerTool")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "server_label",
        "type",
        "allowed_tools",
        "authorization",
        "connector_id",
        "headers",
        "require_approval",
        "server_description",
        "server_url",
    }
)


@_attrs_define(repr=False)
class McpServerTool:
    """MCP (Model Context Protocol) tool configuration

    Example:
        {'server_label': 'my-server', 'server_url': 'https://example.com/mcp', 'type': 'mcp'}

    Attributes:
        server_label (str):
        type_ (McpServerToolType):
        allowed_tools (list[str] | McpServerToolAllowedToolsOption2 | None | Unset):
        authorization (str | Unset):
        connector_id (McpServerToolConnectorId | Unset):
        headers (McpServerToolHeadersType0 | None | Unset):
        require_approval (McpServerToolRequireApprovalOption1 | McpServerToolRequireApprovalType1 |
            McpServerToolRequireApprovalType2 | None | Unset):
        server_description (str | Unset):
        server_url (str | Unset):
    """

    _server_label: str = _attrs_field(alias="server_label")
    _type_: McpServerToolType = _attrs_field(alias="type_")
    allowed_tools: list[str] | McpServerToolAllowedToolsOption2 | None | Unset = UNSET
    authorization: str | Unset = UNSET
    connector_id: McpServerToolConnectorId | Unset = UNSET
    headers: McpServerToolHeadersType0 | None | Unset = UNSET
    require_approval: (
        McpServerToolRequireApprovalOption1
        | McpServerToolRequireApprovalType1
        | McpServerToolRequireApprovalType2
        | None
        | Unset
    ) = UNSET
    server_description: str | Unset = UNSET
    server_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def server_label(self) -> str:
        value: Any = self._server_label
        if value is UNSET:
            raise MissingFieldError("McpServerTool", "server_label")
        return value

    @server_label.setter
    def server_label(self, value: str) -> None:
        self._server_label = value

    @property
    def type_(self) -> McpServerToolType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("McpServerTool", "type")
        return value

    @type_.setter
    def type_(self, value: McpServerToolType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"server_label={self._server_label!r}, "
            f"type_={self._type_!r}, "
            f"allowed_tools={self.allowed_tools!r}, "
            f"authorization={self.authorization!r}, "
            f"connector_id={self.connector_id!r}, "
            f"headers={self.headers!r}, "
            f"require_approval={self.require_approval!r}, "
            f"server_description={self.server_description!r}, "
            f"server_url={self.server_url!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        server_label: Any = self._server_label

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        allowed_tools: Any = self.allowed_tools
        if not (isinstance(allowed_tools, Unset) or allowed_tools is None):
            if isinstance(self.allowed_tools, list):
                allowed_tools = self.allowed_tools

            elif isinstance(self.allowed_tools, McpServerToolAllowedToolsOption2):
                allowed_tools = self.allowed_tools.to_dict()
            else:
                allowed_tools = self.allowed_tools

        authorization: Any = self.authorization

        connector_id: Any = self.connector_id
        if not (isinstance(connector_id, Unset) or connector_id is None):
            connector_id = connector_id.value

        headers: Any = self.headers
        if not (isinstance(headers, Unset) or headers is None):
            if isinstance(self.headers, McpServerToolHeadersType0):
                headers = self.headers.to_dict()
            else:
                headers = self.headers

        require_approval: Any = self.require_approval
        if not (isinstance(require_approval, Unset) or require_approval is None):
            if isinstance(self.require_approval, McpServerToolRequireApprovalOption1):
                require_approval = self.require_approval.to_dict()
            elif isinstance(self.require_approval, McpServerToolRequireApprovalType1):
                require_approval = self.require_approval.value
            elif isinstance(self.require_approval, McpServerToolRequireApprovalType2):
                require_approval = self.require_approval.value
            else:
                require_approval = self.require_approval

        server_description: Any = self.server_description

        server_url: Any = self.server_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if server_label is not UNSET:
            field_dict["server_label"] = server_label
        if type_ is not UNSET:
            field_dict["type"] = type_
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if headers is not UNSET:
            field_dict["headers"] = headers
        if require_approval is not UNSET:
            field_dict["require_approval"] = require_approval
        if server_description is not UNSET:
            field_dict["server_description"] = server_description
        if server_url is not UNSET:
            field_dict["server_url"] = server_url

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of McpServerTool and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "server_label" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not McpServerToolType.is_known(data["type"]):
            return False
        if "connector_id" in data and not McpServerToolConnectorId.is_known(data["connector_id"]):
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
                    f"McpServerTool is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            server_label = d.get("server_label", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = McpServerToolType._value2member_map_.get(_raw_type_) or McpServerToolType._parse(_raw_type_)

            _field = "allowed_tools"
            _raw_allowed_tools = d.get("allowed_tools", UNSET)
            allowed_tools: Any = _raw_allowed_tools
            if _raw_allowed_tools is not None and _raw_allowed_tools is not UNSET:
                allowed_tools = _parse_allowed_tools(_raw_allowed_tools)

            authorization = d.get("authorization", UNSET)

            _field = "connector_id"
            _raw_connector_id = d.get("connector_id", UNSET)
            connector_id: Any = _raw_connector_id
            if _raw_connector_id is not None and _raw_connector_id is not UNSET:
                connector_id = McpServerToolConnectorId._value2member_map_.get(
                    _raw_connector_id
                ) or McpServerToolConnectorId._parse(_raw_connector_id)

            _field = "headers"
            _raw_headers = d.get("headers", UNSET)
            headers: Any = _raw_headers
            if _raw_headers is not None and _raw_headers is not UNSET:
                headers = (
                    McpServerToolHeadersType0.from_dict(_raw_headers)
                    if type(_raw_headers) is dict
                    else _parse_headers(_raw_headers)
                )

            _field = "require_approval"
            _raw_require_approval = d.get("require_approval", UNSET)
            require_approval: Any = _raw_require_approval
            if _raw_require_approval is not None and _raw_require_approval is not UNSET:
                require_approval = _parse_require_approval(_raw_require_approval)

            server_description = d.get("server_description", UNSET)

            server_url = d.get("server_url", UNSET)

        except FieldParseError as error:
            raise error.within("McpServerTool", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("McpServerTool", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        mcp_server_tool = cls(
            server_label,
            type_,
            allowed_tools,
            authorization,
            connector_id,
            headers,
            require_approval,
            server_description,
            server_url,
        )

        if not _DECLARED_KEYS.issuperset(d):
            mcp_server_tool.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return mcp_server_tool

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


McpServerTool.__annotations__ = ResolvingAnnotations(McpServerTool.__annotations__, _resolve_lazy_imports)


def _parse_allowed_tools(data: object) -> list[str] | McpServerToolAllowedToolsOption2 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if McpServerToolAllowedToolsOption2._matches(data):
        try:
            allowed_tools_type_1 = McpServerToolAllowedToolsOption2.from_dict(data)

            return allowed_tools_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_tools_type_0 = cast("list[str]", data)

        return allowed_tools_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        allowed_tools_type_1 = McpServerToolAllowedToolsOption2.from_dict(data)

        return allowed_tools_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | McpServerToolAllowedToolsOption2 | None | Unset", data)


def _parse_headers(data: object) -> McpServerToolHeadersType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if McpServerToolHeadersType0._matches(data):
        try:
            headers_type_0 = McpServerToolHeadersType0.from_dict(data)

            return headers_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        headers_type_0 = McpServerToolHeadersType0.from_dict(data)

        return headers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("McpServerToolHeadersType0 | None | Unset", data)


def _parse_require_approval(
    data: object,
) -> (
    McpServerToolRequireApprovalOption1
    | McpServerToolRequireApprovalType1
    | McpServerToolRequireApprovalType2
    | None
    | Unset
):
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if McpServerToolRequireApprovalOption1._matches(data):
        try:
            require_approval_type_0 = McpServerToolRequireApprovalOption1.from_dict(data)

            return require_approval_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if McpServerToolRequireApprovalType1.is_known(data):
        try:
            require_approval_type_1 = McpServerToolRequireApprovalType1._value2member_map_.get(
                data
            ) or McpServerToolRequireApprovalType1._parse(data)

            return require_approval_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if McpServerToolRequireApprovalType2.is_known(data):
        try:
            require_approval_type_2 = McpServerToolRequireApprovalType2._value2member_map_.get(
                data
            ) or McpServerToolRequireApprovalType2._parse(data)

            return require_approval_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        require_approval_type_0 = McpServerToolRequireApprovalOption1.from_dict(data)

        return require_approval_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        require_approval_type_1 = McpServerToolRequireApprovalType1._value2member_map_.get(
            data
        ) or McpServerToolRequireApprovalType1._parse(data)

        return require_approval_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        require_approval_type_2 = McpServerToolRequireApprovalType2._value2member_map_.get(
            data
        ) or McpServerToolRequireApprovalType2._parse(data)

        return require_approval_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "McpServerToolRequireApprovalOption1 | McpServerToolRequireApprovalType1 | McpServerToolRequireApprovalType2 | None | Unset",
        data,
    )
