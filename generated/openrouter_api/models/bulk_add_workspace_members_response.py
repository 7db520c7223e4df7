from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.workspace_member import WorkspaceMember

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, WorkspaceMember
    if _lazy_imports_resolved:
        return
    from ..models.workspace_member import WorkspaceMember  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="BulkAddWorkspaceMembersResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"added_count", "data"})


@_attrs_define(repr=False)
class BulkAddWorkspaceMembersResponse:
    """
    Example:
        {'added_count': 1, 'data': [{'created_at': '2025-08-24T10:30:00Z', 'id': '660e8400-e29b-41d4-a716-446655440000',
            'role': 'member', 'user_id': 'user_abc123', 'workspace_id': '550e8400-e29b-41d4-a716-446655440000'}]}

    Attributes:
        added_count (int): Number of workspace memberships created or updated Example: 2.
        data (list[WorkspaceMember]): List of added workspace memberships
    """

    _added_count: int = _attrs_field(alias="added_count")
    _data: list[WorkspaceMember] = _attrs_field(alias="data")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def added_count(self) -> int:
        value: Any = self._added_count
        if value is UNSET:
            raise MissingFieldError("BulkAddWorkspaceMembersResponse", "added_count")
        return value

    @added_count.setter
    def added_count(self, value: int) -> None:
        self._added_count = value

    @property
    def data(self) -> list[WorkspaceMember]:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("BulkAddWorkspaceMembersResponse", "data")
        return value

    @data.setter
    def data(self, value: list[WorkspaceMember]) -> None:
        self._data = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"added_count={self._added_count!r}, "
            f"data={self._data!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        added_count: Any = self._added_count

        data: Any = self._data
        if not (isinstance(data, Unset) or data is None):
            data = []
            for data_item_data in self._data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if added_count is not UNSET:
            field_dict["added_count"] = added_count
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of BulkAddWorkspaceMembersResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "added_count" not in data:
            return False
        if "data" not in data:
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
                    f"BulkAddWorkspaceMembersResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            added_count = d.get("added_count", UNSET)

            _field = "data"
            _raw_data = d.get("data", UNSET)
            data: Any = _raw_data
            if _raw_data is not None and _raw_data is not UNSET:
                data = [WorkspaceMember.from_dict(data_item_data) for data_item_data in _raw_data]

        except FieldParseError as error:
            raise error.within("BulkAddWorkspaceMembersResponse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("BulkAddWorkspaceMembersResponse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        bulk_add_workspace_members_response = cls(
            added_count,
            data,
        )

        if not _DECLARED_KEYS.issuperset(d):
            bulk_add_workspace_members_response.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return bulk_add_workspace_members_response

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


BulkAddWorkspaceMembersResponse.__annotations__ = ResolvingAnnotations(
    BulkAddWorkspaceMembersResponse.__annotations__, _resolve_lazy_imports
)
