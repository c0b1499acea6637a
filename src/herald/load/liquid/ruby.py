"""Ruby's way with values, as Jekyll's Liquid shows them: to_s, inspect, strftime, Time.parse."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from dateutil import parser as date_parser
from liquid import Undefined

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DIRECTIVE = re.compile(r"%([-_0^#]*)(\d*)(:{0,2}z|[a-zA-Z%+])")
_COMPOSITE = {"c": "%a %b %e %H:%M:%S %Y", "D": "%m/%d/%y", "F": "%Y-%m-%d", "x": "%m/%d/%y",
              "X": "%H:%M:%S", "r": "%I:%M:%S %p", "R": "%H:%M", "T": "%H:%M:%S",
              "v": "%e-%^b-%4Y"}
_INSPECT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r",
                    "\f": "\\f", "\v": "\\v", "\a": "\\a", "\b": "\\b", "\x1b": "\\e"}
_INSPECT_SPECIAL = re.compile(r'["\\\x00-\x1f\x7f]|#(?=[{$@])')
_DIGITS_ONLY = re.compile(r"\d+")


def to_s(value: Any) -> str:
    """Ruby's `value.to_s`: nil is empty, arrays and hashes show as `inspect` does."""
    if value is None or isinstance(value, Undefined):
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple | Mapping):
        return inspect(value)
    return _scalar(value)


def output(value: Any) -> str:
    """What `{{ value }}` writes: Liquid joins arrays (nested too) and shows nil as nothing."""
    if isinstance(value, list | tuple):
        return "".join(output(item) for item in value)
    return to_s(value)


def inspect(value: Any) -> str:
    """Ruby's `value.inspect` for the values YAML and Liquid make."""
    if value is None or isinstance(value, Undefined):
        return "nil"
    if isinstance(value, str):
        return '"' + _INSPECT_SPECIAL.sub(_escape_for_inspect, value) + '"'
    if isinstance(value, list | tuple):
        return "[" + ", ".join(inspect(item) for item in value) + "]"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{inspect(k)}=>{inspect(v)}" for k, v in value.items()) + "}"
    return _scalar(value)


def _escape_for_inspect(match: re.Match[str]) -> str:
    char = match.group()
    if char == "#":
        return "\\#"
    return _INSPECT_ESCAPES.get(char) or f"\\u{ord(char):04X}"


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return float_to_s(value)
    if isinstance(value, Decimal):
        return float_to_s(float(value)) if value != value.to_integral_value() or \
            value.as_tuple().exponent < 0 else str(int(value))  # type: ignore[operator]
    if isinstance(value, datetime):
        return strftime(value, "%Y-%m-%d %H:%M:%S %z")
    if isinstance(value, range):
        return f"{value.start}..{value.stop - 1}"
    return str(value)


def float_to_s(number: float) -> str:
    """Ruby's Float#to_s: the shortest digits, in exponent form outside 1e-4 <= |x| < 1e16."""
    if number != number:
        return "NaN"
    if number in (float("inf"), float("-inf")):
        return "Infinity" if number > 0 else "-Infinity"
    sign = "-" if str(number).startswith("-") else ""
    digits_tuple = Decimal(repr(abs(number))).normalize().as_tuple()
    digits = "".join(map(str, digits_tuple.digits))
    point = len(digits) + int(digits_tuple.exponent)  # where the decimal point goes
    if number == 0:
        return sign + "0.0"
    if -4 < point < 16:
        if point <= 0:
            return f"{sign}0.{'0' * -point}{digits}"
        if point >= len(digits):
            return f"{sign}{digits}{'0' * (point - len(digits))}.0"
        return f"{sign}{digits[:point]}.{digits[point:]}"
    exponent = point - 1
    mark = "+" if exponent >= 0 else "-"
    return f"{sign}{digits[0]}.{digits[1:] or '0'}e{mark}{abs(exponent):02d}"


def strftime(moment: date, pattern: str) -> str:
    """Ruby's Time#strftime (English names; flags - _ 0 ^ #, widths, %:z), for dates too."""
    when = moment if isinstance(moment, datetime) else datetime.combine(moment, time())

    def directive(match: re.Match[str]) -> str:
        flags, width, code = match.groups()
        if code in _COMPOSITE:
            text = strftime(when, _COMPOSITE[code])
            return _pad(text.upper() if "^" in flags else text, flags, width, 0, " ")
        value = _field(when, code, width)
        if value is None:
            return match.group()
        text, size, fill = value
        if "^" in flags or ("#" in flags and code != "p"):
            text = text.upper()
        elif "#" in flags:
            text = text.lower()
        return _pad(text, flags, width, size, fill)

    return _DIRECTIVE.sub(directive, pattern)


def _pad(text: str, flags: str, width: str, size: int, fill: str) -> str:
    """Pad to the width asked for (or the directive's own), as the flags say."""
    if "-" in flags:
        return text
    fill = " " if "_" in flags else "0" if "0" in flags else fill
    size = int(width) if width else size
    if fill == "0" and text[:1] in ("-", "+"):
        return text[0] + text[1:].rjust(size - 1, "0")
    return text.rjust(size, fill)


