"""The visible run text of a w:p: w:t, tabs and breaks; no field codes, deletions, hidden runs."""

from __future__ import annotations

from docx.oxml.ns import qn
from lxml import etree

_CONTAINERS = {qn(tag) for tag in (
    "w:hyperlink", "w:ins", "w:moveTo", "w:smartTag", "w:customXml", "w:sdt", "w:sdtContent",
    "w:fldSimple", "w:bdo", "w:dir", "w:ruby", "w:rubyBase",
)}  # fmt: skip
_RUN = qn("w:r")
_TEXT, _TAB, _PTAB, _BR, _CR = qn("w:t"), qn("w:tab"), qn("w:ptab"), qn("w:br"), qn("w:cr")
_NB_HYPHEN, _SYM, _FLD_CHAR = qn("w:noBreakHyphen"), qn("w:sym"), qn("w:fldChar")
_RPR, _VANISH, _SPEC_VANISH = qn("w:rPr"), qn("w:vanish"), qn("w:specVanish")
_OFF = ("0", "false", "off")


def _is_hidden(run: etree._Element) -> bool:
    rpr = run.find(_RPR)
    if rpr is None:
        return False
    for tag in (_VANISH, _SPEC_VANISH):
        flag = rpr.find(tag)
        if flag is not None and flag.get(qn("w:val"), "true") not in _OFF:
            return True
    return False


def _symbol(element: etree._Element) -> str:
    """A w:sym character, unless it is a private-use (symbol-font) glyph."""
    try:
        code = int(element.get(qn("w:char"), ""), 16)
    except ValueError:
        return ""
    return "" if 0xE000 <= code <= 0xF8FF or code < 0x20 else chr(code)


class _FieldState:
    """Tracks complex fields: text between fldChar begin and separate is field code."""

    def __init__(self) -> None:
        self.stack: list[bool] = []  # per open field: still in its code part?

    def update(self, fld_char: etree._Element) -> None:
        kind = fld_char.get(qn("w:fldCharType"))
        if kind == "begin":
            self.stack.append(True)
        elif kind == "separate" and self.stack:
            self.stack[-1] = False
        elif kind == "end" and self.stack:
            self.stack.pop()

    @property
    def in_code(self) -> bool:
        return any(self.stack)


def _run_text(run: etree._Element, fields: _FieldState, out: list[str]) -> None:
    hidden = _is_hidden(run)
    for child in run:
        tag = child.tag
        if tag == _FLD_CHAR:
            fields.update(child)
            continue
        if hidden or fields.in_code:
            continue
        if tag == _TEXT:
            out.append(child.text or "")
        elif tag in (_TAB, _PTAB):
            out.append("\t")
        elif tag == _BR:
            if child.get(qn("w:type")) in (None, "textWrapping"):
                out.append("\n")
        elif tag == _CR:
            out.append("\n")
        elif tag == _NB_HYPHEN:
            out.append("-")
        elif tag == _SYM:
            out.append(_symbol(child))


def _collect(element: etree._Element, fields: _FieldState, out: list[str]) -> None:
    for child in element:
        if child.tag == _RUN:
            _run_text(child, fields, out)
        elif child.tag in _CONTAINERS:
            _collect(child, fields, out)


def paragraph_text(paragraph: etree._Element) -> str:
    """Visible text of a w:p's runs (tabs as \\t, line breaks as \\n), not stripped."""
    out: list[str] = []
    _collect(paragraph, _FieldState(), out)
    return "".join(out)
