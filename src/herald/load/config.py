"""Site settings from `_config.yml` as Jekyll reads them, and herald's own from its `herald:` key.

A missing or mistyped setting is never silent: each gets a warning naming `_config.yml` and
the key, then the default. The site's address comes from `url`, else the `CNAME` file (as
GitHub Pages does), else `--base-url`; without any of them the output says
`https://example.invalid` and an error says how to fix it.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from herald.durations import parse_duration
from herald.html import xml_safe
from herald.load.frontmatter import YAML_LOADER, FrontMatterError, check_size
from herald.load.scan import layout_from
from herald.load.values import kind, language_tag, shown
from herald.model import Config, Problem
from herald.urls import encode_path

CONFIG_NAME = "_config.yml"
PLACEHOLDER_URL = "https://example.invalid"
# Jekyll's permalink styles (Configuration::STYLE_TO_PERMALINK)
PERMALINK_STYLES = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}
# herald: keys in _config.yml -> Config field
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
    "category_feeds": "category_feeds",
    "tag_feeds": "tag_feeds",
    "collection_feeds": "collection_feeds",
    "event_fields": "event_fields",
    "event_collections": "event_collections",
    "languages": "languages",
}
TEXT_KEYS = ("title", "description", "url", "baseurl", "lang", "timezone", "permalink",
             "logo")
AUTHORITY = re.compile(r"^(?:[\w.+-]+@)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*$")  # a tag URI's
HOST = re.compile(r"^(?:[A-Za-z0-9-]{1,63}\.)*[A-Za-z0-9-]{1,63}(?::\d{1,5})?$")


def read_settings(root: Path) -> tuple[dict[str, Any], list[Problem]]:
    """`_config.yml` as a mapping (empty when missing or unreadable), and its problems."""
    path = root / CONFIG_NAME
    if not path.is_file():
        return {}, [Problem(str(path), "no _config.yml: building with default title, url and "
                            "timezone; add one with at least `title`, `url` and `timezone`",
                            "warning")]
    try:
        loaded = yaml.load(path.read_text(encoding="utf-8-sig"), Loader=YAML_LOADER)  # noqa: S506
        check_size(loaded)
    except FrontMatterError as err:  # too big or too deep: says so in its own words
        return {}, [Problem(str(path), f"{str(err).replace('front matter', 'the settings')}; "
                            "defaults are used")]
    except (yaml.YAMLError, UnicodeDecodeError, ValueError, RecursionError) as err:
        line = getattr(getattr(err, "problem_mark", None), "line", None)
        reason = getattr(err, "problem", None) or " ".join(str(err).split())
        return {}, [Problem(str(path), f"cannot read site settings ({reason}); defaults are "
                            "used", "error", line + 1 if line is not None else None)]
    if loaded is None:
        return {}, []
    if not isinstance(loaded, dict):
        return {}, [Problem(str(path), "site settings must be a mapping of keys to values; "
                            "defaults are used")]
    return {str(key): value for key, value in loaded.items()}, []


def load_config(root: Path, overrides: dict[str, Any] | None = None,
                settings: dict[str, Any] | None = None) -> tuple[Config, list[Problem]]:
    """The site's settings and the problems found reading them; CLI `overrides` win.

    `settings` is `_config.yml` as `read_settings` gave it, if already read.
    """
    problems: list[Problem] = []
    if settings is None:
        settings, problems = read_settings(root)
    path = str(root / CONFIG_NAME)
    values: dict[str, Any] = {"source": root / CONFIG_NAME if (root / CONFIG_NAME).is_file()
                              else None, "settings": settings}
    for key in TEXT_KEYS:
        text = _text(settings, key, path, problems)
        if text is not None:
            values[key] = text
    if not values.get("title") and isinstance(settings.get("name"), str):
        values["title"] = " ".join(xml_safe(settings["name"]).split())
    author = settings.get("author")
    if isinstance(author, dict):
        author = author.get("name")
    if isinstance(author, str | int | float) and not isinstance(author, bool):
        values["author"] = xml_safe(str(author)).strip()
    elif author is not None:
        problems.append(Problem(path, "author must be text or a mapping with a name; ignored",
                                "warning"))
    values["kramdown"] = settings.get("kramdown") if isinstance(settings.get("kramdown"),
                                                                dict) else {}
    problems += _shape_problems(settings, path)
    values["future"] = settings.get("future") is True
    values["unpublished"] = settings.get("unpublished") is True
    values["layout"] = layout_from(settings)
    values["collections"] = _collections(settings, values.get("permalink", "date"), path,
                                         problems)
    values["defaults"] = _defaults(settings.get("defaults"), path, problems)
    herald = settings.get("herald") or {}
    if not isinstance(herald, dict):
        problems.append(Problem(path, "the `herald:` setting must be a mapping; ignored"))
        herald = {}
    for key, value in herald.items():
        if key not in HERALD_KEYS:
            problems.append(Problem(path, f"unknown setting herald.{key}; known: "
                                    + ", ".join(sorted(HERALD_KEYS)), "warning"))
            continue
        if value is not None:  # `key:` with nothing after it: the default
            values[HERALD_KEYS[key]] = value
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    config, more = _validated(values, path, root)
    return config, problems + more


# settings whose value must have a shape, and the shape, as Jekyll reads them
SHAPES: dict[str, tuple[type | tuple[type, ...], str]] = {
    "exclude": (list, "a list of paths and patterns"), "include": (list, "a list of paths"),
    "markdown_ext": (str, "text like md,markdown"), "data_dir": (str, "a folder's name"),
    "includes_dir": (str, "a folder's name"), "kramdown": (dict, "a mapping of kramdown's "
                                                                  "options"),
    "collections_dir": (str, "a folder's name"),
}


def _shape_problems(settings: dict[str, Any], path: str) -> list[Problem]:
    """A warning for each setting of the wrong shape (Jekyll's default is used instead), and
    for each entry of `collections:` or `exclude:` that is not text."""
    problems = []
    for key, (shape, wanted) in SHAPES.items():
        value = settings.get(key)
        if value is not None and not isinstance(value, shape):
            problems.append(Problem(path, f"{key} must be {wanted}, not {kind(value)}; "
                                    "Jekyll's default is used", "warning"))
    for key in ("collections", "exclude", "include"):
        value = settings.get(key)
        if isinstance(value, list):
            odd = [item for item in value if not isinstance(item, str)]
            if odd:
                problems.append(Problem(path, f"{key}: {shown(odd)} is not text; ignored",
                                        "warning"))
    return problems


def _text(settings: dict[str, Any], key: str, path: str, problems: list[Problem]) -> str | None:
    """A text setting: numbers and dates as Jekyll prints them, other shapes a warning."""
    value = settings.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        value = xml_safe(value)
        return value.strip() if key != "description" else " ".join(value.split())
    if isinstance(value, int | float | date | datetime) and not isinstance(value, bool):
        return str(value)
    problems.append(Problem(path, f"{key} must be text, not {kind(value)}; "
                            f"{'the default is used' if key != 'url' else 'ignored'}",
                            "warning"))
    return None


def _collections(settings: dict[str, Any], permalink: str, path: str,
                 problems: list[Problem]) -> dict[str, dict[str, Any]]:
    """Jekyll's collections: `posts` always, output, with the site's permalink style."""
    value = settings.get("collections")
    found: dict[str, dict[str, Any]] = {}
    if isinstance(value, list):
        found = {str(label): {} for label in value if isinstance(label, str)}
    elif isinstance(value, dict):
        for label, meta in value.items():
            if meta is not None and not isinstance(meta, dict):
                problems.append(Problem(path, f"collections.{label} must be a mapping of "
                                        "settings; its settings are ignored", "warning"))
            found[str(label)] = dict(meta) if isinstance(meta, dict) else {}
    elif value is not None:
        problems.append(Problem(path, "collections must be a list or a mapping; ignored",
                                "warning"))
    posts = found.setdefault("posts", {})
    posts["output"] = True
    if not isinstance(posts.get("permalink"), str):
        posts["permalink"] = PERMALINK_STYLES.get(permalink, permalink)
    return found


def _defaults(value: object, path: str, problems: list[Problem]) -> tuple[dict[str, Any], ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        problems.append(Problem(path, "defaults must be a list of `- scope: ... values: ...`; "
                                "ignored", "warning"))
        return ()
    valid = []
    for number, entry in enumerate(value):
        if isinstance(entry, dict) and isinstance(entry.get("values"), dict):
            valid.append(entry)
        else:
            problems.append(Problem(path, f"defaults[{number}] has no `values:` mapping; "
                                    "ignored", "warning"))
    return tuple(valid)


def _validated(values: dict[str, Any], path: str, root: Path) -> tuple[Config, list[Problem]]:
    problems: list[Problem] = []
    defaults = Config()
    checks = {
        "feed_limit": lambda v: isinstance(v, int) and not isinstance(v, bool) and v > 0,
        "infer_events": lambda v: isinstance(v, bool),
        "calendar_refresh_hours": lambda v: isinstance(v, int) and v > 0,
        "max_post_bytes": lambda v: isinstance(v, int) and v > 0,
        "event_confidence_threshold": lambda v: isinstance(v, int | float) and 0 <= v <= 1,
        "id_authority": lambda v: isinstance(v, str) and AUTHORITY.match(v) is not None,
        "base_url": lambda v: isinstance(v, str) and v.startswith(("http://", "https://")),
        "archive_page_size": lambda v: isinstance(v, int) and not isinstance(v, bool) and v > 0,
        "websub_hub": lambda v: isinstance(v, str) and v.startswith(("http://", "https://")),
        "category_feeds": lambda v: isinstance(v, bool),
        "tag_feeds": lambda v: isinstance(v, bool) or (
            isinstance(v, list) and all(isinstance(t, str | int) for t in v)),
        "collection_feeds": lambda v: isinstance(v, bool) or (
            isinstance(v, list) and all(isinstance(t, str) for t in v)),
        "event_collections": lambda v: isinstance(v, bool) or (
            isinstance(v, list) and all(isinstance(t, str) for t in v)),
        "event_fields": lambda v: isinstance(v, dict),
        "languages": lambda v: isinstance(v, dict),
    }
    for key, ok in checks.items():
        if key in values and values[key] is not None and not ok(values[key]):
            problems.append(Problem(path, f"herald setting {key}={shown(values[key])} is not "
                                    f"valid; using {shown(getattr(defaults, key))}"))
            del values[key]
    if "languages" in values:
        values["languages"] = _languages(values["languages"], path, problems)
    if "event_fields" in values:
        values["event_fields"] = _event_fields(values["event_fields"], path, problems)
    for key in ("tag_feeds", "collection_feeds", "event_collections"):
        if isinstance(values.get(key), list):
            values[key] = tuple(str(item) for item in values[key])
    duration = values.get("default_event_duration_minutes")
    if duration is not None:
        minutes = _minutes(duration)
        if minutes is None:
            problems.append(Problem(path, f"herald.default_event_duration={shown(duration)} "
                                    "is not a duration like 1h, 90m or PT1H (at most a week); "
                                    "using 1 hour"))
            values.pop("default_event_duration_minutes")
        else:
            values["default_event_duration_minutes"] = minutes
    values["timezone_given"] = "timezone" in values
    tz = values.get("timezone", defaults.timezone)
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, OSError, TypeError):
        problems.append(Problem(path, f"unknown timezone {shown(tz)}: use an IANA name such as "
                                "Europe/Stockholm; using UTC", "warning"))
        values["timezone"] = "UTC"
    values["url"], values["url_from"] = _site_url(values, path, root, problems)
    if not (values.get("title") or "").strip():
        values["title"] = urlsplit(values["url"]).hostname if values["url_from"] else \
            defaults.title
        problems.append(Problem(path, f"no title: feeds and calendars are called "
                                f"{values['title']}; set `title:`", "warning"))
    baseurl = (values.get("baseurl") or "").strip().strip("/")
    values["baseurl"] = "/" + encode_path(baseurl) if baseurl else ""
    if "lang" in values:
        tag = language_tag(values["lang"])
        if tag is None:
            problems.append(Problem(path, f"lang {shown(values['lang'])} is not a language tag "
                                    "like sv or en-GB; the posts' language is used", "warning"))
            del values["lang"]
        else:
            values["lang"] = tag
    values["lang_given"] = "lang" in values
    fields = {f.name for f in dataclasses.fields(Config)}
    return Config(**{k: v for k, v in values.items() if k in fields}), problems


# the zone of the one country a language is spoken in (or whose zone rules all its countries
# share); a site that sets no timezone is read in it, as its author's computer read it
LANGUAGE_ZONES = {
    "sv": "Europe/Stockholm", "da": "Europe/Copenhagen", "no": "Europe/Oslo",
    "nb": "Europe/Oslo", "nn": "Europe/Oslo", "fi": "Europe/Helsinki", "de": "Europe/Berlin",
    "nl": "Europe/Amsterdam", "it": "Europe/Rome", "pl": "Europe/Warsaw", "cs": "Europe/Prague",
    "hu": "Europe/Budapest", "is": "Atlantic/Reykjavik", "et": "Europe/Tallinn",
    "lv": "Europe/Riga", "lt": "Europe/Vilnius", "sk": "Europe/Bratislava",
    "sl": "Europe/Ljubljana", "hr": "Europe/Zagreb", "el": "Europe/Athens",
    "ja": "Asia/Tokyo", "ko": "Asia/Seoul",
}
REGION_ZONES = {
    "SE": "Europe/Stockholm", "DK": "Europe/Copenhagen", "NO": "Europe/Oslo",
    "FI": "Europe/Helsinki", "DE": "Europe/Berlin", "AT": "Europe/Vienna",
    "CH": "Europe/Zurich", "GB": "Europe/London", "IE": "Europe/Dublin", "NL": "Europe/Amsterdam",
    "BE": "Europe/Brussels", "FR": "Europe/Paris", "ES": "Europe/Madrid", "PT": "Europe/Lisbon",
    "IT": "Europe/Rome", "PL": "Europe/Warsaw", "NZ": "Pacific/Auckland", "JP": "Asia/Tokyo",
}


def with_assumed_timezone(config: Config, root: Path) -> tuple[Config, Problem | None]:
    """A site without `timezone`: its dates are UTC, as Jekyll reads them on GitHub Pages,
    and its events' times are in its language's zone where the language (or its region) has
    one, as its readers read them; either way said in a warning."""
    if config.timezone_given:
        return config, None
    where = str(root / CONFIG_NAME)
    primary, _, region = config.lang.replace("_", "-").partition("-")
    found = REGION_ZONES.get(region.upper()) or LANGUAGE_ZONES.get(primary.lower())
    if found is None:
        return config, Problem(where, "no timezone: times without an offset are read as UTC; "
                               "set `timezone:` to an IANA name such as Europe/Stockholm",
                               "warning")
    return dataclasses.replace(config, assumed_event_timezone=found), Problem(
        where, f"no timezone: dates without an offset are read as UTC, as Jekyll reads them, "
        f"and events' times as {found}'s, as the site is in {config.lang}; set `timezone:` "
        "to say so", "warning")


def _languages(value: dict[Any, Any], path: str, problems: list[Problem],
               ) -> dict[str, dict[str, str]]:
    """`herald: languages`: the site's title and description per language tag."""
    found: dict[str, dict[str, str]] = {}
    for tag, texts in value.items():
        lang = language_tag(tag)
        if lang is None or not isinstance(texts, dict):
            problems.append(Problem(path, f"herald.languages.{shown(tag)}: write a language tag "
                                    "holding `title:` and `description:`; ignored"))
            continue
        found[lang] = {}
        for key, text in texts.items():
            if key in ("title", "description") and isinstance(text, str | int | float) \
                    and not isinstance(text, bool):
                found[lang][key] = " ".join(xml_safe(str(text)).split())
            else:
                problems.append(Problem(path, f"herald.languages.{lang}.{shown(key)}: only "
                                        "`title` and `description` (text) are read; ignored"))
    return found


def site_text(config: Config, lang: str, key: str) -> str:
    """The site's `title` or `description` in `lang`: `herald: languages`, else the site's."""
    for tag in (lang, lang.split("-")[0]):
        text = config.languages.get(tag, {}).get(key)
        if text:
            return text
    return str(getattr(config, key))


def _event_fields(value: dict[Any, Any], path: str, problems: list[Problem],
                  ) -> dict[str, str | None]:
    """`herald: event_fields`: the site's key for each part of an event; null or false for a
    part herald must not read."""
    from herald.derive.site_keys import PARTS

    fields: dict[str, str | None] = {}
    for part, key in value.items():
        if part not in PARTS:
            problems.append(Problem(path, f"herald.event_fields.{part}: not a part of an "
                                    f"event; known: {', '.join(PARTS)}; ignored"))
        elif key is None or key is False:
            fields[part] = None
        elif isinstance(key, str) and key.strip():
            fields[part] = key.strip()
        else:
            problems.append(Problem(path, f"herald.event_fields.{part}={shown(key)}: write "
                                    "the front matter key's name, or null; ignored"))
    return fields


def _site_url(values: dict[str, Any], path: str, root: Path,
              problems: list[Problem]) -> tuple[str, str]:
    """The site's scheme and host, and where they came from: `url`, CNAME or --base-url."""
    url = (values.get("url") or "").strip()
    if url:
        parts = urlsplit(url) if url.startswith(("http://", "https://")) else None
        if parts is not None and parts.hostname and not _local(parts.hostname):
            return url.rstrip("/"), "url"
        if parts is not None and parts.hostname:
            problems.append(Problem(path, f"url {shown(url)} is this computer's own address; "
                                    "feeds need the site's public one: looking in CNAME instead",
                                    "warning"))
        else:
            problems.append(Problem(path, f"url {shown(url)} must start with http:// or "
                                    "https:// and name a host; looking in CNAME instead",
                                    "warning"))
    host = _cname(root, problems)
    if host:
        return f"https://{host}", "CNAME"
    base = values.get("base_url")
    if isinstance(base, str) and base.startswith(("http://", "https://")):
        parts = urlsplit(base)
        return f"{parts.scheme}://{parts.netloc}", "--base-url"
    problems.append(Problem(path, "no url: add `url: https://your.domain` to _config.yml, a "
                            "CNAME file, or pass --base-url; until then the output says "
                            f"{PLACEHOLDER_URL}"))
    return PLACEHOLDER_URL, ""


def _local(host: str) -> bool:
    """Whether `host` names the computer itself (a preview's address, never a published one)."""
    host = host.lower().rstrip(".")
    return (host in ("localhost", "0.0.0.0", "::1", "[::1]") or host.endswith(".localhost")
            or host.startswith("127."))


def _cname(root: Path, problems: list[Problem]) -> str | None:
    """The host in the site's CNAME file (GitHub Pages' custom domain), if it names one."""
    path = root / "CNAME"
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return None
    host = lines[0].removeprefix("https://").removeprefix("http://").strip("/")
    if not HOST.match(host) or _local(host.split(":")[0]):
        problems.append(Problem(str(path), f"CNAME holds {lines[0][:80]}, not a host name like "
                                "www.example.org; ignored", "warning"))
        return None
    return host.lower()


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
    return host.split(":", 1)[0].lower() or "example.invalid"
