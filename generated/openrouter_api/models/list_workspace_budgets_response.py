from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.workspace_budget import WorkspaceBudget

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, WorkspaceBudget
    if _lazy_imports_resolved:
        return
    from ..models.workspace_budget import WorkspaceBudget  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ListWorkspaceBudgetsResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data", "include_byok_in_budgets"})


@_attrs_define(repr=False)
class ListWorkspaceBudgetsResponse:
    """
    Example:
        {'data': [{'created_at': '2025-08-24T10:30:00Z', 'id': '770e8400-e29b-41d4-a716-446655440000', 'limit_usd': 100,
            'reset_interval': 'monthly', 'updated_at': '2025-08-24T15:45:00Z', 'workspace_id':
            '550e8400-e29b-41d4-a716-446655440000'}], 'include_byok_in_budgets': False}

    Attributes:
        data (list[WorkspaceBudget]): List of budgets configured for the workspace
        include_byok_in_budgets (bool | Unset): Whether BYOK (bring-your-own-key) spend is included when enforcing the
            workspace's budgets. This is a workspace-wide setting that applies to all budget intervals (daily, weekly,
            monthly, and lifetime). Example: False.
    """

    _data: list[WorkspaceBudget] = _attrs_field(alias="data")
    include_byok_in_budgets: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(self) -> list[WorkspaceBudget]:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("ListWorkspaceBudgetsResponse", "data")
        return value

    @data.setter
    def data(self, value: list[WorkspaceBudget]) -> None:
        self._data = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"data={self._data!r}, "
            f"include_byok_in_budgets={self.include_byok_in_budgets!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        data: Any = self._data
        if not (isinstance(data, Unset) or data is None):
            data = []
            for data_item_data in self._data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        include_byok_in_budgets: Any = self.include_byok_in_budgets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data
        if include_byok_in_budgets is not UNSET:
            field_dict["include_byok_in_budgets"] = include_byok_in_budgets

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ListWorkspaceBudgetsResponse and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"ListWorkspaceBudgetsResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "data"
            _raw_data = d.get("data", UNSET)
            data: Any = _raw_data
            if _raw_data is not None and _raw_data is not UNSET:
                data = [WorkspaceBudget.from_dict(data_item_data) for data_item_data in _raw_data]

            include_byok_in_budgets = d.get("include_byok_in_budgets", UNSET)

        except FieldParseError as error:
            raise error.within("ListWorkspaceBudgetsResponse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ListWorkspaceBudgetsResponse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        list_workspace_budgets_response = cls(
            data,
            include_byok_in_budgets,
        )

        if not _DECLARED_KEYS.issuperset(d):
            list_workspace_budgets_response.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return list_workspace_budgets_response

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


ListWorkspaceBudgetsResponse.__annotations__ = ResolvingAnnotations(
    ListWorkspaceBudgetsResponse.__annotations__, _resolve_lazy_imports
)
