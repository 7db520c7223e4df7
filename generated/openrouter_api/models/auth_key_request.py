from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auth_key_request_code_challenge_method_type_1 import AuthKeyRequestCodeChallengeMethodType1
from ..models.auth_key_request_code_challenge_method_type_2_type_1 import AuthKeyRequestCodeChallengeMethodType2Type1
from ..models.auth_key_request_code_challenge_method_type_3_type_1 import AuthKeyRequestCodeChallengeMethodType3Type1
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthKeyRequest")


@_attrs_define
class AuthKeyRequest:
    """The code from the OAuth redirect, with the PKCE verifier if a challenge was used.

    Example:
        {'code': '0b7f2c1e-example-auth-code', 'code_verifier': 'Vq3nZ8sLw1XkR5tYp0mB2cD7fH9jK4gA6eU',
            'code_challenge_method': 'S256'}

    Attributes:
        code (str): Authorization code from the redirect.
        code_verifier (str | Unset): The secret whose hash was sent as code_challenge.
        code_challenge_method (AuthKeyRequestCodeChallengeMethodType1 | AuthKeyRequestCodeChallengeMethodType2Type1 |
            AuthKeyRequestCodeChallengeMethodType3Type1 | None | Unset): How the challenge was derived from the verifier.
    """

    code: str
    code_verifier: str | Unset = UNSET
    code_challenge_method: (
        AuthKeyRequestCodeChallengeMethodType1
        | AuthKeyRequestCodeChallengeMethodType2Type1
        | AuthKeyRequestCodeChallengeMethodType3Type1
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: Any = self.code

        code_verifier: Any = self.code_verifier

        code_challenge_method: Any = self.code_challenge_method
        if not (isinstance(code_challenge_method, Unset) or code_challenge_method is None):
            if isinstance(self.code_challenge_method, Unset):
                code_challenge_method = UNSET
            elif isinstance(self.code_challenge_method, AuthKeyRequestCodeChallengeMethodType1):
                code_challenge_method = self.code_challenge_method.value
            elif isinstance(self.code_challenge_method, AuthKeyRequestCodeChallengeMethodType2Type1):
                code_challenge_method = self.code_challenge_method.value
            elif isinstance(self.code_challenge_method, AuthKeyRequestCodeChallengeMethodType3Type1):
                code_challenge_method = self.code_challenge_method.value
            else:
                code_challenge_method = self.code_challenge_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if code is not UNSET:
            field_dict["code"] = code
        if code_verifier is not UNSET:
            field_dict["code_verifier"] = code_verifier
        if code_challenge_method is not UNSET:
            field_dict["code_challenge_method"] = code_challenge_method

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AuthKeyRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "code" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        code_verifier = d.pop("code_verifier", UNSET)

        _raw_code_challenge_method = d.pop("code_challenge_method", UNSET)
        code_challenge_method: Any = _raw_code_challenge_method
        if _raw_code_challenge_method is not None and _raw_code_challenge_method is not UNSET:
            code_challenge_method = _parse_code_challenge_method(_raw_code_challenge_method)

        auth_key_request = cls(
            code=code,
            code_verifier=code_verifier,
            code_challenge_method=code_challenge_method,
        )

        auth_key_request.additional_properties = d
        return auth_key_request

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
    AuthKeyRequestCodeChallengeMethodType1
    | AuthKeyRequestCodeChallengeMethodType2Type1
    | AuthKeyRequestCodeChallengeMethodType3Type1
    | None
    | Unset
):
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if AuthKeyRequestCodeChallengeMethodType1.is_known(data):
        try:
            code_challenge_method_type_1 = AuthKeyRequestCodeChallengeMethodType1._parse(data)

            return code_challenge_method_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AuthKeyRequestCodeChallengeMethodType2Type1.is_known(data):
        try:
            code_challenge_method_type_2_type_1 = AuthKeyRequestCodeChallengeMethodType2Type1._parse(data)

            return code_challenge_method_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AuthKeyRequestCodeChallengeMethodType3Type1.is_known(data):
        try:
            code_challenge_method_type_3_type_1 = AuthKeyRequestCodeChallengeMethodType3Type1._parse(data)

            return code_challenge_method_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        code_challenge_method_type_1 = AuthKeyRequestCodeChallengeMethodType1._parse(data)

        return code_challenge_method_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        code_challenge_method_type_2_type_1 = AuthKeyRequestCodeChallengeMethodType2Type1._parse(data)

        return code_challenge_method_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        code_challenge_method_type_3_type_1 = AuthKeyRequestCodeChallengeMethodType3Type1._parse(data)

        return code_challenge_method_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "AuthKeyRequestCodeChallengeMethodType1 | AuthKeyRequestCodeChallengeMethodType2Type1 | AuthKeyRequestCodeChallengeMethodType3Type1 | None | Unset",
        data,
    )
