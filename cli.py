"""policy-etl command line: thin typer commands over the etl library."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from etl.check.golden import GoldenFileError
from etl.check.render import render_differences, render_scores, report_to_json
from etl.check.report import CheckReport
from etl.check.run import check_warehouse, update_golden_files
from etl.check.thresholds import Threshold
from etl.check.update import GoldenUpdate
from etl.load.errors import WarehouseReadError
from etl.pipeline import DocumentOutcome, IngestReport, collect_inputs, ingest
from schemas.parsed import Status

app = typer.Typer(
    help="Turn Chinese policy documents (txt, docx, pdf) into a SQL research warehouse.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(width=None if Console().is_terminal else 180)


@app.callback()
def main() -> None:
    """policy-etl: ingest policy documents; query the research views with SQL."""


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders to ingest (default: raw/).")] = None,
    db: Annotated[str, typer.Option("--db", help="SQLite file path or SQLAlchemy URL.")] = "warehouse.sqlite",
    parsed_dir: Annotated[
        Path, typer.Option("--parsed-dir", help="Where the per-document JSON hand-off goes.")
    ] = Path("parsed"),
    force: Annotated[bool, typer.Option("--force", help="Re-ingest files even if unchanged.")] = False,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Parallel parsing processes.")] = 1,
) -> None:
    """Ingest documents into the warehouse and print a per-document summary.

    Exits with status 1 if any document failed; every good document is still loaded.
    """
    inputs = collect_inputs(paths or [Path("raw")])
    with Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
        console=console, transient=True,
    ) as progress:
        bar = progress.add_task("", total=len(inputs))

        def advance(outcome: DocumentOutcome) -> None:
            progress.update(bar, advance=1, description=outcome.source_name)

        report = ingest(inputs, db=db, parsed_dir=parsed_dir, force=force, workers=workers, on_progress=advance)
    _print_summary(report)
    if report.failed:
        raise typer.Exit(code=1)


def _print_summary(report: IngestReport) -> None:
    table = Table(title="ingest summary", show_lines=False)
    for column in ("document", "format", "status", "tasks", "ind.", "values", "targets", "resp.", "sym.",
                   "unplaced", "notes"):
        table.add_column(column, overflow="fold")
    for o in report.outcomes:
        counts = o.counts
        notes = "; ".join([f"{e.stage}/{e.code}: {e.message}" for e in o.errors] + o.warnings)
        style = {"failed": "red", "skipped": "dim"}.get(o.status.value)
        table.add_row(
            o.source_name, o.format, o.status.value,
            *(str(counts.get(k, "")) for k in ("tasks", "indicators", "values", "targets", "responsibilities",
                                               "symbols")),
            str(o.unplaced) if o.status is Status.loaded else "",
            notes,
            style=style,
        )
    console.print(table)
    by_status = {s: sum(1 for o in report.outcomes if o.status is s) for s in Status}
    console.print(
        f"{by_status[Status.loaded]} loaded, {by_status[Status.skipped]} unchanged (skipped), "
        f"{by_status[Status.failed]} failed in {report.seconds:.1f}s"
    )


@app.command("check")
def check_command(
    golden: Annotated[Path, typer.Option("--golden", help="Folder of golden <stem>.json files.")] = Path("tests/golden"),
    db: Annotated[str, typer.Option("--db", help="SQLite file path or SQLAlchemy URL.")] = "warehouse.sqlite",
    only_format: Annotated[
        str | None, typer.Option("--format", help="Check only documents of this format (txt, docx, pdf).")
    ] = None,
    min_f1: Annotated[
        list[str] | None,
        typer.Option("--min-f1", metavar="SECTION[@FORMAT]=F1",
                     help="Exit 1 when an F1 is below this (e.g. tasks=0.95, overall@pdf=0.9); repeatable. "
                          "Without @FORMAT the pooled column is checked."),
    ] = None,
    missing_as_fn: Annotated[
        bool, typer.Option("--missing-as-fn", help="Count a golden document missing from a checked format as missed.")
    ] = False,
    limit: Annotated[int, typer.Option("--limit", min=0, help="Differences listed per section per document.")] = 10,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Also list target metrics worded differently (tolerated).")
    ] = False,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the figures and every difference to this JSON file.")
    ] = None,
    update: Annotated[
        bool, typer.Option("--update", help="Rewrite the golden files from the warehouse and print the diff to review.")
    ] = False,
    update_from: Annotated[
        str, typer.Option("--update-from", help="The rendering whose records --update writes.")
    ] = "txt",
) -> None:
    """Compare an ingested warehouse with golden files.

    Prints precision / recall / F1 per record type and format, then the missing (-), spurious (+)
    and changed (~) records of each document.

    Exit status 1 when a --min-f1 bar fails; 2 when the warehouse or the golden files cannot be read.
    """
    try:
        thresholds = [Threshold.parse(t) for t in min_f1 or []]
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--min-f1") from error
    try:
        if update:
            _print_updates(update_golden_files(db, golden, update_from), update_from)
            return
        report = check_warehouse(db, golden, missing_as_fn=missing_as_fn, only_format=only_format)
    except (WarehouseReadError, GoldenFileError) as error:
        console.print(f"[red]error:[/red] {error}")
        raise typer.Exit(code=2) from error
    _print_check(report, db, golden, limit, verbose)
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(report_to_json(report), ensure_ascii=False, indent=1), encoding="utf-8")
    failed = False
    for threshold in thresholds:
        column, actual, ok = threshold.evaluate(report)
        failed |= not ok
        shown = "not scored" if actual is None else f"{actual:.3f}"
        console.print(f"threshold {threshold.section}@{column} F1 >= {threshold.minimum:.3f}: {shown} "
                      f"{'ok' if ok else 'FAILED'}", style=None if ok else "red", markup=False)
    if failed:
        raise typer.Exit(code=1)


def _print_updates(updates: list[GoldenUpdate], from_format: str) -> None:
    for u in updates:
        console.print(f"{'created' if u.created else 'updated'} {u.path}", style="bold")
        for line in u.diff:
            console.print(line, style="green" if line.startswith("+") else "red" if line.startswith("-") else None,
                          markup=False, highlight=False, soft_wrap=True)
    console.print(f"{len(updates)} golden file(s) written from the {from_format} records; review the diff "
                  "(git diff) before committing.")


def _print_check(report: CheckReport, db: str, golden: Path, limit: int, verbose: bool) -> None:
    for warning in report.warnings:
        console.print(f"[yellow]warning:[/yellow] {warning}")
    checked = {f: sum(1 for d in report.documents if d.format == f) for f in report.columns if f != "all"}
    console.print(f"warehouse {db} · golden {golden} · documents checked: "
                  + (", ".join(f"{f} {n}" for f, n in checked.items()) or "none"), markup=False)
    for fmt, stems in report.unpaired_golden.items():
        if stems:
            console.print(f"  golden documents without a {fmt} rendering in the warehouse: {', '.join(stems)}",
                          markup=False)
    if report.unpaired_warehouse:
        console.print(f"  warehouse documents without a golden file (not checked): {len(report.unpaired_warehouse)}",
                      markup=False)
    for line in render_scores(report):
        console.print(line, markup=False, highlight=False)
    if limit:
        for line in render_differences(report, limit, reworded=verbose):
            console.print(line, markup=False, highlight=False, soft_wrap=True)


if __name__ == "__main__":
    app()
