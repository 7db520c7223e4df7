from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_embeddings_request_encoding_format import CreateEmbeddingsRequestEncodingFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embeddings_multimodal_input import EmbeddingsMultimodalInput
    from ..models.provider_preferences import ProviderPreferences

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, EmbeddingsMultimodalInput, ProviderPreferences
    from ..models.embeddings_multimodal_input import EmbeddingsMultimodalInput  # noqa: PLC0415
    from ..models.provider_preferences import ProviderPreferences  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="CreateEmbeddingsRequest")


@_attrs_define
class CreateEmbeddingsRequest:
    """The body of an embeddings request.

    Example:
        {'model': 'openai/text-embedding-3-small', 'input': 'The quick brown fox jumps over the lazy dog'}

    Attributes:
        input_ (list[EmbeddingsMultimodalInput] | list[int] | list[list[int]] | list[str] | str): What to embed. A
            string, a list of strings, token ids, lists of token ids, or multimodal inputs.
        model (str): A model slug, optionally with a variant suffix such as :nitro, :floor, :free, :exacto, :thinking or
            :online. Example: openai/gpt-4o.
        encoding_format (CreateEmbeddingsRequestEncodingFormat | Unset): float (the default) returns arrays of numbers;
            base64 returns packed float32 strings.
        dimensions (int | Unset): Length of the output vectors, for models that can shorten them.
        user (str | Unset):
        provider (None | ProviderPreferences | Unset):
        input_type (str | Unset): What the input is for (such as search_query or search_document), for models that embed
            queries and documents differently.
    """

    input_: list[EmbeddingsMultimodalInput] | list[int] | list[list[int]] | list[str] | str
    model: str
    encoding_format: CreateEmbeddingsRequestEncodingFormat | Unset = UNSET
    dimensions: int | Unset = UNSET
    user: str | Unset = UNSET
    provider: None | ProviderPreferences | Unset = UNSET
    input_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        input_: Any = self.input_
        if not (isinstance(input_, Unset) or input_ is None):
            if isinstance(self.input_, list):
                input_ = self.input_

            elif isinstance(self.input_, list):
                input_ = self.input_

            elif isinstance(self.input_, list):
                input_ = []
                for componentsschemas_embeddings_input_type_3_item_data in self.input_:
                    componentsschemas_embeddings_input_type_3_item = componentsschemas_embeddings_input_type_3_item_data

                    input_.append(componentsschemas_embeddings_input_type_3_item)

            elif isinstance(self.input_, list):
                input_ = []
                for componentsschemas_embeddings_input_type_4_item_data in self.input_:
                    componentsschemas_embeddings_input_type_4_item = (
                        componentsschemas_embeddings_input_type_4_item_data.to_dict()
                    )
                    input_.append(componentsschemas_embeddings_input_type_4_item)

            else:
                input_ = self.input_

        model: Any = self.model

        encoding_format: Any = self.encoding_format
        if not (isinstance(encoding_format, Unset) or encoding_format is None):
            encoding_format = UNSET
            if not isinstance(self.encoding_format, Unset):
                encoding_format = self.encoding_format.value

        dimensions: Any = self.dimensions

        user: Any = self.user

        provider: Any = self.provider
        if not (isinstance(provider, Unset) or provider is None):
            if isinstance(self.provider, Unset):
                provider = UNSET
            elif isinstance(self.provider, ProviderPreferences):
                provider = self.provider.to_dict()
            else:
                provider = self.provider

        input_type: Any = self.input_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if input_ is not UNSET:
            field_dict["input"] = input_
        if model is not UNSET:
            field_dict["model"] = model
        if encoding_format is not UNSET:
            field_dict["encoding_format"] = encoding_format
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if user is not UNSET:
            field_dict["user"] = user
        if provider is not UNSET:
            field_dict["provider"] = provider
        if input_type is not UNSET:
            field_dict["input_type"] = input_type

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateEmbeddingsRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "input" not in data:
            return False
        if "model" not in data:
            return False
        if "encoding_format" in data and not CreateEmbeddingsRequestEncodingFormat.is_known(data["encoding_format"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_input_ = d.pop("input", UNSET)
        input_: Any = _raw_input_
        if _raw_input_ is not None and _raw_input_ is not UNSET:
            input_ = _parse_input_(_raw_input_)

        model = d.pop("model", UNSET)

        _raw_encoding_format = d.pop("encoding_format", UNSET)
        encoding_format: Any = _raw_encoding_format
        if _raw_encoding_format is not None and _raw_encoding_format is not UNSET:
            _encoding_format = _raw_encoding_format
            encoding_format: CreateEmbeddingsRequestEncodingFormat | Unset
            if isinstance(_encoding_format, Unset):
                encoding_format = UNSET
            else:
                encoding_format = CreateEmbeddingsRequestEncodingFormat._parse(_encoding_format)

        dimensions = d.pop("dimensions", UNSET)

        user = d.pop("user", UNSET)

        _raw_provider = d.pop("provider", UNSET)
        provider: Any = _raw_provider
        if _raw_provider is not None and _raw_provider is not UNSET:
            provider = _parse_provider(_raw_provider)

        input_type = d.pop("input_type", UNSET)

        create_embeddings_request = cls(
            input_=input_,
            model=model,
            encoding_format=encoding_format,
            dimensions=dimensions,
            user=user,
            provider=provider,
            input_type=input_type,
        )

        create_embeddings_request.additional_properties = d
        return create_embeddings_request

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


def _parse_input_(data: object) -> list[EmbeddingsMultimodalInput] | list[int] | list[list[int]] | list[str] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        componentsschemas_embeddings_input_type_1 = cast("list[str]", data)

        return componentsschemas_embeddings_input_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, list):
            raise TypeError()
        componentsschemas_embeddings_input_type_2 = cast("list[int]", data)

        return componentsschemas_embeddings_input_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, list):
            raise TypeError()
        componentsschemas_embeddings_input_type_3 = []
        _componentsschemas_embeddings_input_type_3 = data
        for componentsschemas_embeddings_input_type_3_item_data in _componentsschemas_embeddings_input_type_3:
            componentsschemas_embeddings_input_type_3_item = cast(
                "list[int]", componentsschemas_embeddings_input_type_3_item_data
            )

            componentsschemas_embeddings_input_type_3.append(componentsschemas_embeddings_input_type_3_item)

        return componentsschemas_embeddings_input_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, list):
            raise TypeError()
        componentsschemas_embeddings_input_type_4 = []
        _componentsschemas_embeddings_input_type_4 = data
        for componentsschemas_embeddings_input_type_4_item_data in _componentsschemas_embeddings_input_type_4:
            componentsschemas_embeddings_input_type_4_item = EmbeddingsMultimodalInput.from_dict(
                componentsschemas_embeddings_input_type_4_item_data
            )

            componentsschemas_embeddings_input_type_4.append(componentsschemas_embeddings_input_type_4_item)

        return componentsschemas_embeddings_input_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[EmbeddingsMultimodalInput] | list[int] | list[list[int]] | list[str] | str", data)


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
