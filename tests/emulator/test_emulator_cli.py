"""`python -m openrouter_ext.testing` serves until interrupted."""

from __future__ import annotations

import signal
import subprocess
import sys

import httpx


def test_command_line_prints_base_url_and_serves() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "openrouter_ext.testing", "--port", "0", "--api-key", "sk-cli", "--seed-keys", "3"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first_line = process.stdout.readline()
        base_url = first_line.rsplit(" ", 1)[-1].strip()
        assert base_url.startswith("http://127.0.0.1:")
        assert base_url.endswith("/api/v1")
        keys = httpx.get(f"{base_url}/keys", headers={"Authorization": "Bearer sk-cli"}, timeout=5)
        assert len(keys.json()["data"]) == 3
        assert httpx.get(f"{base_url}/keys", headers={"Authorization": "Bearer other"}, timeout=5).status_code == 401
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=5) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=5)
