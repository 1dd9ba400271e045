"""The PDF reader on LibreOffice renderings of the hand-made .docx fixtures.

The .pdf files in tests/data/unseen/read/ were converted once from the .docx next to them
(``soffice --headless --convert-to pdf``) and are committed: the tests need no LibreOffice.
"""

from __future__ import annotations

import pytest

from etl.read.docx import read_docx
from etl.read.errors import NoTextLayerError
from etl.read.pdf import read_pdf
from tests.read.test_docx_unseen import HEADINGS_BODY
from tests.read.unseen_docx_builders import LONG_PARAGRAPHS, TWO_COLUMN_PARAGRAPHS, UNSEEN


def _texts(document) -> list[str]:
    return [p.text for p in document.paragraphs()]


def test_headings_match_the_docx_and_header_footer_do_not_leak():
    """The first page's header holds the 文号 (printed once); footers hold '— N —'."""
    document = read_pdf(UNSEEN / "headings_sections.pdf")
    assert _texts(document) == HEADINGS_BODY
    assert _texts(document) == _texts(read_docx(UNSEEN / "headings_sections.docx"))
    assert document.paragraphs()[0].align == "center"


def test_page_numbers_dash_and_page_of_total_are_dropped():
    texts = _texts(read_pdf(UNSEEN / "pdf_layouts.pdf"))
    assert not any(t in ("- 1 -", "第 2 页 共 2 页", "第2页共2页") or t.startswith("第2页") for t in texts)
    assert texts[1:3] == LONG_PARAGRAPHS


def test_two_column_page_reads_left_column_then_right():
    texts = _texts(read_pdf(UNSEEN / "pdf_layouts.pdf"))
    assert texts[-4:] == TWO_COLUMN_PARAGRAPHS


def test_table_title_row_vertical_text_and_spans_match_the_docx():
    pdf = read_pdf(UNSEEN / "task_tables.pdf")
    assert [b.text for b in pdf.blocks[:2]] == ["附件", "2024年重点任务分解表"]
    [table] = pdf.tables()
    [word_table] = read_docx(UNSEEN / "task_tables.docx").tables()
    assert (table.n_rows, table.n_cols) == (word_table.n_rows, word_table.n_cols) == (4, 4)
    assert table.text_grid()[0] == word_table.text_grid()[0]
    category = next(c for c in table.cells if c.col == 0 and c.row == 1)
    assert (category.text, category.row_span) == ("产业发展", 3)  # vertical text, one char per line
    flat = [[text.replace("\n", "") for text in row] for row in table.text_grid()]
    word_flat = [[text.replace("\n", "") for text in row] for row in word_table.text_grid()]
    for row in (0, 1, 3):  # row 2 holds the nested table (known gap in PDF, see below)
        assert flat[row] == word_flat[row]


def test_short_document_paragraphs_are_not_glued_together():
    """Few lines reach the right margin: the margin mirrors the left one, headings stay apart."""
    texts = _texts(read_pdf(UNSEEN / "text_box_table.pdf"))
    assert "到2025年，创新能力明显增强。" in texts
    assert "二、重点任务" in texts
    assert texts[0] == "一、发展目标"


def test_known_gap_table_without_ruling_lines_stays_text():
    """A borderless Word table has no ruling lines in the PDF: its rows come out as text lines."""
    document = read_pdf(UNSEEN / "pdf_layouts.pdf")
    assert document.tables() == []
    assert "研发投入强度（%）2.8 3" in _texts(document)


def test_page_numbers_only_is_no_text_layer(tmp_path):
    """A scan whose only text layer is a stamped page number is treated as having no text."""
    content = b"BT /F1 12 Tf 290 30 Td (- 1 -) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    body, offsets = b"%PDF-1.4\n", []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path = tmp_path / "scan.pdf"
    path.write_bytes(body)
    with pytest.raises(NoTextLayerError):
        read_pdf(path)
