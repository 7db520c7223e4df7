# Every target sets itself up: on a fresh machine with Python >= 3.10 and make, `make test` and `make demo`
# create .venv in the checkout and install the project into it first.

PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3.10 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null && { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SPEC ?= openapi/openrouter.yaml
OUT ?= generated

.PHONY: install generate check-generated validate-spec update-spec spec-diff emulator-catalog request-catalog lint-workflows lint typecheck unit docs docs-serve test \
	record demo bench bench-smoke soak clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "error: Python >= 3.10 is required (python3.10 .. python3.13 on PATH)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

generate: install
	$(BIN)/python scripts/regenerate.py --spec $(SPEC) --out $(OUT)

# The pinned generator runs on Python >= 3.11; a 3.10 venv tests the committed package but cannot regenerate it.
check-generated: install
	@if $(BIN)/python -c 'import sys; sys.exit(sys.version_info >= (3, 11))'; then \
		echo "check-generated: skipped, openapi-python-client 0.29.1 needs Python >= 3.11"; \
	else $(BIN)/python scripts/regenerate.py --spec openapi/openrouter.yaml --check generated; fi

validate-spec: install
	$(BIN)/python scripts/validate_spec.py openapi/openrouter.yaml

# Where update-spec and spec-diff fetch the published document when SPEC is not given (tests point it at loopback).
OPENROUTER_SPEC_URL ?= https://openrouter.ai/openapi.yaml
SPEC_SOURCE = $(if $(filter command line,$(origin SPEC)),--from $(SPEC),--url $(OPENROUTER_SPEC_URL))

# Pin a new version of the published document (SPEC=file, else fetched), record it, write the API diff into the
# CHANGELOG entry and .spec-update/ (the spec-update workflow's pull request body), regenerate.
update-spec: install
	$(BIN)/python scripts/update_spec.py $(SPEC_SOURCE) --diff-dir .spec-update

# Print the API diff between the pinned document and SPEC (or the published one), changing nothing.
spec-diff: install
	$(BIN)/python scripts/update_spec.py $(SPEC_SOURCE) --diff-only

# The request schemas the client checks calls against before sending (openrouter_ext/request_schemas.json) and the
# validators precompiled from them (openrouter_ext/_request_validators_generated/); a test fails when either is stale.
request-catalog: install
	$(BIN)/python scripts/request_catalog.py

# The emulator's copy of what it needs from the spec (openrouter_ext/testing/spec_catalog.json); a test fails when stale.
emulator-catalog: install
	$(BIN)/python scripts/emulator_catalog.py

# The GitHub Actions workflows against the GitHub workflow schema (check-jsonschema's bundled copy: no network).
lint-workflows: install
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml

lint: install
	$(BIN)/ruff check openrouter_ext tests scripts
	$(BIN)/ruff format --check openrouter_ext tests scripts

typecheck: install
	$(BIN)/mypy

unit: install
	$(BIN)/pytest -q

# The documentation site (mkdocs.yml, docs/): --strict fails on a broken link, reference or snippet. Its code
# examples run in tests/test_docs.py.
docs: install
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

docs-serve: install
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

test: lint lint-workflows typecheck validate-spec check-generated docs unit

# The README's first command: a tour of the client (docs/guide/cli.md). With OPENROUTER_API_KEY it talks to the real API
# (a cheap model; keys and guardrails only with OPENROUTER_MANAGEMENT_KEY too); without it, to the emulator started
# inside the process, so nothing leaves the machine. DEMO_ARGS passes options, e.g. DEMO_ARGS='--model openai/gpt-4o'.
demo: install
	$(BIN)/openrouter-ext demo $(DEMO_ARGS)

# Re-record every cassette-backed test (marked vcr) that can run unattended against the real API, then scan the
# cassettes for secrets. OPENROUTER_MANAGEMENT_KEY (falls back to OPENROUTER_API_KEY) runs the /keys, /guardrails,
# /credits and /activity tests. See docs/contributing/cassettes.md.
record: install
	@test -n "$$OPENROUTER_API_KEY" || { echo "error: make record talks to the real API and needs OPENROUTER_API_KEY"; exit 1; }
	$(BIN)/pytest -q --record-mode=rewrite -m "vcr and not replay_only" tests
	$(BIN)/pytest -q tests/test_cassette_secrets.py

# Benchmarks against the peers (official openrouter SDK, openai SDK, raw httpx), which live only in .bench-venv.
# All traffic goes to the emulator on 127.0.0.1. BENCH_ARGS passes options, e.g. BENCH_ARGS='--figures stream'.
BENCH_VENV := .bench-venv
BENCH_STAMP := $(BENCH_VENV)/.installed

$(BENCH_STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "error: Python >= 3.10 is required (python3.10 .. python3.13 on PATH)"; exit 1; }
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BENCH_VENV)/bin/python -m pip install --quiet -e '.[bench]'
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BENCH_VENV)/bin/python -m bench $(BENCH_ARGS)

bench-smoke: $(BENCH_STAMP)
	$(BENCH_VENV)/bin/python -m bench --smoke --out-dir $(BENCH_VENV)/smoke $(BENCH_ARGS)

# The API fuzzer: schemathesis (pinned), which lives only in .fuzz-venv, run by scripts/fuzz.py against the emulator
# started on 127.0.0.1, with the pinned spec and the overlay applied, a fixed seed and a bounded number of cases per
# operation; prints schemathesis's summary and fails on any failure. FUZZ_ARGS passes schemathesis options, e.g.
# FUZZ_ARGS='--max-examples 100 --seed 7' or FUZZ_ARGS='--include-path /keys --phases examples,fuzzing'.
.PHONY: fuzz
FUZZ_VENV := .fuzz-venv
# Markers pick the pin by the fuzz venv's own Python: 4.30.1 is the last release for Python 3.10.
SCHEMATHESIS := "schemathesis==4.32.5; python_version >= '3.11'" "schemathesis==4.30.1; python_version < '3.11'"
FUZZ_STAMP := $(FUZZ_VENV)/.installed-schemathesis-4.32.5-4.30.1

$(FUZZ_STAMP):
	@test -n "$(PYTHON)" || { echo "error: Python >= 3.10 is required (python3.10 .. python3.13 on PATH)"; exit 1; }
	test -x $(FUZZ_VENV)/bin/python || $(PYTHON) -m venv $(FUZZ_VENV)
	$(FUZZ_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(FUZZ_VENV)/bin/python -m pip install --quiet $(SCHEMATHESIS)
	echo '*' > $(FUZZ_VENV)/.gitignore
	rm -f $(FUZZ_VENV)/.installed-*
	touch $(FUZZ_STAMP)

fuzz: install $(FUZZ_STAMP)
	$(BIN)/python scripts/fuzz.py --schemathesis $(FUZZ_VENV)/bin/schemathesis $(FUZZ_ARGS)

# A longer soak than make test runs: 1,000 async streams through one AsyncOpenRouter against the in-process emulator,
# faults mixed in at random under a fixed seed (docs/guide/faults.md). Prints completed / retried / failed / leaked
# connections / peak RSS and fails on any outcome that contradicts its fault, or on a leak. SOAK_ARGS passes options,
# e.g. SOAK_ARGS='--streams 5000 --seed 7 --concurrency 100'.
soak: install
	$(BIN)/python scripts/soak.py $(SOAK_ARGS)

clean:
	rm -rf $(VENV) $(BENCH_VENV) .fuzz-venv .mypy_cache .ruff_cache .pytest_cache
