"""A tiny run of scripts/soak.py (make soak), and proof that its verdict can fail."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from openrouter_ext import StreamIncompleteError
from openrouter_ext.testing import ResetMidStream

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "soak.py"


@pytest.fixture(scope="module")
def soak() -> ModuleType:
    spec = importlib.util.spec_from_file_location("soak_script", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # attrs classes look their module up while being built
    spec.loader.exec_module(module)
    return module


def test_a_small_soak_passes_and_reports_every_figure(soak: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    assert soak.main(["--streams", "24", "--seed", "7", "--concurrency", "8", "--fault-rate", "0.7"]) == 0
    out = capsys.readouterr().out
    for figure in ("completed:", "retried:", "failed:", "contradictions:     0", "leaked connections: 0", "peak RSS:"):
        assert figure in out
    assert "soak: OK" in out


def test_the_plan_is_fixed_by_the_seed(soak: ModuleType) -> None:
    first = soak.make_plans(50, 11, 0.5)
    assert first == soak.make_plans(50, 11, 0.5)
    assert first != soak.make_plans(50, 12, 0.5)
    assert any(plan.scenario is not soak.CLEAN for plan in first)


def test_a_result_that_contradicts_its_fault_fails_the_soak(
    soak: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A scenario that wrongly promises the whole answer after a mid-stream reset: the soak must call it out.
    wrong = soak.Scenario("reset, wrongly expected to succeed", lambda rng, n: soak._once(ResetMidStream(1)), None, 0)
    monkeypatch.setattr(soak, "SCENARIOS", (wrong,))
    assert soak.main(["--streams", "3", "--seed", "1", "--fault-rate", "1"]) == 1
    out = capsys.readouterr().out
    assert "contradictions:     3" in out
    assert f"expected the whole answer, got {StreamIncompleteError.__name__}" in out
    assert "soak: FAILED" in out
