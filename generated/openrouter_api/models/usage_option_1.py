from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.open_ai_responses_usage_input_tokens_details import OpenAIResponsesUsageInputTokensDetails
    from ..models.open_ai_responses_usage_output_tokens_details import OpenAIResponsesUsageOutputTokensDetails
    from ..models.server_tool_use_details import ServerToolUseDetails
    from ..models.usage_option_1_cost_details import UsageOption1CostDetails

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        OpenAIResponsesUsageInputTokensDetails, \
        OpenAIResponsesUsageOutputTokensDetails, \
        ServerToolUseDetails, \
        UsageOption1CostDetails
    if _lazy_imports_resolved:
        return
    from ..models.open_ai_responses_usage_input_tokens_details import OpenAIResponsesUsageInputTokensDetails  # noqa: PLC0415
    from ..models.open_ai_responses_usage_output_tokens_details import OpenAIResponsesUsageOutputTokensDetails  # noqa: PLC0415
    from ..models.server_tool_use_details import ServerToolUseDetails  # noqa: PLC0415
    from ..models.usage_option_1_cost_details import UsageOption1CostDetails  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="UsageOption1")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "input_tokens",
        "input_tokens_details",
        "output_tokens",
        "output_tokens_details",
        "total_tokens",
        "cost",
        "cost_details",
        "is_byok",
        "server_tool_use_details",
    }
)


