"""Post bodies as HTML: CommonMark with tables and strikethrough, sanitised, absolute URLs."""

from __future__ import annotations

from herald.html import render_body, text_only

PAGE = "https://example.org/news/post/"


def test_tables_and_strikethrough_are_rendered():
    html = render_body("| a | b |\n|---|---|\n| 1 | ~~2~~ |\n", is_html=False, page_url=PAGE)
    assert "<table>" in html and "<s>2</s>" in html


def test_relative_links_and_images_become_absolute():
    html = render_body("[a](../om/) ![b](bild.png)", is_html=False, page_url=PAGE)
    assert 'href="https://example.org/news/om/"' in html
    assert 'src="https://example.org/news/post/bild.png"' in html


def test_character_references_to_control_characters_are_dropped():
    assert render_body("<p>a &#1; b</p>", is_html=True, page_url=PAGE) == "<p>a  b</p>"


def test_text_only_keeps_text_and_drops_markup():
    assert text_only("Sverige <3 demokrati & mer") == "Sverige <3 demokrati & mer"
    assert text_only("<script>alert(1)</script>Rubrik <b>fet</b>") == "Rubrik fet"
