"""herald: feeds and calendars from a Jekyll-style folder of posts."""

__version__ = "0.1.0"
