from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, Unset

T = TypeVar("T", bound="UpdateWorkspaceRequest")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "default_image_model",
        "default_provider_sort",
        "default_text_model",
        "description",
        "io_logging_api_key_ids",
        "io_logging_sampling_rate",
        "is_data_discount_logging_enabled",
        "is_observability_broadcast_enabled",
        "is_observability_io_logging_enabled",
        "name",
        "slug",
    }
)


@_attrs_define(repr=False)
class UpdateWorkspaceRequest:
    """
    Example:
        {'name': 'Updated Workspace', 'slug': 'updated-workspace'}

    Attributes:
        default_image_model (None | str | Unset): Default image model for this workspace Example: openai/dall-e-3.
        default_provider_sort (None | str | Unset): Default provider sort preference (price, throughput, latency,
            exacto) Example: price.
        default_text_model (None | str | Unset): Default text model for this workspace Example: openai/gpt-4o.
        description (None | str | Unset): New description for the workspace Example: Updated description.
        io_logging_api_key_ids (list[int] | None | Unset): Optional array of API key IDs to filter I/O logging
        io_logging_sampling_rate (float | Unset): Sampling rate for I/O logging (0.0001-1) Example: 1.
        is_data_discount_logging_enabled (bool | Unset): Whether data discount logging is enabled Example: True.
        is_observability_broadcast_enabled (bool | Unset): Whether broadcast is enabled Example: False.
        is_observability_io_logging_enabled (bool | Unset): Whether private logging is enabled Example: False.
        name (str | Unset): New name for the workspace Example: Updated Workspace.
        slug (str | Unset): New URL-friendly slug (lowercase alphanumeric segments separated by single hyphens, no
            leading/trailing hyphens) Example: updated-workspace.
    """

    default_image_model: None | str | Unset = UNSET
    default_provider_sort: None | str | Unset = UNSET
    default_text_model: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    io_logging_api_key_ids: list[int] | None | Unset = UNSET
    io_logging_sampling_rate: float | Unset = UNSET
    is_data_discount_logging_enabled: bool | Unset = UNSET
    is_observability_broadcast_enabled: bool | Unset = UNSET
    is_observability_io_logging_enabled: bool | Unset = UNSET
    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"default_image_model={self.default_image_model!r}, "
            f"default_provider_sort={self.default_provider_sort!r}, "
            f"default_text_model={self.default_text_model!r}, "
            f"description={self.description!r}, "
            f"io_logging_api_key_ids={self.io_logging_api_key_ids!r}, "
            f"io_logging_sampling_rate={self.io_logging_sampling_rate!r}, "
            f"is_data_discount_logging_enabled={self.is_data_discount_logging_enabled!r}, "
            f"is_observability_broadcast_enabled={self.is_observability_broadcast_enabled!r}, "
            f"is_observability_io_logging_enabled={self.is_observability_io_logging_enabled!r}, "
            f"name={self.name!r}, "
            f"slug={self.slug!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
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

        name: Any = self.name

        slug: Any = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

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
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of UpdateWorkspaceRequest and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"UpdateWorkspaceRequest is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
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

            name = d.get("name", UNSET)

            slug = d.get("slug", UNSET)

        except FieldParseError as error:
            raise error.within("UpdateWorkspaceRequest", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("UpdateWorkspaceRequest", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        update_workspace_request = cls(
            default_image_model,
            default_provider_sort,
            default_text_model,
            description,
            io_logging_api_key_ids,
            io_logging_sampling_rate,
            is_data_discount_logging_enabled,
            is_observability_broadcast_enabled,
            is_observability_io_logging_enabled,
            name,
            slug,
        )

        if not _DECLARED_KEYS.issuperset(d):
            update_workspace_request.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return update_workspace_request

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
