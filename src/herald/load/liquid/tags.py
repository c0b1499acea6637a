"""Jekyll's Liquid tags (include, include_relative, link, post_url, highlight), the tags that stand
in for a plugin's, and output that shows values as Ruby shows them."""

from __future__ import annotations

import bisect
import html
import re
from contextlib import AbstractContextManager
from io import StringIO
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from liquid import BoundTemplate, Environment, Undefined
from liquid.ast import BlockNode, Node
from liquid.builtin.output import Output, OutputNode
from liquid.builtin.tags.echo_tag import EchoNode, EchoTag
from liquid.builtin.tags.for_tag import ForNode, ForTag
from liquid.exceptions import LiquidError, LiquidSyntaxError
from liquid.expression import Expression
from liquid.parser import get_parser
from liquid.tag import Tag
from liquid.token import (
    TOKEN_DOC,
    TOKEN_EOF,
    TOKEN_EXPRESSION,
    TOKEN_ILLEGAL,
    TOKEN_TAG,
    Token,
)

from herald.load.liquid import ruby

if TYPE_CHECKING:
    from liquid import RenderContext
    from liquid.stream import TokenStream

# Jekyll's IncludeTag syntax (Ruby's \w and \s are ASCII)
_PARAM = (r"""([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'"""
          r"""|([\w.-]+))""")
PARAM = re.compile(_PARAM, re.ASCII)
PARAMS = re.compile(rf"\s*(?:{_PARAM}(?=\s|\Z)\s*)*\Z", re.ASCII)
VARIABLE_FILE = re.compile(r"(?P<variable>[^{]*(\{\{\s*[\w\-.]+\s*(\|.*)?\}\}[^\s{}]*)+)"
                           r"(?P<params>.*)", re.ASCII | re.DOTALL)
FILE_NAME = re.compile(r"[\w/.\-()+~#@]+", re.ASCII)
BAD_SEQUENCE = re.compile(r"[./]{2,}")
POST_NAME = re.compile(r"(.+/)*(\d+-\d+-\d+)-(.*)", re.DOTALL)
HIGHLIGHT = re.compile(r"([a-zA-Z0-9.+#_-]+)((\s+\w+(=(\w+|\"([0-9]+\s)*[0-9]+\"))?)*)", re.ASCII)
HIGHLIGHT_OPTION = re.compile(r'(?:\w="[^"]*"|\w=\w|\w)+', re.ASCII)
EDGE_NEWLINES = re.compile(r"\A[\n\r]+|[\n\r]+\Z")
FLOAT_LITERAL = re.compile(r"-?\d[\d.]+", re.ASCII)
INTEGER_LITERAL = re.compile(r"-?\d+", re.ASCII)
# Ruby Liquid's lax For syntax and tag attributes
QUOTED_FRAGMENT = r"""(?:"[^"]*"|'[^']*'|(?:[^\s,|'"]|"[^"]*"|'[^']*')+)"""
LAX_FOR = re.compile(rf"\s*([\w\-]+)\s+in\s+({QUOTED_FRAGMENT}+)\s*(reversed)?")
LAX_ATTRIBUTE = re.compile(rf"(\w[\w-]*)\s*:\s*({QUOTED_FRAGMENT})")
LITERALS: dict[str, Any] = {"nil": None, "null": None, "true": True, "false": False,
                            "empty": "", "blank": ""}
# tags that only mean something inside a block of a standard tag
INNER_TAGS = frozenset(("else", "elsif", "when"))
MAX_ITEMS = 1_000_000  # items a for loop may walk


class PluginTagError(LiquidError):
    """A tag that belongs to a plugin herald does not have (not an error in the author's text)."""

    def __init__(self, name: str, *, block: bool, token: Token) -> None:
        super().__init__(name, token=token)
        self.name = name
        self.block = block


class MissingIncludeError(LiquidError):
    """An include whose file does not exist."""


class RunawayError(Exception):
    """Liquid that does more work than any page needs; it stops the render."""

    reported = False  # set once the innermost template has said where it happened


class TagHost(Protocol):
    """What the tags need from the site they render for."""

    def include(self, name: str, *, relative: bool, token: Token) -> BoundTemplate: ...

    def entering(self, name: str, token: Token) -> AbstractContextManager[None]: ...

    def link(self, path: str) -> str | None: ...

    def post_url(self, folder: str, day: str, slug: str) -> str | None: ...

    def spend(self, steps: int) -> None: ...

    def warn(self, message: str, token: Token | None) -> None: ...


