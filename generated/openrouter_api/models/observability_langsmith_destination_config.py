from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.observability_langsmith_destination_config_headers import (
        ObservabilityLangsmithDestinationConfigHeaders,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ObservabilityLangsmithDestinationConfigHeaders
    if _lazy_imports_resolved:
        return
    from ..models.observability_langsmith_destination_config_headers import (
        ObservabilityLangsmithDestinationConfigHeaders,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ObservabilityLangsmithDestinationConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"apiKey", "endpoint", "headers", "project", "workspaceId"})


@_attrs_define(repr=False)
class ObservabilityLangsmithDestinationConfig:
    """
    Attributes:
        api_key (str):
        endpoint (str | Unset):  Default: 'https://api.smith.langchain.com'.
        headers (ObservabilityLangsmithDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to
            this destination.
        project (str | Unset): The name for this project, such as pr-openrouter-demo. Defaults to "main" if not set.
            Default: 'main'.
        workspace_id (str | Unset): Required for org-scoped API keys. Find this in your LangSmith workspace settings.
    """

    _api_key: str = _attrs_field(alias="api_key")
    endpoint: str | Unset = "https://api.smith.langchain.com"
    headers: ObservabilityLangsmithDestinationConfigHeaders | Unset = UNSET
    project: str | Unset = "main"
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def api_key(self) -> str:
        value: Any = self._api_key
        if value is UNSET:
            raise MissingFieldError("ObservabilityLangsmithDestinationConfig", "apiKey")
        return value

    @api_key.setter
    def api_key(self, value: str) -> None:
        self._api_key = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"api_key={self._api_key!r}, "
            f"endpoint={self.endpoint!r}, "
            f"headers={self.headers!r}, "
            f"project={self.project!r}, "
            f"workspace_id={self.workspace_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        api_key: Any = self._api_key

        endpoint: Any = self.endpoint

        headers: Any = self.headers
        if not (isinstance(headers, Unset) or headers is None):
            headers = headers.to_dict()

        project: Any = self.project

        workspace_id: Any = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if headers is not UNSET:
            field_dict["headers"] = headers
        if project is not UNSET:
            field_dict["project"] = project
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ObservabilityLangsmithDestinationConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "apiKey" not in data:
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
                    f"ObservabilityLangsmithDestinationConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            api_key = d.get("apiKey", UNSET)

            endpoint = d.get("endpoint", UNSET)

            _field = "headers"
            _raw_headers = d.get("headers", UNSET)
            headers: Any = _raw_headers
            if _raw_headers is not None and _raw_headers is not UNSET:
                headers = ObservabilityLangsmithDestinationConfigHeaders.from_dict(_raw_headers)

            project = d.get("project", UNSET)

            workspace_id = d.get("workspaceId", UNSET)

        except FieldParseError as error:
            raise error.within("ObservabilityLangsmithDestinationConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ObservabilityLangsmithDestinationConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        observability_langsmith_destination_config = cls(
            api_key,
            endpoint,
            headers,
            project,
            workspace_id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            observability_langsmith_destination_config.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return observability_langsmith_destination_config

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


ObservabilityLangsmithDestinationConfig.__annotations__ = ResolvingAnnotations(
    ObservabilityLangsmithDestinationConfig.__annotations__, _resolve_lazy_imports
)
