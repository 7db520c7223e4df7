#!/usr/bin/env python3
"""Fuzz the emulator with schemathesis 4 against the pinned spec with the overlay applied (`make fuzz`).

    make fuzz                                              # the bounded, seeded run
    make fuzz FUZZ_ARGS='--max-examples 200 --seed 7'      # any schemathesis option is passed on (the last one wins)
    make fuzz FUZZ_ARGS=--smoke                            # the short run make test does (tests/test_fuzz_smoke.py)

The emulator is started in this process on 127.0.0.1 with a fixed key, the overlaid document is written to a
temporary file, and schemathesis (installed only in .fuzz-venv, given by --schemathesis) is run against it with
the checks below. schemathesis prints its own summary; the exit status is its own, so any failure fails the target.
Nothing leaves the machine: the only URL schemathesis is given is the emulator's.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from overlay import apply_overlay, load_overlay  # noqa: E402

from openrouter_ext.testing import Emulator  # noqa: E402

SPEC_PATH = ROOT / "openapi" / "openrouter.yaml"
OVERLAY_PATH = ROOT / "openapi" / "overlay.yaml"
# A key made up for the run: the emulator accepts only it, on every route (user and management alike).
FUZZ_KEY = "sk-or-v1-fuzz-0000000000000000000000000000000000000000000000000000000000000000"
CHECKS = (
    "not_a_server_error",
    "response_schema_conformance",
    "status_code_conformance",
    "content_type_conformance",
    "negative_data_rejection",
)
# Bounded and reproducible: a fixed seed, a fixed number of cases per operation, no example database carried
# over from an earlier run. (No --max-time: schemathesis repeats fuzzing until that budget is spent.) One worker:
# on Python 3.11, hypothesis parsing lambdas in two threads at once trips CPython's "AST constructor recursion depth
# mismatch" SystemError, which schemathesis reports as an error of the run.
DEFAULTS = (
    "--max-examples",
    "30",
    "--seed",
    "20250101",
    "--generation-database",
    "none",
    "--workers",
    "1",
)


# `--smoke` (what make test runs): a few operations that between them cover request validation (JSON bodies,
# path and query parameters, formats), state kept across calls, shapes picked by a field, and keyless access.
SMOKE_PATHS = (
    "/keys",
    "/keys/{hash}",
    "/byok",
    "/byok/{id}",
    "/observability/destinations",
    "/auth/keys/code",
    "/models/count",
)
SMOKE = (
    *(arg for path in SMOKE_PATHS for arg in ("--include-path", path)),
    "--phases",
    "examples,coverage,fuzzing",
    "--max-examples",
    "5",
)


def events_as_json_text(document: dict[str, Any]) -> int:
    """Say in JSON Schema terms what the spec's event streams mean: each event's `data` is JSON text.

    The published document describes an event stream Speakeasy's way: `data` is given the schema of the decoded
    payload (`data: {$ref: ChatStreamChunk}`). On the wire an event's data is a string, and schemathesis, which
    reads the schema as JSON Schema, checks that string against an object schema and fails every event. Here each
    such `data` becomes a string whose `contentMediaType` is application/json and whose `contentSchema` is the
    published one (the OpenAPI 3.1/3.2 way), with the `x-speakeasy-sse-sentinel` ([DONE]) allowed as the string
    it is; schemathesis then decodes every event and validates it against the spec's own event schema. Nothing is
    loosened: an event that is not JSON, or whose JSON the published schema rejects, still fails. Returns how many
    stream schemas were rewritten.
    """
    schemas = document["components"]["schemas"]
    rewritten: set[str] = set()
    for item in document["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for response in operation.get("responses", {}).values():
                media = response.get("content", {}).get("text/event-stream")
                ref = (media or {}).get("schema", {}).get("$ref", "")
                name = ref.rsplit("/", 1)[-1]
                if not ref.startswith("#/components/schemas/") or name in rewritten:
                    continue
                data = schemas[name].get("properties", {}).get("data")
                if data is None:
                    continue
                text: dict[str, Any] = {"type": "string", "contentMediaType": "application/json", "contentSchema": data}
                sentinel = media.get("x-speakeasy-sse-sentinel")
                schemas[name]["properties"]["data"] = {"anyOf": [{"const": sentinel}, text]} if sentinel else text
                rewritten.add(name)
    return len(rewritten)


def overlaid_spec(directory: Path, overlay: Path = OVERLAY_PATH) -> Path:
    """The pinned document with the overlay applied (and its event streams read as above), written as JSON."""
    # libyaml's loader when PyYAML has it: the pure-Python one takes seconds over the 39,000-line document.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = yaml.load(SPEC_PATH.read_text(encoding="utf-8"), Loader=loader)
    overlaid, _ = apply_overlay(document, load_overlay(overlay))
    events_as_json_text(overlaid)
    target = directory / "openrouter.overlaid.json"
    target.write_text(json.dumps(overlaid), encoding="utf-8")
    return target


def seed(emu: Emulator) -> dict[str, dict[str, str]]:
    """Create what the operations addressed by an id need, and say which ids to use, by operation.

    schemathesis finds most ids through the spec's links and by creating resources itself; these it cannot (the
    destination's create answer is a union, the video and budget paths have no link), so without them they would
    only ever be called with ids the emulator does not know.
    """
    headers = {"Authorization": f"Bearer {FUZZ_KEY}"}
    with httpx.Client(base_url=emu.base_url, headers=headers, timeout=10.0) as client:

        def created(path: str, body: dict[str, Any], key: str = "id") -> str:
            response = client.post(path, json=body)
            response.raise_for_status()
            value: str = response.json()["data"][key] if "data" in response.json() else response.json()[key]
            return value

        guardrail = created("/guardrails", {"name": "fuzz"})
        workspace = created("/workspaces", {"name": "Fuzz", "slug": "fuzz"})
        client.put(f"/workspaces/{workspace}/budgets/monthly", json={"limit_usd": 10}).raise_for_status()
        config = {"baseUrl": "https://langfuse.example", "publicKey": "pk-lf-fuzz", "secretKey": "sk-lf-fuzz"}
        destination = created("/observability/destinations", {"name": "Fuzz", "type": "langfuse", "config": config})
        video = created("/videos", {"model": "google/veo-3.1", "prompt": "a fuzzed cat"})
    return {
        "POST /guardrails/{id}/assignments/keys": {"path.id": guardrail},
        "GET /guardrails/{id}/assignments/keys": {"path.id": guardrail},
        "DELETE /workspaces/{id}/budgets/{interval}": {"path.id": workspace},
        "GET /observability/destinations/{id}": {"path.id": destination},
        "PATCH /observability/destinations/{id}": {"path.id": destination},
        "DELETE /observability/destinations/{id}": {"path.id": destination},
        "GET /videos/{jobId}/content": {"path.jobId": video},
        "GET /model/{author}/{slug}": {"path.author": "openai", "path.slug": "gpt-4o-mini"},
    }


def config_file(directory: Path, parameters: dict[str, dict[str, str]]) -> Path:
    """A schemathesis.toml giving those operations their ids."""
    lines = []
    for name, values in parameters.items():
        lines += ["[[operations]]", f"include-name = {json.dumps(name)}", "[operations.parameters]"]
        lines += [f"{json.dumps(key)} = {json.dumps(value)}" for key, value in values.items()]
        lines.append("")
    target = directory / "schemathesis.toml"
    target.write_text("\n".join(lines), encoding="utf-8")
    return target


def command(
    schemathesis: str, spec: Path, config: Path, base_url: str, extra: list[str], *, smoke: bool = False
) -> list[str]:
    return [
        schemathesis,
        "--config-file",
        str(config),
        "run",
        str(spec),
        "--url",
        base_url,
        "--header",
        f"Authorization: Bearer {FUZZ_KEY}",
        "--checks",
        ",".join(CHECKS),
        "--no-color",
        *DEFAULTS,
        *(SMOKE if smoke else ()),
        *extra,
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schemathesis", required=True, help="the schemathesis executable (in .fuzz-venv)")
    parser.add_argument(
        "--overlay", type=Path, default=OVERLAY_PATH, help="the overlay to apply (default: openapi/overlay.yaml)"
    )
    parser.add_argument(
        "--accept-invalid",
        action="store_true",
        help="start the emulator with validate_requests=False, to see the fuzzer catch what validation prevents",
    )
    parser.add_argument("--smoke", action="store_true", help="a short run over a few operations (make test)")
    args, extra = parser.parse_known_args(argv)
    emulator = Emulator(api_key=FUZZ_KEY, management_key=FUZZ_KEY, validate_requests=not args.accept_invalid)
    with tempfile.TemporaryDirectory(prefix="fuzz-") as tmp, emulator as emu:
        spec = overlaid_spec(Path(tmp), args.overlay)
        config = config_file(Path(tmp), seed(emu))
        # Absolute: schemathesis runs in the temporary directory, so that its report files stay out of the tree.
        executable = str(Path(args.schemathesis).absolute()) if "/" in args.schemathesis else args.schemathesis
        argv_run = command(executable, spec, config, emu.base_url, extra, smoke=args.smoke)
        # The key is made up, but a command line is still no place to print one.
        shown = " ".join(part.replace(FUZZ_KEY, "<fuzz key>") for part in argv_run[1:])
        print(f"fuzz: schemathesis {shown}", flush=True)
        started = time.monotonic()
        result = subprocess.run(argv_run, cwd=tmp, check=False)
        print(f"fuzz: schemathesis exited {result.returncode} after {time.monotonic() - started:.1f} s", flush=True)
        return result.returncode


if __name__ == "__main__":
    sys.exit(main())
