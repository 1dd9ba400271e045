"""Decoding a plain-text file's bytes: detect the encoding, refuse binary or undecodable input.

Supported: UTF-8 (with or without BOM), UTF-16 with BOM (LE/BE), GBK / GB18030.
Nothing is ever replaced silently: undecodable bytes raise UnknownEncodingError.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field

from etl.read.errors import BinaryContentError, EmptyFileError, UnknownEncodingError

# Control characters a text file may legitimately contain.
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
# A handful of stray control characters is stripped with a warning; more means binary.
_MAX_STRAY_CONTROLS = 3
_MAX_STRAY_CONTROL_SHARE = 0.001
# Share of characters that must be "ordinary" for a GB18030 decoding to count as text.
_MIN_PLAUSIBLE_SHARE = 0.9
_BLANK = re.compile(r"[\s\u3000\ufeff]*")


@dataclass
class DecodedText:
    """The decoded text, the encoding it was in, and any warnings raised on the way."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def _is_control(char: str) -> bool:
    return unicodedata.category(char) == "Cc" and char not in _ALLOWED_CONTROLS


def _is_ordinary(char: str) -> bool:
    """CJK, ASCII, common punctuation and symbols: what Chinese policy text consists of."""
    if char.isascii() or char in _ALLOWED_CONTROLS:
        return True
    category = unicodedata.category(char)
    if category in ("Co", "Cn", "Cs", "Cc"):
        return False
    name = unicodedata.name(char, "")
    return "CJK" in name or category[0] in ("P", "S", "N", "Z") or "FULLWIDTH" in name


def _describe_utf8_error(raw: bytes) -> str:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"invalid UTF-8 byte 0x{raw[exc.start]:02x} at offset {exc.start}"
    return "valid UTF-8"


def _decode_with_bom(raw: bytes) -> tuple[str, str] | None:
    """Decode by byte-order mark, or None when the file has none."""
    boms = (
        (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
    )
    for bom, codec, label in boms:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(codec.replace("-sig", "")), label
            except UnicodeDecodeError as exc:
                raise UnknownEncodingError(
                    f"the file starts with a {label.upper()} byte-order mark but byte offset "
                    f"{exc.start + len(bom)} is not valid {label.upper()} ({exc.reason})"
                ) from exc
    return None


def _decode_utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without BOM (NUL high bytes of ASCII such as newlines), if it is that."""
    if len(raw) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        plausible = sum(_is_ordinary(ch) for ch in text) / len(text) >= _MIN_PLAUSIBLE_SHARE
        if "\n" in text and "\x00" not in text and not _has_many_controls(text) and plausible:
            return text, codec
    return None


def _decode_without_bom(raw: bytes) -> tuple[str, str]:
    if b"\x00" in raw:
        utf16 = _decode_utf16_without_bom(raw)
        if utf16 is not None:
            return utf16
        raise BinaryContentError(
            f"the file contains NUL bytes (first at offset {raw.index(0)}) and no UTF-16 "
            "byte-order mark: it is binary data, not text"
        )
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for codec in ("gbk", "gb18030"):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        plausible = sum(_is_ordinary(ch) for ch in text) / max(len(text), 1)
        if plausible < _MIN_PLAUSIBLE_SHARE and not _has_many_controls(text):
            raise UnknownEncodingError(
                f"not UTF-8 ({_describe_utf8_error(raw)}); the bytes decode as {codec.upper()} "
                f"but only {plausible:.0%} of the characters are ordinary text"
            )
        return text, codec
    gb_error = "invalid GB18030"
    try:
        raw.decode("gb18030")
    except UnicodeDecodeError as exc:
        gb_error = f"invalid GB18030 sequence 0x{raw[exc.start : exc.start + 2].hex()} at offset {exc.start}"
    raise UnknownEncodingError(
        f"cannot decode the text: {_describe_utf8_error(raw)}, {gb_error}; "
        "supported encodings are UTF-8, UTF-16 with BOM and GBK/GB18030"
    )


def _has_many_controls(text: str) -> bool:
    count = sum(_is_control(ch) for ch in text)
    return count > max(_MAX_STRAY_CONTROLS, _MAX_STRAY_CONTROL_SHARE * len(text))


def decode_text(raw: bytes) -> DecodedText:
    """Decode a text file's bytes; raise EmptyFileError, BinaryContentError or UnknownEncodingError."""
    if not raw:
        raise EmptyFileError("the file is empty (0 bytes)")
    decoded = _decode_with_bom(raw) or _decode_without_bom(raw)
    text, encoding = decoded
    warnings: list[str] = []
    if "\x00" in text or _has_many_controls(text):
        count = sum(_is_control(ch) for ch in text)
        raise BinaryContentError(
            f"the file decodes as {encoding.upper()} but holds {count} control characters "
            "(binary data named as text)"
        )
    stray = sorted({f"U+{ord(ch):04X}" for ch in text if _is_control(ch)})
    if stray:
        text = "".join(ch for ch in text if not _is_control(ch))
        warnings.append(f"removed stray control characters {', '.join(stray)}")
    if _BLANK.fullmatch(text):
        raise EmptyFileError("the file holds only whitespace")
    return DecodedText(text=text, encoding=encoding, warnings=warnings)
