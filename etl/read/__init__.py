"""Readers: one module per input format, all returning the same Document model."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from etl.read.errors import ReadError, UnsupportedFormatError
from schemas.document import Document

SUPPORTED_SUFFIXES = (".txt", ".docx", ".pdf")


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes (the basis of the stable doc_id)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _reader_for(path: Path) -> Callable[[Path], Document]:
    suffix = path.suffix.lower()
    if suffix == ".txt":
        from etl.read.text import read_text

        return read_text
    if suffix == ".docx":
        from etl.read.docx import read_docx

        return read_docx
    if suffix == ".pdf":
        from etl.read.pdf import read_pdf

        return read_pdf
    if suffix in (".doc", ".wps"):
        raise UnsupportedFormatError(
            f"legacy binary Word format '{suffix}' is not supported; save it as .docx or .pdf"
        )
    raise UnsupportedFormatError(f"unsupported file type '{suffix or path.name}'")


def read_document(path: Path) -> Document:
    """Read a txt, docx or pdf file into a Document; raise ReadError if impossible."""
    reader = _reader_for(path)
    if not path.is_file():
        raise ReadError(f"not a readable file: {path}")
    if path.stat().st_size == 0:
        from etl.read.errors import EmptyFileError

        raise EmptyFileError("the file is empty (0 bytes)")
    return reader(path)


__all__ = ["SUPPORTED_SUFFIXES", "ReadError", "file_sha256", "read_document"]
