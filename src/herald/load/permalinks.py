"""Where Jekyll publishes a document or a page: its URL from a permalink template.

Mirrors Jekyll 4.3's `URL`, `Drops::UrlDrop`, `Page#template` and `Utils.slugify`, so that
herald's links are the site's own links. URLs here are relative to the site (no `url`, no
`baseurl`), as Jekyll's `doc.url` is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import lru_cache
from urllib.parse import quote

SLUGIFY_MODES = ("raw", "default", "pretty", "ascii", "latin")
_PRETTY_KEEP = set("._~!$&'()+,;=@")
_ASCII_RUN = re.compile(r"[^A-Za-z0-9]+")
_SPACE_RUN = re.compile(r"\s+")
_PLACEHOLDER = re.compile(r":([a-z_]+)")
_PLAIN_PATH = re.compile(r"^[a-zA-Z0-9./-]+$")
# what Addressable::URI.encode leaves as it is (unreserved and reserved characters)
_URI_SAFE = "!$&'()*+,;=:@/?#[]-._~%"


def slugify(text: str, mode: str = "default", *, cased: bool = False) -> str:
    """Jekyll's Utils.slugify: runs of characters the mode does not keep become `-`."""
    if mode not in SLUGIFY_MODES:
        return text if cased else text.lower()
    if mode == "latin":
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
        mode = "default"
    if mode == "raw":
        slug = _SPACE_RUN.sub("-", text)
    elif mode == "ascii":
        slug = _ASCII_RUN.sub("-", text)
    else:
        slug = _runs_to_hyphens(text, pretty=mode == "pretty")
    slug = slug.removeprefix("-").removesuffix("-")
    return slug if cased else slug.lower()


@lru_cache(maxsize=65536)  # a site repeats its few categories on every post
def category_slug(name: str) -> str:
    """The folder of a category's or tag's feeds: Jekyll's slugify in its `ascii` mode, or
    in its default mode for a name with no ASCII letter or digit at all."""
    return slugify(name, "ascii") or slugify(name)


def _runs_to_hyphens(text: str, *, pretty: bool) -> str:
    """Letters, marks and decimal digits kept (and the pretty mode's punctuation); every
    run of other characters one hyphen."""
    out: list[str] = []
    hyphen = False
    for char in text:
        if _kept(char) or (pretty and char in _PRETTY_KEEP):
            out.append(char)
            hyphen = False
        elif not hyphen:
            out.append("-")
            hyphen = True
    return "".join(out)


@lru_cache(maxsize=4096)
def _kept(char: str) -> bool:
    category = unicodedata.category(char)
    return category[0] in "LM" or category == "Nd"


def escape_path(value: str) -> str:
    """Jekyll's URL.escape_path."""
    if not value or _PLAIN_PATH.match(value):
        return value
    return quote(value, safe=_URI_SAFE).replace("#", "%23", 1)


def sanitize_url(url: str) -> str:
    """Jekyll's URL#sanitize_url: rooted, no `..` or `./`, single slashes."""
    url = ("/" + url).replace("..", "/").replace("./", "")
    return re.sub(r"/{2,}", "/", url)


def expand(template: str, values: Mapping[str, str | Callable[[], str]]) -> str:
    """A permalink template filled in (`:name` placeholders), as Jekyll fills it.

    A placeholder the document has no value for is left out.
    """

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        for key in (name, name[:-1]) if name.endswith("_") else (name,):
            if key in values:
                value = values[key]
                text = value() if callable(value) else value
                rest = name[len(key):]
                return escape_path(text) + rest
        return ""

    return sanitize_url(_PLACEHOLDER.sub(fill, template))


def permalink_suffix(template: str, style: str) -> str:
    """Jekyll's Utils.add_permalink_suffix: `template` ending as the site's style ends."""
    if style == "pretty":
        return template + "/"
    if style in ("date", "ordinal", "none"):
        return template + ":output_ext"
    if style.endswith("/"):  # a template of the site's own (`weekdate` gets neither)
        template += "/"
    if style.endswith(":output_ext"):
        template += ":output_ext"
    return template


def document_values(*, collection: str, relative_path: str, folder: str, basename: str,
                    slug: str, categories: list[str], date: datetime,
                    output_ext: str) -> dict[str, str | Callable[[], str]]:
    """Jekyll's UrlDrop for a document: what each placeholder stands for.

    `relative_path` is the path inside the collections folder, `folder` the collection's
    (`_posts`), `basename` the file name without its extension.
    """
    cleaned = relative_path[: len(relative_path) - len(output_ext_of(relative_path))]
    cleaned = cleaned.replace(folder, "", 1).rstrip(".")
    return {
        "collection": collection,
        "path": cleaned,
        "name": lambda: slugify(basename),
        "title": lambda: slugify(slug, "pretty", cased=True),
        "slug": lambda: slugify(slug),
        "categories": lambda: "/".join(dict.fromkeys(c.lower() for c in categories)),
        "slugified_categories": lambda: "/".join(dict.fromkeys(slugify(c) for c in categories)),
        "year": lambda: date.strftime("%Y"),
        "month": lambda: date.strftime("%m"),
        "day": lambda: date.strftime("%d"),
        "hour": lambda: date.strftime("%H"),
        "minute": lambda: date.strftime("%M"),
        "second": lambda: date.strftime("%S"),
        "i_day": lambda: str(date.day),
        "i_month": lambda: str(date.month),
        "short_month": lambda: date.strftime("%b"),
        "long_month": lambda: date.strftime("%B"),
        "short_year": lambda: date.strftime("%y"),
        "w_year": lambda: date.strftime("%G"),
        "week": lambda: date.strftime("%V"),
        "w_day": lambda: date.strftime("%u"),
        "short_day": lambda: date.strftime("%a"),
        "long_day": lambda: date.strftime("%A"),
        "y_day": lambda: date.strftime("%j"),
        "output_ext": output_ext,
    }


def page_url(rel: str, permalink: str | None, style: str, output_ext: str) -> str:
    """Jekyll's Page#url for the page at `rel` (relative to the site)."""
    folder, _, name = rel.rpartition("/")
    basename = name[: len(name) - len(output_ext_of(name))] if "." in name else name
    values: dict[str, str | Callable[[], str]] = {
        "path": f"/{folder}" if folder else "", "basename": basename,
        "output_ext": output_ext}
    if permalink:
        return expand(permalink, values)
    if output_ext != ".html":
        template = "/:path/:basename:output_ext"
    elif basename == "index":
        template = "/:path/"
    else:
        template = permalink_suffix("/:path/:basename", style)
    return expand(template, values)


def output_ext_of(name: str) -> str:
    """The file extension of `name` (`.md`), "" when it has none."""
    base = name.rpartition("/")[2]
    return "." + base.rpartition(".")[2] if "." in base.lstrip(".") else ""
