from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.observability_snowflake_destination_config_headers import (
        ObservabilitySnowflakeDestinationConfigHeaders,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ObservabilitySnowflakeDestinationConfigHeaders
    if _lazy_imports_resolved:
        return
    from ..models.observability_snowflake_destination_config_headers import (
        ObservabilitySnowflakeDestinationConfigHeaders,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ObservabilitySnowflakeDestinationConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"account", "token", "database", "headers", "schema", "table", "warehouse"})


@_attrs_define(repr=False)
class ObservabilitySnowflakeDestinationConfig:
    """
    Attributes:
        account (str):
        token (str):
        database (str | Unset):  Default: 'SNOWFLAKE_LEARNING_DB'.
        headers (ObservabilitySnowflakeDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to
            this destination.
        schema (str | Unset):  Default: 'PUBLIC'.
        table (str | Unset):  Default: 'OPENROUTER_TRACES'.
        warehouse (str | Unset):  Default: 'COMPUTE_WH'.
    """

    _account: str = _attrs_field(alias="account")
    _token: str = _attrs_field(alias="token")
    database: str | Unset = "SNOWFLAKE_LEARNING_DB"
    headers: ObservabilitySnowflakeDestinationConfigHeaders | Unset = UNSET
    schema: str | Unset = "PUBLIC"
    table: str | Unset = "OPENROUTER_TRACES"
    warehouse: str | Unset = "COMPUTE_WH"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def account(self) -> str:
        value: Any = self._account
        if value is UNSET:
            raise MissingFieldError("ObservabilitySnowflakeDestinationConfig", "account")
        return value

    @account.setter
    def account(self, value: str) -> None:
        self._account = value

    @property
    def token(self) -> str:
        value: Any = self._token
        if value is UNSET:
            raise MissingFieldError("ObservabilitySnowflakeDestinationConfig", "token")
        return value

    @token.setter
    def token(self, value: str) -> None:
        self._token = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"account={self._account!r}, "
            f"token={self._token!r}, "
            f"database={self.database!r}, "
            f"headers={self.headers!r}, "
            f"schema={self.schema!r}, "
            f"table={self.table!r}, "
            f"warehouse={self.warehouse!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        account: Any = self._account

        token: Any = self._token

        database: Any = self.database

        headers: Any = self.headers
        if not (isinstance(headers, Unset) or headers is None):
            headers = headers.to_dict()

        schema: Any = self.schema

        table: Any = self.table

        warehouse: Any = self.warehouse

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if account is not UNSET:
            field_dict["account"] = account
        if token is not UNSET:
            field_dict["token"] = token
        if database is not UNSET:
            field_dict["database"] = database
        if headers is not UNSET:
            field_dict["headers"] = headers
        if schema is not UNSET:
            field_dict["schema"] = schema
        if table is not UNSET:
            field_dict["table"] = table
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ObservabilitySnowflakeDestinationConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "account" not in data:
            return False
        if "token" not in data:
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
                    f"ObservabilitySnowflakeDestinationConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            account = d.get("account", UNSET)

            token = d.get("token", UNSET)

            database = d.get("database", UNSET)

            _field = "headers"
            _raw_headers = d.get("headers", UNSET)
            headers: Any = _raw_headers
            if _raw_headers is not None and _raw_headers is not UNSET:
                headers = ObservabilitySnowflakeDestinationConfigHeaders.from_dict(_raw_headers)

            schema = d.get("schema", UNSET)

            table = d.get("table", UNSET)

            warehouse = d.get("warehouse", UNSET)

        except FieldParseError as error:
            raise error.within("ObservabilitySnowflakeDestinationConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ObservabilitySnowflakeDestinationConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        observability_snowflake_destination_config = cls(
            account,
            token,
            database,
            headers,
            schema,
            table,
            warehouse,
        )

        if not _DECLARED_KEYS.issuperset(d):
            observability_snowflake_destination_config.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return observability_snowflake_destination_config

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


ObservabilitySnowflakeDestinationConfig.__annotations__ = ResolvingAnnotations(
    ObservabilitySnowflakeDestinationConfig.__annotations__, _resolve_lazy_imports
)
