from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, Unset

T = TypeVar("T", bound="OpenResponsesTopLogprobs")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"bytes", "logprob", "token"})


@_attrs_define(repr=False)
class OpenResponsesTopLogprobs:
    """Alternative token with its log probability

    Example:
        {'logprob': -0.5, 'token': 'hello'}

    Attributes:
        bytes_ (list[int] | Unset):
        logprob (float | Unset):
        token (str | Unset):
    """

    bytes_: list[int] | Unset = UNSET
    logprob: float | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"bytes_={self.bytes_!r}, "
            f"logprob={self.logprob!r}, "
            f"token={self.token!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        bytes_: Any = self.bytes_
        if not (isinstance(bytes_, Unset) or bytes_ is None):
            bytes_ = self.bytes_

        logprob: Any = self.logprob

        token: Any = self.token

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
        """True if data is an object with every required key of OpenResponsesTopLogprobs and its fixed values."""
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
                    f"OpenResponsesTopLogprobs is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "bytes"
            _raw_bytes_ = d.get("bytes", UNSET)
            bytes_: Any = _raw_bytes_
            if _raw_bytes_ is not None and _raw_bytes_ is not UNSET:
                bytes_ = cast("list[int]", _raw_bytes_)

            logprob = d.get("logprob", UNSET)

            token = d.get("token", UNSET)

        except FieldParseError as error:
            raise error.within("OpenResponsesTopLogprobs", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OpenResponsesTopLogprobs", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        open_responses_top_logprobs = cls(
            bytes_,
            logprob,
            token,
        )

        if not _DECLARED_KEYS.issuperset(d):
            open_responses_top_logprobs.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return open_responses_top_logprobs

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
