"""Durations as people write them in front matter: 50m, 1h30m, 90 (minutes), 2d, PT50M."""

from __future__ import annotations

import re
from datetime import timedelta

_SHORT = re.compile(  # (and in Swedish, Danish and Norwegian: "1 t 55 min", "115 minutter")
    r"(?:(?P<d>\d+)\s*(?:d(?:ays?)?|dag(?:ar|e|er)?))?\s*"
    r"(?:(?P<h>\d+)\s*(?:h(?:(?:ou)?rs?)?|t(?:imm(?:e|ar)|imer?|ime)?))?\s*"
    r"(?:(?P<m>\d+)\s*m(?:in(?:s|utes?|utter|uter)?)?)?",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"(?P<h>\d+):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?")
_ISO = re.compile(
    r"P(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?"
    r"(?:T(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?(?:(?P<s>\d+)S)?)?",
    re.IGNORECASE,
)

FORMS = "50m, 1h30m, 90 (minutes), 1:30, 2d or PT50M"


def parse_duration(value: object) -> timedelta | None:
    """The duration `value` names, or None when it is not one of FORMS (or is not positive)."""
    try:
        if isinstance(value, timedelta):
            found: timedelta | None = value
        elif isinstance(value, bool):
            found = None
        elif isinstance(value, int):
            found = timedelta(minutes=value)
        elif isinstance(value, str):
            found = _parse_text(value.strip())
        else:
            found = None
    except (OverflowError, ValueError):  # more days than a timedelta holds, or more digits
        return None  # than int() reads: not a duration anyone means
    return found if found is not None and found > timedelta(0) else None


def _parse_text(text: str) -> timedelta | None:
    if text.isdecimal():  # not isdigit(): "²" is a digit int() refuses
        return timedelta(minutes=int(text))
    for pattern in (_ISO, _CLOCK, _SHORT):
        match = pattern.fullmatch(text)
        if match and any(match.groupdict().values()):
            parts = {key: int(number) for key, number in match.groupdict().items() if number}
            return timedelta(
                weeks=parts.get("w", 0),
                days=parts.get("d", 0),
                hours=parts.get("h", 0),
                minutes=parts.get("m", 0),
                seconds=parts.get("s", 0),
            )
    return None
