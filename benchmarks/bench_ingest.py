"""Benchmark: ingest a folder twice into a fresh warehouse; print throughput and memory.

    .venv/bin/python benchmarks/bench_ingest.py [FOLDER] [--workers N] [--golden DIR]

First run parses and loads everything; the second run finds every file unchanged. With
--golden (default tests/golden when FOLDER is raw/), the time of `check` against those golden
files is printed too.
Peak memory is the process's maximum resident set size (children included when
--workers > 1).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl.check.run import check_warehouse  # noqa: E402
from etl.pipeline import collect_inputs, ingest  # noqa: E402


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # ru_maxrss is in KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="raw", type=Path)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--golden", type=Path, default=None, help="golden files to time `check` against")
    args = parser.parse_args()
    golden = args.golden or (Path("tests/golden") if args.folder == Path("raw") else None)
    files = collect_inputs([args.folder])
    size_mb = sum(f.stat().st_size for f in files) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        db, parsed = Path(tmp) / "bench.sqlite", Path(tmp) / "parsed"
        t0 = time.perf_counter()
        first = ingest(files, db=db, parsed_dir=parsed, workers=args.workers)
        cold = time.perf_counter() - t0
        t0 = time.perf_counter()
        ingest(files, db=db, parsed_dir=parsed, workers=args.workers)
        warm = time.perf_counter() - t0
        checked = None
        if golden is not None and golden.exists():
            t0 = time.perf_counter()
            report = check_warehouse(db, golden)
            checked = (time.perf_counter() - t0, len(report.documents))
    per_format: dict[str, list[float]] = defaultdict(list)
    for outcome in first.outcomes:
        per_format[outcome.format].append(outcome.seconds)
    print(f"files: {len(files)} ({size_mb:.1f} MB), workers: {args.workers}")
    print(f"first ingest : {cold:6.2f} s  {len(files) / cold:6.2f} docs/s  {size_mb / cold:6.2f} MB/s")
    print(f"re-ingest    : {warm:6.2f} s  (unchanged files skipped; {cold / max(warm, 1e-9):.0f}x faster)")
    for fmt, seconds in sorted(per_format.items()):
        print(f"  {fmt:5s} {len(seconds):3d} docs  mean {sum(seconds) / len(seconds):5.2f} s/doc  "
              f"max {max(seconds):5.2f} s")
    if checked:
        print(f"check        : {checked[0]:6.2f} s  ({checked[1]} documents against {golden})")
    print(f"peak RSS     : {peak_rss_mb():6.1f} MB")
    print(f"failed       : {len(first.failed)}")


if __name__ == "__main__":
    main()
