from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fusion_plugin_id import FusionPluginId
from ..models.fusion_plugin_preset import FusionPluginPreset
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.fusion_plugin_tools_item import FusionPluginToolsItem

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, FusionPluginToolsItem
    if _lazy_imports_resolved:
        return
    from ..models.fusion_plugin_tools_item import FusionPluginToolsItem  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="FusionPlugin")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"id", "analysis_models", "enabled", "max_tool_calls", "model", "preset", "tools"}
)


@_attrs_define(repr=False)
class FusionPlugin:
    """
    Example:
        {'analysis_models': ['~anthropic/claude-opus-latest', '~openai/gpt-latest', '~google/gemini-pro-latest'],
            'enabled': True, 'id': 'fusion', 'model': '~anthropic/claude-opus-latest'}

    Attributes:
        id (FusionPluginId):
        analysis_models (list[str] | Unset): Slugs of models to run in parallel as the "expert panel" the analyst
            analyzes. Each model receives the same user prompt with web_search + web_fetch enabled. Capped at 8 models to
            bound cost amplification. When omitted, defaults to the Quality preset from the /labs/fusion UI
            (~anthropic/claude-opus-latest, ~openai/gpt-latest, ~google/gemini-pro-latest). Example: ['~anthropic/claude-
            opus-latest', '~openai/gpt-latest', '~google/gemini-pro-latest'].
        enabled (bool | Unset): Set to false to disable the fusion plugin for this request. Defaults to true.
        max_tool_calls (int | Unset): Maximum number of tool-calling steps each panelist (analysis model) and the
            analyst model may take during their agentic web-research loop. Models with web_search/web_fetch enabled iterate
            until they produce a text response or hit this ceiling. Defaults to 4. Capped at 16. Example: 12.
        model (str | Unset): Slug of the model that performs both the analyst step (with web_search + web_fetch) and the
            final synthesis. When omitted, defaults to the first model in the Quality preset. Example: ~anthropic/claude-
            opus-latest.
        preset (FusionPluginPreset | Unset): A curated OpenRouter fusion preset (slugs follow `<task>-<tier>`, e.g.
            `general-high`). Expands server-side into the preset's analysis_models panel and analyst model, so callers never
            name individual models. Explicitly provided `analysis_models` / `model` take precedence. Example: general-high.
        tools (list[FusionPluginToolsItem] | Unset): Server tools available to panelist and analyst inner calls. Each
            entry uses the same `{ type, parameters? }` shorthand as the outer Chat Completions request. When omitted,
            defaults to `[{ type: "openrouter:web_search" }, { type: "openrouter:web_fetch" }]`. Pass an empty array to
            disable tools entirely (panelists answer from parametric knowledge only). Example: [{'parameters':
            {'excluded_domains': ['example.com']}, 'type': 'openrouter:web_search'}, {'type': 'openrouter:web_fetch'}].
    """

    _id: FusionPluginId = _attrs_field(alias="id")
    analysis_models: list[str] | Unset = UNSET
    enabled: bool | Unset = UNSET
    max_tool_calls: int | Unset = UNSET
    model: str | Unset = UNSET
    preset: FusionPluginPreset | Unset = UNSET
    tools: list[FusionPluginToolsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> FusionPluginId:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("FusionPlugin", "id")
        return value

    @id.setter
    def id(self, value: FusionPluginId) -> None:
        self._id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"id={self._id!r}, "
            f"analysis_models={self.analysis_models!r}, "
            f"enabled={self.enabled!r}, "
            f"max_tool_calls={self.max_tool_calls!r}, "
            f"model={self.model!r}, "
            f"preset={self.preset!r}, "
            f"tools={self.tools!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        id: Any = self._id
        if not (isinstance(id, Unset) or id is None):
            id = self._id.value

        analysis_models: Any = self.analysis_models
        if not (isinstance(analysis_models, Unset) or analysis_models is None):
            analysis_models = self.analysis_models

        enabled: Any = self.enabled

        max_tool_calls: Any = self.max_tool_calls

        model: Any = self.model

        preset: Any = self.preset
        if not (isinstance(preset, Unset) or preset is None):
            preset = preset.value

        tools: Any = self.tools
        if not (isinstance(tools, Unset) or tools is None):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if analysis_models is not UNSET:
            field_dict["analysis_models"] = analysis_models
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if model is not UNSET:
            field_dict["model"] = model
        if preset is not UNSET:
            field_dict["preset"] = preset
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of FusionPlugin and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "id" in data and not FusionPluginId.is_known(data["id"]):
            return False
        if "preset" in data and not FusionPluginPreset.is_known(data["preset"]):
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
                    f"FusionPlugin is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "id"
            _raw_id = d.get("id", UNSET)
            id: Any = _raw_id
            if _raw_id is not None and _raw_id is not UNSET:
                id = FusionPluginId._value2member_map_.get(_raw_id) or FusionPluginId._parse(_raw_id)

            _field = "analysis_models"
            _raw_analysis_models = d.get("analysis_models", UNSET)
            analysis_models: Any = _raw_analysis_models
            if _raw_analysis_models is not None and _raw_analysis_models is not UNSET:
                analysis_models = cast("list[str]", _raw_analysis_models)

            enabled = d.get("enabled", UNSET)

            max_tool_calls = d.get("max_tool_calls", UNSET)

            model = d.get("model", UNSET)

            _field = "preset"
            _raw_preset = d.get("preset", UNSET)
            preset: Any = _raw_preset
            if _raw_preset is not None and _raw_preset is not UNSET:
                preset = FusionPluginPreset._value2member_map_.get(_raw_preset) or FusionPluginPreset._parse(
                    _raw_preset
                )

            _field = "tools"
            _raw_tools = d.get("tools", UNSET)
            tools: Any = _raw_tools
            if _raw_tools is not None and _raw_tools is not UNSET:
                tools = [FusionPluginToolsItem.from_dict(tools_item_data) for tools_item_data in _raw_tools]

        except FieldParseError as error:
            raise error.within("FusionPlugin", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("FusionPlugin", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        fusion_plugin = cls(
            id,
            analysis_models,
            enabled,
            max_tool_calls,
            model,
            preset,
            tools,
        )

        if not _DECLARED_KEYS.issuperset(d):
            fusion_plugin.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return fusion_plugin

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


FusionPlugin.__annotations__ = ResolvingAnnotations(FusionPlugin.__annotations__, _resolve_lazy_imports)
