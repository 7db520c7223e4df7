#!/usr/bin/env python3
"""The request values as typed plain dicts: one TypedDict per model a request can carry (`openrouter_api.params`).

The facade accepts a nested value as the generated model or as the JSON dict; these TypedDicts, made from the same
parse of the normalized document that the generator makes (openapi-python-client's own parser, so the class names
are the models' names), let a type checker check the dict too. Every model reachable from a request body or a
parameter of an operation gets `<Model>Param`:

- an object with properties: a TypedDict of its JSON keys, `total=False`, the required keys in a total base class
  (`_<Model>ParamRequired`), so that `__required_keys__` is right at run time on Python 3.10 too, where `typing` has
  no `Required`. Keys that cannot be class attributes (not identifiers, keywords, `__` names, or a name its own
  annotations use) take the functional syntax. An object whose schema says `additionalProperties` explicitly (true,
  `{}` or a schema) also takes other keys: where it is used, `| Mapping[str, V]` is added beside its TypedDict,
  except inside a union with other objects (there it would let every dict through, unchecked).
- an object without properties (a map): `Mapping[str, V]` under the Param name.

Field types are the JSON forms: nested objects by their Param (a dict is typed as JSON all the way down; the models
themselves are the other way in), enums and consts as `Literal[...]` of their values (the request check rejects an
unlisted value of a closed enum; an open one is a union with `str` in the spec, so just `str`), arrays as
`Sequence[...]`, date-times and UUIDs as `str`, unions as unions. The module defines each Param after the ones it
names, so annotations are plain expressions (cheap to import) and only a recursive schema's back reference is a
string; `typing.get_type_hints` resolves every TypedDict at run time in the module's own namespace.

regenerate.py writes the module (template `params.py.jinja`) into the package and hands the facade templates
`facade_params.jinja` (model class name -> what its signatures accept besides the model).

    python scripts/typed_params.py              # print how many Params the pinned document gives, by kind
"""

from __future__ import annotations

import ast
import dataclasses
import json
import keyword
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "openapi" / "config.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
MODULE_TEMPLATE = "params.py.jinja"
DATA_TEMPLATE = "facade_params.jinja"
# What a multipart file field accepts (openrouter_ext._resource.FileInput, spelled out: the generated package does
# not import the hand-written one).
FILE_TYPE = (
    "bytes | str | PathLike[str] | IO[bytes] | File | tuple[str | None, Any] | tuple[str | None, Any, str | None]"
)
STRING_LITERAL = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'")
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class ParamsError(Exception):
    """The parse gave something this script cannot spell as a type."""


@dataclasses.dataclass
class Field:
    key: str
    annotation: str


@dataclasses.dataclass
class Param:
    """One `<Model>Param`: a TypedDict (`required` / `optional` keys) or, for a map, an alias (`alias`)."""

    model: str
    name: str
    description: str
    required: list[Field] = dataclasses.field(default_factory=list)
    optional: list[Field] = dataclasses.field(default_factory=list)
    alias: str | None = None
    # For an object with properties that also takes other keys: the value type of those.
    extra: str | None = None
    # A map's place among the maps, by when its type was complete: the aliases are defined in that order.
    order: int = 0

    @property
    def keys(self) -> list[str]:
        return [field.key for field in self.required + self.optional]

    def functional(self, fields: list[Field]) -> bool:
        """Whether these keys need `TypedDict("Name", {...})` instead of a class body."""
        used = {token for field in fields for token in NAME.findall(STRING_LITERAL.sub("", field.annotation))}
        return any(
            not field.key.isidentifier()
            or keyword.iskeyword(field.key)
            or field.key.startswith("__")
            or field.key in used
            for field in fields
        )


