from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="BulkUnassignKeysRequest")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"key_hashes"})


@_attrs_define(repr=False)
class BulkUnassignKeysRequest:
    """
    Example:
        {'key_hashes': ['c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93']}

    Attributes:
        key_hashes (list[str]): Array of API key hashes to unassign from the guardrail Example:
            ['c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93'].
    """

    _key_hashes: list[str] = _attrs_field(alias="key_hashes")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def key_hashes(self) -> list[str]:
        value: Any = self._key_hashes
        if value is UNSET:
            raise MissingFieldError("BulkUnassignKeysRequest", "key_hashes")
        return value

    @key_hashes.setter
    def key_hashes(self, value: list[str]) -> None:
        self._key_hashes = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"key_hashes={self._key_hashes!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        key_hashes: Any = self._key_hashes
        if not (isinstance(key_hashes, Unset) or key_hashes is None):
            key_hashes = self._key_hashes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if key_hashes is not UNSET:
            field_dict["key_hashes"] = key_hashes

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of BulkUnassignKeysRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "key_hashes" not in data:
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
                    f"BulkUnassignKeysRequest is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "key_hashes"
            _raw_key_hashes = d.get("key_hashes", UNSET)
            key_hashes: Any = _raw_key_hashes
            if _raw_key_hashes is not None and _raw_key_hashes is not UNSET:
                key_hashes = cast("list[str]", _raw_key_hashes)

        except FieldParseError as error:
            raise error.within("BulkUnassignKeysRequest", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("BulkUnassignKeysRequest", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        bulk_unassign_keys_request = cls(
            key_hashes,
        )

        if not _DECLARED_KEYS.issuperset(d):
            bulk_unassign_keys_request.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return bulk_unassign_keys_request

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
