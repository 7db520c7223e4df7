from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.response_output_text_logprobs_item_top_logprobs_item import (
        ResponseOutputTextLogprobsItemTopLogprobsItem,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ResponseOutputTextLogprobsItemTopLogprobsItem
    if _lazy_imports_resolved:
        return
    from ..models.response_output_text_logprobs_item_top_logprobs_item import (
        ResponseOutputTextLogprobsItemTopLogprobsItem,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ResponseOutputTextLogprobsItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"bytes", "logprob", "token", "top_logprobs"})


@_attrs_define(repr=False)
class ResponseOutputTextLogprobsItem:
    """
    Attributes:
        bytes_ (list[int]):
        logprob (float):
        token (str):
        top_logprobs (list[ResponseOutputTextLogprobsItemTopLogprobsItem]):
    """

    _bytes_: list[int] = _attrs_field(alias="bytes_")
    _logprob: float = _attrs_field(alias="logprob")
    _token: str = _attrs_field(alias="token")
    _top_logprobs: list[ResponseOutputTextLogprobsItemTopLogprobsItem] = _attrs_field(alias="top_logprobs")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def bytes_(self) -> list[int]:
        value: Any = self._bytes_
        if value is UNSET:
            raise MissingFieldError("ResponseOutputTextLogprobsItem", "bytes")
        return value

    @bytes_.setter
    def bytes_(self, value: list[int]) -> None:
        self._bytes_ = value

    @property
    def logprob(self) -> float:
        value: Any = self._logprob
        if value is UNSET:
            raise MissingFieldError("ResponseOutputTextLogprobsItem", "logprob")
        return value

    @logprob.setter
    def logprob(self, value: float) -> None:
        self._logprob = value

    @property
    def token(self) -> str:
        value: Any = self._token
        if value is UNSET:
            raise MissingFieldError("ResponseOutputTextLogprobsItem", "token")
        return value

    @token.setter
    def token(self, value: str) -> None:
        self._token = value

    @property
    def top_logprobs(self) -> list[ResponseOutputTextLogprobsItemTopLogprobsItem]:
        value: Any = self._top_logprobs
        if value is UNSET:
            raise MissingFieldError("ResponseOutputTextLogprobsItem", "top_logprobs")
        return value

    @top_logprobs.setter
    def top_logprobs(self, value: list[ResponseOutputTextLogprobsItemTopLogprobsItem]) -> None:
        self._top_logprobs = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"bytes_={self._bytes_!r}, "
            f"logprob={self._logprob!r}, "
            f"token={self._token!r}, "
            f"top_logprobs={self._top_logprobs!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        bytes_: Any = self._bytes_
        if not (isinstance(bytes_, Unset) or bytes_ is None):
            bytes_ = self._bytes_

        logprob: Any = self._logprob

        token: Any = self._token

        top_logprobs: Any = self._top_logprobs
        if not (isinstance(top_logprobs, Unset) or top_logprobs is None):
            top_logprobs = []
            for top_logprobs_item_data in self._top_logprobs:
                top_logprobs_item = top_logprobs_item_data.to_dict()
                top_logprobs.append(top_logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_
        if logprob is not UNSET:
            field_dict["logprob"] = logprob
        if token is not UNSET:
            field_dict["token"] = token
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ResponseOutputTextLogprobsItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "bytes" not in data:
            return False
        if "logprob" not in data:
            return False
        if "token" not in data:
            return False
        if "top_logprobs" not in data:
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
                    f"ResponseOutputTextLogprobsItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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

            _field = "top_logprobs"
            _raw_top_logprobs = d.get("top_logprobs", UNSET)
            top_logprobs: Any = _raw_top_logprobs
            if _raw_top_logprobs is not None and _raw_top_logprobs is not UNSET:
                top_logprobs = [
                    ResponseOutputTextLogprobsItemTopLogprobsItem.from_dict(top_logprobs_item_data)
                    for top_logprobs_item_data in _raw_top_logprobs
                ]

        except FieldParseError as error:
            raise error.within("ResponseOutputTextLogprobsItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ResponseOutputTextLogprobsItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        response_output_text_logprobs_item = cls(
            bytes_,
            logprob,
            token,
            top_logprobs,
        )

        if not _DECLARED_KEYS.issuperset(d):
            response_output_text_logprobs_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return response_output_text_logprobs_item

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


ResponseOutputTextLogprobsItem.__annotations__ = ResolvingAnnotations(
    ResponseOutputTextLogprobsItem.__annotations__, _resolve_lazy_imports
)
