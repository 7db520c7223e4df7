from enum import Enum
from typing import TypeGuard


class ResponsesErrorFieldCode(str, Enum):
    BIO_POLICY = "bio_policy"
    DATA_RESIDENCY_MISMATCH = "data_residency_mismatch"
    EMPTY_IMAGE_FILE = "empty_image_file"
    FAILED_TO_DOWNLOAD_IMAGE = "failed_to_download_image"
    IMAGE_CONTENT_POLICY_VIOLATION = "image_content_policy_violation"
    IMAGE_FILE_NOT_FOUND = "image_file_not_found"
    IMAGE_FILE_TOO_LARGE = "image_file_too_large"
    IMAGE_PARSE_ERROR = "image_parse_error"
    IMAGE_TOO_LARGE = "image_too_large"
    IMAGE_TOO_SMALL = "image_too_small"
    INVALID_BASE64_IMAGE = "invalid_base64_image"
    INVALID_IMAGE = "invalid_image"
    INVALID_IMAGE_FORMAT = "invalid_image_format"
    INVALID_IMAGE_MODE = "invalid_image_mode"
    INVALID_IMAGE_URL = "invalid_image_url"
    INVALID_PROMPT = "invalid_prompt"
    RATE_LIMIT_EXCEEDED = "rate_limit_exceeded"
    SERVER_ERROR = "server_error"
    UNSUPPORTED_IMAGE_MEDIA_TYPE = "unsupported_image_media_type"
    VECTOR_STORE_TIMEOUT = "vector_store_timeout"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        if self._name_ in type(self)._member_map_:
            return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"
        return f"<{type(self).__name__} {self._value_!r} (not listed in the spec)>"

    @classmethod
    def _missing_(cls, value: object) -> "ResponsesErrorFieldCode | None":
        """A value the spec does not list yet: keep it as an extra member instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        # Not an identifier, so it can never be mistaken for a listed member (some enums list one named UNKNOWN).
        member._name_ = f"unlisted({value!r})"
        member._value_ = value
        return member

    @classmethod
    def _parse(cls, value: object) -> "ResponsesErrorFieldCode":
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
