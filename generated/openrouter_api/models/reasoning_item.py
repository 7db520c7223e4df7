from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_format import ReasoningFormat
from ..models.reasoning_item_status_type_0 import ReasoningItemStatusType0
from ..models.reasoning_item_status_type_1 import ReasoningItemStatusType1
from ..models.reasoning_item_status_type_2 import ReasoningItemStatusType2
from ..models.reasoning_item_type import ReasoningItemType
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


T = TypeVar("T", bound="ReasoningItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"id", "summary", "type", "content", "encrypted_content", "status", "format", "signature"}
)


@_attrs_define(repr=False)
class ReasoningItem:
    """Reasoning output item with signature and format extensions

    Example:
        {'id': 'reasoning-abc123', 'summary': [{'text': 'Step by step analysis', 'type': 'summary_text'}], 'type':
            'reasoning'}

    Attributes:
        id (str):
        summary (list[ReasoningSummaryText]):
        type_ (ReasoningItemType):
        content (list[ReasoningTextContent] | None | Unset):
        encrypted_content (None | str | Unset):
        status (ReasoningItemStatusType0 | ReasoningItemStatusType1 | ReasoningItemStatusType2 | Unset):
        format_ (None | ReasoningFormat | Unset):
        signature (None | str | Unset):
    """

    _id: str = _attrs_field(alias="id")
    _summary: list[ReasoningSummaryText] = _attrs_field(alias="summary")
    _type_: ReasoningItemType = _attrs_field(alias="type_")
    content: list[ReasoningTextContent] | None | Unset = UNSET
    encrypted_content: None | str | Unset = UNSET
    status: ReasoningItemStatusType0 | ReasoningItemStatusType1 | ReasoningItemStatusType2 | Unset = UNSET
    format_: None | ReasoningFormat | Unset = UNSET
    signature: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("ReasoningItem", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def summary(self) -> list[ReasoningSummaryText]:
        value: Any = self._summary
        if value is UNSET:
            raise MissingFieldError("ReasoningItem", "summary")
        return value

    @summary.setter
    def summary(self, value: list[ReasoningSummaryText]) -> None:
        self._summary = value

    @property
    def type_(self) -> ReasoningItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ReasoningItem", "type")
        return value

    @type_.setter
    def type_(self, value: ReasoningItemType) -> None:
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
            f"format_={self.format_!r}, "
            f"signature={self.signature!r}, "
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
            if isinstance(self.content, list):
                content = []
                for content_type_0_item_data in self.content:
                    content_type_0_item = content_type_0_item_data.to_dict()
                    content.append(content_type_0_item)

            else:
                content = self.content

        encrypted_content: Any = self.encrypted_content

        status: Any = self.status
        if not (isinstance(status, Unset) or status is None):
            if isinstance(self.status, ReasoningItemStatusType0):
                status = self.status.value
            elif isinstance(self.status, ReasoningItemStatusType1):
                status = self.status.value
            else:
                status = self.status.value

        format_: Any = self.format_
        if not (isinstance(format_, Unset) or format_ is None):
            if isinstance(self.format_, ReasoningFormat):
                format_ = self.format_.value
            else:
                format_ = self.format_

        signature: Any = self.signature

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
        if format_ is not UNSET:
            field_dict["format"] = format_
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ReasoningItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "summary" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not ReasoningItemType.is_known(data["type"]):
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
                    f"ReasoningItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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
                type_ = ReasoningItemType._value2member_map_.get(_raw_type_) or ReasoningItemType._parse(_raw_type_)

            _field = "content"
            _raw_content = d.get("content", UNSET)
            content: Any = _raw_content
            if _raw_content is not None and _raw_content is not UNSET:
                content = _parse_content(_raw_content)

            encrypted_content = d.get("encrypted_content", UNSET)

            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = _parse_status(_raw_status)

            _field = "format"
            _raw_format_ = d.get("format", UNSET)
            format_: Any = _raw_format_
            if _raw_format_ is not None and _raw_format_ is not UNSET:
                format_ = _parse_format_(_raw_format_)

            signature = d.get("signature", UNSET)

        except FieldParseError as error:
            raise error.within("ReasoningItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ReasoningItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        reasoning_item = cls(
            id,
            summary,
            type_,
            content,
            encrypted_content,
            status,
            format_,
            signature,
        )

        if not _DECLARED_KEYS.issuperset(d):
            reasoning_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return reasoning_item

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


ReasoningItem.__annotations__ = ResolvingAnnotations(ReasoningItem.__annotations__, _resolve_lazy_imports)


def _parse_content(data: object) -> list[ReasoningTextContent] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_0 = [ReasoningTextContent.from_dict(content_type_0_item_data) for content_type_0_item_data in data]

        return content_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[ReasoningTextContent] | None | Unset", data)


def _parse_status(
    data: object,
) -> ReasoningItemStatusType0 | ReasoningItemStatusType1 | ReasoningItemStatusType2 | Unset:
    if data is UNSET:
        return UNSET
    if ReasoningItemStatusType0.is_known(data):
        try:
            status_type_0 = ReasoningItemStatusType0._value2member_map_.get(data) or ReasoningItemStatusType0._parse(
                data
            )

            return status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ReasoningItemStatusType1.is_known(data):
        try:
            status_type_1 = ReasoningItemStatusType1._value2member_map_.get(data) or ReasoningItemStatusType1._parse(
                data
            )

            return status_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ReasoningItemStatusType2.is_known(data):
        try:
            status_type_2 = ReasoningItemStatusType2._value2member_map_.get(data) or ReasoningItemStatusType2._parse(
                data
            )

            return status_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = ReasoningItemStatusType0._value2member_map_.get(data) or ReasoningItemStatusType0._parse(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_1 = ReasoningItemStatusType1._value2member_map_.get(data) or ReasoningItemStatusType1._parse(data)

        return status_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, str):
        raise TypeError()
    status_type_2 = ReasoningItemStatusType2._value2member_map_.get(data) or ReasoningItemStatusType2._parse(data)

    return status_type_2


def _parse_format_(data: object) -> None | ReasoningFormat | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ReasoningFormat.is_known(data):
        try:
            format_type_0 = ReasoningFormat._value2member_map_.get(data) or ReasoningFormat._parse(data)

            return format_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        format_type_0 = ReasoningFormat._value2member_map_.get(data) or ReasoningFormat._parse(data)

        return format_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ReasoningFormat | Unset", data)
