"""Absolute, valid URLs: site paths joined to a base, links in posts resolved against the post."""

from __future__ import annotations

import re
from urllib.parse import quote, urljoin, urlsplit

_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_SAFE_PATH = "/-._~%"
_SAFE_URL = ":/?#[]@!$&'()*+,;=-._~%"  # encode only what a URL can never hold raw
# what urlsplit takes as a scheme (`url` ASCII, with no leading space or control character)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
# a path from the root with no `.` or `..` segment, `;params`, query or fragment
_ROOTED_PATH = re.compile(r"/(?![/\t\r\n])[^;?#]*")


def encode_path(path: str) -> str:
    """Percent-encode a URL path: non-ASCII and reserved characters, but not valid %XX escapes."""
    return quote(_ESCAPE.sub("%25", path), safe=_SAFE_PATH)


def valid_url(url: str) -> str:
    """`url` with what a URL can never hold raw (spaces, controls, non-ASCII, quotes)
    percent-encoded, and nothing else touched."""
    return quote(_ESCAPE.sub("%25", url), safe=_SAFE_URL)


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
