"""Jekyll's Liquid filters (filters.rb, url_filters.rb, date_filters.rb, grouping_filters.rb), and
the standard filters where Ruby's Liquid 5.4 differs from python-liquid's."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import closing
from datetime import date, datetime, tzinfo
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cmp_to_key, wraps
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, quote_plus, urlsplit, urlunsplit

from liquid import Undefined
from liquid.builtin.expressions import BooleanExpression, FilteredExpression, tokenize
from liquid.exceptions import FilterArgumentError, LiquidError
from liquid.filter import with_context
from liquid.stream import TokenStream
from liquid.token import TOKEN_EXPRESSION, Token

from herald.load.liquid import ruby

if TYPE_CHECKING:
    from liquid import Environment, RenderContext
    from liquid.expression import Expression

# filters python-liquid has that neither Ruby's Liquid 5.4 nor Jekyll 4.3 has
NOT_IN_JEKYLL = ("escapejs", "find_index", "has", "reject", "safe", "squish", "sum")
# standard filters that read their input (and arguments) as text: Ruby calls to_s on them
STRING_FILTERS = ("append", "capitalize", "downcase", "escape", "escape_once", "lstrip",
                  "newline_to_br", "prepend", "remove", "remove_first", "remove_last", "replace",
                  "replace_first", "replace_last", "rstrip", "strip", "strip_html",
                  "strip_newlines", "truncate", "truncatewords", "upcase", "url_decode",
                  "url_encode", "base64_encode", "base64_decode", "base64_url_safe_encode",
                  "base64_url_safe_decode")
MAX_SEQUENCE = 1_000_000  # items a filter may be given through a range such as (1..N)

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_UNRESERVED_ESCAPE = re.compile(r"%(2[DdEe]|3[0-9]|[46][1-9A-Fa-f]|[57][0-9Aa]|5[Ff]|7[Ee])")
_INDEX = re.compile(r"/index\.html?$", re.M)
_INTEGER_LIKE = re.compile(r"\s*-?\d+\s*", re.ASCII)
_FLOAT_LIKE = re.compile(r"\s*-?(?:\d+\.?\d*|\.\d+)\s*", re.ASCII)
_RUBY_INT = re.compile(r"\s*[-+]?\d[\d_]*", re.ASCII)
_SPACE = re.compile(r"\s+", re.ASCII)
_TAG = re.compile(r"(<[^<>]*>)")
_SLUG_PRETTY_KEEP = frozenset("._~!$&'()+,;=@")
_TRANSLITERATE = {"ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "OE",
                  "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ð": "d",
                  "Ð": "D", "ı": "i"}
_CJK = re.compile("[\u1100-\u11ff\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3038-\u303b"
                  "\u3041-\u309f\u30a0-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf"
                  "\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff66-\uffdc"
                  "\U00020000-\U0002a6df]")


def is_nil(value: Any) -> bool:
    """Whether Ruby would see nil: None or an undefined variable."""
    return value is None or isinstance(value, Undefined)


def is_array(value: Any) -> bool:
    return isinstance(value, list | tuple)


def is_hash(value: Any) -> bool:
    return isinstance(value, Mapping) and not isinstance(value, Undefined)


class JekyllFilters:
    """The filters of one site: those that need its config, zone or Markdown live here."""

    def __init__(self, env: Environment, *, config: Mapping[str, Any], zone: tzinfo | None,
                 markdownify: Callable[[str], str]) -> None:
        self.env = env
        self.config = config
        self.zone = zone
        self.markdownify_text = markdownify
        self._conditions: dict[str, Expression] = {}
        self._expressions: dict[str, Expression] = {}

    def register(self) -> None:
        """Put Jekyll's filters on the environment, over the standard ones they replace."""
        env = self.env
        for name in NOT_IN_JEKYLL:
            env.filters.pop(name, None)
        for name in STRING_FILTERS:
            if name in env.filters:
                env.filters[name] = _text_filter(env.filters[name])
        env.filters["slice"] = _sliceable(env.filters["slice"])
        env.filters["h"] = env.filters["escape"]
        plain: dict[str, Callable[..., Any]] = {
            "relative_url": self.relative_url, "absolute_url": self.absolute_url,
            "strip_index": strip_index, "date": self.date,
            "date_to_xmlschema": self.date_to_xmlschema, "date_to_rfc822": self.date_to_rfc822,
            "date_to_string": self.date_to_string,
            "date_to_long_string": self.date_to_long_string, "xml_escape": xml_escape,
            "cgi_escape": cgi_escape, "uri_escape": uri_escape, "markdownify": self.markdownify,
            "smartify": smartify, "slugify": slugify, "jsonify": jsonify, "inspect": inspect,
            "normalize_whitespace": normalize_whitespace, "number_of_words": number_of_words,
            "array_to_sentence_string": array_to_sentence_string, "where": where, "find": find,
            "group_by": group_by, "sort": sort, "pop": pop, "push": push, "shift": shift,
            "unshift": unshift, "sample": sample, "to_integer": to_integer, "join": join,
            "map": map_,
            "split": split, "round": round_, "sassify": _unchanged, "scssify": _unchanged,
        }
        for name, function in plain.items():
            env.add_filter(name, function)
        for name, method in (("where_exp", self.where_exp), ("find_exp", self.find_exp),
                             ("group_by_exp", self.group_by_exp)):
            env.add_filter(name, with_context(_function(method)))
        for name, function in list(env.filters.items()):
            env.filters[name] = _bounded(function)

    # URL filters

    def relative_url(self, value: Any) -> str | None:
        if is_nil(value):
            return None
        url = ruby.to_s(value.get("url") if is_hash(value) else value)
        if _SCHEME.match(url):
            return url
        base = ruby.to_s(self.config.get("baseurl")).removesuffix("/")
        return normalize_url(_leading_slash(base) + _leading_slash(url))

    def absolute_url(self, value: Any) -> str | None:
        if is_nil(value):
            return None
        url = ruby.to_s(value.get("url") if is_hash(value) else value)
        if _SCHEME.match(url):
            return url
        site_url = self.config.get("url")
        relative = self.relative_url(url) or ""
        if is_nil(site_url) or site_url == "":
            return relative
        return normalize_url(ruby.to_s(site_url) + relative)

    # date filters

    def date(self, value: Any, pattern: Any = None) -> Any:
        """Liquid's `date`: a time keeps its zone; text is read in the site's zone."""
        if is_nil(pattern) or ruby.to_s(pattern) == "":
            return value
        if isinstance(value, date):
            return ruby.strftime(value, ruby.to_s(pattern))
        moment = ruby.to_time(ruby.to_s(value).lower() if isinstance(value, str) else value,
                              self.zone, localtime=False)
        return value if moment is None else ruby.strftime(moment, ruby.to_s(pattern))

    def _time(self, value: Any) -> datetime:
        moment = ruby.to_time(value.lower() if isinstance(value, str) else value, self.zone)
        if moment is None:
            raise FilterArgumentError(f"'{ruby.to_s(value)}' is not a valid date", token=None)
        return moment

    def date_to_xmlschema(self, value: Any) -> Any:
        if ruby.to_s(value) == "":
            return value
        return ruby.strftime(self._time(value), "%Y-%m-%dT%H:%M:%S%:z")

    def date_to_rfc822(self, value: Any) -> Any:
        if ruby.to_s(value) == "":
            return value
        return ruby.strftime(self._time(value), "%a, %d %b %Y %H:%M:%S %z")

    def date_to_string(self, value: Any, kind: Any = None, style: Any = None) -> Any:
        return self._date_words(value, "%b", kind, style)

    def date_to_long_string(self, value: Any, kind: Any = None, style: Any = None) -> Any:
        return self._date_words(value, "%B", kind, style)

    def _date_words(self, value: Any, month: str, kind: Any, style: Any) -> Any:
        if ruby.to_s(value) == "":
            return value
        moment = self._time(value)
        if kind == "ordinal":
            day = f"{moment.day}{_ordinal(moment.day)}"
            pattern = f"{month} {day}, %Y" if style == "US" else f"{day} {month} %Y"
            return ruby.strftime(moment, pattern)
        return ruby.strftime(moment, f"%d {month} %Y")

    def markdownify(self, value: Any) -> str:
        return self.markdownify_text(ruby.to_s(value))

    # filters with a Liquid expression

    def where_exp(self, value: Any, variable: Any, expression: Any, *,
                  context: RenderContext) -> Any:
        items = _items(value)
        if items is None:
            return value
        return list(self._holding(items, variable, expression, context))

    def find_exp(self, value: Any, variable: Any, expression: Any, *,
                 context: RenderContext) -> Any:
        items = _items(value)
        if items is None:
            return value
        with closing(self._holding(items, variable, expression, context)) as found:
            return next(found, None)  # closed here: the scope it opened ends with it

    def _holding(self, items: list[Any], variable: Any, expression: Any,
                 context: RenderContext) -> Iterator[Any]:
        """The items for which `expression` holds with the item as `variable`."""
        condition = self._condition(ruby.to_s(expression))
        name = ruby.to_s(variable)
        with context.extend({}) as scope:
            yield from (item for item in items if _holds(condition, scope, name, item))

    def group_by_exp(self, value: Any, variable: Any, expression: Any, *,
                     context: RenderContext) -> Any:
        if not is_array(value):
            return value
        parsed = self._expression(ruby.to_s(expression))
        name = ruby.to_s(variable)
        groups: dict[Any, list[Any]] = {}
        for item in value:
            with context.extend({name: item}):
                key = parsed.evaluate(context)
            groups.setdefault(_group_key(None if is_nil(key) else key), []).append(item)
        return _grouped(groups)

    def _condition(self, text: str) -> Expression:
        if text not in self._conditions:
            self._conditions[text] = BooleanExpression.parse(self.env, _expression_tokens(text))
        return self._conditions[text]

    def _expression(self, text: str) -> Expression:
        if text not in self._expressions:
            self._expressions[text] = FilteredExpression.parse(self.env,
                                                               _expression_tokens(text))
        return self._expressions[text]


