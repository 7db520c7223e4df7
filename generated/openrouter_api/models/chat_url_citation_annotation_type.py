from enum import Enum
from typing import TypeGuard


class ChatUrlCitationAnnotationType(str, Enum):
    URL_CITATION = "url_citation"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ChatUrlCitationAnnotationType | None":
        """A value the spec does not list yet: keep it as an extra member instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @classmethod
    def _parse(cls, value: object) -> "ChatUrlCitationAnnotationType":
        """`cls(value)` for from_dict: a listed value is one dict lookup (what Enum.__new__ tries first), while calling
        the class goes through EnumMeta.__call__ (~3 us); anything else takes the lenient constructor (_missing_)."""
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)

    @classmethod
    def is_known(cls, value: object) -> TypeGuard[str]:
        """True if `value` is one of the values listed in the spec."""
        return isinstance(value, str) and value in cls._value2member_map_
