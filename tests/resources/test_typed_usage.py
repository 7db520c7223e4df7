"""typed_usage.py type-checks under mypy --strict with the return types a user relies on, and runs."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from openrouter_ext.testing import Emulator

ROOT = Path(__file__).resolve().parents[2]
USAGE = Path(__file__).with_name("typed_usage.py")

EXPECTED = [
    "openrouter_api.models.chat_result.ChatResult",
    "openrouter_api.models.chat_result.ChatResult",
    "openrouter_ext._response.APIResponse[openrouter_api.models.chat_result.ChatResult]",
    "openrouter_api.models.open_responses_result.OpenResponsesResult",
    "openrouter_api.models.messages_result.MessagesResult",
    "openrouter_api.models.create_embeddings_response_200.CreateEmbeddingsResponse200",
    "openrouter_ext.pagination._pager.SyncPager[openrouter_api.models.model.Model]",
    "openrouter_api.models.models_count_response.ModelsCountResponse",
    "openrouter_api.models.create_keys_response_201.CreateKeysResponse201",
    "openrouter_api.models.list_response_200_data_item.ListResponse200DataItem",
    "openrouter_api.models.create_guardrail_response.CreateGuardrailResponse",
    "openrouter_api.models.anthropic_file.AnthropicFile | openrouter_api.models.open_ai_file.OpenAIFile"
    " | openrouter_api.models.open_router_file.OpenRouterFile",
    "openrouter_api.models.get_credits_response_200.GetCreditsResponse200",
    "openrouter_api.models.generation_response.GenerationResponse",
]


def test_typed_usage_passes_mypy_strict_with_the_expected_types() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(USAGE)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    revealed = re.findall(r'Revealed type is "(.+)"', result.stdout)
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert errors == []
    assert revealed == EXPECTED


def test_typed_usage_runs_against_the_emulator() -> None:
    with Emulator() as emu:
        emu.seed_keys(5)
        result = subprocess.run(
            [sys.executable, str(USAGE), emu.base_url], capture_output=True, text=True, cwd=ROOT, check=False
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "ChatResult",
        "ChatResult",
        "OpenResponsesResult",
        "MessagesResult",
        "CreateEmbeddingsResponse200",
        "ModelsCountResponse",
        "CreateKeysResponse201",
        "CreateGuardrailResponse",
        "OpenRouterFile",
        "GetCreditsResponse200",
        "GenerationResponse",
        result.stdout.split()[-1],
    ]
    assert int(result.stdout.split()[-1]) > 0