def _expression_tokens(text: str) -> TokenStream:
    return TokenStream(tokenize(text, Token(TOKEN_EXPRESSION, text, 0, text)))


def _holds(condition: Expression, scope: RenderContext, name: str, item: Any) -> bool:
    with scope.extend({name: item}):
        return bool(condition.evaluate(scope))


def _group_key(key: Any) -> Any:
    return tuple(key) if isinstance(key, list) else key if _hashable(key) else ruby.inspect(key)


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _grouped(groups: Mapping[Any, list[Any]]) -> list[dict[str, Any]]:
    return [{"name": list(name) if isinstance(name, tuple) else name, "items": items,
             "size": len(items)} for name, items in groups.items()]


def _items(value: Any) -> list[Any] | None:
    """The items a Ruby `select` walks: an array's, or a hash's values; None when it has none."""
    if is_hash(value):
        return list(value.values())
    if is_array(value):
        return list(value)
    return None


def _leading_slash(text: str) -> str:
    return text if not text or text.startswith("/") else "/" + text


def _function(method: Callable[..., Any]) -> Callable[..., Any]:
    """A plain function calling `method`, so that python-liquid can mark it."""

    def function(*args: Any, **kwargs: Any) -> Any:
        return method(*args, **kwargs)

    return function


def _unchanged(value: Any, *_args: Any) -> Any:
    return value


