from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatDebugOptions")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"echo_upstream_body"})


@_attrs_define(repr=False)
class ChatDebugOptions:
    """Debug options for inspecting request transformations (streaming only)

    Example:
        {'echo_upstream_body': True}

    Attributes:
        echo_upstream_body (bool | Unset): If true, includes the transformed upstream request body in a debug chunk at
            the start of the stream. Only works with streaming mode. Example: True.
    """

    echo_upstream_body: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"echo_upstream_body={self.echo_upstream_body!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        echo_upstream_body: Any = self.echo_upstream_body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if echo_upstream_body is not UNSET:
            field_dict["echo_upstream_body"] = echo_upstream_body

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatDebugOptions and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"ChatDebugOptions is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        echo_upstream_body = d.get("echo_upstream_body", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_debug_options = cls(
            echo_upstream_body,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_debug_options.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return chat_debug_options

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
