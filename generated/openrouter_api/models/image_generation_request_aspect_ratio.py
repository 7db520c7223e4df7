from enum import Enum
from typing import TypeGuard


class ImageGenerationRequestAspectRatio(str, Enum):
    AUTO = "auto"
    VALUE_0 = "1:1"
    VALUE_1 = "1:2"
    VALUE_10 = "4:5"
    VALUE_11 = "5:4"
    VALUE_12 = "8:1"
    VALUE_13 = "9:16"
    VALUE_14 = "16:9"
    VALUE_15 = "9:19.5"
    VALUE_16 = "19.5:9"
    VALUE_17 = "9:20"
    VALUE_18 = "20:9"
    VALUE_19 = "9:21"
    VALUE_2 = "1:4"
    VALUE_20 = "21:9"
    VALUE_3 = "1:8"
    VALUE_4 = "2:1"
    VALUE_5 = "2:3"
    VALUE_6 = "3:2"
    VALUE_7 = "3:4"
    VALUE_8 = "4:1"
    VALUE_9 = "4:3"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        if self._name_ in type(self)._member_map_:
            return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"
        return f"<{type(self).__name__} {self._value_!r} (not listed in the spec)>"

    @classmethod
    def _missing_(cls, value: object) -> "ImageGenerationRequestAspectRatio | None":
        """A value the spec does not list yet: keep it as an extra member instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        # Not an identifier, so it can never be mistaken for a listed member (some enums list one named UNKNOWN).
        member._name_ = f"unlisted({value!r})"
        member._value_ = value
        return member

    @classmethod
    def _parse(cls, value: object) -> "ImageGenerationRequestAspectRatio":
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
