from enum import IntEnum
from typing import TypeGuard


class EndpointStatus(IntEnum):
    VALUE_0 = 0
    VALUE_NEGATIVE_1 = -1
    VALUE_NEGATIVE_2 = -2
    VALUE_NEGATIVE_3 = -3
    VALUE_NEGATIVE_5 = -5
    VALUE_NEGATIVE_10 = -10

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        if self._name_ in type(self)._member_map_:
            return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"
        return f"<{type(self).__name__} {self._value_!r} (not listed in the spec)>"

    @classmethod
    def _missing_(cls, value: object) -> "EndpointStatus | None":
        """A value the spec does not list yet: keep it as an extra member instead of failing."""
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        # Not an identifier, so it can never be mistaken for a listed member (some enums list one named UNKNOWN).
        member._name_ = f"unlisted({value!r})"
        member._value_ = value
        return member

    @classmethod
    def _parse(cls, value: object) -> "EndpointStatus":
        """`cls(value)` for from_dict: a listed value is one dict lookup (what Enum.__new__ tries first), cheaper than
        calling the class through EnumMeta.__call__; anything else takes the lenient constructor (_missing_)."""
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)

    @classmethod
    def is_known(cls, value: object) -> TypeGuard[int]:
        """True if `value` is one of the values listed in the spec."""
        return isinstance(value, int) and not isinstance(value, bool) and value in cls._value2member_map_