def text(value: Any) -> str:
    """A parsed name or description as plain text (the parser wraps them in UntrustedString)."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if callable(getter) else value)


def parse(normalized: dict[str, Any]) -> Any:
    """openapi-python-client's GeneratorData for the normalized document, with the pipeline's configuration."""
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    config = Config.from_sources(ConfigFile.load_from_path(CONFIG), MetaType.NONE, CONFIG, "utf-8", True, None)
    data = GeneratorData.from_dict(normalized, config=config)
    if isinstance(data, GeneratorError):
        raise ParamsError(f"the generator cannot parse the document: {data.header} {data.detail or ''}")
    return data


class Builder:
    """Walks the request side of the parse and spells each reachable model as a Param."""

    def __init__(self, data: Any) -> None:
        # The parser keeps the processed model (its properties known) in `models`; a union member or a list item
        # may hold an earlier, unprocessed copy, so models are always looked up here by class name.
        self.models = {model.class_info.name: model for model in data.models}
        self.params: dict[str, Param] = {}
        self.data = data

    def build(self) -> dict[str, Param]:
        for collection in self.data.endpoint_collections_by_tag.values():
            for endpoint in collection.endpoints:
                for body in endpoint.bodies:
                    self.type_of(body.prop)
                for parameter in (
                    endpoint.path_parameters
                    + endpoint.query_parameters
                    + endpoint.header_parameters
                    + endpoint.cookie_parameters
                ):
                    self.type_of(parameter)
        return dict(sorted(self.params.items()))

    def model_param(self, class_name: str) -> Param:
        found = self.params.get(class_name)
        if found is not None:
            return found
        model = self.models[class_name]
        param = Param(model=class_name, name=f"{class_name}Param", description=text(model.description or ""))
        self.params[class_name] = param  # before the fields: a recursive schema meets itself by name
        declared = (model.required_properties or []) + (model.optional_properties or [])
        extra = model.additional_properties
        if not declared:
            # A map: every key is the caller's, values as additionalProperties says (false: no key at all).
            if extra is not None:
                param.alias = f"Mapping[str, {self.type_of(extra)}]"
                param.order = len([p for p in self.params.values() if p.alias is not None])
            return param
        for prop in model.required_properties or []:
            param.required.append(Field(text(prop.name), self.type_of(prop)))
        for prop in model.optional_properties or []:
            param.optional.append(Field(text(prop.name), self.type_of(prop)))
        explicit = getattr(model.data, "additionalProperties", None)
        if explicit is not None and explicit is not False and extra is not None:
            param.extra = self.type_of(extra)
        return param

    def use(self, param: Param, *, alone: bool = True) -> str:
        """What a field of another Param accepts for this model, as JSON. An object open to other keys takes any
        mapping too, unless other objects are beside it in a union: there `Mapping[str, ...]` would accept every
        dict for all of them, so the union's dicts are checked against the declared keys instead."""
        if param.alias is not None:
            return param.alias
        if param.extra is not None and alone:
            return f"{param.name} | Mapping[str, {param.extra}]"
        return param.name

    def type_of(self, prop: Any, *, alone: bool = True) -> str:
        """The annotation for a value of `prop`; `alone`: no other object is beside it in a union."""
        kind = type(prop).__name__
        if kind == "ModelProperty":
            # A model met again while its own fields are being spelled (a recursive schema) has no alias yet, so
            # `use` names it.
            return self.use(self.model_param(prop.class_info.name), alone=alone)
        if kind == "UnionProperty":
            members: list[str] = []
            objects = sum(1 for inner in prop.inner_properties if type(inner).__name__ == "ModelProperty")
            for inner in prop.inner_properties:
                for member in split_union(self.type_of(inner, alone=objects == 1)):
                    if member not in members:
                        members.append(member)
            if "Any" in members:
                return "Any"
            # An open enum (`anyOf: [enum, string]`): the Literal adds nothing to `str` but length.
            if "str" in members:
                members = [member for member in members if not is_literal_of(member, str)]
            if "int" in members:
                members = [member for member in members if not is_literal_of(member, int)]
            return " | ".join(members)
        if kind == "ListProperty":
            return f"Sequence[{self.type_of(prop.inner_property)}]"
        if kind in ("EnumProperty", "LiteralEnumProperty"):
            return "Literal[" + ", ".join(literal(value) for value in prop.values.values()) + "]"
        if kind == "ConstProperty":
            if prop.value.raw_value is None:
                return "None"
            return f"Literal[{literal(prop.value.raw_value)}]"
        simple = {
            "StringProperty": "str",
            "DateTimeProperty": "str",
            "DateProperty": "str",
            "UuidProperty": "str",
            "IntProperty": "int",
            "FloatProperty": "float",
            "BooleanProperty": "bool",
            "NoneProperty": "None",
            "AnyProperty": "Any",
            "FileProperty": FILE_TYPE,
        }
        if kind in simple:
            return simple[kind]
        raise ParamsError(f"no Param type for {kind} {text(prop.name)!r}")


def literal(value: object) -> str:
    """A JSON value as Python source for `Literal[...]` (a string in double quotes, as ruff would write it)."""
    return json.dumps(value) if isinstance(value, str) else repr(value)


