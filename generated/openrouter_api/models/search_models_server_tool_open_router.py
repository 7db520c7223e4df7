from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_models_server_tool_open_router_type import SearchModelsServerToolOpenRouterType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.search_models_server_tool_config import SearchModelsServerToolConfig

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, SearchModelsServerToolConfig
    if _lazy_imports_resolved:
        return
    from ..models.search_models_server_tool_config import SearchModelsServerToolConfig  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="SearchModelsServerToolOpenRouter")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"type", "parameters"})


@_attrs_define(repr=False)
class SearchModelsServerToolOpenRouter:
    """OpenRouter built-in server tool: searches and filters AI models available on OpenRouter

    Example:
        {'parameters': {'max_results': 5}, 'type': 'openrouter:experimental__search_models'}

    Attributes:
        type_ (SearchModelsServerToolOpenRouterType):
        parameters (SearchModelsServerToolConfig | Unset): Configuration for the openrouter:experimental__search_models
            server tool Example: {'max_results': 5}.
    """

    _type_: SearchModelsServerToolOpenRouterType = _attrs_field(alias="type_")
    parameters: SearchModelsServerToolConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> SearchModelsServerToolOpenRouterType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("SearchModelsServerToolOpenRouter", "type")
        return value

    @type_.setter
    def type_(self, value: SearchModelsServerToolOpenRouterType) -> None:
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
        """True if data is an object with every required key of SearchModelsServerToolOpenRouter and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not SearchModelsServerToolOpenRouterType.is_known(data["type"]):
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
                    f"SearchModelsServerToolOpenRouter is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = SearchModelsServerToolOpenRouterType._value2member_map_.get(
                    _raw_type_
                ) or SearchModelsServerToolOpenRouterType._parse(_raw_type_)

            _field = "parameters"
            _raw_parameters = d.get("parameters", UNSET)
            parameters: Any = _raw_parameters
            if _raw_parameters is not None and _raw_parameters is not UNSET:
                parameters = SearchModelsServerToolConfig.from_dict(_raw_parameters)

        except FieldParseError as error:
            raise error.within("SearchModelsServerToolOpenRouter", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("SearchModelsServerToolOpenRouter", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        search_models_server_tool_open_router = cls(
            type_,
            parameters,
        )

        if not _DECLARED_KEYS.issuperset(d):
            search_models_server_tool_open_router.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return search_models_server_tool_open_router

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


SearchModelsServerToolOpenRouter.__annotations__ = ResolvingAnnotations(
    SearchModelsServerToolOpenRouter.__annotations__, _resolve_lazy_imports
)
