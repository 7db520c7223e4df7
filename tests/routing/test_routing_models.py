"""ModelSelection and with_variant: the request fields a primary model, its fallbacks and variants become."""

from __future__ import annotations

import warnings

import pytest

from openrouter_ext.routing import (
    MAX_MESSAGES_FALLBACKS,
    MODEL_VARIANTS,
    InvalidRoutingError,
    ModelSelection,
    with_variant,
)

# --- request fields ---------------------------------------------------------------------------------------------------


def test_a_lone_model_sends_only_model() -> None:
    selection = ModelSelection("openai/gpt-4o")
    assert selection.to_params() == {"model": "openai/gpt-4o"}
    assert selection.to_messages_params() == {"model": "openai/gpt-4o"}


def test_fallbacks_go_to_models_in_order_for_chat_responses_and_embeddings() -> None:
    selection = ModelSelection("anthropic/claude-sonnet-4").fallbacks("openai/gpt-4o", "google/gemini-2.5-pro")
    assert selection.to_params() == {
        "model": "anthropic/claude-sonnet-4",
        "models": ["openai/gpt-4o", "google/gemini-2.5-pro"],
    }


def test_fallbacks_go_to_fallback_objects_for_messages() -> None:
    selection = ModelSelection("anthropic/claude-sonnet-4", fallbacks=["openai/gpt-4o", "x-ai/grok-4"])
    assert selection.to_messages_params() == {
        "model": "anthropic/claude-sonnet-4",
        "fallbacks": [{"model": "openai/gpt-4o"}, {"model": "x-ai/grok-4"}],
    }


def test_messages_takes_at_most_three_fallbacks() -> None:
    three = ModelSelection("a/primary").fallbacks("a/one", "a/two", "a/three")
    assert len(three.to_messages_params()["fallbacks"]) == MAX_MESSAGES_FALLBACKS == 3
    four = three.fallbacks("a/one", "a/two", "a/three", "a/four")
    with pytest.raises(InvalidRoutingError, match="at most 3 fallback models, got 4"):
        four.to_messages_params()
    # the other endpoints have no such limit
    assert four.to_params()["models"] == ["a/one", "a/two", "a/three", "a/four"]


def test_the_selection_is_immutable_and_fallbacks_replace() -> None:
    base = ModelSelection("a/x").fallbacks("a/y")
    other = base.fallbacks(["a/z"]).model("a/w")
    assert base.to_params() == {"model": "a/x", "models": ["a/y"]}
    assert other.to_params() == {"model": "a/w", "models": ["a/z"]}
    assert base.fallbacks().to_params() == {"model": "a/x"}


def test_the_params_splat_into_a_call() -> None:
    def create(*, model: str, messages: list[dict[str, str]], models: list[str] | None = None) -> dict[str, object]:
        return {"model": model, "models": models, "messages": messages}

    body = create(**ModelSelection("a/x").fallbacks("a/y").to_params(), messages=[{"role": "user", "content": "hi"}])
    assert body["model"] == "a/x"
    assert body["models"] == ["a/y"]


# --- model checks -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["", " openai/gpt-4o", "openai/gpt 4o", "openai/gpt-4o:", None, 5])
def test_malformed_models_are_refused(bad: object) -> None:
    with pytest.raises(InvalidRoutingError, match=r"^model: "):
        ModelSelection(bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidRoutingError, match=r"^fallbacks: "):
        ModelSelection("a/x").fallbacks(bad)  # type: ignore[arg-type]


def test_a_model_listed_twice_is_refused() -> None:
    with pytest.raises(InvalidRoutingError, match="'a/y' appears more than once"):
        ModelSelection("a/x").fallbacks("a/y", "a/y")
    with pytest.raises(InvalidRoutingError, match="'a/x' appears more than once"):
        ModelSelection("a/x").fallbacks("a/x")


def test_a_variant_makes_a_different_model() -> None:
    assert ModelSelection("a/x").fallbacks("a/x:nitro").to_params() == {"model": "a/x", "models": ["a/x:nitro"]}


