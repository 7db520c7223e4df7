from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.completed_event_type import CompletedEventType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.base_responses_result import BaseResponsesResult

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, BaseResponsesResult
    if _lazy_imports_resolved:
        return
    from ..models.base_responses_result import BaseResponsesResult  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="CompletedEvent")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"response", "sequence_number", "type"})


@_attrs_define(repr=False)
class CompletedEvent:
    """Event emitted when a response has completed successfully

    Example:
        {'response': {'completed_at': None, 'created_at': 1704067200, 'error': None, 'frequency_penalty': None, 'id':
            'resp-abc123', 'incomplete_details': None, 'instructions': None, 'max_output_tokens': None, 'metadata': None,
            'model': 'gpt-4', 'object': 'response', 'output': [{'content': [{'annotations': [], 'text': 'Hello! How can I
            help you?', 'type': 'output_text'}], 'id': 'item-1', 'role': 'assistant', 'status': 'completed', 'type':
            'message'}], 'parallel_tool_calls': True, 'presence_penalty': None, 'status': 'completed', 'temperature': None,
            'tool_choice': 'auto', 'tools': [], 'top_p': None}, 'sequence_number': 10, 'type': 'response.completed'}

    Attributes:
        response (BaseResponsesResult):  Example: {'completed_at': 1704067210, 'created_at': 1704067200, 'error': None,
            'frequency_penalty': None, 'id': 'resp-abc123', 'incomplete_details': None, 'instructions': None,
            'max_output_tokens': None, 'metadata': None, 'model': 'gpt-4', 'object': 'response', 'output': [],
            'parallel_tool_calls': True, 'presence_penalty': None, 'status': 'completed', 'temperature': None,
            'tool_choice': 'auto', 'tools': [], 'top_p': None}.
        sequence_number (int):
        type_ (CompletedEventType):
    """

    _response: BaseResponsesResult = _attrs_field(alias="response")
    _sequence_number: int = _attrs_field(alias="sequence_number")
    _type_: CompletedEventType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def response(self) -> BaseResponsesResult:
        value: Any = self._response
        if value is UNSET:
            raise MissingFieldError("CompletedEvent", "response")
        return value

    @response.setter
    def response(self, value: BaseResponsesResult) -> None:
        self._response = value

    @property
    def sequence_number(self) -> int:
        value: Any = self._sequence_number
        if value is UNSET:
            raise MissingFieldError("CompletedEvent", "sequence_number")
        return value

    @sequence_number.setter
    def sequence_number(self, value: int) -> None:
        self._sequence_number = value

    @property
    def type_(self) -> CompletedEventType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("CompletedEvent", "type")
        return value

    @type_.setter
    def type_(self, value: CompletedEventType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"response={self._response!r}, "
            f"sequence_number={self._sequence_number!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        response: Any = self._response
        if not (isinstance(response, Unset) or response is None):
            response = self._response.to_dict()

        sequence_number: Any = self._sequence_number

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if response is not UNSET:
            field_dict["response"] = response
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CompletedEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "response" not in data:
            return False
        if "sequence_number" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not CompletedEventType.is_known(data["type"]):
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
                    f"CompletedEvent is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "response"
            _raw_response = d.get("response", UNSET)
            response: Any = _raw_response
            if _raw_response is not None and _raw_response is not UNSET:
                response = BaseResponsesResult.from_dict(_raw_response)

            sequence_number = d.get("sequence_number", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = CompletedEventType._value2member_map_.get(_raw_type_) or CompletedEventType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("CompletedEvent", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CompletedEvent", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        completed_event = cls(
            response,
            sequence_number,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            completed_event.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return completed_event

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


CompletedEvent.__annotations__ = ResolvingAnnotations(CompletedEvent.__annotations__, _resolve_lazy_imports)
