from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError, Unset

T = TypeVar("T", bound="OutputFusionServerToolItemFailedModelsItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"error", "model", "status_code"})


@_attrs_define(repr=False)
class OutputFusionServerToolItemFailedModelsItem:
    """
    Attributes:
        error (str): Error message describing why the model failed.
        model (str): Slug of the analysis model that failed.
        status_code (int | Unset): HTTP status code from the upstream response, when available (e.g. 402, 429).
    """

    _error: str = _attrs_field(alias="error")
    _model: str = _attrs_field(alias="model")
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def error(self) -> str:
        value: Any = self._error
        if value is UNSET:
            raise MissingFieldError("OutputFusionServerToolItemFailedModelsItem", "error")
        return value

    @error.setter
    def error(self, value: str) -> None:
        self._error = value

    @property
    def model(self) -> str:
        value: Any = self._model
        if value is UNSET:
            raise MissingFieldError("OutputFusionServerToolItemFailedModelsItem", "model")
        return value

    @model.setter
    def model(self, value: str) -> None:
        self._model = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"error={self._error!r}, "
            f"model={self._model!r}, "
            f"status_code={self.status_code!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        error: Any = self._error

        model: Any = self._model

        status_code: Any = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if error is not UNSET:
            field_dict["error"] = error
        if model is not UNSET:
            field_dict["model"] = model
        if status_code is not UNSET:
            field_dict["status_code"] = status_code

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputFusionServerToolItemFailedModelsItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "error" not in data:
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
                    f"OutputFusionServerToolItemFailedModelsItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        error = d.get("error", UNSET)

        model = d.get("model", UNSET)

        status_code = d.get("status_code", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_fusion_server_tool_item_failed_models_item = cls(
            error,
            model,
            status_code,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_fusion_server_tool_item_failed_models_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return output_fusion_server_tool_item_failed_models_item

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
