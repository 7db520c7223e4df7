#!/usr/bin/env python3
"""Replace the pinned spec with a new version and regenerate the package.

    python scripts/update_spec.py                        # fetch https://openrouter.ai/openapi.yaml
    python scripts/update_spec.py --from path/to/spec.yaml

Writes openapi/openrouter.yaml, records its sha256 and the date in openapi/README.md, adds a CHANGELOG.md entry,
then runs scripts/regenerate.py. The new document must be valid OpenAPI; a JSON document is stored as YAML.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "https://openrouter.ai/openapi.yaml"
SHA_LINE = re.compile(r"^- sha256: `[0-9a-f]{64}`.*$", re.MULTILINE)
DATE_LINE = re.compile(r"^- updated: .*$", re.MULTILINE)
CHANGELOG_ANCHOR = "## Unreleased"


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.read()


def as_yaml_bytes(raw: bytes, source: str) -> bytes:
    """The document as YAML text (JSON documents are converted), after checking it parses as an OpenAPI mapping."""
    text = raw.decode("utf-8")
    try:
        document = json.loads(text)
        converted = True
    except ValueError:
        document = yaml.safe_load(text)
        converted = False
    if not isinstance(document, dict) or "openapi" not in document or "paths" not in document:
        raise SystemExit(f"error: {source} is not an OpenAPI document")
    if converted:
        text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=120)
    return text.encode("utf-8")


def record_in_readme(readme: Path, sha: str, day: str, source: str) -> None:
    text = readme.read_text(encoding="utf-8") if readme.is_file() else "# openapi/\n\n## Pinned spec\n\n"
    sha_line = f"- sha256: `{sha}`"
    date_line = f"- updated: {day} from {source}"
    found = SHA_LINE.search(text)
    text = SHA_LINE.sub(sha_line, text, count=1) if found else text.rstrip("\n") + f"\n\n{sha_line}\n"
    if DATE_LINE.search(text):
        text = DATE_LINE.sub(date_line, text, count=1)
    else:
        text = text.replace(sha_line, f"{sha_line}\n{date_line}", 1)
    readme.write_text(text, encoding="utf-8")


def add_changelog_entry(changelog: Path, sha: str, previous: str | None, day: str, source: str) -> None:
    text = changelog.read_text(encoding="utf-8") if changelog.is_file() else "# Changelog\n\n"
    entry = (
        f"### Spec update ({day})\n\n"
        f"- `openapi/openrouter.yaml` replaced from {source}: sha256 `{sha}`"
        + (f" (was `{previous}`)" if previous else "")
        + ".\n- `generated/openrouter_api` regenerated from it.\n\n"
    )
    if CHANGELOG_ANCHOR in text:
        head, tail = text.split(CHANGELOG_ANCHOR, 1)
        text = f"{head}{CHANGELOG_ANCHOR}\n\n{entry}{tail.lstrip(chr(10))}"
    else:
        title, _, rest = text.partition("\n")
        text = f"{title}\n\n{CHANGELOG_ANCHOR}\n\n{entry}{rest.lstrip(chr(10))}"
    changelog.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--from", dest="source", help=f"a local file to use instead of {DEFAULT_URL}")
    parser.add_argument("--url", default=DEFAULT_URL, help="where to fetch the spec (default: %(default)s)")
    parser.add_argument("--root", type=Path, default=ROOT, help="project root to update (default: this checkout)")
    parser.add_argument("--date", help="date to record (YYYY-MM-DD, default: today in UTC)")
    parser.add_argument("--no-regenerate", action="store_true", help="only replace and record the spec")
    args = parser.parse_args(argv)

    if args.source:
        raw, source = Path(args.source).read_bytes(), Path(args.source).name
    else:
        raw, source = fetch(args.url), args.url
    content = as_yaml_bytes(raw, source)
    root: Path = args.root
    spec_path = root / "openapi" / "openrouter.yaml"
    previous = hashlib.sha256(spec_path.read_bytes()).hexdigest() if spec_path.is_file() else None
    sha = hashlib.sha256(content).hexdigest()
    day = args.date or datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    if previous == sha:
        print(f"{spec_path} is already at sha256 {sha}: nothing to do")
        return 0

    spec_path.parent.mkdir(parents=True, exist_ok=True)
    spec_path.write_bytes(content)
    record_in_readme(root / "openapi" / "README.md", sha, day, source)
    add_changelog_entry(root / "CHANGELOG.md", sha, previous, day, source)
    print(f"wrote {spec_path} (sha256 {sha}); recorded in openapi/README.md and CHANGELOG.md")
    if args.no_regenerate:
        return 0
    command = [
        sys.executable,
        str(Path(__file__).resolve().parent / "regenerate.py"),
        "--spec",
        str(spec_path),
        "--out",
        str(root / "generated"),
    ]
    return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
