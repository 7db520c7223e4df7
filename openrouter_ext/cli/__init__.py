"""`openrouter-ext`: a small command-line client for OpenRouter, built on `openrouter_ext.OpenRouter`.

    openrouter-ext chat "Name three rivers of France" [--model M] [--no-stream] [--provider-sort price]
    openrouter-ext models [--limit N] [--search TEXT]
    openrouter-ext keys [--include-disabled] [--max N]
    openrouter-ext guardrails [--assignments ID]
    openrouter-ext demo

Also runnable as `python -m openrouter_ext.cli`. Exit status: 0 success, 1 the API or the connection failed (the
typed error is named on stderr), 2 usage or configuration error. No API key is ever printed.
"""

from __future__ import annotations

from openrouter_ext.cli._app import main

__all__ = ["main"]
