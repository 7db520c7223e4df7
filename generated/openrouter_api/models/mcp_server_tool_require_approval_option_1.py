from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.mcp_server_tool_require_approval_option_1_always import McpServerToolRequireApprovalOption1Always
    from ..models.mcp_server_tool_require_approval_option_1_never import McpServerToolRequireApprovalOption1Never

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, McpServerToolRequireApprovalOption1Always, McpServerToolRequireApprovalOption1Never
    if _lazy_imports_resolved:
        return
    from ..models.mcp_server_tool_require_approval_option_1_always import McpServerToolRequireApprovalOption1Always  # noqa: PLC0415
    from ..models.mcp_server_tool_require_approval_option_1_never import McpServerToolRequireApprovalOption1Never  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="McpServerToolRequireApprovalOption1")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"always", "never"})


@_attrs_define(repr=False)
class McpServerToolRequireApprovalOption1:
    """
    Attributes:
        always (McpServerToolRequireApprovalOption1Always | Unset):
        never (McpServerToolRequireApprovalOption1Never | Unset):
    """

    always: McpServerToolRequireApprovalOption1Always | Unset = UNSET
    never: McpServerToolRequireApprovalOption1Never | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"always={self.always!r}, "
            f"never={self.never!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        always: Any = self.always
        if not (isinstance(always, Unset) or always is None):
            always = always.to_dict()

        never: Any = self.never
        if not (isinstance(never, Unset) or never is None):
            never = never.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if always is not UNSET:
            field_dict["always"] = always
        if never is not UNSET:
            field_dict["never"] = never

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of McpServerToolRequireApprovalOption1 and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"McpServerToolRequireApprovalOption1 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "always"
            _raw_always = d.get("always", UNSET)
            always: Any = _raw_always
            if _raw_always is not None and _raw_always is not UNSET:
                always = McpServerToolRequireApprovalOption1Always.from_dict(_raw_always)

            _field = "never"
            _raw_never = d.get("never", UNSET)
            never: Any = _raw_never
            if _raw_never is not None and _raw_never is not UNSET:
                never = McpServerToolRequireApprovalOption1Never.from_dict(_raw_never)

        except FieldParseError as error:
            raise error.within("McpServerToolRequireApprovalOption1", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("McpServerToolRequireApprovalOption1", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        mcp_server_tool_require_approval_option_1 = cls(
            always,
            never,
        )

        if not _DECLARED_KEYS.issuperset(d):
            mcp_server_tool_require_approval_option_1.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return mcp_server_tool_require_approval_option_1

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


McpServerToolRequireApprovalOption1.__annotations__ = ResolvingAnnotations(
    McpServerToolRequireApprovalOption1.__annotations__, _resolve_lazy_imports
)
