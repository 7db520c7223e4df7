from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_fetch_plugin_id import WebFetchPluginId
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="WebFetchPlugin")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"id", "allowed_domains", "blocked_domains", "max_content_tokens", "max_uses"}
)


@_attrs_define(repr=False)
class WebFetchPlugin:
    """
    Example:
        {'id': 'web-fetch', 'max_uses': 10}

    Attributes:
        id (WebFetchPluginId):
        allowed_domains (list[str] | Unset): Only fetch from these domains.
        blocked_domains (list[str] | Unset): Never fetch from these domains.
        max_content_tokens (int | Unset): Maximum content length in approximate tokens. Content exceeding this limit is
            truncated.
        max_uses (int | Unset): Maximum number of web fetches per request. Once exceeded, the tool returns an error.
    """

    _id: WebFetchPluginId = _attrs_field(alias="id")
    allowed_domains: list[str] | Unset = UNSET
    blocked_domains: list[str] | Unset = UNSET
    max_content_tokens: int | Unset = UNSET
    max_uses: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> WebFetchPluginId:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("WebFetchPlugin", "id")
        return value

    @id.setter
    def id(self, value: WebFetchPluginId) -> None:
        self._id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"id={self._id!r}, "
            f"allowed_domains={self.allowed_domains!r}, "
            f"blocked_domains={self.blocked_domains!r}, "
            f"max_content_tokens={self.max_content_tokens!r}, "
            f"max_uses={self.max_uses!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        id: Any = self._id
        if not (isinstance(id, Unset) or id is None):
            id = self._id.value

        allowed_domains: Any = self.allowed_domains
        if not (isinstance(allowed_domains, Unset) or allowed_domains is None):
            allowed_domains = self.allowed_domains

        blocked_domains: Any = self.blocked_domains
        if not (isinstance(blocked_domains, Unset) or blocked_domains is None):
            blocked_domains = self.blocked_domains

        max_content_tokens: Any = self.max_content_tokens

        max_uses: Any = self.max_uses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if blocked_domains is not UNSET:
            field_dict["blocked_domains"] = blocked_domains
        if max_content_tokens is not UNSET:
            field_dict["max_content_tokens"] = max_content_tokens
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of WebFetchPlugin and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "id" in data and not WebFetchPluginId.is_known(data["id"]):
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
                    f"WebFetchPlugin is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "id"
            _raw_id = d.get("id", UNSET)
            id: Any = _raw_id
            if _raw_id is not None and _raw_id is not UNSET:
                id = WebFetchPluginId._value2member_map_.get(_raw_id) or WebFetchPluginId._parse(_raw_id)

            _field = "allowed_domains"
            _raw_allowed_domains = d.get("allowed_domains", UNSET)
            allowed_domains: Any = _raw_allowed_domains
            if _raw_allowed_domains is not None and _raw_allowed_domains is not UNSET:
                allowed_domains = cast("list[str]", _raw_allowed_domains)

            _field = "blocked_domains"
            _raw_blocked_domains = d.get("blocked_domains", UNSET)
            blocked_domains: Any = _raw_blocked_domains
            if _raw_blocked_domains is not None and _raw_blocked_domains is not UNSET:
                blocked_domains = cast("list[str]", _raw_blocked_domains)

            max_content_tokens = d.get("max_content_tokens", UNSET)

            max_uses = d.get("max_uses", UNSET)

        except FieldParseError as error:
            raise error.within("WebFetchPlugin", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("WebFetchPlugin", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        web_fetch_plugin = cls(
            id,
            allowed_domains,
            blocked_domains,
            max_content_tokens,
            max_uses,
        )

        if not _DECLARED_KEYS.issuperset(d):
            web_fetch_plugin.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return web_fetch_plugin

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
