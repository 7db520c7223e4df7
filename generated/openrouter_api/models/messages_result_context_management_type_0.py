from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.messages_result_context_management_type_0_applied_edits_item import (
        MessagesResultContextManagementType0AppliedEditsItem,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, MessagesResultContextManagementType0AppliedEditsItem
    if _lazy_imports_resolved:
        return
    from ..models.messages_result_context_management_type_0_applied_edits_item import (
        MessagesResultContextManagementType0AppliedEditsItem,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="MessagesResultContextManagementType0")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"applied_edits"})


@_attrs_define(repr=False)
class MessagesResultContextManagementType0:
    """
    Attributes:
        applied_edits (list[MessagesResultContextManagementType0AppliedEditsItem]):
    """

    _applied_edits: list[MessagesResultContextManagementType0AppliedEditsItem] = _attrs_field(alias="applied_edits")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def applied_edits(self) -> list[MessagesResultContextManagementType0AppliedEditsItem]:
        value: Any = self._applied_edits
        if value is UNSET:
            raise MissingFieldError("MessagesResultContextManagementType0", "applied_edits")
        return value

    @applied_edits.setter
    def applied_edits(self, value: list[MessagesResultContextManagementType0AppliedEditsItem]) -> None:
        self._applied_edits = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"applied_edits={self._applied_edits!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        applied_edits: Any = self._applied_edits
        if not (isinstance(applied_edits, Unset) or applied_edits is None):
            applied_edits = []
            for applied_edits_item_data in self._applied_edits:
                applied_edits_item = applied_edits_item_data.to_dict()
                applied_edits.append(applied_edits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if applied_edits is not UNSET:
            field_dict["applied_edits"] = applied_edits

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesResultContextManagementType0 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "applied_edits" not in data:
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
                    f"MessagesResultContextManagementType0 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "applied_edits"
            _raw_applied_edits = d.get("applied_edits", UNSET)
            applied_edits: Any = _raw_applied_edits
            if _raw_applied_edits is not None and _raw_applied_edits is not UNSET:
                applied_edits = [
                    MessagesResultContextManagementType0AppliedEditsItem.from_dict(applied_edits_item_data)
                    for applied_edits_item_data in _raw_applied_edits
                ]

        except FieldParseError as error:
            raise error.within("MessagesResultContextManagementType0", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesResultContextManagementType0", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_result_context_management_type_0 = cls(
            applied_edits,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_result_context_management_type_0.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return messages_result_context_management_type_0

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


MessagesResultContextManagementType0.__annotations__ = ResolvingAnnotations(
    MessagesResultContextManagementType0.__annotations__, _resolve_lazy_imports
)
