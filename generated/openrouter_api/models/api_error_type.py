from enum import Enum
from typing import TypeGuard


class ApiErrorType(str, Enum):
    AUTHENTICATION = "authentication"
    CONTENT_POLICY_VIOLATION = "content_policy_violation"
    CONTEXT_LENGTH_EXCEEDED = "context_length_exceeded"
    IMAGE_DOWNLOAD_FAILED = "image_download_failed"
    IMAGE_NOT_FOUND = "image_not_found"
    IMAGE_TOO_LARGE = "image_too_large"
    IMAGE_TOO_SMALL = "image_too_small"
    INVALID_IMAGE = "invalid_image"
    INVALID_PROMPT = "invalid_prompt"
    INVALID_REQUEST = "invalid_request"
    MAX_TOKENS_EXCEEDED = "max_tokens_exceeded"
    NOT_FOUND = "not_found"
    PAYLOAD_TOO_LARGE = "payload_too_large"
    PAYMENT_REQUIRED = "payment_required"
    PERMISSION_DENIED = "permission_denied"
    PRECONDITION_FAILED = "precondition_failed"
    PROVIDER_OVERLOADED = "provider_overloaded"
    PROVIDER_UNAVAILABLE = "provider_unavailable"
    RATE_LIMIT_EXCEEDED = "rate_limit_exceeded"
    REFUSAL = "refusal"
    SERVER = "server"
    STRING_TOO_LONG = "string_too_long"
    TIMEOUT = "timeout"
    TOKEN_LIMIT_EXCEEDED = "token_limit_exceeded"
    UNMAPPED = "unmapped"
    UNPROCESSABLE = "unprocessable"
    UNSUPPORTED_IMAGE_FORMAT = "unsupported_image_format"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        if self._name_ in type(self)._member_map_:
            return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"
        return f"<{type(self).__name__} {self._value_!r} (not listed in the spec)>"

    @classmethod
    def _missing_(cls, value: object) -> "ApiErrorType | None":
        """A value the spec does not list yet: keep it as an extra member instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        # Not an identifier, so it can never be mistaken for a listed member (some enums list one named UNKNOWN).
        member._name_ = f"unlisted({value!r})"
        member._value_ = value
        return member

    @classmethod
    def _parse(cls, value: object) -> "ApiErrorType":
        """`cls(value)` for from_dict: a listed value is one dict lookup (what Enum.__new__ tries first), cheaper than
        calling the class through EnumMeta.__call__; anything else takes the lenient constructor (_missing_)."""
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)

    @classmethod
    def is_known(cls, value: object) -> TypeGuard[str]:
        """True if `value` is one of the values listed in the spec."""
        return isinstance(value, str) and value in cls._value2member_map_
