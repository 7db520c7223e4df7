from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.chat_usage_completion_tokens_details_type_0 import ChatUsageCompletionTokensDetailsType0
    from ..models.chat_usage_prompt_tokens_details_type_0 import ChatUsagePromptTokensDetailsType0
    from ..models.cost_details import CostDetails
    from ..models.server_tool_use_details import ServerToolUseDetails

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        ChatUsageCompletionTokensDetailsType0, \
        ChatUsagePromptTokensDetailsType0, \
        CostDetails, \
        ServerToolUseDetails
    if _lazy_imports_resolved:
        return
    from ..models.chat_usage_completion_tokens_details_type_0 import ChatUsageCompletionTokensDetailsType0  # noqa: PLC0415
    from ..models.chat_usage_prompt_tokens_details_type_0 import ChatUsagePromptTokensDetailsType0  # noqa: PLC0415
    from ..models.cost_details import CostDetails  # noqa: PLC0415
    from ..models.server_tool_use_details import ServerToolUseDetails  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatUsage")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "completion_tokens",
        "prompt_tokens",
        "total_tokens",
        "completion_tokens_details",
        "cost",
        "cost_details",
        "is_byok",
        "prompt_tokens_details",
        "server_tool_use_details",
    }
)


@_attrs_define(repr=False)
class ChatUsage:
    """Token usage statistics

    Example:
        {'completion_tokens': 15, 'completion_tokens_details': {'reasoning_tokens': 5}, 'cost': 0.0012, 'cost_details':
            {'upstream_inference_completions_cost': 0.0004, 'upstream_inference_cost': None,
            'upstream_inference_prompt_cost': 0.0008}, 'is_byok': False, 'prompt_tokens': 10, 'prompt_tokens_details':
            {'cached_tokens': 2}, 'server_tool_use_details': {'tool_calls_executed': 2, 'tool_calls_requested': 2},
            'total_tokens': 25}

    Attributes:
        completion_tokens (int): Number of tokens in the completion
        prompt_tokens (int): Number of tokens in the prompt
        total_tokens (int): Total number of tokens
        completion_tokens_details (ChatUsageCompletionTokensDetailsType0 | None | Unset): Detailed completion token
            usage
        cost (float | None | Unset): Cost of the completion
        cost_details (CostDetails | None | Unset):
        is_byok (bool | Unset): Whether a request was made using a Bring Your Own Key configuration
        prompt_tokens_details (ChatUsagePromptTokensDetailsType0 | None | Unset): Detailed prompt token usage
        server_tool_use_details (None | ServerToolUseDetails | Unset):
    """

    _completion_tokens: int = _attrs_field(alias="completion_tokens")
    _prompt_tokens: int = _attrs_field(alias="prompt_tokens")
    _total_tokens: int = _attrs_field(alias="total_tokens")
    completion_tokens_details: ChatUsageCompletionTokensDetailsType0 | None | Unset = UNSET
    cost: float | None | Unset = UNSET
    cost_details: CostDetails | None | Unset = UNSET
    is_byok: bool | Unset = UNSET
    prompt_tokens_details: ChatUsagePromptTokensDetailsType0 | None | Unset = UNSET
    server_tool_use_details: None | ServerToolUseDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def completion_tokens(self) -> int:
        value: Any = self._completion_tokens
        if value is UNSET:
            raise MissingFieldError("ChatUsage", "completion_tokens")
        return value

    @completion_tokens.setter
    def completion_tokens(self, value: int) -> None:
        self._completion_tokens = value

    @property
    def prompt_tokens(self) -> int:
        value: Any = self._prompt_tokens
        if value is UNSET:
            raise MissingFieldError("ChatUsage", "prompt_tokens")
        return value

    @prompt_tokens.setter
    def prompt_tokens(self, value: int) -> None:
        self._prompt_tokens = value

    @property
    def total_tokens(self) -> int:
        value: Any = self._total_tokens
        if value is UNSET:
            raise MissingFieldError("ChatUsage", "total_tokens")
        return value

    @total_tokens.setter
    def total_tokens(self, value: int) -> None:
        self._total_tokens = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"completion_tokens={self._completion_tokens!r}, "
            f"prompt_tokens={self._prompt_tokens!r}, "
            f"total_tokens={self._total_tokens!r}, "
            f"completion_tokens_details={self.completion_tokens_details!r}, "
            f"cost={self.cost!r}, "
            f"cost_details={self.cost_details!r}, "
            f"is_byok={self.is_byok!r}, "
            f"prompt_tokens_details={self.prompt_tokens_details!r}, "
            f"server_tool_use_details={self.server_tool_use_details!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        completion_tokens: Any = self._completion_tokens

        prompt_tokens: Any = self._prompt_tokens

        total_tokens: Any = self._total_tokens

        completion_tokens_details: Any = self.completion_tokens_details
        if not (isinstance(completion_tokens_details, Unset) or completion_tokens_details is None):
            if isinstance(self.completion_tokens_details, ChatUsageCompletionTokensDetailsType0):
                completion_tokens_details = self.completion_tokens_details.to_dict()
            else:
                completion_tokens_details = self.completion_tokens_details

        cost: Any = self.cost

        cost_details: Any = self.cost_details
        if not (isinstance(cost_details, Unset) or cost_details is None):
            if isinstance(self.cost_details, CostDetails):
                cost_details = self.cost_details.to_dict()
            else:
                cost_details = self.cost_details

        is_byok: Any = self.is_byok

        prompt_tokens_details: Any = self.prompt_tokens_details
        if not (isinstance(prompt_tokens_details, Unset) or prompt_tokens_details is None):
            if isinstance(self.prompt_tokens_details, ChatUsagePromptTokensDetailsType0):
                prompt_tokens_details = self.prompt_tokens_details.to_dict()
            else:
                prompt_tokens_details = self.prompt_tokens_details

        server_tool_use_details: Any = self.server_tool_use_details
        if not (isinstance(server_tool_use_details, Unset) or server_tool_use_details is None):
            if isinstance(self.server_tool_use_details, ServerToolUseDetails):
                server_tool_use_details = self.server_tool_use_details.to_dict()
            else:
                server_tool_use_details = self.server_tool_use_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if completion_tokens_details is not UNSET:
            field_dict["completion_tokens_details"] = completion_tokens_details
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_details is not UNSET:
            field_dict["cost_details"] = cost_details
        if is_byok is not UNSET:
            field_dict["is_byok"] = is_byok
        if prompt_tokens_details is not UNSET:
            field_dict["prompt_tokens_details"] = prompt_tokens_details
        if server_tool_use_details is not UNSET:
            field_dict["server_tool_use_details"] = server_tool_use_details

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatUsage and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "completion_tokens" not in data:
            return False
        if "prompt_tokens" not in data:
            return False
        if "total_tokens" not in data:
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
                    f"ChatUsage is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            completion_tokens = d.get("completion_tokens", UNSET)

            prompt_tokens = d.get("prompt_tokens", UNSET)

            total_tokens = d.get("total_tokens", UNSET)

            _field = "completion_tokens_details"
            _raw_completion_tokens_details = d.get("completion_tokens_details", UNSET)
            completion_tokens_details: Any = _raw_completion_tokens_details
            if _raw_completion_tokens_details is not None and _raw_completion_tokens_details is not UNSET:
                completion_tokens_details = (
                    ChatUsageCompletionTokensDetailsType0.from_dict(_raw_completion_tokens_details)
                    if type(_raw_completion_tokens_details) is dict
                    else _parse_completion_tokens_details(_raw_completion_tokens_details)
                )

            cost = d.get("cost", UNSET)

            _field = "cost_details"
            _raw_cost_details = d.get("cost_details", UNSET)
            cost_details: Any = _raw_cost_details
            if _raw_cost_details is not None and _raw_cost_details is not UNSET:
                cost_details = (
                    CostDetails.from_dict(_raw_cost_details)
                    if type(_raw_cost_details) is dict
                    else _parse_cost_details(_raw_cost_details)
                )

            is_byok = d.get("is_byok", UNSET)

            _field = "prompt_tokens_details"
            _raw_prompt_tokens_details = d.get("prompt_tokens_details", UNSET)
            prompt_tokens_details: Any = _raw_prompt_tokens_details
            if _raw_prompt_tokens_details is not None and _raw_prompt_tokens_details is not UNSET:
                prompt_tokens_details = (
                    ChatUsagePromptTokensDetailsType0.from_dict(_raw_prompt_tokens_details)
                    if type(_raw_prompt_tokens_details) is dict
                    else _parse_prompt_tokens_details(_raw_prompt_tokens_details)
                )

            _field = "server_tool_use_details"
            _raw_server_tool_use_details = d.get("server_tool_use_details", UNSET)
            server_tool_use_details: Any = _raw_server_tool_use_details
            if _raw_server_tool_use_details is not None and _raw_server_tool_use_details is not UNSET:
                server_tool_use_details = (
                    ServerToolUseDetails.from_dict(_raw_server_tool_use_details)
                    if type(_raw_server_tool_use_details) is dict
                    else _parse_server_tool_use_details(_raw_server_tool_use_details)
                )

        except FieldParseError as error:
            raise error.within("ChatUsage", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatUsage", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_usage = cls(
            completion_tokens,
            prompt_tokens,
            total_tokens,
            completion_tokens_details,
            cost,
            cost_details,
            is_byok,
            prompt_tokens_details,
            server_tool_use_details,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_usage.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return chat_usage

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


ChatUsage.__annotations__ = ResolvingAnnotations(ChatUsage.__annotations__, _resolve_lazy_imports)


def _parse_completion_tokens_details(data: object) -> ChatUsageCompletionTokensDetailsType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ChatUsageCompletionTokensDetailsType0._matches(data):
        try:
            completion_tokens_details_type_0 = ChatUsageCompletionTokensDetailsType0.from_dict(data)

            return completion_tokens_details_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        completion_tokens_details_type_0 = ChatUsageCompletionTokensDetailsType0.from_dict(data)

        return completion_tokens_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("ChatUsageCompletionTokensDetailsType0 | None | Unset", data)


def _parse_cost_details(data: object) -> CostDetails | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if CostDetails._matches(data):
        try:
            cost_details_type_0 = CostDetails.from_dict(data)

            return cost_details_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        cost_details_type_0 = CostDetails.from_dict(data)

        return cost_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("CostDetails | None | Unset", data)


def _parse_prompt_tokens_details(data: object) -> ChatUsagePromptTokensDetailsType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ChatUsagePromptTokensDetailsType0._matches(data):
        try:
            prompt_tokens_details_type_0 = ChatUsagePromptTokensDetailsType0.from_dict(data)

            return prompt_tokens_details_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        prompt_tokens_details_type_0 = ChatUsagePromptTokensDetailsType0.from_dict(data)

        return prompt_tokens_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("ChatUsagePromptTokensDetailsType0 | None | Unset", data)


def _parse_server_tool_use_details(data: object) -> None | ServerToolUseDetails | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ServerToolUseDetails._matches(data):
        try:
            server_tool_use_details_type_0 = ServerToolUseDetails.from_dict(data)

            return server_tool_use_details_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        server_tool_use_details_type_0 = ServerToolUseDetails.from_dict(data)

        return server_tool_use_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ServerToolUseDetails | Unset", data)
