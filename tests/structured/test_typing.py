"""typed_structured.py passes mypy --strict, and `.parsed` is typed as the response format's class."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
USAGE = Path(__file__).with_name("typed_structured.py")

EXPECTED = [
    "structured_models.Weather",
    "structured_models.WeatherDict",
    "structured_models.WeatherAttrs",
    "structured_models.Route",
    "dict[str, Any]",
    "openrouter_api.models.chat_result.ChatResult",
    "structured_models.Weather",
    "openrouter_ext.streaming._endpoint_streams.ChatStream",
    "structured_models.Weather",
    "openrouter_ext.structured._runner.ToolRun",
    "structured_models.Weather",
    "structured_models.Route",
    "structured_models.Route",
    "openrouter_ext.structured._runner.ToolRun",
]


def test_parsed_is_typed_as_the_format_under_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--no-incremental", str(USAGE)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert errors == []
    # mypy spells a TypedDict out with its keys; its name is what matters here.
    revealed = [
        re.sub(r"^TypedDict\(([\w.]+), .*\)$", r"\1", found)
        for found in re.findall(r'Revealed type is "(.+)"', result.stdout)
    ]
    assert revealed == EXPECTED
