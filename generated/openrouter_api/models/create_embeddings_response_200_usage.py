from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.cost_details import CostDetails
    from ..models.create_embeddings_response_200_usage_prompt_tokens_details import (
        CreateEmbeddingsResponse200UsagePromptTokensDetails,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, CostDetails, CreateEmbeddingsResponse200UsagePromptTokensDetails
    if _lazy_imports_resolved:
        return
    from ..models.cost_details import CostDetails  # noqa: PLC0415
    from ..models.create_embeddings_response_200_usage_prompt_tokens_details import (
        CreateEmbeddingsResponse200UsagePromptTokensDetails,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="CreateEmbeddingsResponse200Usage")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"prompt_tokens", "total_tokens", "cost", "cost_details", "is_byok", "prompt_tokens_details"}
)


@_attrs_define(repr=False)
class CreateEmbeddingsResponse200Usage:
    """Token usage statistics

    Example:
        {'prompt_tokens': 8, 'total_tokens': 8}

    Attributes:
        prompt_tokens (int): Number of tokens in the input Example: 8.
        total_tokens (int): Total number of tokens used Example: 8.
        cost (float | Unset): Cost of the request in credits Example: 0.0001.
        cost_details (CostDetails | None | Unset):
        is_byok (bool | Unset): Whether a request was made using a Bring Your Own Key configuration
        prompt_tokens_details (CreateEmbeddingsResponse200UsagePromptTokensDetails | Unset): Per-modality token
            breakdown. Only present when the input contains 2+ modalities (e.g. text + image) and the upstream provider
            returns modality-level usage data. Only non-zero modality counts are included.
    """

    _prompt_tokens: int = _attrs_field(alias="prompt_tokens")
    _total_tokens: int = _attrs_field(alias="total_tokens")
    cost: float | Unset = UNSET
    cost_details: CostDetails | None | Unset = UNSET
    is_byok: bool | Unset = UNSET
    prompt_tokens_details: CreateEmbeddingsResponse200UsagePromptTokensDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def prompt_tokens(self) -> int:
        value: Any = self._prompt_tokens
        if value is UNSET:
            raise MissingFieldError("CreateEmbeddingsResponse200Usage", "prompt_tokens")
        return value

    @prompt_tokens.setter
    def prompt_tokens(self, value: int) -> None:
        self._prompt_tokens = value

    @property
    def total_tokens(self) -> int:
        value: Any = self._total_tokens
        if value is UNSET:
            raise MissingFieldError("CreateEmbeddingsResponse200Usage", "total_tokens")
        return value

    @total_tokens.setter
    def total_tokens(self, value: int) -> None:
        self._total_tokens = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"prompt_tokens={self._prompt_tokens!r}, "
            f"total_tokens={self._total_tokens!r}, "
            f"cost={self.cost!r}, "
            f"cost_details={self.cost_details!r}, "
            f"is_byok={self.is_byok!r}, "
            f"prompt_tokens_details={self.prompt_tokens_details!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        prompt_tokens: Any = self._prompt_tokens

        total_tokens: Any = self._total_tokens

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
            prompt_tokens_details = prompt_tokens_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_details is not UNSET:
            field_dict["cost_details"] = cost_details
        if is_byok is not UNSET:
            field_dict["is_byok"] = is_byok
        if prompt_tokens_details is not UNSET:
            field_dict["prompt_tokens_details"] = prompt_tokens_details

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateEmbeddingsResponse200Usage and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"CreateEmbeddingsResponse200Usage is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            prompt_tokens = d.get("prompt_tokens", UNSET)

            total_tokens = d.get("total_tokens", UNSET)

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
                prompt_tokens_details = CreateEmbeddingsResponse200UsagePromptTokensDetails.from_dict(
                    _raw_prompt_tokens_details
                )

        except FieldParseError as error:
            raise error.within("CreateEmbeddingsResponse200Usage", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CreateEmbeddingsResponse200Usage", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        create_embeddings_response_200_usage = cls(
            prompt_tokens,
            total_tokens,
            cost,
            cost_details,
            is_byok,
            prompt_tokens_details,
        )

        if not _DECLARED_KEYS.issuperset(d):
            create_embeddings_response_200_usage.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return create_embeddings_response_200_usage

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


CreateEmbeddingsResponse200Usage.__annotations__ = ResolvingAnnotations(
    CreateEmbeddingsResponse200Usage.__annotations__, _resolve_lazy_imports
)


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
