from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="EndpointInfo")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"model", "provider", "selected"})


@_attrs_define(repr=False)
class EndpointInfo:
    """
    Example:
        {'model': 'openai/gpt-4o', 'provider': 'OpenAI', 'selected': True}

    Attributes:
        model (str):
        provider (str):
        selected (bool):
    """

    _model: str = _attrs_field(alias="model")
    _provider: str = _attrs_field(alias="provider")
    _selected: bool = _attrs_field(alias="selected")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def model(self) -> str:
        value: Any = self._model
        if value is UNSET:
            raise MissingFieldError("EndpointInfo", "model")
        return value

    @model.setter
    def model(self, value: str) -> None:
        self._model = value

    @property
    def provider(self) -> str:
        value: Any = self._provider
        if value is UNSET:
            raise MissingFieldError("EndpointInfo", "provider")
        return value

    @provider.setter
    def provider(self, value: str) -> None:
        self._provider = value

    @property
    def selected(self) -> bool:
        value: Any = self._selected
        if value is UNSET:
            raise MissingFieldError("EndpointInfo", "selected")
        return value

    @selected.setter
    def selected(self, value: bool) -> None:
        self._selected = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"model={self._model!r}, "
            f"provider={self._provider!r}, "
            f"selected={self._selected!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        model: Any = self._model

        provider: Any = self._provider

        selected: Any = self._selected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if model is not UNSET:
            field_dict["model"] = model
        if provider is not UNSET:
            field_dict["provider"] = provider
        if selected is not UNSET:
            field_dict["selected"] = selected

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of EndpointInfo and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "model" not in data:
            return False
        if "provider" not in data:
            return False
        if "selected" not in data:
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
                    f"EndpointInfo is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        model = d.get("model", UNSET)

        provider = d.get("provider", UNSET)

        selected = d.get("selected", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        endpoint_info = cls(
            model,
            provider,
            selected,
        )

        if not _DECLARED_KEYS.issuperset(d):
            endpoint_info.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return endpoint_info

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