def host_of(env: Environment) -> TagHost:
    host: TagHost = env.host  # type: ignore[attr-defined]
    return host


def tag_markup(stream: TokenStream) -> tuple[Token, str]:
    """The tag token and its text; leaves the stream on the tag's last token."""
    token = stream.current
    if stream.peek.kind == TOKEN_EXPRESSION:
        next(stream)
        return token, stream.current.value
    return token, ""


def render_text(template: BoundTemplate, context: RenderContext) -> str:
    buffer = StringIO()
    template.render_with_context(context, buffer, partial=True)
    return buffer.getvalue()


# output


class RubyOutputNode(OutputNode):
    """`{{ value }}` shown as Ruby's Liquid shows it (arrays joined, times as Time#to_s)."""

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        return buffer.write(ruby.output(self.expression.evaluate(context)))


class RubyEchoNode(EchoNode):
    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        return buffer.write(ruby.output(self.expression.evaluate(context)))


class RubyOutput(Output):
    node_class = RubyOutputNode


class RubyEcho(EchoTag):
    node_class = RubyEchoNode


# for loops with a bound


class BoundedIterable(Expression):
    """A loop's iterable that refuses to be longer than MAX_ITEMS (a range like (1..1e9))."""

    __slots__ = ("inner",)

    def __init__(self, inner: Expression) -> None:
        super().__init__(inner.token)
        self.inner = inner

    def __str__(self) -> str:
        return str(self.inner)

    def evaluate(self, context: RenderContext) -> object:
        value = self.inner.evaluate(context)
        if isinstance(value, range | list | tuple) and len(value) > MAX_ITEMS:
            raise LiquidError(f"the loop is over more than {MAX_ITEMS:,} items",
                              token=self.token)
        return value

    def children(self) -> list[Expression]:
        return [self.inner]


class BoundedForTag(ForTag):
    """`for`, bounded, and read as Ruby's lax parser reads it when it is not strict Liquid."""

    def parse(self, stream: TokenStream) -> Node:
        start = stream.pos
        try:
            node = super().parse(stream)
        except LiquidSyntaxError:
            expression = stream.tokens[start + 1] if start + 1 < len(stream.tokens) else None
            lax = lax_loop(expression.value) if expression is not None and \
                expression.kind == TOKEN_EXPRESSION else None
            if lax is None or expression is None or lax == expression.value:
                raise
            stream.pos = start
            stream.tokens[start + 1] = expression._replace(value=lax)
            node = super().parse(stream)
            host_of(self.env).warn(
                f"`{{% for {' '.join(expression.value.split())} %}}` is not strict Liquid; "
                f"herald reads it as Jekyll does, as `{{% for {lax} %}}`; write it so",
                stream.tokens[start])
        if isinstance(node, ForNode):
            node.expression.iterable = BoundedIterable(node.expression.iterable)
        return node


def lax_loop(markup: str) -> str | None:
    """A for loop's markup as Ruby Liquid's lax parser understands it: the variable, the
    collection, `reversed`, `limit:` and `offset:`; anything else is ignored."""
    matched = LAX_FOR.match(markup)
    if not matched:
        return None
    variable, collection, backwards = matched.groups()
    parts = [variable, "in", collection] + (["reversed"] if backwards else [])
    for key, value in LAX_ATTRIBUTE.findall(markup):
        if key in ("limit", "offset"):
            parts.append(f"{key}:{value}")
    return " ".join(parts)


# tags herald does not have


class PluginTag(Tag):
    """Any tag herald does not know: a plugin's. It and its block render as nothing."""

    name = TOKEN_ILLEGAL
    block = False

    def parse(self, stream: TokenStream) -> Node:
        token = stream.current
        if token.kind == TOKEN_DOC:  # {% doc %}...{% enddoc %}, which Liquid 5.4 does not have
            raise PluginTagError("doc", block=True, token=token)
        if token.kind != TOKEN_TAG:
            raise LiquidSyntaxError("unexpected Liquid", token=token)
        name = token.value
        if name == "raw":
            raise LiquidSyntaxError("`{% raw %}` is not closed; add {% endraw %} after the text",
                                    token=token)
        if name in INNER_TAGS or name.startswith("end"):
            raise LiquidSyntaxError(f"`{{% {name} %}}` belongs to no open block here; "
                                    "remove it or add its opening tag", token=token)
        tag_markup(stream)
        end = _end_tag(stream, name)
        if end is not None:
            stream.pos = end
        raise PluginTagError(name, block=end is not None, token=token)


