from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_generation_token_usage_completion_tokens_details_type_0 import (
        ChatGenerationTokenUsageCompletionTokensDetailsType0,
    )
    from ..models.chat_generation_token_usage_prompt_tokens_details_type_0 import (
        ChatGenerationTokenUsagePromptTokensDetailsType0,
    )
    from ..models.cost_details import CostDetails
    from ..models.server_tool_use_details import ServerToolUseDetails

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        ChatGenerationTokenUsageCompletionTokensDetailsType0, \
        ChatGenerationTokenUsagePromptTokensDetailsType0, \
        CostDetails, \
        ServerToolUseDetails
    from ..models.chat_generation_token_usage_completion_tokens_details_type_0 import (
        ChatGenerationTokenUsageCompletionTokensDetailsType0,  # noqa: PLC0415
    )
    from ..models.chat_generation_token_usage_prompt_tokens_details_type_0 import (
        ChatGenerationTokenUsagePromptTokensDetailsType0,  # noqa: PLC0415
    )
    from ..models.cost_details import CostDetails  # noqa: PLC0415
    from ..models.server_tool_use_details import ServerToolUseDetails  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatGenerationTokenUsage")


@_attrs_define
class ChatGenerationTokenUsage:
    """Tokens counted and credits charged for the request.

    Example:
        {'prompt_tokens': 10, 'completion_tokens': 15, 'total_tokens': 25, 'cost': 0.0012, 'is_byok': False,
            'prompt_tokens_details': {'cached_tokens': 2}, 'completion_tokens_details': {'reasoning_tokens': 5}}

    Attributes:
        prompt_tokens (int):
        completion_tokens (int):
        total_tokens (int):
        prompt_tokens_details (ChatGenerationTokenUsagePromptTokensDetailsType0 | None | Unset):
        completion_tokens_details (ChatGenerationTokenUsageCompletionTokensDetailsType0 | None | Unset):
        cost (float | None | Unset): Credits charged, in USD.
        is_byok (bool | Unset): True when the request ran on your own provider key.
        cost_details (CostDetails | None | Unset):
        server_tool_use_details (None | ServerToolUseDetails | Unset):
    """

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    prompt_tokens_details: ChatGenerationTokenUsagePromptTokensDetailsType0 | None | Unset = UNSET
    completion_tokens_details: ChatGenerationTokenUsageCompletionTokensDetailsType0 | None | Unset = UNSET
    cost: float | None | Unset = UNSET
    is_byok: bool | Unset = UNSET
    cost_details: CostDetails | None | Unset = UNSET
    server_tool_use_details: None | ServerToolUseDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        prompt_tokens: Any = self.prompt_tokens

        completion_tokens: Any = self.completion_tokens

        total_tokens: Any = self.total_tokens

        prompt_tokens_details: Any = self.prompt_tokens_details
        if not (isinstance(prompt_tokens_details, Unset) or prompt_tokens_details is None):
            if isinstance(self.prompt_tokens_details, Unset):
                prompt_tokens_details = UNSET
            elif isinstance(self.prompt_tokens_details, ChatGenerationTokenUsagePromptTokensDetailsType0):
                prompt_tokens_details = self.prompt_tokens_details.to_dict()
            else:
                prompt_tokens_details = self.prompt_tokens_details

        completion_tokens_details: Any = self.completion_tokens_details
        if not (isinstance(completion_tokens_details, Unset) or completion_tokens_details is None):
            if isinstance(self.completion_tokens_details, Unset):
                completion_tokens_details = UNSET
            elif isinstance(self.completion_tokens_details, ChatGenerationTokenUsageCompletionTokensDetailsType0):
                completion_tokens_details = self.completion_tokens_details.to_dict()
            else:
                completion_tokens_details = self.completion_tokens_details

        cost: Any = self.cost
        if not (isinstance(cost, Unset) or cost is None):
            if isinstance(self.cost, Unset):
                cost = UNSET
            else:
                cost = self.cost

        is_byok: Any = self.is_byok

        cost_details: Any = self.cost_details
        if not (isinstance(cost_details, Unset) or cost_details is None):
            if isinstance(self.cost_details, Unset):
                cost_details = UNSET
            elif isinstance(self.cost_details, CostDetails):
                cost_details = self.cost_details.to_dict()
            else:
                cost_details = self.cost_details

        server_tool_use_details: Any = self.server_tool_use_details
        if not (isinstance(server_tool_use_details, Unset) or server_tool_use_details is None):
            if isinstance(self.server_tool_use_details, Unset):
                server_tool_use_details = UNSET
            elif isinstance(self.server_tool_use_details, ServerToolUseDetails):
                server_tool_use_details = self.server_tool_use_details.to_dict()
            else:
                server_tool_use_details = self.server_tool_use_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if prompt_tokens_details is not UNSET:
            field_dict["prompt_tokens_details"] = prompt_tokens_details
        if completion_tokens_details is not UNSET:
            field_dict["completion_tokens_details"] = completion_tokens_details
        if cost is not UNSET:
            field_dict["cost"] = cost
        if is_byok is not UNSET:
            field_dict["is_byok"] = is_byok
        if cost_details is not UNSET:
            field_dict["cost_details"] = cost_details
        if server_tool_use_details is not UNSET:
            field_dict["server_tool_use_details"] = server_tool_use_details

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatGenerationTokenUsage and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "prompt_tokens" not in data:
            return False
        if "completion_tokens" not in data:
            return False
        if "total_tokens" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        prompt_tokens = d.pop("prompt_tokens", UNSET)

        completion_tokens = d.pop("completion_tokens", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        _raw_prompt_tokens_details = d.pop("prompt_tokens_details", UNSET)
        prompt_tokens_details: Any = _raw_prompt_tokens_details
        if _raw_prompt_tokens_details is not None and _raw_prompt_tokens_details is not UNSET:
            prompt_tokens_details = _parse_prompt_tokens_details(_raw_prompt_tokens_details)

        _raw_completion_tokens_details = d.pop("completion_tokens_details", UNSET)
        completion_tokens_details: Any = _raw_completion_tokens_details
        if _raw_completion_tokens_details is not None and _raw_completion_tokens_details is not UNSET:
            completion_tokens_details = _parse_completion_tokens_details(_raw_completion_tokens_details)

        cost = d.pop("cost", UNSET)

        is_byok = d.pop("is_byok", UNSET)

        _raw_cost_details = d.pop("cost_details", UNSET)
        cost_details: Any = _raw_cost_details
        if _raw_cost_details is not None and _raw_cost_details is not UNSET:
            cost_details = _parse_cost_details(_raw_cost_details)

        _raw_server_tool_use_details = d.pop("server_tool_use_details", UNSET)
        server_tool_use_details: Any = _raw_server_tool_use_details
        if _raw_server_tool_use_details is not None and _raw_server_tool_use_details is not UNSET:
            server_tool_use_details = _parse_server_tool_use_details(_raw_server_tool_use_details)

        chat_generation_token_usage = cls(
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            total_tokens=total_tokens,
            prompt_tokens_details=prompt_tokens_details,
            completion_tokens_details=completion_tokens_details,
            cost=cost,
            is_byok=is_byok,
            cost_details=cost_details,
            server_tool_use_details=server_tool_use_details,
        )

        chat_generation_token_usage.additional_properties = d
        return chat_generation_token_usage

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


def _parse_prompt_tokens_details(data: object) -> ChatGenerationTokenUsagePromptTokensDetailsType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ChatGenerationTokenUsagePromptTokensDetailsType0._matches(data):
        try:
            prompt_tokens_details_type_0 = ChatGenerationTokenUsagePromptTokensDetailsType0.from_dict(data)

            return prompt_tokens_details_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        prompt_tokens_details_type_0 = ChatGenerationTokenUsagePromptTokensDetailsType0.from_dict(data)

        return prompt_tokens_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("ChatGenerationTokenUsagePromptTokensDetailsType0 | None | Unset", data)


def _parse_completion_tokens_details(
    data: object,
) -> ChatGenerationTokenUsageCompletionTokensDetailsType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ChatGenerationTokenUsageCompletionTokensDetailsType0._matches(data):
        try:
            completion_tokens_details_type_0 = ChatGenerationTokenUsageCompletionTokensDetailsType0.from_dict(data)

            return completion_tokens_details_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        completion_tokens_details_type_0 = ChatGenerationTokenUsageCompletionTokensDetailsType0.from_dict(data)

        return completion_tokens_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("ChatGenerationTokenUsageCompletionTokensDetailsType0 | None | Unset", data)


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
