"""A smoke run of the benchmark harness (`python -m bench --smoke`): tiny sizes, so it measures nothing.

It keeps `make bench` working without needing the bench venv: peers that are not installed here are reported as
skipped, while our client and the raw-httpx floor go through every figure against the emulator on loopback.
No timing is asserted; only that each figure produced numbers for us and for the floor, and the report was written.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ("cold", "parse", "stream", "concurrent", "keys")


@pytest.fixture(scope="module")
def smoke_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], dict]:
    out_dir = tmp_path_factory.mktemp("bench")
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "--smoke", "--out-dir", str(out_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc, json.loads((out_dir / "results.json").read_text())


def test_every_figure_measures_our_client_and_the_floor(smoke_run: tuple) -> None:
    _proc, results = smoke_run
    assert set(results["figures"]) == set(FIGURES)
    for name, figure in results["figures"].items():
        for subject in ("ours", "floor"):
            assert figure["status"][subject] == "ok", (name, subject, figure["status"][subject])
        headline = next(iter(figure["medians"].values()))
        assert headline["ours"] > 0
        assert headline["floor"] > 0
        assert "floor" in figure["ratios"][next(iter(figure["medians"]))]


def test_peers_are_measured_or_reported_as_skipped(smoke_run: tuple) -> None:
    _proc, results = smoke_run
    for figure in results["figures"].values():
        for subject, status in figure["status"].items():
            if subject in ("openrouter", "openai"):
                assert status == "ok" or status.startswith("skipped:"), (subject, status)


def test_the_report_names_machine_goals_and_the_table(smoke_run: tuple) -> None:
    proc, results = smoke_run
    assert results["machine"]["cores"] >= 1
    assert results["date"]
    assert results["chart"] == "ratios.png" or results["chart"].startswith("not drawn:")
    goals = [goal for figure in results["figures"].values() for goal in figure["goals"]]
    assert goals
    assert all(goal["met"] in (True, False, None) for goal in goals)
    assert "2. Parsing GET /models" in proc.stdout
    assert "ours/floor" in proc.stdout
