"""One measurement in a fresh process: `python -m bench._worker FIGURE SUBJECT PARAMS_JSON`.

Prints `RESULT <json>` as its last line: `{"samples": {metric: [values...]}, "info": {...}}`, or
`{"skipped": reason}` when the subject's package is not installed, or `{"missing": reason}` when the piece of our
client that the figure needs does not exist (yet). The orchestrator (`bench/__main__.py`) takes medians.

Subjects: `ours` (openrouter_ext), `openrouter` (the official SDK), `openai` (the openai SDK on the same base URL),
`floor` (raw httpx + json). Each figure's code for a subject is the loop a user of that library would write, with
the same accumulation everywhere: the content pieces are collected and joined, and the text is checked against the
emulator's deterministic answer so that no subject can win by skipping work.

Figure 1 (cold start) does not come through here: it runs a tiny `python -c` snippet per process so that nothing
this module imports (json, asyncio, ...) is already loaded when the clock starts. See `COLD_SNIPPETS`.
"""

from __future__ import annotations

import asyncio
import gc
import importlib.util
import json
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

API_KEY = "sk-or-v1-bench"
MODEL = "emulator/count"
MESSAGES = [{"role": "user", "content": "Count for the benchmark."}]
BEHAVIOUR_HEADER = "X-Emulator-Behaviour"

SUBJECT_PACKAGES = {"ours": "openrouter_ext", "openrouter": "openrouter", "openai": "openai", "floor": "httpx"}

# Figure 1: import + construct + reach the chat resource (what a first call needs), timed inside a fresh interpreter.
_COLD_PREFIX = "import time\n_t0 = time.perf_counter()\n"
_COLD_SUFFIX = (
    "\n_t1 = time.perf_counter()\nimport resource, sys\n"
    "sys.stdout.write('RESULT %r %d\\n' % (_t1 - _t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))\n"
)
COLD_SNIPPETS = {
    "ours": "from openrouter_ext import OpenRouter\nc = OpenRouter(api_key='sk-bench', base_url=URL)\nc.chat\n",
    "openrouter": "from openrouter import OpenRouter\nc = OpenRouter(api_key='sk-bench', server_url=URL)\nc.chat\n",
    "openai": "from openai import OpenAI\nc = OpenAI(api_key='sk-bench', base_url=URL)\nc.chat.completions\n",
    "floor": "import json, httpx\nc = httpx.Client(base_url=URL, headers={'Authorization': 'Bearer sk-bench'})\n",
}


def cold_snippet(subject: str, base_url: str) -> str:
    return _COLD_PREFIX + f"URL = {base_url!r}\n" + COLD_SNIPPETS[subject] + _COLD_SUFFIX


class Missing(Exception):
    """A piece of our client that this figure needs is not there."""


def expected_text(chunks: int) -> str:
    """What the emulator's count mode answers with `chunks` pieces: "1 2 3 ... n"."""
    return " ".join(str(n) for n in range(1, chunks + 1))


def behaviour(chunks: int, delay: float = 0.0) -> dict[str, str]:
    value = f"chunks={chunks}" + (f", chunk_delay={delay}" if delay else "")
    return {BEHAVIOUR_HEADER: value}


def current_rss_kib() -> int:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() // 1024


def peak_rss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


# ---------------------------------------------------------------------------------------------------------------
# Figure 2: parsing the model list.


def parse_fn(subject: str) -> Callable[[bytes], int]:
    """A function taking the wire bytes of GET /models and returning the number of typed models it built."""
    import httpx

    headers = {"content-type": "application/json"}
    if subject == "ours":
        from openrouter_api.api.models import get_models

        def ours(body: bytes) -> int:
            # What client.call(get_models) runs after the response arrived.
            return len(get_models.parse_success(httpx.Response(200, content=body, headers=headers)).data)

        return ours
    if subject == "openrouter":
        from openrouter import components
        from openrouter.utils.unmarshal_json_response import unmarshal_json_response

        def official(body: bytes) -> int:
            # What client.models.list() runs after the response arrived (pydantic validation).
            response = httpx.Response(200, content=body, headers=headers)
            return len(unmarshal_json_response(components.ModelsListResponse, response).data)

        return official
    if subject == "floor":
        return lambda body: len(json.loads(body)["data"])
    raise ValueError(subject)


