"""herald: feeds and calendars from a Jekyll-style folder of posts.

The library: `herald.build`, `herald.check` and `herald.events` (see `herald.api`), which
return their results (`herald.results`) and print nothing.
"""

__version__ = "0.1.0"

from herald.api import build, check, events
from herald.results import BuildResult, CheckResult, EventsResult
from herald.write.folder import OutputError

__all__ = ["BuildResult", "CheckResult", "EventsResult", "OutputError", "__version__", "build",
           "check", "events"]
