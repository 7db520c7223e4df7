"""Without Pydantic: the other kinds of format work, and a Pydantic model's error names the extra.

A subprocess blocks `import pydantic` with a meta path finder, as if the package were not installed.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pydantic.v1
import pytest

from openrouter_ext.structured import ExtraNotInstalledError, output_spec

ROOT = Path(__file__).resolve().parents[2]

BLOCK = """
import sys

class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("pydantic", "pydantic_core"):
            raise ImportError("No module named " + repr(name))
        return None

sys.meta_path.insert(0, Block())
"""


def run(body: str) -> subprocess.CompletedProcess[str]:
    script = BLOCK + textwrap.dedent(body)
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=False)


def test_dataclasses_typeddicts_attrs_and_schema_dicts_work_without_pydantic() -> None:
    out = run(
        """
        import dataclasses, typing, attrs
        from openrouter_ext.structured import output_spec, tool

        @dataclasses.dataclass
        class A:
            x: int

        class B(typing.TypedDict):
            x: int

        @attrs.define
        class C:
            x: int

        for kind in (A, B, C, {"type": "object", "properties": {"x": {"type": "integer"}}}):
            print(output_spec(kind).parse_text('{"x": 1}'))

        def f(a: A) -> None: ...
        print(tool(f).parameters["properties"]["a"])
        print("pydantic" in sys.modules)
        """
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [
        "A(x=1)",
        "{'x': 1}",
        "C(x=1)",
        "{'x': 1}",
        "{'$ref': '#/$defs/A'}",
        "False",
    ]


def test_a_pydantic_model_without_pydantic_importable_names_the_extra() -> None:
    out = run(
        """
        # The model class exists (made before the import broke); the library cannot import pydantic itself.
        sys.meta_path.pop(0)
        import pydantic

        class M(pydantic.BaseModel):
            x: int

        for name in [n for n in sys.modules if n.split(".")[0] in ("pydantic", "pydantic_core")]:
            del sys.modules[name]
        sys.meta_path.insert(0, Block())

        from openrouter_ext.structured import ExtraNotInstalledError, output_spec
        try:
            output_spec(M)
        except ExtraNotInstalledError as exc:
            print(type(exc).__name__, isinstance(exc, ImportError), exc)
        """
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("ExtraNotInstalledError True M is a Pydantic model")
    assert "pip install 'openrouter-ext[pydantic]'" in out.stdout


def test_a_pydantic_v1_model_is_refused_with_the_extra_named() -> None:
    class Old(pydantic.v1.BaseModel):
        x: int

    with pytest.raises(ExtraNotInstalledError, match=r"Pydantic v1 model.*openrouter-ext\[pydantic\]"):
        output_spec(Old)
