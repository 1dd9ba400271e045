"""policy-etl command line: thin typer commands over the etl library."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

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


if __name__ == "__main__":
    app()
