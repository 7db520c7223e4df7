from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_generation_response_status import VideoGenerationResponseStatus
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.video_generation_usage import VideoGenerationUsage

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, VideoGenerationUsage
    if _lazy_imports_resolved:
        return
    from ..models.video_generation_usage import VideoGenerationUsage  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="VideoGenerationResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"id", "polling_url", "status", "error", "generation_id", "unsigned_urls", "usage"}
)


@_attrs_define(repr=False)
class VideoGenerationResponse:
    """
    Example:
        {'generation_id': 'gen-xyz789', 'id': 'job-abc123', 'polling_url': '/api/v1/videos/job-abc123', 'status':
            'pending'}

    Attributes:
        id (str):
        polling_url (str):
        status (VideoGenerationResponseStatus):
        error (str | Unset):
        generation_id (str | Unset): The generation ID associated with this video generation job. Available once the job
            has been processed.
        unsigned_urls (list[str] | Unset):
        usage (VideoGenerationUsage | Unset): Usage and cost information for the video generation. Available once the
            job has completed. Example: {'cost': 0.5, 'is_byok': False}.
    """

    _id: str = _attrs_field(alias="id")
    _polling_url: str = _attrs_field(alias="polling_url")
    _status: VideoGenerationResponseStatus = _attrs_field(alias="status")
    error: str | Unset = UNSET
    generation_id: str | Unset = UNSET
    unsigned_urls: list[str] | Unset = UNSET
    usage: VideoGenerationUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("VideoGenerationResponse", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def polling_url(self) -> str:
        value: Any = self._polling_url
        if value is UNSET:
            raise MissingFieldError("VideoGenerationResponse", "polling_url")
        return value

    @polling_url.setter
    def polling_url(self, value: str) -> None:
        self._polling_url = value

    @property
    def status(self) -> VideoGenerationResponseStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("VideoGenerationResponse", "status")
        return value

    @status.setter
    def status(self, value: VideoGenerationResponseStatus) -> None:
        self._status = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"id={self._id!r}, "
            f"polling_url={self._polling_url!r}, "
            f"status={self._status!r}, "
            f"error={self.error!r}, "
            f"generation_id={self.generation_id!r}, "
            f"unsigned_urls={self.unsigned_urls!r}, "
            f"usage={self.usage!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        id: Any = self._id

        polling_url: Any = self._polling_url

        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        error: Any = self.error

        generation_id: Any = self.generation_id

        unsigned_urls: Any = self.unsigned_urls
        if not (isinstance(unsigned_urls, Unset) or unsigned_urls is None):
            unsigned_urls = self.unsigned_urls

        usage: Any = self.usage
        if not (isinstance(usage, Unset) or usage is None):
            usage = usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if polling_url is not UNSET:
            field_dict["polling_url"] = polling_url
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if generation_id is not UNSET:
            field_dict["generation_id"] = generation_id
        if unsigned_urls is not UNSET:
            field_dict["unsigned_urls"] = unsigned_urls
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of VideoGenerationResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "polling_url" not in data:
            return False
        if "status" not in data:
            return False
        if "status" in data and not VideoGenerationResponseStatus.is_known(data["status"]):
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
                    f"VideoGenerationResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            id = d.get("id", UNSET)

            polling_url = d.get("polling_url", UNSET)

            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = VideoGenerationResponseStatus._value2member_map_.get(
                    _raw_status
                ) or VideoGenerationResponseStatus._parse(_raw_status)

            error = d.get("error", UNSET)

            generation_id = d.get("generation_id", UNSET)

            _field = "unsigned_urls"
            _raw_unsigned_urls = d.get("unsigned_urls", UNSET)
            unsigned_urls: Any = _raw_unsigned_urls
            if _raw_unsigned_urls is not None and _raw_unsigned_urls is not UNSET:
                unsigned_urls = cast("list[str]", _raw_unsigned_urls)

            _field = "usage"
            _raw_usage = d.get("usage", UNSET)
            usage: Any = _raw_usage
            if _raw_usage is not None and _raw_usage is not UNSET:
                usage = VideoGenerationUsage.from_dict(_raw_usage)

        except FieldParseError as error:
            raise error.within("VideoGenerationResponse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("VideoGenerationResponse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        video_generation_response = cls(
            id,
            polling_url,
            status,
            error,
            generation_id,
            unsigned_urls,
            usage,
        )

        if not _DECLARED_KEYS.issuperset(d):
            video_generation_response.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return video_generation_response

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


VideoGenerationResponse.__annotations__ = ResolvingAnnotations(
    VideoGenerationResponse.__annotations__, _resolve_lazy_imports
)
