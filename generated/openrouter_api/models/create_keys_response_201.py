from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.create_keys_response_201_data import CreateKeysResponse201Data

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, CreateKeysResponse201Data
    if _lazy_imports_resolved:
        return
    from ..models.create_keys_response_201_data import CreateKeysResponse201Data  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="CreateKeysResponse201")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data", "key"})


@_attrs_define(repr=False)
class CreateKeysResponse201:
    """
    Example:
        {'data': {'byok_usage': 0, 'byok_usage_daily': 0, 'byok_usage_monthly': 0, 'byok_usage_weekly': 0, 'created_at':
            '2025-08-24T10:30:00Z', 'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'disabled': False, 'expires_at':
            '2027-12-31T23:59:59Z', 'hash': 'f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943',
            'include_byok_in_limit': True, 'label': 'My New API Key', 'limit': 50, 'limit_remaining': 50, 'limit_reset':
            'monthly', 'name': 'My New API Key', 'updated_at': None, 'usage': 0, 'usage_daily': 0, 'usage_monthly': 0,
            'usage_weekly': 0, 'workspace_id': '0df9e665-d932-5740-b2c7-b52af166bc11'}, 'key': 'sk-
            or-v1-d3558566a246d57584c29dd02393d4a5324c7575ed9dd44d743fe1037e0b855d'}

    Attributes:
        data (CreateKeysResponse201Data): The created API key information Example: {'byok_usage': 17.38,
            'byok_usage_daily': 17.38, 'byok_usage_monthly': 17.38, 'byok_usage_weekly': 17.38, 'created_at':
            '2025-08-24T10:30:00Z', 'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'disabled': False, 'expires_at':
            '2027-12-31T23:59:59Z', 'hash': 'f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943',
            'include_byok_in_limit': False, 'label': 'sk-or-v1-0e6...1c96', 'limit': 100, 'limit_remaining': 74.5,
            'limit_reset': 'monthly', 'name': 'My Production Key', 'updated_at': '2025-08-24T15:45:00Z', 'usage': 25.5,
            'usage_daily': 25.5, 'usage_monthly': 25.5, 'usage_weekly': 25.5, 'workspace_id':
            '0df9e665-d932-5740-b2c7-b52af166bc11'}.
        key (str): The actual API key string (only shown once) Example: sk-
            or-v1-0e6f44a47a05f1dad2ad7e88c4c1d6b77688157716fb1a5271146f7464951c96.
    """

    _data: CreateKeysResponse201Data = _attrs_field(alias="data")
    _key: str = _attrs_field(alias="key")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(self) -> CreateKeysResponse201Data:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("CreateKeysResponse201", "data")
        return value

    @data.setter
    def data(self, value: CreateKeysResponse201Data) -> None:
        self._data = value

    @property
    def key(self) -> str:
        value: Any = self._key
        if value is UNSET:
            raise MissingFieldError("CreateKeysResponse201", "key")
        return value

    @key.setter
    def key(self, value: str) -> None:
        self._key = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"data={self._data!r}, "
            f"key={self._key!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        data: Any = self._data
        if not (isinstance(data, Unset) or data is None):
            data = self._data.to_dict()

        key: Any = self._key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateKeysResponse201 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "data" not in data:
            return False
        if "key" not in data:
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
                    f"CreateKeysResponse201 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "data"
            _raw_data = d.get("data", UNSET)
            data: Any = _raw_data
            if _raw_data is not None and _raw_data is not UNSET:
                data = CreateKeysResponse201Data.from_dict(_raw_data)

            key = d.get("key", UNSET)

        except FieldParseError as error:
            raise error.within("CreateKeysResponse201", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CreateKeysResponse201", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        create_keys_response_201 = cls(
            data,
            key,
        )

        if not _DECLARED_KEYS.issuperset(d):
            create_keys_response_201.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return create_keys_response_201

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


CreateKeysResponse201.__annotations__ = ResolvingAnnotations(
    CreateKeysResponse201.__annotations__, _resolve_lazy_imports
)
