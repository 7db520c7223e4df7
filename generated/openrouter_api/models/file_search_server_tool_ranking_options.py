from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_search_server_tool_ranking_options_ranker import FileSearchServerToolRankingOptionsRanker
from ..types import UNSET, FieldParseError, Unset

T = TypeVar("T", bound="FileSearchServerToolRankingOptions")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"ranker", "score_threshold"})


@_attrs_define(repr=False)
class FileSearchServerToolRankingOptions:
    """
    Attributes:
        ranker (FileSearchServerToolRankingOptionsRanker | Unset):
        score_threshold (float | Unset):
    """

    ranker: FileSearchServerToolRankingOptionsRanker | Unset = UNSET
    score_threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"ranker={self.ranker!r}, "
            f"score_threshold={self.score_threshold!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        ranker: Any = self.ranker
        if not (isinstance(ranker, Unset) or ranker is None):
            ranker = ranker.value

        score_threshold: Any = self.score_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if ranker is not UNSET:
            field_dict["ranker"] = ranker
        if score_threshold is not UNSET:
            field_dict["score_threshold"] = score_threshold

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of FileSearchServerToolRankingOptions and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "ranker" in data and not FileSearchServerToolRankingOptionsRanker.is_known(data["ranker"]):
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
                    f"FileSearchServerToolRankingOptions is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "ranker"
            _raw_ranker = d.get("ranker", UNSET)
            ranker: Any = _raw_ranker
            if _raw_ranker is not None and _raw_ranker is not UNSET:
                ranker = FileSearchServerToolRankingOptionsRanker._value2member_map_.get(
                    _raw_ranker
                ) or FileSearchServerToolRankingOptionsRanker._parse(_raw_ranker)

            score_threshold = d.get("score_threshold", UNSET)

        except FieldParseError as error:
            raise error.within("FileSearchServerToolRankingOptions", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("FileSearchServerToolRankingOptions", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        file_search_server_tool_ranking_options = cls(
            ranker,
            score_threshold,
        )

        if not _DECLARED_KEYS.issuperset(d):
            file_search_server_tool_ranking_options.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return file_search_server_tool_ranking_options

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
