from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_filter_builtin_action import ContentFilterBuiltinAction
from ..models.content_filter_builtin_slug import ContentFilterBuiltinSlug
from ..models.prompt_injection_scan_scope import PromptInjectionScanScope
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ContentFilterBuiltinEntry")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"action", "slug", "label", "scan_scope"})


@_attrs_define(repr=False)
class ContentFilterBuiltinEntry:
    """A builtin content filter entry. Builtin filters include PII detectors and the regex-based prompt injection detector.

    Example:
        {'action': 'redact', 'label': '[EMAIL]', 'slug': 'email'}

    Attributes:
        action (ContentFilterBuiltinAction): Action taken when the builtin filter triggers Example: block.
        slug (ContentFilterBuiltinSlug): The builtin filter identifier Example: regex-prompt-injection.
        label (str | Unset): Read-only, system-assigned redaction placeholder derived from the slug (e.g. "[EMAIL]",
            "[PHONE]"). Not settable by the caller. Example: [EMAIL].
        scan_scope (PromptInjectionScanScope | Unset): Which message roles to scan for prompt injection. Only applies to
            the regex-prompt-injection builtin. Defaults to all_messages. Example: user_only.
    """

    _action: ContentFilterBuiltinAction = _attrs_field(alias="action")
    _slug: ContentFilterBuiltinSlug = _attrs_field(alias="slug")
    label: str | Unset = UNSET
    scan_scope: PromptInjectionScanScope | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def action(self) -> ContentFilterBuiltinAction:
        value: Any = self._action
        if value is UNSET:
            raise MissingFieldError("ContentFilterBuiltinEntry", "action")
        return value

    @action.setter
    def action(self, value: ContentFilterBuiltinAction) -> None:
        self._action = value

    @property
    def slug(self) -> ContentFilterBuiltinSlug:
        value: Any = self._slug
        if value is UNSET:
            raise MissingFieldError("ContentFilterBuiltinEntry", "slug")
        return value

    @slug.setter
    def slug(self, value: ContentFilterBuiltinSlug) -> None:
        self._slug = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"action={self._action!r}, "
            f"slug={self._slug!r}, "
            f"label={self.label!r}, "
            f"scan_scope={self.scan_scope!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        action: Any = self._action
        if not (isinstance(action, Unset) or action is None):
            action = self._action.value

        slug: Any = self._slug
        if not (isinstance(slug, Unset) or slug is None):
            slug = self._slug.value

        label: Any = self.label

        scan_scope: Any = self.scan_scope
        if not (isinstance(scan_scope, Unset) or scan_scope is None):
            scan_scope = scan_scope.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if action is not UNSET:
            field_dict["action"] = action
        if slug is not UNSET:
            field_dict["slug"] = slug
        if label is not UNSET:
            field_dict["label"] = label
        if scan_scope is not UNSET:
            field_dict["scan_scope"] = scan_scope

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ContentFilterBuiltinEntry and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "action" not in data:
            return False
        if "action" in data and not ContentFilterBuiltinAction.is_known(data["action"]):
            return False
        if "slug" not in data:
            return False
        if "slug" in data and not ContentFilterBuiltinSlug.is_known(data["slug"]):
            return False
        if "scan_scope" in data and not PromptInjectionScanScope.is_known(data["scan_scope"]):
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
                    f"ContentFilterBuiltinEntry is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "action"
            _raw_action = d.get("action", UNSET)
            action: Any = _raw_action
            if _raw_action is not None and _raw_action is not UNSET:
                action = ContentFilterBuiltinAction._value2member_map_.get(
                    _raw_action
                ) or ContentFilterBuiltinAction._parse(_raw_action)

            _field = "slug"
            _raw_slug = d.get("slug", UNSET)
            slug: Any = _raw_slug
            if _raw_slug is not None and _raw_slug is not UNSET:
                slug = ContentFilterBuiltinSlug._value2member_map_.get(_raw_slug) or ContentFilterBuiltinSlug._parse(
                    _raw_slug
                )

            label = d.get("label", UNSET)

            _field = "scan_scope"
            _raw_scan_scope = d.get("scan_scope", UNSET)
            scan_scope: Any = _raw_scan_scope
            if _raw_scan_scope is not None and _raw_scan_scope is not UNSET:
                scan_scope = PromptInjectionScanScope._value2member_map_.get(
                    _raw_scan_scope
                ) or PromptInjectionScanScope._parse(_raw_scan_scope)

        except FieldParseError as error:
            raise error.within("ContentFilterBuiltinEntry", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ContentFilterBuiltinEntry", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        content_filter_builtin_entry = cls(
            action,
            slug,
            label,
            scan_scope,
        )

        if not _DECLARED_KEYS.issuperset(d):
            content_filter_builtin_entry.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return content_filter_builtin_entry

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
