from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.failable_tool_call_status import FailableToolCallStatus
from ..models.output_advisor_server_tool_item_type import OutputAdvisorServerToolItemType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="OutputAdvisorServerToolItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"status", "type", "advice", "error", "id", "instance_name", "model", "prompt"}
)


@_attrs_define(repr=False)
class OutputAdvisorServerToolItem:
    """An openrouter:advisor server tool output item

    Example:
        {'id': 'st_tmp_abc123', 'status': 'completed', 'type': 'openrouter:advisor'}

    Attributes:
        status (FailableToolCallStatus):  Example: completed.
        type_ (OutputAdvisorServerToolItemType):
        advice (str | Unset): The advisor model's response (the advice text returned to the executor).
        error (str | Unset): Error message when the advisor call did not produce advice. Set together with `status:
            'failed'` on the terminal item.
        id (str | Unset):
        instance_name (str | Unset): Provider-safe function name of the specific advisor instance that produced this
            item (e.g. `openrouter_advisor__1`). Present only when more than one advisor tool is configured; omitted for the
            default single advisor. Echo this field back unchanged so the advisor's cross-request memory stays namespaced to
            the correct instance. This identity is positional: it is derived from the index of the advisor entry in the
            request `tools` array, so clients must keep the order of advisor tool entries stable across requests in a
            conversation. Reordering or inserting advisor entries shifts these names and causes each advisor's cross-request
            memory to be attributed to the wrong instance. Example: openrouter_advisor__1.
        model (str | Unset): Slug of the advisor model that was consulted.
        prompt (str | Unset): The prompt the executor sent to the advisor.
    """

    _status: FailableToolCallStatus = _attrs_field(alias="status")
    _type_: OutputAdvisorServerToolItemType = _attrs_field(alias="type_")
    advice: str | Unset = UNSET
    error: str | Unset = UNSET
    id: str | Unset = UNSET
    instance_name: str | Unset = UNSET
    model: str | Unset = UNSET
    prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def status(self) -> FailableToolCallStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("OutputAdvisorServerToolItem", "status")
        return value

    @status.setter
    def status(self, value: FailableToolCallStatus) -> None:
        self._status = value

    @property
    def type_(self) -> OutputAdvisorServerToolItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputAdvisorServerToolItem", "type")
        return value

    @type_.setter
    def type_(self, value: OutputAdvisorServerToolItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"status={self._status!r}, "
            f"type_={self._type_!r}, "
            f"advice={self.advice!r}, "
            f"error={self.error!r}, "
            f"id={self.id!r}, "
            f"instance_name={self.instance_name!r}, "
            f"model={self.model!r}, "
            f"prompt={self.prompt!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        advice: Any = self.advice

        error: Any = self.error

        id: Any = self.id

        instance_name: Any = self.instance_name

        model: Any = self.model

        prompt: Any = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if advice is not UNSET:
            field_dict["advice"] = advice
        if error is not UNSET:
            field_dict["error"] = error
        if id is not UNSET:
            field_dict["id"] = id
        if instance_name is not UNSET:
            field_dict["instance_name"] = instance_name
        if model is not UNSET:
            field_dict["model"] = model
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputAdvisorServerToolItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "status" not in data:
            return False
        if "status" in data and not FailableToolCallStatus.is_known(data["status"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputAdvisorServerToolItemType.is_known(data["type"]):
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
                    f"OutputAdvisorServerToolItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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
                type_ = OutputAdvisorServerToolItemType._value2member_map_.get(
                    _raw_type_
                ) or OutputAdvisorServerToolItemType._parse(_raw_type_)

            advice = d.get("advice", UNSET)

            error = d.get("error", UNSET)

            id = d.get("id", UNSET)

            instance_name = d.get("instance_name", UNSET)

            model = d.get("model", UNSET)

            prompt = d.get("prompt", UNSET)

        except FieldParseError as error:
            raise error.within("OutputAdvisorServerToolItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputAdvisorServerToolItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_advisor_server_tool_item = cls(
            status,
            type_,
            advice,
            error,
            id,
            instance_name,
            model,
            prompt,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_advisor_server_tool_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return output_advisor_server_tool_item

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
