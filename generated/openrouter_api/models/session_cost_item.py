from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_cost_item_turn_range import SessionCostItemTurnRange
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="SessionCostItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"app_name", "app_slug", "median_session_cost_usd", "model_permaslug", "turn_range"}
)


@_attrs_define(repr=False)
class SessionCostItem:
    """
    Attributes:
        app_name (str): Published harness display label. Example: Hermes Agent.
        app_slug (str): Stable public slug of the harness. Example: hermes-agent.
        median_session_cost_usd (float): Median USD spend per sampled session. Example: 1.74.
        model_permaslug (str): Exact model permaslug. Example: anthropic/claude-4.8-opus.
        turn_range (SessionCostItemTurnRange): Inclusive session turn-count range. Example: 10-49-turns.
    """

    _app_name: str = _attrs_field(alias="app_name")
    _app_slug: str = _attrs_field(alias="app_slug")
    _median_session_cost_usd: float = _attrs_field(alias="median_session_cost_usd")
    _model_permaslug: str = _attrs_field(alias="model_permaslug")
    _turn_range: SessionCostItemTurnRange = _attrs_field(alias="turn_range")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def app_name(self) -> str:
        value: Any = self._app_name
        if value is UNSET:
            raise MissingFieldError("SessionCostItem", "app_name")
        return value

    @app_name.setter
    def app_name(self, value: str) -> None:
        self._app_name = value

    @property
    def app_slug(self) -> str:
        value: Any = self._app_slug
        if value is UNSET:
            raise MissingFieldError("SessionCostItem", "app_slug")
        return value

    @app_slug.setter
    def app_slug(self, value: str) -> None:
        self._app_slug = value

    @property
    def median_session_cost_usd(self) -> float:
        value: Any = self._median_session_cost_usd
        if value is UNSET:
            raise MissingFieldError("SessionCostItem", "median_session_cost_usd")
        return value

    @median_session_cost_usd.setter
    def median_session_cost_usd(self, value: float) -> None:
        self._median_session_cost_usd = value

    @property
    def model_permaslug(self) -> str:
        value: Any = self._model_permaslug
        if value is UNSET:
            raise MissingFieldError("SessionCostItem", "model_permaslug")
        return value

    @model_permaslug.setter
    def model_permaslug(self, value: str) -> None:
        self._model_permaslug = value

    @property
    def turn_range(self) -> SessionCostItemTurnRange:
        value: Any = self._turn_range
        if value is UNSET:
            raise MissingFieldError("SessionCostItem", "turn_range")
        return value

    @turn_range.setter
    def turn_range(self, value: SessionCostItemTurnRange) -> None:
        self._turn_range = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"app_name={self._app_name!r}, "
            f"app_slug={self._app_slug!r}, "
            f"median_session_cost_usd={self._median_session_cost_usd!r}, "
            f"model_permaslug={self._model_permaslug!r}, "
            f"turn_range={self._turn_range!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        app_name: Any = self._app_name

        app_slug: Any = self._app_slug

        median_session_cost_usd: Any = self._median_session_cost_usd

        model_permaslug: Any = self._model_permaslug

        turn_range: Any = self._turn_range
        if not (isinstance(turn_range, Unset) or turn_range is None):
            turn_range = self._turn_range.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if app_slug is not UNSET:
            field_dict["app_slug"] = app_slug
        if median_session_cost_usd is not UNSET:
            field_dict["median_session_cost_usd"] = median_session_cost_usd
        if model_permaslug is not UNSET:
            field_dict["model_permaslug"] = model_permaslug
        if turn_range is not UNSET:
            field_dict["turn_range"] = turn_range

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of SessionCostItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "app_name" not in data:
            return False
        if "app_slug" not in data:
            return False
        if "median_session_cost_usd" not in data:
            return False
        if "model_permaslug" not in data:
            return False
        if "turn_range" not in data:
            return False
        if "turn_range" in data and not SessionCostItemTurnRange.is_known(data["turn_range"]):
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
                    f"SessionCostItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            app_name = d.get("app_name", UNSET)

            app_slug = d.get("app_slug", UNSET)

            median_session_cost_usd = d.get("median_session_cost_usd", UNSET)

            model_permaslug = d.get("model_permaslug", UNSET)

            _field = "turn_range"
            _raw_turn_range = d.get("turn_range", UNSET)
            turn_range: Any = _raw_turn_range
            if _raw_turn_range is not None and _raw_turn_range is not UNSET:
                turn_range = SessionCostItemTurnRange._value2member_map_.get(
                    _raw_turn_range
                ) or SessionCostItemTurnRange._parse(_raw_turn_range)

        except FieldParseError as error:
            raise error.within("SessionCostItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("SessionCostItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        session_cost_item = cls(
            app_name,
            app_slug,
            median_session_cost_usd,
            model_permaslug,
            turn_range,
        )

        if not _DECLARED_KEYS.issuperset(d):
            session_cost_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return session_cost_item

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
