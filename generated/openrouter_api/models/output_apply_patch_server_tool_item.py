from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_apply_patch_server_tool_item_type import OutputApplyPatchServerToolItemType
from ..models.tool_call_status import ToolCallStatus
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_create_file_operation import ApplyPatchCreateFileOperation
    from ..models.apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
    from ..models.apply_patch_update_file_operation import ApplyPatchUpdateFileOperation

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        ApplyPatchCreateFileOperation, \
        ApplyPatchDeleteFileOperation, \
        ApplyPatchUpdateFileOperation
    if _lazy_imports_resolved:
        return
    from ..models.apply_patch_create_file_operation import ApplyPatchCreateFileOperation  # noqa: PLC0415
    from ..models.apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation  # noqa: PLC0415
    from ..models.apply_patch_update_file_operation import ApplyPatchUpdateFileOperation  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OutputApplyPatchServerToolItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"status", "type", "call_id", "id", "operation"})


@_attrs_define(repr=False)
class OutputApplyPatchServerToolItem:
    """An openrouter:apply_patch server tool output item. The turn halts when validation succeeds so the client can apply
    the patch and echo an `apply_patch_call_output` on the next turn.

        Example:
            {'call_id': 'call_abc123', 'id': 'apc_abc123', 'operation': {'diff': '@@ function main() {\\n+
                console.log("hi");\\n }', 'path': '/src/main.ts', 'type': 'update_file'}, 'status': 'completed', 'type':
                'openrouter:apply_patch'}

        Attributes:
            status (ToolCallStatus):  Example: completed.
            type_ (OutputApplyPatchServerToolItemType):
            call_id (str | Unset):
            id (str | Unset):
            operation (ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation |
                Unset): The patch operation requested by an `apply_patch_call`. `create_file` and `update_file` carry a V4A
                diff; `delete_file` omits it. Example: {'diff': '@@ function main() {\\n+  console.log("hi");\\n }', 'path':
                '/src/main.ts', 'type': 'update_file'}.
    """

    _status: ToolCallStatus = _attrs_field(alias="status")
    _type_: OutputApplyPatchServerToolItemType = _attrs_field(alias="type_")
    call_id: str | Unset = UNSET
    id: str | Unset = UNSET
    operation: ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def status(self) -> ToolCallStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("OutputApplyPatchServerToolItem", "status")
        return value

    @status.setter
    def status(self, value: ToolCallStatus) -> None:
        self._status = value

    @property
    def type_(self) -> OutputApplyPatchServerToolItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputApplyPatchServerToolItem", "type")
        return value

    @type_.setter
    def type_(self, value: OutputApplyPatchServerToolItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"status={self._status!r}, "
            f"type_={self._type_!r}, "
            f"call_id={self.call_id!r}, "
            f"id={self.id!r}, "
            f"operation={self.operation!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        call_id: Any = self.call_id

        id: Any = self.id

        operation: Any = self.operation
        if not (isinstance(operation, Unset) or operation is None):
            if isinstance(self.operation, ApplyPatchCreateFileOperation):
                operation = self.operation.to_dict()
            elif isinstance(self.operation, ApplyPatchUpdateFileOperation):
                operation = self.operation.to_dict()
            else:
                operation = self.operation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if id is not UNSET:
            field_dict["id"] = id
        if operation is not UNSET:
            field_dict["operation"] = operation

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputApplyPatchServerToolItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "status" not in data:
            return False
        if "status" in data and not ToolCallStatus.is_known(data["status"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputApplyPatchServerToolItemType.is_known(data["type"]):
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
                    f"OutputApplyPatchServerToolItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = ToolCallStatus._value2member_map_.get(_raw_status) or ToolCallStatus._parse(_raw_status)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OutputApplyPatchServerToolItemType._value2member_map_.get(
                    _raw_type_
                ) or OutputApplyPatchServerToolItemType._parse(_raw_type_)

            call_id = d.get("call_id", UNSET)

            id = d.get("id", UNSET)

            _field = "operation"
            _raw_operation = d.get("operation", UNSET)
            operation: Any = _raw_operation
            if _raw_operation is not None and _raw_operation is not UNSET:
                operation = _parse_operation(_raw_operation)

        except FieldParseError as error:
            raise error.within("OutputApplyPatchServerToolItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputApplyPatchServerToolItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_apply_patch_server_tool_item = cls(
            status,
            type_,
            call_id,
            id,
            operation,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_apply_patch_server_tool_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return output_apply_patch_server_tool_item

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


OutputApplyPatchServerToolItem.__annotations__ = ResolvingAnnotations(
    OutputApplyPatchServerToolItem.__annotations__, _resolve_lazy_imports
)


def _parse_operation(
    data: object,
) -> ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation | Unset:
    if data is UNSET:
        return UNSET
    if ApplyPatchCreateFileOperation._matches(data):
        try:
            componentsschemas_apply_patch_call_operation_type_0 = ApplyPatchCreateFileOperation.from_dict(data)

            return componentsschemas_apply_patch_call_operation_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ApplyPatchUpdateFileOperation._matches(data):
        try:
            componentsschemas_apply_patch_call_operation_type_1 = ApplyPatchUpdateFileOperation.from_dict(data)

            return componentsschemas_apply_patch_call_operation_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ApplyPatchDeleteFileOperation._matches(data):
        try:
            componentsschemas_apply_patch_call_operation_type_2 = ApplyPatchDeleteFileOperation.from_dict(data)

            return componentsschemas_apply_patch_call_operation_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_apply_patch_call_operation_type_0 = ApplyPatchCreateFileOperation.from_dict(data)

        return componentsschemas_apply_patch_call_operation_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_apply_patch_call_operation_type_1 = ApplyPatchUpdateFileOperation.from_dict(data)

        return componentsschemas_apply_patch_call_operation_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_apply_patch_call_operation_type_2 = ApplyPatchDeleteFileOperation.from_dict(data)

    return componentsschemas_apply_patch_call_operation_type_2
