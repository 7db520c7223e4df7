from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.get_rankings_daily_category import GetRankingsDailyCategory
from ...models.get_rankings_daily_context_bucket import GetRankingsDailyContextBucket
from ...models.get_rankings_daily_language_type import GetRankingsDailyLanguageType
from ...models.get_rankings_daily_modality import GetRankingsDailyModality
from ...models.get_rankings_daily_period import GetRankingsDailyPeriod
from ...models.internal_server_response import InternalServerResponse
from ...models.rankings_daily_response import RankingsDailyResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import UNSET, Response, Unset, http_status, json_body


def _get_kwargs(
    *,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    period: GetRankingsDailyPeriod | Unset = UNSET,
    modality: GetRankingsDailyModality | Unset = UNSET,
    context_bucket: GetRankingsDailyContextBucket | Unset = UNSET,
    category: GetRankingsDailyCategory | Unset = UNSET,
    language_type: GetRankingsDailyLanguageType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_date"] = start_date

    params["end_date"] = end_date

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period.value

    params["period"] = json_period

    json_modality: str | Unset = UNSET
    if not isinstance(modality, Unset):
        json_modality = modality.value

    params["modality"] = json_modality

    json_context_bucket: str | Unset = UNSET
    if not isinstance(context_bucket, Unset):
        json_context_bucket = context_bucket.value

    params["context_bucket"] = json_context_bucket

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    json_language_type: str | Unset = UNSET
    if not isinstance(language_type, Unset):
        json_language_type = language_type.value

    params["language_type"] = json_language_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datasets/rankings-daily",
        "params": params,
    }

    return _kwargs


def build_request(
    *,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    period: GetRankingsDailyPeriod | Unset = UNSET,
    modality: GetRankingsDailyModality | Unset = UNSET,
    context_bucket: GetRankingsDailyContextBucket | Unset = UNSET,
    category: GetRankingsDailyCategory | Unset = UNSET,
    language_type: GetRankingsDailyLanguageType | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        period=period,
        modality=modality,
        context_bucket=context_bucket,
        category=category,
        language_type=language_type,
    )


