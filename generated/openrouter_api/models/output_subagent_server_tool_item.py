from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.failable_tool_call_status import FailableToolCallStatus
from ..models.output_subagent_server_tool_item_type import OutputSubagentServerToolItemType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="OutputSubagentServerToolItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "status",
        "type",
        "call_id",
        "error",
        "id",
        "instance_name",
        "model",
        "name",
        "outcome",
        "task_description",
        "task_name",
    }
)


@_attrs_define(repr=False)
class OutputSubagentServerToolItem:
    """An openrouter:subagent server tool output item

    Example:
        {'id': 'st_tmp_abc123', 'status': 'completed', 'type': 'openrouter:subagent'}

    Attributes:
        status (FailableToolCallStatus):  Example: completed.
        type_ (OutputSubagentServerToolItemType):
        call_id (str | Unset): EXPERIMENTAL — subject to change without notice. The `call_id` of the tool call that
            spawned this subagent. This id will also be included as the `subagent_id` on any `function_call` items created
            by the subagent. This must be returned in the request so the `function_call` can be matched with the correct
            subagent. A suspended `in_progress` item is announced once and never re-emitted or terminally closed —
            completion arrives as a new item with the same `call_id`.
        error (str | Unset): Error message when the subagent task did not produce an outcome. Set together with `status:
            'failed'` on the terminal item.
        id (str | Unset):
        instance_name (str | Unset): Provider-safe function name of the specific subagent instance that produced this
            item (e.g. `openrouter_subagent__1`). Present only on items from non-default instances — the second and later
            subagent entries in the request `tools` array. The first (default) instance omits it, even when multiple
            subagents are configured. When a replayed item echoes this field back, the transcript rehydrates the call under
            that instance's tool. This identity is positional: it is derived from the index of the subagent entry in the
            request `tools` array, so keep the order of subagent entries stable across requests in a conversation. Example:
            openrouter_subagent__1.
        model (str | Unset): Slug of the worker model that executed the task.
        name (str | Unset): Configured name of the subagent that executed the task (the `name` on its tool entry).
            Present only for named subagents; omitted for an unnamed (default) subagent. Example: summarizer.
        outcome (str | Unset): The worker model's result (the outcome text returned to the delegating model).
        task_description (str | Unset): The task description the delegating model sent to the worker.
        task_name (str | Unset): The short task identifier the delegating model supplied.
    """

    _status: FailableToolCallStatus = _attrs_field(alias="status")
    _type_: OutputSubagentServerToolItemType = _attrs_field(alias="type_")
    call_id: str | Unset = UNSET
    error: str | Unset = UNSET
    id: str | Unset = UNSET
    instance_name: str | Unset = UNSET
    model: str | Unset = UNSET
    name: str | Unset = UNSET
    outcome: str | Unset = UNSET
    task_description: str | Unset = UNSET
    task_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def status(self) -> FailableToolCallStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("OutputSubagentServerToolItem", "status")
        return value

    @status.setter
    def status(self, value: FailableToolCallStatus) -> None:
        self._status = value

    @property
    def type_(self) -> OutputSubagentServerToolItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputSubagentServerToolItem", "type")
        return value

    @type_.setter
    def type_(self, value: OutputSubagentServerToolItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"status={self._status!r}, "
            f"type_={self._type_!r}, "
            f"call_id={self.call_id!r}, "
            f"error={self.error!r}, "
            f"id={self.id!r}, "
            f"instance_name={self.instance_name!r}, "
            f"model={self.model!r}, "
            f"name={self.name!r}, "
            f"outcome={self.outcome!r}, "
            f"task_description={self.task_description!r}, "
            f"task_name={self.task_name!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        call_id: Any = self.call_id

        error: Any = self.error

        id: Any = self.id

        instance_name: Any = self.instance_name

        model: Any = self.model

        name: Any = self.name

        outcome: Any = self.outcome

        task_description: Any = self.task_description

        task_name: Any = self.task_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if error is not UNSET:
            field_dict["error"] = error
        if id is not UNSET:
            field_dict["id"] = id
        if instance_name is not UNSET:
            field_dict["instance_name"] = instance_name
        if model is not UNSET:
            field_dict["model"] = model
        if name is not UNSET:
            field_dict["name"] = name
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if task_description is not UNSET:
            field_dict["task_description"] = task_description
        if task_name is not UNSET:
            field_dict["task_name"] = task_name

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputSubagentServerToolItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "status" not in data:
            return False
        if "status" in data and not FailableToolCallStatus.is_known(data["status"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputSubagentServerToolItemType.is_known(data["type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"OutputSubagentServerToolItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = FailableToolCallStatus._value2member_map_.get(_raw_status) or FailableToolCallStatus._parse(
                    _raw_status
                )

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OutputSubagentServerToolItemType._value2member_map_.get(
                    _raw_type_
                ) or OutputSubagentServerToolItemType._parse(_raw_type_)

            call_id = d.get("call_id", UNSET)

            error = d.get("error", UNSET)

            id = d.get("id", UNSET)

            instance_name = d.get("instance_name", UNSET)

            model = d.get("model", UNSET)

            name = d.get("name", UNSET)

            outcome = d.get("outcome", UNSET)

            task_description = d.get("task_description", UNSET)

            task_name = d.get("task_name", UNSET)

        except FieldParseError as error:
            raise error.within("OutputSubagentServerToolItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputSubagentServerToolItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_subagent_server_tool_item = cls(
            status,
            type_,
            call_id,
            error,
            id,
            instance_name,
            model,
            name,
            outcome,
            task_description,
            task_name,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_subagent_server_tool_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return output_subagent_server_tool_item

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
