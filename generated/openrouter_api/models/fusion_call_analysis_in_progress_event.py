from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fusion_call_analysis_in_progress_event_type import FusionCallAnalysisInProgressEventType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="FusionCallAnalysisInProgressEvent")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"analyst_model", "item_id", "judge_model", "output_index", "sequence_number", "type"}
)


@_attrs_define(repr=False)
class FusionCallAnalysisInProgressEvent:
    """Emitted when the fusion analyst starts producing the structured analysis.

    Example:
        {'analyst_model': 'openai/gpt-5', 'item_id': 'st_fusion_abc', 'judge_model': 'openai/gpt-5', 'output_index': 0,
            'sequence_number': 25, 'type': 'response.fusion_call.analysis.in_progress'}

    Attributes:
        analyst_model (str): Slug of the model producing the structured analysis.
        item_id (str):
        judge_model (str): Deprecated alias of `analyst_model`, kept so existing consumers keep working. Always carries
            the same value. Use `analyst_model`.
        output_index (int):
        sequence_number (int):
        type_ (FusionCallAnalysisInProgressEventType):
    """

    _analyst_model: str = _attrs_field(alias="analyst_model")
    _item_id: str = _attrs_field(alias="item_id")
    _judge_model: str = _attrs_field(alias="judge_model")
    _output_index: int = _attrs_field(alias="output_index")
    _sequence_number: int = _attrs_field(alias="sequence_number")
    _type_: FusionCallAnalysisInProgressEventType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def analyst_model(self) -> str:
        value: Any = self._analyst_model
        if value is UNSET:
            raise MissingFieldError("FusionCallAnalysisInProgressEvent", "analyst_model")
        return value

    @analyst_model.setter
    def analyst_model(self, value: str) -> None:
        self._analyst_model = value

    @property
    def item_id(self) -> str:
        value: Any = self._item_id
        if value is UNSET:
            raise MissingFieldError("FusionCallAnalysisInProgressEvent", "item_id")
        return value

    @item_id.setter
    def item_id(self, value: str) -> None:
        self._item_id = value

    @property
    def judge_model(self) -> str:
        value: Any = self._judge_model
        if value is UNSET:
            raise MissingFieldError("FusionCallAnalysisInProgressEvent", "judge_model")
        return value

    @judge_model.setter
    def judge_model(self, value: str) -> None:
        self._judge_model = value

    @property
    def output_index(self) -> int:
        value: Any = self._output_index
        if value is UNSET:
            raise MissingFieldError("FusionCallAnalysisInProgressEvent", "output_index")
        return value

    @output_index.setter
    def output_index(self, value: int) -> None:
        self._output_index = value

    @property
    def sequence_number(self) -> int:
        value: Any = self._sequence_number
        if value is UNSET:
            raise MissingFieldError("FusionCallAnalysisInProgressEvent", "sequence_number")
        return value

    @sequence_number.setter
    def sequence_number(self, value: int) -> None:
        self._sequence_number = value

    @property
    def type_(self) -> FusionCallAnalysisInProgressEventType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("FusionCallAnalysisInProgressEvent", "type")
        return value

    @type_.setter
    def type_(self, value: FusionCallAnalysisInProgressEventType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"analyst_model={self._analyst_model!r}, "
            f"item_id={self._item_id!r}, "
            f"judge_model={self._judge_model!r}, "
            f"output_index={self._output_index!r}, "
            f"sequence_number={self._sequence_number!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        analyst_model: Any = self._analyst_model

        item_id: Any = self._item_id

        judge_model: Any = self._judge_model

        output_index: Any = self._output_index

        sequence_number: Any = self._sequence_number

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if analyst_model is not UNSET:
            field_dict["analyst_model"] = analyst_model
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if judge_model is not UNSET:
            field_dict["judge_model"] = judge_model
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of FusionCallAnalysisInProgressEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "analyst_model" not in data:
            return False
        if "item_id" not in data:
            return False
        if "judge_model" not in data:
            return False
        if "output_index" not in data:
            return False
        if "sequence_number" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not FusionCallAnalysisInProgressEventType.is_known(data["type"]):
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
                    f"FusionCallAnalysisInProgressEvent is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            analyst_model = d.get("analyst_model", UNSET)

            item_id = d.get("item_id", UNSET)

            judge_model = d.get("judge_model", UNSET)

            output_index = d.get("output_index", UNSET)

            sequence_number = d.get("sequence_number", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = FusionCallAnalysisInProgressEventType._value2member_map_.get(
                    _raw_type_
                ) or FusionCallAnalysisInProgressEventType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("FusionCallAnalysisInProgressEvent", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("FusionCallAnalysisInProgressEvent", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        fusion_call_analysis_in_progress_event = cls(
            analyst_model,
            item_id,
            judge_model,
            output_index,
            sequence_number,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            fusion_call_analysis_in_progress_event.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return fusion_call_analysis_in_progress_event

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
