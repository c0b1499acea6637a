"""What herald says about the values it reads from YAML, and the language tags it accepts.

Messages name a value as its author wrote it, never as Python prints it.
"""

from __future__ import annotations

import re
from datetime import date

LANG_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")


def shown(value: object) -> str:
    """A value as its author would write it in YAML, short and on one line."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{shown(k)}: {shown(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        return "[" + ", ".join(shown(item) for item in items) + "]"
    return " ".join(str(value).split())[:80]


def kind(value: object) -> str:
    """What sort of value it is, for a message: `a list`, `a mapping`, `a number`..."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, date):
        return "a date"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list | tuple | set | frozenset):
        return "a list"
    if value is None:
        return "nothing"
    return "text" if isinstance(value, str) else f"a {type(value).__name__}"


def language_tag(value: object) -> str | None:
    """A language tag as herald writes it (`sv`, `en-GB`, `zh-Hant`), or None when `value`
    is not one."""
    if not isinstance(value, str) or not LANG_TAG.match(value.strip()):
        return None
    primary, _, rest = value.strip().replace("_", "-").partition("-")
    if not rest:
        return primary.lower()
    return primary.lower() + "-" + (rest.upper() if len(rest) == 2 else rest)
