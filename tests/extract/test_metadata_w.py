"""Metadata of web pages and joint 市委办 / 政府办 notices (round 3, prefix `w`; values by hand)."""

from __future__ import annotations

import datetime as dt

from etl.extract.metadata import extract_metadata
from schemas.document import Document, Paragraph, SourceFormat

NOTICE = (
    "各县、区人民政府，市直各单位：",
    "现将《某市制造业数字化转型行动方案（2024—2026年）》印发给你们，请认真组织实施。",
    "某市人民政府办公室",
    "2024年4月12日",
    "某市制造业数字化转型行动方案（2024—2026年）",
)


def doc_of(*lines: str, metadata: dict[str, str] | None = None) -> Document:
    return Document(
        source_name="x.txt", format=SourceFormat.txt, sha256="0" * 64,
        blocks=[Paragraph(text=line) for line in lines], source_metadata=metadata or {},
    )


def test_doc_number_only_in_the_pages_metadata_box():
    meta = extract_metadata(doc_of(*NOTICE, metadata={"文号": "某政办〔2024〕21号", "发布日期": "2024年04月16日"}))
    assert meta.doc_number == "某政办〔2024〕21号"
    assert meta.issue_date == dt.date(2024, 4, 12)  # the signed date, not the day the site published it
    assert meta.issuer == "某市人民政府办公室"


def test_doc_number_in_the_body_wins_over_the_metadata_box():
    meta = extract_metadata(doc_of("某政办〔2024〕9号", *NOTICE, metadata={"文号": "某政办〔2024〕21号"}))
    assert meta.doc_number == "某政办〔2024〕9号"


def test_unsigned_page_takes_date_and_issuer_from_the_metadata_box():
    body = ("某市制造业数字化转型行动方案（2024—2026年）", "一、总体目标", "到2026年，建成智能工厂20家。")
    meta = extract_metadata(doc_of(*body, metadata={
        "发布机构": "某市工业和信息化局", "发布日期": "2024-05-06", "发文日期": "2024年04月28日",
    }))
    assert meta.issue_date == dt.date(2024, 4, 28)  # 发文日期 (the document's) before 发布日期 (the site's)
    assert meta.issuer == "某市工业和信息化局"
    assert (meta.period_start, meta.period_end) == (2024, 2026)


def test_joint_signers_run_together_are_split():
    meta = extract_metadata(doc_of(
        "中共某市委办公室　某市人民政府办公室", "关于印发《某市2024年推进新型工业化工作要点》的通知",
        "各县（市、区）党委和人民政府：", "现将《某市2024年推进新型工业化工作要点》印发给你们。",
        "中共某市委办公室某市人民政府办公室", "2024年2月20日",
    ))
    assert meta.issuer == "中共某市委办公室 某市人民政府办公室"
    assert meta.title == "某市2024年推进新型工业化工作要点"
    assert (meta.period_start, meta.period_end) == (2024, 2024)


def test_one_body_whose_name_repeats_its_place_is_not_split():
    meta = extract_metadata(doc_of(
        "关于印发《某市制造强市建设方案》的通知", "各县（市、区）人民政府：", "现将《某市制造强市建设方案》印发给你们。",
        "某市制造强市建设领导小组办公室", "2024年8月5日",
    ))
    assert meta.issuer == "某市制造强市建设领导小组办公室"


def test_stacked_masthead_joint_notice_in_the_golden_folder():
    from pathlib import Path

    from etl.read.text import read_text

    folder = Path(__file__).resolve().parent.parent / "data" / "golden_unseen"
    meta = extract_metadata(read_text(folder / "w_zunyi_workpoints.txt"))
    assert meta.doc_number == "遵委办发〔2024〕3号"
    assert meta.issuer == "中共遵义市委办公室 遵义市人民政府办公室"
    assert meta.issue_date == dt.date(2024, 2, 20)
