"""kramdown's attribute lists: `Ial`, the attributes and ALD references of an inline
attribute list, and `attribute_list`, which reads one (`.class #id key="value" ref`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from herald.load.markdown.syntax import ALD_ID_NAME, S

_ALD_TYPE_ANY = re.compile(
    rf"(?:\A|{S})(?:({ALD_ID_NAME})=(\"|')((?:\\\}}|\\\2|[^}}\x02])*?)\2|({ALD_ID_NAME})|"
    rf"((?:#[A-Za-z][\w:-]*|\.[^\s.#]+)+))(?={S}|\Z)", re.A)
_ALD_ID_OR_CLASS = re.compile(r"#([A-Za-z][\w:-]*)|\.([^\s.#]+)", re.A)


@dataclass(slots=True)
class Ial:
    """An inline attribute list: attributes, and the names of the ALDs it refers to."""

    attrs: dict[str, str] = field(default_factory=dict)
    refs: list[str] = field(default_factory=list)

    def update(self, other: Ial) -> None:
        """kramdown's update_ial_with_ial: classes add up, other values are replaced."""
        self.refs.extend(other.refs)
        for key, value in other.attrs.items():
            self.attrs[key] = f"{self.attrs.get(key, '')} {value}".lstrip() \
                if key == "class" else value


def attribute_list(text: str) -> Ial:
    """kramdown's parse_attribute_list: `.class #id key="value" ref` items."""
    ial = Ial()
    if not text.strip() or text.strip() == ":":
        return ial
    for match in _ALD_TYPE_ANY.finditer(text):
        key, sep, value, ref, id_and_class = match[1], match[2], match[3], match[4], match[5]
        if ref:
            ial.refs.append(ref)
        elif id_and_class:
            for part in _ALD_ID_OR_CLASS.finditer(id_and_class):
                if part[2]:
                    ial.attrs["class"] = f"{ial.attrs.get('class', '')} {part[2]}".lstrip()
                else:
                    ial.attrs["id"] = part[1]
        elif key:
            ial.attrs[key] = re.sub(r"\\(\}|" + re.escape(sep) + ")", r"\1", value)
    return ial
