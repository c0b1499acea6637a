"""Progress of a long build: a bar per stage on a terminal, nothing in CI or when piped."""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from herald.api import Progress


class TerminalProgress:
    """Call with (stage, done, total) as work goes on; `close()` when the build ends."""

    def __init__(self) -> None:
        self._stage = ""
        self._bar: Any = None
        self._shown = 0

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage != self._stage:
            self.close()
            self._stage = stage
            self._bar = click.progressbar(length=total, label=stage.ljust(14), file=sys.stderr,
                                          show_pos=True)
            self._bar.__enter__()
            self._shown = 0
        step = max(1, total // 100)  # redraw at most a hundred times per stage
        if done - self._shown >= step or done + 1 == total:
            self._bar.update(done + 1 - self._shown)
            self._shown = done + 1

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None
        self._stage = ""


def terminal_progress(quiet: bool) -> TerminalProgress | None:
    """A progress bar when stderr is a terminal, the user did not ask for quiet, and not CI."""
    if quiet or os.environ.get("CI") or not sys.stderr.isatty():
        return None
    return TerminalProgress()


__all__ = ["Progress", "TerminalProgress", "terminal_progress"]
