"""Rendered bodies made safe: sanitised, absolute URLs, XML-clean; and titles as plain text."""

from __future__ import annotations

from herald.html import first_paragraph, sanitise, text_only, xml_safe

PAGE = "https://example.org/news/post/"


def test_relative_links_and_images_become_absolute():
    html = sanitise('<p><a href="../om/">a</a> <img src="bild.png" alt="b"></p>', PAGE)
    assert 'href="https://example.org/news/om/"' in html
    assert 'src="https://example.org/news/post/bild.png"' in html


def test_scripts_handlers_and_script_urls_are_removed():
    html = sanitise('<p onclick="x()">a<script>alert(1)</script>'
                    '<a href="javascript:alert(2)">b</a></p>', PAGE)
    assert "script" not in html and "onclick" not in html and "javascript" not in html
    assert ">a" in html and ">b</a>" in html


def test_character_references_to_control_characters_are_dropped():
    assert xml_safe(sanitise("<p>a &#1; b</p>", PAGE)) == "<p>a  b</p>"


def test_the_first_paragraph_is_the_summary():
    assert first_paragraph("<h1>T</h1><p> </p><p>First <b>one</b>.</p><p>Two</p>") == (
        "First one.")


def test_text_only_keeps_text_and_drops_markup():
    assert text_only("Sverige <3 demokrati & mer") == "Sverige <3 demokrati & mer"
    assert text_only("<script>alert(1)</script>Rubrik <b>fet</b>") == "Rubrik fet"
