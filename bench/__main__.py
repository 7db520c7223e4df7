"""`python -m bench [--smoke] [--figures cold,parse,...] [--out-dir DIR]`, and `python -m bench profile FIG SUBJECT`.

Runs every figure for every subject (ours, the official `openrouter` SDK, the `openai` SDK, raw httpx as the floor),
each measurement in a fresh worker process, round by round with the subjects' order rotated so that noise from
whatever else the machine is doing spreads over all of them. Prints a table, writes `results.json` and a chart of
the ratios (`ratios.png`, when matplotlib is installed). A subject whose package is not installed is reported as
skipped; a figure whose piece of our client does not exist yet is reported as missing, never as a number.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench._worker import SUBJECT_PACKAGES, cold_snippet

ROOT = Path(__file__).resolve().parent.parent
SUBJECTS = ("ours", "openrouter", "openai", "floor")
PEER_LABELS = {
    "ours": "openrouter_ext",
    "openrouter": "openrouter SDK",
    "openai": "openai SDK",
    "floor": "httpx + json",
}

FULL: dict[str, Any] = {
    "cold_rounds": 15,
    "parse_models": 350,
    # Many short rounds rather than a few long ones: this machine has slow spells of several seconds, and short
    # rounds, taken in turn, spread them over every subject instead of landing on one subject's round.
    "parse_rounds": 15,
    "parse_inner": 7,
    "stream_chunks": 10_000,
    "stream_rounds": 5,
    "stream_inner": 1,
    "ttft_chunks": 20,
    "ttft_repeats": 10,
    "conc_streams": 200,
    "conc_chunks": 100,
    "conc_delay": 0.002,
    "conc_rounds": 3,
    "keys": 10_000,
    "keys_rounds": 3,
    "call_calls": 200,
    "call_rounds": 5,
    "call_inner": 3,
}
# Tiny sizes that prove the harness works end to end (tests/test_bench_smoke.py runs these).
SMOKE: dict[str, Any] = {
    "cold_rounds": 1,
    "parse_models": 20,
    "parse_rounds": 1,
    "parse_inner": 2,
    "stream_chunks": 50,
    "stream_rounds": 1,
    "stream_inner": 1,
    "ttft_chunks": 5,
    "ttft_repeats": 1,
    "conc_streams": 4,
    "conc_chunks": 10,
    "conc_delay": 0.0,
    "conc_rounds": 1,
    "keys": 250,
    "keys_rounds": 1,
    "call_calls": 3,
    "call_rounds": 1,
    "call_inner": 1,
}

# Which subjects each figure measures (openai has no typed model list or key management to compare).
FIGURE_SUBJECTS = {
    "cold": ("ours", "openrouter", "openai", "floor"),
    "parse": ("ours", "openrouter", "floor"),
    "stream": ("ours", "openrouter", "openai", "floor"),
    "concurrent": ("ours", "openrouter", "openai", "floor"),
    "keys": ("ours", "openrouter", "floor"),
    "call": ("ours", "openrouter", "openai", "floor"),
}
FIGURE_TITLES = {
    "cold": "1. Cold import to first usable client (import + construct + chat resource, fresh process)",
    "parse": "2. Parsing GET /models (typed models, per parse)",
    "stream": "3. Chat streaming (client CPU per content chunk; time to first token)",
    "concurrent": "4. Concurrent async streams through one client",
    "keys": "5. Walking every API key (pager vs. the user's offset loop)",
    "call": "6. CPU per non-streamed chat call (build, check, send, parse; client process only)",
}
# Metric -> (label, unit); the first metric of a figure is the one the chart shows.
METRICS = {
    "cold": {"import_ms": ("import + construct", "ms"), "rss_mib": ("RSS after", "MiB")},
    "parse": {"parse_ms": ("time per parse", "ms")},
    "stream": {
        "cpu_us_per_chunk": ("CPU per chunk", "us"),
        "ttft_ms": ("time to first token", "ms"),
        "stream_wall_ms": ("wall per stream", "ms"),
    },
    "concurrent": {
        "wall_ms": ("wall time", "ms"),
        "cpu_ms": ("CPU time", "ms"),
        "peak_rss_mib": ("peak RSS", "MiB"),
        "kib_per_stream": ("memory per stream", "KiB"),
    },
    "call": {"cpu_us_per_call": ("CPU per call", "us")},
    "keys": {
        "walk_ms": ("walk time", "ms"),
        "peak_kib": ("peak heap, all keys", "KiB"),
        "peak_kib_quarter": ("peak heap, 1/4 keys", "KiB"),
    },
}


# ---------------------------------------------------------------------------------------------------------------
# Processes.


@contextlib.contextmanager
def emulator(keys: int) -> Iterator[str]:
    """The emulator in its own process; yields its base URL. It exits when we close its stdin."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bench._server", "--keys", str(keys)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            raise RuntimeError("the emulator process exited before it served")
        yield str(json.loads(line)["base_url"])
    finally:
        assert process.stdin is not None
        process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _result_line(stdout: str) -> str | None:
    lines = [line for line in stdout.splitlines() if line.startswith("RESULT ")]
    return lines[-1][len("RESULT ") :] if lines else None