def _end_tag(stream: TokenStream, name: str) -> int | None:
    """Where `{% endNAME %}` is after the stream's position, if anywhere."""
    index: dict[str, list[int]] | None = getattr(stream, "herald_tag_index", None)
    if index is None:
        index = {}
        for position, token in enumerate(stream.tokens):
            if token.kind == TOKEN_TAG:
                index.setdefault(token.value, []).append(position)
        stream.herald_tag_index = index  # type: ignore[attr-defined]
    positions = index.get("end" + name, [])
    found = bisect.bisect_right(positions, stream.pos)
    return positions[found] if found < len(positions) else None


# include and include_relative


class IncludeNode(Node):
    """Jekyll's `{% include file.ext key="value" other=page.x %}`."""

    __slots__ = ("file", "file_template", "params", "relative")

    def __init__(self, token: Token, file: str, file_template: BoundTemplate | None,
                 params: list[tuple[str, str | None, str | None]] | None,
                 relative: bool) -> None:
        super().__init__(token)
        self.file = file
        self.file_template = file_template
        self.params = params
        self.relative = relative
        self.blank = False

    def __str__(self) -> str:
        return f"{{% {self.token.value} {self.file} %}}"

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        host = host_of(context.env)
        name = render_text(self.file_template, context).strip() if self.file_template \
            else self.file
        if BAD_SEQUENCE.search(name) or not FILE_NAME.fullmatch(name):
            raise LiquidError(f"the include file name '{name}' has characters or sequences "
                              "(such as ..) that Jekyll refuses; name the file plainly",
                              token=self.token)
        template = host.include(name, relative=self.relative, token=self.token)
        namespace: dict[str, object] = {}
        if self.params is not None:
            namespace["include"] = {key: _param_value(context, quoted, variable)
                                    for key, quoted, variable in self.params}
        with host.entering(template.name or name, self.token), \
                context.extend(namespace, template=template):
            template.render_with_context(context, buffer, partial=True)
        return 1


def _param_value(context: RenderContext, quoted: str | None, variable: str | None) -> Any:
    if quoted is not None:
        return quoted
    return lookup(context, variable or "")


def lookup(context: RenderContext, text: str) -> Any:
    """Ruby Liquid's `context[text]` for what an include parameter may hold: a literal or a.b.c."""
    if text in LITERALS:
        return LITERALS[text]
    if INTEGER_LITERAL.fullmatch(text):
        return int(text)
    if FLOAT_LITERAL.fullmatch(text):
        return float(re.match(r"-?\d+(?:\.\d+)?", text).group())  # type: ignore[union-attr]
    path: list[object] = [part for part in text.split(".") if part]
    if not path:
        return None
    value = context.get(path, token=None, default=None)
    return None if isinstance(value, Undefined) else value


class IncludeTag(Tag):
    name = "include"
    block = False
    relative = False

    def parse(self, stream: TokenStream) -> Node:
        token, markup = tag_markup(stream)
        markup = markup.strip()
        if not markup:
            raise LiquidSyntaxError(f"`{{% {self.name} %}}` needs a file name, as in "
                                    f"{{% {self.name} file.html %}}", token=token)
        matched = VARIABLE_FILE.match(markup)
        if matched:
            file, params = matched.group("variable").strip(), matched.group("params").strip()
        else:
            file, _, params = markup.partition(" ")
            file, params = file.strip(), params.strip()
        if params and not PARAMS.match(params):
            raise LiquidSyntaxError(f"the parameters of `{{% {self.name} %}}` are not "
                                    "key=\"value\" or key=variable pairs", token=token)
        file_template = self.env.from_string(file) if matched else None
        pairs = [_param(match) for match in PARAM.finditer(params)] if params or matched \
            else None
        return IncludeNode(token, file, file_template, pairs, self.relative)


def _param(match: re.Match[str]) -> tuple[str, str | None, str | None]:
    """A parameter's name and either its quoted text or the variable it names."""
    key, double, single, variable = match.groups()
    if double is not None:
        return key, double.replace('\\"', '"'), None
    if single is not None:
        return key, single.replace("\\'", "'"), None
    return key, None, variable


class IncludeRelativeTag(IncludeTag):
    name = "include_relative"
    relative = True


# link and post_url


