"""Check that a file really is a .docx package before parsing, and open it with python-docx.

Maps every way a ".docx" can be unreadable to one of the read-stage errors:
encrypted (OLE container with EncryptionInfo), legacy .doc / RTF / PDF (unsupported),
broken or foreign zip, malformed XML (corrupt).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from lxml import etree

from etl.read.docx_cfb import CfbFormatError, cfb_stream_names, is_cfb
from etl.read.errors import CorruptFileError, EmptyFileError, EncryptedFileError, UnsupportedFormatError

_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_WORD_MAIN_TYPES = ("wordprocessingml.document.main", "ms-word.document.macroEnabled.main",
                    "wordprocessingml.template.main", "ms-word.template.macroEnabledTemplate.main")  # fmt: skip
_FOREIGN_MAIN_TYPES = {"spreadsheetml": "an Excel workbook", "presentationml": "a PowerPoint presentation"}


def _check_cfb(data: bytes) -> None:
    """Raise the right error for an OLE/CFB container posing as a .docx."""
    try:
        names = {name.lower() for name in cfb_stream_names(data)}
    except CfbFormatError as exc:
        raise CorruptFileError(f"damaged OLE compound file: {exc}") from exc
    if "encryptioninfo" in names or "encryptedpackage" in names:
        raise EncryptedFileError(
            "the document is password-protected (encrypted Office file); remove the password"
        )
    if "worddocument" in names:
        raise UnsupportedFormatError(
            "this is a legacy binary Word (.doc) file with a .docx name; save it as .docx or .pdf"
        )
    raise UnsupportedFormatError("this is an OLE compound file, not a Word .docx package")


def _check_signature(path: Path) -> None:
    """Reject non-zip files by their first bytes, naming the real format when known."""
    with path.open("rb") as handle:
        head = handle.read(8)
    if not head:
        raise EmptyFileError("the file is empty (0 bytes)")
    if is_cfb(head):
        _check_cfb(path.read_bytes())
    if head.startswith(b"{\\rtf"):
        raise UnsupportedFormatError("this is an RTF file with a .docx name; save it as .docx or .pdf")
    if head.startswith(b"%PDF"):
        raise UnsupportedFormatError("this is a PDF file with a .docx name; rename it to .pdf")
    if not head.startswith(_ZIP_MAGICS):
        raise CorruptFileError("not a Word .docx file (no zip package signature)")


def _check_package(path: Path) -> None:
    """Reject zips that are broken or hold something other than a Word document."""
    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
            if "[Content_Types].xml" not in names:
                raise CorruptFileError("zip file without [Content_Types].xml: not a Word .docx package")
            content_types = package.read("[Content_Types].xml").decode("utf-8", errors="replace")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
        raise CorruptFileError(f"damaged .docx package: {exc}") from exc
    if not any(kind in content_types for kind in _WORD_MAIN_TYPES):
        for marker, what in _FOREIGN_MAIN_TYPES.items():
            if marker in content_types:
                raise UnsupportedFormatError(f"this is {what} with a .docx name, not a Word document")
        raise CorruptFileError("the package has no Word main document part")


def open_docx(path: Path) -> DocxDocument:
    """Open a .docx with python-docx after checking its container; raise a ReadError if unreadable."""
    _check_signature(path)
    _check_package(path)
    try:
        return docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, EOFError, OSError) as exc:
        raise CorruptFileError(f"damaged .docx package: {type(exc).__name__}: {exc}") from exc
    except ValueError as exc:  # python-docx: main part of an unexpected content type
        raise UnsupportedFormatError(f"not a readable Word document: {exc}") from exc