def _failure(proc: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    tail = (proc.stderr or proc.stdout or "").strip().splitlines()[-3:]
    return {"error": f"exit {proc.returncode}: " + " | ".join(tail)}


def run_worker(figure: str, subject: str, params: dict[str, Any]) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "bench._worker", figure, subject, json.dumps(params)]
    try:
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=900)
    except subprocess.TimeoutExpired:
        return {"error": "timed out after 900 s"}
    line = _result_line(proc.stdout)
    if proc.returncode != 0 or line is None:
        return _failure(proc)
    result: dict[str, Any] = json.loads(line)
    return result


def byte_compile_ours() -> str:
    """Write the bytecode of our two packages, as installing the wheel does; returns what was done, for the report.

    The peers come from wheels, whose modules pip byte-compiles at install time. Ours is the editable working tree,
    and where no `__pycache__` gets written (PYTHONDONTWRITEBYTECODE=1, a read-only checkout) every fresh
    interpreter would compile its ~450 KiB of source again, which no installed copy ever does: the cold figure would
    measure the compiler (about 30 ms here) rather than the import. Up-to-date files are left as they are.
    """
    import compileall

    roots = []
    for package in ("openrouter_ext", "openrouter_api"):
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            continue
        root = Path(next(iter(spec.submodule_search_locations)))
        if not compileall.compile_dir(root, quiet=1, workers=1):
            return f"byte-compiling {root} failed: our modules are compiled on each import"
        roots.append(package)
    return f"{' and '.join(roots)} byte-compiled before the figure, as a wheel install does"


def run_cold(subject: str, base_url: str) -> dict[str, Any]:
    if importlib.util.find_spec(SUBJECT_PACKAGES[subject]) is None:
        return {"skipped": f"{SUBJECT_PACKAGES[subject]} is not installed"}
    cmd = [sys.executable, "-c", cold_snippet(subject, base_url)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)
    line = _result_line(proc.stdout)
    if proc.returncode != 0 or line is None:
        return _failure(proc)
    seconds, rss_kib = line.split()
    return {"samples": {"import_ms": [float(seconds) * 1e3], "rss_mib": [int(rss_kib) / 1024]}}


# ---------------------------------------------------------------------------------------------------------------
# Figures.


def worker_params(figure: str, sizes: dict[str, Any], base_url: str) -> tuple[int, dict[str, Any]]:
    """(rounds, params for one worker run)."""
    if figure == "parse":
        return sizes["parse_rounds"], {"models": sizes["parse_models"], "warmup": 3, "inner": sizes["parse_inner"]}
    if figure == "stream":
        return sizes["stream_rounds"], {
            "base_url": base_url,
            "chunks": sizes["stream_chunks"],
            "inner": sizes["stream_inner"],
            "ttft_chunks": sizes["ttft_chunks"],
            "ttft_repeats": sizes["ttft_repeats"],
        }
    if figure == "concurrent":
        return sizes["conc_rounds"], {
            "base_url": base_url,
            "streams": sizes["conc_streams"],
            "chunks": sizes["conc_chunks"],
            "chunk_delay": sizes["conc_delay"],
        }
    if figure == "keys":
        return sizes["keys_rounds"], {"base_url": base_url, "keys": sizes["keys"]}
    if figure == "call":
        return sizes["call_rounds"], {
            "base_url": base_url,
            "calls": sizes["call_calls"],
            "inner": sizes["call_inner"],
            "warmup": 5,
            "chunks": 8,
        }
    raise ValueError(figure)


