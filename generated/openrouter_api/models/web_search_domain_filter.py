from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, Unset

T = TypeVar("T", bound="WebSearchDomainFilter")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"allowed_domains", "blocked_domains", "excluded_domains"})


@_attrs_define(repr=False)
class WebSearchDomainFilter:
    """
    Example:
        {'allowed_domains': ['example.com'], 'blocked_domains': ['spam.com'], 'excluded_domains': ['spam.com']}

    Attributes:
        allowed_domains (list[str] | None | Unset):
        blocked_domains (list[str] | None | Unset):
        excluded_domains (list[str] | None | Unset):
    """

    allowed_domains: list[str] | None | Unset = UNSET
    blocked_domains: list[str] | None | Unset = UNSET
    excluded_domains: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"allowed_domains={self.allowed_domains!r}, "
            f"blocked_domains={self.blocked_domains!r}, "
            f"excluded_domains={self.excluded_domains!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        allowed_domains: Any = self.allowed_domains
        if not (isinstance(allowed_domains, Unset) or allowed_domains is None):
            if isinstance(self.allowed_domains, list):
                allowed_domains = self.allowed_domains

            else:
                allowed_domains = self.allowed_domains

        blocked_domains: Any = self.blocked_domains
        if not (isinstance(blocked_domains, Unset) or blocked_domains is None):
            if isinstance(self.blocked_domains, list):
                blocked_domains = self.blocked_domains

            else:
                blocked_domains = self.blocked_domains

        excluded_domains: Any = self.excluded_domains
        if not (isinstance(excluded_domains, Unset) or excluded_domains is None):
            if isinstance(self.excluded_domains, list):
                excluded_domains = self.excluded_domains

            else:
                excluded_domains = self.excluded_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if blocked_domains is not UNSET:
            field_dict["blocked_domains"] = blocked_domains
        if excluded_domains is not UNSET:
            field_dict["excluded_domains"] = excluded_domains

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of WebSearchDomainFilter and its fixed values."""
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
                    f"WebSearchDomainFilter is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "allowed_domains"
            _raw_allowed_domains = d.get("allowed_domains", UNSET)
            allowed_domains: Any = _raw_allowed_domains
            if _raw_allowed_domains is not None and _raw_allowed_domains is not UNSET:
                allowed_domains = _parse_allowed_domains(_raw_allowed_domains)

            _field = "blocked_domains"
            _raw_blocked_domains = d.get("blocked_domains", UNSET)
            blocked_domains: Any = _raw_blocked_domains
            if _raw_blocked_domains is not None and _raw_blocked_domains is not UNSET:
                blocked_domains = _parse_blocked_domains(_raw_blocked_domains)

            _field = "excluded_domains"
            _raw_excluded_domains = d.get("excluded_domains", UNSET)
            excluded_domains: Any = _raw_excluded_domains
            if _raw_excluded_domains is not None and _raw_excluded_domains is not UNSET:
                excluded_domains = _parse_excluded_domains(_raw_excluded_domains)

        except FieldParseError as error:
            raise error.within("WebSearchDomainFilter", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("WebSearchDomainFilter", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        web_search_domain_filter = cls(
            allowed_domains,
            blocked_domains,
            excluded_domains,
        )

        if not _DECLARED_KEYS.issuperset(d):
            web_search_domain_filter.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return web_search_domain_filter

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


def _parse_allowed_domains(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_domains_type_0 = cast("list[str]", data)

        return allowed_domains_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None | Unset", data)


def _parse_blocked_domains(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        blocked_domains_type_0 = cast("list[str]", data)

        return blocked_domains_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None | Unset", data)


def _parse_excluded_domains(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        excluded_domains_type_0 = cast("list[str]", data)

        return excluded_domains_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None | Unset", data)
