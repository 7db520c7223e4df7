from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.rankings_daily_item import RankingsDailyItem
    from ..models.rankings_daily_meta import RankingsDailyMeta

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, RankingsDailyItem, RankingsDailyMeta
    if _lazy_imports_resolved:
        return
    from ..models.rankings_daily_item import RankingsDailyItem  # noqa: PLC0415
    from ..models.rankings_daily_meta import RankingsDailyMeta  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="RankingsDailyResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data", "meta"})


@_attrs_define(repr=False)
class RankingsDailyResponse:
    """
    Example:
        {'data': [{'date': '2026-05-11', 'model_permaslug': 'openai/gpt-4o-2024-05-13', 'total_tokens': '12345678'},
            {'date': '2026-05-11', 'model_permaslug': 'anthropic/claude-3.5-sonnet-20241022', 'total_tokens': '9876543'}],
            'meta': {'as_of': '2026-05-12T02:00:00.000Z', 'end_date': '2026-05-11', 'start_date': '2026-04-12', 'version':
            'v1'}}

    Attributes:
        data (list[RankingsDailyItem]): Up to 51 rows per day — the top 50 public models by `total_tokens` for each UTC
            calendar date in the window, plus one aggregated `other` row summing every model outside that top 50 (omitted
            when the long tail is empty). Rows are sorted by `date` ascending, then by `total_tokens` descending, with
            `other` pinned last within its date. Ties between real models break alphabetically on `model_permaslug` so the
            order is stable across requests.
        meta (RankingsDailyMeta):  Example: {'as_of': '2026-05-12T02:00:00.000Z', 'end_date': '2026-05-11',
            'start_date': '2026-04-12', 'version': 'v1'}.
    """

    _data: list[RankingsDailyItem] = _attrs_field(alias="data")
    _meta: RankingsDailyMeta = _attrs_field(alias="meta")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(self) -> list[RankingsDailyItem]:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("RankingsDailyResponse", "data")
        return value

    @data.setter
    def data(self, value: list[RankingsDailyItem]) -> None:
        self._data = value

    @property
    def meta(self) -> RankingsDailyMeta:
        value: Any = self._meta
        if value is UNSET:
            raise MissingFieldError("RankingsDailyResponse", "meta")
        return value

    @meta.setter
    def meta(self, value: RankingsDailyMeta) -> None:
        self._meta = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"data={self._data!r}, "
            f"meta={self._meta!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        data: Any = self._data
        if not (isinstance(data, Unset) or data is None):
            data = []
            for data_item_data in self._data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        meta: Any = self._meta
        if not (isinstance(meta, Unset) or meta is None):
            meta = self._meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of RankingsDailyResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "data" not in data:
            return False
        if "meta" not in data:
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
                    f"RankingsDailyResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "data"
            _raw_data = d.get("data", UNSET)
            data: Any = _raw_data
            if _raw_data is not None and _raw_data is not UNSET:
                data = [RankingsDailyItem.from_dict(data_item_data) for data_item_data in _raw_data]

            _field = "meta"
            _raw_meta = d.get("meta", UNSET)
            meta: Any = _raw_meta
            if _raw_meta is not None and _raw_meta is not UNSET:
                meta = RankingsDailyMeta.from_dict(_raw_meta)

        except FieldParseError as error:
            raise error.within("RankingsDailyResponse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("RankingsDailyResponse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        rankings_daily_response = cls(
            data,
            meta,
        )

        if not _DECLARED_KEYS.issuperset(d):
            rankings_daily_response.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return rankings_daily_response

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


RankingsDailyResponse.__annotations__ = ResolvingAnnotations(
    RankingsDailyResponse.__annotations__, _resolve_lazy_imports
)
