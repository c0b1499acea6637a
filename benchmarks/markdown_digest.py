#!/usr/bin/env python3
"""One SHA-256 over everything herald's Markdown renders: a change that should change no output
(a refactor, a speed-up) must leave it as it was.

Usage:
    python benchmarks/markdown_digest.py [--sites DIR] [--dump FILE] [--random N]

Rendered, in a fixed order:
* every .md and .markdown file of every site folder in DIR (default: ../shared/sites next to the
  repository) and of every fixture site under tests/fixtures/jekyll/, the body after the front
  matter, with the site's `kramdown:` options from its _config.yml (Liquid and all);
* N documents (default 4000) joined from Markdown and kramdown fragments by a random generator
  with a fixed seed, each rendered with Jekyll's defaults and with one of a few other option
  sets in turn.

Printed: how many documents, and the digest over each document's name and output (or the kind
of exception it raised). --dump FILE writes one line per document, its name and the SHA-256 of
its output, to diff two runs and find the documents whose output changed.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from herald.load.markdown import MarkdownOptions, markdown_options, render_markdown  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "jekyll"
MARKDOWN_SUFFIXES = (".md", ".markdown")
SEED = 20240611
# Jekyll's YAML_FRONT_MATTER_REGEXP (lib/jekyll/document.rb)
FRONT_MATTER = re.compile(r"\A(---[ \t\r\n\f\v]*\n.*?\n?)^((---|\.\.\.)[ \t\r\n\f\v]*$\n?)",
                          re.M | re.S)

FRAGMENTS = (
    "\n", "\n", "\n", "\n\n", "\n\n", " ", " ", "  \n", "\t", "# ", "## ", "### ", "#", "- ",
    "* ", "+ ", "1. ", "2. ", "2) ", "> ", "> > ", "    ", "  ", "```", "```python\n",
    "```ruby\n", "```nosuchlang\n", "~~~", "---", "===", "***", "___", "|", " | ", "|---|---|\n",
    ": ", "^", "*", "**", "_", "__", "~", "~~", "`", "``", "[", "]", "(", ")", "![", "](", "[^1]",
    "[^note]", "\n[^1]: ", "\n[^note]: ", "*[", "*[HTML]: Hyper Text\n", "HTML", "]: ",
    "[ref]: /url \"Title\"\n", "[ref]", "[text][ref]", "{:", "}", "{: .x}", "{:#y}", "{:ref: .z}",
    "{: ref}", '{: title="t"}', "{::comment}", "{:/comment}", "{::nomarkdown}", "{:/nomarkdown}",
    '{::options parse_block_html="true" /}', '{::options auto_ids="false" /}', "{:toc}",
    "* toc\n{:toc}\n", "{:.no_toc}", "$$", "$$x^2$$", "<", ">", "<<", ">>", "<< ", " >>",
    "<div>", "</div>", '<div markdown="1">', '<div markdown="0">', "<span>", "</span>",
    '<span markdown="span">', "<p>", "</p>", "<!--", "-->", "<!-- c -->", "<br>", "<br/>",
    "<a href='x'>", "</a>", "<em>", "</em>", "<script>x<y</script>", "<pre>", "</pre>",
    "<table>", "<td>", "</table>", "<details>", "<summary>", "</details>", "&amp;", "&", "&#8217;",
    "&#x2e2c;", "\\", "\\*", "\\_", "\\|", "\\%", '"', "'", "'s", "''", '""', "--", "---", "...",
    "-----", "word", "words here", "Word", "snake_case", "2_000_", "x*y*z", "Ä", "ünï", "café",
    "\u2e2b", "\u2e2c", "\ue000", "\u2e2d", "\u00a0", "http://x.y", "<http://x.y/a?b=1&c=2>",
    "<mailto:a@b.c>", "a@b.c", "[a](http://x.y)", "[a](http://x.y \"t\")", "[a](<b c>)",
    "[a](b c)", "![i](/i.png)", "![i](/i.png){: .w}", "[a](/%20b)", "- [ ] ", "- [x] ", ":smile:",
    "Term\n: Definition\n", "A | B\n--|--\n1 | 2\n", "Title\n=====\n", "Sub\n---\n",
    "\n\n    code block\n", "\n\n```\nfenced <code>\n```\n", "\n\n~~~ js\nlet a = '1';\n~~~\n",
    "1. one\n2. two\n", "- a\n  - b\n    - c\n", "- loose\n\n- list\n", "> quote\nlazy\n",
    "\n^\n", "\n\n---\n\n", "\t- tab item\n", "3. three\n", "\\[not\\]", "`a|b`", "~~del~~",
)
BLOCKS = (
    "Some plain words here.", "A *stressed* word and **strong** ones.", "It's \"quoted\" -- ok",
    "# A header", "## Header *with* emphasis {#custom}", "- one\n- two\n- three",
    "1. first\n2. second", "> A quotation\n> of two lines.", "```python\nx = 1 < 2\n```",
    "    indented code", "Line one\nline two", "Hard break  \nnext", "A [link](/x) and `code`.",
    "| a | b |\n|---|---|\n| 1 | 2 |", "Footnote[^1] here.\n\n[^1]: The note.",
    "*[ABBR]: An abbreviation\n\nABBR in text.", "Term\n: Its definition",
    "<div>\n*raw*\n</div>", '<div markdown="1">\n*md*\n</div>', "$$\na < b\n$$",
    "{::comment}\nhidden\n{:/comment}", "Para\n{: .lead}", "- [ ] task\n- [x] done",
)
OPTION_SETS = (
    MarkdownOptions(),
    MarkdownOptions(parse_block_html=True),
    MarkdownOptions(hard_wrap=True),
    MarkdownOptions(input="kramdown", auto_id_prefix="h-", toc_levels=(2, 3)),
    MarkdownOptions(smart_quotes="sbquo,lsquo,bdquo,ldquo", footnote_nr=4,
                    footnote_backlink="^", footnote_backlink_inline=True, footnote_prefix="p-"),
    MarkdownOptions(typographic_symbols=(("hellip", "..."), ("mdash", "--"))),
    MarkdownOptions(no_auto_typographic=True, header_offset=1),
    MarkdownOptions(math_engine=None, syntax_highlighter=None, parse_span_html=False),
    MarkdownOptions(auto_ids=False, footnote_backlink=""),
)


def site_options(site: Path) -> MarkdownOptions:
    """The site's kramdown options from its _config.yml (Jekyll's defaults without one)."""
    try:
        config = yaml.safe_load((site / "_config.yml").read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        config = {}
    return markdown_options(config.get("kramdown") if isinstance(config, dict) else None)[0]


def body(path: Path) -> str:
    """A file's text after its front matter, as Jekyll splits it."""
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    match = FRONT_MATTER.match(text)
    return text[match.end():] if match else text


