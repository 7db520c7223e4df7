"""The `openrouter-ext` command: argument parsing, the commands, and exit codes."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from openrouter_ext._client import OpenRouter
from openrouter_ext._exceptions import APIError, ConfigurationError
from openrouter_ext._version import __version__
from openrouter_ext.cli._console import Console, describe_error
from openrouter_ext.pagination import MODELS, SyncPager, paginate
from openrouter_ext.routing import SORT_STRATEGIES, ProviderRouting

__all__ = ["ENV_API_KEY", "ENV_MANAGEMENT_KEY", "EXIT_API_ERROR", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]

ENV_API_KEY = "OPENROUTER_API_KEY"
ENV_MANAGEMENT_KEY = "OPENROUTER_MANAGEMENT_KEY"
DEFAULT_MODEL = "openai/gpt-4o-mini"

EXIT_OK = 0
EXIT_API_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

PROG = "openrouter-ext"

Handler = Callable[[argparse.Namespace, Console], int]


class UsageError(Exception):
    """A problem with how the command was called (exit status 2)."""


# -- parsing -------------------------------------------------------------------------------------------------------


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _page_size(text: str) -> int:
    value = _positive_int(text)
    if value > 100:
        raise argparse.ArgumentTypeError(f"must be between 1 and 100, got {value}")
    return value


def _add_global_options(parser: argparse.ArgumentParser, *, default: Any) -> None:
    parser.add_argument(
        "--base-url",
        default=default,
        help="API base URL (default: $OPENROUTER_BASE_URL, else https://openrouter.ai/api/v1)",
    )
    parser.add_argument(
        "--api-key",
        default=default,
        help=f"API key (default: ${ENV_API_KEY}; keys and guardrails prefer ${ENV_MANAGEMENT_KEY}). "
        "Prefer the environment: other users of this machine can see command lines.",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=False if default is None else default,
        help="print the API's JSON instead of text",
    )


def _command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], name: str, handler: Handler, summary: str
) -> argparse.ArgumentParser:
    command = commands.add_parser(name, help=summary, description=summary[0].upper() + summary[1:] + ".")
    # SUPPRESS: an option not given after the command leaves the value given before it alone.
    _add_global_options(command, default=argparse.SUPPRESS)
    command.set_defaults(handler=handler)
    return command


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; the global options are accepted before or after the command name."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="A terminal client for the OpenRouter API (built on openrouter_ext.OpenRouter).",
        epilog="Exit status: 0 success, 1 the API or the connection failed, 2 usage or configuration error.",
    )
    _add_global_options(parser, default=None)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    chat = _command(commands, "chat", _cmd_chat, "ask a model; the answer is streamed as it arrives")
    chat.add_argument("prompt", help="the user message")
    chat.add_argument("--model", default=DEFAULT_MODEL, help=f"model slug (default: {DEFAULT_MODEL})")
    chat.add_argument("--system", default=None, help="a system message to send before the prompt")
    chat.add_argument("--max-tokens", type=_positive_int, default=None, help="cap on the answer's length in tokens")
    chat.add_argument("--no-stream", action="store_true", help="wait for the whole answer instead of streaming it")
    chat.add_argument(
        "--provider-sort",
        choices=SORT_STRATEGIES,
        default=None,
        help="route to the cheapest (price), fastest (throughput) or quickest to answer (latency) provider first",
    )

    models = _command(commands, "models", _cmd_models, "list the model catalog")
    models.add_argument("--limit", type=_positive_int, default=None, help="show at most N models")
    models.add_argument("--search", default=None, help="only models whose id or name contains TEXT (any case)")

    keys = _command(commands, "keys", _cmd_keys, "list the account's API keys (needs a management key)")
    keys.add_argument("--include-disabled", action="store_true", help="list disabled keys too")
    keys.add_argument("--max", type=_positive_int, default=None, metavar="N", help="stop after N keys")

    guardrails = _command(
        commands, "guardrails", _cmd_guardrails, "list guardrails, or the keys assigned to one (management key)"
    )
    guardrails.add_argument(
        "--assignments", default=None, metavar="ID", help="list the API keys assigned to guardrail ID instead"
    )
    guardrails.add_argument("--max", type=_positive_int, default=None, metavar="N", help="stop after N items")
    guardrails.add_argument(
        "--page-size", type=_page_size, default=None, metavar="N", help="items per request, 1 to 100 (default: 100)"
    )

    demo = _command(
        commands, "demo", _cmd_demo, "a tour of the client: the real API with an API key, else a local emulator"
    )
    demo.add_argument("--model", default=DEFAULT_MODEL, help=f"model for the real API (default: {DEFAULT_MODEL})")
    return parser


# -- entry point ---------------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line `argv` (default: sys.argv[1:]) and return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error argparse has already reported
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    console = Console([args.api_key, os.environ.get(ENV_API_KEY), os.environ.get(ENV_MANAGEMENT_KEY)])
    handler: Handler = args.handler
    try:
        return handler(args, console)
    except APIError as exc:
        console.err(f"{PROG}: {describe_error(exc)}")
        return EXIT_API_ERROR
    except (UsageError, ValueError) as exc:  # ConfigurationError and InvalidRoutingError are ValueErrors too
        console.err(f"{PROG}: error: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        console.err(f"{PROG}: interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`openrouter-ext models | head`): stop quietly, and keep Python's final flush of
        # stdout from raising again at exit.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_API_ERROR


def resolve_api_key(args: argparse.Namespace, *, management: bool = False) -> str | None:
    """--api-key, else (for management commands) $OPENROUTER_MANAGEMENT_KEY, else $OPENROUTER_API_KEY; or None."""
    explicit: str | None = args.api_key
    if explicit:
        return explicit
    names = (ENV_MANAGEMENT_KEY, ENV_API_KEY) if management else (ENV_API_KEY,)
    for name in names:
        value = os.environ.get(name, "").strip()
        if value:
            return value
    return None


def _client(args: argparse.Namespace, *, management: bool = False) -> OpenRouter:
    api_key = resolve_api_key(args, management=management)
    if api_key is None:
        wanted = f"{ENV_MANAGEMENT_KEY} or {ENV_API_KEY}" if management else ENV_API_KEY
        raise UsageError(f"no API key: set {wanted} (or pass --api-key)")
    try:
        return OpenRouter(api_key=api_key, base_url=args.base_url)
    except ConfigurationError as exc:
        raise UsageError(str(exc)) from exc


# -- chat ----------------------------------------------------------------------------------------------------------


def _cmd_chat(args: argparse.Namespace, console: Console) -> int:
    messages: list[dict[str, Any]] = []
    if args.system:
        messages.append({"role": "system", "content": args.system})
    messages.append({"role": "user", "content": args.prompt})
    params: dict[str, Any] = {"model": args.model, "messages": messages}
    if args.max_tokens is not None:
        params["max_tokens"] = args.max_tokens
    if args.provider_sort:
        params["provider"] = ProviderRouting().sort(args.provider_sort).to_dict()

    with _client(args) as client:
        if args.no_stream:
            return _chat_once(client, params, args, console)
        with client.chat.stream(**params) as stream:
            if args.json:
                console.json(stream.final().to_dict())
                return EXIT_OK
            for text in stream.text():
                console.out(text, end="")
            stream.final()
            # The snapshot: the typed result plus the assembled text, finish reason and tool calls.
            completion = stream.snapshot
        console.out()
        console.err(_chat_summary(completion.model, completion.finish_reason, completion.usage, stream.generation_id))
    return EXIT_OK


def _chat_once(client: OpenRouter, params: dict[str, Any], args: argparse.Namespace, console: Console) -> int:
    # Imported here: loading the generated request models is only worth it for this command.
    from openrouter_api.api.chat import send_chat_completion_request
    from openrouter_api.models.chat_request import ChatRequest

    result = client.call_with_response(send_chat_completion_request, body=ChatRequest.from_dict(params))
    data = result.parsed.to_dict()
    if args.json:
        console.json(data)
        return EXIT_OK
    choices = data.get("choices") or [{}]
    first = choices[0] if isinstance(choices[0], dict) else {}
    message = first.get("message")
    message = message if isinstance(message, dict) else {}
    console.out(message_text(message))
    console.err(_chat_summary(data.get("model"), first.get("finish_reason"), data.get("usage"), result.generation_id))
    return EXIT_OK


def message_text(message: dict[str, Any]) -> str:
    """The text of a chat message: a string content, or the text parts of a list of content parts."""
    content = message.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return ""


def _chat_summary(model: object, finish_reason: object, usage: object, generation_id: str | None) -> str:
    parts = [f"model {model}", f"finish_reason {finish_reason}"]
    if isinstance(usage, dict):
        parts.append(f"tokens {usage.get('prompt_tokens')} in / {usage.get('completion_tokens')} out")
    if generation_id:
        parts.append(f"generation {generation_id}")
    return "[" + ", ".join(parts) + "]"


# -- models --------------------------------------------------------------------------------------------------------


def _cmd_models(args: argparse.Namespace, console: Console) -> int:
    needle = args.search.casefold() if args.search else None
    found: list[dict[str, Any]] = []
    with _client(args) as client:
        # Without a filter the walk can stop at the limit by itself; with one, it reads until enough match.
        pager = paginate(client, MODELS, max_items=None if needle else args.limit)
        for model in pager:
            data = model.to_dict()
            if needle and needle not in f"{data.get('id', '')} {data.get('name', '')}".casefold():
                continue
            found.append(data)
            if not args.json:
                console.out(_model_line(data))
            if args.limit is not None and len(found) >= args.limit:
                break
    if args.json:
        console.json(found)
    else:
        console.err(f"[{len(found)} model{'' if len(found) == 1 else 's'}]")
    return EXIT_OK


def _per_million(price: object) -> str:
    try:
        value = float(str(price)) * 1_000_000
    except ValueError:
        return "?"
    return f"{value:.4g}"


def _model_line(data: dict[str, Any]) -> str:
    pricing = data.get("pricing")
    pricing = pricing if isinstance(pricing, dict) else {}
    context = data.get("context_length")
    prices = f"${_per_million(pricing.get('prompt'))}/${_per_million(pricing.get('completion'))} per M tokens"
    return f"{data.get('id', '?'):<48} {'ctx ' + str(context) if context else '':<12} {prices}"


# -- keys and guardrails -------------------------------------------------------------------------------------------


def _cmd_keys(args: argparse.Namespace, console: Console) -> int:
    with _client(args, management=True) as client:
        pager = client.keys.iter(include_disabled=True if args.include_disabled else None, max_items=args.max)
        return _print_list(console, args, pager, _key_line, noun="key")


def _cmd_guardrails(args: argparse.Namespace, console: Console) -> int:
    with _client(args, management=True) as client:
        if args.assignments is not None:
            assignments = client.guardrails.key_assignments(
                args.assignments, page_size=args.page_size, max_items=args.max
            )
            return _print_list(console, args, assignments, _assignment_line, noun="key assignment")
        guardrails = client.guardrails.iter(page_size=args.page_size, max_items=args.max)
        return _print_list(console, args, guardrails, _guardrail_line, noun="guardrail")


def _print_list(
    console: Console,
    args: argparse.Namespace,
    items: SyncPager[Any],
    line: Callable[[dict[str, Any]], str],
    *,
    noun: str,
) -> int:
    """Print each item as it arrives (or all of them as one JSON array), then a count on stderr."""
    collected: list[dict[str, Any]] = []
    count = 0
    for item in items:
        data = item.to_dict()
        count += 1
        if args.json:
            collected.append(data)
        else:
            console.out(line(data))
    if args.json:
        console.json(collected)
    else:
        console.err(f"[{count} {noun}{'' if count == 1 else 's'}, {items.pages_fetched} page requests]")
    return EXIT_OK


def _key_line(data: dict[str, Any]) -> str:
    state = "disabled" if data.get("disabled") else "enabled"
    return f"{data.get('hash', '?')}  {data.get('name', '')!s:<24} {data.get('label', '')!s:<24} {state}"


def _guardrail_line(data: dict[str, Any]) -> str:
    limit = data.get("limit_usd")
    budget = f"limit ${limit} per {data.get('reset_interval') or 'lifetime'}" if limit is not None else "no limit"
    return f"{data.get('id', '?')}  {data.get('name', '')!s:<24} {budget}"


def _assignment_line(data: dict[str, Any]) -> str:
    return f"{data.get('key_hash', '?')}  {data.get('key_name', '')!s:<24} {data.get('key_label', '')}"


# -- demo ----------------------------------------------------------------------------------------------------------


def _cmd_demo(args: argparse.Namespace, console: Console) -> int:
    from openrouter_ext.cli._demo import run_demo

    api_key = resolve_api_key(args)
    if api_key is None and args.base_url:
        raise UsageError(f"--base-url needs an API key: set {ENV_API_KEY} (or pass --api-key)")
    management_key = os.environ.get(ENV_MANAGEMENT_KEY, "").strip() or None
    return run_demo(console, api_key=api_key, base_url=args.base_url, management_key=management_key, model=args.model)
