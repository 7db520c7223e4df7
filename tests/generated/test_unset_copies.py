"""UNSET survives copy, deepcopy and pickle as the one UNSET, so a copied model equals its original."""

from __future__ import annotations

import copy
import pickle

from openrouter_api.models.chat_stream_chunk import ChatStreamChunk
from openrouter_api.types import UNSET

CHUNK = {"id": "gen-1", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": []}


def test_unset_is_the_same_object_after_copy_deepcopy_and_pickle() -> None:
    assert copy.copy(UNSET) is UNSET
    assert copy.deepcopy(UNSET) is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET


def test_a_copied_or_unpickled_model_equals_the_original_and_keeps_its_unset_fields() -> None:
    chunk = ChatStreamChunk.from_dict(CHUNK)
    assert chunk.usage is UNSET
    for twin in (copy.deepcopy(chunk), pickle.loads(pickle.dumps(chunk))):
        assert twin == chunk
        assert twin.usage is UNSET
        assert twin.to_dict() == chunk.to_dict()
