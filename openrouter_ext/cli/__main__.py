"""`python -m openrouter_ext.cli ...`: the same as the `openrouter-ext` command."""

from __future__ import annotations

from openrouter_ext.cli._app import main

if __name__ == "__main__":
    raise SystemExit(main())
