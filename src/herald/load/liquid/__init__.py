"""Liquid in a document's body, rendered the way Jekyll 4.3 renders it (python-liquid underneath).

`Liquid` holds one site's environment: Jekyll's tags and filters (liquid.tags, liquid.filters),
the `site`, `page` and `jekyll` variables, and the includes it has parsed. `render` turns a body
into text and a list of problems: a plugin's tag or filter, a syntax error, a missing include,
runaway work. None of them stops the rest of the body, and no `{{` or `{%` is left in the output
except in text the author wrapped in `{% raw %}`.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path, PurePosixPath
from typing import Any, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import liquid
from liquid import BoundTemplate, Mode, RenderContext
from liquid.ast import Node
from liquid.exceptions import (
    ContextDepthError,
    LiquidError,
    LiquidInterrupt,
    LiquidSyntaxError,
    OutputStreamLimitError,
    StopRender,
)
from liquid.lex import get_lexer
from liquid.output import LimitedStringIO
from liquid.stream import TokenStream
from liquid.token import TOKEN_CONTENT, Token

from herald.load.documents import has_liquid
from herald.load.liquid.filters import JekyllFilters
from herald.load.liquid.tags import (
    MissingIncludeError,
    PluginTagError,
    RunawayError,
    register,
)
from herald.model import Problem

__all__ = ["Liquid", "LiquidSite", "has_liquid"]

JEKYLL_VERSION = "4.3.1"
MAX_STEPS = 1_000_000  # loop iterations and includes in one render
MAX_INCLUDES = 20_000  # includes rendered in one render
MAX_OUTPUT = 20_000_000  # characters one render may write
MAX_LEX_ERRORS = 100  # unclosed `{{`/`{%` reported one by one before the rest are dropped
MAX_INCLUDE_BYTES = 5_000_000
RAW_BRACE = "\ufdd0"  # a `{` inside {% raw %}, kept apart until the output is checked
DROPPED = "\ufdd1"  # a delimiter of broken Liquid, left out of the output
_LEFTOVER = re.compile(r"\{+(?=[{%])")
_PYTHON_TUPLE = re.compile(r"\(('[^']*'(?:, '[^']*')*)\)")  # in python-liquid's messages
# what is left out with a broken `{{` or `{%`: the rest of a tag on its line, or what looks
# like the expression after it
_NAMELESS_TAG = re.compile(r"[^\n{]*?%\}")
_EXPRESSION_RUN = re.compile(r"[\w. \t'\"|:,\[\]()-]*\}?")


@dataclass(frozen=True)
class LiquidSite:
    """What Liquid in a document can see of the site."""

    root: Path  # the content folder
    config: Mapping[str, Any]  # _config.yml with Jekyll's defaults applied
    data: Mapping[str, Any]  # site.data (see herald.load.data.load_data)
    time: datetime  # site.time, timezone-aware
    # every collection's documents by label ("posts" newest first, others in Jekyll's order),
    # each a mapping of the document's Jekyll variables (front matter, url, date, title, path,
    # relative_path, collection, categories, tags, slug, id, content); called at most once
    documents: Callable[[], Mapping[str, Sequence[Mapping[str, Any]]]]
    pages: Callable[[], Sequence[Mapping[str, Any]]]  # the site's pages the same way
    markdownify: Callable[[str], str]  # Markdown to HTML, for the markdownify filter
    includes_dir: str = "_includes"
    environment: str = "development"  # jekyll.environment (JEKYLL_ENV)




@dataclass
class _Include:
    """A parsed include file, with what its parse found wrong (message, line in the file)."""

    label: str
    template: BoundTemplate | None
    issues: list[tuple[str, int | None]] = field(default_factory=list)


@dataclass
class _Render:
    """One call of Liquid.render: where problems go and how much work is left."""

    path: str
    source: str
    first_line: int
    page: Mapping[str, Any]
    problems: list[Problem] = field(default_factory=list)
    seen: set[tuple[int, str]] = field(default_factory=set)  # (where in the body, message)
    stack: list[tuple[str, Token]] = field(default_factory=list)
    steps: int = 0
    includes: int = 0
    parsing: list[tuple[str, int | None]] | None = None  # an include's issues, while parsing it
    tags: list[Token] = field(default_factory=list)  # the tags being parsed, innermost last


class Liquid:
    """Jekyll's Liquid for one site: its environment, tags, filters and parsed includes.

    One render at a time: the object is not meant to be shared between threads.
    """

    def __init__(self, site: LiquidSite) -> None:
        self.site = site
        self.zone = _zone(site.config.get("timezone"))
        self._env = _Environment(self)
        register(self._env)
        for tag in self._env.tags.values():
            tag.get_node = _located(tag.get_node, self._env)  # type: ignore[method-assign]
        self.filters = JekyllFilters(self._env, config=site.config, zone=self.zone,
                                     markdownify=site.markdownify)
        self.filters.register()
        self._site_drop = SiteDrop(self)
        self._jekyll = {"version": JEKYLL_VERSION, "environment": site.environment}
        self._documents: Mapping[str, Sequence[Mapping[str, Any]]] | None = None
        self._pages: Sequence[Mapping[str, Any]] | None = None
        self._links: dict[str, str] | None = None
        self._includes: dict[str, _Include] = {}
        self._render: _Render | None = None

    # the site's lists, read when first asked for

    def documents(self) -> Mapping[str, Sequence[Mapping[str, Any]]]:
        if self._documents is None:
            self._documents = self.site.documents()
        return self._documents

    def pages(self) -> Sequence[Mapping[str, Any]]:
        if self._pages is None:
            self._pages = self.site.pages()
        return self._pages

    # rendering

    def render(self, text: str, *, page: Mapping[str, Any], path: str,
               first_line: int = 1) -> tuple[str, list[Problem]]:
        """`text` (a document body) rendered with `page` (the document's variables, as in
        LiquidSite.documents) and the site; problems name `path` and the line in the file
        (first_line is the file line of the body's first line)."""
        state = _Render(path, text, first_line, page)
        self._render = state
        try:
            output = self._render_body(text, page)
        finally:
            self._render = None
        return _clean(output), state.problems

    def _render_body(self, text: str, page: Mapping[str, Any]) -> str:
        template = self._env.from_string(text)
        namespace = {"site": self._site_drop, "page": PageDrop(page, self),
                     "jekyll": self._jekyll, "paginator": None}
        context = template.context_class(template, globals=template.make_globals(namespace))
        buffer = LimitedStringIO(limit=MAX_OUTPUT)
        with suppress(RunawayError, RecursionError):  # reported where it happened
            template.render_with_context(context, buffer)
        return buffer.getvalue()

    # problems

    def report(self, error: LiquidError, token: Token | None = None) -> None:
        """Note a python-liquid error (already raised and caught) as a warning."""
        token = error.token or token
        self.warn(_describe(error, token), token)

    def warn(self, message: str, token: Token | None) -> None:
        state = self._render
        if state is None:
            return
        line, where, anchor = self._place(token)
        if state.parsing is not None and not state.stack:
            state.parsing.append((message, line))
            return
        if where:
            message = f"in {where}: {message}"
        key = (anchor, message)
        if key not in state.seen:
            state.seen.add(key)
            state.problems.append(Problem(state.path, message, "warning", line))

    def _place(self, token: Token | None) -> tuple[int | None, str, int]:
        """The line in the document file for a token, which include it is in (if any), and
        where in the body the problem is anchored."""
        state = self._render
        assert state is not None
        if token is None or token.start_index < 0:
            token = state.tags[-1] if state.tags else None
        known = token is not None and token.start_index >= 0
        if state.parsing is not None and not state.stack:
            return (_line(token) if token and known else None), "", -1
        if token is not None and known and token.source is state.source:
            return state.first_line + _line(token) - 1, "", token.start_index
        if state.stack:
            outer = state.stack[0][1]
            inner = state.stack[-1][0]
            where = f"{inner} line {_line(token)}" if token is not None and known else inner
            return state.first_line + _line(outer) - 1, where, outer.start_index
        return None, "", -1

    # what the tags ask for

    def include(self, name: str, *, relative: bool, token: Token) -> BoundTemplate:
        folder = self._relative_folder() if relative else self.site.includes_dir
        label = str(PurePosixPath(folder) / name) if folder else name
        cached = self._includes.get(label)
        if cached is None:
            cached = self._load_include(label)
            self._includes[label] = cached
        if cached.template is None:
            tag = "include_relative" if relative else "include"
            raise MissingIncludeError(f"`{{% {tag} {name} %}}` finds no file {label}; add the "
                                      "file or remove the tag; it renders as nothing", token=token)
        for message, line in cached.issues:
            self.warn(f"in {label}{f' line {line}' if line else ''}: {message}", token)
        return cached.template

    def _relative_folder(self) -> str:
        state = self._render
        page_path = str(state.page.get("path") or state.path) if state else ""
        return str(PurePosixPath(page_path.removesuffix("/#excerpt")).parent).removeprefix(".")

    def _load_include(self, label: str) -> _Include:
        file = self.site.root / label
        try:
            inside = file.resolve().is_relative_to(self.site.root.resolve())
            if not inside or not file.is_file() or file.stat().st_size > MAX_INCLUDE_BYTES:
                return _Include(label, None)
            text = file.read_text(encoding="utf-8", errors="replace").removeprefix("\ufeff")
        except (OSError, ValueError):
            return _Include(label, None)
        state = self._render
        issues: list[tuple[str, int | None]] = []
        saved = (state.stack, state.parsing, state.tags) if state else ([], None, [])
        if state:
            state.stack, state.parsing, state.tags = [], issues, []
        try:
            template = self._env.from_string(text.replace("\r\n", "\n"), name=label)
        finally:
            if state:
                state.stack, state.parsing, state.tags = saved
        return _Include(label, template, issues)

    @contextmanager
    def parsing_tag(self, token: Token) -> Iterator[None]:
        """While a tag is parsed: where its problems are, when python-liquid does not say."""
        state = self._render
        if state is None:
            yield
            return
        state.tags.append(token)
        try:
            yield
        finally:
            state.tags.pop()

    @contextmanager
    def entering(self, name: str, token: Token) -> Iterator[None]:
        state = self._render
        if state is None:
            yield
            return
        state.includes += 1
        if state.includes > MAX_INCLUDES:
            raise RunawayError(f"more than {MAX_INCLUDES:,} includes")
        self.spend(1)
        state.stack.append((name, token))
        try:
            yield
        finally:
            state.stack.pop()

    def spend(self, steps: int) -> None:
        state = self._render
        if state is None:
            return
        state.steps += steps
        if state.steps > MAX_STEPS:
            raise RunawayError(f"more than {MAX_STEPS:,} loop steps")

    def link(self, path: str) -> str | None:
        if self._links is None:
            self._links = self._link_index()
        url = self._links.get(path) or self._links.get(path.removeprefix("/"))
        if url is None and self._is_static_file(path.removeprefix("/")):
            url = "/" + path.removeprefix("/")
        return None if url is None else self.filters.relative_url(url)

    def _link_index(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for item in [*self.pages(), *(doc for docs in self.documents().values() for doc in docs)]:
            url = item.get("url")
            for key in ("relative_path", "path"):
                value = item.get(key)
                if isinstance(value, str) and isinstance(url, str):
                    index.setdefault(value, url)
        return index

    def _is_static_file(self, path: str) -> bool:
        parts = PurePosixPath(path).parts
        if not parts or any(part.startswith(("_", ".")) or part == ".." for part in parts):
            return False
        file = self.site.root / path
        try:
            return file.is_file() and file.resolve().is_relative_to(self.site.root.resolve())
        except (OSError, ValueError):
            return False

    def post_url(self, folder: str, day: str, slug: str) -> str | None:
        posts = self.documents().get("posts", [])
        name = re.compile(rf"^(?:_posts/{re.escape(folder)}|{re.escape(folder)}_posts/?)"
                          rf"{re.escape(day)}-{re.escape(slug)}\.[^.]+", re.M)
        for post in posts:
            if name.search(str(post.get("relative_path") or post.get("path") or "")):
                return self.filters.relative_url(post.get("url"))
        for post in posts:  # Jekyll's older way: the slug and the day
            when = post.get("date")
            if post.get("slug") == slug and isinstance(when, datetime) and \
                    _same_day(when, day):
                return self.filters.relative_url(post.get("url"))
        return None

    def related_posts(self) -> list[Mapping[str, Any]]:
        state = self._render
        path = state.page.get("path") if state else None
        posts = self.documents().get("posts", [])
        return [post for post in posts if post.get("path") != path][:10]


class _Environment(liquid.Environment):
    """python-liquid set up as Jekyll's: lax, bounded, problems reported to the Liquid object."""

    context_depth_limit = 30

    def __init__(self, host: Liquid) -> None:
        # python-liquid keeps a parser per environment in a module-level cache: a weak
        # reference lets the site's documents and includes go with the Liquid object
        self._host = weakref.ref(host)
        super().__init__(tolerance=Mode.LAX, strict_filters=False)
        self.template_class = _Template

    @property
    def host(self) -> Liquid:
        host = self._host()
        assert host is not None, "the Liquid object of this environment is gone"
        return host

    def error(self, exc: type[LiquidError] | LiquidError, msg: str | None = None,
              token: Token | None = None) -> None:
        error = exc if isinstance(exc, LiquidError) else exc(msg, token=token)
        self.host.report(error, token)

    def tokenizer(self) -> Callable[[str], Iterator[Token]]:
        lexer = get_lexer()
        return lambda source: _tokens(source, lexer, self.host)


def _tokens(source: str, lexer: Callable[[str], Iterator[Token]],
            host: Liquid) -> Iterator[Token]:
    """python-liquid's tokens, going on past an unclosed `{{` or `{%` (left out, reported)."""
    text, offset, errors = source, 0, 0
    while True:
        try:
            for token in lexer(text):
                raw = token.kind == TOKEN_CONTENT and text.startswith("{%", token.start_index)
                if offset:
                    token = Token(token.kind, token.value, token.start_index + offset, source)
                if raw:
                    token = token._replace(value=token.value.replace("{", RAW_BRACE))
                yield token
            return
        except LiquidSyntaxError as err:
            at = err.token.start_index if err.token else 0
            errors += 1
            opener, rest = text[at:at + 2], text[at + 2:]
            closer = "}}" if opener == "{{" else "%}"
            hopeless = closer not in rest or errors >= MAX_LEX_ERRORS
            host.warn(_unclosed(opener, closer, hopeless),
                      Token(TOKEN_CONTENT, opener, offset + at, source))
            cut = _broken_extent(rest)
            rest = DROPPED * cut + rest[cut:]
            if hopeless:
                rest = _drop_all(rest, ("{{", "{%") if errors >= MAX_LEX_ERRORS else (opener,))
            text, offset = DROPPED * 2 + rest, offset + at


def _drop_all(text: str, openers: tuple[str, ...]) -> str:
    """`text` with every one of `openers`, and what looks like its expression, left out."""
    pattern = "|".join(re.escape(opener) for opener in openers)
    return re.sub(f"(?:{pattern}){_EXPRESSION_RUN.pattern}",
                  lambda match: DROPPED * len(match.group()), text)


def _broken_extent(rest: str) -> int:
    """How much after a broken `{{` or `{%` goes with it."""
    matched = _NAMELESS_TAG.match(rest) or _EXPRESSION_RUN.match(rest)
    return matched.end() if matched else 0


def _unclosed(opener: str, closer: str, hopeless: bool) -> str:
    kind = "output" if opener == "{{" else "tag"
    if hopeless:
        return (f"a Liquid {kind} `{opener}` is not closed by `{closer}`; herald leaves out "
                f"this `{opener}` and the later ones; close it, or wrap literal text in "
                "{% raw %}...{% endraw %}")
    return (f"a Liquid {kind} `{opener}` is not closed by `{closer}` or has no name; herald "
            f"leaves the `{opener}` out; fix it, or wrap literal text in "
            "{% raw %}...{% endraw %}")


class _Context(RenderContext):
    """A render context that reports a plugin's filters and counts loop steps."""

    def filter(self, name: str, token: Token | None) -> Callable[..., object]:
        if name not in self.env.filters:
            host: Liquid = self.env.host  # type: ignore[attr-defined]
            host.warn(f"`| {name}` is a plugin's filter that herald does not have; the value "
                      "passes through unchanged", token)
            return _pass_through
        return super().filter(name, token)

    def assign(self, key: str, val: Any) -> None:
        if isinstance(val, str | list) and len(val) > MAX_OUTPUT:
            raise RunawayError(f"a variable of more than {MAX_OUTPUT:,} items or characters")
        self.locals[key] = val

    def raise_for_loop_limit(self, length: int = 1) -> None:
        host: Liquid = self.env.host  # type: ignore[attr-defined]
        host.spend(length)


def _located(get_node: Callable[[TokenStream], Node], env: _Environment
             ) -> Callable[[TokenStream], Node]:
    """A tag's get_node that lets problems without a place of their own point at the tag."""

    def located(stream: TokenStream) -> Node:
        with env.host.parsing_tag(stream.current):
            return get_node(stream)

    return located


def _pass_through(value: object, *_args: object, **_kwargs: object) -> object:
    return value


class _Template(BoundTemplate):
    """A template whose nodes fail one at a time, whatever goes wrong in them."""

    context_class = _Context

    def make_partial_namespace(self, partial: bool,
                               render_args: Mapping[str, object]) -> Mapping[str, object]:
        return dict(render_args)

    def render_with_context(self, context: RenderContext, buffer: TextIO, *args: Any,
                            partial: bool = False, block_scope: bool = False,
                            **kwargs: Any) -> None:
        namespace = dict(*args, **kwargs)
        if namespace:
            with context.extend(namespace=namespace):
                self._render_nodes(context, buffer, partial and not block_scope)
        else:
            self._render_nodes(context, buffer, partial and not block_scope)

    def _render_nodes(self, context: RenderContext, buffer: TextIO, in_loop: bool) -> None:
        """Each node; one that fails is reported and renders as nothing (`in_loop`: a break or
        continue may belong to a loop around the include)."""
        host: Liquid = self.env.host  # type: ignore[attr-defined]
        for node in self.nodes:
            try:
                node.render(context, buffer)
            except LiquidInterrupt as err:
                if in_loop:
                    raise
                host.warn(f"`{{% {err} %}}` is outside a for loop; remove it", node.token)
            except StopRender:
                break
            except OutputStreamLimitError:
                raise RunawayError(f"more than {MAX_OUTPUT:,} characters") from None
            except ContextDepthError:
                host.warn("loops and includes nest more than 30 deep (does an include "
                          "include itself?); the innermost renders as nothing", node.token)
            except LiquidError as err:
                host.report(err, node.token)
            except RunawayError as err:
                if not err.reported:
                    err.reported = True
                    host.warn(f"the Liquid here does too much work ({err}); herald stops "
                              "rendering it here; simplify the loop or include", node.token)
                raise
            except RecursionError:
                host.warn("the Liquid here nests too deep; herald stops rendering it here; "
                          "simplify it", node.token)
                stop = RunawayError("nesting")
                stop.reported = True
                raise stop from None
            except Exception as err:  # noqa: BLE001 - one node's failure is not the body's
                host.warn(f"herald could not render this Liquid ({type(err).__name__}: "
                          f"{_one_line(err)}); it renders as nothing", node.token)


def _describe(error: LiquidError, token: Token | None) -> str:
    """One line saying what is wrong with the Liquid and what herald does about it."""
    if isinstance(error, PluginTagError):
        if error.block:
            return (f"`{{% {error.name} %}}`...`{{% end{error.name} %}}` is a plugin's block tag "
                    "that herald does not have; it and its content render as nothing")
        return (f"`{{% {error.name} %}}` is a plugin's tag that herald does not have; "
                "it renders as nothing")
    message = _PYTHON_TUPLE.sub(lambda match: match.group(1).replace("'", ""),
                                _one_line(error.message))
    if isinstance(error, MissingIncludeError):
        return message
    snippet = _snippet(token)
    if isinstance(error, LiquidSyntaxError):
        return (f"Liquid syntax error{snippet}: {message}; fix it (this part renders as "
                "nothing)")
    return f"Liquid error{snippet}: {message}; this part renders as nothing"


def _snippet(token: Token | None) -> str:
    """` in `{% the tag %}`` for the Liquid around a token, when it can be found."""
    if token is None or token.start_index < 0 or not token.source:
        return ""
    source, index = token.source, token.start_index
    start = max(source.rfind("{%", 0, index + 1), source.rfind("{{", 0, index + 1))
    if start < 0:
        return ""
    ends = [end for end in (source.find("%}", start), source.find("}}", start)) if end >= 0]
    if not ends:
        return ""
    text = " ".join(source[start:min(ends) + 2].split())
    return f" in `{text[:77]}...`" if len(text) > 80 else f" in `{text}`"


def _line(token: Token) -> int:
    return token.source.count("\n", 0, token.start_index) + 1


def _one_line(reason: object) -> str:
    return " ".join(str(reason).split())


def _clean(output: str) -> str:
    """The output with no `{{` or `{%` but what {% raw %} kept."""
    output = output.replace(DROPPED, "")
    if "{{" in output or "{%" in output:
        output = _LEFTOVER.sub("", output)
    return output.replace(RAW_BRACE, "{")


def _zone(name: Any) -> tzinfo | None:
    if not isinstance(name, str) or not name.strip():
        return None
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _same_day(when: datetime, day: str) -> bool:
    try:
        year, month, date_ = (int(part) for part in day.split("-"))
    except ValueError:
        return False
    return (when.year, when.month, when.day) == (year, month, date_)


class SiteDrop(Mapping[str, Any]):
    """`site`: the config's keys, and the lists Jekyll adds, each made when first read."""

    _ADDED = ("data", "time", "posts", "pages", "html_pages", "static_files", "documents",
              "collections", "categories", "tags", "related_posts", "config")

    def __init__(self, host: Liquid) -> None:
        self._host = host
        self._made: dict[str, Any] = {}

    def labels(self) -> list[str]:
        """The site's collection labels, from the config (and the documents once read)."""
        found = ["posts"]
        collections = self._host.site.config.get("collections")
        if isinstance(collections, Mapping | list):
            found += [str(label) for label in collections]
        if self._host._documents is not None:
            found += list(self._host._documents)
        return list(dict.fromkeys(found))

    def __getitem__(self, key: str) -> Any:
        if not isinstance(key, str):
            raise KeyError(key)
        if key == "related_posts":
            return self._host.related_posts()
        if key not in self._made:
            self._made[key] = self._make(key)
        return self._made[key]

    def _make(self, key: str) -> Any:
        host, site = self._host, self._host.site
        if key != "posts" and key in self.labels():
            return list(host.documents().get(key, []))
        made: dict[str, Callable[[], Any]] = {
            "data": lambda: site.data, "time": lambda: site.time,
            "posts": lambda: list(host.documents().get("posts", [])),
            "pages": lambda: list(host.pages()),
            "html_pages": lambda: [page for page in host.pages()
                                   if str(page.get("url", "")).endswith((".html", "/"))],
            "static_files": list, "config": lambda: None,
            "documents": lambda: [doc for docs in host.documents().values() for doc in docs],
            "collections": self._collections,
            "categories": lambda: self._grouped("categories"),
            "tags": lambda: self._grouped("tags"),
        }
        if key in made:
            return made[key]()
        return site.config[key]

    def _collections(self) -> list[dict[str, Any]]:
        site = self._host.site
        config = site.config.get("collections")
        folder = str(site.config.get("collections_dir") or "").strip("/")
        out = []
        for label in sorted(self.labels()):
            meta = config.get(label) if isinstance(config, Mapping) else None
            relative = f"{folder}/_{label}" if folder else f"_{label}"
            entry = dict(meta) if isinstance(meta, Mapping) else {}
            entry.update({"label": label, "docs": list(self._host.documents().get(label, [])),
                          "files": [], "relative_directory": relative,
                          "directory": str(site.root / relative),
                          "output": bool(entry.get("output", label == "posts"))})
            out.append(entry)
        return out

    def _grouped(self, key: str) -> dict[str, list[Mapping[str, Any]]]:
        """Jekyll's post_attr_hash: name -> posts, names in the order the oldest post has them."""
        grouped: dict[str, list[Mapping[str, Any]]] = {}
        for post in reversed(self._host.documents().get("posts", [])):
            names = post.get(key) or []
            for name in names if isinstance(names, list | tuple) else [names]:
                grouped.setdefault(name, []).insert(0, post)
        return grouped

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys([*self._host.site.config, *self._ADDED]))

    def __len__(self) -> int:
        return len(list(iter(self)))

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and (key in self._ADDED or key in self.labels()
                                         or key in self._host.site.config)


class PageDrop(Mapping[str, Any]):
    """`page`: the document's variables, and its neighbours in its collection when asked."""

    def __init__(self, page: Mapping[str, Any], host: Liquid) -> None:
        self._page = page
        self._host = host

    def __getitem__(self, key: str) -> Any:
        if key in self._page:
            return self._page[key]
        if key in ("next", "previous") and self._page.get("collection"):
            return self._neighbour(key)
        raise KeyError(key)

    def _neighbour(self, key: str) -> Mapping[str, Any] | None:
        label = str(self._page.get("collection"))
        docs = list(self._host.documents().get(label, []))
        if label == "posts":
            docs.reverse()  # posts come newest first; Jekyll's neighbours go oldest first
        paths = [doc.get("path") for doc in docs]
        try:
            index = paths.index(self._page.get("path"))
        except ValueError:
            return None
        index += 1 if key == "next" else -1
        return docs[index] if 0 <= index < len(docs) else None

    def __iter__(self) -> Iterator[str]:
        return iter(self._page)

    def __len__(self) -> int:
        return len(self._page)

    def __contains__(self, key: object) -> bool:
        return key in self._page or (key in ("next", "previous")
                                     and bool(self._page.get("collection")))


__all__ = ["Liquid", "LiquidSite", "has_liquid"]