class LinkNode(Node):
    __slots__ = ("path",)

    def __init__(self, token: Token, path: BoundTemplate) -> None:
        super().__init__(token)
        self.path = path
        self.blank = False

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        path = render_text(self.path, context).strip()
        url = host_of(context.env).link(path)
        if url is None:
            raise LiquidError(f"`{{% link {path} %}}` names no document, page or file of the "
                              "site; correct the path (it is relative to the site's folder)",
                              token=self.token)
        return buffer.write(url)


class LinkTag(Tag):
    name = "link"
    block = False

    def parse(self, stream: TokenStream) -> Node:
        token, markup = tag_markup(stream)
        return LinkNode(token, self.env.from_string(markup.strip()))


class PostUrlNode(Node):
    __slots__ = ("folder", "day", "slug", "text")

    def __init__(self, token: Token, text: str, folder: str, day: str, slug: str) -> None:
        super().__init__(token)
        self.text, self.folder, self.day, self.slug = text, folder, day, slug
        self.blank = False

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        url = host_of(context.env).post_url(self.folder, self.day, self.slug)
        if url is None:
            raise LiquidError(f"`{{% post_url {self.text} %}}` names no post; write the post's "
                              "file name without its extension", token=self.token)
        return buffer.write(url)


class PostUrlTag(Tag):
    name = "post_url"
    block = False

    def parse(self, stream: TokenStream) -> Node:
        token, markup = tag_markup(stream)
        text = markup.strip()
        matched = POST_NAME.fullmatch(text.removeprefix("/"))
        if not matched:
            raise LiquidSyntaxError(f"`{{% post_url {text} %}}` needs a post's name as "
                                    "YYYY-MM-DD-title", token=token)
        folder, day, slug = matched.groups()
        return PostUrlNode(token, text, folder or "", day, slug)


# highlight


class HighlightNode(Node):
    """A code block as Jekyll writes it with Rouge, without Rouge's colouring spans."""

    __slots__ = ("lang", "line_numbers", "block")

    def __init__(self, token: Token, lang: str, line_numbers: bool, block: BlockNode) -> None:
        super().__init__(token)
        self.lang, self.line_numbers, self.block = lang, line_numbers, block
        self.blank = False

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        inner = StringIO()
        self.block.render(context, inner)
        code = EDGE_NEWLINES.sub("", inner.getvalue())
        escaped = html.escape(code, quote=False)
        if self.line_numbers:
            escaped = _line_table(escaped)
        prefix = ruby.output(context.resolve("highlighter_prefix", default=None))
        suffix = ruby.output(context.resolve("highlighter_suffix", default=None))
        attributes = f'class="language-{self.lang.replace("+", "-")}" data-lang="{self.lang}"'
        return buffer.write(f'{prefix}<figure class="highlight"><pre><code {attributes}>'
                            f"{escaped.removesuffix(chr(10))}</code></pre></figure>{suffix}")


def _line_table(code: str) -> str:
    """Rouge's HTMLTable: a gutter of line numbers beside the code."""
    if not code.endswith("\n"):
        code += "\n"
    numbers = "\n".join(str(number) for number in range(1, code.count("\n") + 1)) + "\n"
    return ('<table class="rouge-table"><tbody><tr><td class="gutter gl">'
            f'<pre class="lineno">{numbers}</pre></td><td class="code"><pre>{code}</pre></td>'
            "</tr></tbody></table>")


class HighlightTag(Tag):
    name = "highlight"
    end = "endhighlight"

    def parse(self, stream: TokenStream) -> Node:
        token, markup = tag_markup(stream)
        matched = HIGHLIGHT.fullmatch(markup.strip())
        if not matched:
            raise LiquidSyntaxError("`{% highlight %}` needs a language and may have options, "
                                    "as in {% highlight ruby linenos %}", token=token)
        options = {}
        for option in HIGHLIGHT_OPTION.findall(matched.group(2)):
            key, _, value = option.partition("=")
            options[key] = value or True
        next(stream)
        block = get_parser(self.env).parse_block(stream, (self.end, TOKEN_EOF))
        stream.expect(TOKEN_TAG, value=self.end)
        return HighlightNode(token, matched.group(1).lower(), bool(options.get("linenos")),
                             block)


def register(env: Environment) -> None:
    """Put Jekyll's tags on the environment; drop those Jekyll's Liquid 5.4 does not have."""
    for name in ("render", "doc"):
        env.tags.pop(name, None)
    for tag in (RubyOutput, RubyEcho, BoundedForTag, PluginTag, IncludeTag, IncludeRelativeTag,
                LinkTag, PostUrlTag, HighlightTag):
        env.add_tag(tag)

