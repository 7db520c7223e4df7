"""The documentation's code runs: every Python block of README.md and docs/ is compiled, and run where it is marked.

A fenced block's info string says how it is tested (the site's build drops the marker, docs/_hooks/site.py):

- ```python exec: run, in page order, in one namespace per page, with OPENROUTER_API_KEY and OPENROUTER_BASE_URL
  pointing at an emulator (seeded with keys, guardrails and assignments) and a temporary working directory;
- ```python pytest: a test module, run by pytest in a fresh process (so the emulator's pytest11 plugin loads as it
  does in a user's project);
- ```python compile: compiled only, because it needs the real API or a library this project does not install;
- ```python with no marker: only the routing cookbook's one-line recipes, which tests/routing/test_routing_cookbook.py
  evaluates against the JSON printed under them.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from openrouter_ext.testing import Emulator

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
README = ROOT / "README.md"
PAGES = [README, *sorted(path for path in DOCS.rglob("*.md") if "_hooks" not in path.parts)]
MARKERS = {"exec", "compile", "pytest"}

FENCE = re.compile(
    r"^(?P<indent>[ ]*)```(?P<info>[^`\n]*)\n(?P<body>.*?)^(?P=indent)```[ ]*$", re.MULTILINE | re.DOTALL
)
COOKBOOK_RECIPE = re.compile(r"```python\n[^\n]+\n```\s*\n```json\n")


def _name(page: Path) -> str:
    return page.relative_to(ROOT).as_posix()


def _blocks(page: Path) -> Iterator[tuple[str, str, str, int]]:
    """(language, marker, code, first line) of each fenced block; marker is "" when the info string has none."""
    text = page.read_text(encoding="utf-8")
    for match in FENCE.finditer(text):
        words = match["info"].split()
        language = words[0] if words else ""
        marker = words[1] if len(words) > 1 else ""
        body = textwrap.dedent(match["body"]) if match["indent"] else match["body"]
        yield language, marker, body, text.count("\n", 0, match.start()) + 1


def _python_blocks(page: Path) -> list[tuple[str, str, int]]:
    return [(marker, code, line) for language, marker, code, line in _blocks(page) if language == "python"]


def _cookbook_recipes(page: Path) -> set[int]:
    """Lines where a cookbook recipe (one expression, then its JSON) starts."""
    text = page.read_text(encoding="utf-8")
    return {text.count("\n", 0, match.start()) + 1 for match in COOKBOOK_RECIPE.finditer(text)}


def test_the_pages_have_their_examples() -> None:
    assert len(PAGES) >= 25
    counted = [block for page in PAGES for block in _python_blocks(page)]
    assert len(counted) >= 100


@pytest.mark.parametrize("page", PAGES, ids=_name)
def test_every_python_block_says_how_it_is_tested(page: Path) -> None:
    recipes = _cookbook_recipes(page)
    for marker, _code, line in _python_blocks(page):
        if marker:
            assert marker in MARKERS, f"{_name(page)}:{line}: unknown marker {marker!r}"
        else:
            assert line in recipes, f"{_name(page)}:{line}: a python block needs a marker (exec, pytest or compile)"


@pytest.mark.parametrize("page", PAGES, ids=_name)
def test_every_python_block_compiles(page: Path) -> None:
    for _marker, code, line in _python_blocks(page):
        try:
            compile(code, f"{_name(page)}:{line}", "exec", flags=ast.PyCF_ONLY_AST)
        except SyntaxError as error:
            pytest.fail(f"{_name(page)}:{line}: {error}")


def test_most_examples_run() -> None:
    markers = [marker for page in PAGES for marker, _code, _line in _python_blocks(page) if marker]
    run = sum(marker in {"exec", "pytest"} for marker in markers)
    assert run >= 0.75 * len(markers), f"{run} of {len(markers)} marked examples run"


def _seeded_emulator() -> Emulator:
    emulator = Emulator()
    emulator.start()
    emulator.seed_keys(12)
    for guardrail_id in emulator.seed_guardrails(3):
        emulator.seed_key_assignments(guardrail_id, 5)
        emulator.seed_member_assignments(guardrail_id, 2)
    return emulator


EXEC_PAGES = [page for page in PAGES if any(marker == "exec" for marker, _c, _l in _python_blocks(page))]


@pytest.mark.parametrize("page", EXEC_PAGES, ids=_name)
def test_the_runnable_examples_run_against_the_emulator(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    emulator = _seeded_emulator()
    try:
        for name in ("OPENROUTER_MANAGEMENT_KEY", "OPENROUTER_APP_URL", "OPENROUTER_APP_TITLE", "OPENROUTER_LOG"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("OPENROUTER_API_KEY", "sk-or-docs-example")
        monkeypatch.setenv("OPENROUTER_BASE_URL", emulator.base_url)
        monkeypatch.chdir(tmp_path)
        namespace: dict[str, object] = {"__name__": "__docs__"}
        for marker, code, line in _python_blocks(page):
            if marker != "exec":
                continue
            try:
                exec(compile(code, f"{_name(page)}:{line}", "exec", dont_inherit=True), namespace)
            except Exception as error:
                raise AssertionError(f"{_name(page)}:{line}: the example raised {error!r}") from error
        assert emulator.wait_for_streams_closed(5), f"{_name(page)}: an example left a stream open"
    finally:
        emulator.stop()


PYTEST_BLOCKS = [
    pytest.param(code, id=f"{_name(page)}:{line}")
    for page in PAGES
    for marker, code, line in _python_blocks(page)
    if marker == "pytest"
]


@pytest.mark.parametrize("code", PYTEST_BLOCKS)
def test_the_test_examples_pass_under_pytest(code: str, tmp_path: Path) -> None:
    (tmp_path / "test_from_the_docs.py").write_text(code, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_from_the_docs.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"^\d+ passed", result.stdout.splitlines()[-1]), result.stdout


def test_the_readme_is_a_first_screen() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 200
    assert "make demo" in text
    assert "make test" in text
    runnable = [code for marker, code, _line in _python_blocks(README) if marker == "exec"]
    assert any("client.chat.send(" in code for code in runnable)
    assert any("client.chat.stream(" in code for code in runnable)


LINK = re.compile(r"\]\((?P<target>[^)\s#]+)(?:#[^)]*)?\)")


@pytest.mark.parametrize("page", [README, *[page for page in PAGES if page != README]], ids=_name)
def test_relative_links_point_at_files_that_exist(page: Path) -> None:
    """mkdocs --strict checks the site's links; this also covers README.md, which the site does not build."""
    for match in LINK.finditer(page.read_text(encoding="utf-8")):
        target = match["target"]
        if "://" in target or target.startswith("mailto:"):
            continue
        resolved = (page.parent / target).resolve()
        generated = resolved.relative_to(DOCS).as_posix() if resolved.is_relative_to(DOCS) else None
        assert resolved.exists() or generated in _pages_built_from_the_repository(), f"{_name(page)}: {target}"


