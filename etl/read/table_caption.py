"""A table's title typed into its first row (one cell spanning every column) becomes a paragraph.

"2024年重点任务分解表" merged across the whole first row is the table's caption, not a
header: left in the grid it would hide the real header row from the extractors.
"""

from __future__ import annotations

import re

from schemas.document import Paragraph, Table

_SENTENCE_PUNCT = re.compile(r"[。；;！？!?]")
_MAX_CAPTION_LEN = 60
_MIN_ROWS_LEFT = 2  # the caption must sit on a table that keeps a header and a data row


def split_caption(table: Table) -> tuple[Paragraph | None, Table]:
    """(caption paragraph, table without the caption row), or (None, table) when there is none."""
    first_row = [cell for cell in table.cells if cell.row == 0]
    if table.n_cols < 2 or table.n_rows - 1 < _MIN_ROWS_LEFT or len(first_row) != 1:
        return None, table
    caption = first_row[0]
    text = caption.text.replace("\n", "").strip()
    if (
        caption.col_span != table.n_cols
        or caption.row_span != 1
        or not text
        or len(text) > _MAX_CAPTION_LEN
        or _SENTENCE_PUNCT.search(text)
    ):
        return None, table
    cells = []
    for cell in table.cells:
        if cell is caption:
            continue
        row = cell.row - 1
        provenance = cell.provenance
        if provenance.row is not None:
            provenance = provenance.model_copy(update={"row": row})
        cells.append(cell.model_copy(update={"row": row, "provenance": provenance}))
    trimmed = table.model_copy(
        update={"n_rows": table.n_rows - 1, "header_rows": max(table.header_rows - 1, 1) if table.header_rows else 0, "cells": cells}
    )
    paragraph = Paragraph(
        text=text,
        align="center",
        provenance=caption.provenance.model_copy(update={"row": None, "col": None}),
    )
    return paragraph, trimmed
