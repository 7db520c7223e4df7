from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.open_ai_responses_usage_input_tokens_details import OpenAIResponsesUsageInputTokensDetails
    from ..models.open_ai_responses_usage_output_tokens_details import OpenAIResponsesUsageOutputTokensDetails

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, OpenAIResponsesUsageInputTokensDetails, OpenAIResponsesUsageOutputTokensDetails
    if _lazy_imports_resolved:
        return
    from ..models.open_ai_responses_usage_input_tokens_details import OpenAIResponsesUsageInputTokensDetails  # noqa: PLC0415
    from ..models.open_ai_responses_usage_output_tokens_details import OpenAIResponsesUsageOutputTokensDetails  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OpenAIResponsesUsage")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"input_tokens", "input_tokens_details", "output_tokens", "output_tokens_details", "total_tokens"}
)


@_attrs_define(repr=False)
class OpenAIResponsesUsage:
    """
    Example:
        {'input_tokens': 100, 'input_tokens_details': {'cached_tokens': 0}, 'output_tokens': 50,
            'output_tokens_details': {'reasoning_tokens': 0}, 'total_tokens': 150}

    Attributes:
        input_tokens (int):
        input_tokens_details (OpenAIResponsesUsageInputTokensDetails):
        output_tokens (int):
        output_tokens_details (OpenAIResponsesUsageOutputTokensDetails):
        total_tokens (int):
    """

    _input_tokens: int = _attrs_field(alias="input_tokens")
    _input_tokens_details: OpenAIResponsesUsageInputTokensDetails = _attrs_field(alias="input_tokens_details")
    _output_tokens: int = _attrs_field(alias="output_tokens")
    _output_tokens_details: OpenAIResponsesUsageOutputTokensDetails = _attrs_field(alias="output_tokens_details")
    _total_tokens: int = _attrs_field(alias="total_tokens")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def input_tokens(self) -> int:
        value: Any = self._input_tokens
        if value is UNSET:
            raise MissingFieldError("OpenAIResponsesUsage", "input_tokens")
        return value

    @input_tokens.setter
    def input_tokens(self, value: int) -> None:
        self._input_tokens = value

    @property
    def input_tokens_details(self) -> OpenAIResponsesUsageInputTokensDetails:
        value: Any = self._input_tokens_details
        if value is UNSET:
            raise MissingFieldError("OpenAIResponsesUsage", "input_tokens_details")
        return value

    @input_tokens_details.setter
    def input_tokens_details(self, value: OpenAIResponsesUsageInputTokensDetails) -> None:
        self._input_tokens_details = value

    @property
    def output_tokens(self) -> int:
        value: Any = self._output_tokens
        if value is UNSET:
            raise MissingFieldError("OpenAIResponsesUsage", "output_tokens")
        return value

    @output_tokens.setter
    def output_tokens(self, value: int) -> None:
        self._output_tokens = value

    @property
    def output_tokens_details(self) -> OpenAIResponsesUsageOutputTokensDetails:
        value: Any = self._output_tokens_details
        if value is UNSET:
            raise MissingFieldError("OpenAIResponsesUsage", "output_tokens_details")
        return value

    @output_tokens_details.setter
    def output_tokens_details(self, value: OpenAIResponsesUsageOutputTokensDetails) -> None:
        self._output_tokens_details = value

    @property
    def total_tokens(self) -> int:
        value: Any = self._total_tokens
        if value is UNSET:
            raise MissingFieldError("OpenAIResponsesUsage", "total_tokens")
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

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OpenAIResponsesUsage and its fixed values."""
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
                    f"OpenAIResponsesUsage is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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

        except FieldParseError as error:
            raise error.within("OpenAIResponsesUsage", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OpenAIResponsesUsage", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        open_ai_responses_usage = cls(
            input_tokens,
            input_tokens_details,
            output_tokens,
            output_tokens_details,
            total_tokens,
        )

        if not _DECLARED_KEYS.issuperset(d):
            open_ai_responses_usage.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return open_ai_responses_usage

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


OpenAIResponsesUsage.__annotations__ = ResolvingAnnotations(OpenAIResponsesUsage.__annotations__, _resolve_lazy_imports)
