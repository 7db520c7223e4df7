"""Generated types that do not lie: what a required field the body left out does, what an enum value the spec
does not list looks like, type hints that resolve without a parse first, and what a user's type checker sees."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import attrs
import pytest
from mypy import api as mypy_api

from openrouter_api.models.chat_result import ChatResult
from openrouter_api.models.quantization import Quantization
from openrouter_api.types import UNSET, MissingFieldError, Unset

ROOT = Path(__file__).resolve().parents[2]
MODELS = ROOT / "generated" / "openrouter_api" / "models"


def test_a_missing_required_field_raises_a_clear_error_when_read() -> None:
    result = ChatResult.from_dict({"id": "gen-1", "extra": True})
    assert result.id == "gen-1"
    with pytest.raises(MissingFieldError) as info:
        _ = result.choices
    assert str(info.value) == "ChatResult.choices is missing: the body did not include this required field"
    assert isinstance(info.value, AttributeError)
    assert getattr(result, "choices", "fallback") == "fallback"
    # Nothing of the body is lost, and the model stays usable as a value.
    assert result.to_dict() == {"id": "gen-1", "extra": True}
    assert result == ChatResult.from_dict({"id": "gen-1", "extra": True})
    assert repr(result).startswith("ChatResult(choices=UNSET, created=UNSET, id='gen-1'")


def test_required_fields_keep_their_public_names_for_construction_and_evolve() -> None:
    result = ChatResult.from_dict({"id": "gen-1"})
    changed = attrs.evolve(result, id="gen-2", model="m")
    assert (changed.id, changed.model) == ("gen-2", "m")
    changed.model = "other"
    assert changed.model == "other"
    assert result.id == "gen-1"


def test_wire_name_is_in_the_error_when_it_differs_from_the_attribute() -> None:
    result = ChatResult.from_dict({})
    with pytest.raises(MissingFieldError, match=r"^ChatResult\.object is missing") as info:
        _ = result.object_
    assert info.value.field == "object"


def test_an_unlisted_enum_value_keeps_its_string_and_never_looks_like_a_listed_member() -> None:
    value = Quantization("fp2")
    assert value == "fp2"
    assert value.value == "fp2"
    assert str(value) == "fp2"
    # The spec lists a member called UNKNOWN ("unknown"): the unlisted value must not pass for it.
    assert Quantization.UNKNOWN.value == "unknown"
    assert value != Quantization.UNKNOWN
    assert value.name == "unlisted('fp2')"
    assert "UNKNOWN" not in repr(value)
    assert repr(value) == "<Quantization 'fp2' (not listed in the spec)>"
    assert repr(Quantization.UNKNOWN) == "<Quantization.UNKNOWN: 'unknown'>"
    assert not Quantization.is_known(value)
    assert Quantization("fp8") is Quantization.FP8


def test_type_hints_resolve_in_a_fresh_interpreter_before_any_parse() -> None:
    script = textwrap.dedent(
        """
        import inspect, typing
        import attrs
        from openrouter_api.models.chat_result import ChatResult
        from openrouter_api.models.chat_choice import ChatChoice
        from openrouter_api.models.chat_usage import ChatUsage
        from openrouter_api.types import Unset

        hints = typing.get_type_hints(ChatResult)
        assert hints["_choices"] == list[ChatChoice], hints["_choices"]
        assert hints["usage"] == ChatUsage | Unset, hints["usage"]
        assert inspect.get_annotations(ChatResult, eval_str=True)["_choices"] == list[ChatChoice]
        attrs.resolve_types(ChatResult)
        assert attrs.fields(ChatResult).usage.type == ChatUsage | Unset
        print("resolved")
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "resolved"


def test_what_a_type_checker_sees(tmp_path: Path) -> None:
    user_code = tmp_path / "user_code.py"
    user_code.write_text(
        textwrap.dedent(
            """
            from openrouter_api.models.chat_result import ChatResult

            result = ChatResult.from_dict({})
            reveal_type(result.choices)
            reveal_type(result.id)
            reveal_type(result.usage)
            reveal_type(result.system_fingerprint)
            """
        ),
        encoding="utf-8",
    )
    stdout, stderr, status = mypy_api.run(
        ["--strict", "--no-incremental", "--follow-imports=silent", "--python-version", "3.10", str(user_code)]
    )
    revealed = re.findall(r'Revealed type is "([^"]+)"', stdout)
    assert revealed == [
        "list[openrouter_api.models.chat_choice.ChatChoice]",  # required: never UNSET when it returns
        "str",
        "openrouter_api.models.chat_usage.ChatUsage | openrouter_api.types.Unset",  # optional: UNSET is real
        "None | str",  # required and nullable
    ], stdout + stderr
    assert status == 0, stdout + stderr
    assert "error:" not in stdout


def test_no_model_checks_for_unset_twice() -> None:
    """Each value is checked for UNSET once, where it is read; the property templates add no second check."""
    guards = re.compile(r"isinstance\((?:self\.)?_?\w+, Unset\)")
    outer = re.compile(r"if not \(isinstance\((\w+), Unset\) or \1 is None\):")
    doubled = []
    for path in sorted(MODELS.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        for body in re.findall(r"def (?:to_dict|from_dict)\(.*?(?=\n    def |\n    @|\Z)", text, re.DOTALL):
            if len(guards.findall(body)) != len(outer.findall(body)):
                doubled.append(path.name)
                break
    assert doubled == []


def test_unset_is_the_one_sentinel() -> None:
    assert isinstance(UNSET, Unset)
    assert not UNSET
    assert repr(UNSET) == "UNSET"


def test_a_value_of_the_wrong_shape_raises_an_error_naming_the_field() -> None:
    from openrouter_api.types import FieldParseError

    with pytest.raises(FieldParseError) as info:
        ChatResult.from_dict({"id": "gen-1", "choices": "none"})
    assert info.value.path == ["ChatResult.choices"]
    assert str(info.value) == (
        "cannot parse ChatResult.choices: TypeError: ChatChoice is built from a JSON object, not str 'n'"
    )
    with pytest.raises(FieldParseError, match=r"^cannot parse ChatResult\.choices > ChatChoice\.message: "):
        ChatResult.from_dict({"id": "gen-1", "choices": [{"index": 0, "message": ["not", "an", "object"]}]})
    assert isinstance(info.value, ValueError)


def test_a_non_object_body_is_refused_with_the_model_named() -> None:
    with pytest.raises(TypeError, match=r"^ChatResult is built from a JSON object, not list \['x'\]$"):
        ChatResult.from_dict(["x"])  # type: ignore[arg-type]
