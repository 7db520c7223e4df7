"""openrouter_api.types.json_body: orjson when installed (the speedups extra), the standard library's values always."""

from __future__ import annotations

import json

import httpx
import pytest
from openrouter_api import types


def _response(content: bytes) -> httpx.Response:
    return httpx.Response(200, content=content, headers={"Content-Type": "application/json"})


def test_orjson_decodes_when_installed() -> None:
    import orjson

    body = {"data": [{"id": "openai/gpt-4o", "pricing": {"prompt": "0.0000025"}, "context_length": 128000}]}
    assert types.json_body(_response(json.dumps(body).encode())) == body
    assert types._loads is orjson.loads  # bound by the first body


def test_what_orjson_refuses_is_read_as_the_standard_library_reads_it() -> None:
    import math

    assert math.isnan(types.json_body(_response(b'{"score": NaN}'))["score"])
    assert types.json_body(_response(b"[Infinity]")) == [float("inf")]


def test_invalid_json_still_raises_a_value_error() -> None:
    with pytest.raises(ValueError, match=r"char 8|line 1 column 9|unexpected end"):
        types.json_body(_response(b'{"cut": '))


def test_parse_success_uses_it() -> None:
    from openrouter_api.api.models import get_models

    response = httpx.Response(
        200, json={"data": []}, request=httpx.Request("GET", "https://openrouter.ai/api/v1/models")
    )
    assert get_models.parse_success(response).to_dict() == {"data": []}
