from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_inputs_option_2_item_message_phase_type_0 import BaseInputsOption2ItemMessagePhaseType0
from ..models.base_inputs_option_2_item_message_phase_type_1 import BaseInputsOption2ItemMessagePhaseType1
from ..models.base_inputs_option_2_item_message_role_type_0 import BaseInputsOption2ItemMessageRoleType0
from ..models.base_inputs_option_2_item_message_role_type_1 import BaseInputsOption2ItemMessageRoleType1
from ..models.base_inputs_option_2_item_message_role_type_2 import BaseInputsOption2ItemMessageRoleType2
from ..models.base_inputs_option_2_item_message_role_type_3 import BaseInputsOption2ItemMessageRoleType3
from ..models.base_inputs_option_2_item_message_type import BaseInputsOption2ItemMessageType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.input_audio import InputAudio
    from ..models.input_file import InputFile
    from ..models.input_image import InputImage
    from ..models.input_text import InputText

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, InputAudio, InputFile, InputImage, InputText
    if _lazy_imports_resolved:
        return
    from ..models.input_audio import InputAudio  # noqa: PLC0415
    from ..models.input_file import InputFile  # noqa: PLC0415
    from ..models.input_image import InputImage  # noqa: PLC0415
    from ..models.input_text import InputText  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="BaseInputsOption2ItemMessage")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"content", "role", "phase", "type"})


