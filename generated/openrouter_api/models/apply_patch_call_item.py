from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_patch_call_item_type import ApplyPatchCallItemType
from ..models.apply_patch_call_status import ApplyPatchCallStatus
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


T = TypeVar("T", bound="ApplyPatchCallItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"call_id", "operation", "status", "type", "id"})


@_attrs_define(repr=False)
class ApplyPatchCallItem:
    """A tool call emitted by the model requesting a V4A patch operation. The client applies the patch and echoes an
    `apply_patch_call_output` on the next turn.

        Example:
            {'call_id': 'call_abc123', 'id': 'apc_abc123', 'operation': {'diff': '@@ function main() {\\n+
                console.log("hi");\\n }', 'path': '/src/main.ts', 'type': 'update_file'}, 'status': 'completed', 'type':
                'apply_patch_call'}

        Attributes:
            call_id (str):
            operation (ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation): The
                patch operation requested by an `apply_patch_call`. `create_file` and `update_file` carry a V4A diff;
                `delete_file` omits it. Example: {'diff': '@@ function main() {\\n+  console.log("hi");\\n }', 'path':
                '/src/main.ts', 'type': 'update_file'}.
            status (ApplyPatchCallStatus): Lifecycle state of an `apply_patch_call` output item. Example: completed.
            type_ (ApplyPatchCallItemType):
            id (None | str | Unset):
    """

    _call_id: str = _attrs_field(alias="call_id")
    _operation: ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation = (
        _attrs_field(alias="operation")
    )
    _status: ApplyPatchCallStatus = _attrs_field(alias="status")
    _type_: ApplyPatchCallItemType = _attrs_field(alias="type_")
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def call_id(self) -> str:
        value: Any = self._call_id
        if value is UNSET:
            raise MissingFieldError("ApplyPatchCallItem", "call_id")
        return value

    @call_id.setter
    def call_id(self, value: str) -> None:
        self._call_id = value

    @property
    def operation(
        self,
    ) -> ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation:
        value: Any = self._operation
        if value is UNSET:
            raise MissingFieldError("ApplyPatchCallItem", "operation")
        return value

    @operation.setter
    def operation(
        self, value: ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation
    ) -> None:
        self._operation = value

    @property
    def status(self) -> ApplyPatchCallStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("ApplyPatchCallItem", "status")
        return value

    @status.setter
    def status(self, value: ApplyPatchCallStatus) -> None:
        self._status = value

    @property
    def type_(self) -> ApplyPatchCallItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ApplyPatchCallItem", "type")
        return value

    @type_.setter
    def type_(self, value: ApplyPatchCallItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"call_id={self._call_id!r}, "
            f"operation={self._operation!r}, "
            f"status={self._status!r}, "
            f"type_={self._type_!r}, "
            f"id={self.id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        call_id: Any = self._call_id

        operation: Any = self._operation
        if not (isinstance(operation, Unset) or operation is None):
            if isinstance(self._operation, ApplyPatchCreateFileOperation):
                operation = self._operation.to_dict()
            elif isinstance(self._operation, ApplyPatchUpdateFileOperation):
                operation = self._operation.to_dict()
            else:
                operation = self._operation.to_dict()

        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        id: Any = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if operation is not UNSET:
            field_dict["operation"] = operation
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ApplyPatchCallItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "call_id" not in data:
            return False
        if "operation" not in data:
            return False
        if "status" not in data:
            return False
        if "status" in data and not ApplyPatchCallStatus.is_known(data["status"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not ApplyPatchCallItemType.is_known(data["type"]):
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
                    f"ApplyPatchCallItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            call_id = d.get("call_id", UNSET)

            _field = "operation"
            _raw_operation = d.get("operation", UNSET)
            operation: Any = _raw_operation
            if _raw_operation is not None and _raw_operation is not UNSET:
                operation = _parse_operation(_raw_operation)

            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = ApplyPatchCallStatus._value2member_map_.get(_raw_status) or ApplyPatchCallStatus._parse(
                    _raw_status
                )

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ApplyPatchCallItemType._value2member_map_.get(_raw_type_) or ApplyPatchCallItemType._parse(
                    _raw_type_
                )

            id = d.get("id", UNSET)

        except FieldParseError as error:
            raise error.within("ApplyPatchCallItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ApplyPatchCallItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        apply_patch_call_item = cls(
            call_id,
            operation,
            status,
            type_,
            id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            apply_patch_call_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return apply_patch_call_item

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


ApplyPatchCallItem.__annotations__ = ResolvingAnnotations(ApplyPatchCallItem.__annotations__, _resolve_lazy_imports)


def _parse_operation(
    data: object,
) -> ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation:
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