def figure_parse(subject: str, params: dict[str, Any]) -> dict[str, Any]:
    from bench._data import models_body

    body = models_body(params["models"])
    parse = parse_fn(subject)
    parsed = 0
    for _ in range(params["warmup"]):
        parsed = parse(body)
        if parsed != params["models"]:
            raise AssertionError("parsed the wrong number of models")
    samples = []
    gc.collect()
    for _ in range(params["inner"]):
        start = time.perf_counter()
        parse(body)
        samples.append((time.perf_counter() - start) * 1e3)
    return {"samples": {"parse_ms": samples}, "info": {"body_bytes": len(body), "models_parsed": parsed}}


# ---------------------------------------------------------------------------------------------------------------
# Figure 3: one chat stream; each returns (accumulated text, perf_counter at the first non-empty content).


def sync_streamer(subject: str, base_url: str) -> tuple[Any, Callable[[Any, dict[str, str]], tuple[str, float]]]:
    if subject == "ours":
        from openrouter_ext import OpenRouter

        client = OpenRouter(api_key=API_KEY, base_url=base_url, max_retries=0)
        if not hasattr(client, "chat") or not hasattr(client.chat, "stream"):
            raise Missing("client.chat.stream is not there yet")

        def ours(client: Any, headers: dict[str, str]) -> tuple[str, float]:
            first = 0.0
            with client.chat.stream(model=MODEL, messages=MESSAGES, extra_headers=headers) as stream:
                chunks = iter(stream)
                # The accumulator has taken a chunk in before it is yielded, so the snapshot shows the first token
                # as soon as its chunk arrives (whatever type the chunks are).
                for _chunk in chunks:
                    if stream.snapshot.text:
                        first = time.perf_counter()
                        break
                for _chunk in chunks:
                    pass
                stream.final()
            return stream.snapshot.text, first

        return client, ours
    if subject == "openrouter":
        from openrouter import OpenRouter as Official

        client = Official(api_key=API_KEY, server_url=base_url)

        def official(client: Any, headers: dict[str, str]) -> tuple[str, float]:
            first = 0.0
            parts: list[str] = []
            with client.chat.send(model=MODEL, messages=MESSAGES, stream=True, http_headers=headers) as stream:
                for chunk in stream:
                    if chunk.choices:
                        content = chunk.choices[0].delta.content
                        if content:
                            if not parts:
                                first = time.perf_counter()
                            parts.append(content)
            return "".join(parts), first

        return client, official
    if subject == "openai":
        from openai import OpenAI

        client = OpenAI(api_key=API_KEY, base_url=base_url, max_retries=0)

        def openai_sdk(client: Any, headers: dict[str, str]) -> tuple[str, float]:
            first = 0.0
            parts: list[str] = []
            stream = client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True, extra_headers=headers)
            with stream:
                for chunk in stream:
                    if chunk.choices:
                        content = chunk.choices[0].delta.content
                        if content:
                            if not parts:
                                first = time.perf_counter()
                            parts.append(content)
            return "".join(parts), first

        return client, openai_sdk
    if subject == "floor":
        import httpx

        client = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {API_KEY}"}, timeout=60)
        body = {"model": MODEL, "messages": MESSAGES, "stream": True}

        def floor(client: Any, headers: dict[str, str]) -> tuple[str, float]:
            # The least a correct consumer does: split lines, take `data:` payloads, json.loads, append content.
            first = 0.0
            parts: list[str] = []
            with client.stream("POST", "/chat/completions", json=body, headers=headers) as response:
                response.raise_for_status()
                for line in response.iter_lines():
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        break
                    choices = json.loads(data).get("choices")
                    if choices:
                        content = choices[0]["delta"].get("content")
                        if content:
                            if not parts:
                                first = time.perf_counter()
                            parts.append(content)
            return "".join(parts), first

        return client, floor
    raise ValueError(subject)


