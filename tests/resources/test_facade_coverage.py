"""Every operation of the pinned spec is a method of the typed facade, named as OpenRouter's other SDKs name it."""

from __future__ import annotations

import inspect
import keyword
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from openrouter_api.api import RESOURCES

from openrouter_ext import AsyncOpenRouter, OpenRouter
from openrouter_ext.pagination import ListEndpoint, _catalog

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "openrouter.yaml"
METHODS = ("get", "put", "post", "delete", "patch")


def snake_case(name: str) -> str:
    """The spec's name as a Python attribute: words split at case changes and punctuation, joined by `_`.

    Written here rather than imported from the generator, so that the expected names come from an independent
    reading of the spec (and the test runs on Python 3.10, where the generator cannot be installed)."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    spaced = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", spaced)
    return "_".join(re.findall(r"[A-Za-z0-9]+", spaced)).lower()


def _load_spec() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with SPEC.open(encoding="utf-8") as stream:
        return yaml.load(stream, Loader=loader)


SPEC_DATA = _load_spec()
RENAMES = yaml.safe_load((ROOT / "openapi" / "resources.yaml").read_text(encoding="utf-8"))["groups"]


def _expected() -> list[tuple[str, str, str, bool]]:
    """(operationId, resource, method, paginated by the spec) for every operation, from the spec's own names."""
    found = []
    for item in SPEC_DATA["paths"].values():
        for http_method in METHODS:
            operation = item.get(http_method)
            if not operation:
                continue
            group_source = operation.get("x-speakeasy-group") or operation["tags"][0]
            group = RENAMES.get(group_source) or snake_case(group_source)
            method = snake_case(operation.get("x-speakeasy-name-override") or operation["operationId"])
            method = method + "_" if keyword.iskeyword(method) else method
            pagination = operation.get("x-speakeasy-pagination") or {}
            found.append((operation["operationId"], group, method, pagination.get("type") == "offsetLimit"))
    return found


EXPECTED = _expected()


def test_the_spec_has_the_operations_this_suite_expects() -> None:
    assert len(EXPECTED) == 97
    assert len({(group, method) for _, group, method, _ in EXPECTED}) == 97


@pytest.mark.parametrize(("operation_id", "group", "method"), [e[:3] for e in EXPECTED], ids=[e[0] for e in EXPECTED])
def test_every_operation_has_its_method_sync_async_and_raw(operation_id: str, group: str, method: str) -> None:
    client = OpenRouter(api_key="sk-or-test")
    aclient = AsyncOpenRouter(api_key="sk-or-test")
    sync_method = getattr(getattr(client, group), method)
    async_method = getattr(getattr(aclient, group), method)
    assert sync_method.operation_id == operation_id
    assert async_method.operation_id == operation_id
    # The twins come from one macro: the same parameters, in the same order, with the same defaults.
    assert inspect.signature(sync_method).parameters == inspect.signature(async_method).parameters
    assert callable(getattr(getattr(client, group).with_raw_response, method))
    assert callable(getattr(getattr(aclient, group).with_raw_response, method))


STREAMS = yaml.safe_load((ROOT / "openapi" / "resources.yaml").read_text(encoding="utf-8"))["streams"]


def test_no_method_without_an_operation() -> None:
    expected = {(group, method) for _, group, method, _ in EXPECTED}
    # An operation that streams also has `stream(...)`, carrying the same operation_id.
    expected |= {(group, "stream") for operation_id, group, _, _ in EXPECTED if operation_id in STREAMS}
    client = OpenRouter(api_key="sk-or-test")
    found = set()
    for group in RESOURCES:
        resource = getattr(client, group)
        # The generated class of the resource: a hand-written mixin before it may wrap a method (chat.stream).
        generated = next(cls for cls in type(resource).__mro__ if cls.__module__.startswith("openrouter_api.api."))
        for name in dir(type(resource)):
            member = getattr(generated, name, None)
            if not name.startswith("_") and getattr(member, "operation_id", None):
                assert callable(getattr(resource, name))
                found.add((group, name))
    assert found == expected


def test_the_paginated_methods_are_the_pagination_catalog() -> None:
    catalog = {
        str(entry.operation).rsplit(".", 1)[-1] for entry in vars(_catalog).values() if isinstance(entry, ListEndpoint)
    }
    client = OpenRouter(api_key="sk-or-test")
    paginated = set()
    cursor_paged = set()
    for _, group, method, _ in EXPECTED:
        signature = inspect.signature(getattr(getattr(client, group), method))
        if "dedup_window" in signature.parameters:
            paginated.add((group, method))
        elif "max_items" in signature.parameters:
            cursor_paged.add((group, method))
    assert len(paginated) == len(catalog) == 20
    spec_marked = {(group, method) for _, group, method, marked in EXPECTED if marked}
    # GET /keys pages by offset alone, which the spec does not mark; GET /files is marked with a cursor walk.
    assert paginated - spec_marked == {("api_keys", "list")}
    assert spec_marked <= paginated
    assert cursor_paged == {("files", "list")}


def test_importing_the_client_loads_no_operation_module_or_model() -> None:
    code = (
        "import sys\n"
        "from openrouter_ext import OpenRouter\n"
        "client = OpenRouter(api_key='x')\n"
        "client.chat\n"
        "client.models\n"
        "loaded = [m for m in sys.modules if m.startswith('openrouter_api.')]\n"
        "print('\\n'.join(loaded))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert not [name for name in out if name.startswith("openrouter_api.models")]
    # Only package modules (a tag's resource classes), never an endpoint module, before a method is called.
    assert all(name.count(".") <= 2 for name in out), out
    assert "openrouter_api.api.models" in out
    assert "openrouter_api.api.workspaces" not in out


@pytest.mark.parametrize("operation_id", sorted(STREAMS))
def test_stream_takes_the_non_streamed_methods_arguments(operation_id: str) -> None:
    import importlib

    _, group, method, _ = next(entry for entry in EXPECTED if entry[0] == operation_id)
    folder, sync_class, async_class = RESOURCES[group]
    module = importlib.import_module(f"openrouter_api.api.{folder}")
    # The generated classes: a hand-written mixin may put its own stream(...) before them and call this one.
    for cls in (getattr(module, sync_class), getattr(module, async_class)):
        assert cls.stream.operation_id == operation_id
        sent = dict(inspect.signature(getattr(cls, method)).parameters)
        streamed = dict(inspect.signature(cls.stream).parameters)
        assert streamed.pop("idle_timeout").default is None
        sent.pop("stream")
        assert streamed == sent
