"""`ModelSelection`: the primary model, its ordered fallbacks and variant suffixes, as request fields."""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from openrouter_ext._exceptions import InvalidRoutingError
from openrouter_ext.routing._values import allowed_list, as_tuple, check_known_keys, check_string_tuple

__all__ = ["DEPRECATED_MODEL_VARIANTS", "MAX_MESSAGES_FALLBACKS", "MODEL_VARIANTS", "ModelSelection", "with_variant"]

#: Suffixes that select a variant of a model ("openai/gpt-4o:nitro"):
#: nitro = fastest providers first, floor = cheapest first, exacto = providers with the best tool-calling record,
#: free = the free endpoints, extended = a longer context window, thinking = reasoning enabled.
MODEL_VARIANTS: tuple[str, ...] = ("nitro", "floor", "exacto", "free", "extended", "thinking")
#: Suffixes the API still accepts but has replaced: ":online" is now the web-search plugin.
DEPRECATED_MODEL_VARIANTS: tuple[str, ...] = ("online",)
#: The /messages endpoint takes at most this many `fallbacks`.
MAX_MESSAGES_FALLBACKS = 3

_ONLINE_MESSAGE = (
    "the ':online' model variant is deprecated; enable web search with the web plugin "
    '(plugins=[{"id": "web"}]) instead'
)


def _split_variant(model: str) -> tuple[str, str | None]:
    # The variant is whatever follows the last ":" after the last "/": author/model:variant.
    base, colon, suffix = model.rpartition(":")
    if not colon or "/" in suffix:
        return model, None
    return base, suffix


def _check_model(field: str, model: object) -> str:
    if not isinstance(model, str) or not model or model != model.strip() or any(ch.isspace() for ch in model):
        raise InvalidRoutingError(f"{field}: a model must be a non-empty slug without spaces, got {model!r}")
    if model.endswith(":"):
        raise InvalidRoutingError(f"{field}: {model!r} ends with ':' but names no variant")
    return model


def _warn_if_deprecated(model: str, stacklevel: int) -> None:
    # stacklevel counts from the caller of this function; validators pass the depth of the constructor's caller.
    if _split_variant(model)[1] in DEPRECATED_MODEL_VARIANTS:
        warnings.warn(_ONLINE_MESSAGE, DeprecationWarning, stacklevel=stacklevel + 1)


def with_variant(model: str, variant: str) -> str:
    """`model` with the `variant` suffix: `with_variant("openai/gpt-4o", "nitro") == "openai/gpt-4o:nitro"`.

    The variant may be written with or without its colon. A slug that already carries this variant is returned as
    is; one that carries a different suffix is refused rather than given a second one. ":online" still works but
    raises a `DeprecationWarning`.
    """
    _check_model("model", model)
    name = variant[1:] if isinstance(variant, str) and variant.startswith(":") else variant
    if name not in MODEL_VARIANTS + DEPRECATED_MODEL_VARIANTS:
        raise InvalidRoutingError(
            f"variant: {variant!r} is not a model variant; expected one of {allowed_list(MODEL_VARIANTS)}"
        )
    base, current = _split_variant(model)
    if current == name:
        return model
    if current is not None:
        raise InvalidRoutingError(
            f"variant: {model!r} already ends in ':{current}'; a model takes one variant suffix, "
            f"so use {base + ':' + str(name)!r} if ':{name}' is the one you want"
        )
    if name in DEPRECATED_MODEL_VARIANTS:
        warnings.warn(_ONLINE_MESSAGE, DeprecationWarning, stacklevel=2)
    return f"{model}:{name}"


def _validate_primary(instance: ModelSelection, attribute: attrs.Attribute[Any], value: Any) -> None:
    _check_model("model", value)
    _warn_if_deprecated(value, stacklevel=3)


def _validate_fallbacks(instance: ModelSelection, attribute: attrs.Attribute[Any], value: Any) -> None:
    seen: set[str] = set()
    for entry in check_string_tuple("fallbacks", value):
        model = _check_model("fallbacks", entry)
        if model == instance.primary or model in seen:
            raise InvalidRoutingError(
                f"fallbacks: {model!r} appears more than once among the model and its fallbacks; "
                "each model is tried once, so list it once"
            )
        seen.add(model)
        _warn_if_deprecated(model, stacklevel=3)


