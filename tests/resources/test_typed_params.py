"""openrouter_api.params: a TypedDict for every model a request can carry, and what a type checker makes of them.

The Params are generated (scripts/typed_params.py); these tests check them against the generated models, which
come from the same document by another route (the generator's model templates), and run mypy on plain-dict calls.
"""

from __future__ import annotations

import collections.abc
import importlib
import inspect
import json
import re
import subprocess
import sys
import types
import typing
from pathlib import Path

import attrs
import pytest
from openrouter_api import params
from openrouter_api.api import RESOURCES

ROOT = Path(__file__).resolve().parents[2]
MISTAKES = Path(__file__).with_name("typed_params_mistakes.py")
MODELS_PACKAGE = "openrouter_api.models."
KEY_WRITE = re.compile(r'field_dict\["((?:[^"\\]|\\.)*)"\] = (\w+)')


def mypy_errors(path: Path, cwd: Path = ROOT) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(path)],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return [line for line in result.stdout.splitlines() if ": error:" in line]


def test_each_mistake_in_a_plain_dict_is_an_error_on_its_line() -> None:
    source = MISTAKES.read_text(encoding="utf-8").splitlines()
    marked = {number for number, line in enumerate(source, 1) if "# error" in line}
    assert len(marked) == 11
    errors = mypy_errors(MISTAKES)
    reported = {int(line.split(":")[1]) for line in errors}
    # Every marked line, and nothing else: the correct dict-only calls at the end pass.
    assert reported == marked, "\n".join(errors)


def _model_classes(annotation: object) -> set[type]:
    """The generated model classes an annotation mentions (through unions, lists and dicts)."""
    found: set[type] = set()
    if isinstance(annotation, type) and annotation.__module__.startswith(MODELS_PACKAGE) and attrs.has(annotation):
        found.add(annotation)
    for argument in typing.get_args(annotation):
        found |= _model_classes(argument)
    return found


def _request_models() -> set[type]:
    """Every model reachable from the arguments of the 97 endpoint modules (bodies and parameters), by the models'
    own type hints: the set the Params must cover, found without scripts/typed_params.py."""
    start: set[type] = set()
    for folder, _, _ in RESOURCES.values():
        package = importlib.import_module(f"openrouter_api.api.{folder}")
        for module_file in sorted(Path(package.__file__).parent.glob("*.py")):
            if module_file.name == "__init__.py":
                continue
            module = importlib.import_module(f"openrouter_api.api.{folder}.{module_file.stem}")
            for name, parameter in inspect.signature(module.sync_detailed).parameters.items():
                if name != "client":
                    start |= _model_classes(parameter.annotation)
    seen: set[type] = set()
    todo = list(start)
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        for hint in typing.get_type_hints(model).values():
            todo.extend(_model_classes(hint) - seen)
    return seen


REQUEST_MODELS = sorted(_request_models(), key=lambda model: model.__name__)


def test_every_request_model_has_its_param_and_no_response_only_model_has_one() -> None:
    assert len(REQUEST_MODELS) > 500
    assert {f"{model.__name__}Param" for model in REQUEST_MODELS} == set(params.__all__)
    assert "ChatResultParam" not in params.__all__  # a response


def _json_keys(model: type) -> tuple[set[str], set[str]]:
    """The model's JSON keys (as its to_dict writes them) and the required ones (stored as `_<name>`)."""
    written = KEY_WRITE.findall(inspect.getsource(model.to_dict))
    required_names = {field.alias for field in attrs.fields(model) if field.name.startswith("_")}
    keys = {json.loads(f'"{key}"') for key, _ in written}
    return keys, {json.loads(f'"{key}"') for key, name in written if name in required_names}


@pytest.mark.parametrize("model", REQUEST_MODELS, ids=lambda model: model.__name__)
def test_a_params_keys_are_its_models_json_keys(model: type) -> None:
    param = getattr(params, f"{model.__name__}Param")
    keys, required = _json_keys(model)
    if not keys:
        # A map (an object schema without properties): every key is the caller's.
        assert typing.get_origin(param) is not None or typing.is_typeddict(param), param
        return
    assert typing.is_typeddict(param)
    assert set(param.__required_keys__) | set(param.__optional_keys__) == keys
    assert set(param.__required_keys__) == required


def test_params_resolve_at_run_time_without_the_client() -> None:
    code = (
        "import sys, typing\n"
        "import openrouter_api.params as p\n"
        "hints = {n: typing.get_type_hints(getattr(p, n)) for n in p.__all__ if typing.is_typeddict(getattr(p, n))}\n"
        "print(len(hints), sorted(hints['ChatUserMessageParam']), sorted(p.ChatUserMessageParam.__required_keys__),\n"
        "      any(m.startswith('openrouter_ext') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")[0]
    count, rest = out.split(" ", 1)
    assert int(count) > 300
    assert rest == "['content', 'name', 'role'] ['content', 'role'] False"


def test_importing_the_client_and_its_resources_loads_no_params() -> None:
    code = (
        "import sys\n"
        "from openrouter_ext import AsyncOpenRouter, OpenRouter\n"
        "client = OpenRouter(api_key='x')\n"
        "client.chat, client.responses, client.messages, client.embeddings\n"
        "AsyncOpenRouter(api_key='x').chat\n"
        "print('openrouter_api.params' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False"]


