"""What a user gets from the distribution itself: the built wheel in a fresh environment, the emulator's pytest
fixtures without conftest wiring, and OPENROUTER_LOG."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
API_KEY = "sk-or-v1-packaging-test-0123456789abcdef"

QUICKSTART = textwrap.dedent(
    """
    import sys
    import openrouter_api, openrouter_ext
    from openrouter_api.api.credits_ import get_credits
    from openrouter_ext import OpenRouter, ProviderRouting
    from openrouter_ext.testing import Emulator

    with Emulator(api_key="sk-test") as emu:
        client = OpenRouter(api_key="sk-test", base_url=emu.base_url)
        with client.chat.stream(
            model="openai/gpt-4o-mini",
            messages=[{"role": "user", "content": "Say hello in French."}],
            provider=ProviderRouting.cheapest(),
        ) as stream:
            text = "".join(stream.text())
        credits = client.call(get_credits)
        client.close()
    print(openrouter_ext.__file__)
    print(openrouter_api.__file__)
    print(repr(text))
    print(credits.data.total_credits >= 0)
    print(sorted(name for name in sys.modules if name.startswith("openrouter_ext._request_validators_generated.")))
    """
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # No build isolation: the pinned hatchling of the dev environment builds it, with no download.
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-build-isolation", "--no-deps", "-w", str(out), "."],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("openrouter_ext-*.whl")
    return built


def test_the_wheel_carries_both_layers_and_the_emulator_catalog(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "openrouter_api/py.typed" in names
    assert "openrouter_api/api/chat/send_chat_completion_request.py" in names
    assert "openrouter_ext/py.typed" in names
    assert "openrouter_ext/testing/spec_catalog.json" in names
    # The request checks: the catalog and the validators precompiled from it, every module of the package.
    assert "openrouter_ext/request_schemas.json" in names
    validators = sorted(path.name for path in (ROOT / "openrouter_ext" / "_request_validators_generated").glob("*.py"))
    assert "body_chat_request.py" in validators
    packaged = sorted(
        name.rsplit("/", 1)[-1] for name in names if name.startswith("openrouter_ext/_request_validators_generated/")
    )
    assert packaged == validators
    assert not [name for name in names if name.startswith(("tests/", "scripts/", "openapi/"))]
    entry_points = next(name for name in names if name.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[pytest11]" in text
    assert "openrouter_emulator = openrouter_ext.testing.pytest_plugin" in text


def test_the_wheel_installs_into_a_fresh_venv_and_runs_the_quickstart(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-index", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
    )
    # The dependencies (httpx, attrs, ...) come from this environment's site-packages, offline; the package itself
    # only from the wheel: the checkout is not on the fresh venv's path (its editable hook is not processed there).
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    (site / "zz_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if not key.startswith(("OPENROUTER_", "PYTHON"))}
    result = subprocess.run(
        [str(python), "-c", QUICKSTART], cwd=tmp_path, capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    ext_file, api_file, text, credits_ok, validators = result.stdout.strip().splitlines()
    assert ext_file.startswith(str(site)), ext_file
    assert api_file.startswith(str(site)), api_file
    assert text == "'1 2 3 4 5'"
    assert credits_ok == "True"
    # The chat call was checked by the wheel's precompiled validator (its catalog digest matched), and only that.
    assert validators == repr(["openrouter_ext._request_validators_generated.body_chat_request"])


def test_the_emulator_fixtures_need_no_conftest(tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(
        textwrap.dedent(
            """
            import httpx

            def test_uses_the_fixture(openrouter_emulator):
                response = httpx.get(openrouter_emulator.base_url + "/models")
                assert response.status_code == 200
                assert response.json()["data"]
            """
        ),
        encoding="utf-8",
    )
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "--rootdir",
        str(tmp_path),
        "test_user.py",
    ]
    passed = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "1 passed" in passed.stdout
    opted_out = subprocess.run(
        [*command, "-p", "no:openrouter_emulator"], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert opted_out.returncode != 0
    assert "fixture 'openrouter_emulator' not found" in opted_out.stdout


LOGGING_SCRIPT = textwrap.dedent(
    f"""
    import httpx
    from openrouter_ext import OpenRouter

    calls = []

    def handler(request):
        calls.append(request)
        if len(calls) == 1:
            body = {{"error": {{"code": 429, "message": "slow"}}}}
            return httpx.Response(429, json=body, headers={{"retry-after": "0"}})
        return httpx.Response(200, json={{"data": {{"total_credits": 1, "total_usage": 0}}}})

    client = OpenRouter(api_key="{API_KEY}", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    client._http.get("/credits")
    """
)


def _run_logging(value: str | None) -> subprocess.CompletedProcess[str]:
    env = {key: val for key, val in os.environ.items() if key != "OPENROUTER_LOG"}
    if value is not None:
        env["OPENROUTER_LOG"] = value
    return subprocess.run([sys.executable, "-c", LOGGING_SCRIPT], capture_output=True, text=True, env=env, check=False)


def test_openrouter_log_debug_writes_requests_and_retries_to_stderr_with_the_key_redacted() -> None:
    result = _run_logging("debug")
    assert result.returncode == 0, result.stderr
    assert "DEBUG openrouter_ext] HTTP request: GET https://openrouter.ai/api/v1/credits" in result.stderr
    assert "INFO openrouter_ext] Retrying GET" in result.stderr
    assert "'authorization': '[redacted]'" in result.stderr
    assert API_KEY not in result.stderr
    assert API_KEY[-12:] not in result.stderr


def test_openrouter_log_info_shows_retries_only() -> None:
    result = _run_logging("INFO")
    assert "Retrying GET" in result.stderr
    assert "HTTP request" not in result.stderr


def test_without_openrouter_log_the_library_is_silent_and_a_bad_value_is_named() -> None:
    assert _run_logging(None).stderr == ""
    bad = _run_logging("loud")
    assert bad.returncode == 0
    assert "ignoring OPENROUTER_LOG='loud' (expected 'debug' or 'info')" in bad.stderr
    assert "Retrying" not in bad.stderr