def figure_stream(subject: str, params: dict[str, Any]) -> dict[str, Any]:
    client, run = sync_streamer(subject, params["base_url"])
    chunks, ttft_chunks = params["chunks"], params["ttft_chunks"]
    # Warm up: connection open, lazy imports done, code paths hot.
    for _ in range(2):
        text, _first = run(client, behaviour(ttft_chunks))
        if text != expected_text(ttft_chunks):
            raise AssertionError(f"wrong text from the warm-up stream: {text[:80]!r}")
    ttft = []
    for _ in range(params["ttft_repeats"]):
        start = time.perf_counter()
        _text, first = run(client, behaviour(ttft_chunks))
        ttft.append((first - start) * 1e3)
    cpu_per_chunk, wall = [], []
    headers = behaviour(chunks)
    for _ in range(params["inner"]):
        gc.collect()
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        text, _first = run(client, headers)
        cpu = time.process_time() - cpu_start
        wall.append((time.perf_counter() - wall_start) * 1e3)
        if text != expected_text(chunks):
            raise AssertionError("wrong text from the long stream")
        cpu_per_chunk.append(cpu / chunks * 1e6)
    # What was checked, so the report (and the smoke test) can show the streams carried the whole answer.
    checked = {"text_chars": len(text), "text_tail": text[-24:]}
    return {"samples": {"cpu_us_per_chunk": cpu_per_chunk, "stream_wall_ms": wall, "ttft_ms": ttft}, "info": checked}


# ---------------------------------------------------------------------------------------------------------------
# Figure 4: many concurrent async streams through one client.


def async_streamer(subject: str, base_url: str) -> tuple[Any, Callable[[Any, dict[str, str]], Any]]:
    if subject == "ours":
        from openrouter_ext import AsyncOpenRouter

        client = AsyncOpenRouter(api_key=API_KEY, base_url=base_url, max_retries=0)
        if not hasattr(client, "chat") or not hasattr(client.chat, "stream"):
            raise Missing("aclient.chat.stream is not there yet")

        async def ours(client: Any, headers: dict[str, str]) -> str:
            async with client.chat.stream(model=MODEL, messages=MESSAGES, extra_headers=headers) as stream:
                async for _chunk in stream:
                    pass
                await stream.final()
            return str(stream.snapshot.text)

        return client, ours
    if subject == "openrouter":
        import httpx
        from openrouter import OpenRouter as Official

        # With its default pool (httpx's 100 connections) the SDK stalls for good once more streams than that are
        # in flight: every task waits, no connection is open (seen with 200; 120 completed). So it gets a pool as
        # large as the fan-out, like the floor; the report says so.
        pool = httpx.AsyncClient(follow_redirects=True, limits=httpx.Limits(max_connections=None))
        client = Official(api_key=API_KEY, server_url=base_url, async_client=pool)

        async def official(client: Any, headers: dict[str, str]) -> str:
            parts: list[str] = []
            stream = await client.chat.send_async(model=MODEL, messages=MESSAGES, stream=True, http_headers=headers)
            async with stream:
                async for chunk in stream:
                    if chunk.choices and chunk.choices[0].delta.content:
                        parts.append(chunk.choices[0].delta.content)
            return "".join(parts)

        return client, official
    if subject == "openai":
        from openai import AsyncOpenAI

        client = AsyncOpenAI(api_key=API_KEY, base_url=base_url, max_retries=0)

        async def openai_sdk(client: Any, headers: dict[str, str]) -> str:
            parts: list[str] = []
            stream = await client.chat.completions.create(
                model=MODEL, messages=MESSAGES, stream=True, extra_headers=headers
            )
            async with stream:
                async for chunk in stream:
                    if chunk.choices and chunk.choices[0].delta.content:
                        parts.append(chunk.choices[0].delta.content)
            return "".join(parts)

        return client, openai_sdk
    if subject == "floor":
        import httpx

        # The floor gets a pool as large as the fan-out; the libraries keep their own defaults (noted in the report).
        client = httpx.AsyncClient(
            base_url=base_url,
            headers={"Authorization": f"Bearer {API_KEY}"},
            timeout=60,
            limits=httpx.Limits(max_connections=None, max_keepalive_connections=None),
        )
        body = {"model": MODEL, "messages": MESSAGES, "stream": True}

        async def floor(client: Any, headers: dict[str, str]) -> str:
            parts: list[str] = []
            async with client.stream("POST", "/chat/completions", json=body, headers=headers) as response:
                response.raise_for_status()
                async for line in response.aiter_lines():
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        break
                    choices = json.loads(data).get("choices")
                    if choices and choices[0]["delta"].get("content"):
                        parts.append(choices[0]["delta"]["content"])
            return "".join(parts)

        return client, floor
    raise ValueError(subject)


