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


def is_incentive_amount(clause: str, unit: str | None, sentence: str = "") -> bool:
    """An amount of money in a clause that grants it (给予最高300万元资助, 奖励50万元), the cap of a
    grant the sentence makes ("按…的50%给予贴息，单个企业每年最高100万元", "每个平台不超过2000万元"),
    or the rate of a grant ("按投资额的10%给予补助")."""
    if not unit:
        return False
    lex = lexicon()
    grants = any(word in clause for word in lex.incentive_words)
    if unit == "%":
        return grants and any(cue in clause for cue in lex.incentive_rate_cues)
    if "元" not in unit:
        return False
    if grants:
        return True
    if not any(word in sentence for word in lex.incentive_words):
        return False
    if any(cap in clause for cap in lex.incentive_cap_words):
        return True
    return _is_recipient_cap(clause.lstrip(" ,，;；、:："))


def _is_recipient_cap(clause: str) -> bool:
    """A clause that limits what one recipient gets: 单个企业每年不超过500万元 / 每个平台不超过2000万元."""
    lex = lexicon()
    return clause.startswith(lex.incentive_recipients) and any(limit in clause for limit in lex.incentive_limits)
