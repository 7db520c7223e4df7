#!/usr/bin/env python3
"""Replace the pinned spec with a new version and regenerate the package.

    python scripts/update_spec.py                        # fetch $OPENROUTER_SPEC_URL or https://openrouter.ai/openapi.yaml
    python scripts/update_spec.py --from path/to/spec.yaml
    python scripts/update_spec.py --diff-only            # print the API diff against the pinned spec, change nothing

Writes openapi/openrouter.yaml (a YAML document byte for byte as published; a JSON document is stored as YAML),
records its sha256 and the date in openapi/README.md, adds a CHANGELOG.md entry with the API diff
(scripts/spec_diff.py) and the normalization rules that fired, writes the diff to --diff-dir (diff.md, diff.json:
the spec-update workflow's pull request body), then runs scripts/regenerate.py with the project's
openapi/overlay.yaml. An overlay action the new document makes a no-op is listed in the diff; one whose target the
new document lacks is an error naming it, before anything is written.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import datetime
import hashlib
import json
import os
import re
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from normalize_spec import YAML_LOADER, normalize
from overlay import OverlayError, apply_overlay, format_report, load_overlay
from spec_diff import Change, diff, render

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "https://openrouter.ai/openapi.yaml"
SHA_LINE = re.compile(r"^- sha256: `[0-9a-f]{64}`.*$", re.MULTILINE)
# The date line and any indented lines that continue it.
DATE_LINE = re.compile(r"^- updated: .*(?:\n[ \t]+\S.*)*$", re.MULTILINE)
CHANGELOG_ANCHOR = "## Unreleased"
# A CHANGELOG entry lists every breaking change, and the others up to this many (the pull request has them all).
CHANGELOG_MAX_OTHER = 60


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


@dataclasses.dataclass
class UpdateReport:
    """What a new document changes: the API diff, the overlay's report on it, the normalization rules it fires."""

    changes: list[Change]
    overlay_lines: list[str]
    rules: dict[str, int]

    @property
    def breaking(self) -> bool:
        return any(change.breaking for change in self.changes)

    def markdown(self, old_label: str, new_label: str) -> str:
        return render(self.changes, old_label=old_label, new_label=new_label, overlay_lines=self.overlay_lines)

    def rules_line(self) -> str:
        fired = ", ".join(f"{rule} x{count}" for rule, count in sorted(self.rules.items()))
        return f"Normalization rules that fired (openapi/README.md): {fired or 'none'}."


def assess(old: dict[str, Any] | None, new: dict[str, Any], overlay: Path | None) -> UpdateReport:
    """The report for replacing `old` by `new`; raises OverlayError when an overlay target vanished."""
    corrected, overlay_lines = new, []
    if overlay is not None and overlay.is_file():
        corrected, reports = apply_overlay(new, load_overlay(overlay))
        overlay_lines = format_report(reports)
    _, notes = normalize(corrected)
    rules = collections.Counter(line.split(" ", 1)[0] for line in notes.lines)
    return UpdateReport(diff(old or {}, new), overlay_lines, dict(rules))


def changelog_entry(report: UpdateReport, sha: str, previous: str | None, day: str, source: str) -> str:
    breaking = [change for change in report.changes if change.breaking]
    other = [change for change in report.changes if not change.breaking]
    lines = [
        f"### Spec update ({day})",
        "",
        f"- `openapi/openrouter.yaml` replaced from {source}: sha256 `{sha}`"
        + (f" (was `{previous}`)" if previous else "")
        + ".",
        "- `generated/openrouter_api` regenerated from it.",
        f"- {len(report.changes)} API change(s), {len(breaking)} breaking for callers of this client.",
        f"- {report.rules_line()}",
    ]
    lines += [f"- Overlay: {line}" for line in report.overlay_lines if line.startswith("no-op")]
    if breaking:
        lines += ["", "Breaking:", "", *(change.line() for change in breaking)]
    if other:
        lines += ["", "Not breaking:", "", *(change.line() for change in other[:CHANGELOG_MAX_OTHER])]
        if len(other) > CHANGELOG_MAX_OTHER:
            lines.append(f"- ... and {len(other) - CHANGELOG_MAX_OTHER} more (`make spec-diff` lists them all)")
    return "\n".join(lines) + "\n\n"


