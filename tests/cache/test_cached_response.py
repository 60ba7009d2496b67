"""CachedResponse: one complete answer, round-tripped through bytes."""

from __future__ import annotations

import pytest

from hushgate.cache import CachedResponse
from hushgate.cache.response import CorruptEntry


def test_json_body_round_trips() -> None:
    response = CachedResponse.from_json(b'{"a":1}')
    assert CachedResponse.from_bytes(response.to_bytes()) == response


def test_stream_chunks_round_trip_including_empty_chunks() -> None:
    response = CachedResponse.from_stream([b"one", b"", b"three"])
    assert CachedResponse.from_bytes(response.to_bytes()) == response


def test_a_response_is_either_json_or_stream() -> None:
    with pytest.raises(ValueError):
        CachedResponse(body=b"{}", chunks=(b"x",))
    with pytest.raises(ValueError):
        CachedResponse()


def test_repr_shows_shape_not_content() -> None:
    assert "secret" not in repr(CachedResponse.from_json(b"secret")) + repr(CachedResponse.from_stream([b"secret"]))


def test_chunk_running_past_the_end_is_corrupt() -> None:
    data = CachedResponse.from_stream([b"abcdef"]).to_bytes()
    with pytest.raises(CorruptEntry):
        CachedResponse.from_bytes(data[:-2])
