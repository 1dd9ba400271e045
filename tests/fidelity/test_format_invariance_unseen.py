"""Format invariance on documents the tool was not tuned on: the .docx and .pdf renderings of the
golden_unseen documents (laid out by tests/data/crossformat/build.py like an office's Word file:
real merged cells, repeated header rows, tables across page breaks) give exactly the records of
the .txt. With the golden tests of the .txt (test_golden_unseen_*.py) this checks every rendering
against its hand-written golden file.
"""

from __future__ import annotations

import pytest

from etl.check.compare import compare_document
from etl.check.report import difference_lines
from etl.check.sections import SECTIONS
from etl.check.views import read_warehouse
from etl.pipeline import ingest
from tests.conftest import PROJECT_ROOT

FOLDER = PROJECT_ROOT / "tests" / "data" / "golden_unseen"
RENDERINGS = sorted(p.name for p in FOLDER.iterdir() if p.suffix in {".docx", ".pdf"})


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("golden_unseen")
    report = ingest([FOLDER], db=tmp / "w.sqlite", parsed_dir=tmp / "parsed")
    assert not report.failed, [(o.source_name, o.errors) for o in report.failed]
    return read_warehouse(tmp / "w.sqlite")


def test_documents_with_tables_and_without_are_rendered():
    stems = {name.split(".")[0] for name in RENDERINGS}
    assert len(stems) >= 5
    assert all(f"{stem}.docx" in RENDERINGS and f"{stem}.pdf" in RENDERINGS for stem in stems)


@pytest.mark.parametrize("rendering", RENDERINGS)
def test_rendering_gives_the_records_of_the_txt(warehouse, rendering):
    _, expected = warehouse[rendering.split(".")[0] + ".txt"]
    _, actual = warehouse[rendering]
    assert expected.section("tasks"), "the .txt must hold records to compare"
    differences = difference_lines(compare_document(expected, actual, SECTIONS, tolerate_rewording=False))
    assert not differences, f"{rendering} differs from the .txt (- only in .txt, + only here):\n" + "\n".join(differences)


def test_every_document_has_a_usable_golden_file():
    from etl.check.golden import load_golden_dir

    golden, problems = load_golden_dir(FOLDER)
    assert problems == []
    assert set(golden) == {p.stem for p in FOLDER.glob("*.txt")}
