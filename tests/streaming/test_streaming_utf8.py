"""Text decoding of a stream: strict UTF-8, so a corrupted body is an error and never a silently altered answer."""

from __future__ import annotations

import pytest
from streaming_helpers import afinal_snapshot, chunk, delta, final_snapshot, open_async, open_sync, sse

from openrouter_ext._exceptions import MalformedEventError
from openrouter_ext.streaming import AsyncChatStream, ChatStream

HEAD = [chunk(delta(role="assistant", content="")), chunk(delta(content="Grüße, "))]
TAIL = [chunk(delta(content="naïve 🙂")), chunk(delta(content="", finish_reason="stop"))]
BAD_LINE = b'data: {"choices":[{"index":0,"delta":{"content":"caf\xc3 \xff\xfe"}}]}\n\n'


def test_multibyte_characters_cut_anywhere_between_reads_decode_whole() -> None:
    body = b"\xef\xbb\xbf" + sse(*HEAD, *TAIL)
    for cut in range(len(body)):
        with open_sync([body[:cut], body[cut:]] if cut else [body]) as response, ChatStream(response) as stream:
            assert final_snapshot(stream).text == "Grüße, naïve 🙂", cut


def test_bytes_that_are_not_utf8_raise_malformed_with_the_line_and_the_partial() -> None:
    body = sse(*HEAD, done=False) + BAD_LINE + sse(*TAIL)
    with open_sync(body) as response, ChatStream(response) as stream, pytest.raises(MalformedEventError) as info:
        final_snapshot(stream)
    err = info.value
    assert "not valid UTF-8 (byte 0xc3)" in str(err)
    assert err.line.startswith('{"choices"')
    assert "caf\ufffd \ufffd\ufffd" in err.line
    assert err.partial.text == "Grüße, "  # what arrived before the bad bytes, and nothing after
    with pytest.raises(MalformedEventError):  # and every later read raises it again
        final_snapshot(stream)


def test_invalid_bytes_split_over_reads_are_still_caught() -> None:
    body = sse(*HEAD, done=False) + BAD_LINE + sse(*TAIL)
    cut = body.index(b"\xc3") + 1  # a lead byte at the end of one read, a bad continuation at the start of the next
    with (
        open_sync([body[:cut], body[cut:]]) as response,
        ChatStream(response) as stream,
        pytest.raises(MalformedEventError),
    ):
        final_snapshot(stream)


async def test_async_bytes_that_are_not_utf8_raise_malformed() -> None:
    body = sse(*HEAD, done=False) + BAD_LINE + sse(*TAIL)
    async with open_async(body) as response, AsyncChatStream(response) as stream:
        with pytest.raises(MalformedEventError) as info:
            await afinal_snapshot(stream)
    assert info.value.partial.text == "Grüße, "
