"""Minimal reader of OLE / Compound File Binary directories (enough to name their streams).

Password-protected .docx files and legacy .doc files are both CFB containers; the names of
their streams tell them apart (EncryptionInfo + EncryptedPackage vs WordDocument).
"""

from __future__ import annotations

import struct

CFB_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_FREE, _END_OF_CHAIN = 0xFFFFFFFF, 0xFFFFFFFE
_MAX_SECTOR = 0xFFFFFFFA
_DIR_ENTRY_SIZE = 128


class CfbFormatError(ValueError):
    """The bytes start like a CFB file but its structures are broken."""


def is_cfb(data: bytes) -> bool:
    """True when `data` starts with the CFB signature."""
    return data[:8] == CFB_MAGIC


def _sector(data: bytes, sector_id: int, sector_size: int) -> bytes:
    start = (sector_id + 1) * sector_size
    if sector_id > _MAX_SECTOR or start >= len(data):
        raise CfbFormatError(f"sector {sector_id} lies outside the file")
    return data[start : start + sector_size]


def _fat(data: bytes, sector_size: int) -> list[int]:
    """The file allocation table, assembled from the header DIFAT and DIFAT sectors."""
    (num_fat_sectors,) = struct.unpack_from("<I", data, 44)
    difat_sector, num_difat = struct.unpack_from("<II", data, 68)
    fat_sector_ids = [s for s in struct.unpack_from("<109I", data, 76) if s <= _MAX_SECTOR]
    per_sector = sector_size // 4
    for _ in range(num_difat):
        if difat_sector > _MAX_SECTOR:
            break
        entries = struct.unpack(f"<{per_sector}I", _sector(data, difat_sector, sector_size))
        fat_sector_ids.extend(s for s in entries[:-1] if s <= _MAX_SECTOR)
        difat_sector = entries[-1]
    fat: list[int] = []
    for sector_id in fat_sector_ids[:num_fat_sectors]:
        fat.extend(struct.unpack(f"<{per_sector}I", _sector(data, sector_id, sector_size)))
    return fat


def cfb_stream_names(data: bytes) -> list[str]:
    """Names of all storages and streams in a CFB file's directory."""
    if not is_cfb(data) or len(data) < 512:
        raise CfbFormatError("not a compound file (bad signature or truncated header)")
    (sector_shift,) = struct.unpack_from("<H", data, 30)
    if sector_shift not in (9, 12):
        raise CfbFormatError(f"unexpected sector shift {sector_shift}")
    sector_size = 1 << sector_shift
    (first_dir_sector,) = struct.unpack_from("<I", data, 48)
    fat = _fat(data, sector_size)
    names: list[str] = []
    sector_id, visited = first_dir_sector, set()
    while sector_id <= _MAX_SECTOR and sector_id not in visited:
        visited.add(sector_id)
        block = _sector(data, sector_id, sector_size)
        for offset in range(0, len(block) - _DIR_ENTRY_SIZE + 1, _DIR_ENTRY_SIZE):
            (name_len,) = struct.unpack_from("<H", block, offset + 64)
            entry_type = block[offset + 66]
            if entry_type in (1, 2, 5) and 2 <= name_len <= 64:
                names.append(block[offset : offset + name_len - 2].decode("utf-16-le", errors="replace"))
        sector_id = fat[sector_id] if sector_id < len(fat) else _END_OF_CHAIN
    if not names:
        raise CfbFormatError("compound file has an empty directory")
    return names
