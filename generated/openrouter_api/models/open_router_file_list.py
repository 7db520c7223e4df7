from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_router_file_list_shape import OpenRouterFileListShape
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.open_router_file import OpenRouterFile

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, OpenRouterFile
    if _lazy_imports_resolved:
        return
    from ..models.open_router_file import OpenRouterFile  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OpenRouterFileList")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"_shape", "cursor", "data", "first_id", "has_more", "last_id"})


@_attrs_define(repr=False)
class OpenRouterFileList:
    """A page of files in the OpenRouter shape.

    Example:
        {'_shape': 'openrouter', 'cursor': None, 'data': [], 'first_id': None, 'has_more': False, 'last_id': None}

    Attributes:
        field_shape (OpenRouterFileListShape):
        cursor (None | str): Opaque cursor for the next page; null when there are no more results.
        data (list[OpenRouterFile]):
        first_id (None | str):
        has_more (bool):
        last_id (None | str):
    """

    _field_shape: OpenRouterFileListShape = _attrs_field(alias="field_shape")
    _cursor: None | str = _attrs_field(alias="cursor")
    _data: list[OpenRouterFile] = _attrs_field(alias="data")
    _first_id: None | str = _attrs_field(alias="first_id")
    _has_more: bool = _attrs_field(alias="has_more")
    _last_id: None | str = _attrs_field(alias="last_id")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def field_shape(self) -> OpenRouterFileListShape:
        value: Any = self._field_shape
        if value is UNSET:
            raise MissingFieldError("OpenRouterFileList", "_shape")
        return value

    @field_shape.setter
    def field_shape(self, value: OpenRouterFileListShape) -> None:
        self._field_shape = value

    @property
    def cursor(self) -> None | str:
        value: Any = self._cursor
        if value is UNSET:
            raise MissingFieldError("OpenRouterFileList", "cursor")
        return value

    @cursor.setter
    def cursor(self, value: None | str) -> None:
        self._cursor = value

    @property
    def data(self) -> list[OpenRouterFile]:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("OpenRouterFileList", "data")
        return value

    @data.setter
    def data(self, value: list[OpenRouterFile]) -> None:
        self._data = value

    @property
    def first_id(self) -> None | str:
        value: Any = self._first_id
        if value is UNSET:
            raise MissingFieldError("OpenRouterFileList", "first_id")
        return value

    @first_id.setter
    def first_id(self, value: None | str) -> None:
        self._first_id = value

    @property
    def has_more(self) -> bool:
        value: Any = self._has_more
        if value is UNSET:
            raise MissingFieldError("OpenRouterFileList", "has_more")
        return value

    @has_more.setter
    def has_more(self, value: bool) -> None:
        self._has_more = value

    @property
    def last_id(self) -> None | str:
        value: Any = self._last_id
        if value is UNSET:
            raise MissingFieldError("OpenRouterFileList", "last_id")
        return value

    @last_id.setter
    def last_id(self, value: None | str) -> None:
        self._last_id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"field_shape={self._field_shape!r}, "
            f"cursor={self._cursor!r}, "
            f"data={self._data!r}, "
            f"first_id={self._first_id!r}, "
            f"has_more={self._has_more!r}, "
            f"last_id={self._last_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        field_shape: Any = self._field_shape
        if not (isinstance(field_shape, Unset) or field_shape is None):
            field_shape = self._field_shape.value

        cursor: Any = self._cursor

        data: Any = self._data
        if not (isinstance(data, Unset) or data is None):
            data = []
            for data_item_data in self._data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        first_id: Any = self._first_id

        has_more: Any = self._has_more

        last_id: Any = self._last_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if field_shape is not UNSET:
            field_dict["_shape"] = field_shape
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if data is not UNSET:
            field_dict["data"] = data
        if first_id is not UNSET:
            field_dict["first_id"] = first_id
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if last_id is not UNSET:
            field_dict["last_id"] = last_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OpenRouterFileList and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "_shape" not in data:
            return False
        if "_shape" in data and not OpenRouterFileListShape.is_known(data["_shape"]):
            return False
        if "cursor" not in data:
            return False
        if "data" not in data:
            return False
        if "first_id" not in data:
            return False
        if "has_more" not in data:
            return False
        if "last_id" not in data:
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
                    f"OpenRouterFileList is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "_shape"
            _raw_field_shape = d.get("_shape", UNSET)
            field_shape: Any = _raw_field_shape
            if _raw_field_shape is not None and _raw_field_shape is not UNSET:
                field_shape = OpenRouterFileListShape._value2member_map_.get(
                    _raw_field_shape
                ) or OpenRouterFileListShape._parse(_raw_field_shape)

            cursor = d.get("cursor", UNSET)

            _field = "data"
            _raw_data = d.get("data", UNSET)
            data: Any = _raw_data
            if _raw_data is not None and _raw_data is not UNSET:
                data = [OpenRouterFile.from_dict(data_item_data) for data_item_data in _raw_data]

            first_id = d.get("first_id", UNSET)

            has_more = d.get("has_more", UNSET)

            last_id = d.get("last_id", UNSET)

        except FieldParseError as error:
            raise error.within("OpenRouterFileList", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OpenRouterFileList", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        open_router_file_list = cls(
            field_shape,
            cursor,
            data,
            first_id,
            has_more,
            last_id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            open_router_file_list.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return open_router_file_list

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


OpenRouterFileList.__annotations__ = ResolvingAnnotations(OpenRouterFileList.__annotations__, _resolve_lazy_imports)
