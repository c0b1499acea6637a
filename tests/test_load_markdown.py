"""herald.load.markdown renders Markdown as Jekyll's kramdown does: judged by Jekyll itself on
small fixture sites (tests/fixtures/jekyll/markdown-*), and on the real sites when present."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from herald.load.markdown import MarkdownOptions, adapted, markdown_options, render_markdown
from herald.load.markdown.fast import needs_kramdown
from herald.load.markdown.general import kramdown_html
from jekyll_fixtures import (
    body,
    fixture_sites,
    jekyll_available,
    oracle,
    oracle_path,
    published_by_jekyll,
    structure,
    visible_text,
)

SITES = Path(__file__).resolve().parent.parent.parent / "shared" / "sites"
MARKDOWN_SITES = fixture_sites("markdown-")


def site_options(site: Path) -> MarkdownOptions:
    config = yaml.safe_load((site / "_config.yml").read_text(encoding="utf-8")) or {}
    options, messages = markdown_options(config.get("kramdown"))
    assert messages == []
    return options


def fixture_documents() -> list[tuple[Path, dict]]:
    return [(site, document) for site in MARKDOWN_SITES for document in oracle(site)]


def document_id(case: tuple[Path, dict]) -> str:
    site, document = case
    return f"{site.name}/{Path(document['path']).name}"


FIXTURE_DOCUMENTS = fixture_documents()


def test_every_markdown_fixture_has_jekylls_answer() -> None:
    assert len(MARKDOWN_SITES) >= 15
    for site in MARKDOWN_SITES:
        assert oracle_path(site).is_file(), f"no {oracle_path(site).name}: run publish.rb"
        assert oracle(site), f"Jekyll publishes nothing from {site.name}"
        assert all(document["html"] is not None for document in oracle(site))


@pytest.mark.parametrize("case", FIXTURE_DOCUMENTS, ids=document_id)
def test_visible_text_is_what_jekyll_renders(case: tuple[Path, dict]) -> None:
    site, document = case
    html = render_markdown(body(site / document["path"]), site_options(site))
    assert visible_text(html) == visible_text(document["html"])


@pytest.mark.parametrize("case", FIXTURE_DOCUMENTS, ids=document_id)
def test_elements_and_attributes_are_what_jekyll_renders(case: tuple[Path, dict]) -> None:
    """Footnotes, the TOC, abbreviations, definition lists, tables, IAL attributes, header ids:
    the same elements with the same attributes, in the same order, around the same text."""
    site, document = case
    html = render_markdown(body(site / document["path"]), site_options(site))
    assert structure(html) == structure(document["html"])


@pytest.mark.skipif(not jekyll_available(), reason="ruby with jekyll is not installed; the "
                    "stored .jekyll.jsonl answers cannot be checked against Jekyll itself")
@pytest.mark.parametrize("site", MARKDOWN_SITES, ids=lambda site: site.name)
def test_stored_answers_are_what_jekyll_publishes(site: Path) -> None:
    assert published_by_jekyll(site) == oracle(site)


# ---------------------------------------------------------------------------------------------
# Behaviour, case by case

def test_block_ial_sets_attributes_and_is_not_shown() -> None:
    html = render_markdown("A paragraph.\n{: .lead #first}\n")
    assert structure(html) == [("<", "p", "class=lead", "id=first"), ("#", "A paragraph."),
                               ("/", "p")]


def test_span_ial_after_text_stays_text_as_in_kramdown() -> None:
    assert visible_text(render_markdown("word {: .x} more\n")) == "word {: .x} more"


def test_raw_html_block_keeps_markdown_as_text_across_blank_lines() -> None:
    html = render_markdown("<div>\n\n**bold** [x](mailto:y)\n\n</div>\n")
    assert visible_text(html) == "**bold** [x](mailto:y)"


def test_markdown_attribute_makes_the_content_markdown() -> None:
    html = render_markdown('<figure class="gallery" markdown="1">\n![](/a.webp)\n</figure>\n')
    assert ("<", "img", "alt=", "src=/a.webp") in structure(html)
    assert "markdown" not in html


def test_footnotes_are_numbered_by_first_reference_from_footnote_nr() -> None:
    source = "B[^b] then A[^a].\n\n[^a]: Note A.\n[^b]: Note B.\n"
    html = render_markdown(source, MarkdownOptions(footnote_nr=3))
    assert re.findall(r'href="#fn:(\w+)"[^>]*>(\d+)<', html) == [("b", "3"), ("a", "4")]
    assert re.findall(r'<li id="fn:(\w+)"', html) == ["b", "a"]
    assert '<ol start="3">' in html


def test_abbreviation_definitions_are_removed_and_applied() -> None:
    html = render_markdown("*[CSS]: Cascading Style Sheets\n\nCSS is not CSSX.\n")
    assert visible_text(html) == "CSS is not CSSX."
    assert html.count("<abbr") == 1


def test_toc_lists_headers_of_the_toc_levels_only() -> None:
    source = "* toc\n{:toc}\n\n# One\n\n## Two\n\n### Three\n\n## Skip\n{: .no_toc}\n"
    html = render_markdown(source, MarkdownOptions(toc_levels=(1, 2)))
    assert re.findall(r'href="#([\w-]+)" id="markdown-toc-', html) == ["one", "two"]


def test_header_ids_follow_kramdown_parser_gfm() -> None:
    html = render_markdown("# Hello World\n\n# Hello World\n\n## Ünïcödé & Co!\n")
    assert re.findall(r' id="([^"]*)"', html) == ["hello-world", "hello-world-1", "ünïcödé--co"]


def test_header_without_space_is_text() -> None:
    assert structure(render_markdown("#NoSpace\n")) == [("<", "p"), ("#", "#NoSpace"),
                                                        ("/", "p")]


def test_typography_is_kramdowns_but_not_in_code() -> None:
    html = render_markdown("\"a\" -- b --- c... <<d>> `\"e\" --`\n")
    assert visible_text(html) == "“a” – b — c… «d» \"e\" --"


def test_math_is_written_for_mathjax() -> None:
    assert render_markdown("$$\nx < y\n$$\n") == "\\[x &lt; y\\]\n"
    assert render_markdown("a $$x$$ b\n") == "<p>a \\(x\\) b</p>\n"


def test_soft_line_breaks_stay_soft_unless_hard_wrap() -> None:
    assert "<br" not in render_markdown("one\ntwo\n")
    assert "<br />" in render_markdown("one\ntwo\n", MarkdownOptions(hard_wrap=True))


def test_input_with_placeholder_characters_comes_back_as_it_was() -> None:
    text = "odd \u2e2c\ue005\u2e2d marks and \ue000 private use"
    assert visible_text(render_markdown(text)) == text


def test_rendering_is_pure() -> None:
    source = "* t\n{:toc}\n\n# A[^1]\n\n*[A]: a\n\n[^1]: n\n"
    first = render_markdown(source, MarkdownOptions(auto_id_prefix="x-"))
    render_markdown("# A\n\n{::options auto_ids=\"false\" /}\n")
    assert render_markdown(source, MarkdownOptions(auto_id_prefix="x-")) == first


# ---------------------------------------------------------------------------------------------
# Options

def test_options_default_to_jekylls() -> None:
    assert markdown_options(None) == (MarkdownOptions(), [])
    options = MarkdownOptions()
    assert (options.input, options.auto_ids, options.hard_wrap, options.smart_quotes,
            options.toc_levels, options.footnote_nr) == (
        "GFM", True, False, "lsquo,rsquo,ldquo,rdquo", (1, 2, 3, 4, 5, 6), 1)


def test_options_are_read_from_the_kramdown_mapping() -> None:
    options, messages = markdown_options({
        "auto_ids": False, "toc_levels": "2..3", "footnote_nr": "5", "hard_wrap": "true",
        "smart_quotes": "sbquo,lsquo,bdquo,ldquo", "auto_id_prefix": "h-",
        "syntax_highlighter": "rouge", "enable_coderay": False, "input": "GFM"})
    assert messages == []
    assert (options.auto_ids, options.toc_levels, options.footnote_nr, options.hard_wrap,
            options.smart_quotes, options.auto_id_prefix) == (
        False, (2, 3), 5, True, "sbquo,lsquo,bdquo,ldquo", "h-")


def test_unusable_options_are_reported_and_defaulted() -> None:
    options, messages = markdown_options({"auto_ids": "maybe", "footnote_nr": "x",
                                          "toc_levels": "all", "smart_quotes": "a,b"})
    assert options == MarkdownOptions()
    assert sorted(messages) == [
        "kramdown.auto_ids must be true or false; using true",
        "kramdown.footnote_nr must be a whole number; using 1",
        "kramdown.smart_quotes must be four entity names or code points, like "
        "lsquo,rsquo,ldquo,rdquo; using those",
        "kramdown.toc_levels must be levels like 1..3 or 1,2,3; using 1..6"]


def test_a_kramdown_value_that_is_no_mapping_is_reported() -> None:
    options, messages = markdown_options(["auto_ids"])
    assert options == MarkdownOptions()
    assert messages == ["kramdown must be a mapping of settings, not ['auto_ids']; "
                        "using Jekyll's defaults"]


# ---------------------------------------------------------------------------------------------
# Properties

MARKDOWN_BITS = st.sampled_from([
    "\n", "\n\n", " ", "  \n", "\t", "# ", "## ", "#", "- ", "* ", "+ ", "1. ", "2) ", "> ",
    "    ", "```", "~~~", "---", "===", "***", "___", "|", ": ", "^", "*", "**", "_", "__", "~",
    "~~", "`", "``", "[", "]", "(", ")", "![", "](", "[^1]", "[^1]: ", "*[", "]: ", "{:", "}",
    "{: .x}", "{:#y}", "{:ref: .z}", "{::comment}", "{:/comment}", "{::nomarkdown}",
    "{:/nomarkdown}", "{::options parse_block_html=\"true\" /}", "{:toc}", "$$", "<", ">", "<<",
    ">>", "<div>", "</div>", '<div markdown="1">', "<span>", "</span>", "<p>", "<!--", "-->",
    "<br>", "<a href='x'>", "</a>", "&amp;", "&", "\\", '"', "'", "--", "...", "word", "Ä",
    "\u2e2c", "\ue000", "\u2e2d", "http://x.y", "<http://x.y>", "a@b.c",
])
MARKDOWN_TEXT = st.lists(MARKDOWN_BITS, max_size=40).map("".join) | st.text(max_size=200)


@pytest.mark.slow
@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=MARKDOWN_TEXT, parse_block_html=st.booleans(), hard_wrap=st.booleans())
def test_render_markdown_never_raises(text: str, parse_block_html: bool, hard_wrap: bool) -> None:
    html = render_markdown(text, MarkdownOptions(parse_block_html=parse_block_html,
                                                 hard_wrap=hard_wrap))
    assert isinstance(html, str)
    if not re.search("[\u2e2b-\u2e2d]", text):
        assert not re.search("[\u2e2b\u2e2c][\ue000-\uefff]+\u2e2d", html)  # no placeholder


PATHOLOGICAL = {
    "deep quotes": "".join(">" * depth + " x\n" for depth in range(1, 300)),
    "deep lists": "".join("  " * depth + "- x\n" for depth in range(500)),
    "deep raw HTML": "<div>" * 3000 + "x" + "</div>" * 3000,
    "deep markdown HTML": '<div markdown="1">\n' * 1500 + "x\n" + "</div>\n" * 1500,
    "backtick run": "`" * 5000 + " x",
    "open comments": "<!--" * 5000,
    "open links": "[a](" * 3000,
    "stars": "*a " * 5000,
    "quotes": "'\"" * 5000,
    "unclosed spans": "<span>" * 3000 + "</b>" * 3000,
}


@pytest.mark.parametrize("text", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_pathological_input_renders_without_error_in_reasonable_time(text: str) -> None:
    start = time.perf_counter()
    render_markdown(text, MarkdownOptions(parse_block_html=True))
    render_markdown(text)
    assert time.perf_counter() - start < 10


WORDS = st.text(alphabet="abcdefgh ", min_size=1, max_size=12).map(str.strip).filter(bool)
SPAN_ELEMENTS = st.sampled_from(["[{}](https://example.org/)", "*{}*", "**{}**", "`{}`",
                                 "<span>{}</span>", "![{}](/i.png)"])
IALS = st.sampled_from(["{: .a}", "{:#b}", '{: title="c"}', "{:.d .e}", "{: ref}"])


@st.composite
def documents_with_ials(draw: st.DrawFn) -> str:
    """Paragraphs, headers, lists and quotes with IALs where kramdown takes them: on a line of
    their own (after or before a block), right after a span element, and ALD definitions."""
    blocks = []
    for _ in range(draw(st.integers(1, 6))):
        words = draw(WORDS)
        span = draw(SPAN_ELEMENTS).format(draw(WORDS)) + draw(IALS)
        kind = draw(st.sampled_from(["p", "h", "ul", "quote", "before", "ald"]))
        if kind == "p":
            blocks.append(f"{words} {span} {words}\n{draw(IALS)}")
        elif kind == "h":
            blocks.append(f"## {words} {span}\n{draw(IALS)}")
        elif kind == "ul":
            blocks.append(f"- {words}\n- {span}\n{draw(IALS)}")
        elif kind == "quote":
            blocks.append(f"> {words} {span}\n{draw(IALS)}")
        elif kind == "before":
            blocks.append(f"{draw(IALS)}\n{words}")
        else:
            blocks.append("{:ref: .shared}")
    return "\n\n".join(blocks) + "\n"


def text_outside_code(html: str) -> str:
    return visible_text(re.sub(r"<(code|pre)\b.*?</\1>", " ", html, flags=re.S))


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(source=documents_with_ials())
def test_ial_syntax_is_never_shown_outside_code(source: str) -> None:
    assert "{:" not in text_outside_code(render_markdown(source))


PLAIN_BLOCKS = st.sampled_from([
    "Some words here.", "A *stressed* word and **strong** ones.", "Snake_case stays text.",
    "A [link](https://example.org/page) and ![an image](/i.png).", "Code `x = 1` inline.",
    "It's a 'quoted' and \"double\" word -- with dashes --- and dots...",
    "# A header", "## Another header", "### Header *with* emphasis", "Setext\n======",
    "- one\n- two\n- three", "1. first\n2. second", "> A quotation\n> of two lines.",
    "```python\nx = 1 < 2\n```", "    indented code", "---", "Line one\nline two",
    "Hard break  \nnext", "~~struck~~ text", "A paragraph\nwith a lazy line.",
    "- a\n  - nested\n  - items\n- b", "* star\n    * four spaces", "- 1. ordered in a bullet",
    "1. one\n- bullet after", "- a\n * one space", "  - indented\n  - list",
    "An <https://example.org/a?b=1&c=2> autolink.", "Compare a < b and c <= d.",
    "- item\n# header right after", "Text\n- list right after", "Text\n2. not from one",
    "- item\n\n  more in the item", "> - list in a quote", "Title\n-----", "* * *",
    "- loose a\n\n- loose b", "- x\n\n- y\n- z", "1. p\n\n2. q\n\n3. r",
    "- a\n\n  - n1\n  - n2\n\n- b", "- a\n  - n\n\n- b", "* one\n\n* two\n\n  two's second",
])


@pytest.mark.slow
@settings(max_examples=500, deadline=None)
@given(blocks=st.lists(PLAIN_BLOCKS, min_size=1, max_size=8),
       separator=st.sampled_from(["\n\n", "\n"]))
def test_fast_path_renders_what_the_general_path_renders(blocks: list[str],
                                                         separator: str) -> None:
    """The fast path (straight to pyromark) is only taken where it gives what the general path
    gives: documents made of blocks where the two could differ, joined with and without blank
    lines, and kept when needs_kramdown lets them through."""
    source = adapted(separator.join(blocks))
    assume(not needs_kramdown(source))
    assert render_markdown(source) == kramdown_html(source, MarkdownOptions())


GENERAL_PATH_MODULES = {f"herald.load.markdown.{name}" for name in (
    "general", "blocks", "lists", "html_blocks", "reader", "tree", "attributes", "syntax",
    "rendering", "emit", "spans", "emphasis", "finish")}


def modules_loaded_after(source: str) -> set[str]:
    """The modules of herald.load.markdown that a fresh interpreter has loaded after importing
    it and rendering `source`."""
    script = ("import sys\nfrom herald.load.markdown import render_markdown\n"
              f"render_markdown({source!r})\n"
              "print('\\n'.join(name for name in sys.modules "
              "if name.startswith('herald.load.markdown')))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True, timeout=60)
    return set(result.stdout.split())


def test_the_fast_path_does_not_load_the_general_path() -> None:
    """The general path's modules (and their regular expressions) are loaded only for a
    document that takes it."""
    assert modules_loaded_after("A plain *paragraph*.\n\n# A header\n").isdisjoint(
        GENERAL_PATH_MODULES)
    assert modules_loaded_after("A paragraph.\n{: .lead}\n") >= GENERAL_PATH_MODULES


# ---------------------------------------------------------------------------------------------
# The real sites (../shared/sites), when present

def real_documents() -> list[tuple[str, str, str, str, MarkdownOptions]]:
    if not SITES.is_dir():
        return []
    documents = []
    for site_oracle in sorted(SITES.glob("*.jekyll.jsonl")):
        site = SITES / site_oracle.name.removesuffix(".jekyll.jsonl")
        config = yaml.safe_load((site / "_config.yml").read_text(encoding="utf-8")) or {}
        options = markdown_options(config.get("kramdown"))[0]
        for line in site_oracle.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            if entry["html"] is None or not entry["path"].endswith((".md", ".markdown")):
                continue
            text = body(site / entry["path"])
            if "{{" not in text and "{%" not in text:
                documents.append((site.name, entry["path"], text, entry["html"], options))
    return documents


@pytest.mark.slow
def test_real_sites_show_the_text_jekyll_shows() -> None:
    documents = real_documents()
    if not documents:
        pytest.skip(f"{SITES} not found: the real sites and their Jekyll oracles live in "
                    "../shared/sites next to the repository")
    differing = [f"{site} {path}" for site, path, text, html, options in documents
                 if visible_text(render_markdown(text, options)) != visible_text(html)]
    assert differing == []


@pytest.mark.slow
def test_real_sites_fast_path_renders_what_the_general_path_renders() -> None:
    documents = real_documents()
    if not documents:
        pytest.skip(f"{SITES} not found: the real sites live in ../shared/sites")
    fast = [adapted(text) for _, _, text, _, _ in documents if not needs_kramdown(adapted(text))]
    assert len(fast) > len(documents) // 2
    differing = [source[:60] for source in fast
                 if render_markdown(source) != kramdown_html(source, MarkdownOptions())]
    assert differing == []