def figure_concurrent(subject: str, params: dict[str, Any]) -> dict[str, Any]:
    async def main() -> dict[str, Any]:
        client, run = async_streamer(subject, params["base_url"])
        chunks, count = params["chunks"], params["streams"]
        headers = behaviour(chunks, params["chunk_delay"])
        expected = expected_text(chunks)
        if await run(client, behaviour(chunks)) != expected:
            raise AssertionError("wrong text from the warm-up stream")
        gc.collect()
        baseline = current_rss_kib()
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        try:
            texts = await asyncio.wait_for(
                asyncio.gather(*(run(client, headers) for _ in range(count))), params.get("deadline", 300)
            )
        except asyncio.TimeoutError:
            deadline = params.get("deadline", 300)
            raise AssertionError(f"{count} concurrent streams did not finish within {deadline} s") from None
        wall = time.perf_counter() - wall_start
        cpu = time.process_time() - cpu_start
        peak = peak_rss_kib()
        if any(text != expected for text in texts):
            raise AssertionError("a concurrent stream came back with the wrong text")
        return {
            "samples": {
                "wall_ms": [wall * 1e3],
                "cpu_ms": [cpu * 1e3],
                "peak_rss_mib": [peak / 1024],
                "kib_per_stream": [max(0, peak - baseline) / count],
            },
            "info": {
                "baseline_rss_mib": baseline / 1024,
                "texts_checked": len(texts),
                "text_chars": len(texts[0]) if texts else 0,
                "text_tail": texts[0][-24:] if texts else "",
            },
        }

    return asyncio.run(main())


# ---------------------------------------------------------------------------------------------------------------
# Figure 5: walking every API key.


def key_walker(subject: str, base_url: str) -> Callable[[int], int]:
    """A function that walks the key list, stopping after `limit` keys, and returns how many it saw."""
    if subject == "ours":
        from openrouter_ext import OpenRouter

        client = OpenRouter(api_key=API_KEY, base_url=base_url, max_retries=0)
        if not hasattr(client, "keys"):
            raise Missing("client.keys is not there yet")

        def ours(limit: int) -> int:
            seen = 0
            for key in client.keys.iter(max_items=limit):
                seen += 1
                _ = key.hash_  # the generated model renames `hash` (a builtin)
            return seen

        return ours
    if subject == "openrouter":
        import httpx
        from openrouter import OpenRouter as Official

        class AddLastUsedAt(httpx.BaseTransport):
            """The SDK requires `last_used_at` on every key, which the emulator does not send (yet).

            Inserting `"last_used_at":null` is one bytes.replace per 100-key page (tens of microseconds against
            milliseconds of validation), so the SDK can be measured at all; the report notes the adapter.
            """

            def __init__(self) -> None:
                self._inner = httpx.HTTPTransport()

            def handle_request(self, request: httpx.Request) -> httpx.Response:
                response = self._inner.handle_request(request)
                body = response.read().replace(b'"hash":', b'"last_used_at":null,"hash":')
                headers = [(k, v) for k, v in response.headers.items() if k.lower() != "content-length"]
                return httpx.Response(response.status_code, headers=headers, content=body, request=request)

            def close(self) -> None:
                self._inner.close()

        official_client = Official(
            api_key=API_KEY, server_url=base_url, client=httpx.Client(transport=AddLastUsedAt(), follow_redirects=True)
        )

        def official(limit: int) -> int:
            # The SDK has no pager for keys: the user's loop over offsets.
            seen = offset = 0
            while seen < limit:
                page = official_client.api_keys.list(offset=offset)
                if not page.data:
                    break
                for key in page.data:
                    _ = key.hash
                    seen += 1
                    if seen >= limit:
                        break
                offset += len(page.data)
            return seen

        return official
    if subject == "floor":
        import httpx

        http = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {API_KEY}"})

        def floor(limit: int) -> int:
            seen = offset = 0
            while seen < limit:
                data = json.loads(http.get("/keys", params={"offset": offset}).raise_for_status().content)["data"]
                if not data:
                    break
                for key in data:
                    _ = key["hash"]
                    seen += 1
                    if seen >= limit:
                        break
                offset += len(data)
            return seen

        return floor
    raise ValueError(subject)


