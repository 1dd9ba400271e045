"""Incentive rules of 若干措施 / 扶持政策: amounts a policy pays out are no commitments.

"对新认定的国家级智能工厂，给予最高100万元奖励" states what an enterprise may receive, and
"对年营业收入首次突破5亿元的企业" states who is eligible; neither is a target of the issuer. A
budget the issuer commits to spend ("每年安排专项资金不低于3000万元") holds no incentive word
and stays a target.
"""

from __future__ import annotations

import re

from etl.extract.target_lexicon import lexicon

_CONDITION_OPENER = re.compile(
    r"^(?:[(（]?[一二三四五六七八九十\d]+[)）、.．]\s*)?(?:对|对于|凡|经认定的|对经)"
)


def is_incentive_sentence(sentence: str) -> bool:
    """A sentence that opens with an eligibility condition (对…的企业) and grants something."""
    text = sentence.strip()
    return bool(_CONDITION_OPENER.match(text)) and any(word in text for word in lexicon().incentive_words)


_CAP_WORDS = ("最高", "最多", "上限", "封顶")


def is_incentive_amount(clause: str, unit: str | None, sentence: str = "") -> bool:
    """An amount of money in a clause that grants it (给予最高300万元资助, 奖励50万元), or the cap
    of a grant the sentence makes ("按…的50%给予贴息，单个企业每年最高100万元")."""
    if not unit or "元" not in unit:
        return False
    words = lexicon().incentive_words
    if any(word in clause for word in words):
        return True
    return any(cap in clause for cap in _CAP_WORDS) and any(word in sentence for word in words)