def normalize_url(url: str) -> str:
    """Addressable's URI#normalize as Jekyll uses it: encoded, lower-case scheme and host."""
    url = _BAD_PERCENT.sub("%25", url)
    try:
        parts = urlsplit(url)
    except ValueError:
        return quote(url, safe="/:@!$&'()*+,;=-._~%?#[]")
    path = quote(_UNRESERVED_ESCAPE.sub(_unescape, parts.path), safe="/:@!$&'()*+,;=-._~%")
    if parts.netloc and not path:
        path = "/"
    query = quote(parts.query, safe="/:@!$&'()*+,;=-._~%?")
    fragment = quote(parts.fragment, safe="/:@!$&'()*+,;=-._~%?#")
    netloc = parts.netloc.lower()
    for scheme, port in (("http", ":80"), ("https", ":443")):
        if parts.scheme.lower() == scheme and netloc.endswith(port):
            netloc = netloc.removesuffix(port)
    text = urlunsplit((parts.scheme.lower(), netloc, path, query, fragment))
    return text if not url.endswith("?") or "?" in text else text + "?"


def _unescape(match: re.Match[str]) -> str:
    return chr(int(match.group(1), 16))


def strip_index(value: Any) -> Any:
    if is_nil(value) or ruby.to_s(value) == "":
        return None
    return _INDEX.sub("/", ruby.to_s(value), count=1)


