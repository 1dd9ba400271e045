"""Bad PDF input: encrypted, corrupt, no text layer (files made by hand in tmp_path)."""

from __future__ import annotations

import pytest

from etl.read.errors import CorruptFileError, EncryptedFileError, NoTextLayerError
from etl.read.pdf import read_pdf
from tests.conftest import sample_path
from tests.read.test_pdf_builders import HELVETICA, write_pdf

_ID = b"/ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] "
_ENCRYPT = b"<< /Filter /Standard /V 1 /R 2 /O <" + b"ab" * 32 + b"> /U <" + b"cd" * 32 + b"> /P -44 >>"


def test_minimal_text_pdf_reads(tmp_path):
    path = write_pdf(tmp_path / "ok.pdf", b"BT /F1 24 Tf 72 700 Td (Hello world) Tj ET", resources=HELVETICA)
    document = read_pdf(path)
    assert [p.text for p in document.paragraphs()] == ["Hello world"]
    assert document.pages == 1


def test_password_protected_pdf_is_encrypted_error(tmp_path):
    path = write_pdf(
        tmp_path / "locked.pdf",
        b"BT /F1 24 Tf 72 700 Td (secret) Tj ET",
        trailer_extra=b"/Encrypt 5 0 R " + _ID,
        extra_objects=(_ENCRYPT,),
        resources=HELVETICA,
    )
    with pytest.raises(EncryptedFileError):
        read_pdf(path)


def test_image_only_pdf_has_no_text_layer(tmp_path):
    path = write_pdf(tmp_path / "scan.pdf", b"0 0 1 rg 100 100 200 200 re f")
    with pytest.raises(NoTextLayerError):
        read_pdf(path)


def test_garbage_is_corrupt(tmp_path):
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"\x00garbage\xff" * 100)
    with pytest.raises(CorruptFileError):
        read_pdf(path)


def test_truncated_sample_is_corrupt(tmp_path):
    data = sample_path("pdf", "000_9655f32b988e5d04").read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(CorruptFileError):
        read_pdf(path)
