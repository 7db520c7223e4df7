from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.additional_tools_item_role import AdditionalToolsItemRole
from ..models.additional_tools_item_type import AdditionalToolsItemType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.additional_tools_item_tools_item_option_1 import AdditionalToolsItemToolsItemOption1
    from ..models.additional_tools_item_tools_item_option_29 import AdditionalToolsItemToolsItemOption29
    from ..models.advisor_server_tool_open_router import AdvisorServerToolOpenRouter
    from ..models.apply_patch_server_tool import ApplyPatchServerTool
    from ..models.apply_patch_server_tool_open_router import ApplyPatchServerToolOpenRouter
    from ..models.bash_server_tool import BashServerTool
    from ..models.code_interpreter_server_tool import CodeInterpreterServerTool
    from ..models.codex_local_shell_tool import CodexLocalShellTool
    from ..models.computer_use_server_tool import ComputerUseServerTool
    from ..models.custom_tool import CustomTool
    from ..models.datetime_server_tool import DatetimeServerTool
    from ..models.file_search_server_tool import FileSearchServerTool
    from ..models.files_server_tool import FilesServerTool
    from ..models.fusion_server_tool_open_router import FusionServerToolOpenRouter
    from ..models.image_generation_server_tool import ImageGenerationServerTool
    from ..models.image_generation_server_tool_open_router import ImageGenerationServerToolOpenRouter
    from ..models.legacy_web_search_server_tool import LegacyWebSearchServerTool
    from ..models.mcp_server_tool import McpServerTool
    from ..models.namespace_tool import NamespaceTool
    from ..models.preview_20250311_web_search_server_tool import Preview20250311WebSearchServerTool
    from ..models.preview_web_search_server_tool import PreviewWebSearchServerTool
    from ..models.search_models_server_tool_open_router import SearchModelsServerToolOpenRouter
    from ..models.shell_server_tool import ShellServerTool
    from ..models.shell_server_tool_open_router import ShellServerToolOpenRouter
    from ..models.subagent_server_tool_open_router import SubagentServerToolOpenRouter
    from ..models.tool_search_server_tool import ToolSearchServerTool
    from ..models.web_fetch_server_tool import WebFetchServerTool
    from ..models.web_search_server_tool import WebSearchServerTool
    from ..models.web_search_server_tool_open_router import WebSearchServerToolOpenRouter

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AdditionalToolsItemToolsItemOption1, \
        AdditionalToolsItemToolsItemOption29, \
        AdvisorServerToolOpenRouter, \
        ApplyPatchServerTool, \
        ApplyPatchServerToolOpenRouter, \
        BashServerTool, \
        CodeInterpreterServerTool, \
        CodexLocalShellTool, \
        ComputerUseServerTool, \
        CustomTool, \
        DatetimeServerTool, \
        FileSearchServerTool, \
        FilesServerTool, \
        FusionServerToolOpenRouter, \
        ImageGenerationServerTool, \
        ImageGenerationServerToolOpenRouter, \
        LegacyWebSearchServerTool, \
        McpServerTool, \
        NamespaceTool, \
        Preview20250311WebSearchServerTool, \
        PreviewWebSearchServerTool, \
        SearchModelsServerToolOpenRouter, \
        ShellServerTool, \
        ShellServerToolOpenRouter, \
        SubagentServerToolOpenRouter, \
        ToolSearchServerTool, \
        WebFetchServerTool, \
        WebSearchServerTool, \
        WebSearchServerToolOpenRouter
    if _lazy_imports_resolved:
        return
    from ..models.additional_tools_item_tools_item_option_1 import AdditionalToolsItemToolsItemOption1  # noqa: PLC0415
    from ..models.additional_tools_item_tools_item_option_29 import AdditionalToolsItemToolsItemOption29  # noqa: PLC0415
    from ..models.advisor_server_tool_open_router import AdvisorServerToolOpenRouter  # noqa: PLC0415
    from ..models.apply_patch_server_tool import ApplyPatchServerTool  # noqa: PLC0415
    from ..models.apply_patch_server_tool_open_router import ApplyPatchServerToolOpenRouter  # noqa: PLC0415
    from ..models.bash_server_tool import BashServerTool  # noqa: PLC0415
    from ..models.code_interpreter_server_tool import CodeInterpreterServerTool  # noqa: PLC0415
    from ..models.codex_local_shell_tool import CodexLocalShellTool  # noqa: PLC0415
    from ..models.computer_use_server_tool import ComputerUseServerTool  # noqa: PLC0415
    from ..models.custom_tool import CustomTool  # noqa: PLC0415
    from ..models.datetime_server_tool import DatetimeServerTool  # noqa: PLC0415
    from ..models.file_search_server_tool import FileSearchServerTool  # noqa: PLC0415
    from ..models.files_server_tool import FilesServerTool  # noqa: PLC0415
    from ..models.fusion_server_tool_open_router import FusionServerToolOpenRouter  # noqa: PLC0415
    from ..models.image_generation_server_tool import ImageGenerationServerTool  # noqa: PLC0415
    from ..models.image_generation_server_tool_open_router import ImageGenerationServerToolOpenRouter  # noqa: PLC0415
    from ..models.legacy_web_search_server_tool import LegacyWebSearchServerTool  # noqa: PLC0415
    from ..models.mcp_server_tool import McpServerTool  # noqa: PLC0415
    from ..models.namespace_tool import NamespaceTool  # noqa: PLC0415
    from ..models.preview_20250311_web_search_server_tool import Preview20250311WebSearchServerTool  # noqa: PLC0415
    from ..models.preview_web_search_server_tool import PreviewWebSearchServerTool  # noqa: PLC0415
    from ..models.search_models_server_tool_open_router import SearchModelsServerToolOpenRouter  # noqa: PLC0415
    from ..models.shell_server_tool import ShellServerTool  # noqa: PLC0415
    from ..models.shell_server_tool_open_router import ShellServerToolOpenRouter  # noqa: PLC0415
    from ..models.subagent_server_tool_open_router import SubagentServerToolOpenRouter  # noqa: PLC0415
    from ..models.tool_search_server_tool import ToolSearchServerTool  # noqa: PLC0415
    from ..models.web_fetch_server_tool import WebFetchServerTool  # noqa: PLC0415
    from ..models.web_search_server_tool import WebSearchServerTool  # noqa: PLC0415
    from ..models.web_search_server_tool_open_router import WebSearchServerToolOpenRouter  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AdditionalToolsItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"role", "tools", "type", "id"})


