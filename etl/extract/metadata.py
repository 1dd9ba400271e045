"""Document metadata: title, issuer, 文号, issue date, plan period (documents_v).

Rules follow the layout of Chinese official documents (GB/T 9704): a cover
notice "关于印发《X》的通知" with addressees, body, signature and date, then
the plan itself; or a speech with a "在…上的讲话/发言" subtitle.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from etl.normalise.numbers import parse_chinese_numeral, to_halfwidth
from schemas.document import Document
from schemas.parsed import DocumentMeta

HEAD_SPAN = 25  # paragraphs at the start searched for cover-notice parts

_DATE = re.compile(r"^[（(]?\s*(\d{4}|[〇零一二三四五六七八九○Ｏ]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
                   r"\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*[）)]?$")
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fa5]{1,10}[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*第?\s*\d+\s*号")
_SIGNER = re.compile(r"签\s*发\s*人\s*[：:].*$")
_ISSUER_HEADER = re.compile(r"^(?P<issuers>.{2,60}?)\s*文\s*件$")  # 发文机关标志: 某市人民政府文件
_PUBLICATION_NOTE = re.compile(r"[（(]\s*此件[^）)]{0,10}[）)]\s*$")  # （此件公开发布）/（此件主动公开）
_PRINTED = re.compile(r"(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*印\s*发\s*$")  # 版记: …2023年5月9日印发
_BARE_PERIOD = re.compile(r"(?<!\d)(\d{4})\s*[—–\-－~～至到]+\s*(\d{4})\s*年")
_FIVE_YEAR_PLAN = re.compile(r"十([一二三四五六七八九])五")
_CN_ZERO = re.compile(r"(?<=[一二三四五六七八九〇零○])[OoＯ0０]|[OoＯ0０](?=[一二三四五六七八九〇零○])")
_ORG_SUFFIX = re.compile(
    r"(人民政府|政府办公室|办公室|办公厅|委员会|管委会|管理委员会|委员会办公室|领导小组|小组办公室|"
    r"局|委|厅|部|办|中心|协会|联合会|党委|党组|市委|县委|区委)$"
)
_SPEECH = re.compile(r"(讲话|发言|致辞|报告|汇报)$")
# a speaker's line under a speech title: 株洲市人民政府市长　李明远 / 市长  李明 / 副局长 王某某
_SPEAKER_LINE = re.compile(
    r"(?:长|书记|主任|委员|主席|部长|同志|秘书长|专员|总经理|董事长)[\s\u3000]+[\u4e00-\u9fff]{2,4}$"
)
_PERIOD = re.compile(r"[（(]\s*(\d{4})\s*[—–\-－~～至到]+\s*(\d{4})\s*年?\s*[）)]")
_DEADLINE = re.compile(r"到\s*(\d{4})\s*年")
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[．.、]|第[一二三四五六七八九十]+)")
_DATED_SUBTITLE = re.compile(r"^[—－-]{1,2}\s*(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*在")
_DEPARTMENT_SPEECH = re.compile(r"(表态发言|交流发言|汇报发言|发言|汇报)$")
_LEADER_OF_GOVERNMENT = re.compile(r"(?<!副)(?:市|区|县|州)长")
_GOVERNMENT_BODY = re.compile(r"(人民政府|政府|党委|[市区县]委)$")
_PLAN_WORDS = re.compile(r"(计划|方案|规划|要点|意见|纲要|措施)")
_CLOSING_PUNCT = re.compile(r"[。；;，,：:]$")


def extract_metadata(doc: Document, jurisdiction_detector=None) -> DocumentMeta:
    """Title, issuer, doc number, issue date, jurisdiction and plan period of a document."""
    texts = [p.text.strip() for p in doc.paragraphs()]
    head = texts[:HEAD_SPAN]
    title = _notice_title(head) or _announced_title(head) or _speech_title(head) or _first_title_like(head)
    issuer, issue_date = _signature(head)
    if issuer is None and issue_date is None:
        # no cover notice: a plan published on its own is signed at its end (before any annex)
        issuer, issue_date = _signature(_before_annexes(texts)[-12:])
    if issue_date is None:
        issue_date = _bracketed_date(head)
    if issuer is None and issue_date is None:
        issuer = _masthead_issuer(head)
    if issue_date is None:
        issue_date = _printed_date(texts)
    if issue_date is None:
        issue_date = _metadata_date(doc.source_metadata)
    doc_number = _doc_number(head) or _metadata_value(doc.source_metadata, _NUMBER_KEYS)
    period_start, period_end = _period(title, texts, issue_date)
    meta = DocumentMeta(
        title=title,
        issuer=issuer,
        doc_number=doc_number,
        issue_date=issue_date,
        period_start=period_start,
        period_end=period_end,
    )
    if jurisdiction_detector is not None:
        meta.jurisdiction = jurisdiction_detector(issuer, doc_number, title, "\n".join(texts))
    if meta.issuer is None and _is_speech(head):
        meta.issuer = _speaking_department(head, meta.jurisdiction)
    elif meta.issuer is None:
        # a web page whose text lost its signature still names the issuer in its metadata box
        meta.issuer = _metadata_value(doc.source_metadata, _ISSUER_KEYS)
    return meta


# keys of a web page's metadata box, the document's own dates first (成文 before 发布 / 生成)
_DATE_KEYS = ("成文日期", "发文日期", "生成日期", "发布日期", "发布时间", "公开日期")
_NUMBER_KEYS = ("文号", "发文字号", "文件编号")
_ISSUER_KEYS = ("发文机关", "发文机构", "发布机构")
_WRITTEN_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def _metadata_value(metadata: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((_clean(metadata[k]) for k in keys if _clean(metadata.get(k))), None)


def _metadata_date(metadata: dict[str, str]) -> dt.date | None:
    """The first readable date of the metadata box (2024-04-12 or 2024年04月12日)."""
    for key in _DATE_KEYS:
        text = metadata.get(key) or ""
        written = _WRITTEN_DATE.search(text)
        date = _parse_iso(text) or (parse_date_line(written.group()) if written else None)
        if date is not None:
            return date
    return None


def _is_speech_subtitle(text: str) -> bool:
    """在…上的讲话 / ——在…大会上的发言: the subtitle line of a speech."""
    text = text.lstrip("—－-– ")
    return text.startswith("在") and bool(_SPEECH.search(text)) and len(text) < 60


def _is_speech(head: list[str]) -> bool:
    return any(_is_speech_subtitle(text) for text in head)


def _speaking_department(head: list[str], jurisdiction: str | None) -> str | None:
    """A department's speech names its speaker's body in its opening lines (市工信局紧紧围绕…).

    The issuer is that body's full name with the jurisdiction for the level word
    (市工信局 in 扬州市 → 扬州市工业和信息化局).
    """
    from etl.normalise.departments import resolve_department
    from etl.normalise.registry import all_written_forms

    forms = [f for f in all_written_forms() if len(f) >= 3 and not _GOVERNMENT_BODY.search(f)]
    start = next((i for i, text in enumerate(head) if _is_speech_subtitle(text)), 0)
    for text in head[start + 1 : start + 3]:
        government = _LEADER_OF_GOVERNMENT.search(text)
        if government and len(text) <= 30 and jurisdiction:
            return jurisdiction + "人民政府"  # the head of government speaks for it (区长 → 区人民政府)
    if not _DEPARTMENT_SPEECH.search(head[start]):
        return None  # a leader's 讲话 names many departments; only a department's own 发言 speaks for one
    for text in head[start + 1 : start + 5]:
        hits = [(text.find(form), -len(form), form) for form in forms if form in text]
        if not hits:
            continue
        written = min(hits)[2]
        resolved = resolve_department(written, jurisdiction)
        if not resolved.known:
            return None
        name = resolved.name
        if jurisdiction and name[:1] in "市区县" and not name.startswith(jurisdiction):
            name = jurisdiction + name[1:]
        return name
    return None


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def _notice_title(head: list[str]) -> str | None:
    """The plan's name from a cover notice title 关于印发《X》的通知 (possibly over lines)."""
    for i, text in enumerate(head):
        if "印发" not in text and "转发" not in text:
            continue
        joined = text
        for extra in head[i + 1 : i + 3]:
            if re.search(r"通知\s*$", joined):
                break
            joined += extra
        if not re.search(r"的?通知\s*$", joined) or len(joined) > 120:
            continue
        quoted = _first_quoted(joined)
        if quoted:
            return quoted
        plain = re.search(r"(?:印发|转发)(.+?)的?通知\s*$", joined)
        if plain:
            return plain.group(1).strip()
    return None


