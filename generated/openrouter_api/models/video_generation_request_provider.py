from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.provider_options import ProviderOptions

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ProviderOptions
    if _lazy_imports_resolved:
        return
    from ..models.provider_options import ProviderOptions  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="VideoGenerationRequestProvider")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"options"})


@_attrs_define(repr=False)
class VideoGenerationRequestProvider:
    """Provider-specific passthrough configuration

    Attributes:
        options (ProviderOptions | Unset): Provider-specific options keyed by provider slug. Only options for the
            matched provider are forwarded; the rest are ignored. Unrecognized keys are silently dropped. Example:
            {'openai': {'max_tokens': 1000}}.
    """

    options: ProviderOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(options={self.options!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        options: Any = self.options
        if not (isinstance(options, Unset) or options is None):
            options = options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of VideoGenerationRequestProvider and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"VideoGenerationRequestProvider is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "options"
            _raw_options = d.get("options", UNSET)
            options: Any = _raw_options
            if _raw_options is not None and _raw_options is not UNSET:
                options = ProviderOptions.from_dict(_raw_options)

        except FieldParseError as error:
            raise error.within("VideoGenerationRequestProvider", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("VideoGenerationRequestProvider", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        video_generation_request_provider = cls(
            options,
        )

        if not _DECLARED_KEYS.issuperset(d):
            video_generation_request_provider.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return video_generation_request_provider

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


VideoGenerationRequestProvider.__annotations__ = ResolvingAnnotations(
    VideoGenerationRequestProvider.__annotations__, _resolve_lazy_imports
)
