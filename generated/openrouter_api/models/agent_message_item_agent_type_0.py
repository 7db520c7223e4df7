from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="AgentMessageItemAgentType0")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"agent_name"})


@_attrs_define(repr=False)
class AgentMessageItemAgentType0:
    """
    Attributes:
        agent_name (str):
    """

    _agent_name: str = _attrs_field(alias="agent_name")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def agent_name(self) -> str:
        value: Any = self._agent_name
        if value is UNSET:
            raise MissingFieldError("AgentMessageItemAgentType0", "agent_name")
        return value

    @agent_name.setter
    def agent_name(self, value: str) -> None:
        self._agent_name = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"agent_name={self._agent_name!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        agent_name: Any = self._agent_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AgentMessageItemAgentType0 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "agent_name" not in data:
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
                    f"AgentMessageItemAgentType0 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        agent_name = d.get("agent_name", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        agent_message_item_agent_type_0 = cls(
            agent_name,
        )

        if not _DECLARED_KEYS.issuperset(d):
            agent_message_item_agent_type_0.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return agent_message_item_agent_type_0

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
