from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="CreateWorkspaceRequest")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "slug",
        "default_image_model",
        "default_provider_sort",
        "default_text_model",
        "description",
        "io_logging_api_key_ids",
        "io_logging_sampling_rate",
        "is_data_discount_logging_enabled",
        "is_observability_broadcast_enabled",
        "is_observability_io_logging_enabled",
    }
)


@_attrs_define(repr=False)
class CreateWorkspaceRequest:
    """
    Example:
        {'default_image_model': 'openai/dall-e-3', 'default_provider_sort': 'price', 'default_text_model':
            'openai/gpt-4o', 'description': 'Production environment workspace', 'name': 'Production', 'slug': 'production'}

    Attributes:
        name (str): Name for the new workspace Example: Production.
        slug (str): URL-friendly slug (lowercase alphanumeric segments separated by single hyphens, no leading/trailing
            hyphens) Example: production.
        default_image_model (None | str | Unset): Default image model for this workspace Example: openai/dall-e-3.
        default_provider_sort (None | str | Unset): Default provider sort preference (price, throughput, latency,
            exacto) Example: price.
        default_text_model (None | str | Unset): Default text model for this workspace Example: openai/gpt-4o.
        description (None | str | Unset): Description of the workspace Example: Production environment workspace.
        io_logging_api_key_ids (list[int] | None | Unset): Optional array of API key IDs to filter I/O logging
        io_logging_sampling_rate (float | Unset): Sampling rate for I/O logging (0.0001-1) Example: 1.
        is_data_discount_logging_enabled (bool | Unset): Whether data discount logging is enabled Example: True.
        is_observability_broadcast_enabled (bool | Unset): Whether broadcast is enabled Example: False.
        is_observability_io_logging_enabled (bool | Unset): Whether private logging is enabled Example: False.
    """

    _name: str = _attrs_field(alias="name")
    _slug: str = _attrs_field(alias="slug")
    default_image_model: None | str | Unset = UNSET
    default_provider_sort: None | str | Unset = UNSET
    default_text_model: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    io_logging_api_key_ids: list[int] | None | Unset = UNSET
    io_logging_sampling_rate: float | Unset = UNSET
    is_data_discount_logging_enabled: bool | Unset = UNSET
    is_observability_broadcast_enabled: bool | Unset = UNSET
    is_observability_io_logging_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("CreateWorkspaceRequest", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def slug(self) -> str:
        value: Any = self._slug
        if value is UNSET:
            raise MissingFieldError("CreateWorkspaceRequest", "slug")
        return value

    @slug.setter
    def slug(self, value: str) -> None:
        self._slug = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"name={self._name!r}, "
            f"slug={self._slug!r}, "
            f"default_image_model={self.default_image_model!r}, "
            f"default_provider_sort={self.default_provider_sort!r}, "
            f"default_text_model={self.default_text_model!r}, "
            f"description={self.description!r}, "
            f"io_logging_api_key_ids={self.io_logging_api_key_ids!r}, "
            f"io_logging_sampling_rate={self.io_logging_sampling_rate!r}, "
            f"is_data_discount_logging_enabled={self.is_data_discount_logging_enabled!r}, "
            f"is_observability_broadcast_enabled={self.is_observability_broadcast_enabled!r}, "
            f"is_observability_io_logging_enabled={self.is_observability_io_logging_enabled!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        name: Any = self._name

        slug: Any = self._slug

        default_image_model: Any = self.default_image_model

        default_provider_sort: Any = self.default_provider_sort

        default_text_model: Any = self.default_text_model

        description: Any = self.description

        io_logging_api_key_ids: Any = self.io_logging_api_key_ids
        if not (isinstance(io_logging_api_key_ids, Unset) or io_logging_api_key_ids is None):
            if isinstance(self.io_logging_api_key_ids, list):
                io_logging_api_key_ids = self.io_logging_api_key_ids

            else:
                io_logging_api_key_ids = self.io_logging_api_key_ids

        io_logging_sampling_rate: Any = self.io_logging_sampling_rate

        is_data_discount_logging_enabled: Any = self.is_data_discount_logging_enabled

        is_observability_broadcast_enabled: Any = self.is_observability_broadcast_enabled

        is_observability_io_logging_enabled: Any = self.is_observability_io_logging_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if default_image_model is not UNSET:
            field_dict["default_image_model"] = default_image_model
        if default_provider_sort is not UNSET:
            field_dict["default_provider_sort"] = default_provider_sort
        if default_text_model is not UNSET:
            field_dict["default_text_model"] = default_text_model
        if description is not UNSET:
            field_dict["description"] = description
        if io_logging_api_key_ids is not UNSET:
            field_dict["io_logging_api_key_ids"] = io_logging_api_key_ids
        if io_logging_sampling_rate is not UNSET:
            field_dict["io_logging_sampling_rate"] = io_logging_sampling_rate
        if is_data_discount_logging_enabled is not UNSET:
            field_dict["is_data_discount_logging_enabled"] = is_data_discount_logging_enabled
        if is_observability_broadcast_enabled is not UNSET:
            field_dict["is_observability_broadcast_enabled"] = is_observability_broadcast_enabled
        if is_observability_io_logging_enabled is not UNSET:
            field_dict["is_observability_io_logging_enabled"] = is_observability_io_logging_enabled

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateWorkspaceRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "name" not in data:
            return False
        if "slug" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"CreateWorkspaceRequest is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            name = d.get("name", UNSET)

            slug = d.get("slug", UNSET)

            default_image_model = d.get("default_image_model", UNSET)

            default_provider_sort = d.get("default_provider_sort", UNSET)

            default_text_model = d.get("default_text_model", UNSET)

            description = d.get("description", UNSET)

            _field = "io_logging_api_key_ids"
            _raw_io_logging_api_key_ids = d.get("io_logging_api_key_ids", UNSET)
            io_logging_api_key_ids: Any = _raw_io_logging_api_key_ids
            if _raw_io_logging_api_key_ids is not None and _raw_io_logging_api_key_ids is not UNSET:
                io_logging_api_key_ids = _parse_io_logging_api_key_ids(_raw_io_logging_api_key_ids)

            io_logging_sampling_rate = d.get("io_logging_sampling_rate", UNSET)

            is_data_discount_logging_enabled = d.get("is_data_discount_logging_enabled", UNSET)

            is_observability_broadcast_enabled = d.get("is_observability_broadcast_enabled", UNSET)

            is_observability_io_logging_enabled = d.get("is_observability_io_logging_enabled", UNSET)

        except FieldParseError as error:
            raise error.within("CreateWorkspaceRequest", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CreateWorkspaceRequest", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        create_workspace_request = cls(
            name,
            slug,
            default_image_model,
            default_provider_sort,
            default_text_model,
            description,
            io_logging_api_key_ids,
            io_logging_sampling_rate,
            is_data_discount_logging_enabled,
            is_observability_broadcast_enabled,
            is_observability_io_logging_enabled,
        )

        if not _DECLARED_KEYS.issuperset(d):
            create_workspace_request.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return create_workspace_request

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


def _parse_io_logging_api_key_ids(data: object) -> list[int] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        io_logging_api_key_ids_type_0 = cast("list[int]", data)

        return io_logging_api_key_ids_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[int] | None | Unset", data)
