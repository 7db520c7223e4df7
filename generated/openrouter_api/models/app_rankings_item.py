from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="AppRankingsItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"app_id", "app_name", "rank", "total_requests", "total_tokens"})


@_attrs_define(repr=False)
class AppRankingsItem:
    """
    Example:
        {'app_id': 12345, 'app_name': 'Cline', 'rank': 1, 'total_requests': 4321, 'total_tokens': '12345678'}

    Attributes:
        app_id (int): Stable numeric identifier of the app on OpenRouter. Example: 12345.
        app_name (str): Public display name of the app. Example: Cline.
        rank (int): 1-based position of the app within this response, per the requested `sort`. Example: 1.
        total_requests (int): Number of requests attributed to the app inside the date window. Example: 4321.
        total_tokens (str): Sum of `prompt_tokens + completion_tokens` attributed to the app inside the date window,
            returned as a decimal string so 64-bit values are not truncated. Example: 12345678.
    """

    _app_id: int = _attrs_field(alias="app_id")
    _app_name: str = _attrs_field(alias="app_name")
    _rank: int = _attrs_field(alias="rank")
    _total_requests: int = _attrs_field(alias="total_requests")
    _total_tokens: str = _attrs_field(alias="total_tokens")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def app_id(self) -> int:
        value: Any = self._app_id
        if value is UNSET:
            raise MissingFieldError("AppRankingsItem", "app_id")
        return value

    @app_id.setter
    def app_id(self, value: int) -> None:
        self._app_id = value

    @property
    def app_name(self) -> str:
        value: Any = self._app_name
        if value is UNSET:
            raise MissingFieldError("AppRankingsItem", "app_name")
        return value

    @app_name.setter
    def app_name(self, value: str) -> None:
        self._app_name = value

    @property
    def rank(self) -> int:
        value: Any = self._rank
        if value is UNSET:
            raise MissingFieldError("AppRankingsItem", "rank")
        return value

    @rank.setter
    def rank(self, value: int) -> None:
        self._rank = value

    @property
    def total_requests(self) -> int:
        value: Any = self._total_requests
        if value is UNSET:
            raise MissingFieldError("AppRankingsItem", "total_requests")
        return value

    @total_requests.setter
    def total_requests(self, value: int) -> None:
        self._total_requests = value

    @property
    def total_tokens(self) -> str:
        value: Any = self._total_tokens
        if value is UNSET:
            raise MissingFieldError("AppRankingsItem", "total_tokens")
        return value

    @total_tokens.setter
    def total_tokens(self, value: str) -> None:
        self._total_tokens = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"app_id={self._app_id!r}, "
            f"app_name={self._app_name!r}, "
            f"rank={self._rank!r}, "
            f"total_requests={self._total_requests!r}, "
            f"total_tokens={self._total_tokens!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        app_id: Any = self._app_id

        app_name: Any = self._app_name

        rank: Any = self._rank

        total_requests: Any = self._total_requests

        total_tokens: Any = self._total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if rank is not UNSET:
            field_dict["rank"] = rank
        if total_requests is not UNSET:
            field_dict["total_requests"] = total_requests
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AppRankingsItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "app_id" not in data:
            return False
        if "app_name" not in data:
            return False
        if "rank" not in data:
            return False
        if "total_requests" not in data:
            return False
        if "total_tokens" not in data:
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
                    f"AppRankingsItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        app_id = d.get("app_id", UNSET)

        app_name = d.get("app_name", UNSET)

        rank = d.get("rank", UNSET)

        total_requests = d.get("total_requests", UNSET)

        total_tokens = d.get("total_tokens", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        app_rankings_item = cls(
            app_id,
            app_name,
            rank,
            total_requests,
            total_tokens,
        )

        if not _DECLARED_KEYS.issuperset(d):
            app_rankings_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return app_rankings_item

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
