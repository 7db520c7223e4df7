from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="Workspace")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "created_at",
        "created_by",
        "default_guardrail_id",
        "default_image_model",
        "default_provider_sort",
        "default_text_model",
        "description",
        "id",
        "io_logging_api_key_ids",
        "io_logging_sampling_rate",
        "is_data_discount_logging_enabled",
        "is_observability_broadcast_enabled",
        "is_observability_io_logging_enabled",
        "name",
        "slug",
        "updated_at",
        "include_byok_in_budgets",
    }
)


@_attrs_define(repr=False)
class Workspace:
    """
    Example:
        {'created_at': '2025-08-24T10:30:00Z', 'created_by': 'user_abc123', 'default_guardrail_id':
            '595d5849-7e86-51fd-a7c0-705c34e4afff', 'default_image_model': 'openai/dall-e-3', 'default_provider_sort':
            'price', 'default_text_model': 'openai/gpt-4o', 'description': 'Production environment workspace', 'id':
            '550e8400-e29b-41d4-a716-446655440000', 'include_byok_in_budgets': False, 'io_logging_api_key_ids': None,
            'io_logging_sampling_rate': 1, 'is_data_discount_logging_enabled': True, 'is_observability_broadcast_enabled':
            False, 'is_observability_io_logging_enabled': False, 'name': 'Production', 'slug': 'production', 'updated_at':
            '2025-08-24T15:45:00Z'}

    Attributes:
        created_at (str): ISO 8601 timestamp of when the workspace was created Example: 2025-08-24T10:30:00Z.
        created_by (None | str): User ID of the workspace creator Example: user_abc123.
        default_guardrail_id (UUID): Deterministic ID derived from the workspace ID. The default guardrail is
            materialized when its configuration is first written. Example: 595d5849-7e86-51fd-a7c0-705c34e4afff.
        default_image_model (None | str): Default image model for this workspace Example: openai/dall-e-3.
        default_provider_sort (None | str): Default provider sort preference (price, throughput, latency, exacto)
            Example: price.
        default_text_model (None | str): Default text model for this workspace Example: openai/gpt-4o.
        description (None | str): Description of the workspace Example: Production environment workspace.
        id (UUID): Unique identifier for the workspace Example: 550e8400-e29b-41d4-a716-446655440000.
        io_logging_api_key_ids (list[int] | None): Optional array of API key IDs to filter I/O logging. Null means all
            keys are logged.
        io_logging_sampling_rate (float): Sampling rate for I/O logging (0.0001-1). 1 means 100% of requests are logged.
            Example: 1.
        is_data_discount_logging_enabled (bool): Whether data discount logging is enabled for this workspace Example:
            True.
        is_observability_broadcast_enabled (bool): Whether broadcast is enabled for this workspace Example: False.
        is_observability_io_logging_enabled (bool): Whether private logging is enabled for this workspace Example:
            False.
        name (str): Name of the workspace Example: Production.
        slug (str): URL-friendly slug for the workspace Example: production.
        updated_at (None | str): ISO 8601 timestamp of when the workspace was last updated Example:
            2025-08-24T15:45:00Z.
        include_byok_in_budgets (bool | Unset): Whether BYOK (bring-your-own-key) spend counts toward this workspace's
            budgets. Set it via the workspace budget endpoints. Example: False.
    """

    _created_at: str = _attrs_field(alias="created_at")
    _created_by: None | str = _attrs_field(alias="created_by")
    _default_guardrail_id: UUID = _attrs_field(alias="default_guardrail_id")
    _default_image_model: None | str = _attrs_field(alias="default_image_model")
    _default_provider_sort: None | str = _attrs_field(alias="default_provider_sort")
    _default_text_model: None | str = _attrs_field(alias="default_text_model")
    _description: None | str = _attrs_field(alias="description")
    _id: UUID = _attrs_field(alias="id")
    _io_logging_api_key_ids: list[int] | None = _attrs_field(alias="io_logging_api_key_ids")
    _io_logging_sampling_rate: float = _attrs_field(alias="io_logging_sampling_rate")
    _is_data_discount_logging_enabled: bool = _attrs_field(alias="is_data_discount_logging_enabled")
    _is_observability_broadcast_enabled: bool = _attrs_field(alias="is_observability_broadcast_enabled")
    _is_observability_io_logging_enabled: bool = _attrs_field(alias="is_observability_io_logging_enabled")
    _name: str = _attrs_field(alias="name")
    _slug: str = _attrs_field(alias="slug")
    _updated_at: None | str = _attrs_field(alias="updated_at")
    include_byok_in_budgets: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def created_at(self) -> str:
        value: Any = self._created_at
        if value is UNSET:
            raise MissingFieldError("Workspace", "created_at")
        return value

    @created_at.setter
    def created_at(self, value: str) -> None:
        self._created_at = value

    @property
    def created_by(self) -> None | str:
        value: Any = self._created_by
        if value is UNSET:
            raise MissingFieldError("Workspace", "created_by")
        return value

    @created_by.setter
    def created_by(self, value: None | str) -> None:
        self._created_by = value

    @property
    def default_guardrail_id(self) -> UUID:
        value: Any = self._default_guardrail_id
        if value is UNSET:
            raise MissingFieldError("Workspace", "default_guardrail_id")
        return value

    @default_guardrail_id.setter
    def default_guardrail_id(self, value: UUID) -> None:
        self._default_guardrail_id = value

    @property
    def default_image_model(self) -> None | str:
        value: Any = self._default_image_model
        if value is UNSET:
            raise MissingFieldError("Workspace", "default_image_model")
        return value

    @default_image_model.setter
    def default_image_model(self, value: None | str) -> None:
        self._default_image_model = value

    @property
    def default_provider_sort(self) -> None | str:
        value: Any = self._default_provider_sort
        if value is UNSET:
            raise MissingFieldError("Workspace", "default_provider_sort")
        return value

    @default_provider_sort.setter
    def default_provider_sort(self, value: None | str) -> None:
        self._default_provider_sort = value

    @property
    def default_text_model(self) -> None | str:
        value: Any = self._default_text_model
        if value is UNSET:
            raise MissingFieldError("Workspace", "default_text_model")
        return value

    @default_text_model.setter
    def default_text_model(self, value: None | str) -> None:
        self._default_text_model = value

    @property
    def description(self) -> None | str:
        value: Any = self._description
        if value is UNSET:
            raise MissingFieldError("Workspace", "description")
        return value

    @description.setter
    def description(self, value: None | str) -> None:
        self._description = value

    @property
    def id(self) -> UUID:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("Workspace", "id")
        return value

    @id.setter
    def id(self, value: UUID) -> None:
        self._id = value

    @property
    def io_logging_api_key_ids(self) -> list[int] | None:
        value: Any = self._io_logging_api_key_ids
        if value is UNSET:
            raise MissingFieldError("Workspace", "io_logging_api_key_ids")
        return value

    @io_logging_api_key_ids.setter
    def io_logging_api_key_ids(self, value: list[int] | None) -> None:
        self._io_logging_api_key_ids = value

    @property
    def io_logging_sampling_rate(self) -> float:
        value: Any = self._io_logging_sampling_rate
        if value is UNSET:
            raise MissingFieldError("Workspace", "io_logging_sampling_rate")
        return value

    @io_logging_sampling_rate.setter
    def io_logging_sampling_rate(self, value: float) -> None:
        self._io_logging_sampling_rate = value

    @property
    def is_data_discount_logging_enabled(self) -> bool:
        value: Any = self._is_data_discount_logging_enabled
        if value is UNSET:
            raise MissingFieldError("Workspace", "is_data_discount_logging_enabled")
        return value

    @is_data_discount_logging_enabled.setter
    def is_data_discount_logging_enabled(self, value: bool) -> None:
        self._is_data_discount_logging_enabled = value

    @property
    def is_observability_broadcast_enabled(self) -> bool:
        value: Any = self._is_observability_broadcast_enabled
        if value is UNSET:
            raise MissingFieldError("Workspace", "is_observability_broadcast_enabled")
        return value

    @is_observability_broadcast_enabled.setter
    def is_observability_broadcast_enabled(self, value: bool) -> None:
        self._is_observability_broadcast_enabled = value

    @property
    def is_observability_io_logging_enabled(self) -> bool:
        value: Any = self._is_observability_io_logging_enabled
        if value is UNSET:
            raise MissingFieldError("Workspace", "is_observability_io_logging_enabled")
        return value

    @is_observability_io_logging_enabled.setter
    def is_observability_io_logging_enabled(self, value: bool) -> None:
        self._is_observability_io_logging_enabled = value

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("Workspace", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def slug(self) -> str:
        value: Any = self._slug
        if value is UNSET:
            raise MissingFieldError("Workspace", "slug")
        return value

    @slug.setter
    def slug(self, value: str) -> None:
        self._slug = value

    @property
    def updated_at(self) -> None | str:
        value: Any = self._updated_at
        if value is UNSET:
            raise MissingFieldError("Workspace", "updated_at")
        return value

    @updated_at.setter
    def updated_at(self, value: None | str) -> None:
        self._updated_at = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"created_at={self._created_at!r}, "
            f"created_by={self._created_by!r}, "
            f"default_guardrail_id={self._default_guardrail_id!r}, "
            f"default_image_model={self._default_image_model!r}, "
            f"default_provider_sort={self._default_provider_sort!r}, "
            f"default_text_model={self._default_text_model!r}, "
            f"description={self._description!r}, "
            f"id={self._id!r}, "
            f"io_logging_api_key_ids={self._io_logging_api_key_ids!r}, "
            f"io_logging_sampling_rate={self._io_logging_sampling_rate!r}, "
            f"is_data_discount_logging_enabled={self._is_data_discount_logging_enabled!r}, "
            f"is_observability_broadcast_enabled={self._is_observability_broadcast_enabled!r}, "
            f"is_observability_io_logging_enabled={self._is_observability_io_logging_enabled!r}, "
            f"name={self._name!r}, "
            f"slug={self._slug!r}, "
            f"updated_at={self._updated_at!r}, "
            f"include_byok_in_budgets={self.include_byok_in_budgets!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        created_at: Any = self._created_at

        created_by: Any = self._created_by

        default_guardrail_id: Any = self._default_guardrail_id
        if not (isinstance(default_guardrail_id, Unset) or default_guardrail_id is None):
            default_guardrail_id = str(self._default_guardrail_id)

        default_image_model: Any = self._default_image_model

        default_provider_sort: Any = self._default_provider_sort

        default_text_model: Any = self._default_text_model

        description: Any = self._description

        id: Any = self._id
        if not (isinstance(id, Unset) or id is None):
            id = str(self._id)

        io_logging_api_key_ids: Any = self._io_logging_api_key_ids
        if not (isinstance(io_logging_api_key_ids, Unset) or io_logging_api_key_ids is None):
            if isinstance(self._io_logging_api_key_ids, list):
                io_logging_api_key_ids = self._io_logging_api_key_ids

            else:
                io_logging_api_key_ids = self._io_logging_api_key_ids

        io_logging_sampling_rate: Any = self._io_logging_sampling_rate

        is_data_discount_logging_enabled: Any = self._is_data_discount_logging_enabled

        is_observability_broadcast_enabled: Any = self._is_observability_broadcast_enabled

        is_observability_io_logging_enabled: Any = self._is_observability_io_logging_enabled

        name: Any = self._name

        slug: Any = self._slug

        updated_at: Any = self._updated_at

        include_byok_in_budgets: Any = self.include_byok_in_budgets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if default_guardrail_id is not UNSET:
            field_dict["default_guardrail_id"] = default_guardrail_id
        if default_image_model is not UNSET:
            field_dict["default_image_model"] = default_image_model
        if default_provider_sort is not UNSET:
            field_dict["default_provider_sort"] = default_provider_sort
        if default_text_model is not UNSET:
            field_dict["default_text_model"] = default_text_model
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
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
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if include_byok_in_budgets is not UNSET:
            field_dict["include_byok_in_budgets"] = include_byok_in_budgets

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of Workspace and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "created_at" not in data:
            return False
        if "created_by" not in data:
            return False
        if "default_guardrail_id" not in data:
            return False
        if "default_image_model" not in data:
            return False
        if "default_provider_sort" not in data:
            return False
        if "default_text_model" not in data:
            return False
        if "description" not in data:
            return False
        if "id" not in data:
            return False
        if "io_logging_api_key_ids" not in data:
            return False
        if "io_logging_sampling_rate" not in data:
            return False
        if "is_data_discount_logging_enabled" not in data:
            return False
        if "is_observability_broadcast_enabled" not in data:
            return False
        if "is_observability_io_logging_enabled" not in data:
            return False
        if "name" not in data:
            return False
        if "slug" not in data:
            return False
        if "updated_at" not in data:
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
                    f"Workspace is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            created_at = d.get("created_at", UNSET)

            created_by = d.get("created_by", UNSET)

            _field = "default_guardrail_id"
            _raw_default_guardrail_id = d.get("default_guardrail_id", UNSET)
            default_guardrail_id: Any = _raw_default_guardrail_id
            if _raw_default_guardrail_id is not None and _raw_default_guardrail_id is not UNSET:
                default_guardrail_id = UUID(_raw_default_guardrail_id)

            default_image_model = d.get("default_image_model", UNSET)

            default_provider_sort = d.get("default_provider_sort", UNSET)

            default_text_model = d.get("default_text_model", UNSET)

            description = d.get("description", UNSET)

            _field = "id"
            _raw_id = d.get("id", UNSET)
            id: Any = _raw_id
            if _raw_id is not None and _raw_id is not UNSET:
                id = UUID(_raw_id)

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

            updated_at = d.get("updated_at", UNSET)

            include_byok_in_budgets = d.get("include_byok_in_budgets", UNSET)

        except FieldParseError as error:
            raise error.within("Workspace", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("Workspace", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        workspace = cls(
            created_at,
            created_by,
            default_guardrail_id,
            default_image_model,
            default_provider_sort,
            default_text_model,
            description,
            id,
            io_logging_api_key_ids,
            io_logging_sampling_rate,
            is_data_discount_logging_enabled,
            is_observability_broadcast_enabled,
            is_observability_io_logging_enabled,
            name,
            slug,
            updated_at,
            include_byok_in_budgets,
        )

        if not _DECLARED_KEYS.issuperset(d):
            workspace.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return workspace

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


def _parse_io_logging_api_key_ids(data: object) -> list[int] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        io_logging_api_key_ids_type_0 = cast("list[int]", data)

        return io_logging_api_key_ids_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[int] | None", data)