def _ordinal(day: int) -> str:
    if 11 <= day <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


# text filters

def xml_escape(value: Any) -> str:
    """Ruby's `encode(xml: :attr)` without the quotes around it."""
    return html.escape(ruby.to_s(value), quote=False).replace('"', "&quot;").replace(
        "'", "&apos;")


def cgi_escape(value: Any) -> str:
    return quote_plus(ruby.to_s(value))


def uri_escape(value: Any) -> str:
    text = unicodedata.normalize("NFC", ruby.to_s(value))
    return quote(_BAD_PERCENT.sub("%25", text), safe="!#$&'()*+,/:;=?@[]~-._%")


def normalize_whitespace(value: Any) -> str:
    return _SPACE.sub(" ", ruby.to_s(value)).strip(" \t\r\n\f\v\0")


def number_of_words(value: Any, mode: Any = None) -> int:
    text = ruby.to_s(value)
    if mode in ("cjk", "auto"):
        cjk = len(_CJK.findall(text))
        if mode == "auto" and cjk == 0:
            return len(text.split())
        return cjk + len(_CJK.sub(" ", text).split())
    return len(text.split())


def array_to_sentence_string(value: Any, connector: Any = "and") -> str:
    items = list(value) if is_array(value) else [value]
    word = ruby.to_s(connector)
    if not items:
        return ""
    if len(items) == 1:
        return ruby.to_s(items[0])
    if len(items) == 2:
        return f"{ruby.to_s(items[0])} {word} {ruby.to_s(items[1])}"
    return f"{join(items[:-1], ', ')}, {word} {ruby.to_s(items[-1])}"


def slugify(value: Any, mode: Any = None) -> str | None:
    """Jekyll's Utils.slugify in its modes: raw, default, pretty, ascii, latin."""
    if is_nil(value):
        return None
    text = ruby.to_s(value)
    kind = "default" if is_nil(mode) else ruby.to_s(mode)
    if kind not in ("raw", "default", "pretty", "ascii", "latin"):
        return text.lower()
    if kind == "latin":
        text = _transliterate(text)
    keep: Callable[[str], bool] = {
        "raw": lambda char: char not in " \t\r\n\f\v",
        "pretty": lambda char: _letter_mark_digit(char) or char in _SLUG_PRETTY_KEEP,
        "ascii": lambda char: char.isascii() and char.isalnum(),
    }.get(kind, _letter_mark_digit)
    slug = "".join(char if keep(char) else "\0" for char in text)
    slug = re.sub("\0+", "-", slug)
    return slug.removeprefix("-").removesuffix("-").lower()


def _letter_mark_digit(char: str) -> bool:
    category = unicodedata.category(char)
    return category[0] in "LM" or category == "Nd"


