"""A table the interpreter cannot read is reported, and the document's other tables still count."""

from __future__ import annotations

import etl.extract.indicators as indicators
from etl.read import read_document
from tests.conftest import sample_path


def test_a_failing_table_is_unplaced_and_the_others_are_kept(monkeypatch):
    doc = read_document(sample_path("docx", "000_9655f32b988e5d04"))
    whole = indicators.extract_indicators(doc)
    real = indicators._read_table

    def failing_on_first_table(ref, *args, **kwargs):
        if ref.index == 0:
            raise ValueError("boom")
        return real(ref, *args, **kwargs)

    monkeypatch.setattr(indicators, "_read_table", failing_on_first_table)
    partial = indicators.extract_indicators(doc)
    assert {i.table_index for i in partial.indicators} == {i.table_index for i in whole.indicators} - {0}
    assert not [v for v in partial.values if v.provenance.table == 0]
    failures = [u for u in partial.unplaced if "could not be interpreted" in u.reason]
    assert len(failures) == 1
    assert failures[0].provenance.table == 0
    assert "boom" in failures[0].reason