@_attrs_define(repr=False)
class BaseInputsOption2ItemMessage:
    """
    Attributes:
        content (list[InputAudio | InputFile | InputImage | InputText] | str):
        role (BaseInputsOption2ItemMessageRoleType0 | BaseInputsOption2ItemMessageRoleType1 |
            BaseInputsOption2ItemMessageRoleType2 | BaseInputsOption2ItemMessageRoleType3):
        phase (BaseInputsOption2ItemMessagePhaseType0 | BaseInputsOption2ItemMessagePhaseType1 | None | Unset):
        type_ (BaseInputsOption2ItemMessageType | Unset):
    """

    _content: list[InputAudio | InputFile | InputImage | InputText] | str = _attrs_field(alias="content")
    _role: (
        BaseInputsOption2ItemMessageRoleType0
        | BaseInputsOption2ItemMessageRoleType1
        | BaseInputsOption2ItemMessageRoleType2
        | BaseInputsOption2ItemMessageRoleType3
    ) = _attrs_field(alias="role")
    phase: BaseInputsOption2ItemMessagePhaseType0 | BaseInputsOption2ItemMessagePhaseType1 | None | Unset = UNSET
    type_: BaseInputsOption2ItemMessageType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def content(self) -> list[InputAudio | InputFile | InputImage | InputText] | str:
        value: Any = self._content
        if value is UNSET:
            raise MissingFieldError("BaseInputsOption2ItemMessage", "content")
        return value

    @content.setter
    def content(self, value: list[InputAudio | InputFile | InputImage | InputText] | str) -> None:
        self._content = value

    @property
    def role(
        self,
    ) -> (
        BaseInputsOption2ItemMessageRoleType0
        | BaseInputsOption2ItemMessageRoleType1
        | BaseInputsOption2ItemMessageRoleType2
        | BaseInputsOption2ItemMessageRoleType3
    ):
        value: Any = self._role
        if value is UNSET:
            raise MissingFieldError("BaseInputsOption2ItemMessage", "role")
        return value

    @role.setter
    def role(
        self,
        value: BaseInputsOption2ItemMessageRoleType0
        | BaseInputsOption2ItemMessageRoleType1
        | BaseInputsOption2ItemMessageRoleType2
        | BaseInputsOption2ItemMessageRoleType3,
    ) -> None:
        self._role = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"content={self._content!r}, "
            f"role={self._role!r}, "
            f"phase={self.phase!r}, "
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        content: Any = self._content
        if not (isinstance(content, Unset) or content is None):
            if isinstance(self._content, list):
                content = []
                for content_type_0_item_data in self._content:
                    content_type_0_item: dict[str, Any]
                    if isinstance(content_type_0_item_data, InputText):
                        content_type_0_item = content_type_0_item_data.to_dict()
                    elif isinstance(content_type_0_item_data, InputImage):
                        content_type_0_item = content_type_0_item_data.to_dict()
                    elif isinstance(content_type_0_item_data, InputFile):
                        content_type_0_item = content_type_0_item_data.to_dict()
                    else:
                        content_type_0_item = content_type_0_item_data.to_dict()

                    content.append(content_type_0_item)

            else:
                content = self._content

        role: Any = self._role
        if not (isinstance(role, Unset) or role is None):
            if isinstance(self._role, BaseInputsOption2ItemMessageRoleType0):
                role = self._role.value
            elif isinstance(self._role, BaseInputsOption2ItemMessageRoleType1):
                role = self._role.value
            elif isinstance(self._role, BaseInputsOption2ItemMessageRoleType2):
                role = self._role.value
            else:
                role = self._role.value

        phase: Any = self.phase
        if not (isinstance(phase, Unset) or phase is None):
            if isinstance(self.phase, BaseInputsOption2ItemMessagePhaseType0):
                phase = self.phase.value
            elif isinstance(self.phase, BaseInputsOption2ItemMessagePhaseType1):
                phase = self.phase.value
            else:
                phase = self.phase

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content is not UNSET:
            field_dict["content"] = content
        if role is not UNSET:
            field_dict["role"] = role
        if phase is not UNSET:
            field_dict["phase"] = phase
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of BaseInputsOption2ItemMessage and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content" not in data:
            return False
        if "role" not in data:
            return False
        if "type" in data and not BaseInputsOption2ItemMessageType.is_known(data["type"]):
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
                    f"BaseInputsOption2ItemMessage is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "content"
            _raw_content = d.get("content", UNSET)
            content: Any = _raw_content
            if _raw_content is not None and _raw_content is not UNSET:
                content = _parse_content(_raw_content)

            _field = "role"
            _raw_role = d.get("role", UNSET)
            role: Any = _raw_role
            if _raw_role is not None and _raw_role is not UNSET:
                role = _parse_role(_raw_role)

            _field = "phase"
            _raw_phase = d.get("phase", UNSET)
            phase: Any = _raw_phase
            if _raw_phase is not None and _raw_phase is not UNSET:
                phase = _parse_phase(_raw_phase)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = BaseInputsOption2ItemMessageType._value2member_map_.get(
                    _raw_type_
                ) or BaseInputsOption2ItemMessageType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("BaseInputsOption2ItemMessage", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("BaseInputsOption2ItemMessage", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        base_inputs_option_2_item_message = cls(
            content,
            role,
            phase,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            base_inputs_option_2_item_message.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return base_inputs_option_2_item_message

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


BaseInputsOption2ItemMessage.__annotations__ = ResolvingAnnotations(
    BaseInputsOption2ItemMessage.__annotations__, _resolve_lazy_imports
)


def _parse_content(data: object) -> list[InputAudio | InputFile | InputImage | InputText] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_0 = [_parse_content_type_0_item(content_type_0_item_data) for content_type_0_item_data in data]

        return content_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[InputAudio | InputFile | InputImage | InputText] | str", data)


def _parse_content_type_0_item(data: object) -> InputAudio | InputFile | InputImage | InputText:
    if InputText._matches(data):
        try:
            content_type_0_item_type_0 = InputText.from_dict(data)

            return content_type_0_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if InputImage._matches(data):
        try:
            content_type_0_item_type_1 = InputImage.from_dict(data)

            return content_type_0_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if InputFile._matches(data):
        try:
            content_type_0_item_type_2 = InputFile.from_dict(data)

            return content_type_0_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if InputAudio._matches(data):
        try:
            content_type_0_item_type_3 = InputAudio.from_dict(data)

            return content_type_0_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_0_item_type_0 = InputText.from_dict(data)

        return content_type_0_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_0_item_type_1 = InputImage.from_dict(data)

        return content_type_0_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_0_item_type_2 = InputFile.from_dict(data)

        return content_type_0_item_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    content_type_0_item_type_3 = InputAudio.from_dict(data)

    return content_type_0_item_type_3


def _parse_role(
    data: object,
) -> (
    BaseInputsOption2ItemMessageRoleType0
    | BaseInputsOption2ItemMessageRoleType1
    | BaseInputsOption2ItemMessageRoleType2
    | BaseInputsOption2ItemMessageRoleType3
):
    if BaseInputsOption2ItemMessageRoleType0.is_known(data):
        try:
            role_type_0 = BaseInputsOption2ItemMessageRoleType0._value2member_map_.get(
                data
            ) or BaseInputsOption2ItemMessageRoleType0._parse(data)

            return role_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if BaseInputsOption2ItemMessageRoleType1.is_known(data):
        try:
            role_type_1 = BaseInputsOption2ItemMessageRoleType1._value2member_map_.get(
                data
            ) or BaseInputsOption2ItemMessageRoleType1._parse(data)

            return role_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if BaseInputsOption2ItemMessageRoleType2.is_known(data):
        try:
            role_type_2 = BaseInputsOption2ItemMessageRoleType2._value2member_map_.get(
                data
            ) or BaseInputsOption2ItemMessageRoleType2._parse(data)

            return role_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if BaseInputsOption2ItemMessageRoleType3.is_known(data):
        try:
            role_type_3 = BaseInputsOption2ItemMessageRoleType3._value2member_map_.get(
                data
            ) or BaseInputsOption2ItemMessageRoleType3._parse(data)

            return role_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        role_type_0 = BaseInputsOption2ItemMessageRoleType0._value2member_map_.get(
            data
        ) or BaseInputsOption2ItemMessageRoleType0._parse(data)

        return role_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        role_type_1 = BaseInputsOption2ItemMessageRoleType1._value2member_map_.get(
            data
        ) or BaseInputsOption2ItemMessageRoleType1._parse(data)

        return role_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        role_type_2 = BaseInputsOption2ItemMessageRoleType2._value2member_map_.get(
            data
        ) or BaseInputsOption2ItemMessageRoleType2._parse(data)

        return role_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, str):
        raise TypeError()
    role_type_3 = BaseInputsOption2ItemMessageRoleType3._value2member_map_.get(
        data
    ) or BaseInputsOption2ItemMessageRoleType3._parse(data)

    return role_type_3


def _parse_phase(
    data: object,
) -> BaseInputsOption2ItemMessagePhaseType0 | BaseInputsOption2ItemMessagePhaseType1 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if BaseInputsOption2ItemMessagePhaseType0.is_known(data):
        try:
            phase_type_0 = BaseInputsOption2ItemMessagePhaseType0._value2member_map_.get(
                data
            ) or BaseInputsOption2ItemMessagePhaseType0._parse(data)

            return phase_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if BaseInputsOption2ItemMessagePhaseType1.is_known(data):
        try:
            phase_type_1 = BaseInputsOption2ItemMessagePhaseType1._value2member_map_.get(
                data
            ) or BaseInputsOption2ItemMessagePhaseType1._parse(data)

            return phase_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        phase_type_0 = BaseInputsOption2ItemMessagePhaseType0._value2member_map_.get(
            data
        ) or BaseInputsOption2ItemMessagePhaseType0._parse(data)

        return phase_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        phase_type_1 = BaseInputsOption2ItemMessagePhaseType1._value2member_map_.get(
            data
        ) or BaseInputsOption2ItemMessagePhaseType1._parse(data)

        return phase_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("BaseInputsOption2ItemMessagePhaseType0 | BaseInputsOption2ItemMessagePhaseType1 | None | Unset", data)
