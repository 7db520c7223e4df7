from enum import Enum
from typing import TypeGuard


class OutputMessageStatusType0(str, Enum):
    COMPLETED = "completed"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        if self._name_ in type(self)._member_map_:
            return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"
        return f"<{type(self).__name__} {self._value_!r} (not listed in the spec)>"

    @classmethod
    def _missing_(cls, value: object) -> "OutputMessageStatusType0 | None":
        """A value the spec does not list yet: keep it as an extra member instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        # Not an identifier, so it can never be mistaken for a listed member (some enums list one named UNKNOWN).
        member._name_ = f"unlisted({value!r})"
        member._value_ = value
        return member

    @classmethod
    def _parse(cls, value: object) -> "OutputMessageStatusType0":
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
