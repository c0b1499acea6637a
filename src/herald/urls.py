"""Absolute URLs of posts and themes, built the way Jekyll builds permalinks."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from datetime import datetime
from functools import lru_cache
from urllib.parse import quote, urljoin, urlsplit

# Jekyll's built-in permalink styles
PERMALINK_STYLES = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}

_PLACEHOLDER = re.compile(r":(categories|year|month|day|i_month|i_day|short_year|hour|minute"
                          r"|second|y_day|title|slug|name|path|collection|output_ext"
                          r"|week|short_day)")
_SLASHES = re.compile(r"/{2,}")
_NOT_SLUG = re.compile(r"[\W_]+")
_NOT_PRETTY_SLUG = re.compile(r"[^\w._~!$&'()+,;=@]+")
_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_SAFE_PATH = "/-._~%"
_SAFE_URL = ":/?#[]@!$&'()*+,;=-._~%"  # encode only what a URL can never hold raw
# what urlsplit takes as a scheme (`url` ASCII, with no leading space or control character)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
# a path from the root with no `.` or `..` segment, `;params`, query or fragment
_ROOTED_PATH = re.compile(r"/(?![/\t\r\n])[^;?#]*")


def slugify(text: str, *, pretty: bool = False, cased: bool = False) -> str:
    """Jekyll's Utils.slugify in 'default' or 'pretty' mode."""
    slug = (_NOT_PRETTY_SLUG if pretty else _NOT_SLUG).sub("-", text).strip("-")
    return slug if cased else slug.lower()


def encode_path(path: str) -> str:
    """Percent-encode a URL path: non-ASCII and reserved characters, but not valid %XX escapes."""
    return quote(_ESCAPE.sub("%25", path), safe=_SAFE_PATH)


def expand_permalink(template: str, values: dict[str, str]) -> str:
    """Fill a permalink template (or a style name) and return an encoded, clean path."""
    template = PERMALINK_STYLES.get(template, template)

    def fill(match: re.Match[str]) -> str:
        return values.get(match.group(1), "")

    path = _PLACEHOLDER.sub(fill, template)
    path = _SLASHES.sub("/", "/" + path)
    return encode_path(path)


def post_url_values(*, slug: str, title_slug: str | None, published: datetime,
                    categories: list[str], only: Collection[str] | None = None) -> dict[str, str]:
    """What each permalink placeholder stands for: only those in `only` when given."""
    name = title_slug or slug
    return {key: value(published, name, categories) for key, value in _POST_VALUES.items()
            if only is None or key in only}


_POST_VALUES: dict[str, Callable[[datetime, str, list[str]], str]] = {
    "year": lambda day, name, categories: f"{day.year:04d}",
    "month": lambda day, name, categories: f"{day.month:02d}",
    "day": lambda day, name, categories: f"{day.day:02d}",
    "i_month": lambda day, name, categories: str(day.month),
    "i_day": lambda day, name, categories: str(day.day),
    "short_year": lambda day, name, categories: f"{day.year % 100:02d}",
    "hour": lambda day, name, categories: f"{day.hour:02d}",
    "minute": lambda day, name, categories: f"{day.minute:02d}",
    "second": lambda day, name, categories: f"{day.second:02d}",
    "y_day": lambda day, name, categories: f"{day.timetuple().tm_yday:03d}",
    "week": lambda day, name, categories: f"{day.isocalendar().week:02d}",
    "short_day": lambda day, name, categories: day.strftime("%a"),
    "title": lambda day, name, categories: slugify(name, pretty=True, cased=True),
    "slug": lambda day, name, categories: slugify(name),
    "name": lambda day, name, categories: slugify(name),
    "categories": lambda day, name, categories: "/".join(
        slug for slug in map(slugify, categories) if slug),
    "collection": lambda day, name, categories: "posts",
    "output_ext": lambda day, name, categories: ".html",
}


@lru_cache(maxsize=256)
def placeholders(template: str) -> frozenset[str]:
    """The placeholders a permalink template (or a style name) uses."""
    return frozenset(_PLACEHOLDER.findall(PERMALINK_STYLES.get(template, template)))


def well_formed(url: str) -> bool:
    """Whether `url` can be split into its parts at all (`http://[x` cannot)."""
    if url.isascii() and "[" not in url and "]" not in url:
        return True  # urlsplit fails only on brackets or a non-ASCII host
    try:
        urlsplit(url)
    except ValueError:
        return False
    return True


def absolute(base: str, path: str) -> str:
    """Join `path` to the site's base (url + baseurl) and return a valid absolute URL."""
    if not _ROOTED_PATH.match(path) and urlsplit(path).scheme:
        return path
    return base.rstrip("/") + "/" + encode_path(path).lstrip("/")


def resolve(base_url: str, href: str) -> str:
    """Make a link found in a post absolute (relative to the post's own URL) and valid."""
    href = quote(_ESCAPE.sub("%25", href.strip()), safe=_SAFE_URL)
    if not href or href.startswith("#"):
        return href
    if "[" in href or "]" in href:  # urlsplit may fail on these: let it
        if urlsplit(href).scheme:
            return href
        return urljoin(base_url, href)
    if _SCHEME.match(href):  # quoted: ASCII, no space or control character
        return href
    base = urlsplit(base_url)
    if (base.scheme in ("http", "https") and base.netloc and _ROOTED_PATH.fullmatch(href)
            and "/." not in href):
        return f"{base.scheme}://{base.netloc}{href}"  # what urljoin gives, sooner
    return urljoin(base_url, href)
