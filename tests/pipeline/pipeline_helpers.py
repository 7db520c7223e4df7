"""Shared by the pipeline and generated-package tests: run the real pipeline on a fixture spec, once per session."""

from __future__ import annotations

import atexit
import importlib
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPECS = Path(__file__).resolve().parent / "specs"
SCRIPTS = ROOT / "scripts"
REAL_SPEC = ROOT / "openapi" / "openrouter.yaml"
REAL_PACKAGE = ROOT / "generated" / "openrouter_api"

if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

import normalize_spec  # noqa: E402
import overlay  # noqa: E402
import regenerate  # noqa: E402

# The pinned generator (openapi-python-client 0.29.1) runs on Python >= 3.11 only. The client supports 3.10, so on
# 3.10 the tests that run the generator skip, while the committed generated package is still tested.
GENERATOR_PYTHON = (3, 11)
needs_generator = pytest.mark.skipif(
    sys.version_info < GENERATOR_PYTHON, reason="the pinned openapi-python-client 0.29.1 needs Python >= 3.11"
)

_WORKDIR = Path(tempfile.mkdtemp(prefix="pipeline-tests-"))
atexit.register(shutil.rmtree, _WORKDIR, True)
_built: dict[str, Path] = {}


def generated_package(spec_name: str) -> Path:
    """Run the whole pipeline on tests/pipeline/specs/<spec_name>.yaml; the package dir (named openrouter_api)."""
    if sys.version_info < GENERATOR_PYTHON:
        pytest.skip("the pinned openapi-python-client 0.29.1 needs Python >= 3.11")
    if spec_name not in _built:
        workdir = _WORKDIR / spec_name
        workdir.mkdir(exist_ok=True)
        # A fixture spec is not OpenRouter's document: the project's overlay does not apply to it.
        _built[spec_name] = regenerate.generate(SPECS / f"{spec_name}.yaml", workdir, overlay_file=None)
    return _built[spec_name]


def import_fixture_package(spec_name: str) -> ModuleType:
    """The generated package of a fixture spec, imported as `<spec_name>_api` (its imports are all relative)."""
    name = f"{spec_name}_api"
    if name not in sys.modules:
        target = _WORKDIR / "importable" / name
        if not target.exists():
            shutil.copytree(generated_package(spec_name), target)
        if str(target.parent) not in sys.path:
            sys.path.insert(0, str(target.parent))
    package = importlib.import_module(name)
    importlib.import_module(f"{name}.models")  # so that `package.models` works, as in `import x.models`
    return package


def fixture_package_root(spec_name: str) -> Path:
    """Folder to put on PYTHONPATH to import `<spec_name>_api` in a subprocess."""
    import_fixture_package(spec_name)
    return _WORKDIR / "importable"


__all__ = [
    "GENERATOR_PYTHON",
    "REAL_PACKAGE",
    "REAL_SPEC",
    "ROOT",
    "SPECS",
    "fixture_package_root",
    "generated_package",
    "import_fixture_package",
    "needs_generator",
    "normalize_spec",
    "overlay",
    "regenerate",
]
