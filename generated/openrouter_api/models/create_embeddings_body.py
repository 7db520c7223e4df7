from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_embeddings_body_encoding_format import CreateEmbeddingsBodyEncodingFormat
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.create_embeddings_body_input_type_4_item import CreateEmbeddingsBodyInputType4Item
    from ..models.provider_preferences import ProviderPreferences

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, CreateEmbeddingsBodyInputType4Item, ProviderPreferences
    if _lazy_imports_resolved:
        return
    from ..models.create_embeddings_body_input_type_4_item import CreateEmbeddingsBodyInputType4Item  # noqa: PLC0415
    from ..models.provider_preferences import ProviderPreferences  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="CreateEmbeddingsBody")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"input", "model", "dimensions", "encoding_format", "input_type", "provider", "user"}
)


@_attrs_define(repr=False)
class CreateEmbeddingsBody:
    """Embeddings request input

    Example:
        {'dimensions': 1536, 'input': 'The quick brown fox jumps over the lazy dog', 'model': 'openai/text-
            embedding-3-small'}

    Attributes:
        input_ (list[CreateEmbeddingsBodyInputType4Item] | list[float] | list[list[float]] | list[str] | str): Text,
            token, or multimodal input(s) to embed Example: The quick brown fox jumps over the lazy dog.
        model (str): The model to use for embeddings Example: openai/text-embedding-3-small.
        dimensions (int | Unset): The number of dimensions for the output embeddings Example: 1536.
        encoding_format (CreateEmbeddingsBodyEncodingFormat | Unset): The format of the output embeddings Example:
            float.
        input_type (str | Unset): The type of input (e.g. search_query, search_document) Example: search_query.
        provider (None | ProviderPreferences | Unset): Provider routing preferences for the request.
        user (str | Unset): A unique identifier for the end-user Example: user-1234.
    """

    _input_: list[CreateEmbeddingsBodyInputType4Item] | list[float] | list[list[float]] | list[str] | str = (
        _attrs_field(alias="input_")
    )
    _model: str = _attrs_field(alias="model")
    dimensions: int | Unset = UNSET
    encoding_format: CreateEmbeddingsBodyEncodingFormat | Unset = UNSET
    input_type: str | Unset = UNSET
    provider: None | ProviderPreferences | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def input_(self) -> list[CreateEmbeddingsBodyInputType4Item] | list[float] | list[list[float]] | list[str] | str:
        value: Any = self._input_
        if value is UNSET:
            raise MissingFieldError("CreateEmbeddingsBody", "input")
        return value

    @input_.setter
    def input_(
        self, value: list[CreateEmbeddingsBodyInputType4Item] | list[float] | list[list[float]] | list[str] | str
    ) -> None:
        self._input_ = value

    @property
    def model(self) -> str:
        value: Any = self._model
        if value is UNSET:
            raise MissingFieldError("CreateEmbeddingsBody", "model")
        return value

    @model.setter
    def model(self, value: str) -> None:
        self._model = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"input_={self._input_!r}, "
            f"model={self._model!r}, "
            f"dimensions={self.dimensions!r}, "
            f"encoding_format={self.encoding_format!r}, "
            f"input_type={self.input_type!r}, "
            f"provider={self.provider!r}, "
            f"user={self.user!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        input_: Any = self._input_
        if not (isinstance(input_, Unset) or input_ is None):
            if isinstance(self._input_, list):
                input_ = self._input_

            elif isinstance(self._input_, list):
                input_ = self._input_

            elif isinstance(self._input_, list):
                input_ = []
                for input_type_3_item_data in self._input_:
                    input_type_3_item = input_type_3_item_data

                    input_.append(input_type_3_item)

            elif isinstance(self._input_, list):
                input_ = []
                for input_type_4_item_data in self._input_:
                    input_type_4_item = input_type_4_item_data.to_dict()
                    input_.append(input_type_4_item)

            else:
                input_ = self._input_

        model: Any = self._model

        dimensions: Any = self.dimensions

        encoding_format: Any = self.encoding_format
        if not (isinstance(encoding_format, Unset) or encoding_format is None):
            encoding_format = encoding_format.value

        input_type: Any = self.input_type

        provider: Any = self.provider
        if not (isinstance(provider, Unset) or provider is None):
            if isinstance(self.provider, ProviderPreferences):
                provider = self.provider.to_dict()
            else:
                provider = self.provider

        user: Any = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if input_ is not UNSET:
            field_dict["input"] = input_
        if model is not UNSET:
            field_dict["model"] = model
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if encoding_format is not UNSET:
            field_dict["encoding_format"] = encoding_format
        if input_type is not UNSET:
            field_dict["input_type"] = input_type
        if provider is not UNSET:
            field_dict["provider"] = provider
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateEmbeddingsBody and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "input" not in data:
            return False
        if "model" not in data:
            return False
        if "encoding_format" in data and not CreateEmbeddingsBodyEncodingFormat.is_known(data["encoding_format"]):
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
                    f"CreateEmbeddingsBody is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "input"
            _raw_input_ = d.get("input", UNSET)
            input_: Any = _raw_input_
            if _raw_input_ is not None and _raw_input_ is not UNSET:
                input_ = _parse_input_(_raw_input_)

            model = d.get("model", UNSET)

            dimensions = d.get("dimensions", UNSET)

            _field = "encoding_format"
            _raw_encoding_format = d.get("encoding_format", UNSET)
            encoding_format: Any = _raw_encoding_format
            if _raw_encoding_format is not None and _raw_encoding_format is not UNSET:
                encoding_format = CreateEmbeddingsBodyEncodingFormat._value2member_map_.get(
                    _raw_encoding_format
                ) or CreateEmbeddingsBodyEncodingFormat._parse(_raw_encoding_format)

            input_type = d.get("input_type", UNSET)

            _field = "provider"
            _raw_provider = d.get("provider", UNSET)
            provider: Any = _raw_provider
            if _raw_provider is not None and _raw_provider is not UNSET:
                provider = (
                    ProviderPreferences.from_dict(_raw_provider)
                    if type(_raw_provider) is dict
                    else _parse_provider(_raw_provider)
                )

            user = d.get("user", UNSET)

        except FieldParseError as error:
            raise error.within("CreateEmbeddingsBody", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CreateEmbeddingsBody", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        create_embeddings_body = cls(
            input_,
            model,
            dimensions,
            encoding_format,
            input_type,
            provider,
            user,
        )

        if not _DECLARED_KEYS.issuperset(d):
            create_embeddings_body.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return create_embeddings_body

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


CreateEmbeddingsBody.__annotations__ = ResolvingAnnotations(CreateEmbeddingsBody.__annotations__, _resolve_lazy_imports)


def _parse_input_(
    data: object,
) -> list[CreateEmbeddingsBodyInputType4Item] | list[float] | list[list[float]] | list[str] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        input_type_1 = cast("list[str]", data)

        return input_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, list):
            raise TypeError()
        input_type_2 = cast("list[float]", data)

        return input_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, list):
            raise TypeError()
        input_type_3 = [cast("list[float]", input_type_3_item_data) for input_type_3_item_data in data]

        return input_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, list):
            raise TypeError()
        input_type_4 = [
            CreateEmbeddingsBodyInputType4Item.from_dict(input_type_4_item_data) for input_type_4_item_data in data
        ]

        return input_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[CreateEmbeddingsBodyInputType4Item] | list[float] | list[list[float]] | list[str] | str", data)


def _parse_provider(data: object) -> None | ProviderPreferences | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ProviderPreferences._matches(data):
        try:
            provider_type_0 = ProviderPreferences.from_dict(data)

            return provider_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        provider_type_0 = ProviderPreferences.from_dict(data)

        return provider_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ProviderPreferences | Unset", data)
