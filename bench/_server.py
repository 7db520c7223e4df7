"""The emulator in a process of its own: `python -m bench._server --keys 10000`.

Prints one JSON line `{"base_url": ...}` once it serves, then runs until its standard input closes, so it can never
outlive the harness that started it (a crashed parent closes the pipe too).
"""

from __future__ import annotations

import argparse
import json
import sys

from openrouter_ext.testing import Behaviour, Emulator


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench._server")
    parser.add_argument("--keys", type=int, default=0, help="API keys to seed for the pagination walk")
    parser.add_argument("--keepalive", type=float, default=120.0, help="seconds an idle connection is kept")
    args = parser.parse_args(argv)
    # One keep-alive comment per stream (the default) so every peer parses the comment path the real API uses.
    # No request validation: the bench venv has no jsonschema, and the figures measure the clients, not the checks
    # of the server they talk to.
    emulator = Emulator(behaviour=Behaviour(chunks=5), keepalive_timeout=args.keepalive, validate_requests=False)
    with emulator:
        if args.keys:
            emulator.seed_keys(args.keys)
        print(json.dumps({"base_url": emulator.base_url}), flush=True)
        # Block until the parent closes our stdin (or dies).
        sys.stdin.read()


if __name__ == "__main__":
    main()
