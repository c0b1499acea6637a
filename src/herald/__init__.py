"""herald: feeds and calendars from a Jekyll-style folder of posts.

The library: `herald.build`, `herald.check` and `herald.events` (see `herald.api`), which
return their results (`herald.results`) and print nothing.
"""

import sys
import types

__version__ = "0.1.0"


class _Package(types.ModuleType):
    """This package, whose `build`, `check` and `events` stay the library's functions after
    the modules of the same names are imported (an import sets the package's attribute; the
    modules stay in `sys.modules`). Import from those modules with `from herald.events.x
    import y`: `import herald.events.x as z` looks `events` up on the package."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in ("build", "check", "events") and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

from herald.api import build, check, events  # noqa: E402
from herald.results import BuildResult, CheckResult, EventsResult  # noqa: E402
from herald.write.folder import OutputError  # noqa: E402

__all__ = ["BuildResult", "CheckResult", "EventsResult", "OutputError", "__version__", "build",
           "check", "events"]
