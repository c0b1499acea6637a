"""The inline pass of the general path (`InlinePass.inline_text`): the text of a paragraph,
header or cell with kramdown's span syntax made placeholders, for pyromark to render the rest.
Span IALs, extensions, footnote markers, code spans, inline math, autolinks and link
destinations, span HTML with kramdown's rules, kramdown's smart quotes and guillemets, and the
characters pulldown-cmark gives a meaning kramdown does not (a single `~`, some backslashes);
emphasis is emphasis.py's."""

from __future__ import annotations

import html
import re

from herald.load.markdown.attributes import attribute_list
from herald.load.markdown.code import code_span_tag, math_html
from herald.load.markdown.emphasis import emphasized
from herald.load.markdown.html_text import (
    escaped_attribute,
    escaped_html,
    escaped_text,
    escaped_text_between_tags,
    html_attributes,
    with_attributes,
)
from herald.load.markdown.options import MarkdownOptions
from herald.load.markdown.placeholders import TOKEN, Token
from herald.load.markdown.quotes import smart_quote, smart_quote_chars
from herald.load.markdown.rendering import Rendering
from herald.load.markdown.syntax import (
    ALD_ANY_CHARS,
    ALD_ID_NAME,
    BLOCK_ELEMENTS,
    EXT_START,
    HTML_COMMENT,
    HTML_ELEMENTS,
    HTML_TAG,
    HTML_TAG_CLOSE,
    MARKDOWN_ATTRIBUTE,
    VOID_ELEMENTS,
    S,
    content_model,
    element_name,
    html_attributes_of,
)

# Where the inline pass has something to do: escapes, code spans, math, IALs and extensions,
# footnote markers, link destinations, HTML, guillemets, tildes, quotes, placeholder marks.
_INLINE_START = re.compile("[\\\\`${\\[\\]<>~\"'\u2e2b-\u2e2d]")
# ...and where the site's typographic symbols replace dashes and ellipses, those too; `-{4,}`
# (runs of hyphens kramdown writes as dashes) for text that has such a run
_INLINE_STARTS = {remap: (start, re.compile(start.pattern + "|-{4,}")) for remap, start in (
    (False, _INLINE_START), (True, re.compile("[–—…" + _INLINE_START.pattern[1:])))}
_MARK_REFERENCE = re.compile(r"&#(?:[xX]0*2[eE]2[bBcCdD]|0*1182[01]|0*11819);")
_QUOTES_NEED_CONTEXT = re.compile(r"[`<{\\$]|\]\(")
_QUOTE_AFTER_WORD = re.compile(r"(?<=[^\W_])['\"]")
_EXT_SPAN_START = re.compile(rf"{EXT_START}|\{{:/({ALD_ID_NAME})?\}}")
_IAL_SPAN_START = re.compile(rf"\{{:({ALD_ANY_CHARS}+)\}}")
_FOOTNOTE_MARKER = re.compile(rf"\[\^({ALD_ID_NAME})\]")
_AUTOLINK = re.compile(r"<((mailto|https?|ftps?):.+?|[\w.\-]+?@[\w.\-]+?)>")
_BRACKET = re.compile(r"\\.|[\[\]]", re.S)
_ESCAPED_CHAR = re.compile(r"\\([\\.*_+`<>()\[\]{}#!:|\"'$=\-~])")
_NEWLINES = re.compile(r"\n+")
_DESTINATION_AT_MOST = 2000  # characters: a longer destination is taken for text
_SAFE_DESTINATION = re.compile(r"[A-Za-z0-9!#$%*+,\-./:;=?@^_~]*")
_PLAIN_DESTINATION = re.compile(r"\]\(([^\s()<>]*)\)")
_ANGLE_DESTINATION = re.compile(r"\]\(<(.*?)>\)")
_LINK_INLINE_TITLE = re.compile(r"\s*?([\"'])(.+?)\1\s*?\)", re.S)


