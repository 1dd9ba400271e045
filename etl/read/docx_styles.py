"""Paragraph-style lookups in styles.xml: inherited alignment and numbering (w:basedOn chains)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from docx.oxml.ns import qn
from lxml import etree

Align = Literal["left", "center", "right", "justify"]

_JC_TO_ALIGN: dict[str, Align] = {
    "left": "left",
    "start": "left",
    "center": "center",
    "right": "right",
    "end": "right",
    "both": "justify",
    "distribute": "justify",
    "thaiDistribute": "justify",
    "lowKashida": "justify",
    "mediumKashida": "justify",
    "highKashida": "justify",
}
_MAX_CHAIN = 20  # guards against basedOn cycles


def jc_to_align(value: str | None) -> Align | None:
    """Map a w:jc value to the document model's alignment (None when unknown)."""
    return _JC_TO_ALIGN.get(value) if value else None


def w_val(element: etree._Element | None, child: str) -> str | None:
    """The w:val of `element`'s first `child` (e.g. 'w:jc'), or None."""
    if element is None:
        return None
    found = element.find(qn(child))
    return None if found is None else found.get(qn("w:val"))


@dataclass(frozen=True)
class StyleNumbering:
    """A numPr as stated by a paragraph or a style: either part may be missing."""

    num_id: str | None
    ilvl: int | None


def read_num_pr(ppr: etree._Element | None) -> StyleNumbering | None:
    """The w:numPr inside a w:pPr, or None when there is none."""
    if ppr is None:
        return None
    num_pr = ppr.find(qn("w:numPr"))
    if num_pr is None:
        return None
    ilvl = w_val(num_pr, "w:ilvl")
    return StyleNumbering(
        num_id=w_val(num_pr, "w:numId"), ilvl=int(ilvl) if ilvl and ilvl.isdigit() else None
    )


class StyleIndex:
    """Paragraph styles by id, answering inherited properties through w:basedOn."""

    def __init__(self, styles_root: etree._Element | None) -> None:
        self._styles: dict[str, etree._Element] = {}
        self._default_paragraph_style: str | None = None
        self._default_ppr: etree._Element | None = None
        if styles_root is None:
            return
        for style in styles_root.iter(qn("w:style")):
            if style.get(qn("w:type")) not in (None, "paragraph", "numbering"):
                continue
            style_id = style.get(qn("w:styleId"))
            if style_id:
                self._styles[style_id] = style
                if (
                    style.get(qn("w:default")) in ("1", "true", "on")
                    and style.get(qn("w:type")) == "paragraph"
                ):
                    self._default_paragraph_style = style_id
        defaults = styles_root.find(qn("w:docDefaults"))
        if defaults is not None:
            self._default_ppr = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}")

    def effective_style_id(self, style_id: str | None) -> str | None:
        """The paragraph's style id, or the default paragraph style when it names none."""
        return style_id if style_id in self._styles else self._default_paragraph_style

    def _chain(self, style_id: str | None) -> list[etree._Element]:
        chain: list[etree._Element] = []
        current = style_id
        while current in self._styles and len(chain) < _MAX_CHAIN:
            style = self._styles[current]
            if any(style is seen for seen in chain):
                break
            chain.append(style)
            current = w_val(style, "w:basedOn")
        return chain

    def alignment(self, style_id: str | None) -> Align | None:
        """Alignment a style (or its ancestors, or the document defaults) sets."""
        for style in self._chain(self.effective_style_id(style_id)):
            align = jc_to_align(w_val(style.find(qn("w:pPr")), "w:jc"))
            if align:
                return align
        return jc_to_align(w_val(self._default_ppr, "w:jc"))

    def numbering(self, style_id: str | None, use_default: bool = True) -> StyleNumbering | None:
        """numId and ilvl a style inherits (each from the nearest style stating it)."""
        num_id: str | None = None
        ilvl: int | None = None
        start = self.effective_style_id(style_id) if use_default else style_id
        for style in self._chain(start):
            stated = read_num_pr(style.find(qn("w:pPr")))
            if stated is None:
                continue
            num_id = num_id if num_id is not None else stated.num_id
            ilvl = ilvl if ilvl is not None else stated.ilvl
        if num_id is None and ilvl is None:
            return None
        return StyleNumbering(num_id=num_id, ilvl=ilvl)

    def num_id_of_numbering_style(self, style_id: str) -> str | None:
        """The numId a numbering style (target of w:numStyleLink) points to."""
        stated = self.numbering(style_id, use_default=False)
        return stated.num_id if stated else None
