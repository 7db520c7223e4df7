"""Canned catalog data: models shaped like GET /models entries, providers, and the account's key and credits."""

from __future__ import annotations

from typing import Any

from openrouter_ext.testing._errors import ApiProblem
from openrouter_ext.testing._pagination import non_negative_int

MODELS_DEFAULT_LIMIT = 500
MODELS_MAX_LIMIT = 1000
_CREATED_BASE = 1_700_000_000

# (id, display name, tokenizer, instruct type, input modalities, context length) for the first few entries; the
# rest of a configured catalog is filled with "emulator/model-<n>".
_KNOWN_MODELS: tuple[tuple[str, str, str, str | None, tuple[str, ...], int], ...] = (
    ("emulator/count", "Emulator: Count", "Other", None, ("text",), 32_768),
    ("emulator/echo", "Emulator: Echo", "Other", None, ("text",), 32_768),
    ("openai/gpt-4o-mini", "OpenAI: GPT-4o-mini", "GPT", None, ("text", "image", "file"), 128_000),
    ("anthropic/claude-sonnet-4", "Anthropic: Claude Sonnet 4", "Claude", None, ("text", "image", "file"), 200_000),
    ("google/gemini-2.5-flash", "Google: Gemini 2.5 Flash", "Gemini", None, ("text", "image", "audio"), 1_048_576),
    ("meta-llama/llama-3.3-70b-instruct", "Meta: Llama 3.3 70B Instruct", "Llama3", "llama3", ("text",), 131_072),
    ("deepseek/deepseek-r1", "DeepSeek: R1", "DeepSeek", "deepseek-r1", ("text",), 163_840),
    (
        "mistralai/mistral-small-3.2-24b-instruct",
        "Mistral: Small 3.2 24B",
        "Mistral",
        "mistral",
        ("text", "image"),
        128_000,
    ),
)

_SUPPORTED_PARAMETERS = [
    "max_tokens",
    "temperature",
    "top_p",
    "stop",
    "frequency_penalty",
    "presence_penalty",
    "seed",
    "tools",
    "tool_choice",
    "response_format",
    "structured_outputs",
    "reasoning",
    "include_reasoning",
]

PROVIDERS: tuple[dict[str, Any], ...] = (
    {"name": "Emulator", "slug": "emulator", "headquarters": "US", "datacenters": ["US"]},
    {"name": "OpenAI", "slug": "openai", "headquarters": "US", "datacenters": ["US"]},
    {"name": "Anthropic", "slug": "anthropic", "headquarters": "US", "datacenters": ["US"]},
    {"name": "Google Vertex", "slug": "google-vertex", "headquarters": "US", "datacenters": ["US", "BE"]},
    {"name": "DeepInfra", "slug": "deepinfra", "headquarters": "US", "datacenters": ["US"]},
    {"name": "Mistral", "slug": "mistral", "headquarters": "FR", "datacenters": ["FR", "SE"]},
)


def _model(index: int) -> dict[str, Any]:
    if index < len(_KNOWN_MODELS):
        slug, name, tokenizer, instruct_type, inputs, context = _KNOWN_MODELS[index]
    else:
        slug, name, tokenizer, instruct_type, inputs, context = (
            f"emulator/model-{index:04d}",
            f"Emulator: Model {index}",
            "Other",
            None,
            ("text",),
            8_192 * (1 + index % 16),
        )
    prompt_price = f"{(index % 10 + 1) * 0.0000001:.7f}"
    return {
        "id": slug,
        "canonical_slug": f"{slug}-20250101",
        "hugging_face_id": None,
        "name": name,
        "created": _CREATED_BASE + 86_400 * index,
        "description": f"{name}, served by the local OpenRouter emulator.",
        "context_length": context,
        "architecture": {
            "modality": "+".join(inputs) + "->text",
            "input_modalities": list(inputs),
            "output_modalities": ["text"],
            "tokenizer": tokenizer,
            "instruct_type": instruct_type,
        },
        "pricing": {
            "prompt": prompt_price,
            "completion": f"{float(prompt_price) * 3:.7f}",
            "request": "0",
            "image": "0",
            "web_search": "0",
            "internal_reasoning": "0",
        },
        "top_provider": {"context_length": context, "max_completion_tokens": 16_384, "is_moderated": index % 3 == 0},
        "per_request_limits": None,
        "supported_parameters": list(_SUPPORTED_PARAMETERS),
        "default_parameters": {"temperature": None, "top_p": None, "frequency_penalty": None},
        "supported_voices": None,
        "links": {"details": f"/api/v1/models/{slug}/endpoints"},
    }


def build_models(count: int) -> list[dict[str, Any]]:
    return [_model(index) for index in range(count)]


def models_page(models: list[dict[str, Any]], query: dict[str, str], base_url: str) -> dict[str, Any]:
    """The whole list without paging parameters; with offset/limit a page, total_count and links.next."""
    if "offset" not in query and "limit" not in query:
        return {"data": models, "total_count": len(models), "links": {"next": None}}
    offset = non_negative_int(query, "offset", 0)
    limit = non_negative_int(query, "limit", MODELS_DEFAULT_LIMIT)
    if limit < 1 or limit > MODELS_MAX_LIMIT:
        raise ApiProblem(400, f"Invalid query parameter limit: must be between 1 and {MODELS_MAX_LIMIT}")
    following = offset + limit
    next_link = f"{base_url}/models?offset={following}&limit={limit}" if following < len(models) else None
    return {"data": models[offset:following], "total_count": len(models), "links": {"next": next_link}}


def providers_body() -> dict[str, Any]:
    return {
        "data": [
            {
                **provider,
                "privacy_policy_url": f"https://{provider['slug']}.example/privacy",
                "terms_of_service_url": f"https://{provider['slug']}.example/terms",
                "status_page_url": None,
            }
            for provider in PROVIDERS
        ]
    }


def current_key_body(label: str, usage: float, *, is_management_key: bool) -> dict[str, Any]:
    return {
        "data": {
            "label": label,
            "limit": None,
            "limit_remaining": None,
            "limit_reset": None,
            "include_byok_in_limit": False,
            "usage": usage,
            "usage_daily": usage,
            "usage_weekly": usage,
            "usage_monthly": usage,
            "byok_usage": 0.0,
            "byok_usage_daily": 0.0,
            "byok_usage_weekly": 0.0,
            "byok_usage_monthly": 0.0,
            "is_free_tier": False,
            "is_management_key": is_management_key,
            "is_provisioning_key": is_management_key,
            "expires_at": None,
            "creator_user_id": "user_emulator",
            "rate_limit": {"requests": 1000, "interval": "10s", "note": "deprecated"},
        }
    }


def key_label(api_key: str) -> str:
    """The masked form the API shows for a key: its start and end only."""
    if len(api_key) <= 14:
        return api_key[:3] + "..."
    return f"{api_key[:11]}...{api_key[-3:]}"