def _announced_title(head: list[str]) -> str | None:
    """The name in 现将《X》印发给你们 when the notice has no title of its own."""
    for text in head:
        match = re.search(r"(?:现将|现把|将)(?=《)", text)
        if match and re.search(r"》(?:[和及、与]《[^。]*?》)*\s*(?:印发|转发)", text[match.end() :]):
            return _first_quoted(text[match.end() :])
    return None


def _first_quoted(text: str) -> str | None:
    """The name inside the first 《…》, nested 《》 kept (《贯彻《中国制造2025》实施方案》); of
    《A》和《B》 the first, the principal document (one warehouse row per file)."""
    start = text.find("《")
    if start < 0:
        return None
    depth = 0
    for i in range(start, len(text)):
        depth += {"《": 1, "》": -1}.get(text[i], 0)
        if depth == 0:
            return text[start + 1 : i].strip() or None
    return None


def _speech_title(head: list[str]) -> str | None:
    """The heading line above a speech's 在…上的讲话/发言 subtitle."""
    for i, text in enumerate(head[1:], start=1):
        if _is_speech_subtitle(text):
            start = i - 1
            # a long heading may be broken over lines (pdf): take title-like lines above it too
            while start > 0 and i - start < 3 and _is_title_fragment(head[start - 1]):
                start -= 1
            return "".join(head[start:i])
    return None


