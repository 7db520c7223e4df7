from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.workspace import Workspace

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, Workspace
    if _lazy_imports_resolved:
        return
    from ..models.workspace import Workspace  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="UpdateWorkspaceResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data"})


@_attrs_define(repr=False)
class UpdateWorkspaceResponse:
    """
    Example:
        {'data': {'created_at': '2025-08-24T10:30:00Z', 'created_by': 'user_abc123', 'default_guardrail_id':
            '595d5849-7e86-51fd-a7c0-705c34e4afff', 'default_image_model': 'openai/dall-e-3', 'default_provider_sort':
            'price', 'default_text_model': 'openai/gpt-4o', 'description': 'Production environment workspace', 'id':
            '550e8400-e29b-41d4-a716-446655440000', 'include_byok_in_budgets': False, 'io_logging_api_key_ids': None,
            'io_logging_sampling_rate': 1, 'is_data_discount_logging_enabled': True, 'is_observability_broadcast_enabled':
            False, 'is_observability_io_logging_enabled': False, 'name': 'Updated Workspace', 'slug': 'updated-workspace',
            'updated_at': '2025-08-25T10:00:00Z'}}

    Attributes:
        data (Workspace):  Example: {'created_at': '2025-08-24T10:30:00Z', 'created_by': 'user_abc123',
            'default_guardrail_id': '595d5849-7e86-51fd-a7c0-705c34e4afff', 'default_image_model': 'openai/dall-e-3',
            'default_provider_sort': 'price', 'default_text_model': 'openai/gpt-4o', 'description': 'Production environment
            workspace', 'id': '550e8400-e29b-41d4-a716-446655440000', 'include_byok_in_budgets': False,
            'io_logging_api_key_ids': None, 'io_logging_sampling_rate': 1, 'is_data_discount_logging_enabled': True,
            'is_observability_broadcast_enabled': False, 'is_observability_io_logging_enabled': False, 'name': 'Production',
            'slug': 'production', 'updated_at': '2025-08-24T15:45:00Z'}.
    """

    _data: Workspace = _attrs_field(alias="data")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(self) -> Workspace:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("UpdateWorkspaceResponse", "data")
        return value

    @data.setter
    def data(self, value: Workspace) -> None:
        self._data = value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(data={self._data!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        data: Any = self._data
        if not (isinstance(data, Unset) or data is None):
            data = self._data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of UpdateWorkspaceResponse and its fixed values."""
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
                    f"UpdateWorkspaceResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "data"
            _raw_data = d.get("data", UNSET)
            data: Any = _raw_data
            if _raw_data is not None and _raw_data is not UNSET:
                data = Workspace.from_dict(_raw_data)

        except FieldParseError as error:
            raise error.within("UpdateWorkspaceResponse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("UpdateWorkspaceResponse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        update_workspace_response = cls(
            data,
        )

        if not _DECLARED_KEYS.issuperset(d):
            update_workspace_response.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return update_workspace_response

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


UpdateWorkspaceResponse.__annotations__ = ResolvingAnnotations(
    UpdateWorkspaceResponse.__annotations__, _resolve_lazy_imports
)
