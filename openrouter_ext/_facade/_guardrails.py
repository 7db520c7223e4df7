"""The `client.guardrails` resources: the generated resource with its hand-written helpers mixed in first."""

from __future__ import annotations

from openrouter_api.api.guardrails import AsyncGuardrails as AsyncGeneratedGuardrails
from openrouter_api.api.guardrails import Guardrails as GeneratedGuardrails

from openrouter_ext.pagination._resources import AsyncGuardrails, Guardrails

__all__ = ["AsyncGuardrailsResource", "GuardrailsResource"]


class GuardrailsResource(Guardrails, GeneratedGuardrails):
    """`client.guardrails`: the generated methods, and `iter()`, `key_assignments()`, `member_assignments()`."""


class AsyncGuardrailsResource(AsyncGuardrails, AsyncGeneratedGuardrails):
    """`client.guardrails` on AsyncOpenRouter."""
