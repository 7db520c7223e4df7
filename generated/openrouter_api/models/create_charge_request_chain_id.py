from enum import IntEnum
from typing import TypeGuard


class CreateChargeRequestChainId(IntEnum):
    VALUE_1 = 1
    VALUE_137 = 137
    VALUE_8453 = 8453

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CreateChargeRequestChainId | None":
        """A value the spec does not list yet: keep it as an extra member instead of failing."""
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @classmethod
    def _parse(cls, value: object) -> "CreateChargeRequestChainId":
        """`cls(value)` for from_dict: a listed value is one dict lookup (what Enum.__new__ tries first), while calling
        the class goes through EnumMeta.__call__ (~3 us); anything else takes the lenient constructor (_missing_)."""
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)

    @classmethod
    def is_known(cls, value: object) -> TypeGuard[int]:
        """True if `value` is one of the values listed in the spec."""
        return isinstance(value, int) and not isinstance(value, bool) and value in cls._value2member_map_
