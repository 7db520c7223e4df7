from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, Unset

T = TypeVar("T", bound="McpServerToolRequireApprovalOption1Always")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"tool_names"})


@_attrs_define(repr=False)
class McpServerToolRequireApprovalOption1Always:
    """
    Attributes:
        tool_names (list[str] | Unset):
    """

    tool_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"tool_names={self.tool_names!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        tool_names: Any = self.tool_names
        if not (isinstance(tool_names, Unset) or tool_names is None):
            tool_names = self.tool_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if tool_names is not UNSET:
            field_dict["tool_names"] = tool_names

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of McpServerToolRequireApprovalOption1Always and its fixed values."""
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
                    f"McpServerToolRequireApprovalOption1Always is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "tool_names"
            _raw_tool_names = d.get("tool_names", UNSET)
            tool_names: Any = _raw_tool_names
            if _raw_tool_names is not None and _raw_tool_names is not UNSET:
                tool_names = cast("list[str]", _raw_tool_names)

        except FieldParseError as error:
            raise error.within("McpServerToolRequireApprovalOption1Always", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("McpServerToolRequireApprovalOption1Always", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        mcp_server_tool_require_approval_option_1_always = cls(
            tool_names,
        )

        if not _DECLARED_KEYS.issuperset(d):
            mcp_server_tool_require_approval_option_1_always.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return mcp_server_tool_require_approval_option_1_always

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
