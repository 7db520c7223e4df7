"""A GET /models body shaped like the real one, valid for every peer's model (the official SDK's pydantic included).

Built here rather than taken from the emulator's catalog because the official SDK requires fields the emulator does
not send (`links`, `supported_voices`, `total_count`); each entry carries the fields the real list carries, with
descriptions and parameter lists of realistic length, so that parse costs compare like for like.
"""

from __future__ import annotations

import json
from typing import Any

_FAMILIES: tuple[tuple[str, str, str | None, tuple[str, ...]], ...] = (
    # (author, tokenizer, instruct type, input modalities)
    ("openai", "GPT", None, ("text", "image", "file")),
    ("anthropic", "Claude", None, ("text", "image", "file")),
    ("google", "Gemini", None, ("text", "image", "audio", "video")),
    ("meta-llama", "Llama3", "llama3", ("text",)),
    ("mistralai", "Mistral", "mistral", ("text", "image")),
    ("deepseek", "DeepSeek", "deepseek-r1", ("text",)),
    ("qwen", "Qwen3", "qwen3", ("text",)),
    ("x-ai", "Grok", None, ("text", "image")),
)

_PARAMETERS = (
    "frequency_penalty",
    "include_reasoning",
    "logit_bias",
    "logprobs",
    "max_tokens",
    "min_p",
    "presence_penalty",
    "reasoning",
    "repetition_penalty",
    "response_format",
    "seed",
    "stop",
    "structured_outputs",
    "temperature",
    "tool_choice",
    "tools",
    "top_k",
    "top_logprobs",
    "top_p",
)

_BLURB = (
    "A general-purpose model tuned for instruction following, multi-turn chat, tool use and long-context "
    "retrieval. It handles code, math and structured output, and supports a reasoning mode whose budget can be "
    "set per request. "
)


def model_entry(index: int) -> dict[str, Any]:
    author, tokenizer, instruct_type, inputs = _FAMILIES[index % len(_FAMILIES)]
    slug = f"{author}/bench-model-{index:03d}"
    name = f"{author.title()}: Bench Model {index}"
    context = 8_192 * (1 + index % 32)
    prompt = (index % 17 + 1) * 0.00000025
    params = list(_PARAMETERS[: 8 + index % (len(_PARAMETERS) - 7)])
    return {
        "id": slug,
        "canonical_slug": f"{slug}-2025{1 + index % 12:02d}{1 + index % 28:02d}",
        "hugging_face_id": f"{author}/Bench-Model-{index}" if index % 3 == 0 else None,
        "name": name,
        "created": 1_690_000_000 + 43_200 * index,
        "description": f"{name}. " + _BLURB * (1 + index % 3),
        "context_length": context,
        "architecture": {
            "modality": "+".join(inputs) + "->text",
            "input_modalities": list(inputs),
            "output_modalities": ["text"],
            "tokenizer": tokenizer,
            "instruct_type": instruct_type,
        },
        "pricing": {
            "prompt": f"{prompt:.10f}".rstrip("0"),
            "completion": f"{prompt * 4:.10f}".rstrip("0"),
            "request": "0",
            "image": "0" if "image" not in inputs else "0.001445",
            "web_search": "0",
            "internal_reasoning": "0",
            "input_cache_read": f"{prompt / 10:.10f}".rstrip("0"),
        },
        "top_provider": {
            "context_length": context,
            "max_completion_tokens": 16_384 if index % 4 else None,
            "is_moderated": index % 5 == 0,
        },
        "per_request_limits": None,
        "supported_parameters": params,
        "default_parameters": {"temperature": 0.7 if index % 2 else None, "top_p": None, "frequency_penalty": None},
        "supported_voices": None,
        "links": {"details": f"/api/v1/models/{slug}/endpoints"},
        "knowledge_cutoff": "2025-01-31" if index % 2 else None,
        "expiration_date": None,
    }


def models_list(count: int) -> dict[str, Any]:
    return {"data": [model_entry(i) for i in range(count)], "total_count": count, "links": {"next": None}}


def models_body(count: int) -> bytes:
    """The wire bytes (compact JSON, as the API sends)."""
    return json.dumps(models_list(count), separators=(",", ":")).encode()
