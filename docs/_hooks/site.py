"""MkDocs hooks for this site (mkdocs.yml `hooks:`), run at build time, offline.

- A fenced block's info string may carry a marker after the language (```python exec, ```python compile,
  ```python pytest): tests/test_docs.py reads it to decide how the block is tested. Python-Markdown's fences take
  the language alone, so the marker is dropped before the page is rendered.
- Files that live outside docs/ because other tools read them there (the changelog, the pipeline notes, the
  benchmark chart) are added to the site from where they are, so that no copy can fall behind.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

MARKED_FENCE = re.compile(r"^(?P<fence>[ \t]*```+[A-Za-z0-9_+-]+)[ \t]+(?:exec|compile|pytest)[ \t]*$", re.MULTILINE)

ROOT = Path(__file__).resolve().parents[2]
# Site path -> the file in the repository it is built from.
FROM_THE_REPOSITORY = {
    "changelog.md": "CHANGELOG.md",
    "contributing/pipeline.md": "openapi/README.md",
    "contributing/ratios.png": "bench/ratios.png",
}


def on_files(files: Files, config: Any) -> Files:
    for site_path, source in FROM_THE_REPOSITORY.items():
        files.append(File.generated(config, site_path, abs_src_path=str(ROOT / source)))
    return files


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    return MARKED_FENCE.sub(r"\g<fence>", markdown)
