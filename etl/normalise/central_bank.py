"""Central bank branches (人民银行 / 人行 … 支行): recognising them and naming them in full."""

from __future__ import annotations

import re
from collections.abc import Iterable

from etl.normalise.jurisdiction import level_word
from etl.normalise.places import is_park, places
from etl.normalise.registry import central_bank
from etl.normalise.script import to_simplified


def _clean(raw: str) -> str:
    return re.sub(r"\s+", "", to_simplified(raw).replace("\n", "")).strip("“”\"'‘’。.:：")


def bank_parts(text: str) -> tuple[str, str] | None:
    """(bank form, rest) when `text` names the central bank: 人行江阴市支行 → ("人行", "江阴市支行")."""
    bank = central_bank()
    for form in sorted(bank["aliases"], key=len, reverse=True):
        if text.startswith(form):
            rest = text[len(form) :]
            if not rest or rest.endswith(tuple(bank["branch_suffixes"])):
                return form, rest
    return None


def is_bank(text: str) -> bool:
    return bank_parts(text) is not None


def bank_name(form: str, rest: str, jurisdiction: str | None, hints: Iterable[str]) -> str:
    """The central bank branch's full name: as the document gives it, else built from the jurisdiction.

    A branch written with the bank's name (人民银行南通市分行) is given in full and kept; an abbreviation
    (人行江阴市支行) or the bank alone (人民银行) takes the document's full form of the branch, else the
    bank's full name with the written or the jurisdiction's branch.
    """
    bank = central_bank()
    if rest and _is_full_bank_form(form):
        return form + rest
    written = [parts for hint in hints if (parts := bank_parts(_clean(hint))) and parts[1]]
    full = next((p for p in written if _is_full_bank_form(p[0]) and (not rest or p[1] == rest)), None)
    if full:
        return full[0] + full[1]
    if rest:
        return bank["full_prefix"] + rest
    if written:
        return bank["full_prefix"] + written[0][1]
    if not jurisdiction or is_park(jurisdiction):
        return bank["full_prefix"]
    place = places().get(jurisdiction)
    county_level = (place and place.rank in ("county", "district")) or level_word(jurisdiction) in ("区", "县", "旗")
    return bank["full_prefix"] + jurisdiction + ("支行" if county_level else "分行")


def _is_full_bank_form(form: str) -> bool:
    return form.endswith(central_bank()["full_prefix"][-4:])
