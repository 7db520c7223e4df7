from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.moderation_plugin_id import ModerationPluginId
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ModerationPlugin")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"id"})


@_attrs_define(repr=False)
class ModerationPlugin:
    """
    Example:
        {'id': 'moderation'}

    Attributes:
        id (ModerationPluginId):
    """

    _id: ModerationPluginId = _attrs_field(alias="id")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> ModerationPluginId:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("ModerationPlugin", "id")
        return value

    @id.setter
    def id(self, value: ModerationPluginId) -> None:
        self._id = value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self._id!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        id: Any = self._id
        if not (isinstance(id, Unset) or id is None):
            id = self._id.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ModerationPlugin and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "id" in data and not ModerationPluginId.is_known(data["id"]):
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
                    f"ModerationPlugin is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "id"
            _raw_id = d.get("id", UNSET)
            id: Any = _raw_id
            if _raw_id is not None and _raw_id is not UNSET:
                id = ModerationPluginId._value2member_map_.get(_raw_id) or ModerationPluginId._parse(_raw_id)

        except FieldParseError as error:
            raise error.within("ModerationPlugin", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ModerationPlugin", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        moderation_plugin = cls(
            id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            moderation_plugin.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return moderation_plugin

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