def _is_title_fragment(text: str) -> bool:
    return 2 <= len(text) <= 40 and not _CLOSING_PUNCT.search(text) and not re.search(r"\d{4}\s*年", text)


def _is_masthead(text: str) -> bool:
    """发文机关标志 (某市人民政府文件), 文号 and 签发人 lines above a document's title."""
    compact = re.sub(r"\s+", "", text)
    header = _ISSUER_HEADER.match(compact)
    if header and len(compact) <= 40 and _ORG_SUFFIX.search(header.group("issuers")):
        return True
    return bool(_DOC_NUMBER.fullmatch(_SIGNER.sub("", compact))) or compact.startswith("签发人")


def _first_title_like(head: list[str]) -> str | None:
    """The first heading-like paragraph, with the short lines it is broken over (…计划 / （2023—2025年）)."""
    for i, text in enumerate(head):
        if _is_masthead(text):
            continue
        if 4 <= len(text) <= 60 and not _CLOSING_PUNCT.search(text) and not _DATE.match(text):
            title = text
            if _is_speech_subtitle(title):
                return title  # 在…上的讲话 is whole; the speaker's line comes next
            for extra in head[i + 1 : i + 3]:
                if _SPEAKER_LINE.search(extra):
                    break
                if _PERIOD.fullmatch(to_halfwidth(extra).strip()):
                    title += extra
                    break
                if (
                    len(title) + len(extra) > 70
                    or _is_masthead(extra)
                    or not _is_title_fragment(extra)
                    or _ORG_SUFFIX.search(extra)
                    or _NUMBERED.match(extra)
                ):
                    break
                title += extra
            return title
    return None


def _signature(head: list[str]) -> tuple[str | None, dt.date | None]:
    """Issuer lines and date of the outermost notice's signature block."""
    for i, text in enumerate(head):
        date = parse_date_line(text)
        if date is None or text.startswith(("（", "(")):
            continue
        issuers: list[str] = []
        for previous in reversed(head[max(0, i - 6) : i]):
            candidate = re.sub(r"\s+", " ", previous).strip()
            if len(candidate) <= 40 and _ORG_SUFFIX.search(candidate) and not _CLOSING_PUNCT.search(candidate):
                issuers[:0] = [name for part in candidate.split(" ") for name in _split_joint_issuers(part)]
            else:
                break
        return (" ".join(issuers) or None), date
    return None, None


_PLACE = re.compile(r"^(?:中共)?([\u4e00-\u9fff]{1,8}?(?:自治州|自治县|省|市|县|区|州|盟|旗))")


def _split_joint_issuers(name: str) -> list[str]:
    """Joint signers run together when the spaces between them are lost (a pdf line):
    中共遵义市委办公室遵义市人民政府办公室 → 中共遵义市委办公室, 遵义市人民政府办公室.
    A split needs a body name before it and the same place (or 中共) opening the rest."""
    place = _PLACE.match(name)
    if place is None:
        return [name]
    for i in range(4, len(name) - 3):
        rest = name[i:]
        opens_a_body = rest.startswith("中共") or rest.startswith(place.group(1))
        if opens_a_body and _ORG_SUFFIX.search(name[:i]) and _ORG_SUFFIX.search(rest):
            return [name[:i], *_split_joint_issuers(rest)]
    return [name]