def measure(figure: str, subjects: tuple[str, ...], sizes: dict[str, Any], base_url: str) -> dict[str, Any]:
    """{subject: {"samples": {metric: [...]}} | {"skipped"|"missing"|"error": reason}}, rounds interleaved."""
    if figure == "cold":
        rounds, params = sizes["cold_rounds"], {}
    else:
        rounds, params = worker_params(figure, sizes, base_url)
    outcome: dict[str, dict[str, Any]] = {subject: {"samples": {}} for subject in subjects}
    for round_index in range(rounds):
        shift = round_index % len(subjects)
        for subject in subjects[shift:] + subjects[:shift]:
            if set(outcome[subject]) - {"samples", "info"}:
                continue  # skipped, missing or failed already: don't try again
            result = run_cold(subject, base_url) if figure == "cold" else run_worker(figure, subject, params)
            if "samples" not in result:
                outcome[subject] = result
                continue
            for metric, values in result["samples"].items():
                outcome[subject]["samples"].setdefault(metric, []).extend(values)
            if "info" in result:
                outcome[subject]["info"] = result["info"]
    return outcome


def medians(outcome: dict[str, Any]) -> dict[str, dict[str, float]]:
    """{metric: {subject: median}} over the subjects that produced samples."""
    table: dict[str, dict[str, float]] = {}
    for subject, result in outcome.items():
        for metric, values in result.get("samples", {}).items():
            if values:
                table.setdefault(metric, {})[subject] = statistics.median(values)
    return table


def ratios(values: dict[str, float]) -> dict[str, float]:
    """ours / each other subject (below 1: ours is cheaper)."""
    ours = values.get("ours")
    if ours is None:
        return {}
    return {subject: ours / other for subject, other in values.items() if subject != "ours" and other > 0}


def goals(figure: str, table: dict[str, dict[str, float]]) -> list[dict[str, Any]]:
    """The issue's goals for this figure: met True/False, or None when a side is missing."""

    def check(text: str, metric: str, peer: str, factor: float = 1.0) -> dict[str, Any]:
        values = table.get(metric, {})
        if "ours" not in values or peer not in values:
            return {"goal": text, "met": None, "why": "not measured (a side is missing or skipped)"}
        ours, other = values["ours"], values[peer]
        return {"goal": text, "met": ours <= other * factor, "ours": ours, peer: other}

    # The goals of the performance issue ("Performance with the whole API"), each a ratio within this run.
    if figure == "cold":
        return [
            check("import + construct at most 0.4x the official SDK", "import_ms", "openrouter", 0.4),
            check("import + construct at most 1.4x the floor", "import_ms", "floor", 1.4),
        ]
    if figure == "parse":
        return [check("parse at most 0.5x the official SDK's", "parse_ms", "openrouter", 0.5)]
    if figure == "stream":
        return [check("CPU per chunk at most 2.0x the floor", "cpu_us_per_chunk", "floor", 2.0)]
    if figure == "concurrent":
        per_stream = table.get("kib_per_stream", {}).get("ours")
        if per_stream is None:
            return [{"goal": "memory per stream at most 32 KiB", "met": None, "why": "not measured"}]
        return [{"goal": "memory per stream at most 32 KiB", "met": per_stream <= 32, "ours": per_stream}]
    if figure == "call":
        return [
            check("CPU per non-streamed call at most 0.5x the official SDK's", "cpu_us_per_call", "openrouter", 0.5)
        ]
    if figure == "keys":
        full, quarter = table.get("peak_kib", {}).get("ours"), table.get("peak_kib_quarter", {}).get("ours")
        if full is None or quarter is None:
            return [{"goal": "flat peak memory", "met": None, "why": "not measured"}]
        # Flat: walking 4x the keys may not cost more than 1.5x the peak (plus 64 KiB of slack for noise).
        return [
            {"goal": "flat peak memory (all keys vs 1/4)", "met": full <= 1.5 * quarter + 64, "ratio": full / quarter}
        ]
    return []


# ---------------------------------------------------------------------------------------------------------------
# Report.


def machine() -> dict[str, Any]:
    cpu = "unknown"
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = None
    with contextlib.suppress(OSError, ValueError), open("/proc/meminfo") as meminfo:
        memory = round(int(meminfo.readline().split()[1]) / 1024 / 1024, 1)
    versions = {}
    for dist in ("openrouter-ext", "openrouter", "openai", "httpx", "httpx-sse", "pydantic", "attrs"):
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            versions[dist] = importlib.metadata.version(dist)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": memory,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "versions": versions,
        "commit": commit.stdout.strip() or None,
    }


