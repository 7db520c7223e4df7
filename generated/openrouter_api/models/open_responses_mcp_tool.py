from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_responses_mcp_tool_connector_id import OpenResponsesMcpToolConnectorId
from ..models.open_responses_mcp_tool_require_approval_type_0 import OpenResponsesMcpToolRequireApprovalType0
from ..models.open_responses_mcp_tool_type import OpenResponsesMcpToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_responses_mcp_tool_allowed_tools_type_1 import OpenResponsesMcpToolAllowedToolsType1
    from ..models.open_responses_mcp_tool_headers_type_0 import OpenResponsesMcpToolHeadersType0
    from ..models.open_responses_mcp_tool_require_approval_type_1 import OpenResponsesMcpToolRequireApprovalType1

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        OpenResponsesMcpToolAllowedToolsType1, \
        OpenResponsesMcpToolHeadersType0, \
        OpenResponsesMcpToolRequireApprovalType1
    from ..models.open_responses_mcp_tool_allowed_tools_type_1 import OpenResponsesMcpToolAllowedToolsType1  # noqa: PLC0415
    from ..models.open_responses_mcp_tool_headers_type_0 import OpenResponsesMcpToolHeadersType0  # noqa: PLC0415
    from ..models.open_responses_mcp_tool_require_approval_type_1 import OpenResponsesMcpToolRequireApprovalType1  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OpenResponsesMcpTool")


