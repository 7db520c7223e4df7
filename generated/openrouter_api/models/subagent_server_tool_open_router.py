from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subagent_server_tool_open_router_type import SubagentServerToolOpenRouterType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.subagent_server_tool_config import SubagentServerToolConfig

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, SubagentServerToolConfig
    if _lazy_imports_resolved:
        return
    from ..models.subagent_server_tool_config import SubagentServerToolConfig  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="SubagentServerToolOpenRouter")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"type", "parameters"})


@_attrs_define(repr=False)
class SubagentServerToolOpenRouter:
    """OpenRouter built-in server tool: delegates self-contained tasks to a smaller, cheaper, faster worker model (any
    OpenRouter model) mid-generation and returns its outcome. The worker may run as a sub-agent with its own tools.

        Example:
            {'parameters': {'model': '~anthropic/claude-haiku-latest'}, 'type': 'openrouter:subagent'}

        Attributes:
            type_ (SubagentServerToolOpenRouterType):
            parameters (SubagentServerToolConfig | Unset): Configuration for one openrouter:subagent server tool entry.
                Example: {'model': '~anthropic/claude-haiku-latest', 'name': 'summarizer'}.
    """

    _type_: SubagentServerToolOpenRouterType = _attrs_field(alias="type_")
    parameters: SubagentServerToolConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> SubagentServerToolOpenRouterType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("SubagentServerToolOpenRouter", "type")
        return value

    @type_.setter
    def type_(self, value: SubagentServerToolOpenRouterType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"type_={self._type_!r}, "
            f"parameters={self.parameters!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        parameters: Any = self.parameters
        if not (isinstance(parameters, Unset) or parameters is None):
            parameters = parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of SubagentServerToolOpenRouter and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not SubagentServerToolOpenRouterType.is_known(data["type"]):
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
                    f"SubagentServerToolOpenRouter is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = SubagentServerToolOpenRouterType._value2member_map_.get(
                    _raw_type_
                ) or SubagentServerToolOpenRouterType._parse(_raw_type_)

            _field = "parameters"
            _raw_parameters = d.get("parameters", UNSET)
            parameters: Any = _raw_parameters
            if _raw_parameters is not None and _raw_parameters is not UNSET:
                parameters = SubagentServerToolConfig.from_dict(_raw_parameters)

        except FieldParseError as error:
            raise error.within("SubagentServerToolOpenRouter", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("SubagentServerToolOpenRouter", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        subagent_server_tool_open_router = cls(
            type_,
            parameters,
        )

        if not _DECLARED_KEYS.issuperset(d):
            subagent_server_tool_open_router.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return subagent_server_tool_open_router

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


SubagentServerToolOpenRouter.__annotations__ = ResolvingAnnotations(
    SubagentServerToolOpenRouter.__annotations__, _resolve_lazy_imports
)
