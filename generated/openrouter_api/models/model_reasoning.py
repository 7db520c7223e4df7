from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_effort import ReasoningEffort
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ModelReasoning")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"mandatory", "default_effort", "default_enabled", "supported_efforts", "supports_max_tokens"}
)


@_attrs_define(repr=False)
class ModelReasoning:
    """Reasoning effort configuration. Omitted for non-reasoning models and dynamic router models.

    Example:
        {'default_effort': 'medium', 'default_enabled': True, 'mandatory': False, 'supported_efforts': ['high',
            'medium', 'low', 'minimal']}

    Attributes:
        mandatory (bool): When true, reasoning cannot be disabled and effort "none" is rejected.
        default_effort (None | ReasoningEffort | Unset): Default reasoning effort when the client enables reasoning
            without specifying effort. Maps to `reasoning.effort` in chat requests. When `"none"`, prefer omitting effort
            unless the user explicitly disables reasoning.
        default_enabled (bool | Unset): Default reasoning enabled state when the client does not set
            `reasoning.enabled`.
        supported_efforts (list[None | ReasoningEffort] | None | Unset): Allowed reasoning effort values for this model,
            in descending effort order (highest first). Null means no allowlist — all gateway effort values are accepted.
        supports_max_tokens (bool | Unset): Present and `true` when the model accepts `reasoning.max_tokens` in requests
            (Anthropic-style) instead of or in addition to `reasoning.effort`. Omitted otherwise.
    """

    _mandatory: bool = _attrs_field(alias="mandatory")
    default_effort: None | ReasoningEffort | Unset = UNSET
    default_enabled: bool | Unset = UNSET
    supported_efforts: list[None | ReasoningEffort] | None | Unset = UNSET
    supports_max_tokens: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def mandatory(self) -> bool:
        value: Any = self._mandatory
        if value is UNSET:
            raise MissingFieldError("ModelReasoning", "mandatory")
        return value

    @mandatory.setter
    def mandatory(self, value: bool) -> None:
        self._mandatory = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"mandatory={self._mandatory!r}, "
            f"default_effort={self.default_effort!r}, "
            f"default_enabled={self.default_enabled!r}, "
            f"supported_efforts={self.supported_efforts!r}, "
            f"supports_max_tokens={self.supports_max_tokens!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        mandatory: Any = self._mandatory

        default_effort: Any = self.default_effort
        if not (isinstance(default_effort, Unset) or default_effort is None):
            if isinstance(self.default_effort, ReasoningEffort):
                default_effort = self.default_effort.value
            else:
                default_effort = self.default_effort

        default_enabled: Any = self.default_enabled

        supported_efforts: Any = self.supported_efforts
        if not (isinstance(supported_efforts, Unset) or supported_efforts is None):
            if isinstance(self.supported_efforts, list):
                supported_efforts = []
                for supported_efforts_type_0_item_data in self.supported_efforts:
                    supported_efforts_type_0_item: None | str
                    if isinstance(supported_efforts_type_0_item_data, ReasoningEffort):
                        supported_efforts_type_0_item = supported_efforts_type_0_item_data.value
                    else:
                        supported_efforts_type_0_item = supported_efforts_type_0_item_data
                    supported_efforts.append(supported_efforts_type_0_item)

            else:
                supported_efforts = self.supported_efforts

        supports_max_tokens: Any = self.supports_max_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory
        if default_effort is not UNSET:
            field_dict["default_effort"] = default_effort
        if default_enabled is not UNSET:
            field_dict["default_enabled"] = default_enabled
        if supported_efforts is not UNSET:
            field_dict["supported_efforts"] = supported_efforts
        if supports_max_tokens is not UNSET:
            field_dict["supports_max_tokens"] = supports_max_tokens

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ModelReasoning and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "mandatory" not in data:
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
                    f"ModelReasoning is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            mandatory = d.get("mandatory", UNSET)

            _field = "default_effort"
            _raw_default_effort = d.get("default_effort", UNSET)
            default_effort: Any = _raw_default_effort
            if _raw_default_effort is not None and _raw_default_effort is not UNSET:
                default_effort = _parse_default_effort(_raw_default_effort)

            default_enabled = d.get("default_enabled", UNSET)

            _field = "supported_efforts"
            _raw_supported_efforts = d.get("supported_efforts", UNSET)
            supported_efforts: Any = _raw_supported_efforts
            if _raw_supported_efforts is not None and _raw_supported_efforts is not UNSET:
                supported_efforts = _parse_supported_efforts(_raw_supported_efforts)

            supports_max_tokens = d.get("supports_max_tokens", UNSET)

        except FieldParseError as error:
            raise error.within("ModelReasoning", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ModelReasoning", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        model_reasoning = cls(
            mandatory,
            default_effort,
            default_enabled,
            supported_efforts,
            supports_max_tokens,
        )

        if not _DECLARED_KEYS.issuperset(d):
            model_reasoning.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return model_reasoning

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


def _parse_default_effort(data: object) -> None | ReasoningEffort | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ReasoningEffort.is_known(data):
        try:
            default_effort_type_0 = ReasoningEffort._value2member_map_.get(data) or ReasoningEffort._parse(data)

            return default_effort_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        default_effort_type_0 = ReasoningEffort._value2member_map_.get(data) or ReasoningEffort._parse(data)

        return default_effort_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ReasoningEffort | Unset", data)


def _parse_supported_efforts(data: object) -> list[None | ReasoningEffort] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        supported_efforts_type_0 = [
            _parse_supported_efforts_type_0_item(supported_efforts_type_0_item_data)
            for supported_efforts_type_0_item_data in data
        ]

        return supported_efforts_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[None | ReasoningEffort] | None | Unset", data)


def _parse_supported_efforts_type_0_item(data: object) -> None | ReasoningEffort:
    if data is None:
        return data
    if ReasoningEffort.is_known(data):
        try:
            supported_efforts_type_0_item_type_0 = ReasoningEffort._value2member_map_.get(
                data
            ) or ReasoningEffort._parse(data)

            return supported_efforts_type_0_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        supported_efforts_type_0_item_type_0 = ReasoningEffort._value2member_map_.get(data) or ReasoningEffort._parse(
            data
        )

        return supported_efforts_type_0_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ReasoningEffort", data)