def _field(when: datetime, code: str, width: str) -> tuple[str, int, str] | None:
    """The unpadded text of one directive, its own width and its padding character."""
    if code in _NUMBERS:
        number, size, fill = _NUMBERS[code]
        return str(number(when)), size, fill
    if code == "N":
        digits = f"{when.microsecond:06d}000"
        size = int(width) if width else 9
        return (digits[:size] if size <= 9 else digits.ljust(size, "0")), 0, "0"
    if code in _NAMES:
        return _NAMES[code](when), 0, " "
    if code.endswith("z"):
        return _offset(when, code.count(":")), 0, "0"
    return None


_NUMBERS: dict[str, tuple[Callable[[datetime], int], int, str]] = {
    "Y": (lambda t: t.year, 4, "0"), "C": (lambda t: t.year // 100, 2, "0"),
    "y": (lambda t: t.year % 100, 2, "0"), "m": (lambda t: t.month, 2, "0"),
    "d": (lambda t: t.day, 2, "0"), "e": (lambda t: t.day, 2, " "),
    "j": (lambda t: t.timetuple().tm_yday, 3, "0"), "H": (lambda t: t.hour, 2, "0"),
    "k": (lambda t: t.hour, 2, " "), "I": (lambda t: t.hour % 12 or 12, 2, "0"),
    "l": (lambda t: t.hour % 12 or 12, 2, " "), "M": (lambda t: t.minute, 2, "0"),
    "S": (lambda t: t.second, 2, "0"), "L": (lambda t: t.microsecond // 1000, 3, "0"),
    "u": (lambda t: t.isoweekday(), 1, "0"), "w": (lambda t: t.isoweekday() % 7, 1, "0"),
    "G": (lambda t: t.isocalendar().year, 4, "0"),
    "g": (lambda t: t.isocalendar().year % 100, 2, "0"),
    "V": (lambda t: t.isocalendar().week, 2, "0"),
    "U": (lambda t: int(t.strftime("%U")), 2, "0"), "W": (lambda t: int(t.strftime("%W")), 2, "0"),
    "s": (lambda t: int((t if t.tzinfo else t.replace(tzinfo=UTC)).timestamp()), 1, "0"),
}
_NAMES: dict[str, Callable[[datetime], str]] = {
    "A": lambda t: _DAYS[t.weekday()], "a": lambda t: _DAYS[t.weekday()][:3],
    "B": lambda t: _MONTHS[t.month - 1], "b": lambda t: _MONTHS[t.month - 1][:3],
    "h": lambda t: _MONTHS[t.month - 1][:3], "p": lambda t: "AM" if t.hour < 12 else "PM",
    "P": lambda t: "am" if t.hour < 12 else "pm", "n": lambda t: "\n", "t": lambda t: "\t",
    "%": lambda t: "%", "Z": lambda t: _zone_name(t),
}


def _offset(when: datetime, colons: int) -> str:
    delta = when.utcoffset() or timedelta()
    seconds = int(delta.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    if colons == 0:
        return f"{sign}{hours:02d}{minutes:02d}"
    if colons == 1:
        return f"{sign}{hours:02d}:{minutes:02d}"
    return f"{sign}{hours:02d}:{minutes:02d}:{secs:02d}"


def _zone_name(when: datetime) -> str:
    if when.tzinfo is UTC:
        return "UTC"
    if isinstance(when.tzinfo, ZoneInfo):
        return when.tzname() or ""
    return ""


def to_time(value: Any, zone: tzinfo | None, *, localtime: bool = True) -> datetime | None:
    """Liquid's Utils.to_date, then (with `localtime`) Ruby's `to_time.localtime`: an aware
    datetime or None.

    Strings are read as Ruby's Time.parse reads them (in the site's zone when they name none);
    a number, or a string of digits, is seconds since 1970. Without `localtime`, a time keeps
    the offset it has.
    """
    local = zone or UTC
    moment = _to_time(value, local)
    if moment is None or not localtime:
        return moment
    return moment.astimezone(local)


def _to_time(value: Any, local: tzinfo) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=local)
    if isinstance(value, date):
        return datetime.combine(value, time(), local)
    if isinstance(value, bool) or value is None or isinstance(value, Undefined):
        return None
    if isinstance(value, int):
        return _from_timestamp(value, local)
    if isinstance(value, float):
        return None
    text = str(value).strip()
    if not text:
        return None
    if text in ("now", "today"):
        return datetime.now(local)
    if _DIGITS_ONLY.fullmatch(text):
        return _from_timestamp(int(text), local)
    try:
        parsed = date_parser.parse(text, default=datetime.now(local).replace(
            hour=0, minute=0, second=0, microsecond=0, tzinfo=None))
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=local)


def _from_timestamp(seconds: int, zone: tzinfo) -> datetime | None:
    try:
        return datetime.fromtimestamp(seconds, zone)
    except (OverflowError, OSError, ValueError):
        return None
