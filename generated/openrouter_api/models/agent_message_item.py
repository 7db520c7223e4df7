from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_message_item_type import AgentMessageItemType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.agent_message_item_agent_type_0 import AgentMessageItemAgentType0
    from ..models.agent_message_item_content_item_encrypted_content import AgentMessageItemContentItemEncryptedContent
    from ..models.agent_message_item_content_item_option_2 import AgentMessageItemContentItemOption2
    from ..models.input_text import InputText

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AgentMessageItemAgentType0, \
        AgentMessageItemContentItemEncryptedContent, \
        AgentMessageItemContentItemOption2, \
        InputText
    if _lazy_imports_resolved:
        return
    from ..models.agent_message_item_agent_type_0 import AgentMessageItemAgentType0  # noqa: PLC0415
    from ..models.agent_message_item_content_item_encrypted_content import AgentMessageItemContentItemEncryptedContent  # noqa: PLC0415
    from ..models.agent_message_item_content_item_option_2 import AgentMessageItemContentItemOption2  # noqa: PLC0415
    from ..models.input_text import InputText  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AgentMessageItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"author", "content", "recipient", "type", "agent", "id"})


@_attrs_define(repr=False)
class AgentMessageItem:
    """A message routed between agents in a multi-agent session

    Example:
        {'author': '/root/worker', 'content': [{'text': 'Task complete.', 'type': 'input_text'}], 'recipient': '/root',
            'type': 'agent_message'}

    Attributes:
        author (str):
        content (list[AgentMessageItemContentItemEncryptedContent | AgentMessageItemContentItemOption2 | InputText]):
        recipient (str):
        type_ (AgentMessageItemType):
        agent (AgentMessageItemAgentType0 | None | Unset):
        id (None | str | Unset):
    """

    _author: str = _attrs_field(alias="author")
    _content: list[AgentMessageItemContentItemEncryptedContent | AgentMessageItemContentItemOption2 | InputText] = (
        _attrs_field(alias="content")
    )
    _recipient: str = _attrs_field(alias="recipient")
    _type_: AgentMessageItemType = _attrs_field(alias="type_")
    agent: AgentMessageItemAgentType0 | None | Unset = UNSET
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def author(self) -> str:
        value: Any = self._author
        if value is UNSET:
            raise MissingFieldError("AgentMessageItem", "author")
        return value

    @author.setter
    def author(self, value: str) -> None:
        self._author = value

    @property
    def content(
        self,
    ) -> list[AgentMessageItemContentItemEncryptedContent | AgentMessageItemContentItemOption2 | InputText]:
        value: Any = self._content
        if value is UNSET:
            raise MissingFieldError("AgentMessageItem", "content")
        return value

    @content.setter
    def content(
        self, value: list[AgentMessageItemContentItemEncryptedContent | AgentMessageItemContentItemOption2 | InputText]
    ) -> None:
        self._content = value

    @property
    def recipient(self) -> str:
        value: Any = self._recipient
        if value is UNSET:
            raise MissingFieldError("AgentMessageItem", "recipient")
        return value

    @recipient.setter
    def recipient(self, value: str) -> None:
        self._recipient = value

    @property
    def type_(self) -> AgentMessageItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AgentMessageItem", "type")
        return value

    @type_.setter
    def type_(self, value: AgentMessageItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"author={self._author!r}, "
            f"content={self._content!r}, "
            f"recipient={self._recipient!r}, "
            f"type_={self._type_!r}, "
            f"agent={self.agent!r}, "
            f"id={self.id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        author: Any = self._author

        content: Any = self._content
        if not (isinstance(content, Unset) or content is None):
            content = []
            for content_item_data in self._content:
                content_item: dict[str, Any]
                if isinstance(content_item_data, InputText):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, AgentMessageItemContentItemOption2):
                    content_item = content_item_data.to_dict()
                else:
                    content_item = content_item_data.to_dict()

                content.append(content_item)

        recipient: Any = self._recipient

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        agent: Any = self.agent
        if not (isinstance(agent, Unset) or agent is None):
            if isinstance(self.agent, AgentMessageItemAgentType0):
                agent = self.agent.to_dict()
            else:
                agent = self.agent

        id: Any = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if author is not UNSET:
            field_dict["author"] = author
        if content is not UNSET:
            field_dict["content"] = content
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if type_ is not UNSET:
            field_dict["type"] = type_
        if agent is not UNSET:
            field_dict["agent"] = agent
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AgentMessageItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "author" not in data:
            return False
        if "content" not in data:
            return False
        if "recipient" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AgentMessageItemType.is_known(data["type"]):
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
                    f"AgentMessageItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            author = d.get("author", UNSET)

            _field = "content"
            _raw_content = d.get("content", UNSET)
            content: Any = _raw_content
            if _raw_content is not None and _raw_content is not UNSET:
                content = [_parse_content_item(content_item_data) for content_item_data in _raw_content]

            recipient = d.get("recipient", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AgentMessageItemType._value2member_map_.get(_raw_type_) or AgentMessageItemType._parse(
                    _raw_type_
                )

            _field = "agent"
            _raw_agent = d.get("agent", UNSET)
            agent: Any = _raw_agent
            if _raw_agent is not None and _raw_agent is not UNSET:
                agent = (
                    AgentMessageItemAgentType0.from_dict(_raw_agent)
                    if type(_raw_agent) is dict
                    else _parse_agent(_raw_agent)
                )

            id = d.get("id", UNSET)

        except FieldParseError as error:
            raise error.within("AgentMessageItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AgentMessageItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        agent_message_item = cls(
            author,
            content,
            recipient,
            type_,
            agent,
            id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            agent_message_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return agent_message_item

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


AgentMessageItem.__annotations__ = ResolvingAnnotations(AgentMessageItem.__annotations__, _resolve_lazy_imports)


def _parse_content_item(
    data: object,
) -> AgentMessageItemContentItemEncryptedContent | AgentMessageItemContentItemOption2 | InputText:
    if InputText._matches(data):
        try:
            content_item_type_0 = InputText.from_dict(data)

            return content_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AgentMessageItemContentItemOption2._matches(data):
        try:
            content_item_type_1 = AgentMessageItemContentItemOption2.from_dict(data)

            return content_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AgentMessageItemContentItemEncryptedContent._matches(data):
        try:
            content_item_type_2 = AgentMessageItemContentItemEncryptedContent.from_dict(data)

            return content_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_item_type_0 = InputText.from_dict(data)

        return content_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_item_type_1 = AgentMessageItemContentItemOption2.from_dict(data)

        return content_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    content_item_type_2 = AgentMessageItemContentItemEncryptedContent.from_dict(data)

    return content_item_type_2


def _parse_agent(data: object) -> AgentMessageItemAgentType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if AgentMessageItemAgentType0._matches(data):
        try:
            agent_type_0 = AgentMessageItemAgentType0.from_dict(data)

            return agent_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        agent_type_0 = AgentMessageItemAgentType0.from_dict(data)

        return agent_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AgentMessageItemAgentType0 | None | Unset", data)
