"""The extract stage over a whole document: every extractor, one ParsedDocument."""

from __future__ import annotations

import re

from etl.extract.errors import ExtractError, NotAPolicyDocumentError
from etl.extract.indicators import extract_indicators
from etl.extract.metadata import extract_metadata
from etl.extract.responsibilities import extract_task_responsibilities
from etl.extract.targets import extract_targets
from etl.extract.task_tables import is_task_table
from etl.extract.tasks import extract_tasks
from etl.normalise.jurisdiction import detect_jurisdiction
from schemas.document import Document
from schemas.parsed import ParsedDocument, Unplaced

MIN_CJK_CHARS = 50
_CJK = re.compile(r"[\u4e00-\u9fff]")


def document_id(sha256: str) -> str:
    """The stable id of a document: derived from its bytes only."""
    return sha256[:16]


def extract_document(doc: Document) -> ParsedDocument:
    """Run every extractor on a read document; raise ExtractError if one fails."""
    _check_policy_text(doc)
    meta = _run("metadata", lambda: extract_metadata(doc, detect_jurisdiction))
    tasks = _run("tasks", lambda: extract_tasks(doc))
    indicators = _run("indicators", lambda: extract_indicators(doc, meta.period_start))
    issue_year = meta.issue_date.year if meta.issue_date else None
    targets = _run("targets", lambda: extract_targets(doc, tasks, issue_year))
    task_roles = _run("responsibilities", lambda: extract_task_responsibilities(doc, tasks))
    if not (tasks or indicators.indicators or targets or meta.title):
        raise NotAPolicyDocumentError(
            "no title, numbered tasks, indicator tables or targets found: not a policy document"
        )
    return ParsedDocument(
        doc_id=document_id(doc.sha256),
        source_name=doc.source_name,
        format=doc.format,
        sha256=doc.sha256,
        encoding=doc.encoding,
        pages=doc.pages,
        meta=meta,
        tasks=tasks,
        indicators=indicators.indicators,
        values=indicators.values,
        targets=targets,
        responsibilities=task_roles + indicators.responsibilities,
        symbols=indicators.symbols,
        unplaced=indicators.unplaced + _uninterpreted_tables(doc, indicators.indicators),
        warnings=list(doc.warnings),
    )


def _uninterpreted_tables(doc: Document, indicators: list) -> list[Unplaced]:
    """Tables no extractor read (neither indicator nor task tables), reported rather than dropped."""
    read = {indicator.table_index for indicator in indicators}
    unplaced: list[Unplaced] = []
    for index, table in enumerate(doc.tables()):
        if index in read or is_task_table(table) or not table.cells:
            continue
        first_row = " | ".join(text.replace("\n", "") for text in table.text_grid()[0])
        unplaced.append(
            Unplaced(
                extractor="tables",
                reason=f"table of {table.n_rows}x{table.n_cols} not recognised as an indicator or task table",
                text=first_row[:200],
                provenance=table.provenance.model_copy(update={"table": index}),
            )
        )
    return unplaced


def _check_policy_text(doc: Document) -> None:
    text = "".join(p.text for p in doc.paragraphs()) + "".join(
        c.text for t in doc.tables() for c in t.cells
    )
    if len(_CJK.findall(text)) < MIN_CJK_CHARS:
        raise NotAPolicyDocumentError(
            f"only {len(_CJK.findall(text))} Chinese characters of text: not a Chinese policy document"
        )




def _run(extractor: str, call):
    try:
        return call()
    except ExtractError:
        raise
    except Exception as exc:  # noqa: BLE001 - wrapped with the extractor's name, document fails alone
        raise ExtractError(extractor, f"{type(exc).__name__}: {exc}") from exc