def add_changelog_entry(changelog: Path, entry: str) -> None:
    text = changelog.read_text(encoding="utf-8") if changelog.is_file() else "# Changelog\n\n"
    if CHANGELOG_ANCHOR in text:
        head, tail = text.split(CHANGELOG_ANCHOR, 1)
        text = f"{head}{CHANGELOG_ANCHOR}\n\n{entry}{tail.lstrip(chr(10))}"
    else:
        title, _, rest = text.partition("\n")
        text = f"{title}\n\n{CHANGELOG_ANCHOR}\n\n{entry}{rest.lstrip(chr(10))}"
    changelog.write_text(text, encoding="utf-8")


def write_diff(folder: Path, report: UpdateReport, markdown: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "diff.md").write_text(markdown + "\n" + report.rules_line() + "\n", encoding="utf-8")
    payload = {
        "breaking": report.breaking,
        "changes": [dataclasses.asdict(change) for change in report.changes],
        "overlay": report.overlay_lines,
        "rules": report.rules,
    }
    (folder / "diff.json").write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--from", dest="source", help=f"a local file to use instead of {DEFAULT_URL}")
    parser.add_argument("--url", help=f"where to fetch the spec (default: $OPENROUTER_SPEC_URL, else {DEFAULT_URL})")
    parser.add_argument("--root", type=Path, default=ROOT, help="project root to update (default: this checkout)")
    parser.add_argument("--date", help="date to record (YYYY-MM-DD, default: today in UTC)")
    parser.add_argument("--no-regenerate", action="store_true", help="only replace and record the spec")
    parser.add_argument("--diff-only", action="store_true", help="print the API diff and change nothing")
    parser.add_argument("--diff-dir", type=Path, help="also write the diff here (diff.md, diff.json)")
    args = parser.parse_args(argv)

    if args.source:
        raw, source = Path(args.source).read_bytes(), Path(args.source).name
    else:
        url = args.url or os.environ.get("OPENROUTER_SPEC_URL") or DEFAULT_URL
        raw, source = fetch(url), url
    content = as_yaml_bytes(raw, source)
    root: Path = args.root
    spec_path = root / "openapi" / "openrouter.yaml"
    previous = hashlib.sha256(spec_path.read_bytes()).hexdigest() if spec_path.is_file() else None
    sha = hashlib.sha256(content).hexdigest()
    day = args.date or datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    if previous == sha and not args.diff_only:
        print(f"{spec_path} is already at sha256 {sha}: nothing to do")
        return 0

    old = yaml.load(spec_path.read_bytes(), Loader=YAML_LOADER) if spec_path.is_file() else None
    new = yaml.load(content, Loader=YAML_LOADER)
    overlay = root / "openapi" / "overlay.yaml"
    try:
        report = assess(old, new, overlay)
    except OverlayError as error:
        print(f"error: {overlay} no longer applies to the new document: {error}", file=sys.stderr)
        return 1
    markdown = report.markdown("the pinned document", source)
    if args.diff_only:
        print(markdown)
        print(report.rules_line())
        return 0

    spec_path.parent.mkdir(parents=True, exist_ok=True)
    spec_path.write_bytes(content)
    record_in_readme(root / "openapi" / "README.md", sha, day, source)
    add_changelog_entry(root / "CHANGELOG.md", changelog_entry(report, sha, previous, day, source))
    if args.diff_dir:
        write_diff(args.diff_dir if args.diff_dir.is_absolute() else root / args.diff_dir, report, markdown)
    print(markdown)
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
    # The project being updated brings its own corrections; one without an overlay generates the document as is.
    command += ["--overlay", str(overlay)] if overlay.is_file() else ["--no-overlay"]
    status = subprocess.run(command, check=False).returncode
    if status == 0 and root.resolve() == ROOT:
        # The packaged catalogs follow the spec too: the request schemas the client checks calls against (and the
        # validators precompiled from them, which request_catalog.py rewrites after the schemas), and what the
        # emulator answers (an installed package has no openapi/ folder).
        for script in ("request_catalog.py", "emulator_catalog.py"):
            status = subprocess.run(
                [sys.executable, str(Path(__file__).resolve().parent / script)], check=False
            ).returncode
            if status:
                break
    return status


if __name__ == "__main__":
    sys.exit(main())