def _masthead_issuer(head: list[str]) -> str | None:
    """The issuers named by the 发文机关标志 (中共某市委 某市人民政府文件) when nothing is signed."""
    for text in head[:5]:
        match = _ISSUER_HEADER.match(text.strip())
        if match and len(text) <= 40:
            issuers = re.sub(r"\s+", " ", match.group("issuers")).strip()
            if all(_ORG_SUFFIX.search(name) for name in issuers.split(" ")):
                return issuers
    return None


def _printed_date(texts: list[str]) -> dt.date | None:
    """The 版记's 印发 date (…办公室 2023年5月9日印发): a fallback for an unsigned document."""
    for text in reversed(texts):
        match = _PRINTED.search(text.strip())
        if match:
            return parse_date_line(match.group(1))
    return None


def _before_annexes(texts: list[str]) -> list[str]:
    for i, text in enumerate(texts):
        if i > HEAD_SPAN and re.match(r"^附件\s*\d*\s*[：:]?\s*$|^附件\s*\d+", text):
            return texts[:i]
    return texts


def _bracketed_date(head: list[str]) -> dt.date | None:
    """（2022年11月28日）under a speech, or a report's subtitle ——2024年1月10日在…会议上."""
    for text in head:
        if text.startswith(("（", "(")):
            date = parse_date_line(text)
            if date:
                return date
        dated = _DATED_SUBTITLE.match(text)
        if dated:
            date = parse_date_line(dated.group("date"))
            if date:
                return date
    return None


def parse_date_line(text: str) -> dt.date | None:
    """The date of a paragraph that is only a date (2022年6月14日, （二〇二三年五月八日）), else None."""
    text = _PUBLICATION_NOTE.sub("", _CN_ZERO.sub("〇", text.strip()))
    match = _DATE.match(to_halfwidth(text).strip())
    if not match:
        return None
    year, month, day = (_to_int(g) for g in match.groups())
    if year is None or month is None or day is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _to_int(token: str) -> int | None:
    """2022 / 二〇二二 / 十二 as an int."""
    return parse_chinese_numeral(token.replace("Ｏ", "〇"))


def _parse_iso(text: str | None) -> dt.date | None:
    if not text:
        return None
    match = re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def _doc_number(head: list[str]) -> str | None:
    """A 文号 standing on its own line (citations inside sentences are not the number)."""
    for text in head:
        compact = _SIGNER.sub("", re.sub(r"\s+", "", text))
        match = _DOC_NUMBER.search(compact)
        if match and len(compact) - len(match.group()) <= 2:
            return match.group()
    return None


def _period(title: str | None, texts: list[str], issue_date: dt.date | None) -> tuple[int | None, int | None]:
    """Plan period from the title's (YYYY—YYYY), else issue year to the last 到YYYY年 deadline."""
    if title:
        match = _PERIOD.search(to_halfwidth(title)) or _BARE_PERIOD.search(to_halfwidth(title))
        if match:
            return int(match.group(1)), int(match.group(2))
    if not title or not _PLAN_WORDS.search(title):
        return None, None
    five_year = _FIVE_YEAR_PLAN.search(title)
    if five_year:  # the N-th five-year plan: 十四五 = 2021–2025 (regular since the 6th, 1981–1985)
        start = 1981 + 5 * (10 + "一二三四五六七八九".index(five_year.group(1)) + 1 - 6)
        return start, start + 4
    years = re.findall(r"(?<![到至\d])(\d{4})\s*年", to_halfwidth(title))
    if len(set(years)) == 1:  # 2023年…工作要点, 鄞州区2024年…工作要点: a plan for one year
        return int(years[0]), int(years[0])
    if issue_date is None:
        return None, None
    named = [int(y) for text in texts for y in _DEADLINE.findall(text) if int(y) >= issue_date.year]
    if not named:
        return None, None
    deadlines = Counter(named)
    # the plan's own horizon is the deadline it names most often (visions such as 到2035年 are rarer);
    # between equals, the first named (the goals come before the milestones of single items)
    end = min(deadlines, key=lambda year: (-deadlines[year], named.index(year)))
    return issue_date.year, end
