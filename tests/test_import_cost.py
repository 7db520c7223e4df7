"""What importing the client, constructing it and reaching `client.chat` loads, in a fresh interpreter.

The cold-start figure of the benchmarks (docs/contributing/benchmarks.md, figure 1) depends on these modules being
loaded on first use rather than with the client; each test fails when an import on the client's path brings one
back. The names still resolve (lazily) once asked for, which the last tests check.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# Loaded by the first call, the first error, a configured breaker, or the first use of the helper they belong to.
DEFERRED = (
    "openrouter_ext._circuit",  # circuit_breaker= is off by default
    "openrouter_ext._exceptions",  # the first error (or the first `openrouter_ext.SomeError`)
    "openrouter_ext._operation",
    "openrouter_ext._request_check",  # the first call checks its request
    "openrouter_ext._resource",  # the first facade call prepares its request
    "openrouter_ext._response",  # the first answer
    "openrouter_ext.pagination",
    "openrouter_ext.routing",
    "openrouter_ext.streaming",
    "openrouter_ext.structured._parse",
    "openrouter_ext.structured._runner",
    "openrouter_ext.structured._schema",
    "openrouter_ext.structured._stream",
    "openrouter_ext.structured._tools",
    "fastjsonschema",
    "asyncio",
)


def _loaded_after(code: str) -> set[str]:
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))\n"
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(json.loads(proc.stdout.splitlines()[-1]))


def test_the_sync_client_and_its_chat_resource_leave_the_deferred_modules_unloaded() -> None:
    loaded = _loaded_after(
        "from openrouter_ext import OpenRouter\n"
        "client = OpenRouter(api_key='sk-test', base_url='http://127.0.0.1:1')\n"
        "client.chat\n"
    )
    assert "openrouter_ext._facade._chat" in loaded  # the snippet did reach the chat resource
    assert sorted(loaded.intersection(DEFERRED)) == []


def test_the_async_client_and_its_chat_resource_leave_the_deferred_modules_unloaded() -> None:
    loaded = _loaded_after(
        "from openrouter_ext import AsyncOpenRouter\n"
        "client = AsyncOpenRouter(api_key='sk-test', base_url='http://127.0.0.1:1')\n"
        "client.chat\n"
    )
    assert "openrouter_ext._facade._chat" in loaded
    # The async pool connects through asyncio's own transports (_asyncio_network), so building it loads asyncio,
    # which a program building an async client runs anyway.
    assert "asyncio" in loaded
    assert sorted(loaded.intersection(DEFERRED) - {"asyncio"}) == []


def test_a_circuit_breaker_loads_its_module_only_when_configured() -> None:
    loaded = _loaded_after(
        "from openrouter_ext import OpenRouter\n"
        "client = OpenRouter(api_key='sk-test', base_url='http://127.0.0.1:1', circuit_breaker=True)\n"
        "assert type(client.circuit).__name__ == 'CircuitBreaker'\n"
    )
    assert "openrouter_ext._circuit" in loaded


def test_a_configuration_error_loads_the_error_classes_when_raised() -> None:
    loaded = _loaded_after(
        "from openrouter_ext import OpenRouter\n"
        "try:\n"
        "    OpenRouter(api_key='sk-test', base_url='ftp://example.com')\n"
        "except Exception as exc:\n"
        "    assert type(exc).__module__ == 'openrouter_ext._exceptions', type(exc)\n"
        "    assert type(exc).__name__ == 'ConfigurationError'\n"
        "else:\n"
        "    raise AssertionError('no error')\n"
    )
    assert "openrouter_ext._exceptions" in loaded


@pytest.mark.parametrize(
    ("name", "module"),
    [
        ("APIError", "openrouter_ext._exceptions"),
        ("ConfigurationError", "openrouter_ext._exceptions"),
        ("CircuitBreakerPolicy", "openrouter_ext._circuit"),
        ("CircuitState", "openrouter_ext._circuit"),
        ("APIResponse", "openrouter_ext._response"),
        ("Operation", "openrouter_ext._operation"),
    ],
)
def test_a_deferred_name_is_the_same_object_as_in_its_module(name: str, module: str) -> None:
    import importlib

    import openrouter_ext

    assert getattr(openrouter_ext, name) is getattr(importlib.import_module(module), name)
    assert name in openrouter_ext.__all__
    assert name in dir(openrouter_ext)


def test_every_public_name_resolves_to_the_object_its_module_defines() -> None:
    # The error classes' lazy entries are derived from __all__: a name listed there must come from somewhere.
    script = (
        "import importlib, openrouter_ext\n"
        "for name in openrouter_ext.__all__:\n"
        "    value = getattr(openrouter_ext, name)\n"
        "    home = getattr(value, '__module__', None)\n"
        "    if isinstance(home, str) and home.startswith('openrouter_ext.'):\n"
        "        assert getattr(importlib.import_module(home), name, value) is value, name\n"
        "print(len(openrouter_ext.__all__))\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    import openrouter_ext

    assert int(proc.stdout) == len(openrouter_ext.__all__)