def figure_keys(subject: str, params: dict[str, Any]) -> dict[str, Any]:
    walk = key_walker(subject, params["base_url"])
    total, small = params["keys"], max(1, params["keys"] // 4)
    walk(min(total, 150))  # warm-up: connection, lazy imports, first-page code paths
    gc.collect()
    start = time.perf_counter()
    seen = walk(total)
    elapsed = time.perf_counter() - start
    if seen != total:
        raise AssertionError(f"walked {seen} keys, expected {total}")
    # Peak Python-heap growth during a walk, at a quarter of the size and at the full size: flat means equal.
    # tracemalloc runs through one warm walk first, so both measured walks start from the same state.
    tracemalloc.start()
    walk(small)
    peaks = []
    for size in (small, total):
        gc.collect()
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        walk(size)
        peaks.append(tracemalloc.get_traced_memory()[1] - base)
    tracemalloc.stop()
    peak_small, peak_full = peaks
    return {
        "samples": {
            "walk_ms": [elapsed * 1e3],
            "peak_kib": [peak_full / 1024],
            "peak_kib_quarter": [peak_small / 1024],
        },
        "info": {"keys": seen},
    }


# ---------------------------------------------------------------------------------------------------------------
# Figure 6: one non-streamed chat completion, end to end (build, check, send, parse).


def chat_caller(subject: str, base_url: str) -> Callable[[dict[str, str]], str]:
    """A function sending one non-streamed chat completion and returning the answer's text, as a user writes it."""
    if subject == "ours":
        from openrouter_ext import OpenRouter

        client = OpenRouter(api_key=API_KEY, base_url=base_url, max_retries=0)
        if not hasattr(client.chat, "send"):
            raise Missing("client.chat.send is not there yet")

        def ours(headers: dict[str, str]) -> str:
            result = client.chat.send(model=MODEL, messages=MESSAGES, max_tokens=64, extra_headers=headers)
            return str(result.choices[0].message.content)

        return ours
    if subject == "openrouter":
        from openrouter import OpenRouter as Official

        official_client = Official(api_key=API_KEY, server_url=base_url)

        def official(headers: dict[str, str]) -> str:
            result = official_client.chat.send(model=MODEL, messages=MESSAGES, max_tokens=64, http_headers=headers)
            return str(result.choices[0].message.content)

        return official
    if subject == "openai":
        from openai import OpenAI

        openai_client = OpenAI(api_key=API_KEY, base_url=base_url, max_retries=0)

        def openai_sdk(headers: dict[str, str]) -> str:
            result = openai_client.chat.completions.create(
                model=MODEL, messages=MESSAGES, max_tokens=64, extra_headers=headers
            )
            return str(result.choices[0].message.content)

        return openai_sdk
    if subject == "floor":
        import httpx

        http = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {API_KEY}"}, timeout=60)

        def floor(headers: dict[str, str]) -> str:
            body = {"model": MODEL, "messages": MESSAGES, "max_tokens": 64}
            response = http.post("/chat/completions", json=body, headers=headers)
            response.raise_for_status()
            return str(json.loads(response.content)["choices"][0]["message"]["content"])

        return floor
    raise ValueError(subject)


def figure_call(subject: str, params: dict[str, Any]) -> dict[str, Any]:
    call = chat_caller(subject, params["base_url"])
    headers = behaviour(params["chunks"])
    expected = expected_text(params["chunks"])
    # Warm up: connection open, lazy imports and the request check's compiled schema done, code paths hot.
    for _ in range(params["warmup"]):
        if call(headers) != expected:
            raise AssertionError("wrong text from a warm-up call")
    samples = []
    for _ in range(params["inner"]):
        gc.collect()
        cpu_start = time.process_time()
        for _ in range(params["calls"]):
            text = call(headers)
        samples.append((time.process_time() - cpu_start) / params["calls"] * 1e6)
        if text != expected:
            raise AssertionError("wrong text from a measured call")
    return {"samples": {"cpu_us_per_call": samples}, "info": {"text": text}}


FIGURES: dict[str, Callable[[str, dict[str, Any]], dict[str, Any]]] = {
    "parse": figure_parse,
    "stream": figure_stream,
    "concurrent": figure_concurrent,
    "keys": figure_keys,
    "call": figure_call,
}


def run(figure: str, subject: str, params: dict[str, Any]) -> dict[str, Any]:
    if importlib.util.find_spec(SUBJECT_PACKAGES[subject]) is None:
        return {"skipped": f"{SUBJECT_PACKAGES[subject]} is not installed"}
    try:
        return FIGURES[figure](subject, params)
    except Missing as exc:
        return {"missing": str(exc)}


def main(argv: list[str]) -> None:
    figure, subject, params = argv[0], argv[1], json.loads(argv[2])
    result = run(figure, subject, params)
    sys.stdout.write("RESULT " + json.dumps(result) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
