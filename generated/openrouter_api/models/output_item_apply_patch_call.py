from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_apply_patch_call_status import OutputItemApplyPatchCallStatus
from ..models.output_item_apply_patch_call_type import OutputItemApplyPatchCallType
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


T = TypeVar("T", bound="OutputItemApplyPatchCall")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"call_id", "id", "operation", "status", "type", "created_by"})


@_attrs_define(repr=False)
class OutputItemApplyPatchCall:
    """
    Example:
        {'call_id': 'call_abc123', 'id': 'apc_abc123', 'operation': {'diff': '@@ function main() {\\n+
            console.log("hi");\\n }', 'path': '/src/main.ts', 'type': 'update_file'}, 'status': 'completed', 'type':
            'apply_patch_call'}

    Attributes:
        call_id (str):
        id (str):
        operation (ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation):
        status (OutputItemApplyPatchCallStatus):
        type_ (OutputItemApplyPatchCallType):
        created_by (str | Unset):
    """

    _call_id: str = _attrs_field(alias="call_id")
    _id: str = _attrs_field(alias="id")
    _operation: ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation = (
        _attrs_field(alias="operation")
    )
    _status: OutputItemApplyPatchCallStatus = _attrs_field(alias="status")
    _type_: OutputItemApplyPatchCallType = _attrs_field(alias="type_")
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def call_id(self) -> str:
        value: Any = self._call_id
        if value is UNSET:
            raise MissingFieldError("OutputItemApplyPatchCall", "call_id")
        return value

    @call_id.setter
    def call_id(self, value: str) -> None:
        self._call_id = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("OutputItemApplyPatchCall", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def operation(
        self,
    ) -> ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation:
        value: Any = self._operation
        if value is UNSET:
            raise MissingFieldError("OutputItemApplyPatchCall", "operation")
        return value

    @operation.setter
    def operation(
        self, value: ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation
    ) -> None:
        self._operation = value

    @property
    def status(self) -> OutputItemApplyPatchCallStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("OutputItemApplyPatchCall", "status")
        return value

    @status.setter
    def status(self, value: OutputItemApplyPatchCallStatus) -> None:
        self._status = value

    @property
    def type_(self) -> OutputItemApplyPatchCallType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputItemApplyPatchCall", "type")
        return value

    @type_.setter
    def type_(self, value: OutputItemApplyPatchCallType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"call_id={self._call_id!r}, "
            f"id={self._id!r}, "
            f"operation={self._operation!r}, "
            f"status={self._status!r}, "
            f"type_={self._type_!r}, "
            f"created_by={self.created_by!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        call_id: Any = self._call_id

        id: Any = self._id

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

        created_by: Any = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if id is not UNSET:
            field_dict["id"] = id
        if operation is not UNSET:
            field_dict["operation"] = operation
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputItemApplyPatchCall and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "call_id" not in data:
            return False
        if "id" not in data:
            return False
        if "operation" not in data:
            return False
        if "status" not in data:
            return False
        if "status" in data and not OutputItemApplyPatchCallStatus.is_known(data["status"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputItemApplyPatchCallType.is_known(data["type"]):
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
                    f"OutputItemApplyPatchCall is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            call_id = d.get("call_id", UNSET)

            id = d.get("id", UNSET)

            _field = "operation"
            _raw_operation = d.get("operation", UNSET)
            operation: Any = _raw_operation
            if _raw_operation is not None and _raw_operation is not UNSET:
                operation = _parse_operation(_raw_operation)

            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = OutputItemApplyPatchCallStatus._value2member_map_.get(
                    _raw_status
                ) or OutputItemApplyPatchCallStatus._parse(_raw_status)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OutputItemApplyPatchCallType._value2member_map_.get(
                    _raw_type_
                ) or OutputItemApplyPatchCallType._parse(_raw_type_)

            created_by = d.get("created_by", UNSET)

        except FieldParseError as error:
            raise error.within("OutputItemApplyPatchCall", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputItemApplyPatchCall", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_item_apply_patch_call = cls(
            call_id,
            id,
            operation,
            status,
            type_,
            created_by,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_item_apply_patch_call.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return output_item_apply_patch_call

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


OutputItemApplyPatchCall.__annotations__ = ResolvingAnnotations(
    OutputItemApplyPatchCall.__annotations__, _resolve_lazy_imports
)


def _parse_operation(
    data: object,
) -> ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation:
    if ApplyPatchCreateFileOperation._matches(data):
        try:
            operation_type_0 = ApplyPatchCreateFileOperation.from_dict(data)

            return operation_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ApplyPatchUpdateFileOperation._matches(data):
        try:
            operation_type_1 = ApplyPatchUpdateFileOperation.from_dict(data)

            return operation_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ApplyPatchDeleteFileOperation._matches(data):
        try:
            operation_type_2 = ApplyPatchDeleteFileOperation.from_dict(data)

            return operation_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        operation_type_0 = ApplyPatchCreateFileOperation.from_dict(data)

        return operation_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        operation_type_1 = ApplyPatchUpdateFileOperation.from_dict(data)

        return operation_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    operation_type_2 = ApplyPatchDeleteFileOperation.from_dict(data)

    return operation_type_2