@_attrs_define(repr=False)
class UsageOption1:
    """
    Attributes:
        input_tokens (int):
        input_tokens_details (OpenAIResponsesUsageInputTokensDetails):
        output_tokens (int):
        output_tokens_details (OpenAIResponsesUsageOutputTokensDetails):
        total_tokens (int):
        cost (float | None | Unset): Cost of the completion
        cost_details (UsageOption1CostDetails | Unset):
        is_byok (bool | Unset): Whether a request was made using a Bring Your Own Key configuration
        server_tool_use_details (None | ServerToolUseDetails | Unset):
    """

    _input_tokens: int = _attrs_field(alias="input_tokens")
    _input_tokens_details: OpenAIResponsesUsageInputTokensDetails = _attrs_field(alias="input_tokens_details")
    _output_tokens: int = _attrs_field(alias="output_tokens")
    _output_tokens_details: OpenAIResponsesUsageOutputTokensDetails = _attrs_field(alias="output_tokens_details")
    _total_tokens: int = _attrs_field(alias="total_tokens")
    cost: float | None | Unset = UNSET
    cost_details: UsageOption1CostDetails | Unset = UNSET
    is_byok: bool | Unset = UNSET
    server_tool_use_details: None | ServerToolUseDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def input_tokens(self) -> int:
        value: Any = self._input_tokens
        if value is UNSET:
            raise MissingFieldError("UsageOption1", "input_tokens")
        return value

    @input_tokens.setter
    def input_tokens(self, value: int) -> None:
        self._input_tokens = value

    @property
    def input_tokens_details(self) -> OpenAIResponsesUsageInputTokensDetails:
        value: Any = self._input_tokens_details
        if value is UNSET:
            raise MissingFieldError("UsageOption1", "input_tokens_details")
        return value

    @input_tokens_details.setter
    def input_tokens_details(self, value: OpenAIResponsesUsageInputTokensDetails) -> None:
        self._input_tokens_details = value

    @property
    def output_tokens(self) -> int:
        value: Any = self._output_tokens
        if value is UNSET:
            raise MissingFieldError("UsageOption1", "output_tokens")
        return value

    @output_tokens.setter
    def output_tokens(self, value: int) -> None:
        self._output_tokens = value

    @property
    def output_tokens_details(self) -> OpenAIResponsesUsageOutputTokensDetails:
        value: Any = self._output_tokens_details
        if value is UNSET:
            raise MissingFieldError("UsageOption1", "output_tokens_details")
        return value

    @output_tokens_details.setter
    def output_tokens_details(self, value: OpenAIResponsesUsageOutputTokensDetails) -> None:
        self._output_tokens_details = value

    @property
    def total_tokens(self) -> int:
        value: Any = self._total_tokens
        if value is UNSET:
            raise MissingFieldError("UsageOption1", "total_tokens")
        return value

    @total_tokens.setter
    def total_tokens(self, value: int) -> None:
        self._total_tokens = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"input_tokens={self._input_tokens!r}, "
            f"input_tokens_details={self._input_tokens_details!r}, "
            f"output_tokens={self._output_tokens!r}, "
            f"output_tokens_details={self._output_tokens_details!r}, "
            f"total_tokens={self._total_tokens!r}, "
            f"cost={self.cost!r}, "
            f"cost_details={self.cost_details!r}, "
            f"is_byok={self.is_byok!r}, "
            f"server_tool_use_details={self.server_tool_use_details!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        input_tokens: Any = self._input_tokens

        input_tokens_details: Any = self._input_tokens_details
        if not (isinstance(input_tokens_details, Unset) or input_tokens_details is None):
            input_tokens_details = self._input_tokens_details.to_dict()

        output_tokens: Any = self._output_tokens

        output_tokens_details: Any = self._output_tokens_details
        if not (isinstance(output_tokens_details, Unset) or output_tokens_details is None):
            output_tokens_details = self._output_tokens_details.to_dict()

        total_tokens: Any = self._total_tokens

        cost: Any = self.cost

        cost_details: Any = self.cost_details
        if not (isinstance(cost_details, Unset) or cost_details is None):
            cost_details = cost_details.to_dict()

        is_byok: Any = self.is_byok

        server_tool_use_details: Any = self.server_tool_use_details
        if not (isinstance(server_tool_use_details, Unset) or server_tool_use_details is None):
            if isinstance(self.server_tool_use_details, ServerToolUseDetails):
                server_tool_use_details = self.server_tool_use_details.to_dict()
            else:
                server_tool_use_details = self.server_tool_use_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if input_tokens_details is not UNSET:
            field_dict["input_tokens_details"] = input_tokens_details
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if output_tokens_details is not UNSET:
            field_dict["output_tokens_details"] = output_tokens_details
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_details is not UNSET:
            field_dict["cost_details"] = cost_details
        if is_byok is not UNSET:
            field_dict["is_byok"] = is_byok
        if server_tool_use_details is not UNSET:
            field_dict["server_tool_use_details"] = server_tool_use_details

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of UsageOption1 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "input_tokens" not in data:
            return False
        if "input_tokens_details" not in data:
            return False
        if "output_tokens" not in data:
            return False
        if "output_tokens_details" not in data:
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
                    f"UsageOption1 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            input_tokens = d.get("input_tokens", UNSET)

            _field = "input_tokens_details"
            _raw_input_tokens_details = d.get("input_tokens_details", UNSET)
            input_tokens_details: Any = _raw_input_tokens_details
            if _raw_input_tokens_details is not None and _raw_input_tokens_details is not UNSET:
                input_tokens_details = OpenAIResponsesUsageInputTokensDetails.from_dict(_raw_input_tokens_details)

            output_tokens = d.get("output_tokens", UNSET)

            _field = "output_tokens_details"
            _raw_output_tokens_details = d.get("output_tokens_details", UNSET)
            output_tokens_details: Any = _raw_output_tokens_details
            if _raw_output_tokens_details is not None and _raw_output_tokens_details is not UNSET:
                output_tokens_details = OpenAIResponsesUsageOutputTokensDetails.from_dict(_raw_output_tokens_details)

            total_tokens = d.get("total_tokens", UNSET)

            cost = d.get("cost", UNSET)

            _field = "cost_details"
            _raw_cost_details = d.get("cost_details", UNSET)
            cost_details: Any = _raw_cost_details
            if _raw_cost_details is not None and _raw_cost_details is not UNSET:
                cost_details = UsageOption1CostDetails.from_dict(_raw_cost_details)

            is_byok = d.get("is_byok", UNSET)

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
            raise error.within("UsageOption1", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("UsageOption1", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        usage_option_1 = cls(
            input_tokens,
            input_tokens_details,
            output_tokens,
            output_tokens_details,
            total_tokens,
            cost,
            cost_details,
            is_byok,
            server_tool_use_details,
        )

        if not _DECLARED_KEYS.issuperset(d):
            usage_option_1.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return usage_option_1

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


UsageOption1.__annotations__ = ResolvingAnnotations(UsageOption1.__annotations__, _resolve_lazy_imports)


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