def _transliterate(text: str) -> str:
    """I18n.transliterate: accents dropped from Latin letters, anything else becomes `?`."""
    out = []
    for char in text:
        if char.isascii():
            out.append(char)
            continue
        if char in _TRANSLITERATE:
            out.append(_TRANSLITERATE[char])
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", char)
                       if not unicodedata.combining(c))
        out.append(base if base and base.isascii() else "?")
    return "".join(out)


def smartify(value: Any) -> str:
    """Kramdown's SmartyPants: typographic quotes, dashes and ellipses; HTML tags left alone."""
    parts = _TAG.split(ruby.to_s(value))
    out = []
    previous = ""
    for index, part in enumerate(parts):
        if index % 2:
            out.append(part)
            continue
        text = html.unescape(part)
        text = text.replace("---", "\u2014").replace("--", "\u2013")
        text = text.replace("...", "\u2026").replace(". . .", "\u2026")
        text = text.replace("<<", "\u00ab").replace(">>", "\u00bb")
        text = _smart_quotes(text, previous)
        previous = text[-1:] or previous
        out.append(html.escape(text, quote=False))
    return "".join(out)


def _smart_quotes(text: str, before: str) -> str:
    out = []
    for index, char in enumerate(text):
        prior = text[index - 1] if index else before
        opening = not prior or prior.isspace() or prior in "([{\u2014\u2013-\"'"
        if char == '"':
            out.append("\u201c" if opening else "\u201d")
        elif char == "'":
            following = text[index + 1: index + 2]
            out.append("\u2018" if opening and following and not following.isspace()
                       and not following.isdigit() else "\u2019")
        else:
            out.append(char)
    return "".join(out)


def jsonify(value: Any) -> str:
    return json.dumps(_as_liquid(value), ensure_ascii=False, separators=(",", ":"),
                      default=ruby.to_s)


def _as_liquid(value: Any) -> Any:
    if is_nil(value):
        return None
    if is_hash(value):
        return {ruby.to_s(key): _as_liquid(item) for key, item in value.items()}
    if is_array(value):
        return [_as_liquid(item) for item in value]
    if isinstance(value, date | range):
        return ruby.to_s(value)
    if isinstance(value, float) and value != value:
        return ruby.to_s(value)
    return value


def inspect(value: Any) -> str:
    return xml_escape(ruby.inspect(value))


# array filters

def join(value: Any, separator: Any = " ") -> str:
    """Ruby's Array#join: nested arrays flattened, nil as nothing, hashes as inspect."""
    glue = ruby.to_s(separator)
    if is_nil(value):
        return ""
    items = value if is_array(value) else [value]
    return glue.join(join(item, glue) if is_array(item) else ruby.to_s(item) for item in items)


def map_(value: Any, prop: Any) -> list[Any]:
    """Liquid's `map`: each item's property, nil where it has none (text looks the name up
    in itself, as Ruby's String#[] does)."""
    items = flatten(value) if is_array(value) else [] if is_nil(value) else [value]
    key = ruby.to_s(prop)
    out: list[Any] = []
    for item in items:
        if is_hash(item):
            found = item.get(key)
            out.append(None if is_nil(found) else found)
        elif isinstance(item, str):
            out.append(key if key in item else None)
        else:
            out.append(None)
    return out


def split(value: Any, separator: Any = " ") -> list[str]:
    """Ruby's String#split: a single space splits on runs of whitespace; trailing empties go."""
    text = ruby.to_s(value)
    glue = ruby.to_s(separator)
    if glue == " ":
        return text.split()
    parts = list(text) if glue == "" else text.split(glue)
    while parts and parts[-1] == "":
        parts.pop()
    return parts


def round_(value: Any, digits: Any = 0) -> Any:
    number = _number(value)
    places = int(_number(digits))
    if isinstance(number, int):
        return number
    if number != number or number in (float("inf"), float("-inf")):
        return number
    exponent = Decimal(1).scaleb(-places)
    rounded = Decimal(repr(number)).quantize(exponent, rounding=ROUND_HALF_UP)
    return int(rounded) if places <= 0 else float(rounded)