def is_literal_of(member: str, kind: type) -> bool:
    """Whether `member` is `Literal[...]` of values of that type only."""
    if not (member.startswith("Literal[") and member.endswith("]")):
        return False
    values = ast.literal_eval("[" + member[len("Literal[") : -1] + "]")
    return all(type(value) is kind for value in values)


def split_union(annotation: str) -> list[str]:
    """The top-level members of `A | B[C | D] | E`."""
    members, depth, start = [], 0, 0
    for index, char in enumerate(annotation):
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif char == "|" and depth == 0:
            members.append(annotation[start:index].strip())
            start = index + 1
    members.append(annotation[start:].strip())
    return members


def build(normalized: dict[str, Any]) -> dict[str, Param]:
    """Model class name -> its Param, for every model reachable from a request body or parameter."""
    return Builder(parse(normalized)).build()


def facade_uses(params: dict[str, Param]) -> dict[str, dict[str, Any]]:
    """Model class name -> what a facade argument accepts besides the model (`use`; `member` where other objects are
    beside it in a union, as in `Builder.use`), and the Param names those take."""
    found = {}
    for model, param in params.items():
        use = param.name  # a map too: the facade's annotations are never evaluated, and its name reads better
        if param.extra is not None:
            use = f"{param.name} | Mapping[str, {param.extra}]"
        names = sorted(references(use))
        found[model] = {"use": use, "member": param.name, "names": names}
    return found


def render_data(params: dict[str, Param]) -> str:
    return (
        "{# Written by scripts/typed_params.py for this generation run; not a source file. #}\n"
        f"{{% set params = {json.dumps(facade_uses(params), sort_keys=True)} %}}\n"
    )


def references(annotation: str) -> set[str]:
    """The Param names an annotation mentions."""
    return {token for token in NAME.findall(STRING_LITERAL.sub("", annotation)) if token.endswith("Param")}


def definition_order(params: dict[str, Param]) -> list[Param]:
    """The Params so that each comes after those it mentions, as far as recursion allows (depth first)."""
    by_name = {param.name: param for param in params.values()}
    done: list[Param] = []
    state: dict[str, str] = {}

    def visit(param: Param) -> None:
        if state.get(param.name):
            return
        state[param.name] = "visiting"
        mentioned = [param.alias or ""] + [field.annotation for field in param.required + param.optional]
        for name in sorted(set().union(*(references(text) for text in mentioned))):
            if name in by_name:
                visit(by_name[name])
        state[param.name] = "done"
        done.append(param)

    for param in params.values():
        visit(param)
    return done


def render_module(params: dict[str, Param]) -> str:
    """params.py. Annotations are evaluated when the module runs (a string annotation costs a compile() per key
    when the TypedDict is made, ~30 us), so the Params are defined in dependency order and only an annotation
    naming one defined later (a recursive schema) is written as a string."""
    from jinja2 import Environment, FileSystemLoader

    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)), trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True
    )
    env.filters["docstring"] = docstring
    env.filters["pyrepr"] = json.dumps
    defined: set[str] = set()
    entries = []
    for param in definition_order(params):

        def code(annotation: str) -> str:
            return json.dumps(annotation) if references(annotation) - defined else annotation

        fields = {
            "required": [{"key": f.key, "code": code(f.annotation)} for f in param.required],
            "optional": [{"key": f.key, "code": code(f.annotation)} for f in param.optional],
        }
        entries.append({"param": param, "alias": code(param.alias) if param.alias else None, **fields})
        defined.add(param.name)
    return env.get_template(MODULE_TEMPLATE).render(entries=entries)


def docstring(value: str) -> str:
    """Text safe inside a triple-quoted docstring."""
    return value.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()


def main(argv: list[str] | None = None) -> int:
    from normalize_spec import load_spec, normalize
    from overlay import DEFAULT_OVERLAY, apply_overlay, load_overlay

    args = sys.argv[1:] if argv is None else argv
    spec = load_spec(Path(args[0]) if args else ROOT / "openapi" / "openrouter.yaml")
    corrected, _ = apply_overlay(spec, load_overlay(DEFAULT_OVERLAY))
    params = build(normalize(corrected)[0])
    maps = sum(1 for param in params.values() if param.alias is not None)
    open_objects = sum(1 for param in params.values() if param.extra is not None)
    print(f"{len(params)} Params: {len(params) - maps} TypedDicts ({open_objects} open to other keys), {maps} maps")
    return 0


if __name__ == "__main__":
    sys.exit(main())