@attrs.frozen
class ModelSelection:
    """The model to run and the models to fall back to, in order, as request fields to splat into a call.

    ::

        selection = ModelSelection("anthropic/claude-sonnet-4").fallbacks("openai/gpt-4o").variant("nitro")
        selection.to_params()
        # {"model": "anthropic/claude-sonnet-4:nitro", "models": ["openai/gpt-4o"]}
        client.chat.stream(**selection.to_params(), messages=[...])
        selection.to_messages_params()  # for /messages
        # {"model": "anthropic/claude-sonnet-4:nitro", "fallbacks": [{"model": "openai/gpt-4o"}]}

    Fallbacks are tried in order when the primary model fails (errors, rate limits, downtime, moderation). A model
    listed twice is refused rather than deduplicated. Provider preferences go beside it as `provider=`
    (see `ProviderRouting`); the deprecated `route` field is expressed with `ProviderRouting.route`.
    """

    primary: str = attrs.field(alias="model", validator=_validate_primary)
    fallback_models: tuple[str, ...] = attrs.field(
        default=(), alias="fallbacks", converter=as_tuple, validator=_validate_fallbacks
    )

    def model(self, model: str) -> ModelSelection:
        """The same fallbacks with another primary model."""
        return attrs.evolve(self, model=model)

    def fallbacks(self, *models: str | Sequence[str]) -> ModelSelection:
        """Replace the fallback models: `fallbacks("a/x", "b/y")` or `fallbacks(["a/x", "b/y"])`; none clears them."""
        if len(models) == 1 and isinstance(models[0], (list, tuple)):
            return attrs.evolve(self, fallbacks=tuple(models[0]))
        return attrs.evolve(self, fallbacks=models)

    def variant(self, variant: str, *, include_fallbacks: bool = False) -> ModelSelection:
        """Add a variant suffix (":nitro", "floor", ...) to the primary model, and to the fallbacks if asked.

        See `with_variant` for the rules: one suffix per model, the same one twice is a no-op.
        """
        fallbacks = self.fallback_models
        if include_fallbacks:
            fallbacks = tuple(with_variant(model, variant) for model in fallbacks)
        return attrs.evolve(self, model=with_variant(self.primary, variant), fallbacks=fallbacks)

    def to_params(self) -> dict[str, Any]:
        """`model` and, when there are fallbacks, `models`: the fields of chat, responses and embeddings requests.

        `models` lists only the fallbacks; the API tries `model` first and then `models` in order.
        """
        params: dict[str, Any] = {"model": self.primary}
        if self.fallback_models:
            params["models"] = list(self.fallback_models)
        return params

    def to_messages_params(self) -> dict[str, Any]:
        """`model` and, when there are fallbacks, `fallbacks` (`[{"model": ...}]`): the fields of a /messages request.

        /messages takes at most `MAX_MESSAGES_FALLBACKS` (3) fallbacks; more is an error here, not at the server.
        """
        if len(self.fallback_models) > MAX_MESSAGES_FALLBACKS:
            raise InvalidRoutingError(
                f"fallbacks: /messages accepts at most {MAX_MESSAGES_FALLBACKS} fallback models, "
                f"got {len(self.fallback_models)}: {list(self.fallback_models)!r}"
            )
        params: dict[str, Any] = {"model": self.primary}
        if self.fallback_models:
            params["fallbacks"] = [{"model": model} for model in self.fallback_models]
        return params

    @classmethod
    def from_params(cls, params: Mapping[str, Any]) -> ModelSelection:
        """A selection from request fields: `model` with either `models` (chat, responses, embeddings) or
        `fallbacks` (/messages). Gives back what `to_params()` or `to_messages_params()` produced.

        Both `models` and `fallbacks` at once is refused, as is more than three `fallbacks`, a `fallbacks` entry
        with keys other than `model`, or any other key (so that nothing given is silently left out).
        """
        if not isinstance(params, Mapping):
            raise InvalidRoutingError(f"model selection must be a dict of request fields, got {params!r}")
        check_known_keys("model selection", params, ("model", "models", "fallbacks"))
        if "model" not in params:
            raise InvalidRoutingError("model selection: 'model' is required")
        if "models" in params and "fallbacks" in params:
            raise InvalidRoutingError(
                "model selection: 'fallbacks' (for /messages) and 'models' cannot be used together; use one list"
            )
        if "fallbacks" not in params:
            return cls(model=params["model"], fallbacks=as_tuple(params.get("models", ())))
        entries = as_tuple(params["fallbacks"])
        if not isinstance(entries, tuple):
            raise InvalidRoutingError(f"fallbacks must be a list of {{'model': <slug>}} objects, got {entries!r}")
        if len(entries) > MAX_MESSAGES_FALLBACKS:
            raise InvalidRoutingError(
                f"fallbacks: /messages accepts at most {MAX_MESSAGES_FALLBACKS} fallback models, got {len(entries)}"
            )
        models = []
        for entry in entries:
            if not isinstance(entry, Mapping) or set(entry) != {"model"}:
                raise InvalidRoutingError(f"fallbacks: each entry must be {{'model': <slug>}} alone, got {entry!r}")
            models.append(entry["model"])
        return cls(model=params["model"], fallbacks=tuple(models))
