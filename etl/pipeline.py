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
from typing import TypeVar

from etl.extract.document import extract_document
from etl.extract.errors import ExtractError
from etl.load.errors import LoadError
from etl.load.warehouse import load_document, log_ingest, open_warehouse, source_with_sha256, stored_sha256
from etl.normalise.records import normalise_document
from etl.read import SUPPORTED_SUFFIXES, file_sha256, read_document
from etl.read.errors import ReadError
from schemas.parsed import ErrorItem, ParsedDocument, Status

LEGACY_SUFFIXES = (".doc", ".wps")
T = TypeVar("T")


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


class StageError(Exception):
    """A failure of one stage for one document, as an error item."""

    def __init__(self, item: ErrorItem) -> None:
        super().__init__(item.message)
        self.item = item


def _in_stage(stage: str, call: Callable[[], T]) -> T:
    """Run one stage; any failure becomes a StageError naming the stage."""
    try:
        return call()
    except ReadError as exc:
        raise StageError(ErrorItem(stage=stage, code=exc.code, message=exc.message)) from exc
    except ExtractError as exc:
        raise StageError(ErrorItem(stage=stage, code=exc.code, message=str(exc))) from exc
    except Exception as exc:  # noqa: BLE001 - an unexpected failure fails this document only
        message = f"{type(exc).__name__}: {exc}"
        raise StageError(ErrorItem(stage=stage, code="internal_error", message=message)) from exc


def parse_file(path: Path) -> ParsedDocument:
    """Read, extract and normalise one file (raises StageError naming the failing stage)."""
    document = _in_stage("read", lambda: read_document(path))
    parsed = _in_stage("extract", lambda: extract_document(document))
    return _in_stage("normalise", lambda: normalise_document(parsed))


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
        parsed = parse_file(path)
        return _in_stage("normalise", lambda: write_parsed(parsed, parsed_dir)), None
    except StageError as exc:
        return None, exc.item


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
    seen_names: dict[str, Path] = {}
    seen_content: dict[str, str] = {}
    for path in collect_inputs(paths):
        verdict, sha = _screen(engine, path, seen_names, seen_content, force)
        if verdict is None:
            todo.append((path, sha))
            continue
        report.outcomes.append(verdict)
        if on_progress:
            on_progress(verdict)

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
                try:
                    result = future.result()
                except Exception as exc:  # noqa: BLE001 - a dead worker fails its document only
                    result = (None, ErrorItem(stage="extract", code="worker_failed",
                                              message=f"{type(exc).__name__}: {exc}"))
                finish(path, sha, result, time.perf_counter() - submitted)
    else:
        for path, sha in todo:
            t0 = time.perf_counter()
            result = _parse_to_json(path, parsed_dir)
            finish(path, sha, result, time.perf_counter() - t0)
    report.seconds = time.perf_counter() - started
    return report


def _screen(
    engine, path: Path, seen_names: dict[str, Path], seen_content: dict[str, str], force: bool
) -> tuple[DocumentOutcome | None, str]:
    """Decide before parsing: (None, hash) to parse, else (the outcome, hash) for unreadable,
    duplicate or unchanged files."""
    outcome = DocumentOutcome(path.name, _format_of(path), Status.failed)
    if path.name in seen_names:
        message = f"another input has the same file name ({seen_names[path.name]}); names must be unique"
        outcome.errors.append(ErrorItem(stage="read", code="duplicate_name", message=message))
        log_ingest(engine, path.name, None, outcome.status, message)
        return outcome, ""
    seen_names[path.name] = path
    try:
        sha = file_sha256(path)
    except OSError as exc:
        message = f"cannot read the file: {exc.strerror or exc}"
        outcome.errors.append(ErrorItem(stage="read", code="unreadable", message=message))
        log_ingest(engine, path.name, None, outcome.status, message)
        return outcome, ""
    twin = seen_content.get(sha) or source_with_sha256(engine, sha, other_than=path.name)
    if twin is not None:
        outcome.status = Status.skipped
        outcome.warnings.append(f"same bytes as {twin}: not loaded twice")
        log_ingest(engine, path.name, sha, outcome.status, outcome.warnings[0])
        return outcome, sha
    seen_content[sha] = path.name
    if not force and stored_sha256(engine, path.name) == sha:
        outcome.status = Status.skipped
        log_ingest(engine, path.name, sha, outcome.status, "unchanged since the last ingest")
        return outcome, sha
    return None, sha


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
        except (OSError, ValueError) as exc:  # unreadable or invalid hand-off JSON
            error = ErrorItem(stage="load", code="invalid_parsed", message=f"{type(exc).__name__}: {exc}")
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
