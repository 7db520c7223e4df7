from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_filter_action import ContentFilterAction
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ContentFilterEntry")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"action", "pattern", "label"})


@_attrs_define(repr=False)
class ContentFilterEntry:
    """A custom regex content filter that scans request messages for matching patterns.

    Example:
        {'action': 'redact', 'label': '[API_KEY]', 'pattern': '\\\\b(sk-[a-zA-Z0-9]{48})\\\\b'}

    Attributes:
        action (ContentFilterAction): Action taken when the pattern matches Example: block.
        pattern (str): A regex pattern to match against request content Example: \\b(sk-[a-zA-Z0-9]{48})\\b.
        label (None | str | Unset): Optional label used in redaction placeholders or error messages Example: [API_KEY].
    """

    _action: ContentFilterAction = _attrs_field(alias="action")
    _pattern: str = _attrs_field(alias="pattern")
    label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def action(self) -> ContentFilterAction:
        value: Any = self._action
        if value is UNSET:
            raise MissingFieldError("ContentFilterEntry", "action")
        return value

    @action.setter
    def action(self, value: ContentFilterAction) -> None:
        self._action = value

    @property
    def pattern(self) -> str:
        value: Any = self._pattern
        if value is UNSET:
            raise MissingFieldError("ContentFilterEntry", "pattern")
        return value

    @pattern.setter
    def pattern(self, value: str) -> None:
        self._pattern = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"action={self._action!r}, "
            f"pattern={self._pattern!r}, "
            f"label={self.label!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        action: Any = self._action
        if not (isinstance(action, Unset) or action is None):
            action = self._action.value

        pattern: Any = self._pattern

        label: Any = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if action is not UNSET:
            field_dict["action"] = action
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ContentFilterEntry and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "action" not in data:
            return False
        if "action" in data and not ContentFilterAction.is_known(data["action"]):
            return False
        if "pattern" not in data:
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
                    f"ContentFilterEntry is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "action"
            _raw_action = d.get("action", UNSET)
            action: Any = _raw_action
            if _raw_action is not None and _raw_action is not UNSET:
                action = ContentFilterAction._value2member_map_.get(_raw_action) or ContentFilterAction._parse(
                    _raw_action
                )

            pattern = d.get("pattern", UNSET)

            label = d.get("label", UNSET)

        except FieldParseError as error:
            raise error.within("ContentFilterEntry", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ContentFilterEntry", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        content_filter_entry = cls(
            action,
            pattern,
            label,
        )

        if not _DECLARED_KEYS.issuperset(d):
            content_filter_entry.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return content_filter_entry

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