@_attrs_define(repr=False)
class AdditionalToolsItem:
    """Additional tools made available to the model at this point in the input

    Example:
        {'role': 'developer', 'tools': [{'name': 'get_weather', 'parameters': {'properties': {'location': {'type':
            'string'}}, 'type': 'object'}, 'type': 'function'}], 'type': 'additional_tools'}

    Attributes:
        role (AdditionalToolsItemRole):
        tools (list[AdditionalToolsItemToolsItemOption1 | AdditionalToolsItemToolsItemOption29 |
            AdvisorServerToolOpenRouter | ApplyPatchServerTool | ApplyPatchServerToolOpenRouter | BashServerTool |
            CodeInterpreterServerTool | CodexLocalShellTool | ComputerUseServerTool | CustomTool | DatetimeServerTool |
            FileSearchServerTool | FilesServerTool | FusionServerToolOpenRouter | ImageGenerationServerTool |
            ImageGenerationServerToolOpenRouter | LegacyWebSearchServerTool | McpServerTool | NamespaceTool |
            Preview20250311WebSearchServerTool | PreviewWebSearchServerTool | SearchModelsServerToolOpenRouter |
            ShellServerTool | ShellServerToolOpenRouter | SubagentServerToolOpenRouter | ToolSearchServerTool |
            WebFetchServerTool | WebSearchServerTool | WebSearchServerToolOpenRouter]):
        type_ (AdditionalToolsItemType):
        id (None | str | Unset):
    """

    _role: AdditionalToolsItemRole = _attrs_field(alias="role")
    _tools: list[
        AdditionalToolsItemToolsItemOption1
        | AdditionalToolsItemToolsItemOption29
        | AdvisorServerToolOpenRouter
        | ApplyPatchServerTool
        | ApplyPatchServerToolOpenRouter
        | BashServerTool
        | CodeInterpreterServerTool
        | CodexLocalShellTool
        | ComputerUseServerTool
        | CustomTool
        | DatetimeServerTool
        | FileSearchServerTool
        | FilesServerTool
        | FusionServerToolOpenRouter
        | ImageGenerationServerTool
        | ImageGenerationServerToolOpenRouter
        | LegacyWebSearchServerTool
        | McpServerTool
        | NamespaceTool
        | Preview20250311WebSearchServerTool
        | PreviewWebSearchServerTool
        | SearchModelsServerToolOpenRouter
        | ShellServerTool
        | ShellServerToolOpenRouter
        | SubagentServerToolOpenRouter
        | ToolSearchServerTool
        | WebFetchServerTool
        | WebSearchServerTool
        | WebSearchServerToolOpenRouter
    ] = _attrs_field(alias="tools")
    _type_: AdditionalToolsItemType = _attrs_field(alias="type_")
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def role(self) -> AdditionalToolsItemRole:
        value: Any = self._role
        if value is UNSET:
            raise MissingFieldError("AdditionalToolsItem", "role")
        return value

    @role.setter
    def role(self, value: AdditionalToolsItemRole) -> None:
        self._role = value

    @property
    def tools(
        self,
    ) -> list[
        AdditionalToolsItemToolsItemOption1
        | AdditionalToolsItemToolsItemOption29
        | AdvisorServerToolOpenRouter
        | ApplyPatchServerTool
        | ApplyPatchServerToolOpenRouter
        | BashServerTool
        | CodeInterpreterServerTool
        | CodexLocalShellTool
        | ComputerUseServerTool
        | CustomTool
        | DatetimeServerTool
        | FileSearchServerTool
        | FilesServerTool
        | FusionServerToolOpenRouter
        | ImageGenerationServerTool
        | ImageGenerationServerToolOpenRouter
        | LegacyWebSearchServerTool
        | McpServerTool
        | NamespaceTool
        | Preview20250311WebSearchServerTool
        | PreviewWebSearchServerTool
        | SearchModelsServerToolOpenRouter
        | ShellServerTool
        | ShellServerToolOpenRouter
        | SubagentServerToolOpenRouter
        | ToolSearchServerTool
        | WebFetchServerTool
        | WebSearchServerTool
        | WebSearchServerToolOpenRouter
    ]:
        value: Any = self._tools
        if value is UNSET:
            raise MissingFieldError("AdditionalToolsItem", "tools")
        return value

    @tools.setter
    def tools(
        self,
        value: list[
            AdditionalToolsItemToolsItemOption1
            | AdditionalToolsItemToolsItemOption29
            | AdvisorServerToolOpenRouter
            | ApplyPatchServerTool
            | ApplyPatchServerToolOpenRouter
            | BashServerTool
            | CodeInterpreterServerTool
            | CodexLocalShellTool
            | ComputerUseServerTool
            | CustomTool
            | DatetimeServerTool
            | FileSearchServerTool
            | FilesServerTool
            | FusionServerToolOpenRouter
            | ImageGenerationServerTool
            | ImageGenerationServerToolOpenRouter
            | LegacyWebSearchServerTool
            | McpServerTool
            | NamespaceTool
            | Preview20250311WebSearchServerTool
            | PreviewWebSearchServerTool
            | SearchModelsServerToolOpenRouter
            | ShellServerTool
            | ShellServerToolOpenRouter
            | SubagentServerToolOpenRouter
            | ToolSearchServerTool
            | WebFetchServerTool
            | WebSearchServerTool
            | WebSearchServerToolOpenRouter
        ],
    ) -> None:
        self._tools = value

    @property
    def type_(self) -> AdditionalToolsItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AdditionalToolsItem", "type")
        return value

    @type_.setter
    def type_(self, value: AdditionalToolsItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"role={self._role!r}, "
            f"tools={self._tools!r}, "
            f"type_={self._type_!r}, "
            f"id={self.id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        role: Any = self._role
        if not (isinstance(role, Unset) or role is None):
            role = self._role.value

        tools: Any = self._tools
        if not (isinstance(tools, Unset) or tools is None):
            tools = []
            for tools_item_data in self._tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, AdditionalToolsItemToolsItemOption1):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, PreviewWebSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, Preview20250311WebSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, LegacyWebSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, FileSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ComputerUseServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CodeInterpreterServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, McpServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ImageGenerationServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CodexLocalShellTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ShellServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ApplyPatchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CustomTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, NamespaceTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, AdvisorServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, SubagentServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, DatetimeServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, FilesServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, FusionServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ImageGenerationServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, SearchModelsServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebFetchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebSearchServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ApplyPatchServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, BashServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ShellServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ToolSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        id: Any = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if role is not UNSET:
            field_dict["role"] = role
        if tools is not UNSET:
            field_dict["tools"] = tools
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AdditionalToolsItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "role" not in data:
            return False
        if "role" in data and not AdditionalToolsItemRole.is_known(data["role"]):
            return False
        if "tools" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AdditionalToolsItemType.is_known(data["type"]):
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
                    f"AdditionalToolsItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "role"
            _raw_role = d.get("role", UNSET)
            role: Any = _raw_role
            if _raw_role is not None and _raw_role is not UNSET:
                role = AdditionalToolsItemRole._value2member_map_.get(_raw_role) or AdditionalToolsItemRole._parse(
                    _raw_role
                )

            _field = "tools"
            _raw_tools = d.get("tools", UNSET)
            tools: Any = _raw_tools
            if _raw_tools is not None and _raw_tools is not UNSET:
                tools = [_parse_tools_item(tools_item_data) for tools_item_data in _raw_tools]

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AdditionalToolsItemType._value2member_map_.get(_raw_type_) or AdditionalToolsItemType._parse(
                    _raw_type_
                )

            id = d.get("id", UNSET)

        except FieldParseError as error:
            raise error.within("AdditionalToolsItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AdditionalToolsItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        additional_tools_item = cls(
            role,
            tools,
            type_,
            id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            additional_tools_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return additional_tools_item

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


AdditionalToolsItem.__annotations__ = ResolvingAnnotations(AdditionalToolsItem.__annotations__, _resolve_lazy_imports)


def _parse_tools_item(
    data: object,
) -> (
    AdditionalToolsItemToolsItemOption1
    | AdditionalToolsItemToolsItemOption29
    | AdvisorServerToolOpenRouter
    | ApplyPatchServerTool
    | ApplyPatchServerToolOpenRouter
    | BashServerTool
    | CodeInterpreterServerTool
    | CodexLocalShellTool
    | ComputerUseServerTool
    | CustomTool
    | DatetimeServerTool
    | FileSearchServerTool
    | FilesServerTool
    | FusionServerToolOpenRouter
    | ImageGenerationServerTool
    | ImageGenerationServerToolOpenRouter
    | LegacyWebSearchServerTool
    | McpServerTool
    | NamespaceTool
    | Preview20250311WebSearchServerTool
    | PreviewWebSearchServerTool
    | SearchModelsServerToolOpenRouter
    | ShellServerTool
    | ShellServerToolOpenRouter
    | SubagentServerToolOpenRouter
    | ToolSearchServerTool
    | WebFetchServerTool
    | WebSearchServerTool
    | WebSearchServerToolOpenRouter
):
    if AdditionalToolsItemToolsItemOption1._matches(data):
        try:
            tools_item_type_0 = AdditionalToolsItemToolsItemOption1.from_dict(data)

            return tools_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if PreviewWebSearchServerTool._matches(data):
        try:
            tools_item_type_1 = PreviewWebSearchServerTool.from_dict(data)

            return tools_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if Preview20250311WebSearchServerTool._matches(data):
        try:
            tools_item_type_2 = Preview20250311WebSearchServerTool.from_dict(data)

            return tools_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if LegacyWebSearchServerTool._matches(data):
        try:
            tools_item_type_3 = LegacyWebSearchServerTool.from_dict(data)

            return tools_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if WebSearchServerTool._matches(data):
        try:
            tools_item_type_4 = WebSearchServerTool.from_dict(data)

            return tools_item_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FileSearchServerTool._matches(data):
        try:
            tools_item_type_5 = FileSearchServerTool.from_dict(data)

            return tools_item_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ComputerUseServerTool._matches(data):
        try:
            tools_item_type_6 = ComputerUseServerTool.from_dict(data)

            return tools_item_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CodeInterpreterServerTool._matches(data):
        try:
            tools_item_type_7 = CodeInterpreterServerTool.from_dict(data)

            return tools_item_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if McpServerTool._matches(data):
        try:
            tools_item_type_8 = McpServerTool.from_dict(data)

            return tools_item_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ImageGenerationServerTool._matches(data):
        try:
            tools_item_type_9 = ImageGenerationServerTool.from_dict(data)

            return tools_item_type_9
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CodexLocalShellTool._matches(data):
        try:
            tools_item_type_10 = CodexLocalShellTool.from_dict(data)

            return tools_item_type_10
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ShellServerTool._matches(data):
        try:
            tools_item_type_11 = ShellServerTool.from_dict(data)

            return tools_item_type_11
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ApplyPatchServerTool._matches(data):
        try:
            tools_item_type_12 = ApplyPatchServerTool.from_dict(data)

            return tools_item_type_12
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CustomTool._matches(data):
        try:
            tools_item_type_13 = CustomTool.from_dict(data)

            return tools_item_type_13
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if NamespaceTool._matches(data):
        try:
            tools_item_type_14 = NamespaceTool.from_dict(data)

            return tools_item_type_14
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AdvisorServerToolOpenRouter._matches(data):
        try:
            tools_item_type_15 = AdvisorServerToolOpenRouter.from_dict(data)

            return tools_item_type_15
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if SubagentServerToolOpenRouter._matches(data):
        try:
            tools_item_type_16 = SubagentServerToolOpenRouter.from_dict(data)

            return tools_item_type_16
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if DatetimeServerTool._matches(data):
        try:
            tools_item_type_17 = DatetimeServerTool.from_dict(data)

            return tools_item_type_17
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FilesServerTool._matches(data):
        try:
            tools_item_type_18 = FilesServerTool.from_dict(data)

            return tools_item_type_18
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FusionServerToolOpenRouter._matches(data):
        try:
            tools_item_type_19 = FusionServerToolOpenRouter.from_dict(data)

            return tools_item_type_19
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ImageGenerationServerToolOpenRouter._matches(data):
        try:
            tools_item_type_20 = ImageGenerationServerToolOpenRouter.from_dict(data)

            return tools_item_type_20
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if SearchModelsServerToolOpenRouter._matches(data):
        try:
            tools_item_type_21 = SearchModelsServerToolOpenRouter.from_dict(data)

            return tools_item_type_21
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if WebFetchServerTool._matches(data):
        try:
            tools_item_type_22 = WebFetchServerTool.from_dict(data)

            return tools_item_type_22
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if WebSearchServerToolOpenRouter._matches(data):
        try:
            tools_item_type_23 = WebSearchServerToolOpenRouter.from_dict(data)

            return tools_item_type_23
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ApplyPatchServerToolOpenRouter._matches(data):
        try:
            tools_item_type_24 = ApplyPatchServerToolOpenRouter.from_dict(data)

            return tools_item_type_24
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if BashServerTool._matches(data):
        try:
            tools_item_type_25 = BashServerTool.from_dict(data)

            return tools_item_type_25
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ShellServerToolOpenRouter._matches(data):
        try:
            tools_item_type_26 = ShellServerToolOpenRouter.from_dict(data)

            return tools_item_type_26
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ToolSearchServerTool._matches(data):
        try:
            tools_item_type_27 = ToolSearchServerTool.from_dict(data)

            return tools_item_type_27
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AdditionalToolsItemToolsItemOption29._matches(data):
        try:
            tools_item_type_28 = AdditionalToolsItemToolsItemOption29.from_dict(data)

            return tools_item_type_28
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_0 = AdditionalToolsItemToolsItemOption1.from_dict(data)

        return tools_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_1 = PreviewWebSearchServerTool.from_dict(data)

        return tools_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_2 = Preview20250311WebSearchServerTool.from_dict(data)

        return tools_item_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_3 = LegacyWebSearchServerTool.from_dict(data)

        return tools_item_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_4 = WebSearchServerTool.from_dict(data)

        return tools_item_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_5 = FileSearchServerTool.from_dict(data)

        return tools_item_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_6 = ComputerUseServerTool.from_dict(data)

        return tools_item_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_7 = CodeInterpreterServerTool.from_dict(data)

        return tools_item_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_8 = McpServerTool.from_dict(data)

        return tools_item_type_8
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_9 = ImageGenerationServerTool.from_dict(data)

        return tools_item_type_9
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_10 = CodexLocalShellTool.from_dict(data)

        return tools_item_type_10
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_11 = ShellServerTool.from_dict(data)

        return tools_item_type_11
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_12 = ApplyPatchServerTool.from_dict(data)

        return tools_item_type_12
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_13 = CustomTool.from_dict(data)

        return tools_item_type_13
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_14 = NamespaceTool.from_dict(data)

        return tools_item_type_14
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_15 = AdvisorServerToolOpenRouter.from_dict(data)

        return tools_item_type_15
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_16 = SubagentServerToolOpenRouter.from_dict(data)

        return tools_item_type_16
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_17 = DatetimeServerTool.from_dict(data)

        return tools_item_type_17
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_18 = FilesServerTool.from_dict(data)

        return tools_item_type_18
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_19 = FusionServerToolOpenRouter.from_dict(data)

        return tools_item_type_19
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_20 = ImageGenerationServerToolOpenRouter.from_dict(data)

        return tools_item_type_20
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_21 = SearchModelsServerToolOpenRouter.from_dict(data)

        return tools_item_type_21
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_22 = WebFetchServerTool.from_dict(data)

        return tools_item_type_22
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_23 = WebSearchServerToolOpenRouter.from_dict(data)

        return tools_item_type_23
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_24 = ApplyPatchServerToolOpenRouter.from_dict(data)

        return tools_item_type_24
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_25 = BashServerTool.from_dict(data)

        return tools_item_type_25
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_26 = ShellServerToolOpenRouter.from_dict(data)

        return tools_item_type_26
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_27 = ToolSearchServerTool.from_dict(data)

        return tools_item_type_27
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    tools_item_type_28 = AdditionalToolsItemToolsItemOption29.from_dict(data)

    return tools_item_type_28
