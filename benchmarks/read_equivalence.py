#!/usr/bin/env python3
"""Check that the faster reading code gives what the code at a base revision gave.

Usage:
    python benchmarks/read_equivalence.py [FOLDER...] [--base REV] [--random N] [--seed S]

Loads herald's urls, html, frontmatter and content modules as they were at REV (git show),
then feeds both versions the same inputs and compares the results, exceptions included:
every post body under each FOLDER and N random Markdown documents (whole token streams and
HTML, and render_body at random page URLs), random URLs (markdown-it's normalizeLink,
well_formed, resolve, absolute), random post texts (split_document), front matter values
(xml_safe_values), categories, permalinks and post dates. Prints the counts and each
difference; exits 1 if there is one.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import types
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from markdown_it.common.normalize_url import normalizeLink
from markdown_it.token import Token

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from herald.load import content, frontmatter, html, urls  # noqa: E402

PIECES = [
    "- ", "* ", "+ ", "1. ", "2) ", "10. ", "> ", ">", "# ", "## ", "#", "```", "~~~", "    ",
    "  ", "\t", " ", "[a]: /u", "[a]: <b> 'c'", "[a]:", "[a]:\n/u", "[b]: /u 't", "[a]",
    "[a][]", "[x]", "![b](c)", "[l](d e)",
    "[l](<d e>)", "[l](/p(q))", "[l](/p\\)q)", "<div>", "</div>", "<span>", "<!-- c -->",
    "<http://a.b>", "<a@b.c>", "**", "*", "__", "_", "`", "``", "~~", "\\", "\\*", "&amp;",
    "&#1;", "&#x41;", "&nbsp;", "&", "|", "| a | b |", "|---|---|", "---", "***", "___", "===",
    "--", "-", "=", "\n", "\n", "\n", "\n\n", "\n\n", "\r\n", "\x00", "word", "ord", "Text",
    "två ord", "ünïcödé", "–", "1", "2024", ".", ":", "!", "(", ")", "<", ">", "'", '"', "[",
    "]", "\x0b", "\u2028", "\x7f",
]
SCHEMES = ["http://", "https://", "HTTP://", "Https://", "mailto:", "ftp://", "//", "", "",
           "/", "javascript:", "data:", "a+b:", "./", "../", "?", "#", " ", "\t/", "/\t/"]
HOSTS = ["example.org", "a.b", "EXAMPLE.org", "ex_ample.org", "xn--e1a.ru", "exämple.se", "a..b",
         "a.", ".a", "a:80", "a:", "u@a.org", "[::1]", "[x", "a" * 64 + ".org", "a-b.c-d",
         ".".join(["abcdefgh"] * 30), "", "a+b.c", "℀"]
PATH_CHARS = ("abcAZ09/?#;&=+$,_.!~*'()-:@%[]{}|\\^`<>\" \t\nåé€😀" + "%41%zz%2" + "/./../")
BASES = ["https://example.org/news/post/", "https://example.org/a/b.html", "http://localhost/",
         "HTTPS://Example.org/x/", "https://example.org", "webcal://example.org/x",
         "https://[::1]/x/", "foo:bar"]
FRONT_LINES = ["---", "---", "+++", "...", "", "", "title: a", "title: 'b: c'", '"title": x',
               "a = 1", "x:", "- a", "  b: 1", "date: 2021-13-45", "[t]", "&a [*a]",
               'k: "\\x01"', "#", "ä: 1", "'", "--", "----", ". . ."]
LINE_ENDS = ["", "", "", " ", "\t", "\x0b", "\u2028", "\xa0", " x"]


def load_base(rev: str) -> dict[str, types.ModuleType]:
    """herald.urls, html, frontmatter and content as they were at `rev`, each importing the
    others' base versions."""
    names = ["urls", "frontmatter", "html", "content"]
    saved = {name: sys.modules[f"herald.{name}"] for name in names}
    base: dict[str, types.ModuleType] = {}
    try:
        for name in names:
            source = subprocess.run(["git", "show", f"{rev}:src/herald/{name}.py"], cwd=ROOT,
                                    check=True, capture_output=True, text=True).stdout
            module = types.ModuleType(f"herald.{name}")
            sys.modules[f"herald.{name}"] = module  # what the later ones import
            exec(compile(source, f"{rev}:src/herald/{name}.py", "exec"), module.__dict__)
            base[name] = module
    finally:
        sys.modules.update(saved)
    return base


