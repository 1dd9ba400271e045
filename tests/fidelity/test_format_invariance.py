"""The same document as .txt, .docx (plain and Word auto-numbered) and .pdf gives the same records.

The .txt rendering's records are the expectation; every field of every record of the other
renderings must be equal after text normalisation (no tolerance, not even for target metric
wording). Differences we know of are listed below with their reason; a listed difference that
disappears fails too, so the list stays true.
"""

from __future__ import annotations

import pytest

from etl.check.compare import compare_document
from etl.check.report import difference_lines
from etl.check.sections import SECTIONS
from etl.check.views import read_warehouse
from tests.conftest import RAW_DIR

STEMS = sorted(p.stem for p in (RAW_DIR / "txt").glob("*.txt"))
OTHER_RENDERINGS = sorted(
    p.name for p in RAW_DIR.rglob("*") if p.suffix in {".docx", ".pdf"} and p.name.split(".")[0] in STEMS
)
# (rendering, difference line prefix) -> why the rendering differs from the .txt
KNOWN_DIFFERENCES: dict[tuple[str, str], str] = {
    ("001_5c98e3f220e824c9.docx", "document: - doc_number: 澄高管〔2018〕72号"):
        "the .txt is a web page whose metadata box (文件编号 …) holds the 文号; the .docx has no such box",
    ("001_5c98e3f220e824c9.pdf", "document: - doc_number: 澄高管〔2018〕72号"):
        "the .txt is a web page whose metadata box (文件编号 …) holds the 文号; the .pdf has no such box",
}


@pytest.fixture(scope="module")
def warehouse(sample_warehouse):
    return read_warehouse(sample_warehouse)


def test_every_document_has_docx_and_pdf_renderings():
    for stem in STEMS:
        assert f"{stem}.docx" in OTHER_RENDERINGS
        assert f"{stem}.pdf" in OTHER_RENDERINGS


@pytest.mark.parametrize("stem", STEMS)
def test_txt_rendering_has_records_to_compare(warehouse, stem):
    """An extractor that finds nothing would agree with itself: the .txt must hold records."""
    _, records = warehouse[f"{stem}.txt"]
    assert records.document
    assert records.document["title"]
    assert records.section("tasks")
    assert records.section("targets") or records.section("values")


@pytest.mark.parametrize("rendering", OTHER_RENDERINGS)
def test_rendering_gives_the_records_of_the_txt(warehouse, rendering):
    _, expected = warehouse[rendering.split(".")[0] + ".txt"]
    _, actual = warehouse[rendering]
    differences = difference_lines(compare_document(expected, actual, SECTIONS, tolerate_rewording=False))
    known = [prefix for (name, prefix) in KNOWN_DIFFERENCES if name == rendering]
    unexpected = [line for line in differences if not any(line.startswith(k) for k in known)]
    assert not unexpected, f"{rendering} differs from the .txt (- only in .txt, + only here, ~ changed: .txt → here):\n" + "\n".join(unexpected)
    gone = [k for k in known if not any(line.startswith(k) for line in differences)]
    assert not gone, f"known difference no longer there, remove it from KNOWN_DIFFERENCES: {gone}"
