from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pipeline_stage_type import PipelineStageType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.pipeline_stage_data import PipelineStageData

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, PipelineStageData
    if _lazy_imports_resolved:
        return
    from ..models.pipeline_stage_data import PipelineStageData  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="PipelineStage")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"name", "type", "cost_usd", "data", "guardrail_id", "guardrail_scope", "summary"}
)


@_attrs_define(repr=False)
class PipelineStage:
    """
    Example:
        {'data': {'action': 'redacted', 'engines': ['presidio'], 'flagged': True, 'matched_entity_types': ['EMAIL',
            'PHONE']}, 'name': 'content-filter', 'summary': 'PII redacted via Presidio (EMAIL, PHONE)', 'type': 'guardrail'}

    Attributes:
        name (str):
        type_ (PipelineStageType): Categorical kind of a pipeline stage. Multiple plugins can share a type (e.g. all
            guardrail-level plugins emit `guardrail`); the `name` field disambiguates which plugin emitted it. Example:
            guardrail.
        cost_usd (float | None | Unset):
        data (PipelineStageData | Unset):
        guardrail_id (str | Unset):
        guardrail_scope (str | Unset):
        summary (str | Unset):
    """

    _name: str = _attrs_field(alias="name")
    _type_: PipelineStageType = _attrs_field(alias="type_")
    cost_usd: float | None | Unset = UNSET
    data: PipelineStageData | Unset = UNSET
    guardrail_id: str | Unset = UNSET
    guardrail_scope: str | Unset = UNSET
    summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("PipelineStage", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def type_(self) -> PipelineStageType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("PipelineStage", "type")
        return value

    @type_.setter
    def type_(self, value: PipelineStageType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"name={self._name!r}, "
            f"type_={self._type_!r}, "
            f"cost_usd={self.cost_usd!r}, "
            f"data={self.data!r}, "
            f"guardrail_id={self.guardrail_id!r}, "
            f"guardrail_scope={self.guardrail_scope!r}, "
            f"summary={self.summary!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        name: Any = self._name

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        cost_usd: Any = self.cost_usd

        data: Any = self.data
        if not (isinstance(data, Unset) or data is None):
            data = data.to_dict()

        guardrail_id: Any = self.guardrail_id

        guardrail_scope: Any = self.guardrail_scope

        summary: Any = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cost_usd is not UNSET:
            field_dict["cost_usd"] = cost_usd
        if data is not UNSET:
            field_dict["data"] = data
        if guardrail_id is not UNSET:
            field_dict["guardrail_id"] = guardrail_id
        if guardrail_scope is not UNSET:
            field_dict["guardrail_scope"] = guardrail_scope
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of PipelineStage and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "name" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not PipelineStageType.is_known(data["type"]):
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
                    f"PipelineStage is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            name = d.get("name", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = PipelineStageType._value2member_map_.get(_raw_type_) or PipelineStageType._parse(_raw_type_)

            cost_usd = d.get("cost_usd", UNSET)

            _field = "data"
            _raw_data = d.get("data", UNSET)
            data: Any = _raw_data
            if _raw_data is not None and _raw_data is not UNSET:
                data = PipelineStageData.from_dict(_raw_data)

            guardrail_id = d.get("guardrail_id", UNSET)

            guardrail_scope = d.get("guardrail_scope", UNSET)

            summary = d.get("summary", UNSET)

        except FieldParseError as error:
            raise error.within("PipelineStage", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("PipelineStage", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        pipeline_stage = cls(
            name,
            type_,
            cost_usd,
            data,
            guardrail_id,
            guardrail_scope,
            summary,
        )

        if not _DECLARED_KEYS.issuperset(d):
            pipeline_stage.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return pipeline_stage

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


PipelineStage.__annotations__ = ResolvingAnnotations(PipelineStage.__annotations__, _resolve_lazy_imports)
