from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_content_block_delta_event_type import AnthropicContentBlockDeltaEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_citations_delta import AnthropicCitationsDelta
    from ..models.anthropic_input_json_delta import AnthropicInputJsonDelta
    from ..models.anthropic_signature_delta import AnthropicSignatureDelta
    from ..models.anthropic_text_delta import AnthropicTextDelta
    from ..models.anthropic_thinking_delta import AnthropicThinkingDelta

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AnthropicCitationsDelta, \
        AnthropicInputJsonDelta, \
        AnthropicSignatureDelta, \
        AnthropicTextDelta, \
        AnthropicThinkingDelta
    from ..models.anthropic_citations_delta import AnthropicCitationsDelta  # noqa: PLC0415
    from ..models.anthropic_input_json_delta import AnthropicInputJsonDelta  # noqa: PLC0415
    from ..models.anthropic_signature_delta import AnthropicSignatureDelta  # noqa: PLC0415
    from ..models.anthropic_text_delta import AnthropicTextDelta  # noqa: PLC0415
    from ..models.anthropic_thinking_delta import AnthropicThinkingDelta  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicContentBlockDeltaEvent")


@_attrs_define
class AnthropicContentBlockDeltaEvent:
    """More of the content block at this index.

    Attributes:
        type_ (AnthropicContentBlockDeltaEventType):
        index (int):
        delta (AnthropicCitationsDelta | AnthropicInputJsonDelta | AnthropicSignatureDelta | AnthropicTextDelta |
            AnthropicThinkingDelta): An increment to a content block, typed by `type`.
    """

    type_: AnthropicContentBlockDeltaEventType
    index: int
    delta: (
        AnthropicCitationsDelta
        | AnthropicInputJsonDelta
        | AnthropicSignatureDelta
        | AnthropicTextDelta
        | AnthropicThinkingDelta
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        index: Any = self.index

        delta: Any = self.delta
        if not (isinstance(delta, Unset) or delta is None):
            if isinstance(self.delta, AnthropicTextDelta):
                delta = self.delta.to_dict()
            elif isinstance(self.delta, AnthropicInputJsonDelta):
                delta = self.delta.to_dict()
            elif isinstance(self.delta, AnthropicThinkingDelta):
                delta = self.delta.to_dict()
            elif isinstance(self.delta, AnthropicSignatureDelta):
                delta = self.delta.to_dict()
            else:
                delta = self.delta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if index is not UNSET:
            field_dict["index"] = index
        if delta is not UNSET:
            field_dict["delta"] = delta

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicContentBlockDeltaEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicContentBlockDeltaEventType.is_known(data["type"]):
            return False
        if "index" not in data:
            return False
        if "delta" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = AnthropicContentBlockDeltaEventType._parse(_raw_type_)

        index = d.pop("index", UNSET)

        _raw_delta = d.pop("delta", UNSET)
        delta: Any = _raw_delta
        if _raw_delta is not None and _raw_delta is not UNSET:
            delta = _parse_delta(_raw_delta)

        anthropic_content_block_delta_event = cls(
            type_=type_,
            index=index,
            delta=delta,
        )

        anthropic_content_block_delta_event.additional_properties = d
        return anthropic_content_block_delta_event

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


def _parse_delta(
    data: object,
) -> (
    AnthropicCitationsDelta
    | AnthropicInputJsonDelta
    | AnthropicSignatureDelta
    | AnthropicTextDelta
    | AnthropicThinkingDelta
):
    if AnthropicTextDelta._matches(data):
        try:
            componentsschemas_anthropic_content_block_delta_type_0 = AnthropicTextDelta.from_dict(data)

            return componentsschemas_anthropic_content_block_delta_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicInputJsonDelta._matches(data):
        try:
            componentsschemas_anthropic_content_block_delta_type_1 = AnthropicInputJsonDelta.from_dict(data)

            return componentsschemas_anthropic_content_block_delta_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicThinkingDelta._matches(data):
        try:
            componentsschemas_anthropic_content_block_delta_type_2 = AnthropicThinkingDelta.from_dict(data)

            return componentsschemas_anthropic_content_block_delta_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicSignatureDelta._matches(data):
        try:
            componentsschemas_anthropic_content_block_delta_type_3 = AnthropicSignatureDelta.from_dict(data)

            return componentsschemas_anthropic_content_block_delta_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicCitationsDelta._matches(data):
        try:
            componentsschemas_anthropic_content_block_delta_type_4 = AnthropicCitationsDelta.from_dict(data)

            return componentsschemas_anthropic_content_block_delta_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_content_block_delta_type_0 = AnthropicTextDelta.from_dict(data)

        return componentsschemas_anthropic_content_block_delta_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_content_block_delta_type_1 = AnthropicInputJsonDelta.from_dict(data)

        return componentsschemas_anthropic_content_block_delta_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_content_block_delta_type_2 = AnthropicThinkingDelta.from_dict(data)

        return componentsschemas_anthropic_content_block_delta_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_content_block_delta_type_3 = AnthropicSignatureDelta.from_dict(data)

        return componentsschemas_anthropic_content_block_delta_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_anthropic_content_block_delta_type_4 = AnthropicCitationsDelta.from_dict(data)

    return componentsschemas_anthropic_content_block_delta_type_4
