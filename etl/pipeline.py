"""The ingest pipeline: read -> extract -> normalise -> parsed/*.json -> load.

Each file is processed on its own; a failure becomes an outcome with a status
and error items, and the batch goes on. Parsing may run in worker processes;
loading happens in the calling process, one transaction per document.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from etl.extract.document import extract_document
from etl.extract.errors import ExtractError
from etl.load.errors import LoadError
from etl.load.warehouse import load_document, log_ingest, open_warehouse, stored_sha256
from etl.normalise.records import normalise_document
from etl.read import SUPPORTED_SUFFIXES, file_sha256, read_document
from etl.read.errors import ReadError
from schemas.parsed import ErrorItem, ParsedDocument, Status

LEGACY_SUFFIXES = (".doc", ".wps")


@dataclass
class DocumentOutcome:
    """What happened to one input file."""

    source_name: str
    format: str
    status: Status
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    errors: list[ErrorItem] = field(default_factory=list)
    unplaced: int = 0
    seconds: float = 0.0


@dataclass
class IngestReport:
    """Outcomes of one ingest run."""

    outcomes: list[DocumentOutcome] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> list[DocumentOutcome]:
        return [o for o in self.outcomes if o.status is Status.failed]


def collect_inputs(paths: Iterable[Path]) -> list[Path]:
    """Files to ingest: given files, and supported files found under given folders."""
    found: list[Path] = []
    wanted = SUPPORTED_SUFFIXES + LEGACY_SUFFIXES
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in wanted))
        else:
            found.append(path)
    return found


def parse_file(path: Path) -> ParsedDocument:
    """Read, extract and normalise one file (raises ReadError / ExtractError)."""
    document = read_document(path)
    return normalise_document(extract_document(document))


def write_parsed(parsed: ParsedDocument, parsed_dir: Path) -> Path:
    """Write the hand-off JSON of one document; returns its path."""
    parsed_dir.mkdir(parents=True, exist_ok=True)
    target = parsed_dir / f"{parsed.source_name}.json"
    target.write_text(parsed.model_dump_json(indent=1), encoding="utf-8")
    return target


def read_parsed(path: Path) -> ParsedDocument:
    """Load and validate a hand-off JSON written by write_parsed."""
    return ParsedDocument.model_validate_json(path.read_text(encoding="utf-8"))


def _parse_to_json(path: Path, parsed_dir: Path) -> tuple[Path | None, ErrorItem | None]:
    """Worker: parse one file to its JSON hand-off, or describe why not."""
    try:
        return write_parsed(parse_file(path), parsed_dir), None
    except ReadError as exc:
        return None, ErrorItem(stage="read", code=exc.code, message=exc.message)
    except ExtractError as exc:
        return None, ErrorItem(stage="extract", code=exc.code, message=str(exc))
    except Exception as exc:  # noqa: BLE001 - an unexpected failure fails this document only
        return None, ErrorItem(stage="extract", code="internal_error", message=f"{type(exc).__name__}: {exc}")


def ingest(
    paths: Iterable[Path],
    db: str | Path,
    parsed_dir: Path,
    force: bool = False,
    workers: int = 1,
    on_progress: Callable[[DocumentOutcome], None] | None = None,
) -> IngestReport:
    """Ingest files into the warehouse; unchanged files are skipped unless `force`."""
    started = time.perf_counter()
    engine = open_warehouse(db)
    report = IngestReport()
    todo: list[tuple[Path, str]] = []
    for path in collect_inputs(paths):
        sha = file_sha256(path) if path.is_file() else None
        if not force and sha is not None and stored_sha256(engine, path.name) == sha:
            outcome = DocumentOutcome(path.name, _format_of(path), Status.skipped)
            log_ingest(engine, path.name, sha, Status.skipped, "unchanged since the last ingest")
            report.outcomes.append(outcome)
            if on_progress:
                on_progress(outcome)
        else:
            todo.append((path, sha or ""))

    def finish(path: Path, sha: str, result: tuple[Path | None, ErrorItem | None], seconds: float) -> None:
        outcome = _load_result(engine, path, sha, result)
        outcome.seconds = seconds
        report.outcomes.append(outcome)
        if on_progress:
            on_progress(outcome)

    if workers > 1 and len(todo) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = [(path, sha, time.perf_counter(), pool.submit(_parse_to_json, path, parsed_dir))
                       for path, sha in todo]
            for path, sha, submitted, future in futures:
                finish(path, sha, future.result(), time.perf_counter() - submitted)
    else:
        for path, sha in todo:
            t0 = time.perf_counter()
            result = _parse_to_json(path, parsed_dir)
            finish(path, sha, result, time.perf_counter() - t0)
    report.seconds = time.perf_counter() - started
    return report


def _format_of(path: Path) -> str:
    return path.suffix.lower().lstrip(".") or "?"


def _load_result(engine, path: Path, sha: str, result: tuple[Path | None, ErrorItem | None]) -> DocumentOutcome:
    json_path, error = result
    outcome = DocumentOutcome(path.name, _format_of(path), Status.failed)
    if error is None and json_path is not None:
        try:
            parsed = read_parsed(json_path)
            load_document(engine, parsed)
        except LoadError as exc:
            error = ErrorItem(stage="load", code=exc.code, message=str(exc))
        else:
            outcome.status = Status.loaded
            outcome.counts = {
                "tasks": len(parsed.tasks),
                "indicators": len(parsed.indicators),
                "values": len(parsed.values),
                "targets": len(parsed.targets),
                "responsibilities": len(parsed.responsibilities),
                "symbols": len(parsed.symbols),
            }
            outcome.warnings = parsed.warnings
            outcome.unplaced = len(parsed.unplaced)
    if error is not None:
        outcome.errors.append(error)
    message = "; ".join(e.message for e in outcome.errors)
    log_ingest(engine, path.name, sha or None, outcome.status, message)
    return outcome
