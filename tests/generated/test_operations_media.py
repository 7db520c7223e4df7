"""Cassette tests of the Images and Video Generation operations (the spec's examples; the video bytes are made up,
the spec's example being a placeholder text).
"""

from __future__ import annotations

import pytest
from openrouter_api.api.images import create_images, list_image_model_endpoints, list_image_models
from openrouter_api.api.video_generation import create_videos, get_videos, list_videos_content, list_videos_models
from openrouter_api.models import (
    ImageGenerationRequest,
    ImageGenerationResponse,
    ImageModelEndpointsResponse,
    ImageModelsListResponse,
    VideoGenerationRequest,
    VideoGenerationResponse,
    VideoModelsListResponse,
)

# An MP4 `ftyp` box, then every byte value.
VIDEO = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(range(255, -1, -1))

# `make record` must not rewrite these: a cassette holds a real body from tests/recorded/ or the spec's example
# (the documented answer, for requests that would change a real account), not what the recording account answers.
pytestmark = [pytest.mark.vcr, pytest.mark.replay_only(reason="cassette bodies are recorded or documented ones")]


def test_create_images(api, cassette) -> None:
    request = {
        "model": "bytedance-seed/seedream-4.5",
        "prompt": "a red panda astronaut floating in space, studio lighting",
    }
    response = create_images.sync_detailed(client=api, body=ImageGenerationRequest.from_dict(request))

    cassette.assert_exchanges(("POST", "/images", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ImageGenerationResponse)
    assert parsed.created == body["created"]
    assert parsed.data[0].b64_json == body["data"][0]["b64_json"]
    assert parsed.usage.completion_tokens == body["usage"]["completion_tokens"]
    assert parsed.usage.prompt_tokens == body["usage"]["prompt_tokens"]
    assert parsed.usage.total_tokens == body["usage"]["total_tokens"]
    assert parsed.to_dict() == body


def test_list_image_models(api, cassette) -> None:
    http_response = api.get_httpx_client().request(**list_image_models.build_request())

    cassette.assert_exchanges(("GET", "/images/models", None))
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = list_image_models.parse_success(http_response)
    assert isinstance(parsed, ImageModelsListResponse)
    assert parsed.data[0].id == body["data"][0]["id"]
    assert parsed.data[0].name == body["data"][0]["name"]
    assert parsed.data[0].created == body["data"][0]["created"]
    assert parsed.data[0].description == body["data"][0]["description"]
    assert parsed.data[0].endpoints == body["data"][0]["endpoints"]
    assert parsed.to_dict() == body


async def test_list_image_model_endpoints(async_api, cassette) -> None:
    response = await list_image_model_endpoints.asyncio_detailed(
        client=async_api, author="bytedance-seed", slug="seedream-4.5"
    )

    cassette.assert_exchanges(("GET", "/images/models/bytedance-seed/seedream-4.5/endpoints", None))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ImageModelEndpointsResponse)
    assert parsed.id == body["id"]
    assert parsed.endpoints[0].provider_name == body["endpoints"][0]["provider_name"]
    assert parsed.endpoints[0].provider_slug == body["endpoints"][0]["provider_slug"]
    assert parsed.endpoints[0].provider_tag == body["endpoints"][0]["provider_tag"]
    assert parsed.endpoints[0].supports_streaming == body["endpoints"][0]["supports_streaming"]
    assert parsed.to_dict() == body


def test_create_videos(api, cassette) -> None:
    request = {
        "aspect_ratio": "16:9",
        "duration": 8,
        "model": "google/veo-3.1",
        "prompt": "A serene mountain landscape at sunset",
        "resolution": "720p",
    }
    response = create_videos.sync_detailed(client=api, body=VideoGenerationRequest.from_dict(request))

    cassette.assert_exchanges(("POST", "/videos", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert response.status_code == 202
    parsed = response.parsed
    assert isinstance(parsed, VideoGenerationResponse)
    assert parsed.id == body["id"]
    assert parsed.status == body["status"]
    assert parsed.polling_url == body["polling_url"]
    assert parsed.generation_id == body["generation_id"]
    assert parsed.to_dict() == body


def test_get_videos(api, cassette) -> None:
    http_response = api.get_httpx_client().request(**get_videos.build_request(job_id="job-abc123"))

    cassette.assert_exchanges(("GET", "/videos/job-abc123", None))
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = get_videos.parse_success(http_response)
    assert isinstance(parsed, VideoGenerationResponse)
    assert parsed.id == body["id"]
    assert parsed.status == body["status"]
    assert parsed.polling_url == body["polling_url"]
    assert parsed.generation_id == body["generation_id"]
    assert parsed.unsigned_urls == body["unsigned_urls"]
    assert parsed.to_dict() == body


async def test_list_videos_models(async_api, cassette) -> None:
    response = await list_videos_models.asyncio_detailed(
        client=async_api,
    )

    cassette.assert_exchanges(("GET", "/videos/models", None))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, VideoModelsListResponse)
    assert parsed.data[0].id == body["data"][0]["id"]
    assert parsed.data[0].name == body["data"][0]["name"]
    assert parsed.data[0].canonical_slug == body["data"][0]["canonical_slug"]
    assert parsed.data[0].created == body["data"][0]["created"]
    assert parsed.data[0].generate_audio == body["data"][0]["generate_audio"]
    assert parsed.to_dict() == body


def test_list_videos_content(api, cassette) -> None:
    http_response = api.get_httpx_client().request(**list_videos_content.build_request(job_id="job-abc123", index=0))

    cassette.assert_exchanges(("GET", "/videos/job-abc123/content", {"index": "0"}))
    assert http_response.status_code == 200
    assert http_response.headers["content-type"] == "video/mp4"
    content = list_videos_content.parse_success(http_response)
    assert type(content) is bytes
    assert content == VIDEO