class InlinePass(Rendering):
    """A rendering's inline pass: span syntax made placeholders."""

    def __init__(self, options: MarkdownOptions) -> None:
        super().__init__(options)
        self.inline_start, self.inline_start_dashes = _INLINE_STARTS[self.remap is not None]
        self.quotes = smart_quote_chars(options.smart_quotes)

    def inline_text(self, text: str) -> str:
        """The inline text of a block with kramdown's span syntax made placeholders."""
        inline_start = self.inline_start_dashes if "----" in text else self.inline_start
        hard_wrap = self.options.hard_wrap
        if "&#" in text:  # a reference to a placeholder mark is the mark itself, as text
            text = _MARK_REFERENCE.sub(lambda m: self.literal(html.unescape(m[0])), text)
        if ("'" in text or '"' in text) and not _QUOTES_NEED_CONTEXT.search(text):
            # no code, tags or destinations here: a quote after a letter or digit is a closing
            # one (kramdown's rule for a quote after plain text), the rest take the long way
            text = _QUOTE_AFTER_WORD.sub(self.closing_quote, text)
        if not inline_start.search(text):
            return emphasized(self.hard_wrapped(text) if hard_wrap else text, self)
        out: list[str] = []
        stack: list[tuple[str, int]] = []  # open span elements and their start tag's placeholder
        pos = 0
        while (start := inline_start.search(text, pos)) is not None:
            at = start.start()
            pos_before = pos
            out.append(self.hard_wrapped(text[pos:at]) if hard_wrap else text[pos:at])
            char = text[at]
            pos = at + 1
            if char == "\\":
                following = text[at + 1:at + 2]
                if following and following in "%&,/;?@^":
                    out.append(self.literal("\\"))
                else:
                    out.append(text[at:at + 2])
                    pos = at + 2
            elif char == "`":
                pos = self.read_code_span(text, at, out)
            elif char == "$":
                pos = self.read_inline_math(text, at, out)
            elif char == "{":
                pos = self.read_span_extension(text, at, out)
            elif char == "[":
                pos = self.read_footnote_marker(text, at, out)
            elif char == "]":
                pos = self.read_link_destination(text, at, out)
            elif char == "<":
                pos = self.read_span_html(text, at, out, stack)
            elif char == ">":
                pos = self.read_right_guillemet(text, at, out)
            elif char == "~":
                end = at
                while end < len(text) and text[end] == "~":
                    end += 1
                out.append(self.literal("~") if end - at == 1 else text[at:end])
                pos = end
            elif char in "\"'":
                pos = self.read_smart_quote(text, at, out, at > pos_before)
            elif char == "-":
                run = start.end() - at
                out.append("—" * (run // 3) + ("–" if run % 3 == 2 else "-" * (run % 3)))
                pos = start.end()
            else:  # a placeholder mark in the input, or a typographic one the options remap
                out.append(self.literal(char))
        out.append(self.hard_wrapped(text[pos:]))
        out.extend(self.inline(f"</{name}>", "") for name, _ in reversed(stack))
        return emphasized("".join(out), self)

    def read_smart_quote(self, text: str, at: int, out: list[str], after_text: bool) -> int:
        """kramdown's smart quote for the quote at `at` (see smart_quote)."""
        quoted, end = smart_quote(text, at, after_text, self.quotes)
        out.append(quoted)
        return end

    def closing_quote(self, match: re.Match[str]) -> str:
        return self.quotes[1] if match[0] == "'" else self.quotes[3]

    def hard_wrapped(self, text: str) -> str:
        """GFM's hard_wrap: every line break of the text is a <br />."""
        if not self.options.hard_wrap or "\n" not in text:
            return text
        return text.replace("\n", self.inline("<br />", "") + "\n")

    def read_code_span(self, text: str, at: int, out: list[str]) -> int:
        """kramdown's parse_codespan: a lone backtick between spaces is text."""
        end = at
        while end < len(text) and text[end] == "`":
            end += 1
        run = text[at:end]
        if len(run) == 1 and (at == 0 or text[at - 1] in " \t\n\v\f\r") \
                and end < len(text) and text[end] in " \t\n\v\f\r":
            out.append(self.literal("`"))
            return end
        close = text.find(run, end)
        if close < 0:
            out.append(self.inline(run, run))
            return end
        value = text[end:close]
        if len(run) > 1:
            value = value.removeprefix(" ").removesuffix(" ")
        attrs = ' class="language-plaintext highlighter-rouge"' \
            if self.options.syntax_highlighter == "rouge" else ""
        out.append(self.inline(f"<code{attrs}>{escaped_html(value)}</code>",
                               text[at:close + len(run)]))
        return close + len(run)

    def read_inline_math(self, text: str, at: int, out: list[str]) -> int:
        if text.startswith("$$", at) and (end := text.find("$$", at + 2)) >= 0:
            math = math_html(text[at + 2:end].strip(), {}, False, self.options)
            out.append(self.inline(math, text[at:end + 2]))
            return end + 2
        out.append("$")
        return at + 1

    def read_span_extension(self, text: str, at: int, out: list[str]) -> int:
        """A span extension or span IAL at `at` ({:...}), or a plain brace."""
        if not text.startswith("{:", at):
            out.append("{")
            return at + 1
        if match := _EXT_SPAN_START.match(text, at):
            return self.read_span_extension_tag(text, match, out)
        if match := _IAL_SPAN_START.match(text, at):
            attrs = self.attrs_of(attribute_list(match[1]))
            while out and not out[-1]:
                out.pop()
            previous = TOKEN.fullmatch(out[-1]) if out else None
            if previous and (token := self.token_at(previous[1])).kind == "ial":
                for key, value in attrs.items():  # a second IAL after the same element
                    token.attrs = token.attrs or {}
                    token.attrs[key] = f"{token.attrs.get(key, '')} {value}".lstrip() \
                        if key == "class" else value
                token.literal += match[0]
            elif not (out and self.attributes_given(out[-1], attrs)):
                out.append(self.token(Token("ial", literal=match[0], attrs=attrs)))
                self.span_ials.append(len(self.tokens) - 1)
            return match.end()
        out.append(self.literal("{"))
        return at + 1

    def read_span_extension_tag(self, text: str, match: re.Match[str], out: list[str]) -> int:
        at = match.start()
        if match[4] is not None or match[0] == "{:/}":
            out.append(self.literal("{"))
            return at + 1
        name, end, body = match[1], match.end(), None
        if not match[3]:
            if not (stop := re.compile(rf"\{{:/(?:{re.escape(name)})?\}}").search(text, end)):
                out.append(self.literal("{"))
                return at + 1
            body, end = text[end:stop.start()], stop.end()
        options = attribute_list(match[2] or "")
        literal = text[at:end]
        if name == "comment":
            out.append(self.inline(f"<!-- {body} -->" if body is not None else "", literal))
        elif name == "nomarkdown":
            kinds = options.attrs.get("type", "").split()
            wanted = body is not None and (not kinds or "html" in kinds)
            out.append(self.inline(body if wanted and body is not None else "", literal))
        elif name == "options":
            self.set_inline_options(options.attrs)
            out.append(self.inline("", literal))
        else:
            out.append(self.literal("{"))
            return at + 1
        return end

    def attributes_given(self, previous: str, attrs: dict[str, str]) -> bool:
        """A span IAL applied to the element a placeholder stands for, when `previous` is one
        (a code span, an HTML element's end tag, an autolink)."""
        if not (match := TOKEN.fullmatch(previous)):
            return False
        token = self.token_at(match[1])
        if token.kind != "inline" or not token.html.startswith("<") or token.html[1:2] == "!":
            return False
        if token.name:
            token = self.tokens[int(token.name)]
        end = token.html.find(">") + 1
        if token.html.startswith("<code"):
            merged = dict(token.attrs or {})
            for key, value in attrs.items():
                merged[key] = f"{merged.get(key, '')} {value}".lstrip() if key == "class" \
                    else value
            token.attrs = merged
            tag = code_span_tag(with_attributes("<code>", merged), self.options)
        else:
            tag = with_attributes(token.html[:end], attrs)
        token.html = tag + token.html[end:]
        return True

    def read_footnote_marker(self, text: str, at: int, out: list[str]) -> int:
        """A footnote marker at `at`, or the alt text of an inline image (kramdown's alt text is
        the source text, escapes taken out, not rendered Markdown)."""
        match = _FOOTNOTE_MARKER.match(text, at) \
            if self.footnotes and text.startswith("[^", at) else None
        if match and match[1] in self.footnotes:
            out.append(self.token(Token("fnref", name=match[1], literal=match[0])))
            return match.end()
        out.append("[")
        if at and text[at - 1] == "!" and (end := _closing_bracket(text, at)) > 0 \
                and text.startswith("](", end) and end > at + 1:
            alt = _ESCAPED_CHAR.sub(r"\1", text[at + 1:end])
            out.append(self.inline(escaped_html(alt), alt))
            return end
        return at + 1

    def read_link_destination(self, text: str, at: int, out: list[str]) -> int:
        """The destination after `](` as kramdown's parse_link finds it (spaces, line breaks and
        all), made a placeholder that comes back as it is in the href."""
        if not text.startswith("](", at) or text.rfind("[", 0, at) < 0:
            out.append("]")
            return at + 1
        if match := _PLAIN_DESTINATION.match(text, at):
            out.append("](" + self.destination_markdown(match[1]) + ")")
            return match.end()
        if text.startswith("<", at + 2):
            if match := _ANGLE_DESTINATION.match(text, at):
                out.append("](" + self.destination_markdown(match[1]) + ")")
                return match.end()
            out.append("]")
            return at + 1
        depth, pos = 1, at + 2
        end = min(len(text), pos + _DESTINATION_AT_MOST)
        if text.find(")", pos, end) < 0:
            out.append("]")
            return at + 1
        while pos < end:
            char = text[pos]
            if char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
                if not depth:
                    break
            elif char in " \t\n" and text[pos + 1:pos + 2] in ('"', "'"):
                break
            pos += 1
        if pos >= end:
            out.append("]")
            return at + 1
        url = text[at + 2:pos].strip(" \t\n\v\f\r")
        if text[pos] == ")":
            out.append("](" + self.destination_markdown(url) + ")")
            return pos + 1
        if title := _LINK_INLINE_TITLE.match(text, pos):
            out.append(f"]({self.destination_markdown(url)} \""
                       + re.sub(r'(["\\])', r"\\\1", title[2]) + '")')
            return title.end()
        out.append("]")
        return at + 1

    def destination_markdown(self, url: str) -> str:
        """A link destination as pyromark is to be given it: as it is when pyromark writes it
        as kramdown does, else a placeholder that comes back as it is."""
        if _SAFE_DESTINATION.fullmatch(url):
            return url
        return self.inline(escaped_html(url), url)

    def read_right_guillemet(self, text: str, at: int, out: list[str]) -> int:
        if not text.startswith(">>", at):
            out.append(">")
            return at + 1
        if out and out[-1].endswith(" "):
            out[-1] = out[-1][:-1]
            out.append(self.inline("\u00a0»", " >>"))
        else:
            out.append(self.inline("»", ">>"))
        return at + 2

    def read_span_html(self, text: str, at: int, out: list[str],
                  stack: list[tuple[str, int]]) -> int:
        """Guillemets, autolinks and span-level HTML at `at`, as kramdown reads them."""
        if text.startswith("<<", at):
            if text.startswith("<< ", at):
                out.append(self.inline("«\u00a0", "<< "))
                return at + 3
            out.append(self.inline("«", "<<"))
            return at + 2
        if match := _AUTOLINK.match(text, at):
            href = match[1] if match[2] else "mailto:" + match[1]
            shown = re.sub(r"^mailto:", "", match[1])
            out.append(self.inline(f'<a href="{escaped_attribute(href)}">'
                                   f"{escaped_text(shown)}</a>", match[0]))
            return match.end()
        if text.startswith("<!--", at) and text.find("-->", at + 4) >= 0 \
                and (match := HTML_COMMENT.match(text, at)):
            out.append(self.inline(match[0], match[0]))
            return match.end()
        if match := HTML_TAG_CLOSE.match(text, at):
            name = match[1]
            if stack and stack[-1][0] == (name.lower() if stack[-1][0] in HTML_ELEMENTS
                                          else name):
                open_name, opening = stack.pop()
                out.append(self.token(Token("inline", f"</{open_name}>", match[0],
                                             name=str(opening))))
            else:  # an end tag of no open element: kramdown shows it
                out.append(self.inline(escaped_text(match[0]), match[0]))
            return match.end()
        if match := HTML_TAG.match(text, at):
            return self.read_span_element(text, match, out, stack)
        out.append(self.literal("<"))
        return at + 1

    def read_span_element(self, text: str, tag: re.Match[str], out: list[str],
                     stack: list[tuple[str, int]]) -> int:
        """kramdown's parse_span_html for a start tag."""
        name = element_name(tag[1])
        if name in BLOCK_ELEMENTS:  # a block tag in text: kramdown shows it
            out.append(self.inline(escaped_text(tag[0]), tag[0]))
            return tag.end()
        attrs = {key: _NEWLINES.sub(" ", value) for key, value in
                 html_attributes_of(tag[2], name in HTML_ELEMENTS).items()}
        parse = self.parse_span_html and content_model(name) != "raw"
        wanted = MARKDOWN_ATTRIBUTE.get(attrs.pop("markdown", ""), "")
        if wanted in ("span", "default", "raw"):
            parse = wanted == "span" or (wanted == "default" and content_model(name) != "raw")
        opening = f"<{name}{html_attributes(attrs)}"
        if tag[4] is not None or name in VOID_ELEMENTS:
            ending = " />" if name in VOID_ELEMENTS else f"></{name}>"
            out.append(self.inline(opening + ending, tag[0]))
            return tag.end()
        if parse:
            out.append(self.inline(opening + ">", tag[0]))
            stack.append((name, len(self.tokens) - 1))
            return tag.end()
        end = re.compile(rf"</{re.escape(name)}{S}*>",
                         re.I if name in HTML_ELEMENTS else 0).search(text, tag.end())
        stop = end.end() if end else len(text)
        content = escaped_text_between_tags(text[tag.end():end.start() if end else len(text)])
        out.append(self.inline(f"{opening}>{content}</{name}>", text[tag.start():stop]))
        return stop


def _closing_bracket(text: str, at: int) -> int:
    """Where the ] is that closes the [ at `at` (nested brackets counted, escaped ones not),
    or -1."""
    depth = 0
    for match in _BRACKET.finditer(text, at):
        if match[0] == "[":
            depth += 1
        elif match[0] == "]":
            depth -= 1
            if not depth:
                return match.start()
    return -1