def _number(value: Any) -> int | float:
    if isinstance(value, bool) or is_nil(value):
        return 0
    if isinstance(value, int | float):
        return value
    text = ruby.to_s(value).strip()
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(Decimal(text))
    except (InvalidOperation, ValueError):
        return 0


def where(value: Any, prop: Any, target: Any = None) -> Any:
    if prop is None or prop is False or is_nil(prop) or is_array(target) or is_hash(target):
        return value
    items = _items(value)
    if items is None:
        return value
    return [item for item in items if _matches(_property(item, prop), target)]


def find(value: Any, prop: Any, target: Any = None) -> Any:
    if prop is None or prop is False or is_nil(prop) or is_array(target) or is_hash(target):
        return value
    items = _items(value)
    if items is None:
        return value
    return next((item for item in items if _matches(_property(item, prop), target)), None)


def group_by(value: Any, prop: Any) -> Any:
    if not is_array(value):
        return value
    groups: dict[str, list[Any]] = {}
    for item in value:
        groups.setdefault(ruby.to_s(_property(item, prop)), []).append(item)
    return _grouped(groups)


def sort(value: Any, prop: Any = None, nils: Any = "first") -> Any:
    if is_nil(value):
        raise FilterArgumentError("cannot sort nothing (a variable that is not set)", token=None)
    items = list(value.items()) if is_hash(value) else value if is_array(value) else None
    if items is None:
        raise FilterArgumentError(f"cannot sort '{ruby.to_s(value)}': it is not a list",
                                  token=None)
    if is_nil(prop):
        try:
            return sorted(items, key=cmp_to_key(_strict_compare))
        except TypeError:
            raise FilterArgumentError("cannot sort a list of different kinds of values",
                                      token=None) from None
    if nils not in ("first", "last"):
        raise FilterArgumentError(f"'{ruby.to_s(nils)}' is not a valid nils order; it must be "
                                  "'first' or 'last'", token=None)
    order = -1 if nils == "first" else 1
    keyed = [(_property(item, prop), item) for item in items]

    def compare(left: tuple[Any, Any], right: tuple[Any, Any]) -> int:
        a, b = left[0], right[0]
        if a is not None and b is None:
            return -order
        if a is None and b is not None:
            return order
        result = spaceship(a, b)
        return result if result is not None else _cmp(ruby.to_s(a), ruby.to_s(b))

    return [item for _, item in sorted(keyed, key=cmp_to_key(compare))]


def _strict_compare(a: Any, b: Any) -> int:
    result = spaceship(a, b)
    if result is None:
        raise TypeError("not comparable")
    return result


def spaceship(a: Any, b: Any) -> int | None:
    """Ruby's `a <=> b`: -1, 0, 1, or None when the two cannot be compared."""
    if a is None and b is None:
        return 0
    numbers = (int, float, Decimal)
    if isinstance(a, numbers) and isinstance(b, numbers) and not isinstance(a, bool) \
            and not isinstance(b, bool):
        return _cmp(a, b)
    if isinstance(a, bool) and isinstance(b, bool):
        return 0 if a == b else None
    if isinstance(a, str) and isinstance(b, str):
        return _cmp(a, b)
    if isinstance(a, date) and isinstance(b, date):
        left, right = _comparable_time(a), _comparable_time(b)
        try:
            return _cmp(left, right)
        except TypeError:
            return None
    if is_array(a) and is_array(b):
        for x, y in zip(a, b, strict=False):
            result = spaceship(x, y)
            if result != 0:
                return result
        return _cmp(len(a), len(b))
    return None


def _comparable_time(value: date) -> Any:
    if isinstance(value, datetime):
        return value.timestamp() if value.tzinfo else value.replace().timestamp()
    return datetime.combine(value, datetime.min.time()).timestamp()


def _cmp(a: Any, b: Any) -> int:
    return (a > b) - (a < b)


