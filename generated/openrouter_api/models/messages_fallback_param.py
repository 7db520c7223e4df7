from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="MessagesFallbackParam")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"model"})


@_attrs_define(repr=False)
class MessagesFallbackParam:
    """Fallback model to try when the primary model fails or refuses. Only the `model` field is supported; per-attempt
    overrides are rejected.

        Example:
            {'model': 'claude-opus-4-8'}

        Attributes:
            model (str):
    """

    _model: str = _attrs_field(alias="model")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def model(self) -> str:
        value: Any = self._model
        if value is UNSET:
            raise MissingFieldError("MessagesFallbackParam", "model")
        return value

    @model.setter
    def model(self, value: str) -> None:
        self._model = value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(model={self._model!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        model: Any = self._model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesFallbackParam and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "model" not in data:
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
                    f"MessagesFallbackParam is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        model = d.get("model", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_fallback_param = cls(
            model,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_fallback_param.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return messages_fallback_param

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
