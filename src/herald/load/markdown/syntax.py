"""kramdown's syntax that its block and span readers share, ported from its regexps
(lib/kramdown/parser/kramdown/*.rb, kramdown-parser-gfm's gfm.rb): Ruby's character classes,
names, block starts a paragraph or list ends at, HTML tags and their attributes, and kramdown's
kinds of HTML elements (which it parses as blocks, as text, or leaves raw).

Ruby's \\s and \\w are ASCII; [[:alpha:]] and \\p{Word} are not.
"""

from __future__ import annotations

import re

S = r"[ \t\n\v\f\r]"
RUBY_SPACES = " \t\n\v\f\r\0"  # what Ruby's strip takes off (str.strip takes more)
W = r"[A-Za-z0-9_]"
UNAME = r"(?:[^\W\d][-\w.]*:)?[^\W\d][-\w.]*"
ALD_ID_NAME = rf"{W}[A-Za-z0-9_-]*"
ALD_ANY_CHARS = r"(?:\\\}|[^}])"
IAL_BLOCK = rf"\{{:(?!:|/)({ALD_ANY_CHARS}+)\}}{S}*?\n"
EXT_START = rf"\{{::({W}+)(?:{S}({ALD_ANY_CHARS}*?)|)(/)?\}}"

_SPAN_ELEMENTS_RE = ("a|abbr|acronym|b|big|bdo|br|button|cite|code|del|dfn|em|i|img|input|ins|"
                     "kbd|label|mark|option|q|rb|rbc|rp|rt|rtc|ruby|samp|select|small|span|strong|"
                     "sub|sup|tt|u|var|script")
LAZY_END_HTML_START = rf"<(?>(?!(?:{_SPAN_ELEMENTS_RE})\b){UNAME})"
LAZY_END_HTML_STOP = rf"</(?!(?:{_SPAN_ELEMENTS_RE})\b){UNAME}{S}*>"

BLANK_LINE = re.compile(r"(?:[ \t\v\f\r]*\n)+")
EOB_MARKER = re.compile(rf"\^{S}*?\n")
IAL_BLOCK_START = re.compile(r" {0,3}" + IAL_BLOCK)
LIST_START_UL = re.compile(r"( {0,3}[+*-])([\t| ].*?\n)")
LIST_START_OL = re.compile(r"( {0,3}\d+\.)([\t| ].*?\n)")
DEFINITION_LIST_START = re.compile(r"( {0,3}:)([\t| ].*?\n)")
HR_START = re.compile(r" {0,3}(\*|-|_)[ \t]*\1[ \t]*\1(\1|[ \t])*\n")

HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
HTML_TAG = re.compile(
    rf"""<((?>{UNAME})){S}*((?>{S}+{UNAME}(?:{S}*={S}*(?:\w+|("|').*?\3))?)*){S}*(/)?>""",
    re.S)
HTML_TAG_CLOSE = re.compile(rf"</({UNAME}){S}*>")
_HTML_ATTRIBUTE = re.compile(rf"""{S}*({UNAME})(?:{S}*={S}*(?:(\w+)|("|')(.*?)\3))?""", re.S)


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


SPAN_ELEMENTS = frozenset(_SPAN_ELEMENTS_RE.split("|")) - {"script"}
BLOCK_ELEMENTS = _names(
    "address article aside applet body blockquote caption col colgroup dd div dl dt fieldset "
    "figcaption footer form h1 h2 h3 h4 h5 h6 header hgroup hr html head iframe legend menu "
    "li main map nav ol optgroup p pre section summary table tbody td th thead tfoot tr ul")
VOID_ELEMENTS = _names("area base br col command embed hr img input keygen link meta param "
                       "source track wbr")
_BLOCK_MODEL = _names(
    "address applet article aside blockquote body dd details div dl fieldset figure "
    "figcaption footer form header hgroup iframe li main map menu nav noscript object "
    "section summary td")
_SPAN_MODEL = _names(
    "a abbr acronym b bdo big button cite caption del dfn dt em h1 h2 h3 h4 h5 h6 i ins "
    "label legend optgroup p q rb rbc rp rt rtc ruby select small span strong sub sup th tt")
_RAW_MODEL = _names("script style math option textarea pre code kbd samp var")
HTML_ELEMENTS = SPAN_ELEMENTS | BLOCK_ELEMENTS | VOID_ELEMENTS | _BLOCK_MODEL | _SPAN_MODEL \
    | _RAW_MODEL
MARKDOWN_ATTRIBUTE = {"0": "raw", "1": "default", "span": "span", "block": "block"}


def element_name(name: str) -> str:
    """A tag's element name: lower case for an element kramdown knows."""
    return name.lower() if name.lower() in HTML_ELEMENTS else name


def content_model(name: str) -> str:
    """What kramdown reads an element's content as: block, span or raw."""
    if name in _BLOCK_MODEL:
        return "block"
    return "span" if name in _SPAN_MODEL else "raw"


def html_attributes_of(text: str, known_element: bool) -> dict[str, str]:
    """kramdown's parse_html_attributes."""
    attrs: dict[str, str] = {}
    for match in _HTML_ATTRIBUTE.finditer(text):
        name = match[1].lower() if known_element else match[1]
        attrs[name] = match[2] if match[2] is not None else match[4] or ""
    return attrs
