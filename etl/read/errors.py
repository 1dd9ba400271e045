"""Errors of the read stage: one class per kind of unreadable input."""

from __future__ import annotations


class ReadError(Exception):
    """A file could not be read into a Document; `code` names the kind of problem."""

    code = "unreadable"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class EmptyFileError(ReadError):
    code = "empty"


class UnknownEncodingError(ReadError):
    code = "unknown_encoding"


class BinaryContentError(ReadError):
    code = "binary"


class EncryptedFileError(ReadError):
    code = "encrypted"


class CorruptFileError(ReadError):
    code = "corrupt"


class NoTextLayerError(ReadError):
    code = "no_text_layer"


class UnsupportedFormatError(ReadError):
    code = "unsupported_format"


