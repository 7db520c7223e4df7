"""The GitHub Actions workflows, read as a maintainer would: what triggers them, on which Pythons they run, that
every command they run exists, and what the spec-update pull request says. (Their schema is checked by
`make lint-workflows`, part of `make test`.)"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
sys.path.insert(0, str(ROOT / "scripts"))

from spec_update_pr import build  # noqa: E402


def load(name: str) -> dict[str, Any]:
    document = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    # YAML 1.1 reads the bare key `on` as True.
    document["on"] = document.pop(True, document.get("on"))
    return document


def run_lines(document: dict[str, Any]) -> list[str]:
    return [
        line.strip()
        for job in document["jobs"].values()
        for step in job["steps"]
        for line in str(step.get("run", "")).splitlines()
        if line.strip()
    ]


def make_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([A-Za-z][\w-]*):", text, re.MULTILINE))


def test_ci_runs_make_test_on_every_push_and_pull_request_on_each_supported_python() -> None:
    ci = load("ci.yml")
    assert set(ci["on"]) == {"push", "pull_request"}
    (job,) = ci["jobs"].values()
    assert job["strategy"]["matrix"]["python-version"] == ["3.10", "3.11", "3.12", "3.13"]
    assert job["strategy"]["fail-fast"] is False
    assert any(line.startswith("make test") for line in run_lines(ci))
    classifiers = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for version in job["strategy"]["matrix"]["python-version"]:
        assert f"Programming Language :: Python :: {version}" in classifiers


def test_spec_update_runs_daily_and_on_demand() -> None:
    workflow = load("spec-update.yml")
    (schedule,) = workflow["on"]["schedule"]
    minute, hour, day, month, weekday = schedule["cron"].split()
    assert (day, month, weekday) == ("*", "*", "*")
    assert minute.isdigit()
    assert hour.isdigit()
    assert "workflow_dispatch" in workflow["on"]


def test_spec_update_regenerates_tests_and_opens_one_pull_request() -> None:
    workflow = load("spec-update.yml")
    lines = run_lines(workflow)
    assert any("make update-spec" in line for line in lines)
    assert any("make test" in line for line in lines)
    steps = workflow["jobs"]["update"]["steps"]
    # Failures must not stop the job before the pull request exists: both steps continue on error ...
    for step_id in ("update", "tests"):
        (step,) = [step for step in steps if step.get("id") == step_id]
        assert step["continue-on-error"] is True
    # ... and the run still fails at the end, after the pull request was opened.
    assert "failure" in steps[-1]["if"]
    assert "exit 1" in steps[-1]["run"]
    (pull_request,) = [step for step in steps if "create-pull-request" in str(step.get("uses"))]
    assert pull_request["with"]["branch"]  # one fixed branch: the same pull request is updated, not a new one
    assert pull_request["with"]["body-path"] == ".spec-update-pr.md"
    assert "steps.body.outputs.labels" in pull_request["with"]["labels"]
    assert set(pull_request["with"]["add-paths"].split()) == {"openapi/", "generated/", "CHANGELOG.md"}


@pytest.mark.parametrize("name", ["ci.yml", "spec-update.yml"])
def test_every_command_a_workflow_runs_exists(name: str) -> None:
    targets = make_targets()
    for line in run_lines(load(name)):
        for target in re.findall(r"\bmake ([\w-]+)", line):
            assert target in targets, f"{name} runs `make {target}`, which the Makefile does not define"
        for script in re.findall(r"scripts/[\w.]+\.py", line):
            assert (ROOT / script).is_file(), f"{name} runs {script}, which does not exist"


@pytest.mark.parametrize("name", ["ci.yml", "spec-update.yml"])
def test_actions_are_pinned_by_version(name: str) -> None:
    uses = [step["uses"] for job in load(name)["jobs"].values() for step in job["steps"] if "uses" in step]
    assert uses
    for action in uses:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@v\d+\.\d+\.\d+", action), f"{action} is not pinned to a version"


def _leave_update(root: Path, changes: list[dict[str, Any]], log: str = "") -> None:
    folder = root / ".spec-update"
    folder.mkdir()
    (folder / "diff.md").write_text("API changes from a to b: ...\n\n- schema added `X`\n", encoding="utf-8")
    (folder / "diff.json").write_text(json.dumps({"changes": changes}), encoding="utf-8")
    (root / ".spec-update-log.txt").write_text(log, encoding="utf-8")


def test_pull_request_of_a_clean_update(tmp_path: Path) -> None:
    _leave_update(tmp_path, [{"kind": "schema added", "where": "X", "breaking": False, "detail": ""}])
    title, labels, body = build(tmp_path, "success", "success")
    assert title == "Spec update: 1 API change(s), 0 breaking"
    assert labels == ["spec-update"]
    assert "- schema added `X`" in body
    assert "fails" not in body


def test_pull_request_of_a_breaking_failing_update_carries_the_log(tmp_path: Path) -> None:
    log = "\n".join(f"line {n}" for n in range(200)) + "\nerror: openapi-python-client reported problems"
    _leave_update(tmp_path, [{"kind": "operation removed", "where": "GET /x", "breaking": True, "detail": ""}], log)
    title, labels, body = build(tmp_path, "failure", "skipped")
    assert title.endswith("1 breaking [failing]")
    assert labels == ["spec-update", "breaking", "failing"]
    assert "error: openapi-python-client reported problems" in body
    assert "line 199" in body
    assert "line 0\n" not in body  # only the end of a long log