def _pages_built_from_the_repository() -> set[str]:
    hooks = (DOCS / "_hooks" / "site.py").read_text(encoding="utf-8")
    mapping = hooks.split("FROM_THE_REPOSITORY = {", 1)[1].split("}", 1)[0]
    return set(re.findall(r'"([^"]+)": "[^"]+"', mapping))


def _nav_pages(entries: object) -> Iterator[str]:
    if isinstance(entries, str):
        yield entries
    elif isinstance(entries, list):
        for entry in entries:
            yield from _nav_pages(entry)
    elif isinstance(entries, dict):
        for value in entries.values():
            yield from _nav_pages(value)


def test_the_navigation_lists_every_page() -> None:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    nav = set(_nav_pages(config["nav"]))
    on_disk = {page.relative_to(DOCS).as_posix() for page in PAGES if page != README}
    assert on_disk | _pages_built_from_the_repository() - {"contributing/ratios.png"} == nav


def test_the_docs_tools_are_pinned_and_offline() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for requirement in ("mkdocs==", "mkdocs-material==", "mkdocstrings[python]=="):
        assert requirement in pyproject
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    assert config["strict"] is True
    plugins = {next(iter(plugin)) if isinstance(plugin, dict) else plugin for plugin in config["plugins"]}
    assert plugins <= {"search", "mkdocstrings"}  # e.g. the social-cards plugin downloads fonts at build time
    assert config["theme"]["font"] is False  # no web fonts fetched by the pages either
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    test_line = next(line for line in makefile.splitlines() if line.startswith("test:"))
    assert " docs" in test_line
    assert "--strict" in makefile
    assert "127.0.0.1" in makefile
