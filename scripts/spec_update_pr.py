#!/usr/bin/env python3
"""The pull request of a spec update (.github/workflows/spec-update.yml): its title, labels and body.

    python scripts/spec_update_pr.py --out pr.md [--github-output "$GITHUB_OUTPUT"]

Reads what `make update-spec` left in .spec-update/ (diff.md, diff.json) and the outcomes of the workflow's steps
(UPDATE_OUTCOME, TESTS_OUTCOME: success, failure or skipped), with the log in .spec-update-log.txt. Labels:
`spec-update` always, `breaking` when the diff has a breaking change, `failing` when regeneration or the tests
failed (the log's last lines then go into the body, so that a person sees why).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOG_LINES = 80


def build(root: Path, update_outcome: str, tests_outcome: str) -> tuple[str, list[str], str]:
    """(title, labels, body) for the pull request."""
    folder = root / ".spec-update"
    diff_text = (folder / "diff.md").read_text(encoding="utf-8") if (folder / "diff.md").is_file() else ""
    data = json.loads((folder / "diff.json").read_text(encoding="utf-8")) if (folder / "diff.json").is_file() else {}
    changes = data.get("changes", [])
    breaking = sum(1 for change in changes if change.get("breaking"))
    failing = "failure" in (update_outcome, tests_outcome)
    labels = ["spec-update"] + (["breaking"] if breaking else []) + (["failing"] if failing else [])
    title = f"Spec update: {len(changes)} API change(s), {breaking} breaking"
    if failing:
        title += " [failing]"
    parts = [
        "Automated update of `openapi/openrouter.yaml` to OpenRouter's published OpenAPI document, with",
        "`generated/` regenerated and a CHANGELOG entry.",
        "",
        f"- `make update-spec`: {update_outcome}",
        f"- `make test`: {tests_outcome}",
        "",
    ]
    if failing:
        log = root / ".spec-update-log.txt"
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-LOG_LINES:] if log.is_file() else []
        parts += [
            "**This update fails.** Regeneration or the tests did not pass; the end of the log:",
            "",
            "```text",
            *tail,
            "```",
            "",
        ]
    parts.append(diff_text or "No API diff was written (the update stopped before it).")
    return title, labels, "\n".join(parts).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--out", type=Path, required=True, help="where to write the body (Markdown)")
    parser.add_argument("--github-output", type=Path, help="append title= and labels= here (GitHub Actions)")
    args = parser.parse_args(argv)
    title, labels, body = build(
        args.root, os.environ.get("UPDATE_OUTCOME", "unknown"), os.environ.get("TESTS_OUTCOME", "skipped")
    )
    args.out.write_text(body, encoding="utf-8")
    if args.github_output:
        with args.github_output.open("a", encoding="utf-8") as output:
            output.write(f"title={title}\nlabels={','.join(labels)}\n")
    print(title)
    return 0


if __name__ == "__main__":
    sys.exit(main())
