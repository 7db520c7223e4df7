from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ChatTokenLogprobTopLogprobsItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"bytes", "logprob", "token"})


@_attrs_define(repr=False)
class ChatTokenLogprobTopLogprobsItem:
    """
    Attributes:
        bytes_ (list[int] | None):
        logprob (float):
        token (str):
    """

    _bytes_: list[int] | None = _attrs_field(alias="bytes_")
    _logprob: float = _attrs_field(alias="logprob")
    _token: str = _attrs_field(alias="token")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def bytes_(self) -> list[int] | None:
        value: Any = self._bytes_
        if value is UNSET:
            raise MissingFieldError("ChatTokenLogprobTopLogprobsItem", "bytes")
        return value

    @bytes_.setter
    def bytes_(self, value: list[int] | None) -> None:
        self._bytes_ = value

    @property
    def logprob(self) -> float:
        value: Any = self._logprob
        if value is UNSET:
            raise MissingFieldError("ChatTokenLogprobTopLogprobsItem", "logprob")
        return value

    @logprob.setter
    def logprob(self, value: float) -> None:
        self._logprob = value

    @property
    def token(self) -> str:
        value: Any = self._token
        if value is UNSET:
            raise MissingFieldError("ChatTokenLogprobTopLogprobsItem", "token")
        return value

    @token.setter
    def token(self, value: str) -> None:
        self._token = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"bytes_={self._bytes_!r}, "
            f"logprob={self._logprob!r}, "
            f"token={self._token!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        bytes_: Any = self._bytes_
        if not (isinstance(bytes_, Unset) or bytes_ is None):
            if isinstance(self._bytes_, list):
                bytes_ = self._bytes_

            else:
                bytes_ = self._bytes_

        logprob: Any = self._logprob

        token: Any = self._token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_
        if logprob is not UNSET:
            field_dict["logprob"] = logprob
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatTokenLogprobTopLogprobsItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "bytes" not in data:
            return False
        if "logprob" not in data:
            return False
        if "token" not in data:
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
                    f"ChatTokenLogprobTopLogprobsItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "bytes"
            _raw_bytes_ = d.get("bytes", UNSET)
            bytes_: Any = _raw_bytes_
            if _raw_bytes_ is not None and _raw_bytes_ is not UNSET:
                bytes_ = _parse_bytes_(_raw_bytes_)

            logprob = d.get("logprob", UNSET)

            token = d.get("token", UNSET)

        except FieldParseError as error:
            raise error.within("ChatTokenLogprobTopLogprobsItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatTokenLogprobTopLogprobsItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_token_logprob_top_logprobs_item = cls(
            bytes_,
            logprob,
            token,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_token_logprob_top_logprobs_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return chat_token_logprob_top_logprobs_item

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


def _parse_bytes_(data: object) -> list[int] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        bytes_type_0 = cast("list[int]", data)

        return bytes_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[int] | None", data)
