from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_auth_code_for_api_key_body_code_challenge_method_type_1 import (
    ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType1,
)
from ..models.exchange_auth_code_for_api_key_body_code_challenge_method_type_2_type_1 import (
    ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1,
)
from ..models.exchange_auth_code_for_api_key_body_code_challenge_method_type_3_type_1 import (
    ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1,
)
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ExchangeAuthCodeForApiKeyBody")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"code", "code_challenge_method", "code_verifier"})


@_attrs_define(repr=False)
class ExchangeAuthCodeForApiKeyBody:
    """
    Example:
        {'code': 'auth_code_abc123def456', 'code_challenge_method': 'S256', 'code_verifier': 'dBjftJeZ4CVP-
            mB92K27uhbUJU1p1r_wW1gFWFOEjXk'}

    Attributes:
        code (str): The authorization code received from the OAuth redirect Example: auth_code_abc123def456.
        code_challenge_method (ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType1 |
            ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1 |
            ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1 | None | Unset): The method used to generate the code
            challenge Example: S256.
        code_verifier (str | Unset): The code verifier if code_challenge was used in the authorization request Example:
            dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk.
    """

    _code: str = _attrs_field(alias="code")
    code_challenge_method: (
        ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType1
        | ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1
        | ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1
        | None
        | Unset
    ) = UNSET
    code_verifier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def code(self) -> str:
        value: Any = self._code
        if value is UNSET:
            raise MissingFieldError("ExchangeAuthCodeForApiKeyBody", "code")
        return value

    @code.setter
    def code(self, value: str) -> None:
        self._code = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"code={self._code!r}, "
            f"code_challenge_method={self.code_challenge_method!r}, "
            f"code_verifier={self.code_verifier!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        code: Any = self._code

        code_challenge_method: Any = self.code_challenge_method
        if not (isinstance(code_challenge_method, Unset) or code_challenge_method is None):
            if isinstance(self.code_challenge_method, ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType1):
                code_challenge_method = self.code_challenge_method.value
            elif isinstance(self.code_challenge_method, ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1):
                code_challenge_method = self.code_challenge_method.value
            elif isinstance(self.code_challenge_method, ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1):
                code_challenge_method = self.code_challenge_method.value
            else:
                code_challenge_method = self.code_challenge_method

        code_verifier: Any = self.code_verifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if code is not UNSET:
            field_dict["code"] = code
        if code_challenge_method is not UNSET:
            field_dict["code_challenge_method"] = code_challenge_method
        if code_verifier is not UNSET:
            field_dict["code_verifier"] = code_verifier

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ExchangeAuthCodeForApiKeyBody and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "code" not in data:
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
                    f"ExchangeAuthCodeForApiKeyBody is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            code = d.get("code", UNSET)

            _field = "code_challenge_method"
            _raw_code_challenge_method = d.get("code_challenge_method", UNSET)
            code_challenge_method: Any = _raw_code_challenge_method
            if _raw_code_challenge_method is not None and _raw_code_challenge_method is not UNSET:
                code_challenge_method = _parse_code_challenge_method(_raw_code_challenge_method)

            code_verifier = d.get("code_verifier", UNSET)

        except FieldParseError as error:
            raise error.within("ExchangeAuthCodeForApiKeyBody", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ExchangeAuthCodeForApiKeyBody", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        exchange_auth_code_for_api_key_body = cls(
            code,
            code_challenge_method,
            code_verifier,
        )

        if not _DECLARED_KEYS.issuperset(d):
            exchange_auth_code_for_api_key_body.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return exchange_auth_code_for_api_key_body

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


def _parse_code_challenge_method(
    data: object,
) -> (
    ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType1
    | ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1
    | ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1
    | None
    | Unset
):
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType1.is_known(data):
        try:
            code_challenge_method_type_1 = ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType1._value2member_map_.get(
                data
            ) or ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType1._parse(data)

            return code_challenge_method_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1.is_known(data):
        try:
            code_challenge_method_type_2_type_1 = (
                ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1._value2member_map_.get(data)
                or ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1._parse(data)
            )

            return code_challenge_method_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1.is_known(data):
        try:
            code_challenge_method_type_3_type_1 = (
                ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1._value2member_map_.get(data)
                or ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1._parse(data)
            )

            return code_challenge_method_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        code_challenge_method_type_1 = ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType1._value2member_map_.get(
            data
        ) or ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType1._parse(data)

        return code_challenge_method_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        code_challenge_method_type_2_type_1 = (
            ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1._value2member_map_.get(data)
            or ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1._parse(data)
        )

        return code_challenge_method_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        code_challenge_method_type_3_type_1 = (
            ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1._value2member_map_.get(data)
            or ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1._parse(data)
        )

        return code_challenge_method_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType1 | ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1 | ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1 | None | Unset",
        data,
    )
