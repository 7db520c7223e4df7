from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="RouterAttempt")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"model", "provider", "status"})


@_attrs_define(repr=False)
class RouterAttempt:
    """
    Example:
        {'model': 'openai/gpt-4o', 'provider': 'OpenAI', 'status': 200}

    Attributes:
        model (str):
        provider (str):
        status (int):
    """

    _model: str = _attrs_field(alias="model")
    _provider: str = _attrs_field(alias="provider")
    _status: int = _attrs_field(alias="status")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def model(self) -> str:
        value: Any = self._model
        if value is UNSET:
            raise MissingFieldError("RouterAttempt", "model")
        return value

    @model.setter
    def model(self, value: str) -> None:
        self._model = value

    @property
    def provider(self) -> str:
        value: Any = self._provider
        if value is UNSET:
            raise MissingFieldError("RouterAttempt", "provider")
        return value

    @provider.setter
    def provider(self, value: str) -> None:
        self._provider = value

    @property
    def status(self) -> int:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("RouterAttempt", "status")
        return value

    @status.setter
    def status(self, value: int) -> None:
        self._status = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"model={self._model!r}, "
            f"provider={self._provider!r}, "
            f"status={self._status!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        model: Any = self._model

        provider: Any = self._provider

        status: Any = self._status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if model is not UNSET:
            field_dict["model"] = model
        if provider is not UNSET:
            field_dict["provider"] = provider
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of RouterAttempt and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "model" not in data:
            return False
        if "provider" not in data:
            return False
        if "status" not in data:
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
                    f"RouterAttempt is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        model = d.get("model", UNSET)

        provider = d.get("provider", UNSET)

        status = d.get("status", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        router_attempt = cls(
            model,
            provider,
            status,
        )

        if not _DECLARED_KEYS.issuperset(d):
            router_attempt.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return router_attempt

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