def parse_success(response: httpx.Response) -> RankingsDailyResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = RankingsDailyResponse.from_dict(json_body(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | InternalServerResponse
    | RankingsDailyResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = RankingsDailyResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = TooManyRequestsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = InternalServerResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BadRequestResponse | InternalServerResponse | RankingsDailyResponse | TooManyRequestsResponse | UnauthorizedResponse
]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    period: GetRankingsDailyPeriod | Unset = UNSET,
    modality: GetRankingsDailyModality | Unset = UNSET,
    context_bucket: GetRankingsDailyContextBucket | Unset = UNSET,
    category: GetRankingsDailyCategory | Unset = UNSET,
    language_type: GetRankingsDailyLanguageType | Unset = UNSET,
) -> Response[
    BadRequestResponse | InternalServerResponse | RankingsDailyResponse | TooManyRequestsResponse | UnauthorizedResponse
]:
    """Daily token totals for top 50 models

     Returns the top 50 public models per day by total token usage on OpenRouter, plus a
    single aggregated `other` row per day that sums every model outside that top 50.
    Token totals are `prompt_tokens + completion_tokens`, matching the public rankings
    chart on openrouter.ai/rankings.

    Each row is a distinct `(date, model_permaslug)` pair. The `other` row uses the
    reserved permaslug `other` and is always returned last within its date, so callers
    can compute `top-50 traffic / total daily traffic` without a second request.

    Optional filters slice the dataset. `period` (`day`/`week`/`month`) sets the time
    grain. `modality` and `context_bucket` narrow the exact dataset by output/input
    modality (or tool-calling activity) and request context length. `category` and
    `language_type` instead read a sampled, upsampled dataset whose `total_tokens` are
    weekly-grain estimates — they cannot be combined with each other or with the exact
    filters, and reject `period=day` with a 400.

    Authenticate with any valid OpenRouter API key (same key used for inference).
    Rate-limited to 30 requests/minute per key and 500 requests/day per account.

    When republishing or quoting this dataset, OpenRouter must be cited as:
    "Source: OpenRouter (openrouter.ai/rankings), as of {as_of}."

    Token counts come from each upstream provider's own tokenizer (Anthropic counts
    are as reported by Anthropic, OpenAI counts are as reported by OpenAI, etc.), so
    a token in one row is not directly comparable to a token in another row from a
    different provider.

    Licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/): reuse and republish with
    attribution to OpenRouter.

    Args:
        start_date (str | Unset): Start of the date window in YYYY-MM-DD (UTC), inclusive.
            Defaults to 30 days before `end_date`. The dataset begins at 2025-01-01; earlier values
            are clamped forward to that floor and the resolved value is echoed in `meta.start_date`.
            Example: 2026-04-12.
        end_date (str | Unset): End of the date window in YYYY-MM-DD (UTC), inclusive. Defaults to
            the most recent completed UTC day. Must be on or after 2025-01-01; earlier values are
            rejected with a 400. Example: 2026-05-11.
        period (GetRankingsDailyPeriod | Unset): Time grain of each row. `day` (default) returns
            the per-UTC-day series; `week` buckets by ISO week start; `month` buckets by month start.
            With `category` or `language_type` only `week` (default) and `month` are available — `day`
            is rejected with a 400 because those datasets are aggregated weekly. For those sampled
            datasets `period=month` buckets each week by its week-start month, so totals are
            approximate at month boundaries. Example: day.
        modality (GetRankingsDailyModality | Unset): Restrict to models for a modality surface:
            `text` / `image_output` match output modality, `image` / `audio` match input modality, and
            `tool_calling` keeps only rows that recorded at least one tool call. Exact dataset —
            cannot be combined with `category` or `language_type`. Example: text.
        context_bucket (GetRankingsDailyContextBucket | Unset): Restrict to requests whose context
            length falls in this bucket (`1K`, `10K`, `100K`, `1M`, or `10M`). Exact dataset — cannot
            be combined with `category` or `language_type`. Example: 100K.
        category (GetRankingsDailyCategory | Unset): Restrict to a use-case category (e.g.
            `programming`, `roleplay`). Sourced from a sampled, upsampled dataset, so `total_tokens`
            is an estimate and is aggregated weekly (the trailing weekly bucket may include traffic
            past `end_date`). Cannot be combined with `modality`, `context_bucket`, or
            `language_type`. Example: programming.
        language_type (GetRankingsDailyLanguageType | Unset): Restrict to natural-language or
            programming-language tagged activity. Sourced from a sampled, upsampled dataset, so
            `total_tokens` is an estimate and is aggregated weekly (the trailing weekly bucket may
            include traffic past `end_date`). Cannot be combined with `modality`, `context_bucket`, or
            `category`. Example: natural.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | RankingsDailyResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        period=period,
        modality=modality,
        context_bucket=context_bucket,
        category=category,
        language_type=language_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    period: GetRankingsDailyPeriod | Unset = UNSET,
    modality: GetRankingsDailyModality | Unset = UNSET,
    context_bucket: GetRankingsDailyContextBucket | Unset = UNSET,
    category: GetRankingsDailyCategory | Unset = UNSET,
    language_type: GetRankingsDailyLanguageType | Unset = UNSET,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | RankingsDailyResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Daily token totals for top 50 models

     Returns the top 50 public models per day by total token usage on OpenRouter, plus a
    single aggregated `other` row per day that sums every model outside that top 50.
    Token totals are `prompt_tokens + completion_tokens`, matching the public rankings
    chart on openrouter.ai/rankings.

    Each row is a distinct `(date, model_permaslug)` pair. The `other` row uses the
    reserved permaslug `other` and is always returned last within its date, so callers
    can compute `top-50 traffic / total daily traffic` without a second request.

    Optional filters slice the dataset. `period` (`day`/`week`/`month`) sets the time
    grain. `modality` and `context_bucket` narrow the exact dataset by output/input
    modality (or tool-calling activity) and request context length. `category` and
    `language_type` instead read a sampled, upsampled dataset whose `total_tokens` are
    weekly-grain estimates — they cannot be combined with each other or with the exact
    filters, and reject `period=day` with a 400.

    Authenticate with any valid OpenRouter API key (same key used for inference).
    Rate-limited to 30 requests/minute per key and 500 requests/day per account.

    When republishing or quoting this dataset, OpenRouter must be cited as:
    "Source: OpenRouter (openrouter.ai/rankings), as of {as_of}."

    Token counts come from each upstream provider's own tokenizer (Anthropic counts
    are as reported by Anthropic, OpenAI counts are as reported by OpenAI, etc.), so
    a token in one row is not directly comparable to a token in another row from a
    different provider.

    Licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/): reuse and republish with
    attribution to OpenRouter.

    Args:
        start_date (str | Unset): Start of the date window in YYYY-MM-DD (UTC), inclusive.
            Defaults to 30 days before `end_date`. The dataset begins at 2025-01-01; earlier values
            are clamped forward to that floor and the resolved value is echoed in `meta.start_date`.
            Example: 2026-04-12.
        end_date (str | Unset): End of the date window in YYYY-MM-DD (UTC), inclusive. Defaults to
            the most recent completed UTC day. Must be on or after 2025-01-01; earlier values are
            rejected with a 400. Example: 2026-05-11.
        period (GetRankingsDailyPeriod | Unset): Time grain of each row. `day` (default) returns
            the per-UTC-day series; `week` buckets by ISO week start; `month` buckets by month start.
            With `category` or `language_type` only `week` (default) and `month` are available — `day`
            is rejected with a 400 because those datasets are aggregated weekly. For those sampled
            datasets `period=month` buckets each week by its week-start month, so totals are
            approximate at month boundaries. Example: day.
        modality (GetRankingsDailyModality | Unset): Restrict to models for a modality surface:
            `text` / `image_output` match output modality, `image` / `audio` match input modality, and
            `tool_calling` keeps only rows that recorded at least one tool call. Exact dataset —
            cannot be combined with `category` or `language_type`. Example: text.
        context_bucket (GetRankingsDailyContextBucket | Unset): Restrict to requests whose context
            length falls in this bucket (`1K`, `10K`, `100K`, `1M`, or `10M`). Exact dataset — cannot
            be combined with `category` or `language_type`. Example: 100K.
        category (GetRankingsDailyCategory | Unset): Restrict to a use-case category (e.g.
            `programming`, `roleplay`). Sourced from a sampled, upsampled dataset, so `total_tokens`
            is an estimate and is aggregated weekly (the trailing weekly bucket may include traffic
            past `end_date`). Cannot be combined with `modality`, `context_bucket`, or
            `language_type`. Example: programming.
        language_type (GetRankingsDailyLanguageType | Unset): Restrict to natural-language or
            programming-language tagged activity. Sourced from a sampled, upsampled dataset, so
            `total_tokens` is an estimate and is aggregated weekly (the trailing weekly bucket may
            include traffic past `end_date`). Cannot be combined with `modality`, `context_bucket`, or
            `category`. Example: natural.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | RankingsDailyResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        period=period,
        modality=modality,
        context_bucket=context_bucket,
        category=category,
        language_type=language_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    period: GetRankingsDailyPeriod | Unset = UNSET,
    modality: GetRankingsDailyModality | Unset = UNSET,
    context_bucket: GetRankingsDailyContextBucket | Unset = UNSET,
    category: GetRankingsDailyCategory | Unset = UNSET,
    language_type: GetRankingsDailyLanguageType | Unset = UNSET,
) -> Response[
    BadRequestResponse | InternalServerResponse | RankingsDailyResponse | TooManyRequestsResponse | UnauthorizedResponse
]:
    """Daily token totals for top 50 models

     Returns the top 50 public models per day by total token usage on OpenRouter, plus a
    single aggregated `other` row per day that sums every model outside that top 50.
    Token totals are `prompt_tokens + completion_tokens`, matching the public rankings
    chart on openrouter.ai/rankings.

    Each row is a distinct `(date, model_permaslug)` pair. The `other` row uses the
    reserved permaslug `other` and is always returned last within its date, so callers
    can compute `top-50 traffic / total daily traffic` without a second request.

    Optional filters slice the dataset. `period` (`day`/`week`/`month`) sets the time
    grain. `modality` and `context_bucket` narrow the exact dataset by output/input
    modality (or tool-calling activity) and request context length. `category` and
    `language_type` instead read a sampled, upsampled dataset whose `total_tokens` are
    weekly-grain estimates — they cannot be combined with each other or with the exact
    filters, and reject `period=day` with a 400.

    Authenticate with any valid OpenRouter API key (same key used for inference).
    Rate-limited to 30 requests/minute per key and 500 requests/day per account.

    When republishing or quoting this dataset, OpenRouter must be cited as:
    "Source: OpenRouter (openrouter.ai/rankings), as of {as_of}."

    Token counts come from each upstream provider's own tokenizer (Anthropic counts
    are as reported by Anthropic, OpenAI counts are as reported by OpenAI, etc.), so
    a token in one row is not directly comparable to a token in another row from a
    different provider.

    Licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/): reuse and republish with
    attribution to OpenRouter.

    Args:
        start_date (str | Unset): Start of the date window in YYYY-MM-DD (UTC), inclusive.
            Defaults to 30 days before `end_date`. The dataset begins at 2025-01-01; earlier values
            are clamped forward to that floor and the resolved value is echoed in `meta.start_date`.
            Example: 2026-04-12.
        end_date (str | Unset): End of the date window in YYYY-MM-DD (UTC), inclusive. Defaults to
            the most recent completed UTC day. Must be on or after 2025-01-01; earlier values are
            rejected with a 400. Example: 2026-05-11.
        period (GetRankingsDailyPeriod | Unset): Time grain of each row. `day` (default) returns
            the per-UTC-day series; `week` buckets by ISO week start; `month` buckets by month start.
            With `category` or `language_type` only `week` (default) and `month` are available — `day`
            is rejected with a 400 because those datasets are aggregated weekly. For those sampled
            datasets `period=month` buckets each week by its week-start month, so totals are
            approximate at month boundaries. Example: day.
        modality (GetRankingsDailyModality | Unset): Restrict to models for a modality surface:
            `text` / `image_output` match output modality, `image` / `audio` match input modality, and
            `tool_calling` keeps only rows that recorded at least one tool call. Exact dataset —
            cannot be combined with `category` or `language_type`. Example: text.
        context_bucket (GetRankingsDailyContextBucket | Unset): Restrict to requests whose context
            length falls in this bucket (`1K`, `10K`, `100K`, `1M`, or `10M`). Exact dataset — cannot
            be combined with `category` or `language_type`. Example: 100K.
        category (GetRankingsDailyCategory | Unset): Restrict to a use-case category (e.g.
            `programming`, `roleplay`). Sourced from a sampled, upsampled dataset, so `total_tokens`
            is an estimate and is aggregated weekly (the trailing weekly bucket may include traffic
            past `end_date`). Cannot be combined with `modality`, `context_bucket`, or
            `language_type`. Example: programming.
        language_type (GetRankingsDailyLanguageType | Unset): Restrict to natural-language or
            programming-language tagged activity. Sourced from a sampled, upsampled dataset, so
            `total_tokens` is an estimate and is aggregated weekly (the trailing weekly bucket may
            include traffic past `end_date`). Cannot be combined with `modality`, `context_bucket`, or
            `category`. Example: natural.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | RankingsDailyResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        period=period,
        modality=modality,
        context_bucket=context_bucket,
        category=category,
        language_type=language_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    period: GetRankingsDailyPeriod | Unset = UNSET,
    modality: GetRankingsDailyModality | Unset = UNSET,
    context_bucket: GetRankingsDailyContextBucket | Unset = UNSET,
    category: GetRankingsDailyCategory | Unset = UNSET,
    language_type: GetRankingsDailyLanguageType | Unset = UNSET,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | RankingsDailyResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Daily token totals for top 50 models

     Returns the top 50 public models per day by total token usage on OpenRouter, plus a
    single aggregated `other` row per day that sums every model outside that top 50.
    Token totals are `prompt_tokens + completion_tokens`, matching the public rankings
    chart on openrouter.ai/rankings.

    Each row is a distinct `(date, model_permaslug)` pair. The `other` row uses the
    reserved permaslug `other` and is always returned last within its date, so callers
    can compute `top-50 traffic / total daily traffic` without a second request.

    Optional filters slice the dataset. `period` (`day`/`week`/`month`) sets the time
    grain. `modality` and `context_bucket` narrow the exact dataset by output/input
    modality (or tool-calling activity) and request context length. `category` and
    `language_type` instead read a sampled, upsampled dataset whose `total_tokens` are
    weekly-grain estimates — they cannot be combined with each other or with the exact
    filters, and reject `period=day` with a 400.

    Authenticate with any valid OpenRouter API key (same key used for inference).
    Rate-limited to 30 requests/minute per key and 500 requests/day per account.

    When republishing or quoting this dataset, OpenRouter must be cited as:
    "Source: OpenRouter (openrouter.ai/rankings), as of {as_of}."

    Token counts come from each upstream provider's own tokenizer (Anthropic counts
    are as reported by Anthropic, OpenAI counts are as reported by OpenAI, etc.), so
    a token in one row is not directly comparable to a token in another row from a
    different provider.

    Licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/): reuse and republish with
    attribution to OpenRouter.

    Args:
        start_date (str | Unset): Start of the date window in YYYY-MM-DD (UTC), inclusive.
            Defaults to 30 days before `end_date`. The dataset begins at 2025-01-01; earlier values
            are clamped forward to that floor and the resolved value is echoed in `meta.start_date`.
            Example: 2026-04-12.
        end_date (str | Unset): End of the date window in YYYY-MM-DD (UTC), inclusive. Defaults to
            the most recent completed UTC day. Must be on or after 2025-01-01; earlier values are
            rejected with a 400. Example: 2026-05-11.
        period (GetRankingsDailyPeriod | Unset): Time grain of each row. `day` (default) returns
            the per-UTC-day series; `week` buckets by ISO week start; `month` buckets by month start.
            With `category` or `language_type` only `week` (default) and `month` are available — `day`
            is rejected with a 400 because those datasets are aggregated weekly. For those sampled
            datasets `period=month` buckets each week by its week-start month, so totals are
            approximate at month boundaries. Example: day.
        modality (GetRankingsDailyModality | Unset): Restrict to models for a modality surface:
            `text` / `image_output` match output modality, `image` / `audio` match input modality, and
            `tool_calling` keeps only rows that recorded at least one tool call. Exact dataset —
            cannot be combined with `category` or `language_type`. Example: text.
        context_bucket (GetRankingsDailyContextBucket | Unset): Restrict to requests whose context
            length falls in this bucket (`1K`, `10K`, `100K`, `1M`, or `10M`). Exact dataset — cannot
            be combined with `category` or `language_type`. Example: 100K.
        category (GetRankingsDailyCategory | Unset): Restrict to a use-case category (e.g.
            `programming`, `roleplay`). Sourced from a sampled, upsampled dataset, so `total_tokens`
            is an estimate and is aggregated weekly (the trailing weekly bucket may include traffic
            past `end_date`). Cannot be combined with `modality`, `context_bucket`, or
            `language_type`. Example: programming.
        language_type (GetRankingsDailyLanguageType | Unset): Restrict to natural-language or
            programming-language tagged activity. Sourced from a sampled, upsampled dataset, so
            `total_tokens` is an estimate and is aggregated weekly (the trailing weekly bucket may
            include traffic past `end_date`). Cannot be combined with `modality`, `context_bucket`, or
            `category`. Example: natural.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | RankingsDailyResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            period=period,
            modality=modality,
            context_bucket=context_bucket,
            category=category,
            language_type=language_type,
        )
    ).parsed