def _property(item: Any, prop: Any) -> Any:
    """Jekyll's item_property: `a.b` walks mappings; text that is a number becomes one."""
    name = ruby.to_s(prop)
    value: Any = item
    for key in name.split(".") if "." in name else [name]:
        if not is_hash(value):
            value = None
            break
        value = value.get(key)
    if is_nil(value):
        return None
    text = ruby.to_s(value)
    if _INTEGER_LIKE.fullmatch(text):
        return int(text)
    if _FLOAT_LIKE.fullmatch(text):
        return float(text.strip().rstrip(".") or "0")
    return value


def _matches(value: Any, target: Any) -> bool:
    """Jekyll's compare_property_vs_target."""
    if is_nil(target):
        return value is None
    wanted = ruby.to_s(target)
    if isinstance(value, str):
        return value == wanted
    values = value if is_array(value) else [] if value is None else [value]
    return any(ruby.to_s(item) == wanted for item in values)


def pop(value: Any, count: Any = 1) -> Any:
    if not is_array(value):
        return value
    number = _integer(count)
    return list(value)[: max(len(value) - number, 0)] if number > 0 else list(value)


def shift(value: Any, count: Any = 1) -> Any:
    if not is_array(value):
        return value
    number = _integer(count)
    return list(value)[number:] if number > 0 else list(value)


def push(value: Any, item: Any) -> Any:
    return [*value, item] if is_array(value) else value


def unshift(value: Any, item: Any) -> Any:
    return [item, *value] if is_array(value) else value


def sample(value: Any, count: Any = 1) -> Any:
    """The first item (or the first `count`): herald picks the same ones every time."""
    if not is_array(value):
        return value
    try:
        number = _integer(count)
    except FilterArgumentError:
        number = 1
    return (value[0] if value else None) if number == 1 else list(value)[: max(number, 0)]


def to_integer(value: Any) -> int:
    if value is True:
        return 1
    if value is False or is_nil(value):
        return 0
    if isinstance(value, int | float):
        return int(value)
    match = _RUBY_INT.match(ruby.to_s(value))
    return int(match.group().replace("_", "")) if match else 0


def _integer(value: Any) -> int:
    """Liquid::Utils.to_integer: an integer or text that is one."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    try:
        return int(ruby.to_s(value).strip())
    except ValueError:
        raise FilterArgumentError(f"'{ruby.to_s(value)}' is not an integer",
                                  token=None) from None


# wrappers for python-liquid's own filters

def _text_filter(function: Callable[..., Any]) -> Callable[..., Any]:
    """A standard filter that sees its input and arguments as Ruby's to_s shows them."""

    @wraps(function)
    def text_filter(value: Any, *args: Any, **kwargs: Any) -> Any:
        return function(_as_text(value), *(_as_text(arg) for arg in args), **kwargs)

    _copy_flags(function, text_filter)
    return text_filter


def _sliceable(function: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(function)
    def slice_filter(value: Any, *args: Any, **kwargs: Any) -> Any:
        return function(value if is_array(value) else _as_text(value), *args, **kwargs)

    _copy_flags(function, slice_filter)
    return slice_filter


def _as_text(value: Any) -> Any:
    if isinstance(value, str) or is_nil(value) or isinstance(value, int):
        return value
    return ruby.to_s(value)


def _bounded(function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter that refuses ranges too long to walk, such as (1..1000000000)."""

    @wraps(function)
    def bounded(value: Any, *args: Any, **kwargs: Any) -> Any:
        for item in (value, *args):
            if isinstance(item, range) and len(item) > MAX_SEQUENCE:
                raise LiquidError(f"the range has more than {MAX_SEQUENCE:,} numbers",
                                  token=None)
        return function(value, *args, **kwargs)

    _copy_flags(function, bounded)
    return bounded


def _copy_flags(source: Callable[..., Any], target: Callable[..., Any]) -> None:
    for flag in ("with_context", "with_environment"):
        if getattr(source, flag, False):
            setattr(target, flag, True)


def flatten(items: Iterable[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if is_array(item):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out

