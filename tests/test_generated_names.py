"""Every generated module and name that `openrouter_ext` uses resolves: a rename upstream fails here, by name.

The references are found, not listed: the source of openrouter_ext is parsed with `ast` for imports from
`openrouter_api` (including those under TYPE_CHECKING and inside functions), for dotted string paths that start
with `openrouter_api.`, and for `("module", "Class")` pairs naming models under `openrouter_api.models` (the
streaming event maps); the pagination catalog's operations are read from its ListEndpoint objects, since their
paths are built with f-strings. Each reference is one test case, named by where it is used and what it names.
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

import pytest

import openrouter_ext
from openrouter_ext.pagination import ListEndpoint, _catalog

PACKAGE_ROOT = Path(openrouter_ext.__file__).resolve().parent
GENERATED = "openrouter_api"
MODELS_PACKAGE = f"{GENERATED}.models"
_MODULE_NAME = re.compile(r"[a-z][a-z0-9_]*")
_CLASS_NAME = re.compile(r"[A-Z][A-Za-z0-9]*")
_DOTTED = re.compile(rf"{GENERATED}(\.[a-z_][a-z0-9_]*)+")


class Reference(NamedTuple):
    where: str
    module: str
    name: str | None

    def __str__(self) -> str:
        target = f"{self.module}.{self.name}" if self.name else self.module
        return f"{target} ({self.where})"


def _is_generated(module: str) -> bool:
    return module == GENERATED or module.startswith(GENERATED + ".")


def _source_references(path: Path) -> list[Reference]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    where_file = path.relative_to(PACKAGE_ROOT.parent).as_posix()
    found: list[Reference] = []
    for node in ast.walk(tree):
        where = f"{where_file}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and _is_generated(node.module):
            found.extend(Reference(where, node.module, alias.name) for alias in node.names)
        elif isinstance(node, ast.Import):
            found.extend(Reference(where, alias.name, None) for alias in node.names if _is_generated(alias.name))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and _DOTTED.fullmatch(node.value):
            found.append(Reference(where, node.value, None))
        elif isinstance(node, ast.Tuple) and len(node.elts) == 2:
            module, name = (element.value if isinstance(element, ast.Constant) else None for element in node.elts)
            if (
                isinstance(module, str)
                and isinstance(name, str)
                and _MODULE_NAME.fullmatch(module)
                and _CLASS_NAME.fullmatch(name)
            ):
                found.append(Reference(where, f"{MODELS_PACKAGE}.{module}", name))
    return found


def _catalog_references() -> list[Reference]:
    found = []
    for attribute, value in sorted(vars(_catalog).items()):
        if isinstance(value, ListEndpoint) and isinstance(value.operation, str):
            found.append(Reference(f"pagination catalog {attribute}", value.operation, None))
    return found


def _all_references() -> list[Reference]:
    found: list[Reference] = []
    for path in sorted(PACKAGE_ROOT.rglob("*.py")):
        found.extend(_source_references(path))
    found.extend(_catalog_references())
    return found


REFERENCES = _all_references()


def _resolve(reference: Reference) -> object:
    module = importlib.import_module(reference.module)
    if reference.name is None:
        return module
    if hasattr(module, reference.name):
        return getattr(module, reference.name)
    # `from openrouter_api.api.chat import send_chat_completion_request` names a submodule.
    return importlib.import_module(f"{reference.module}.{reference.name}")


@pytest.mark.parametrize("reference", REFERENCES, ids=str)
def test_the_generated_name_resolves(reference: Reference) -> None:
    try:
        target = _resolve(reference)
    except ImportError as error:
        pytest.fail(f"{reference}: the generated package has no such module or name ({error})")
    # An endpoint module (openrouter_api.api.<tag>.<operation>) must still offer what client.call drives.
    if (
        isinstance(target, ModuleType)
        and target.__name__.startswith(f"{GENERATED}.api.")
        and target.__name__.count(".") == 3
    ):
        assert callable(getattr(target, "build_request", None)), f"{reference}: no build_request"
        assert callable(getattr(target, "parse_success", None)), f"{reference}: no parse_success"


def test_the_walk_finds_every_kind_of_reference() -> None:
    # Without this, a finder that silently matched nothing would leave the test above with nothing to check.
    targets = {(reference.module, reference.name) for reference in REFERENCES}
    assert (f"{MODELS_PACKAGE}.chat_request", "ChatRequest") in targets  # a plain import (the CLI)
    assert (f"{MODELS_PACKAGE}.chat_stream_chunk", "ChatStreamChunk") in targets  # a streaming map pair
    assert (f"{GENERATED}.api.byok.list_byok_keys", None) in targets  # a catalog operation
    assert (GENERATED, "AuthenticatedClient") in targets  # the generated client
    assert sum(reference.where.startswith("pagination catalog") for reference in REFERENCES) == len(
        [value for value in vars(_catalog).values() if isinstance(value, ListEndpoint)]
    )


def test_a_missing_name_is_reported_with_where_it_is_used() -> None:
    missing = Reference("somewhere.py:1", f"{MODELS_PACKAGE}.chat_generation_params", "ChatGenerationParams")
    with pytest.raises(ImportError, match="chat_generation_params"):
        _resolve(missing)
    assert str(missing) == f"{MODELS_PACKAGE}.chat_generation_params.ChatGenerationParams (somewhere.py:1)"