def test_the_facade_names_params_for_type_checkers_only() -> None:
    chat = importlib.import_module("openrouter_api.api.chat")
    annotation = inspect.signature(chat.Chat.send).parameters["provider"].annotation
    assert annotation == "ProviderPreferences | ProviderPreferencesParam | SupportsToDict | None | Unset"
    messages = inspect.signature(chat.Chat.send).parameters["messages"].annotation
    assert "ChatUserMessage | " in messages
    assert "ChatUserMessageParam" in messages
    assert "Mapping[str, Any]" not in messages
    assert not hasattr(chat, "ChatUserMessageParam")


# A small document with what the real one does not have (yet): a recursive schema, keys that cannot be class
# attributes, a map, an object open to other keys, a nullable enum and a const.
FIXTURE_SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "fixture", "version": "1"},
    "paths": {
        "/trees": {
            "post": {
                "operationId": "createTree",
                "tags": ["trees"],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TreeRequest"}}},
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TreeAnswer"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "TreeRequest": {
                "type": "object",
                "required": ["root"],
                "properties": {
                    "root": {"$ref": "#/components/schemas/Node"},
                    "labels": {"type": "object", "additionalProperties": {"type": "integer"}},
                    "shape": {"$ref": "#/components/schemas/Shape"},
                },
            },
            "Node": {
                "type": "object",
                "required": ["name", "kind"],
                "properties": {
                    "name": {"type": "string"},
                    "kind": {"type": "string", "const": "node"},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                    "color": {"type": ["string", "null"], "enum": ["red", "green", None]},
                    "x-trace": {"type": "string"},
                    "from": {"type": "integer"},
                    "str": {"type": "boolean"},
                },
            },
            "Shape": {
                "type": "object",
                "required": ["sides"],
                "additionalProperties": True,
                "properties": {"sides": {"type": "integer"}},
            },
            "TreeAnswer": {"type": "object", "properties": {"id": {"type": "string"}}},
        }
    },
}

FIXTURE_USAGE = """
from fixture_params.params import NodeParam, TreeRequestParam

leaf: NodeParam = {"name": "leaf", "kind": "node", "x-trace": "t", "from": 1, "str": True, "color": None}
tree: TreeRequestParam = {"root": {"name": "r", "kind": "node", "children": [leaf, {"name": "b", "kind": "node"}]}}
labelled: TreeRequestParam = {"root": leaf, "labels": {"any key": 1}, "shape": {"sides": 3, "colour": "red"}}
bad_kind: NodeParam = {"name": "r", "kind": "leaf"}  # error
bad_nested: TreeRequestParam = {"root": {"name": "r", "kind": "node", "children": [{"name": 1}]}}  # error
bad_label: TreeRequestParam = {"root": leaf, "labels": {"a": "one"}}  # error
bad_color: NodeParam = {"name": "r", "kind": "node", "color": "blue"}  # error
bad_key: NodeParam = {"name": "r", "kind": "node", "x_trace": "t"}  # error
"""


@pytest.mark.skipif(sys.version_info < (3, 11), reason="the pinned openapi-python-client 0.29.1 needs Python >= 3.11")
def test_recursive_schemas_odd_keys_maps_and_open_objects(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import typed_params
        from normalize_spec import normalize
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    built = typed_params.build(normalize(FIXTURE_SPEC)[0])
    assert sorted(built) == ["Node", "Shape", "TreeRequest", "TreeRequestLabels"]
    package = tmp_path / "fixture_params"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "types.py").write_text("class File:\n    pass\n")
    (package / "params.py").write_text(typed_params.render_module(built), encoding="utf-8")

    sys.path.insert(0, str(tmp_path))
    try:
        module = importlib.import_module("fixture_params.params")
        node = module.NodeParam
        assert node.__required_keys__ == {"name", "kind"}
        assert node.__optional_keys__ == {"children", "color", "x-trace", "from", "str"}
        hints = typing.get_type_hints(node)
        assert typing.get_args(hints["children"]) == (node,)  # the recursion resolves to the class itself
        assert set(typing.get_args(hints["color"])) == {typing.Literal["red", "green"], types.NoneType}
        assert module.TreeRequestLabelsParam == collections.abc.Mapping[str, int]
        shape = typing.get_type_hints(module.TreeRequestParam)["shape"]
        assert module.ShapeParam in typing.get_args(shape)  # and any mapping: Shape takes other keys
    finally:
        sys.path.remove(str(tmp_path))
        for name in [name for name in sys.modules if name.startswith("fixture_params")]:
            del sys.modules[name]

    usage = tmp_path / "usage.py"
    usage.write_text(FIXTURE_USAGE, encoding="utf-8")
    marked = {number for number, line in enumerate(FIXTURE_USAGE.splitlines(), 1) if "# error" in line}
    errors = mypy_errors(usage, cwd=tmp_path)
    assert {int(line.split(":")[1]) for line in errors} == marked, "\n".join(errors)
