from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.chat_token_logprob_top_logprobs_item import ChatTokenLogprobTopLogprobsItem

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ChatTokenLogprobTopLogprobsItem
    if _lazy_imports_resolved:
        return
    from ..models.chat_token_logprob_top_logprobs_item import ChatTokenLogprobTopLogprobsItem  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatTokenLogprob")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"bytes", "logprob", "token", "top_logprobs"})


@_attrs_define(repr=False)
class ChatTokenLogprob:
    """Token log probability information

    Example:
        {'bytes': None, 'logprob': -0.612345, 'token': ' Hello', 'top_logprobs': [{'bytes': None, 'logprob': -0.612345,
            'token': ' Hello'}]}

    Attributes:
        bytes_ (list[int] | None): UTF-8 bytes of the token
        logprob (float): Log probability of the token
        token (str): The token
        top_logprobs (list[ChatTokenLogprobTopLogprobsItem]): Top alternative tokens with probabilities
    """

    _bytes_: list[int] | None = _attrs_field(alias="bytes_")
    _logprob: float = _attrs_field(alias="logprob")
    _token: str = _attrs_field(alias="token")
    _top_logprobs: list[ChatTokenLogprobTopLogprobsItem] = _attrs_field(alias="top_logprobs")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def bytes_(self) -> list[int] | None:
        value: Any = self._bytes_
        if value is UNSET:
            raise MissingFieldError("ChatTokenLogprob", "bytes")
        return value

    @bytes_.setter
    def bytes_(self, value: list[int] | None) -> None:
        self._bytes_ = value

    @property
    def logprob(self) -> float:
        value: Any = self._logprob
        if value is UNSET:
            raise MissingFieldError("ChatTokenLogprob", "logprob")
        return value

    @logprob.setter
    def logprob(self, value: float) -> None:
        self._logprob = value

    @property
    def token(self) -> str:
        value: Any = self._token
        if value is UNSET:
            raise MissingFieldError("ChatTokenLogprob", "token")
        return value

    @token.setter
    def token(self, value: str) -> None:
        self._token = value

    @property
    def top_logprobs(self) -> list[ChatTokenLogprobTopLogprobsItem]:
        value: Any = self._top_logprobs
        if value is UNSET:
            raise MissingFieldError("ChatTokenLogprob", "top_logprobs")
        return value

    @top_logprobs.setter
    def top_logprobs(self, value: list[ChatTokenLogprobTopLogprobsItem]) -> None:
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
            if isinstance(self._bytes_, list):
                bytes_ = self._bytes_

            else:
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
        """True if data is an object with every required key of ChatTokenLogprob and its fixed values."""
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
                    f"ChatTokenLogprob is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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

            _field = "top_logprobs"
            _raw_top_logprobs = d.get("top_logprobs", UNSET)
            top_logprobs: Any = _raw_top_logprobs
            if _raw_top_logprobs is not None and _raw_top_logprobs is not UNSET:
                top_logprobs = [
                    ChatTokenLogprobTopLogprobsItem.from_dict(top_logprobs_item_data)
                    for top_logprobs_item_data in _raw_top_logprobs
                ]

        except FieldParseError as error:
            raise error.within("ChatTokenLogprob", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatTokenLogprob", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_token_logprob = cls(
            bytes_,
            logprob,
            token,
            top_logprobs,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_token_logprob.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return chat_token_logprob

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


ChatTokenLogprob.__annotations__ = ResolvingAnnotations(ChatTokenLogprob.__annotations__, _resolve_lazy_imports)


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
