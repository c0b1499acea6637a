"""Memos: values made once per build from the objects they read, reused while remembered.

A build creates its memos (see `herald.plan.units`) and hands them to the renderers, which
would otherwise make the same thing again for every file that holds it: a post's feed entry,
an event's calendar text. Nothing here outlives the build that made it.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

V = TypeVar("V")


class Memo(Generic[V]):
    """Values by the objects they were made from: strings by value, the rest by identity.

    The sources are held with each value, so a new object that happens to get an old one's
    `id` never finds the old value. With a `limit`, the values used least recently are let go
    beyond it.
    """

    def __init__(self, limit: int | None = None) -> None:
        self.limit = limit
        self._values: OrderedDict[tuple[object, ...], tuple[tuple[object, ...], V]] = \
            OrderedDict()

    def get(self, sources: tuple[object, ...], make: Callable[[], V]) -> V:
        """The value made from `sources`: remembered, else `make()` (and remembered)."""
        key = tuple(source if isinstance(source, str) else id(source) for source in sources)
        known = self._values.get(key)
        if known is not None and all(a is b or isinstance(a, str)
                                     for a, b in zip(known[0], sources, strict=True)):
            if self.limit is not None:
                self._values.move_to_end(key)
            return known[1]
        value = make()
        self._values[key] = (sources, value)
        if self.limit is not None and len(self._values) > self.limit:
            self._values.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._values)
