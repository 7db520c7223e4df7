from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.guardrail import Guardrail

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, Guardrail
    if _lazy_imports_resolved:
        return
    from ..models.guardrail import Guardrail  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="UpdateGuardrailResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data"})


@_attrs_define(repr=False)
class UpdateGuardrailResponse:
    """
    Example:
        {'data': {'allowed_models': None, 'allowed_providers': ['openai'], 'content_filter_builtins': [{'action':
            'redact', 'label': '[EMAIL]', 'slug': 'email'}], 'content_filters': None, 'created_at': '2025-08-24T10:30:00Z',
            'description': 'Updated description', 'enforce_zdr': None, 'enforce_zdr_anthropic': True, 'enforce_zdr_google':
            True, 'enforce_zdr_openai': True, 'enforce_zdr_other': True, 'enforce_zdr_xai': True, 'id':
            '550e8400-e29b-41d4-a716-446655440000', 'ignored_models': None, 'ignored_providers': None,
            'include_byok_in_budgets': True, 'limit_usd': 75, 'name': 'Updated Guardrail Name', 'reset_interval': 'weekly',
            'updated_at': '2025-08-24T16:00:00Z', 'workspace_id': '0df9e665-d932-5740-b2c7-b52af166bc11'}}

    Attributes:
        data (Guardrail):  Example: {'allowed_models': None, 'allowed_providers': ['openai', 'anthropic', 'google'],
            'content_filter_builtins': [{'action': 'redact', 'label': '[EMAIL]', 'slug': 'email'}], 'content_filters': None,
            'created_at': '2025-08-24T10:30:00Z', 'description': 'Guardrail for production environment',
            'enable_free_model_publication': False, 'enable_free_model_training': True, 'enable_paid_model_training': True,
            'enforce_zdr': None, 'enforce_zdr_anthropic': True, 'enforce_zdr_google': False, 'enforce_zdr_openai': True,
            'enforce_zdr_other': False, 'enforce_zdr_xai': False, 'id': '550e8400-e29b-41d4-a716-446655440000',
            'ignored_models': None, 'ignored_providers': None, 'include_byok_in_budgets': False, 'limit_usd': 100, 'name':
            'Production Guardrail', 'reset_interval': 'monthly', 'updated_at': '2025-08-24T15:45:00Z', 'workspace_id':
            '0df9e665-d932-5740-b2c7-b52af166bc11'}.
    """

    _data: Guardrail = _attrs_field(alias="data")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(self) -> Guardrail:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("UpdateGuardrailResponse", "data")
        return value

    @data.setter
    def data(self, value: Guardrail) -> None:
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
        """True if data is an object with every required key of UpdateGuardrailResponse and its fixed values."""
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
                    f"UpdateGuardrailResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "data"
            _raw_data = d.get("data", UNSET)
            data: Any = _raw_data
            if _raw_data is not None and _raw_data is not UNSET:
                data = Guardrail.from_dict(_raw_data)

        except FieldParseError as error:
            raise error.within("UpdateGuardrailResponse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("UpdateGuardrailResponse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        update_guardrail_response = cls(
            data,
        )

        if not _DECLARED_KEYS.issuperset(d):
            update_guardrail_response.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return update_guardrail_response

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


UpdateGuardrailResponse.__annotations__ = ResolvingAnnotations(
    UpdateGuardrailResponse.__annotations__, _resolve_lazy_imports
)
