from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.observability_clickhouse_destination_config_headers import (
        ObservabilityClickhouseDestinationConfigHeaders,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ObservabilityClickhouseDestinationConfigHeaders
    if _lazy_imports_resolved:
        return
    from ..models.observability_clickhouse_destination_config_headers import (
        ObservabilityClickhouseDestinationConfigHeaders,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ObservabilityClickhouseDestinationConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"database", "host", "password", "username", "headers", "table"})


@_attrs_define(repr=False)
class ObservabilityClickhouseDestinationConfig:
    """
    Attributes:
        database (str):
        host (str):
        password (str):
        username (str): If you have not set a specific username in ClickHouse, simply type in 'default' below.
        headers (ObservabilityClickhouseDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to
            this destination.
        table (str | Unset):  Default: 'OPENROUTER_TRACES'.
    """

    _database: str = _attrs_field(alias="database")
    _host: str = _attrs_field(alias="host")
    _password: str = _attrs_field(alias="password")
    _username: str = _attrs_field(alias="username")
    headers: ObservabilityClickhouseDestinationConfigHeaders | Unset = UNSET
    table: str | Unset = "OPENROUTER_TRACES"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def database(self) -> str:
        value: Any = self._database
        if value is UNSET:
            raise MissingFieldError("ObservabilityClickhouseDestinationConfig", "database")
        return value

    @database.setter
    def database(self, value: str) -> None:
        self._database = value

    @property
    def host(self) -> str:
        value: Any = self._host
        if value is UNSET:
            raise MissingFieldError("ObservabilityClickhouseDestinationConfig", "host")
        return value

    @host.setter
    def host(self, value: str) -> None:
        self._host = value

    @property
    def password(self) -> str:
        value: Any = self._password
        if value is UNSET:
            raise MissingFieldError("ObservabilityClickhouseDestinationConfig", "password")
        return value

    @password.setter
    def password(self, value: str) -> None:
        self._password = value

    @property
    def username(self) -> str:
        value: Any = self._username
        if value is UNSET:
            raise MissingFieldError("ObservabilityClickhouseDestinationConfig", "username")
        return value

    @username.setter
    def username(self, value: str) -> None:
        self._username = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"database={self._database!r}, "
            f"host={self._host!r}, "
            f"password={self._password!r}, "
            f"username={self._username!r}, "
            f"headers={self.headers!r}, "
            f"table={self.table!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        database: Any = self._database

        host: Any = self._host

        password: Any = self._password

        username: Any = self._username

        headers: Any = self.headers
        if not (isinstance(headers, Unset) or headers is None):
            headers = headers.to_dict()

        table: Any = self.table

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if database is not UNSET:
            field_dict["database"] = database
        if host is not UNSET:
            field_dict["host"] = host
        if password is not UNSET:
            field_dict["password"] = password
        if username is not UNSET:
            field_dict["username"] = username
        if headers is not UNSET:
            field_dict["headers"] = headers
        if table is not UNSET:
            field_dict["table"] = table

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ObservabilityClickhouseDestinationConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "database" not in data:
            return False
        if "host" not in data:
            return False
        if "password" not in data:
            return False
        if "username" not in data:
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
                    f"ObservabilityClickhouseDestinationConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            database = d.get("database", UNSET)

            host = d.get("host", UNSET)

            password = d.get("password", UNSET)

            username = d.get("username", UNSET)

            _field = "headers"
            _raw_headers = d.get("headers", UNSET)
            headers: Any = _raw_headers
            if _raw_headers is not None and _raw_headers is not UNSET:
                headers = ObservabilityClickhouseDestinationConfigHeaders.from_dict(_raw_headers)

            table = d.get("table", UNSET)

        except FieldParseError as error:
            raise error.within("ObservabilityClickhouseDestinationConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ObservabilityClickhouseDestinationConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        observability_clickhouse_destination_config = cls(
            database,
            host,
            password,
            username,
            headers,
            table,
        )

        if not _DECLARED_KEYS.issuperset(d):
            observability_clickhouse_destination_config.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return observability_clickhouse_destination_config

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


ObservabilityClickhouseDestinationConfig.__annotations__ = ResolvingAnnotations(
    ObservabilityClickhouseDestinationConfig.__annotations__, _resolve_lazy_imports
)
