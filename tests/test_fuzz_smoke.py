"""A short, seeded schemathesis run against the emulator (`make fuzz FUZZ_ARGS=--smoke`), as `make fuzz` runs it.

schemathesis lives only in .fuzz-venv, never in the dev tools: the Makefile target builds that venv when it is
missing, starts the emulator on 127.0.0.1 and runs the fuzzer over a few operations with the five checks (server
errors, response schemas, documented statuses, content types, refusal of invalid requests). What is asserted is
what schemathesis's JSON report says: every selected operation was tested, in every phase asked for, with no
failure and no error. The same run against an emulator with request validation turned off must fail, naming the
invalid requests it accepted: the smoke run can see the defects it is there to keep out.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
PHASES = ("examples", "coverage", "fuzzing")
# The smoke selection in scripts/fuzz.py (SMOKE_PATHS): 7 paths, 14 operations.
SMOKE_OPERATIONS = 14
# Cases the seeded smoke run generates are in the thousands; fewer than this means the run did not really fuzz.
MIN_CASES = 300


def _fuzz(tmp_path: Path, *extra: str) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    report = tmp_path / "report.json"
    args = " ".join(("--smoke", "--report", "json", "--report-json-path", str(report), *extra))
    proc = subprocess.run(
        ["make", "--no-print-directory", "fuzz", f"FUZZ_ARGS={args}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert report.is_file(), proc.stdout[-3000:] + proc.stderr[-3000:]
    loaded: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return proc, loaded


@pytest.fixture(scope="module")
def smoke(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    return _fuzz(tmp_path_factory.mktemp("fuzz"))


def test_the_smoke_run_passes_every_check(smoke: tuple[subprocess.CompletedProcess[str], dict[str, Any]]) -> None:
    proc, report = smoke
    assert proc.returncode == 0, proc.stdout[-5000:]
    assert report["exit_code"] == 0
    assert report["failures"] == [], report["failures"][:3]
    assert report["errors"] == [], report["errors"][:3]
    assert report["test_cases"]["with_failures"] == 0
    assert report["test_cases"]["errored"] == 0
    # schemathesis's own summary reaches the user.
    assert "SUMMARY" in proc.stdout
    assert f"Tested: {SMOKE_OPERATIONS}" in proc.stdout


def test_the_smoke_run_really_fuzzed(smoke: tuple[subprocess.CompletedProcess[str], dict[str, Any]]) -> None:
    _proc, report = smoke
    assert report["complete"] is True
    assert report["seed"] == 20250101
    assert report["operations"]["selected"] == SMOKE_OPERATIONS
    assert report["operations"]["tested"] == SMOKE_OPERATIONS
    assert report["operations"]["errored"] == 0
    for phase in PHASES:
        assert report["phases"][phase]["status"] == "success", phase
    assert report["test_cases"]["generated"] >= MIN_CASES
    # The five checks, against the emulator on loopback, with the key hidden from the report.
    command = report["command"]
    for check in (
        "not_a_server_error",
        "response_schema_conformance",
        "status_code_conformance",
        "content_type_conformance",
        "negative_data_rejection",
    ):
        assert check in command
    assert "--url http://127.0.0.1:" in command
    assert "sk-or-v1-fuzz" not in json.dumps(report)


def test_an_emulator_that_accepts_invalid_requests_fails_the_smoke_run(tmp_path: Path) -> None:
    proc, report = _fuzz(tmp_path, "--accept-invalid")
    assert proc.returncode != 0
    assert report["exit_code"] != 0
    # By the failure's type: the report's `code` (ST201) is newer than 4.30.1, the release for Python 3.10.
    by_type = {failure["type"]: failure for failure in report["failures"]}
    # Schema-violating requests accepted; the PATCH /keys/{hash} of issue 12 among them.
    assert "AcceptedNegativeData" in by_type, report["failures"]
    assert "PATCH /keys/{hash}" in by_type["AcceptedNegativeData"]["operations"]
    assert "POST /keys" in by_type["AcceptedNegativeData"]["operations"]