# --- variants ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("variant", MODEL_VARIANTS)
def test_every_variant_is_appended_once(variant: str) -> None:
    assert with_variant("meta-llama/llama-3.3-70b-instruct", variant) == f"meta-llama/llama-3.3-70b-instruct:{variant}"
    assert with_variant("meta-llama/llama-3.3-70b-instruct", f":{variant}").endswith(f"-instruct:{variant}")


def test_the_same_variant_twice_is_not_doubled() -> None:
    assert with_variant("openai/gpt-4o:nitro", "nitro") == "openai/gpt-4o:nitro"
    selection = ModelSelection("openai/gpt-4o").variant("nitro").variant(":nitro")
    assert selection.to_params() == {"model": "openai/gpt-4o:nitro"}


def test_a_second_different_variant_is_refused() -> None:
    with pytest.raises(InvalidRoutingError, match=r"already ends in ':free'.*'openai/gpt-oss-20b:thinking'"):
        with_variant("openai/gpt-oss-20b:free", "thinking")


@pytest.mark.parametrize("bad", ["turbo", "Nitro", "", ":", "nitro:floor"])
def test_an_unknown_variant_names_the_allowed_ones(bad: str) -> None:
    with pytest.raises(InvalidRoutingError) as caught:
        with_variant("openai/gpt-4o", bad)
    assert repr(bad) in str(caught.value)
    assert all(repr(variant) in str(caught.value) for variant in MODEL_VARIANTS)


def test_variant_applies_to_the_primary_and_optionally_the_fallbacks() -> None:
    selection = ModelSelection("a/x").fallbacks("a/y", "a/z:floor")
    assert selection.variant("floor").to_params() == {"model": "a/x:floor", "models": ["a/y", "a/z:floor"]}
    assert selection.variant("floor", include_fallbacks=True).to_params() == {
        "model": "a/x:floor",
        "models": ["a/y:floor", "a/z:floor"],
    }


def test_a_colon_inside_the_author_part_is_not_a_variant() -> None:
    assert with_variant("host:8080/model", "free") == "host:8080/model:free"


def test_online_is_deprecated_but_still_sent() -> None:
    with pytest.warns(DeprecationWarning, match="web plugin"):
        assert with_variant("openai/gpt-4o", "online") == "openai/gpt-4o:online"
    with pytest.warns(DeprecationWarning, match="':online' model variant is deprecated"):
        selection = ModelSelection("openai/gpt-4o:online")
    assert selection.to_params() == {"model": "openai/gpt-4o:online"}
    with pytest.warns(DeprecationWarning, match="online"):
        ModelSelection("a/x").fallbacks("openai/gpt-4o:online")


def test_other_variants_do_not_warn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ModelSelection("a/x").variant("thinking").fallbacks("a/y:free")


# --- from_params ------------------------------------------------------------------------------------------------------


def test_from_params_reads_back_both_shapes() -> None:
    selection = ModelSelection("a/x").fallbacks("a/y", "a/z")
    assert ModelSelection.from_params(selection.to_params()) == selection
    assert ModelSelection.from_params(selection.to_messages_params()) == selection
    assert ModelSelection.from_params({"model": "a/x"}) == ModelSelection("a/x")


def test_from_params_refuses_models_together_with_fallbacks() -> None:
    with pytest.raises(InvalidRoutingError, match=r"'fallbacks' .* and 'models' cannot be used together"):
        ModelSelection.from_params({"model": "a/x", "models": ["a/y"], "fallbacks": [{"model": "a/z"}]})


def test_from_params_refuses_more_than_three_messages_fallbacks() -> None:
    with pytest.raises(InvalidRoutingError, match="at most 3"):
        ModelSelection.from_params({"model": "a/x", "fallbacks": [{"model": f"a/{n}"} for n in range(4)]})


@pytest.mark.parametrize(
    "params",
    [
        {"models": ["a/y"]},
        {"model": "a/x", "route": "fallback"},
        {"model": "a/x", "fallbacks": ["a/y"]},
        {"model": "a/x", "fallbacks": [{"model": "a/y", "max_tokens": 5}]},
        {"model": "a/x", "fallbacks": "a/y"},
        {"model": "a/x", "models": "a/y"},
    ],
)
def test_from_params_refuses_what_it_cannot_carry(params: dict[str, object]) -> None:
    with pytest.raises(InvalidRoutingError):
        ModelSelection.from_params(params)
