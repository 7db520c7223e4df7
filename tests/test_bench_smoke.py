"""A smoke run of the benchmark harness (`python -m bench --smoke`): tiny sizes, so it measures nothing.

It keeps `make bench` working without needing the bench venv: peers that are not installed here are reported as
skipped, while our client and the raw-httpx floor go through every figure against the emulator on loopback.
No speed is asserted; what is asserted is that every figure produced plausible numbers for us and for the floor
(each sample finite, and positive where zero is impossible), and that each subject did the work: the texts it
streamed, the models it parsed and the keys it walked are the ones the emulator served, all of them.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bench.__main__ import METRICS, SMOKE
from bench._worker import expected_text

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ("cold", "parse", "stream", "concurrent", "keys", "call")
MEASURED = ("ours", "floor")
# Growth over a baseline: a tiny run may well allocate nothing new. Every other metric is a time, or a size of
# something that exists, so it cannot be zero.
MAY_BE_ZERO = {"kib_per_stream"}


@pytest.fixture(scope="module")
def smoke_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    out_dir = tmp_path_factory.mktemp("bench")
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "--smoke", "--out-dir", str(out_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    results: dict[str, Any] = json.loads((out_dir / "results.json").read_text())
    return proc, results


def test_every_figure_measures_our_client_and_the_floor(smoke_run: tuple[Any, dict[str, Any]]) -> None:
    _proc, results = smoke_run
    assert set(results["figures"]) == set(FIGURES)
    for name, figure in results["figures"].items():
        for subject in MEASURED:
            assert figure["status"][subject] == "ok", (name, subject, figure["status"][subject])
        assert set(figure["medians"]) == set(METRICS[name]), name
        headline = next(iter(METRICS[name]))
        assert "floor" in figure["ratios"][headline], name


def test_every_sample_is_finite_and_positive_where_it_must_be(smoke_run: tuple[Any, dict[str, Any]]) -> None:
    _proc, results = smoke_run
    for name, figure in results["figures"].items():
        for subject in MEASURED:
            samples = figure["samples"][subject]
            assert set(samples) == set(METRICS[name]), (name, subject)
            for metric, values in samples.items():
                assert values, (name, subject, metric)
                for value in values:
                    assert isinstance(value, (int, float)), (name, subject, metric, value)
                    assert math.isfinite(value), (name, subject, metric, value)
                    assert value >= 0 if metric in MAY_BE_ZERO else value > 0, (name, subject, metric, value)
                median = figure["medians"][metric][subject]
                assert min(values) <= median <= max(values), (name, subject, metric)
        for metric, ratios in figure["ratios"].items():
            for peer, ratio in ratios.items():
                assert math.isfinite(ratio), (name, metric, peer, ratio)
                assert ratio > 0 or metric in MAY_BE_ZERO, (name, metric, peer, ratio)


def test_each_subject_did_the_work_the_figure_asks(smoke_run: tuple[Any, dict[str, Any]]) -> None:
    _proc, results = smoke_run
    figures = results["figures"]
    stream_text = expected_text(SMOKE["stream_chunks"])
    concurrent_text = expected_text(SMOKE["conc_chunks"])
    for subject in MEASURED:
        parse = figures["parse"]["info"][subject]
        assert parse["models_parsed"] == SMOKE["parse_models"], subject
        assert parse["body_bytes"] > 0, subject

        stream = figures["stream"]["info"][subject]
        assert stream["text_chars"] == len(stream_text), subject
        assert stream["text_tail"] == stream_text[-24:], subject

        concurrent = figures["concurrent"]["info"][subject]
        assert concurrent["texts_checked"] == SMOKE["conc_streams"], subject
        assert concurrent["text_chars"] == len(concurrent_text), subject
        assert concurrent["text_tail"] == concurrent_text[-24:], subject

        assert figures["keys"]["info"][subject]["keys"] == SMOKE["keys"], subject


def test_peers_are_measured_or_reported_as_skipped(smoke_run: tuple[Any, dict[str, Any]]) -> None:
    _proc, results = smoke_run
    for figure in results["figures"].values():
        for subject, status in figure["status"].items():
            if subject in ("openrouter", "openai"):
                assert status == "ok" or status.startswith("skipped:"), (subject, status)


def test_the_report_names_machine_goals_and_the_table(smoke_run: tuple[Any, dict[str, Any]]) -> None:
    proc, results = smoke_run
    assert results["machine"]["cores"] >= 1
    assert results["date"]
    assert results["chart"] == "ratios.png" or results["chart"].startswith("not drawn:")
    goals = [goal for figure in results["figures"].values() for goal in figure["goals"]]
    assert goals
    assert all(goal["met"] in (True, False, None) for goal in goals)
    for title in (figure["title"] for figure in results["figures"].values()):
        assert title in proc.stdout
    assert "ours/floor" in proc.stdout
