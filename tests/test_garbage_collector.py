"""A build leaves the interpreter as it found it."""

from __future__ import annotations

import gc

import pytest

from conftest import CONTENT, NOW
from herald.load.site import LoadOptions
from herald.pipeline import build


@pytest.mark.parametrize("enabled", [True, False])
def test_a_build_leaves_the_garbage_collector_as_it_found_it(enabled, tmp_path):
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        result = build(CONTENT, tmp_path / "out", LoadOptions(now=NOW),
                       cache_dir=tmp_path / "cache")
        assert result.errors == 0 and (tmp_path / "out" / "feed.atom").is_file()
        assert gc.isenabled() is enabled
        assert gc.get_freeze_count() == 0
    finally:
        gc.enable() if was else gc.disable()


def test_a_failed_build_leaves_the_garbage_collector_as_it_found_it(tmp_path):
    (tmp_path / "out").write_text("a file where the output folder should be")
    with pytest.raises(Exception, match="not a folder"):
        build(CONTENT, tmp_path / "out", LoadOptions(now=NOW))
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
