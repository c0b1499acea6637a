"""Splitting a file into front matter and body as Jekyll does, through python-frontmatter's
handlers, with the lines that problems name."""

from __future__ import annotations

import frontmatter
import pytest

from herald.load.frontmatter import HANDLERS, FrontMatterError, PostError, split_document


@pytest.mark.parametrize(("text", "meta", "body", "body_line", "lines"), [
    ("---\ntitle: A\n---\nText.\n", {"title": "A"}, "Text.\n", 4, ["title: A"]),
    ("---\n---\nText.", {}, "Text.", 3, []),
    ("---\n\n---\n", {}, "", 4, [""]),
    ("---\ntitle: A\n---", {"title": "A"}, "", 4, ["title: A"]),
    ("--- \t\ntitle: A\n...  \n\nText.\n", {"title": "A"}, "\nText.\n", 4, ["title: A"]),
    ("---\na: 1\n---\nb\n---\nc\n", {"a": 1}, "b\n---\nc\n", 4, ["a: 1"]),
    ("---\na: |\n  ----\n  x\nb: 1\n---\n", {"a": "----\nx\n", "b": 1}, "", 7,
     ["a: |", "  ----", "  x", "b: 1"]),
    ("\ufeff---\r\ntitle: A\r\n---\r\nOne\r\nTwo\r\n", {"title": "A"}, "One\nTwo\n", 4,
     ["title: A"]),
    ("+++\ntitle = \"A\"\n+++\nText.\n", {"title": "A"}, "Text.\n", 4, ['title = "A"']),
    ('{\n   "title": "A",\n   "tags": {"x": 1}\n}\n\nText.\n', {"title": "A", "tags": {"x": 1}},
     "\nText.\n", 5, ['   "title": "A",', '   "tags": {"x": 1}']),
])
def test_front_matter_and_body_are_split_at_jekylls_fences(text, meta, body, body_line, lines):
    document = split_document(text)
    assert (document.meta, document.body, document.body_line, document.lines) == (
        meta, body, body_line, lines)


@pytest.mark.parametrize(("text", "kind"), [
    ("", "missing"),
    ("Text.\n", "missing"),
    ("\n---\ntitle: A\n---\n", "missing"),
    ("----\ntitle: A\n----\n", "missing"),
    ("...\ntitle: A\n...\n", "missing"),
    ("--- title: A\n---\n", "missing"),
    ("---", "unclosed"),
    ("---\ntitle: A\n", "unclosed"),
    ("---\ntitle: A\n+++\n", "unclosed"),
    ("+++\ntitle = 1\n...\n", "unclosed"),
    ("---\ntitle: A\n ---\n", "unclosed"),
    ('{\n"title": "A"\n  }\n', "unclosed"),
    ('{"title": "A"}\nText.\n', "missing"),
])
def test_a_file_without_fences_jekyll_reads_has_no_front_matter(text, kind):
    with pytest.raises(FrontMatterError) as caught:
        split_document(text)
    assert (caught.value.kind, caught.value.line, caught.value.body) == (kind, 1, None)


def test_unreadable_yaml_names_its_line_and_keeps_the_body_as_jekyll_publishes_it():
    with pytest.raises(FrontMatterError) as caught:
        split_document("---\ntitle: A\nsummary: a: b\n---\nText.\n")
    err = caught.value
    assert "invalid YAML in front matter" in str(err)
    assert (err.kind, err.line, err.body, err.body_line) == ("invalid", 3, "Text.\n", 5)


def test_unreadable_toml_names_its_line_in_the_file():
    with pytest.raises(FrontMatterError) as caught:
        split_document('+++\ntitle = "A"\ndate = \nplace = "B"\n+++\n')
    assert caught.value.line == 3
    assert str(caught.value) == "invalid TOML in front matter: Invalid value"


def test_hugos_json_front_matter_is_closed_by_a_brace_opening_its_line():
    with pytest.raises(FrontMatterError) as caught:
        split_document('{\n"title": "A"\n')
    assert str(caught.value) == "front matter is not closed: add a line '}' after it"


def test_unreadable_json_names_its_line_in_the_file():
    with pytest.raises(FrontMatterError) as caught:
        split_document('{\n  "title": "A",\n  "date": \n}\nText.\n')
    err = caught.value
    assert str(err).startswith("invalid JSON in front matter")
    assert (err.kind, err.line, err.body, err.body_line) == ("invalid", 4, "Text.\n", 5)


def test_empty_json_front_matter_has_no_keys():
    document = split_document("{\n}\nText.\n")
    assert (document.meta, document.body, document.body_line) == ({}, "Text.\n", 3)


def test_key_lines_count_the_opening_fence():
    document = split_document("---\ntitle: A\n# note\n'date': 2021-01-02\ntitle: B\n---\n")
    assert document.key_lines == {"title": 2, "date": 4}


def test_the_handlers_are_python_frontmatters():
    assert frontmatter.detect_format("+++\na = 1\n+++\n", HANDLERS) is HANDLERS[1]
    assert frontmatter.detect_format("---\na: 1\n---\n", HANDLERS) is HANDLERS[0]
    assert HANDLERS[0].split("---\na: 1\n---\nText.\n") == ("a: 1\n", "Text.\n")


def test_a_front_matter_error_is_a_post_error():
    assert issubclass(FrontMatterError, PostError) and issubclass(FrontMatterError, ValueError)
    with pytest.raises(PostError):
        split_document("---\na: [\n---\n")