def site_documents(sites: Path) -> Iterator[tuple[str, str, MarkdownOptions]]:
    """Name, body and options of every Markdown file of the real sites and the fixture sites."""
    folders = sorted(path for path in sites.glob("*") if path.is_dir()) if sites.is_dir() else []
    folders += sorted(path for path in FIXTURES.glob("*") if path.is_dir())
    for site in folders:
        options = site_options(site)
        for path in sorted(site.rglob("*")):
            if path.suffix in MARKDOWN_SUFFIXES and path.is_file():
                yield f"{site.name}/{path.relative_to(site)}", body(path), options


def random_documents(count: int) -> Iterator[tuple[str, str, MarkdownOptions]]:
    """`count` documents of fragments and whole blocks, each with the defaults and another
    option set."""
    generator = random.Random(SEED)
    for number in range(count):
        if number % 4 == 3:
            text = "\n\n".join(generator.choices(BLOCKS, k=generator.randint(1, 8)))
        else:
            text = "".join(generator.choices(FRAGMENTS, k=generator.randint(1, 60)))
        yield f"random/{number}", text, OPTION_SETS[0]
        yield f"random/{number}/options", text, OPTION_SETS[1 + number % (len(OPTION_SETS) - 1)]


def rendered(text: str, options: MarkdownOptions) -> str:
    """The HTML, or the kind of exception raised (which the digest then pins too)."""
    try:
        return render_markdown(text, options)
    except Exception as problem:  # noqa: BLE001
        return f"!{type(problem).__name__}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sites", type=Path, default=ROOT.parent / "shared" / "sites")
    parser.add_argument("--random", type=int, default=4000, help="how many random documents")
    parser.add_argument("--dump", type=Path, help="write each document's name and hash here")
    args = parser.parse_args()
    digest = hashlib.sha256()
    lines = []
    count = 0
    for documents in (site_documents(args.sites), random_documents(args.random)):
        for name, text, options in documents:
            output = rendered(text, options).encode("utf-8", errors="surrogatepass")
            digest.update(name.encode("utf-8", errors="surrogatepass") + b"\0")
            digest.update(output + b"\0")
            lines.append(f"{name}\t{hashlib.sha256(output).hexdigest()}\n")
            count += 1
    if args.dump:
        args.dump.write_text("".join(lines), encoding="utf-8", errors="surrogatepass")
    print(f"{count} documents  sha256 {digest.hexdigest()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
