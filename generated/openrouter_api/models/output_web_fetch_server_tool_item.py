from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_web_fetch_server_tool_item_type import OutputWebFetchServerToolItemType
from ..models.tool_call_status import ToolCallStatus
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="OutputWebFetchServerToolItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"status", "type", "content", "error", "httpStatus", "id", "title", "url"})


@_attrs_define(repr=False)
class OutputWebFetchServerToolItem:
    """An openrouter:web_fetch server tool output item

    Example:
        {'httpStatus': 200, 'id': 'wf_tmp_abc123', 'status': 'completed', 'title': 'Example Domain', 'type':
            'openrouter:web_fetch', 'url': 'https://example.com'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type_ (OutputWebFetchServerToolItemType):
        content (str | Unset):
        error (str | Unset): The error message if the fetch failed.
        http_status (int | Unset): The HTTP status code returned by the upstream URL fetch.
        id (str | Unset):
        title (str | Unset):
        url (str | Unset):
    """

    _status: ToolCallStatus = _attrs_field(alias="status")
    _type_: OutputWebFetchServerToolItemType = _attrs_field(alias="type_")
    content: str | Unset = UNSET
    error: str | Unset = UNSET
    http_status: int | Unset = UNSET
    id: str | Unset = UNSET
    title: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def status(self) -> ToolCallStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("OutputWebFetchServerToolItem", "status")
        return value

    @status.setter
    def status(self, value: ToolCallStatus) -> None:
        self._status = value

    @property
    def type_(self) -> OutputWebFetchServerToolItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputWebFetchServerToolItem", "type")
        return value

    @type_.setter
    def type_(self, value: OutputWebFetchServerToolItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"status={self._status!r}, "
            f"type_={self._type_!r}, "
            f"content={self.content!r}, "
            f"error={self.error!r}, "
            f"http_status={self.http_status!r}, "
            f"id={self.id!r}, "
            f"title={self.title!r}, "
            f"url={self.url!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        content: Any = self.content

        error: Any = self.error

        http_status: Any = self.http_status

        id: Any = self.id

        title: Any = self.title

        url: Any = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if content is not UNSET:
            field_dict["content"] = content
        if error is not UNSET:
            field_dict["error"] = error
        if http_status is not UNSET:
            field_dict["httpStatus"] = http_status
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputWebFetchServerToolItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "status" not in data:
            return False
        if "status" in data and not ToolCallStatus.is_known(data["status"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputWebFetchServerToolItemType.is_known(data["type"]):
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
                    f"OutputWebFetchServerToolItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = ToolCallStatus._value2member_map_.get(_raw_status) or ToolCallStatus._parse(_raw_status)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OutputWebFetchServerToolItemType._value2member_map_.get(
                    _raw_type_
                ) or OutputWebFetchServerToolItemType._parse(_raw_type_)

            content = d.get("content", UNSET)

            error = d.get("error", UNSET)

            http_status = d.get("httpStatus", UNSET)

            id = d.get("id", UNSET)

            title = d.get("title", UNSET)

            url = d.get("url", UNSET)

        except FieldParseError as error:
            raise error.within("OutputWebFetchServerToolItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputWebFetchServerToolItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_web_fetch_server_tool_item = cls(
            status,
            type_,
            content,
            error,
            http_status,
            id,
            title,
            url,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_web_fetch_server_tool_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return output_web_fetch_server_tool_item

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
