"""Read site settings from `_config.yml` and herald's own from its `herald:` key."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from herald.durations import parse_duration
from herald.load.frontmatter import YAML_LOADER
from herald.model import Config, Problem

# herald: keys in _config.yml -> (Config field, converter)
HERALD_KEYS: dict[str, str] = {
    "base_url": "base_url",
    "id_authority": "id_authority",
    "feed_limit": "feed_limit",
    "infer_events": "infer_events",
    "default_event_duration": "default_event_duration_minutes",
    "event_confidence_threshold": "event_confidence_threshold",
    "calendar_refresh_hours": "calendar_refresh_hours",
    "max_post_bytes": "max_post_bytes",
    "archive_page_size": "archive_page_size",
    "websub_hub": "websub_hub",
}


def load_config(
    root: Path, overrides: dict[str, Any] | None = None
) -> tuple[Config, list[Problem]]:
    """Return the site's settings and the problems found reading them; CLI `overrides` win."""
    problems: list[Problem] = []
    path = root / "_config.yml"
    data: dict[str, Any] = {}
    if path.is_file():
        try:
            loaded = yaml.load(path.read_text(encoding="utf-8-sig"), Loader=YAML_LOADER)  # noqa: S506
        except (yaml.YAMLError, UnicodeDecodeError, ValueError) as err:
            line = getattr(getattr(err, "problem_mark", None), "line", None)
            reason = getattr(err, "problem", None) or " ".join(str(err).split())
            problems.append(
                Problem(str(path), f"cannot read site settings ({reason}); defaults are used",
                        "error", line + 1 if line is not None else None)
            )
            loaded = {}
        data = loaded if isinstance(loaded, dict) else {}
    else:
        problems.append(
            Problem(str(path), "no _config.yml: building with default title, url and timezone",
                    "warning")
        )
    values: dict[str, Any] = {"source": path if path.is_file() else None}
    for key in ("title", "description", "url", "baseurl", "lang", "permalink", "timezone",
                "logo"):
        if data.get(key) is not None and not isinstance(data[key], str):
            problems.append(Problem(str(path), f"{key} must be text, not "
                                    f"{type(data[key]).__name__}; ignored", "warning"))
    for key in ("title", "description", "url", "baseurl", "lang", "permalink"):
        if isinstance(data.get(key), str):
            values[key] = data[key]
    if not values.get("title") and isinstance(data.get("name"), str):
        values["title"] = data["name"]
    author = data.get("author")
    if isinstance(author, dict):
        author = author.get("name")
    if isinstance(author, str):
        values["author"] = author
    if isinstance(data.get("logo"), str):
        values["logo"] = data["logo"]
    if isinstance(data.get("timezone"), str):
        values["timezone"] = data["timezone"]
    if isinstance(data.get("collections"), dict):
        values["collections"] = {
            str(k): v for k, v in data["collections"].items() if isinstance(v, dict)
        }
    if isinstance(data.get("defaults"), list):
        values["defaults"] = tuple(d for d in data["defaults"] if isinstance(d, dict))
    herald = data.get("herald") or {}
    if not isinstance(herald, dict):
        problems.append(Problem(str(path), "the `herald:` setting must be a mapping; ignored"))
        herald = {}
    for key, value in herald.items():
        if key not in HERALD_KEYS:
            problems.append(
                Problem(str(path), f"unknown setting herald.{key}; known: "
                        + ", ".join(sorted(HERALD_KEYS)), "warning")
            )
            continue
        values[HERALD_KEYS[key]] = value
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    config, more = _validated(values, str(path))
    return config, problems + more


def _validated(values: dict[str, Any], path: str) -> tuple[Config, list[Problem]]:
    problems: list[Problem] = []
    defaults = Config()
    checks = {
        "feed_limit": lambda v: isinstance(v, int) and not isinstance(v, bool) and v > 0,
        "infer_events": lambda v: isinstance(v, bool),
        "calendar_refresh_hours": lambda v: isinstance(v, int) and v > 0,
        "max_post_bytes": lambda v: isinstance(v, int) and v > 0,
        "event_confidence_threshold": lambda v: isinstance(v, int | float) and 0 <= v <= 1,
        "id_authority": lambda v: isinstance(v, str) and bool(v.strip()),
        "base_url": lambda v: isinstance(v, str) and v.startswith(("http://", "https://")),
        "archive_page_size": lambda v: isinstance(v, int) and not isinstance(v, bool) and v > 0,
        "websub_hub": lambda v: isinstance(v, str) and v.startswith(("http://", "https://")),
    }
    for key, ok in checks.items():
        if key in values and values[key] is not None and not ok(values[key]):
            problems.append(Problem(path, f"herald setting {key}={values[key]!r} is not valid; "
                                    f"using {getattr(defaults, key)!r}"))
            del values[key]
    duration = values.get("default_event_duration_minutes")
    if duration is not None:
        minutes = _minutes(duration)
        if minutes is None:
            problems.append(Problem(path, f"herald.default_event_duration={duration!r} is not a "
                                    "duration like 1h, 90m or PT1H (at most a week); using 1 "
                                    "hour"))
            values.pop("default_event_duration_minutes")
        else:
            values["default_event_duration_minutes"] = minutes
    tz = values.get("timezone", defaults.timezone)
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, OSError, TypeError):
        problems.append(Problem(path, f"unknown timezone {tz!r}: use an IANA name such as "
                                "Europe/Stockholm; using UTC"))
        values["timezone"] = "UTC"
    url = values.get("url", defaults.url)
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        problems.append(Problem(path, f"url {url!r} must start with http:// or https://; "
                                f"using {defaults.url}"))
        values["url"] = defaults.url
    values["url"] = values.get("url", defaults.url).rstrip("/")
    baseurl = values.get("baseurl") or ""
    values["baseurl"] = ("/" + baseurl.strip("/")) if baseurl.strip("/") else ""
    fields = {f.name for f in dataclasses.fields(Config)}
    return Config(**{k: v for k, v in values.items() if k in fields}), problems


def _minutes(value: object) -> int | None:
    """A positive default event duration in whole minutes, at most a week; None if it is not."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        minutes = value
    else:
        parsed = parse_duration(value)
        if parsed is None:
            return None
        minutes = int(parsed.total_seconds() // 60)
    return minutes if 0 < minutes <= 7 * 24 * 60 else None


def base_url(config: Config) -> str:
    """Where the output folder is published, without a trailing slash."""
    return (config.base_url or (config.url + config.baseurl)).rstrip("/")


def site_url(config: Config) -> str:
    return config.url + config.baseurl + "/"


def id_authority(config: Config) -> str:
    if config.id_authority:
        return config.id_authority
    host = config.url.split("://", 1)[-1].split("/", 1)[0]
    return host.split(":", 1)[0].lower() or "localhost"