def _fmt(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def render_table(results: dict[str, Any]) -> str:
    lines = []
    for figure, data in results["figures"].items():
        subjects = [s for s in FIGURE_SUBJECTS[figure] if s in data["status"]]
        lines.append("")
        lines.append(FIGURE_TITLES[figure])
        header = f"  {'metric':<26}" + "".join(f"{PEER_LABELS[s]:>17}" for s in subjects) + "  "
        header += "".join(f"{'ours/' + s:>14}" for s in subjects if s != "ours")
        lines.append(header)
        for metric, values in data["medians"].items():
            label, unit = METRICS[figure].get(metric, (metric, ""))
            row = f"  {label + ' (' + unit + ')':<26}"
            for subject in subjects:
                row += f"{_fmt(values[subject]) if subject in values else '-':>17}"
            row += "  "
            metric_ratios = data["ratios"].get(metric, {})
            for subject in subjects:
                if subject != "ours":
                    row += f"{(_fmt(metric_ratios[subject]) + 'x') if subject in metric_ratios else '-':>14}"
            lines.append(row)
        for subject, state in data["status"].items():
            if state != "ok":
                lines.append(f"  {PEER_LABELS[subject]}: {state}")
        for goal in data["goals"]:
            mark = {True: "MET", False: "MISSED", None: "n/a"}[goal["met"]]
            lines.append(f"  goal: {goal['goal']}: {mark}")
    return "\n".join(lines)


def draw_chart(results: dict[str, Any], path: Path) -> str | None:
    """A bar chart of ours/peer for each figure's headline metrics (log scale; below 1 is better). None if drawn."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return "matplotlib is not installed"
    headline = {
        "cold": ["import_ms"],
        "parse": ["parse_ms"],
        "stream": ["cpu_us_per_chunk", "ttft_ms"],
        "concurrent": ["wall_ms", "peak_rss_mib"],
        "keys": ["walk_ms", "peak_kib"],
    }
    groups: list[tuple[str, dict[str, float]]] = []
    for figure, metrics in headline.items():
        data = results["figures"].get(figure)
        if not data:
            continue
        for metric in metrics:
            if data["ratios"].get(metric):
                groups.append((f"{figure}\n{METRICS[figure][metric][0]}", data["ratios"][metric]))
    if not groups:
        return "no ratios to draw"
    peers = ["openrouter", "openai", "floor"]
    colors = {"openrouter": "#4c72b0", "openai": "#55a868", "floor": "#999999"}
    width = 0.27
    fig, ax = plt.subplots(figsize=(max(8, 1.4 * len(groups)), 5))
    for offset, peer in enumerate(peers):
        xs = [i + (offset - 1) * width for i, (_, r) in enumerate(groups) if peer in r]
        ys = [r[peer] for _, r in groups if peer in r]
        if xs:
            ax.bar(xs, ys, width, label=f"ours / {PEER_LABELS[peer]}", color=colors[peer])
    ax.axhline(1.0, color="black", linewidth=0.8)
    ax.set_yscale("log")
    ax.set_xticks(range(len(groups)))
    ax.set_xticklabels([label for label, _ in groups], fontsize=8)
    ax.set_ylabel("ratio (below 1: openrouter_ext is cheaper)")
    m = results["machine"]
    ax.set_title(f"openrouter_ext vs peers, {results['date']}: {m['cpu']}, {m['cores']} cores", fontsize=9)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return None


# ---------------------------------------------------------------------------------------------------------------
# Entry points.


def run_all(
    figures: list[str], sizes: dict[str, Any], out_dir: Path, *, subjects: tuple[str, ...] = SUBJECTS
) -> dict[str, Any]:
    started = time.time()
    results: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "machine": machine(),
        "sizes": sizes,
        "note": "medians of repeated runs; every ratio is ours / peer (below 1: ours is cheaper)",
        "figures": {},
    }
    with emulator(keys=sizes["keys"] if "keys" in figures else 0) as base_url:
        for figure in figures:
            print(f"measuring {figure} ...", file=sys.stderr, flush=True)
            if figure == "cold":
                results["machine"]["bytecode"] = byte_compile_ours()
            chosen = tuple(s for s in FIGURE_SUBJECTS[figure] if s in subjects)
            outcome = measure(figure, chosen, sizes, base_url)
            table = medians(outcome)
            results["figures"][figure] = {
                "title": FIGURE_TITLES[figure],
                "medians": table,
                "ratios": {metric: ratios(values) for metric, values in table.items()},
                "goals": goals(figure, table),
                "status": {
                    subject: "ok" if "samples" in result else next(f"{k}: {v}" for k, v in result.items())
                    for subject, result in outcome.items()
                },
                "samples": {subject: result.get("samples", {}) for subject, result in outcome.items()},
                "info": {subject: result["info"] for subject, result in outcome.items() if "info" in result},
            }
    if "concurrent" in results["figures"]:
        results["figures"]["concurrent"]["pools"] = (
            "openrouter_ext and the openai SDK keep their default pools (httpx's 100 connections for ours); the "
            "floor and the official SDK get an unlimited one: with its default pool the official SDK stalls for "
            "good past 100 streams in flight"
        )
    results["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    results["duration_s"] = round(time.time() - started, 1)
    out_dir.mkdir(parents=True, exist_ok=True)
    chart_problem = draw_chart(results, out_dir / "ratios.png")
    results["chart"] = "ratios.png" if chart_problem is None else f"not drawn: {chart_problem}"
    (out_dir / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    return results


def profile(figure: str, subject: str, sizes: dict[str, Any]) -> None:
    """Run one figure for one subject in this process under pyinstrument (or cProfile) and print the profile."""
    from bench import _worker

    with emulator(keys=sizes["keys"] if figure == "keys" else 0) as base_url:
        if figure == "cold":
            os.execv(sys.executable, [sys.executable, "-X", "importtime", "-c", cold_snippet(subject, base_url)])
        _rounds, params = worker_params(figure, sizes, base_url)
        try:
            from pyinstrument import Profiler
        except ImportError:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.runcall(_worker.run, figure, subject, params)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
            return
        with Profiler(interval=0.0005) as prof:
            _worker.run(figure, subject, params)
        print(prof.output_text(unicode=True, color=False, show_all=False))


def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else argv
    if args_list[:1] == ["profile"]:
        parser = argparse.ArgumentParser(prog="python -m bench profile")
        parser.add_argument("figure", choices=list(FIGURE_SUBJECTS))
        parser.add_argument("subject", choices=SUBJECTS)
        parser.add_argument("--smoke", action="store_true", help="tiny sizes")
        args = parser.parse_args(args_list[1:])
        profile(args.figure, args.subject, SMOKE if args.smoke else FULL)
        return 0
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny sizes: proves the harness works, measures nothing")
    parser.add_argument("--figures", default=",".join(FIGURE_SUBJECTS), help="comma-separated subset")
    parser.add_argument(
        "--subjects", default=",".join(SUBJECTS), help="comma-separated subset of " + ", ".join(SUBJECTS)
    )
    parser.add_argument("--out-dir", default=str(ROOT / "bench"), help="where results.json and ratios.png go")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="override one size")
    args = parser.parse_args(args_list)
    sizes = dict(SMOKE if args.smoke else FULL)
    for item in args.set:
        name, _, value = item.partition("=")
        if name not in sizes:
            parser.error(f"unknown size {name!r} (known: {', '.join(sizes)})")
        sizes[name] = type(sizes[name])(float(value)) if isinstance(sizes[name], int) else float(value)
    figures = [f.strip() for f in args.figures.split(",") if f.strip()]
    unknown = set(figures) - set(FIGURE_SUBJECTS)
    if unknown:
        parser.error(f"unknown figure(s): {', '.join(sorted(unknown))}")
    subjects = tuple(s.strip() for s in args.subjects.split(",") if s.strip())
    if set(subjects) - set(SUBJECTS) or "ours" not in subjects:
        parser.error(f"--subjects must include ours and name only {', '.join(SUBJECTS)}")
    out_dir = Path(args.out_dir)
    results = run_all(figures, sizes, out_dir, subjects=subjects)
    m = results["machine"]
    print(f"openrouter_ext benchmarks, {results['date']}, {m['cpu']} ({m['cores']} cores), Python {m['python']}")
    print(f"load average at start {m['load_average_at_start']}, at end {m['load_average_at_end']}")
    if "bytecode" in m:
        print(f"bytecode: {m['bytecode']}")
    print(render_table(results))
    print(f"\nwrote {out_dir / 'results.json'}; chart: {results['chart']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
