"""`openrouter-ext chat|models|keys|guardrails`: what they print, what they send, and their exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from cli_helpers import API_KEY, MANAGEMENT_KEY

from openrouter_ext.cli import main
from openrouter_ext.testing import Emulator, HttpError

# -- chat ----------------------------------------------------------------------------------------------------------


def test_chat_streams_the_answer_to_stdout_and_a_summary_to_stderr(
    emu: Emulator, api_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*api_args, "chat", "Count for me", "--model", "emulator/count"]) == 0

    out, err = capsys.readouterr()
    assert out == "1 2 3 4 5\n"
    (generation_id,) = emu.generations
    assert "finish_reason stop" in err
    assert "tokens 3 in / 5 out" in err
    assert f"generation {generation_id}" in err
    (request,) = emu.requests
    assert request.route == "POST /chat/completions"
    assert request.json["stream"] is True
    assert request.json["model"] == "emulator/count"
    assert request.json["messages"] == [{"role": "user", "content": "Count for me"}]


def test_chat_no_stream_sends_the_provider_sort_and_prints_the_message(
    emu: Emulator, api_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [*api_args, "chat", "Hi", "--no-stream", "--provider-sort", "throughput", "--system", "Be brief"]
    assert main(argv) == 0

    out, _ = capsys.readouterr()
    assert out == "1 2 3 4 5\n"
    (request,) = emu.requests
    assert "stream" not in request.json or request.json["stream"] is False
    assert request.json["provider"] == {"sort": "throughput"}
    assert request.json["messages"][0] == {"role": "system", "content": "Be brief"}


def test_chat_json_prints_the_assembled_completion(
    emu: Emulator, api_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["chat", "echo me back", "--model", "emulator/echo", "--json", *api_args]) == 0

    document = json.loads(capsys.readouterr().out)
    assert document["object"] == "chat.completion"
    assert document["choices"][0]["message"]["content"] == "echo me back"
    assert document["choices"][0]["finish_reason"] == "stop"


def test_global_options_work_before_and_after_the_command(emu: Emulator, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--api-key", API_KEY, "chat", "x", "--base-url", emu.base_url]) == 0
    assert main(["--base-url", emu.base_url, "chat", "x", "--api-key", API_KEY]) == 0
    assert capsys.readouterr().out == "1 2 3 4 5\n" * 2


def test_the_key_can_come_from_the_environment(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", API_KEY)
    monkeypatch.setenv("OPENROUTER_BASE_URL", emu.base_url)
    assert main(["chat", "hello"]) == 0
    assert capsys.readouterr().out == "1 2 3 4 5\n"


# -- models --------------------------------------------------------------------------------------------------------


def test_models_limit_and_search(emu: Emulator, api_args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*api_args, "models", "--limit", "2"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].split()[0] == "emulator/count"
    assert "ctx 32768" in lines[0]
    assert "$0.1/$0.3 per M tokens" in lines[0]  # pricing is per token on the wire
    assert "[2 models]" in err

    assert main([*api_args, "models", "--search", "ECHO"]) == 0
    out, _ = capsys.readouterr()
    assert [line.split()[0] for line in out.splitlines()] == ["emulator/echo"]


def test_models_json_is_the_catalog_entries(
    emu: Emulator, api_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*api_args, "models", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert len(document) == 24  # the emulator's default catalog, all of it
    assert document[1]["id"] == "emulator/echo"
    assert set(document[0]["pricing"]) >= {"prompt", "completion"}


# -- keys and guardrails -------------------------------------------------------------------------------------------


def test_keys_walks_every_page(emu: Emulator, management_args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    hashes = emu.seed_keys(8, disabled_every=4)  # pages of 3; keys 4 and 8 disabled
    enabled = [h for i, h in enumerate(hashes) if (i + 1) % 4 != 0]

    assert main([*management_args, "keys"]) == 0
    out, err = capsys.readouterr()
    assert [line.split()[0] for line in out.splitlines()] == enabled
    assert "[6 keys" in err

    assert main([*management_args, "keys", "--include-disabled"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == hashes
    assert lines[3].endswith("disabled")

    assert main([*management_args, "keys", "--include-disabled", "--max", "4", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [key["hash"] for key in document] == hashes[:4]
    assert document[3]["disabled"] is True


def test_keys_prefers_the_management_key_from_the_environment(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    emu.seed_keys(2)
    monkeypatch.setenv("OPENROUTER_API_KEY", API_KEY)  # the emulator refuses it on /keys (403)
    monkeypatch.setenv("OPENROUTER_MANAGEMENT_KEY", MANAGEMENT_KEY)
    assert main(["--base-url", emu.base_url, "keys"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    # ... while inference keeps the API key.
    assert main(["--base-url", emu.base_url, "chat", "hi"]) == 0


def test_guardrails_and_their_key_assignments(
    emu: Emulator, management_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    guardrail_ids = emu.seed_guardrails(3)
    assigned = emu.seed_key_assignments(guardrail_ids[1], 5)

    assert main([*management_args, "guardrails", "--page-size", "2"]) == 0
    out, err = capsys.readouterr()
    assert [line.split()[0] for line in out.splitlines()] == guardrail_ids
    assert "[3 guardrails, 2 page requests]" in err

    assert main([*management_args, "guardrails", "--assignments", guardrail_ids[1], "--page-size", "2"]) == 0
    out, err = capsys.readouterr()
    assert [line.split()[0] for line in out.splitlines()] == assigned
    assert "[5 key assignments, 3 page requests]" in err
    pages = [r.query for r in emu.requests if r.route == "GET /guardrails/{id}/assignments/keys"]
    assert [page["offset"] for page in pages] == ["0", "2", "4"]


def test_guardrails_json(emu: Emulator, management_args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    (guardrail_id,) = emu.seed_guardrails(1)
    assert main([*management_args, "guardrails", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [guardrail["id"] for guardrail in document] == [guardrail_id]


# -- errors and exit codes -----------------------------------------------------------------------------------------


def test_an_api_error_exits_1_naming_the_typed_error(
    emu: Emulator, management_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*management_args, "guardrails", "--assignments", "no-such-guardrail"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "PageFetchError caused by NotFoundError" in err
    assert "404" in err


def test_an_auth_error_never_shows_the_key(emu: Emulator, capsys: pytest.CaptureFixture[str]) -> None:
    wrong_key = "sk-or-v1-" + "ab12" * 16
    # A server that repeats the key back in its error message: the tool must still not print it.
    emu.faults.add(HttpError(401, message=f"Invalid key {wrong_key}"), route="POST /chat/completions")
    assert main(["--base-url", emu.base_url, "--api-key", wrong_key, "chat", "hi"]) == 1
    out, err = capsys.readouterr()
    assert "AuthenticationError (HTTP 401, code 401): Invalid key [redacted]" in err
    assert wrong_key not in out + err
    assert "ab12ab12" not in out + err

    # The emulator's own refusal of an unknown key, on a management command.
    assert main(["--base-url", emu.base_url, "--api-key", wrong_key, "keys"]) == 1
    out, err = capsys.readouterr()
    assert "AuthenticationError" in err
    assert wrong_key not in out + err


def test_a_connection_failure_exits_1(emu: Emulator, capsys: pytest.CaptureFixture[str]) -> None:
    base_url = emu.base_url
    emu.stop()  # nothing listens on that port any more
    assert main(["--base-url", base_url, "--api-key", API_KEY, "chat", "hi"]) == 1
    assert "APIConnectionError" in capsys.readouterr().err


def test_a_missing_key_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["chat", "hi"]) == 2
    assert "no API key: set OPENROUTER_API_KEY" in capsys.readouterr().err
    assert main(["keys"]) == 2
    assert "OPENROUTER_MANAGEMENT_KEY or OPENROUTER_API_KEY" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["frobnicate"],
        ["chat"],
        ["models", "--limit", "0"],
        ["guardrails", "--page-size", "500"],
        ["chat", "hi", "--provider-sort", "random"],
        ["--base-url", "not a url", "--api-key", API_KEY, "chat", "hi"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "error" in capsys.readouterr().err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("chat", "models", "keys", "guardrails", "demo"):
        assert command in out


def test_python_dash_m_runs_the_same_tool() -> None:
    ran = subprocess.run(
        [sys.executable, "-m", "openrouter_ext.cli", "chat", "--help"], capture_output=True, text=True, timeout=60
    )
    assert ran.returncode == 0
    assert "--provider-sort" in ran.stdout
    command = [sys.executable, "-m", "openrouter_ext.cli", "models", "--limit", "x"]
    ran = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert ran.returncode == 2
    assert "--limit" in ran.stderr
