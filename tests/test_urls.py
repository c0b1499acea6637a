from herald.urls import absolute, encode_path, resolve


def test_non_ascii_and_reserved_characters_are_encoded_once():
    assert encode_path("/tjänst:ny/") == "/tj%C3%A4nst%3Any/"
    assert encode_path("/f%C3%B6r/") == "/f%C3%B6r/"
    assert encode_path("/100%/") == "/100%25/"


def test_absolute_joins_base_and_path():
    assert absolute("https://example.org/blog/", "/uploads/a b.png") == (
        "https://example.org/blog/uploads/a%20b.png")
    assert absolute("https://example.org/", "https://cdn.example/x.png") == (
        "https://cdn.example/x.png")


def test_links_in_posts_become_absolute_and_valid():
    page = "https://example.org/news/a/"
    assert resolve(page, "../b/") == "https://example.org/news/b/"
    assert resolve(page, "/tjänst/?q=a b&x=1#här") == (
        "https://example.org/tj%C3%A4nst/?q=a%20b&x=1#h%C3%A4r")
    assert resolve(page, "https://ex.org/f%C3%B6r") == "https://ex.org/f%C3%B6r"
    assert resolve(page, "mailto:a@b.se") == "mailto:a@b.se"
