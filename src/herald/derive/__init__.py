"""Event inference: dated events announced in the prose of Swedish and English posts."""

from .infer import Found, find_events

__all__ = ["Found", "find_events"]