@_attrs_define
class OpenResponsesMcpTool:
    """Tools from a remote MCP server.

    Attributes:
        type_ (OpenResponsesMcpToolType):
        server_label (str):
        server_url (str | Unset):
        server_description (str | Unset):
        connector_id (OpenResponsesMcpToolConnectorId | Unset):
        authorization (str | Unset):
        headers (None | OpenResponsesMcpToolHeadersType0 | Unset):
        allowed_tools (list[str] | None | OpenResponsesMcpToolAllowedToolsType1 | Unset): Tool names, or a filter
            object.
        require_approval (None | OpenResponsesMcpToolRequireApprovalType0 | OpenResponsesMcpToolRequireApprovalType1 |
            Unset): always, never, or a per-tool filter object.
    """

    type_: OpenResponsesMcpToolType
    server_label: str
    server_url: str | Unset = UNSET
    server_description: str | Unset = UNSET
    connector_id: OpenResponsesMcpToolConnectorId | Unset = UNSET
    authorization: str | Unset = UNSET
    headers: None | OpenResponsesMcpToolHeadersType0 | Unset = UNSET
    allowed_tools: list[str] | None | OpenResponsesMcpToolAllowedToolsType1 | Unset = UNSET
    require_approval: (
        None | OpenResponsesMcpToolRequireApprovalType0 | OpenResponsesMcpToolRequireApprovalType1 | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        server_label: Any = self.server_label

        server_url: Any = self.server_url

        server_description: Any = self.server_description

        connector_id: Any = self.connector_id
        if not (isinstance(connector_id, Unset) or connector_id is None):
            connector_id = UNSET
            if not isinstance(self.connector_id, Unset):
                connector_id = self.connector_id.value

        authorization: Any = self.authorization

        headers: Any = self.headers
        if not (isinstance(headers, Unset) or headers is None):
            if isinstance(self.headers, Unset):
                headers = UNSET
            elif isinstance(self.headers, OpenResponsesMcpToolHeadersType0):
                headers = self.headers.to_dict()
            else:
                headers = self.headers

        allowed_tools: Any = self.allowed_tools
        if not (isinstance(allowed_tools, Unset) or allowed_tools is None):
            if isinstance(self.allowed_tools, Unset):
                allowed_tools = UNSET
            elif isinstance(self.allowed_tools, list):
                allowed_tools = self.allowed_tools

            elif isinstance(self.allowed_tools, OpenResponsesMcpToolAllowedToolsType1):
                allowed_tools = self.allowed_tools.to_dict()
            else:
                allowed_tools = self.allowed_tools

        require_approval: Any = self.require_approval
        if not (isinstance(require_approval, Unset) or require_approval is None):
            if isinstance(self.require_approval, Unset):
                require_approval = UNSET
            elif isinstance(self.require_approval, OpenResponsesMcpToolRequireApprovalType0):
                require_approval = self.require_approval.value
            elif isinstance(self.require_approval, OpenResponsesMcpToolRequireApprovalType1):
                require_approval = self.require_approval.to_dict()
            else:
                require_approval = self.require_approval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if server_label is not UNSET:
            field_dict["server_label"] = server_label
        if server_url is not UNSET:
            field_dict["server_url"] = server_url
        if server_description is not UNSET:
            field_dict["server_description"] = server_description
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if headers is not UNSET:
            field_dict["headers"] = headers
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if require_approval is not UNSET:
            field_dict["require_approval"] = require_approval

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OpenResponsesMcpTool and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OpenResponsesMcpToolType.is_known(data["type"]):
            return False
        if "server_label" not in data:
            return False
        if "connector_id" in data and not OpenResponsesMcpToolConnectorId.is_known(data["connector_id"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = OpenResponsesMcpToolType._parse(_raw_type_)

        server_label = d.pop("server_label", UNSET)

        server_url = d.pop("server_url", UNSET)

        server_description = d.pop("server_description", UNSET)

        _raw_connector_id = d.pop("connector_id", UNSET)
        connector_id: Any = _raw_connector_id
        if _raw_connector_id is not None and _raw_connector_id is not UNSET:
            _connector_id = _raw_connector_id
            connector_id: OpenResponsesMcpToolConnectorId | Unset
            if isinstance(_connector_id, Unset):
                connector_id = UNSET
            else:
                connector_id = OpenResponsesMcpToolConnectorId._parse(_connector_id)

        authorization = d.pop("authorization", UNSET)

        _raw_headers = d.pop("headers", UNSET)
        headers: Any = _raw_headers
        if _raw_headers is not None and _raw_headers is not UNSET:
            headers = _parse_headers(_raw_headers)

        _raw_allowed_tools = d.pop("allowed_tools", UNSET)
        allowed_tools: Any = _raw_allowed_tools
        if _raw_allowed_tools is not None and _raw_allowed_tools is not UNSET:
            allowed_tools = _parse_allowed_tools(_raw_allowed_tools)

        _raw_require_approval = d.pop("require_approval", UNSET)
        require_approval: Any = _raw_require_approval
        if _raw_require_approval is not None and _raw_require_approval is not UNSET:
            require_approval = _parse_require_approval(_raw_require_approval)

        open_responses_mcp_tool = cls(
            type_=type_,
            server_label=server_label,
            server_url=server_url,
            server_description=server_description,
            connector_id=connector_id,
            authorization=authorization,
            headers=headers,
            allowed_tools=allowed_tools,
            require_approval=require_approval,
        )

        open_responses_mcp_tool.additional_properties = d
        return open_responses_mcp_tool

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


def _parse_headers(data: object) -> None | OpenResponsesMcpToolHeadersType0 | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if OpenResponsesMcpToolHeadersType0._matches(data):
        try:
            headers_type_0 = OpenResponsesMcpToolHeadersType0.from_dict(data)

            return headers_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        headers_type_0 = OpenResponsesMcpToolHeadersType0.from_dict(data)

        return headers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | OpenResponsesMcpToolHeadersType0 | Unset", data)


def _parse_allowed_tools(data: object) -> list[str] | None | OpenResponsesMcpToolAllowedToolsType1 | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if OpenResponsesMcpToolAllowedToolsType1._matches(data):
        try:
            allowed_tools_type_1 = OpenResponsesMcpToolAllowedToolsType1.from_dict(data)

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
        allowed_tools_type_1 = OpenResponsesMcpToolAllowedToolsType1.from_dict(data)

        return allowed_tools_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None | OpenResponsesMcpToolAllowedToolsType1 | Unset", data)


def _parse_require_approval(
    data: object,
) -> None | OpenResponsesMcpToolRequireApprovalType0 | OpenResponsesMcpToolRequireApprovalType1 | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if OpenResponsesMcpToolRequireApprovalType0.is_known(data):
        try:
            require_approval_type_0 = OpenResponsesMcpToolRequireApprovalType0._parse(data)

            return require_approval_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenResponsesMcpToolRequireApprovalType1._matches(data):
        try:
            require_approval_type_1 = OpenResponsesMcpToolRequireApprovalType1.from_dict(data)

            return require_approval_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        require_approval_type_0 = OpenResponsesMcpToolRequireApprovalType0._parse(data)

        return require_approval_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        require_approval_type_1 = OpenResponsesMcpToolRequireApprovalType1.from_dict(data)

        return require_approval_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "None | OpenResponsesMcpToolRequireApprovalType0 | OpenResponsesMcpToolRequireApprovalType1 | Unset", data
    )
