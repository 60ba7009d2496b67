"""Client headers that keep a request out of the cache."""

from __future__ import annotations

from starlette.datastructures import Headers

from hushgate.cache import should_bypass


def test_no_headers_use_the_cache() -> None:
    assert not should_bypass({})


def test_cache_control_no_store_bypasses() -> None:
    assert should_bypass({"Cache-Control": "no-store"})


def test_no_store_among_other_directives_bypasses() -> None:
    assert should_bypass({"cache-control": "max-age=0, No-Store"})


def test_other_cache_control_directives_do_not_bypass() -> None:
    assert not should_bypass({"cache-control": "max-age=60, no-store-please"})


def test_bypass_header_bypasses_in_any_case() -> None:
    assert should_bypass({"X-Hushgate-Cache": " BYPASS "})


def test_other_bypass_header_values_do_not_bypass() -> None:
    assert not should_bypass({"x-hushgate-cache": "hit"})


def test_starlette_headers_with_repeated_cache_control_are_all_read() -> None:
    headers = Headers(raw=[(b"cache-control", b"max-age=0"), (b"cache-control", b"no-store")])
    assert should_bypass(headers)
