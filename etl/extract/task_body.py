"""Where a plan's body lies among a document's blocks: skip the cover notice, stop at annexes."""

from __future__ import annotations

import re
import unicodedata

from etl.extract.metadata import parse_date_line
from etl.extract.task_numbering import body_end_prefixes, lone_label, match_label
from schemas.document import Document, Paragraph

_NOTICE_MARK = re.compile(r"通知|印发|转发")
_TRANSMITS = re.compile(r"印发|转发")
_ADDRESSEE = re.compile(r"^各.{2,200}[：:]$")
_MIN_REPEAT_CHARS = 16
_SIGNATURE_MAX_CHARS = 40
_TOC_ENTRY = re.compile(r"[…\.·．‥\-—_]{3,}\s*\d{1,3}$")
_SENTENCE_MARK = re.compile(r"[。；;，,：:！？!?]")


def is_date_line(text: str) -> bool:
    """A paragraph that is only a date, as under a signature: 2022年6月14日, （2022年11月28日）."""
    return parse_date_line(text) is not None


def is_annex_start(text: str) -> bool:
    """附件 / 附表 lists and headings, 抄送 lines, web-page footers: the body ends before them."""
    return text.strip().startswith(body_end_prefixes())


def _normalised(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def body_start(doc: Document) -> int:
    """Index of the first block after a cover notice (印发…的通知, addressees, signature date).

    A notice is recognised by a 通知 line or an addressee line "各…：" before the first date
    line of the document.  The body starts after that date when labels follow it and the
    notice either transmits a plan (印发 / 转发) or has no numbered items of its own.
    """
    notice = transmits = labels_before = False
    for index, block in enumerate(doc.blocks):
        if not isinstance(block, Paragraph):
            continue
        text = block.text.strip()
        if is_date_line(text):
            own_items = labels_before and not transmits
            return index + 1 if notice and not own_items and _labels_after(doc, index) else 0
        notice = notice or bool(_NOTICE_MARK.search(text) or _ADDRESSEE.match(text))
        transmits = transmits or bool(_TRANSMITS.search(text))
        labels_before = labels_before or match_label(text) is not None
    return 0


def _is_signature_line(text: str) -> bool:
    """A short unlabelled line without sentence punctuation: an issuer's name above a date."""
    return (
        len(text) <= _SIGNATURE_MAX_CHARS
        and not _SENTENCE_MARK.search(text)
        and match_label(text) is None
        and lone_label(text) is None
    )


def _labels_after(doc: Document, index: int) -> bool:
    return any(
        isinstance(block, Paragraph) and match_label(block.text.strip())
        for block in doc.blocks[index + 1 :]
    )


def _is_bracketed_note(text: str) -> bool:
    """A paragraph that is one note in brackets (（责任单位：…）): two items may well share one."""
    return text.startswith(("（", "(")) and text.endswith(("）", ")")) and text.count("（") + text.count("(") == 1


def body_paragraphs(doc: Document) -> list[tuple[int, Paragraph]]:
    """(block index, paragraph) of the body, in order, repeated paragraphs kept once.

    The body ends at an annex list or heading (附件…) or a signature date once items have
    begun; paragraphs of an attachment list right after a 附件： line are left out; a
    paragraph repeated verbatim (a scraping artifact) is kept at its first occurrence (a note in
    brackets may repeat); a
    right-aligned line (a signature) after the items is left out, and so are the short lines
    right above the closing date (the issuer's name where the format records no alignment);
    the entries of a table of contents are left out.
    """
    start = body_start(doc)
    seen: set[str] = set()
    kept: list[tuple[int, Paragraph]] = []
    items_begun = in_attachment_list = False
    for index in range(start, len(doc.blocks)):
        block = doc.blocks[index]
        if not isinstance(block, Paragraph):
            continue
        text = block.text.strip()
        if not text or _TOC_ENTRY.search(text):
            continue  # empty, or an entry of a table of contents ("第一章　总则……1")
        labelled = match_label(text) is not None or lone_label(text) is not None
        if is_annex_start(text) or is_date_line(text):
            if items_begun:
                if is_date_line(text):
                    while kept and _is_signature_line(kept[-1][1].text.strip()):
                        kept.pop()
                break
            in_attachment_list = text.startswith("附件")
            continue
        if in_attachment_list:
            if labelled and "。" not in text:
                continue
            in_attachment_list = False
        if items_begun and not labelled and block.align == "right":
            continue  # a signature line under the last item
        key = _normalised(text)
        if len(key) >= _MIN_REPEAT_CHARS and not _is_bracketed_note(text):
            if key in seen:
                continue
            seen.add(key)
        items_begun = items_begun or labelled
        kept.append((index, block))
    return kept
