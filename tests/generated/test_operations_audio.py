"""Cassette tests of the audio operations: speech (a binary body, returned as bytes) and transcriptions (JSON with
base64 audio, or a multipart upload of a path, bytes or a file object).

The JSON bodies are the spec's examples; the audio bytes are made up (the spec's example is a placeholder text),
chosen to be every byte value so that any decoding on the way would show.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openrouter_api.api.stt import create_audio_transcriptions
from openrouter_api.api.tts import create_audio_speech
from openrouter_api.models import CreateAudioTranscriptionsFilesBody, SpeechRequest, STTRequest, STTResponse
from openrouter_api.types import File

# `make record` must not rewrite these: a cassette holds a real body from tests/recorded/ or the spec's example
# (the documented answer, for requests that would change a real account), not what the recording account answers.
pytestmark = [pytest.mark.vcr, pytest.mark.replay_only(reason="cassette bodies are recorded or documented ones")]

AUDIO = bytes(range(256)) * 2
# A minimal WAV header with no samples: what a file part of a transcription carries.
WAV = (
    b"RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x80>\x00\x00\x00}\x00\x00\x02\x00\x10\x00"
    b"data\x00\x00\x00\x00"
)
SPEECH = {
    "input": "Hello world",
    "model": "mistralai/voxtral-mini-tts-2603",
    "response_format": "pcm",
    "speed": 1,
    "voice": "en_paul_neutral",
}


def test_create_audio_transcriptions(api, cassette) -> None:
    request = {
        "input_audio": {"data": "UklGRiQA...", "format": "wav"},
        "language": "en",
        "model": "openai/whisper-large-v3",
    }
    response = create_audio_transcriptions.sync_detailed(client=api, body=STTRequest.from_dict(request))

    cassette.assert_exchanges(("POST", "/audio/transcriptions", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, STTResponse)
    assert parsed.text == body["text"]
    assert parsed.usage.cost == body["usage"]["cost"]
    assert parsed.usage.input_tokens == body["usage"]["input_tokens"]
    assert parsed.usage.output_tokens == body["usage"]["output_tokens"]
    assert parsed.usage.seconds == body["usage"]["seconds"]
    assert parsed.to_dict() == body


def test_create_audio_speech(api, cassette) -> None:
    http_response = api.get_httpx_client().request(
        **create_audio_speech.build_request(body=SpeechRequest.from_dict(SPEECH))
    )

    cassette.assert_exchanges(("POST", "/audio/speech", None))
    assert cassette.request_json(0) == SPEECH
    assert http_response.status_code == 200
    assert http_response.headers["content-type"] == "audio/pcm"
    audio = create_audio_speech.parse_success(http_response)
    assert type(audio) is bytes
    assert audio == AUDIO


def test_create_audio_speech_sync_detailed(api, cassette) -> None:
    response = create_audio_speech.sync_detailed(client=api, body=SpeechRequest.from_dict(SPEECH))

    cassette.assert_exchanges(("POST", "/audio/speech", None))
    assert response.status_code == 200
    assert response.content == AUDIO
    # sync_detailed keeps the generator's File wrapper; its payload reads back the same bytes.
    assert isinstance(response.parsed, File)
    assert response.parsed.payload.read() == AUDIO


def _wav_upload(kind: str, tmp_path: Path) -> File:
    if kind == "path":
        path = tmp_path / "hello.wav"
        path.write_bytes(WAV)
        return File(payload=path, mime_type="audio/wav")  # the part's file name is the path's
    if kind == "bytes":
        return File(payload=WAV, file_name="hello.wav", mime_type="audio/wav")
    return File(payload=io.BytesIO(WAV), file_name="hello.wav", mime_type="audio/wav")


@pytest.mark.parametrize("kind", ["path", "bytes", "file_object"])
def test_create_audio_transcriptions_multipart(api, cassette, tmp_path: Path, kind: str) -> None:
    body = CreateAudioTranscriptionsFilesBody(
        file=_wav_upload(kind, tmp_path), model="openai/whisper-large-v3", language="en"
    )
    response = create_audio_transcriptions.sync_detailed(client=api, body=body)

    cassette.assert_exchanges(("POST", "/audio/transcriptions", None))
    sent = cassette.multipart(0)
    assert [part.name for part in sent] == ["file", "model", "language"]
    assert sent[0].filename == "hello.wav"
    assert sent[0].content == WAV
    # The server reads the format from the file name or the part's content type. The type is given: a guess from
    # the name depends on the Python version and the machine's mime tables, and would make the body vary.
    assert sent[0].content_type == "audio/wav"
    assert (sent[1].content, sent[2].content) == (b"openai/whisper-large-v3", b"en")
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, STTResponse)
    assert parsed.text == cassette.response_json(0)["text"]
    assert parsed.to_dict() == cassette.response_json(0)
