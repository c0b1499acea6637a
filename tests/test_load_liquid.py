"""Liquid as Jekyll 4.3 renders it: fixture sites judged by Jekyll itself, the problems herald
reports instead of failing, and site.data."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from herald.load.data import load_data
from herald.load.liquid import Liquid, LiquidSite, has_liquid
from herald.load.markdown import render_markdown
from herald.load.scan import scan_content

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures" / "jekyll"
PUBLISH = TESTS / "jekyll" / "publish.rb"
NOW = "2026-01-01"
# what herald says about fixture posts Jekyll renders all the same
EXPECTED_WARNINGS = {
    ("liquid-raw", "_posts/2021-06-01-raw.html"): ["Liquid syntax error"],
    ("liquid-filters", "_posts/2018-10-04-text.html"): ["`| no_such_filter` is a plugin's filter"],
}


def site_data(root: Path) -> tuple[dict, list]:
    """site.data of the site at `root`, read from the one scan of it a build makes."""
    return load_data(root, scan_content(root, drafts=False).data)


# helpers: the fixture sites and what Jekyll published from them


@cache
def _fidelity() -> ModuleType:
    """benchmarks/liquid_fidelity.py, whose site builder the tests share."""
    path = TESTS.parent / "benchmarks" / "liquid_fidelity.py"
    spec = importlib.util.spec_from_file_location("liquid_fidelity", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("liquid_fidelity", module)
    spec.loader.exec_module(module)
    return module


def _sites() -> list[Path]:
    return sorted(path for path in FIXTURES.glob("liquid-*") if path.is_dir())


def _oracle(site: Path) -> list[dict[str, Any]]:
    text = (site.parent / f"{site.name}.jekyll.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line]


def _markdownify(text: str) -> str:
    return render_markdown(text)


@cache
def _liquid(site: Path) -> Liquid:
    return Liquid(_fidelity().site_for(site, _oracle(site), _markdownify))


def _render(site: Path, row: Mapping[str, Any]) -> tuple[str, list[Any], int]:
    liquid = _liquid(site)
    meta, body, first_line = _fidelity().front_matter(site / row["path"])
    page = next(doc for docs in liquid.documents().values() for doc in docs
                if doc["path"] == row["path"])
    html, problems = liquid.render(body, page=page, path=row["path"], first_line=first_line)
    return html, problems, first_line


def _cases(rendered: bool) -> list[Any]:
    return [pytest.param(site, row, id=f"{site.name}:{row['path']}")
            for site in _sites() for row in _oracle(site)
            if row["path"].endswith(".html") and (row["html"] is not None) == rendered]


class _Shape(HTMLParser):
    """An HTML fragment as a list of tags (attributes sorted) and whitespace-folded text;
    Rouge's colouring spans are left out, as herald writes code without them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[tuple[str, ...]] = []
        self.text: list[str] = []

    def _flush(self) -> None:
        text = " ".join("".join(self.text).split())
        if text:
            self.items.append(("text", text))
        self.text = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "span":
            self._flush()
            self.items.append(("<", tag, *sorted(f"{k}={v}" for k, v in attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag != "span":
            self._flush()
            self.items.append((">", tag))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def shape(html: str) -> list[tuple[str, ...]]:
    parser = _Shape()
    parser.feed(html)
    parser.close()
    parser._flush()
    return parser.items


def visible_text(html: str) -> str:
    return " ".join(item[1] for item in shape(html) if item[0] == "text")


# Jekyll's fixtures


@pytest.mark.parametrize(("site", "row"), _cases(rendered=True))
def test_fixture_post_renders_as_jekyll_renders_it(site: Path, row: dict[str, Any]) -> None:
    html, problems, _ = _render(site, row)
    assert shape(html) == shape(row["html"])
    expected = EXPECTED_WARNINGS.get((site.name, row["path"]), [])
    assert len(problems) == len(expected)
    for problem, words in zip(problems, expected, strict=True):
        assert words in problem.message
        assert problem.severity == "warning"


@pytest.mark.parametrize(("site", "row"), _cases(rendered=False))
def test_post_jekyll_fails_on_renders_its_text_with_warnings(site: Path,
                                                             row: dict[str, Any]) -> None:
    html, problems, first_line = _render(site, row)
    source = (site / row["path"]).read_text(encoding="utf-8").splitlines()
    assert "{{" not in html and "{%" not in html
    assert "Before" in visible_text(html)
    assert problems
    for problem in problems:
        assert problem.path == row["path"]
        assert problem.line is not None and problem.line >= first_line
        assert "{" in source[problem.line - 1]


def test_plugin_tag_leaves_the_text_around_it() -> None:
    site = FIXTURES / "liquid-plugin"
    row = next(row for row in _oracle(site) if row["path"].endswith("twitter.html"))
    html, problems, _ = _render(site, row)
    assert visible_text(html) == "Before the tweet. After the tweet."
    assert [p.line for p in problems] == [5]
    assert problems[0].message == ("`{% twitter %}` is a plugin's tag that herald does not have;"
                                   " it renders as nothing")


def test_plugin_block_tag_renders_as_nothing_with_its_content() -> None:
    site = FIXTURES / "liquid-plugin"
    row = next(row for row in _oracle(site) if row["path"].endswith("block.html"))
    html, problems, _ = _render(site, row)
    assert visible_text(html) == "Before. After."
    assert len(problems) == 1 and "{% endmermaid %}" in problems[0].message


def test_syntax_errors_leave_the_rest_of_the_body() -> None:
    site = FIXTURES / "liquid-plugin"
    row = next(row for row in _oracle(site) if row["path"].endswith("syntax.html"))
    html, problems, _ = _render(site, row)
    assert visible_text(html) == "Before. Middle After."
    assert sorted(p.line for p in problems) == [5, 6]
    assert all(p.severity == "warning" for p in problems)


@pytest.mark.skipif(not (shutil.which("ruby") and shutil.which("jekyll")),
                    reason="ruby and jekyll are not installed: the stored Jekyll answers "
                           "(tests/fixtures/jekyll/liquid-*.jekyll.jsonl) cannot be re-made")
@pytest.mark.parametrize("site", _sites(), ids=lambda site: site.name)
def test_stored_jekyll_answer_is_what_jekyll_publishes(site: Path) -> None:
    run = subprocess.run(["ruby", str(PUBLISH), str(site), NOW], capture_output=True,
                         text=True, timeout=300, check=True)
    fresh = [json.loads(line) for line in run.stdout.splitlines() if line]
    assert fresh == _oracle(site)


# a small site of its own for each test


def _site(tmp_path: Path, files: Mapping[str, str] | None = None,
          documents: Callable[[], Any] | None = None, **config: Any) -> LiquidSite:
    for name, text in (files or {}).items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return LiquidSite(root=tmp_path, config={"title": "T", "baseurl": "", "url": "", **config},
                      data={}, time=datetime(2026, 1, 1, tzinfo=UTC),
                      documents=documents or (lambda: {"posts": []}), pages=list,
                      markdownify=lambda text: f"<p>{text}</p>")


PAGE = {"title": "Hello", "path": "_posts/2024-01-01-hello.md", "url": "/2024/hello.html"}


def test_unknown_tag_is_a_warning_with_path_and_line(tmp_path: Path) -> None:
    liquid = Liquid(_site(tmp_path))
    html, problems = liquid.render("one\ntwo {% gist abc %}\nthree", page=PAGE, path="p.md",
                                   first_line=4)
    assert html == "one\ntwo \nthree"
    assert [(p.path, p.line, p.severity) for p in problems] == [("p.md", 5, "warning")]
    assert "`{% gist %}`" in problems[0].message


def test_each_use_of_an_unknown_tag_is_a_warning(tmp_path: Path) -> None:
    liquid = Liquid(_site(tmp_path))
    _, problems = liquid.render("{% gist a %}\n{% gist b %}", page=PAGE, path="p.md")
    assert [p.line for p in problems] == [1, 2]


def test_unknown_filter_passes_the_value_through(tmp_path: Path) -> None:
    liquid = Liquid(_site(tmp_path))
    html, problems = liquid.render("{{ page.title | shout | upcase }}", page=PAGE, path="p.md",
                                   first_line=3)
    assert html == "HELLO"
    assert [(p.line, p.message) for p in problems] == [
        (3, "`| shout` is a plugin's filter that herald does not have; the value passes "
            "through unchanged")]


def test_unclosed_output_is_left_out(tmp_path: Path) -> None:
    liquid = Liquid(_site(tmp_path))
    html, problems = liquid.render("a {{ page.title }}\nb {{ page.title\nc {{ x", page=PAGE,
                                   path="p.md")
    assert html == "a Hello\nb \nc "
    assert [p.line for p in problems] == [2]
    assert "not closed" in problems[0].message


def test_tag_without_a_name_is_left_out_and_the_rest_renders(tmp_path: Path) -> None:
    liquid = Liquid(_site(tmp_path))
    html, problems = liquid.render("{% 'x' %} {{ page.title }} {% %}", page=PAGE, path="p.md")
    assert "{%" not in html and "Hello" in html
    assert len(problems) == 2


def test_bad_expression_is_a_warning_and_renders_as_nothing(tmp_path: Path) -> None:
    liquid = Liquid(_site(tmp_path))
    html, problems = liquid.render("x\n{% if page.title = 'Hello' %}yes{% endif %} after",
                                   page=PAGE, path="p.md")
    assert html == "x\n after"
    assert problems[0].line == 2
    assert problems[0].message.startswith("Liquid syntax error in `{% if page.title = 'Hello' %}`")


def test_missing_include_names_the_include_and_the_file(tmp_path: Path) -> None:
    liquid = Liquid(_site(tmp_path))
    html, problems = liquid.render("a\n{% include nav.html %}b", page=PAGE, path="p.md")
    assert html == "a\nb"
    assert [p.line for p in problems] == [2]
    assert "`{% include nav.html %}`" in problems[0].message
    assert "_includes/nav.html" in problems[0].message


def test_problem_inside_an_include_is_placed_at_the_include_tag(tmp_path: Path) -> None:
    site = _site(tmp_path, {"_includes/box.html": "ok\n{% tweet x %}\n{{ 'a' | nope }}"})
    liquid = Liquid(site)
    html, problems = liquid.render("\n\n{% include box.html %}", page=PAGE, path="p.md",
                                   first_line=10)
    assert html == "\n\nok\n\na"
    assert [p.line for p in problems] == [12, 12]
    assert problems[0].message.startswith("in _includes/box.html line 2: ")
    assert problems[1].message.startswith("in _includes/box.html line 3: ")


def test_include_that_includes_itself_stops_with_a_warning(tmp_path: Path) -> None:
    site = _site(tmp_path, {"_includes/me.html": "x{% include me.html %}{% include me.html %}"
                                                 "{% include me.html %}"})
    html, problems = Liquid(site).render("{% include me.html %}", page=PAGE, path="p.md")
    assert 0 < len(html) < 100_000
    assert problems and problems[0].line == 1


def test_huge_loop_is_refused_and_the_rest_renders(tmp_path: Path) -> None:
    liquid = Liquid(_site(tmp_path))
    html, problems = liquid.render("{% for i in (1..100000000) reversed %}{{ i }}{% endfor %}"
                                   "after", page=PAGE, path="p.md")
    assert html == "after"
    assert "more than 1,000,000" in problems[0].message


@pytest.mark.slow
def test_many_nested_loops_stop_with_a_warning(tmp_path: Path) -> None:
    liquid = Liquid(_site(tmp_path))
    loop = "{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}"
    html, problems = liquid.render(loop + "x{% endfor %}{% endfor %}{% endfor %}",
                                   page=PAGE, path="p.md")
    assert len(html) <= 1_000_000
    assert "too much work" in problems[0].message


def test_raw_text_comes_out_literally(tmp_path: Path) -> None:
    liquid = Liquid(_site(tmp_path))
    html, problems = liquid.render("{% raw %}{{ page.title }} {% if %}{% endraw %} {{ "
                                   "page.title }}", page=PAGE, path="p.md")
    assert html == "{{ page.title }} {% if %} Hello"
    assert problems == []


def test_liquid_from_values_never_reaches_the_output(tmp_path: Path) -> None:
    liquid = Liquid(_site(tmp_path))
    html, _ = liquid.render("{{ '{{' }} x {{ '{%' }} {{ page.code }}",
                            page={**PAGE, "code": "{{ page.title }}"}, path="p.md")
    assert "{{" not in html and "{%" not in html


def test_documents_are_read_only_when_a_template_needs_them(tmp_path: Path) -> None:
    calls: list[int] = []

    def documents() -> dict[str, list[dict[str, Any]]]:
        calls.append(1)
        return {"posts": [PAGE]}

    liquid = Liquid(_site(tmp_path, documents=documents))
    liquid.render("{{ site.title }} {{ page.title }}", page=PAGE, path="p.md")
    assert calls == []
    first, _ = liquid.render("{{ site.posts.size }}", page=PAGE, path="p.md")
    second, _ = liquid.render("{{ site.posts | map: 'title' }}", page=PAGE, path="p.md")
    assert (first, second, calls) == ("1", "Hello", [1])


def test_an_include_is_read_once_per_liquid_object(tmp_path: Path) -> None:
    site = _site(tmp_path, {"_includes/a.html": "first"})
    liquid = Liquid(site)
    assert liquid.render("{% include a.html %}", page=PAGE, path="p.md")[0] == "first"
    (tmp_path / "_includes/a.html").write_text("second", encoding="utf-8")
    assert liquid.render("{% include a.html %}", page=PAGE, path="p.md")[0] == "first"
    assert Liquid(site).render("{% include a.html %}", page=PAGE, path="p.md")[0] == "second"


def test_include_file_outside_the_site_is_missing(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    site_root = tmp_path / "site"
    site_root.mkdir()
    (site_root / "_includes").mkdir()
    (site_root / "_includes" / "link.html").symlink_to(tmp_path / "secret.txt")
    liquid = Liquid(_site(site_root))
    html, problems = liquid.render("{% include link.html %}{% include ../secret.txt %}",
                                   page=PAGE, path="p.md")
    assert html == ""
    assert len(problems) == 2


def test_sample_takes_the_first_items_every_time(tmp_path: Path) -> None:
    liquid = Liquid(_site(tmp_path))
    html, _ = liquid.render("{% assign l = 'a,b,c' | split: ',' %}{{ l | sample }} "
                            "{{ l | sample: 2 | join: '+' }}", page=PAGE, path="p.md")
    assert html == "a a+b"


def test_lax_for_loop_is_read_as_jekyll_reads_it(tmp_path: Path) -> None:
    liquid = Liquid(_site(tmp_path))
    html, problems = liquid.render("{% assign l = 'b,a,c' | split: ',' %}"
                                   "{% for x in l | sort limit: 2 %}{{ x }}{% endfor %}",
                                   page=PAGE, path="p.md")
    assert html == "ba"
    assert "`{% for x in l limit:2 %}`" in problems[0].message


def test_has_liquid_is_jekylls_test() -> None:
    assert has_liquid("a {{ b }}") and has_liquid("{% if %}") and has_liquid("{{")
    assert not has_liquid("") and not has_liquid("{ {") and not has_liquid("% } { %")


FRAGMENTS = st.sampled_from([
    " raw ", " endraw ",
    "{{", "}}", "{%", "%}", "{%-", "-%}", "{{-", "-}}", " if ", " endif ", " for x in ",
    " endfor ", " include ", "a.html", " comment ", " endcomment ", " assign x = ", " capture x ",
    " endcapture ", "page.title", " | ", "upcase", "'", '"', "{", "}", "%", "\n", " ", "x",
    " else ", " when ", " case ", " highlight ", " endhighlight ", " link ", " post_url ",
    "(1..3)", "site.posts", " echo ", " liquid ", " cycle ", "forloop.index", "-", ":",
])


@pytest.fixture(scope="module")
def fuzz_liquid(tmp_path_factory: pytest.TempPathFactory) -> Liquid:
    root = tmp_path_factory.mktemp("hypothesis-site")
    return Liquid(_site(root, {"_includes/a.html": "{{ include.x }}{% include a.html %}"},
                        documents=lambda: {"posts": [PAGE]}))


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(FRAGMENTS | st.text(max_size=5), max_size=40).map("".join))
def test_render_never_raises_nor_leaves_liquid_outside_raw(fuzz_liquid: Liquid,
                                                           text: str) -> None:
    html, problems = fuzz_liquid.render(text, page=PAGE, path="p.md")
    if "raw" not in text:
        assert "{{" not in html and "{%" not in html
    assert all(p.path == "p.md" and p.severity == "warning" for p in problems)


# site.data


def test_data_files_are_read_as_jekyll_reads_them(tmp_path: Path) -> None:
    files = {
        "_data/menu.yml": "- name: Home\n  date: 2022-11-7\n",
        "_data/stats.json": '{"n": 3}',
        "_data/people.csv": "name,role\nAnn,chair\nBo,\n",
        "_data/rooms.tsv": "room\tsize\nA1\t12\n",
        "_data/My Team/lead-s.yaml": "lead: Cy",
        "_data/notes.txt": "not data",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    data, problems = site_data(tmp_path)
    assert problems == []
    assert data == {
        "menu": [{"name": "Home", "date": datetime(2022, 11, 7).date()}],
        "stats": {"n": 3},
        "people": [{"name": "Ann", "role": "chair"}, {"name": "Bo", "role": None}],
        "rooms": [{"room": "A1", "size": "12"}],
        "My_Team": {"lead-s": {"lead": "Cy"}},
    }


@pytest.mark.parametrize(("name", "text", "line"), [
    ("bad.yml", "a: 1\nb: [unclosed\nc: 3\n", 3),
    ("bad.json", '{\n  "a": 1,\n  oops\n}', 3),
    ("bad.csv", 'name\n"unclosed\n', 2),
])
def test_unreadable_data_file_is_a_problem_not_an_exception(tmp_path: Path, name: str,
                                                            text: str, line: int | None) -> None:
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / name).write_text(text, encoding="utf-8")
    (tmp_path / "_data" / "good.yml").write_text("ok: true", encoding="utf-8")
    data, problems = site_data(tmp_path)
    assert data == {"good": {"ok": True}}
    assert [(p.path, p.line) for p in problems] == [(f"_data/{name}", line)]
    assert "'" not in problems[0].message.split(":")[0]


def test_data_file_that_is_not_utf8_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "latin.yml").write_bytes(b"name: caf\xe9")
    data, problems = site_data(tmp_path)
    assert data == {}
    assert "UTF-8" in problems[0].message


def test_no_data_folder_is_no_data(tmp_path: Path) -> None:
    assert site_data(tmp_path) == ({}, [])
