"""Encoding detection and refusal of unreadable plain-text files."""

from __future__ import annotations

import codecs

import pytest

from etl.read.errors import BinaryContentError, EmptyFileError, UnknownEncodingError
from etl.read.text import read_text
from etl.read.text_encoding import decode_text

SAMPLE = "江阴市先进制造业高质量发展三年行动计划\n一、指导思想\n"


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (SAMPLE.encode("gbk"), "gbk"),
        ("中国𠀀计划\n".encode("gb18030"), "gb18030"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "gbk", "gb18030"],
)
def test_detects_and_records_encoding(tmp_path, raw, encoding):
    path = tmp_path / "doc.txt"
    path.write_bytes(raw)
    document = read_text(path)
    assert document.encoding == encoding
    expected = raw.decode("gb18030") if encoding == "gb18030" else SAMPLE
    assert [p.text for p in document.paragraphs()] == expected.split()


def test_gb18030_four_byte_character_is_kept():
    decoded = decode_text("中国𠀀计划".encode("gb18030"))
    assert decoded.text == "中国𠀀计划"
    assert decoded.encoding == "gb18030"


def test_undecodable_bytes_raise_with_offset(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes("三年行动计划".encode() + b"\xff\xfe\xfa\x80")
    with pytest.raises(UnknownEncodingError, match=r"offset 18"):
        read_text(path)


def test_broken_utf16_after_bom_raises(tmp_path):
    path = tmp_path / "bad16.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "计划".encode("utf-16-le") + b"\x00\xd8")
    with pytest.raises(UnknownEncodingError, match="UTF-16-LE"):
        read_text(path)


def test_nul_bytes_are_binary(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(BinaryContentError, match="NUL"):
        read_text(path)


def test_many_control_characters_are_binary(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]) * 20)
    with pytest.raises(BinaryContentError, match="control characters"):
        read_text(path)


def test_single_stray_control_is_removed_with_warning(tmp_path):
    path = tmp_path / "stray.txt"
    path.write_bytes("一、总体要求\x07\n".encode())
    document = read_text(path)
    assert document.paragraphs()[0].text == "一、总体要求"
    assert any("U+0007" in w for w in document.warnings)


@pytest.mark.parametrize(
    "raw",
    [b"", b"   \n\t\n\r\n", "\u3000\n\xa0\n".encode(), codecs.BOM_UTF8 + b"\n"],
    ids=["zero-bytes", "ascii-blanks", "cjk-blanks", "bom-only"],
)
def test_empty_or_blank_file_raises(tmp_path, raw):
    path = tmp_path / "empty.txt"
    path.write_bytes(raw)
    with pytest.raises(EmptyFileError):
        read_text(path)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_by_its_nul_bytes(tmp_path, codec):
    path = tmp_path / "nobom.txt"
    path.write_bytes(SAMPLE.encode(codec))
    document = read_text(path)
    assert document.encoding == codec
    assert [p.text for p in document.paragraphs()] == SAMPLE.split()
