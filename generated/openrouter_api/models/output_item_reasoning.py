from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_reasoning_status_type_0 import OutputItemReasoningStatusType0
from ..models.output_item_reasoning_status_type_1 import OutputItemReasoningStatusType1
from ..models.output_item_reasoning_status_type_2 import OutputItemReasoningStatusType2
from ..models.output_item_reasoning_type import OutputItemReasoningType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.reasoning_summary_text import ReasoningSummaryText
    from ..models.reasoning_text_content import ReasoningTextContent

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ReasoningSummaryText, ReasoningTextContent
    if _lazy_imports_resolved:
        return
    from ..models.reasoning_summary_text import ReasoningSummaryText  # noqa: PLC0415
    from ..models.reasoning_text_content import ReasoningTextContent  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OutputItemReasoning")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"id", "summary", "type", "content", "encrypted_content", "status"})


@_attrs_define(repr=False)
class OutputItemReasoning:
    """
    Example:
        {'id': 'reasoning-abc123', 'summary': [{'text': 'Analyzed the problem using first principles', 'type':
            'summary_text'}], 'type': 'reasoning'}

    Attributes:
        id (str):
        summary (list[ReasoningSummaryText]):
        type_ (OutputItemReasoningType):
        content (list[ReasoningTextContent] | Unset):
        encrypted_content (None | str | Unset):
        status (OutputItemReasoningStatusType0 | OutputItemReasoningStatusType1 | OutputItemReasoningStatusType2 |
            Unset):
    """

    _id: str = _attrs_field(alias="id")
    _summary: list[ReasoningSummaryText] = _attrs_field(alias="summary")
    _type_: OutputItemReasoningType = _attrs_field(alias="type_")
    content: list[ReasoningTextContent] | Unset = UNSET
    encrypted_content: None | str | Unset = UNSET
    status: OutputItemReasoningStatusType0 | OutputItemReasoningStatusType1 | OutputItemReasoningStatusType2 | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("OutputItemReasoning", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def summary(self) -> list[ReasoningSummaryText]:
        value: Any = self._summary
        if value is UNSET:
            raise MissingFieldError("OutputItemReasoning", "summary")
        return value

    @summary.setter
    def summary(self, value: list[ReasoningSummaryText]) -> None:
        self._summary = value

    @property
    def type_(self) -> OutputItemReasoningType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputItemReasoning", "type")
        return value

    @type_.setter
    def type_(self, value: OutputItemReasoningType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"id={self._id!r}, "
            f"summary={self._summary!r}, "
            f"type_={self._type_!r}, "
            f"content={self.content!r}, "
            f"encrypted_content={self.encrypted_content!r}, "
            f"status={self.status!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        id: Any = self._id

        summary: Any = self._summary
        if not (isinstance(summary, Unset) or summary is None):
            summary = []
            for summary_item_data in self._summary:
                summary_item = summary_item_data.to_dict()
                summary.append(summary_item)

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        content: Any = self.content
        if not (isinstance(content, Unset) or content is None):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        encrypted_content: Any = self.encrypted_content

        status: Any = self.status
        if not (isinstance(status, Unset) or status is None):
            if isinstance(self.status, OutputItemReasoningStatusType0):
                status = self.status.value
            elif isinstance(self.status, OutputItemReasoningStatusType1):
                status = self.status.value
            else:
                status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if summary is not UNSET:
            field_dict["summary"] = summary
        if type_ is not UNSET:
            field_dict["type"] = type_
        if content is not UNSET:
            field_dict["content"] = content
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputItemReasoning and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "summary" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputItemReasoningType.is_known(data["type"]):
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
                    f"OutputItemReasoning is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            id = d.get("id", UNSET)

            _field = "summary"
            _raw_summary = d.get("summary", UNSET)
            summary: Any = _raw_summary
            if _raw_summary is not None and _raw_summary is not UNSET:
                summary = [ReasoningSummaryText.from_dict(summary_item_data) for summary_item_data in _raw_summary]

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OutputItemReasoningType._value2member_map_.get(_raw_type_) or OutputItemReasoningType._parse(
                    _raw_type_
                )

            _field = "content"
            _raw_content = d.get("content", UNSET)
            content: Any = _raw_content
            if _raw_content is not None and _raw_content is not UNSET:
                content = [ReasoningTextContent.from_dict(content_item_data) for content_item_data in _raw_content]

            encrypted_content = d.get("encrypted_content", UNSET)

            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = _parse_status(_raw_status)

        except FieldParseError as error:
            raise error.within("OutputItemReasoning", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputItemReasoning", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_item_reasoning = cls(
            id,
            summary,
            type_,
            content,
            encrypted_content,
            status,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_item_reasoning.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return output_item_reasoning

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


OutputItemReasoning.__annotations__ = ResolvingAnnotations(OutputItemReasoning.__annotations__, _resolve_lazy_imports)


def _parse_status(
    data: object,
) -> OutputItemReasoningStatusType0 | OutputItemReasoningStatusType1 | OutputItemReasoningStatusType2 | Unset:
    if data is UNSET:
        return UNSET
    if OutputItemReasoningStatusType0.is_known(data):
        try:
            status_type_0 = OutputItemReasoningStatusType0._value2member_map_.get(
                data
            ) or OutputItemReasoningStatusType0._parse(data)

            return status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputItemReasoningStatusType1.is_known(data):
        try:
            status_type_1 = OutputItemReasoningStatusType1._value2member_map_.get(
                data
            ) or OutputItemReasoningStatusType1._parse(data)

            return status_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputItemReasoningStatusType2.is_known(data):
        try:
            status_type_2 = OutputItemReasoningStatusType2._value2member_map_.get(
                data
            ) or OutputItemReasoningStatusType2._parse(data)

            return status_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = OutputItemReasoningStatusType0._value2member_map_.get(
            data
        ) or OutputItemReasoningStatusType0._parse(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_1 = OutputItemReasoningStatusType1._value2member_map_.get(
            data
        ) or OutputItemReasoningStatusType1._parse(data)

        return status_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, str):
        raise TypeError()
    status_type_2 = OutputItemReasoningStatusType2._value2member_map_.get(
        data
    ) or OutputItemReasoningStatusType2._parse(data)

    return status_type_2
