"""`python -m openrouter_ext.testing --port 8080 [--api-key KEY]`: serve the emulator until Ctrl-C."""

from __future__ import annotations

import argparse
import threading

from openrouter_ext.testing._behaviour import Behaviour
from openrouter_ext.testing._emulator import Emulator


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m openrouter_ext.testing", description="Serve a local OpenRouter API emulator."
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port to listen on; 0 picks a free one (default: 8080)")
    parser.add_argument("--api-key", default=None, help="accept only this bearer token (default: any)")
    parser.add_argument("--management-key", default=None, help="require this token on management routes")
    parser.add_argument("--chunks", type=int, default=5, help="content chunks per answer (default: 5)")
    parser.add_argument("--chunk-delay", type=float, default=0.0, help="seconds between stream events (default: 0)")
    parser.add_argument("--models", type=int, default=24, help="size of the GET /models catalog (default: 24)")
    parser.add_argument("--seed-keys", type=int, default=0, help="API keys to create at start (default: 0)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = _arguments(argv)
    emulator = Emulator(
        host=args.host,
        port=args.port,
        api_key=args.api_key,
        management_key=args.management_key,
        behaviour=Behaviour(chunks=args.chunks, chunk_delay=args.chunk_delay),
        model_count=args.models,
    )
    with emulator:
        if args.seed_keys:
            emulator.seed_keys(args.seed_keys)
        print(f"OpenRouter emulator listening; base URL: {emulator.base_url}", flush=True)
        print("Press Ctrl-C to stop.", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("stopping", flush=True)


if __name__ == "__main__":
    main()
