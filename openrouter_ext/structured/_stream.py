"""`client.chat.stream(..., response_format=T)`: the chat stream, with the JSON parsed so far and a typed final.

`partial` is the content so far decoded by an incremental JSON parser: jiter's partial mode (installed with the
`pydantic` extra, or on its own: `pip install jiter`), else pydantic-core's `from_json(allow_partial=...)`. An
unfinished string is kept as far as it has arrived. Without either, reading `partial` raises
ExtraNotInstalledError; the stream and its typed `final()` work all the same.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from openrouter_ext.structured._errors import ExtraNotInstalledError
from openrouter_ext.structured._parse import ParsedChatStreamResult, chat_answer, parse_answer
from openrouter_ext.structured._schema import OutputSpec

if TYPE_CHECKING:
    import httpx
    from openrouter_api.models.chat_result import ChatResult

    from openrouter_ext.streaming import AsyncChatStream, ChatCompletionSnapshot, ChatStream
    from openrouter_ext.streaming._models import ChatChunk

__all__ = ["AsyncStructuredChatStream", "StructuredChatStream", "parse_partial_json"]

T = TypeVar("T")

_partial_parser: Callable[[str], Any] | None = None


def _load_partial_parser() -> Callable[[str], Any]:
    global _partial_parser
    if _partial_parser is not None:
        return _partial_parser
    try:
        import jiter

        def parse(text: str) -> Any:
            return jiter.from_json(text.encode(), partial_mode="trailing-strings")

    except ImportError:
        try:
            import pydantic_core
        except ImportError:
            raise ExtraNotInstalledError(
                "the partial JSON of a stream needs an incremental JSON parser: pip install 'openrouter-ext[pydantic]' "
                "(or pip install jiter)"
            ) from None

        def parse(text: str) -> Any:
            return pydantic_core.from_json(text, allow_partial="trailing-strings")

    _partial_parser = parse
    return parse


def parse_partial_json(text: str) -> Any:
    """`text`, a JSON document that may stop anywhere, decoded as far as it goes (None when nothing has arrived).

    An unfinished string keeps what has arrived; an unfinished literal (`tru`) is left out until it completes.
    Raises ExtraNotInstalledError when no incremental parser is installed.
    """
    parse = _load_partial_parser()
    if not text.strip():
        return None
    try:
        return parse(text)
    except ValueError:
        return None  # a prefix no parser can read (text before the JSON starts, say): nothing to offer yet


class _StructuredBase(Generic[T]):
    def __init__(self, spec: OutputSpec[T]) -> None:
        self.spec = spec

    def _snapshot(self) -> ChatCompletionSnapshot:
        raise NotImplementedError

    @property
    def partial(self) -> Any:
        """The content so far as JSON data (a dict while the object is being written), None before any content."""
        return parse_partial_json(self._snapshot().text)

    def _final(self, result: ChatResult, response: httpx.Response) -> ParsedChatStreamResult[T]:
        snapshot = self._snapshot()
        answer = chat_answer(snapshot.to_dict())
        parsed = parse_answer(answer, self.spec, result=result, response=response, limit_hint="max_tokens")
        return ParsedChatStreamResult(parsed=parsed, result=result, snapshot=snapshot, content=answer.content or "")


class StructuredChatStream(_StructuredBase[T]):
    """A chat stream whose answer is read into T: iterate it for chunks, read `partial`, call `final()`.

    `final()` returns a ParsedChatStreamResult (`parsed`, `result` the snapshot, `content`) or raises the
    structured-output error (refusal, cut off, does not fit T) with the snapshot attached.
    """

    def __init__(self, stream: ChatStream, spec: OutputSpec[T]) -> None:
        super().__init__(spec)
        self.stream = stream

    def _snapshot(self) -> ChatCompletionSnapshot:
        return self.stream.snapshot

    @property
    def snapshot(self) -> ChatCompletionSnapshot:
        return self.stream.snapshot

    @property
    def response(self) -> httpx.Response:
        return self.stream.response

    @property
    def generation_id(self) -> str | None:
        return self.stream.generation_id

    def __iter__(self) -> Iterator[ChatChunk]:
        return iter(self.stream)

    def text(self) -> Iterator[str]:
        """The content fragments (JSON text) as they arrive."""
        return self.stream.text()

    def partials(self) -> Iterator[Any]:
        """The partial JSON after each content fragment that changed it."""
        last: Any = None
        for _ in self.stream.text():
            current = self.partial
            if current is not None and current != last:
                last = current
                yield current

    def final(self) -> ParsedChatStreamResult[T]:
        """Read the rest of the stream and return the parsed result."""
        return self._final(self.stream.final(), self.stream.response)

    def close(self) -> None:
        self.stream.close()


class AsyncStructuredChatStream(_StructuredBase[T]):
    """Async twin of StructuredChatStream."""

    def __init__(self, stream: AsyncChatStream, spec: OutputSpec[T]) -> None:
        super().__init__(spec)
        self.stream = stream

    def _snapshot(self) -> ChatCompletionSnapshot:
        return self.stream.snapshot

    @property
    def snapshot(self) -> ChatCompletionSnapshot:
        return self.stream.snapshot

    @property
    def response(self) -> httpx.Response:
        return self.stream.response

    @property
    def generation_id(self) -> str | None:
        return self.stream.generation_id

    def __aiter__(self) -> AsyncIterator[ChatChunk]:
        return self.stream.__aiter__()

    def text(self) -> AsyncIterator[str]:
        return self.stream.text()

    async def partials(self) -> AsyncIterator[Any]:
        """The partial JSON after each content fragment that changed it."""
        last: Any = None
        async for _ in self.stream.text():
            current = self.partial
            if current is not None and current != last:
                last = current
                yield current

    async def final(self) -> ParsedChatStreamResult[T]:
        return self._final(await self.stream.final(), self.stream.response)

    async def close(self) -> None:
        await self.stream.close()
