"""Importing the package or one endpoint module must not import every model (the real spec has 769 schemas)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "pipeline"))

from pipeline_helpers import REAL_PACKAGE, ROOT, fixture_package_root

PROBE = """
import importlib, json, sys
package = sys.argv[1]
loaded = lambda: sorted(m for m in sys.modules if m.startswith(package + ".models."))
importlib.import_module(package)
after_package = loaded()
importlib.import_module(package + "." + sys.argv[2])
after_endpoint = loaded()
models = importlib.import_module(package + ".models")
total = len(models.__all__)
resolved = getattr(models, sys.argv[3])
print(json.dumps({"package": after_package, "endpoint": after_endpoint, "total": total,
                  "resolved": resolved.__module__, "in_dir": sys.argv[3] in dir(models)}))
"""


def probe(pythonpath: Path, package: str, endpoint: str, model: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, package, endpoint, model], capture_output=True, text=True, env=env, check=True
    )
    return json.loads(result.stdout)


def test_fixture_package_imports_models_lazily() -> None:
    found = probe(fixture_package_root("constructs"), "constructs_api", "api.items.delete_item", "ChatResponse")
    assert found["package"] == []
    assert found["endpoint"] == []  # delete_item uses no model at all
    assert found["resolved"] == "constructs_api.models.chat_response"
    assert found["in_dir"] is True


def test_fixture_endpoint_imports_only_what_it_uses() -> None:
    found = probe(fixture_package_root("constructs"), "constructs_api", "api.items.list_items", "Usage")
    assert "constructs_api.models.list_items_response_200" in found["endpoint"]
    assert "constructs_api.models.chat_request" not in found["endpoint"]
    assert len(found["endpoint"]) < found["total"] / 2


def test_real_package_chat_endpoint_imports_a_small_share_of_the_models() -> None:
    found = probe(ROOT / "generated", "openrouter_api", "api.chat.send_chat_completion_request", "ChatResult")
    assert found["package"] == []
    assert found["total"] > 1000
    # The chat endpoint's own request, result and error models, not the other operations' ones.
    assert "openrouter_api.models.chat_result" in found["endpoint"]
    assert "openrouter_api.models.chat_request" in found["endpoint"]
    assert "openrouter_api.models.workspace" not in found["endpoint"]
    assert "openrouter_api.models.messages_request" not in found["endpoint"]
    assert 0 < len(found["endpoint"]) <= 40
    assert found["resolved"] == "openrouter_api.models.chat_result"
    assert found["in_dir"] is True


def test_real_package_files_endpoint_imports_only_its_models() -> None:
    found = probe(ROOT / "generated", "openrouter_api", "api.files.upload_file", "UploadFileBody")
    assert "openrouter_api.models.upload_file_body" in found["endpoint"]
    assert "openrouter_api.models.chat_request" not in found["endpoint"]
    assert 0 < len(found["endpoint"]) <= 40


def test_models_init_keeps_static_imports_for_type_checkers() -> None:
    text = (REAL_PACKAGE / "models" / "__init__.py").read_text(encoding="utf-8")
    type_checking_block = text.split("if TYPE_CHECKING:\n", 1)[1].split("\n\n", 1)[0]
    assert "    from .chat_result import ChatResult\n" in type_checking_block + "\n"
    assert '"ChatResult",' in text.split("__all__", 1)[1]
