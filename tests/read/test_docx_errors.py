"""Unreadable ".docx" files: each kind maps to its ReadError class with a clear message."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest

from etl.read import read_document
from etl.read.docx import read_docx
from etl.read.docx_cfb import cfb_stream_names
from etl.read.errors import CorruptFileError, EmptyFileError, EncryptedFileError, UnsupportedFormatError
from tests.conftest import sample_path

FREE, END_OF_CHAIN, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def _dir_entry(name: str, entry_type: int, child: int = NO_STREAM, right: int = NO_STREAM) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    entry = encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), entry_type, 1)
    entry += struct.pack("<III", NO_STREAM, right, child) + bytes(16 + 4 + 16)
    entry += struct.pack("<IQ", END_OF_CHAIN, 0)
    assert len(entry) == 128
    return entry


def build_cfb(stream_names: list[str]) -> bytes:
    """A minimal version-3 compound file: one FAT sector and one directory sector."""
    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIII", header, 44, 1, 1, 0, 4096)  # FAT sectors, first dir sector, txn, cutoff
    struct.pack_into("<IIII", header, 60, END_OF_CHAIN, 0, END_OF_CHAIN, 0)
    struct.pack_into("<109I", header, 76, 0, *([FREE] * 108))
    fat = struct.pack("<128I", FAT_SECTOR, END_OF_CHAIN, *([FREE] * 126))
    entries = [_dir_entry("Root Entry", 5, child=1 if stream_names else NO_STREAM)]
    for i, name in enumerate(stream_names, start=1):
        entries.append(_dir_entry(name, 2, right=i + 1 if i < len(stream_names) else NO_STREAM))
    directory = b"".join(entries).ljust(512, b"\0")
    assert len(directory) == 512, "test builder holds at most 4 directory entries"
    return bytes(header) + fat + directory


def write(tmp_path: Path, data: bytes, name: str = "input.docx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_cfb_builder_round_trips_through_the_directory_reader() -> None:
    assert cfb_stream_names(build_cfb(["WordDocument", "1Table"])) == ["Root Entry", "WordDocument", "1Table"]


def test_password_protected_docx_is_encrypted(tmp_path: Path) -> None:
    path = write(tmp_path, build_cfb(["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"]))
    with pytest.raises(EncryptedFileError, match="password"):
        read_docx(path)


def test_legacy_doc_renamed_docx_is_unsupported(tmp_path: Path) -> None:
    path = write(tmp_path, build_cfb(["WordDocument", "1Table", "\x05SummaryInformation"]))
    with pytest.raises(UnsupportedFormatError, match=r"legacy binary Word \(\.doc\)"):
        read_docx(path)


def test_other_ole_file_is_unsupported_not_encrypted(tmp_path: Path) -> None:
    path = write(tmp_path, build_cfb(["Workbook"]))
    with pytest.raises(UnsupportedFormatError, match="OLE compound file"):
        read_docx(path)


def test_damaged_ole_header_is_corrupt(tmp_path: Path) -> None:
    path = write(tmp_path, bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 100)
    with pytest.raises(CorruptFileError):
        read_docx(path)


def test_plain_text_named_docx_is_corrupt(tmp_path: Path) -> None:
    path = write(tmp_path, "这不是一个Word文件".encode())
    with pytest.raises(CorruptFileError, match="no zip package signature"):
        read_docx(path)


def test_zip_signature_with_garbage_is_corrupt(tmp_path: Path) -> None:
    path = write(tmp_path, b"PK\x03\x04" + b"\x00garbage" * 50)
    with pytest.raises(CorruptFileError):
        read_docx(path)


def test_truncated_real_docx_is_corrupt(tmp_path: Path) -> None:
    data = sample_path("docx", "004_c753c493ba97cf57").read_bytes()
    path = write(tmp_path, data[: len(data) // 2])
    with pytest.raises(CorruptFileError):
        read_docx(path)


def test_zip_without_content_types_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "input.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("hello.txt", "hi")
    with pytest.raises(CorruptFileError, match="Content_Types"):
        read_docx(path)


def test_excel_workbook_named_docx_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "input.docx"
    content_types = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'
    )
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", content_types)
    with pytest.raises(UnsupportedFormatError, match="Excel"):
        read_docx(path)


def test_malformed_document_xml_is_corrupt(tmp_path: Path) -> None:
    source = sample_path("docx", "004_c753c493ba97cf57")
    path = tmp_path / "input.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, data[: len(data) // 3] if item.filename == "word/document.xml" else data)
    with pytest.raises(CorruptFileError):
        read_docx(path)


def test_rtf_and_pdf_named_docx_are_unsupported(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormatError, match="RTF"):
        read_docx(write(tmp_path, b"{\\rtf1\\ansi hello}", "a.docx"))
    with pytest.raises(UnsupportedFormatError, match="PDF"):
        read_docx(write(tmp_path, b"%PDF-1.7\n...", "b.docx"))


def test_empty_docx_is_empty(tmp_path: Path) -> None:
    with pytest.raises(EmptyFileError):
        read_docx(write(tmp_path, b""))


def test_read_document_dispatches_docx_errors(tmp_path: Path) -> None:
    path = write(tmp_path, build_cfb(["EncryptionInfo", "EncryptedPackage"]))
    with pytest.raises(EncryptedFileError) as caught:
        read_document(path)
    assert caught.value.code == "encrypted"