def outcome(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    try:
        return ("value", function(*args, **kwargs))
    except Exception as err:  # noqa: BLE001 - the same exception is part of the same result
        return ("raised", type(err).__name__, str(err), getattr(err, "line", None))


def split(module: types.ModuleType, text: str) -> Any:
    """What split_document gives, the key lines included, or what it raises."""
    doc = outcome(module.split_document, text)
    return doc if doc[0] == "raised" else (doc[1].meta, doc[1].body, doc[1].body_line,
                                           doc[1].key_lines)


def url(rng: random.Random) -> str:
    path = "".join(rng.choice(PATH_CHARS) for _ in range(rng.randrange(0, 12)))
    return rng.choice(SCHEMES) + rng.choice(HOSTS) * rng.randrange(0, 2) + path


def document(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randrange(1, 40)):
        parts.append(f"[t]({url(rng)})" if rng.random() < 0.05 else rng.choice(PIECES))
    return "".join(parts)


def post_text(rng: random.Random) -> str:
    lines = [rng.choice(FRONT_LINES) + rng.choice(LINE_ENDS) for _ in range(rng.randrange(9))]
    return (rng.choice(["", "\ufeff"]) + rng.choice(["---", "+++", "--- ", "x"])
            + rng.choice(["\n", "\n", "\r\n", "\r"]).join(["", *lines]) + rng.choice(["", "\n"]))


def value(rng: random.Random, depth: int = 0) -> Any:
    kind = rng.randrange(6 if depth < 3 else 3)
    if kind == 0:
        return "".join(rng.choice("ab \x01\x1f\ud800\ufffe\uffff\t\n") for _ in range(4))
    if kind == 1:
        return rng.choice([1, 2.5, None, True, b"\x01", ("\x01",), frozenset("\x02")])
    if kind == 2:
        return "plain text"
    if kind == 3:
        return [value(rng, depth + 1) for _ in range(rng.randrange(3))]
    return {value(rng, 3) if rng.random() < 0.3 else f"k{n}": value(rng, depth + 1)
            for n in range(rng.randrange(3))}


def token_fields(tokens: list[Token] | None) -> list[object]:
    return [(t.type, t.tag, t.nesting, t.attrs, t.map, t.level, token_fields(t.children),
             t.content, t.markup, t.info, t.meta, t.block, t.hidden) for t in tokens or []]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--base", default="612c311", help="revision to compare with")
    parser.add_argument("--random", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    base = load_base(args.base)
    rng = random.Random(args.seed)
    counts: dict[str, int] = {}
    differences = 0

    def same(what: str, ours: Any, theirs: Any, given: object) -> None:
        nonlocal differences
        counts[what] = counts.get(what, 0) + 1
        if ours != theirs:
            differences += 1
            print(f"DIFFERENT {what}: {given!r}\n  now:  {ours!r}\n  base: {theirs!r}")

    bodies = []
    for folder in args.folders:
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".md", ".markdown", ".html") and path.is_file():
                text = path.read_text("utf-8", "replace")
                same("split_document", split(frontmatter, text), split(base["frontmatter"], text),
                     path)
                try:
                    bodies.append(frontmatter.split_document(text).body)
                except frontmatter.FrontMatterError:
                    continue
    bodies += [document(rng) for _ in range(args.random)]
    base_md = base["html"]._markdown()
    for body in bodies:
        ours, theirs = html._markdown_for(body).parse(body), base_md.parse(body)
        same("markdown tokens", token_fields(ours), token_fields(theirs), body)
        page = rng.choice(BASES)
        same("render_body", outcome(html.render_body, body, is_html=False, page_url=page),
             outcome(base["html"].render_body, body, is_html=False, page_url=page), (page, body))
    for _ in range(args.random * 5):
        link, page = url(rng), rng.choice(BASES)
        same("normalizeLink", html._normalize_link(link), normalizeLink(link), link)
        same("well_formed", urls.well_formed(link), base["urls"].well_formed(link), link)
        same("resolve", outcome(urls.resolve, page, link),
             outcome(base["urls"].resolve, page, link), (page, link))
        same("absolute", outcome(urls.absolute, page, link),
             outcome(base["urls"].absolute, page, link), (page, link))
        for source in (f"[a]({link})", f"![a]({link} 't')", f"[a]\n\n[a]: {link}"):
            same("markdown link", html._markdown_for(source).render(source),
                 base_md.render(source), source)
    for _ in range(args.random):
        text = post_text(rng)
        same("split_document", split(frontmatter, text), split(base["frontmatter"], text), text)
        meta = value(rng)
        safe, base_safe = html.xml_safe_values(meta), base["html"].xml_safe_values(meta)
        same("xml_safe_values", (safe, safe is not meta), (base_safe, base_safe != meta), meta)
        category = rng.choice(["_themes/", "", "x/"]) + "".join(
            rng.choice("ab./_ -") for _ in range(rng.randrange(6))) + rng.choice(
            [".md", ".markdown", ".html", ".MD", "", "/"])
        themes = {"ab": None, "a.b": None}
        same("post_categories", content.post_categories(category, themes, "p", []),  # type: ignore[arg-type]
             base["content"].post_categories(category, themes, "p", []), category)
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(args.random):
            template = rng.choice([*urls.PERMALINK_STYLES, "/:title/", "/news/:slug:output_ext",
                                   "/:categories/:i_month/:i_day/:hour:minute:second/:name/",
                                   "/:short_year/:y_day/:week/:short_day/:path/:collection",
                                   ":year:month:day", "//:titles/:month:day", "/x/", ""])
            given = {"slug": rng.choice(["a-b", "Ä b_c", "2021", "--", ""]),
                     "title_slug": rng.choice([None, "Rubrik: Ny!", "a/b"]),
                     "published": datetime(rng.randrange(1900, 9000), rng.randrange(1, 13),
                                           rng.randrange(1, 29), rng.randrange(24),
                                           tzinfo=timezone(timedelta(hours=rng.randrange(-9, 9)))),
                     "categories": rng.sample(["Events", "å ä", "a/b", "", "-", "x y"], 3)}
            same("permalink", outcome(lambda t, g: urls.expand_permalink(t, urls.post_url_values(
                     **g, only=urls.placeholders(t))), template, given),
                 outcome(lambda t, g: base["urls"].expand_permalink(
                     t, base["urls"].post_url_values(**g)), template, given), (template, given))
            name = rng.choice(["2021-02-03-a.md", "2021-02-30-a.md", "2021-13-01 a.md", "a.md"])
            path = Path(folder) / name
            path.write_text(rng.choice(["", "x\ndate: 1\n"]))
            draft = rng.random() < 0.3 or not content.POST_NAME.match(name)
            match = (content.DRAFT_NAME if draft else content.POST_NAME).match(name)
            meta = {"date": rng.choice([None, "2021-02-03", "2021-02-03 10:00", "2021-02-30",
                                        "x", 5, date(2020, 1, 1), datetime(2020, 1, 1, 9),
                                        datetime(2020, 1, 1, 9, tzinfo=UTC), date(1, 1, 1)])}
            zone = ZoneInfo(rng.choice(["Europe/Stockholm", "UTC", "America/Phoenix"]))
            ours_notes: list[object] = []
            base_notes: list[object] = []
            same("post_date", (outcome(content.post_date, meta, match, draft, path, "p", zone,
                                       ours_notes), ours_notes),
                 (outcome(base["content"].post_date, meta, match, draft, path, "p", zone,
                          base_notes), base_notes), (meta, name, draft))
        posts = Path(folder) / "site" / "_posts"
        posts.mkdir(parents=True)
        (posts / "2021-01-01-file.md").write_text("---\ntitle: A\n---\nText\n")
        (posts / "2021-01-02-folder.md").mkdir()
        (posts / "2021-01-03-link.md").symlink_to(posts / "2021-01-01-file.md")
        (posts / "2021-01-04-out.md").symlink_to(Path(folder) / "2021-02-03-a.md")
        (posts / "2021-01-05-dangling.md").symlink_to(posts / "nothing.md")
        (posts / "2021-01-06-loop.md").symlink_to(posts / "2021-01-06-loop.md")
        (posts / "2021-01-07-dir-link.md").symlink_to(posts / "2021-01-02-folder.md")
        os.mkfifo(posts / "2021-01-08-pipe.md")
        (posts / "2021-01-09-pipe-link.md").symlink_to(posts / "2021-01-08-pipe.md")
        names = [*sorted(path.name for path in posts.iterdir()), "2021-01-10-gone.md"]
        config = content.load_config(posts.parent, None)[0]
        for name in names:
            file = content.PostFile(posts / name, f"_posts/{name}", False, None)
            same("read_post", repr(content.read_post(file, posts.parent, config, {})),
                 repr(base["content"].read_post(file, posts.parent, config, {})), name)
    print(", ".join(f"{n} {what}" for what, n in counts.items()) + f": {differences} differences")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
