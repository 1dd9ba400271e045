"""Task hierarchy: nesting by order of appearance, inline leads, continued numbering, samples."""

from __future__ import annotations

import unicodedata

import pytest

from etl.extract.tasks import extract_tasks
from etl.read import read_document
from schemas.document import Document, Paragraph, Provenance, SourceFormat
from tests.conftest import load_gold, sample_path


def doc_of(*texts: str) -> Document:
    blocks = [
        Paragraph(text=text, provenance=Provenance(line_start=line, line_end=line))
        for line, text in enumerate(texts, 1)
    ]
    return Document(source_name="x.txt", format=SourceFormat.txt, sha256="0", blocks=blocks)


def outline(doc: Document) -> list[tuple[str, int, str, str]]:
    return [(t.path, t.level, t.label, t.title) for t in extract_tasks(doc)]


def test_plain_headings_nest_in_order_of_first_appearance() -> None:
    doc = doc_of(
        "一、指导思想", "坚持新发展理念。",
        "二、重点工作",
        "（一）企业培优做强专项行动", "突出重点行业领域。",
        "1．加强龙头企业培育壮大。建立龙头企业培育库。",
        "2．加快中小企业创新发展。深入实施培育计划。",
        "（二）行业转型升级专项行动",
        "1．深入推进“智改数转”。鼓励企业。",
    )
    assert outline(doc) == [
        ("1", 1, "一、", "指导思想"),
        ("2", 1, "二、", "重点工作"),
        ("2.1", 2, "（一）", "企业培优做强专项行动"),
        ("2.1.1", 3, "1．", "加强龙头企业培育壮大"),
        ("2.1.2", 3, "2．", "加快中小企业创新发展"),
        ("2.2", 2, "（二）", "行业转型升级专项行动"),
        ("2.2.1", 3, "1．", "深入推进“智改数转”"),
    ]


def test_one_scheme_at_different_depths_in_one_document() -> None:
    doc = doc_of(
        "一、构建产业体系", "1、支持未来产业孵化培育。聚焦前沿。",
        "二、实施五大工程", "(一)产业创新引领工程", "任务一:产业高端技术突破", "1、加强政产学研用合作。坚持。",
    )
    assert [(t.path, t.level) for t in extract_tasks(doc)] == [
        ("1", 1), ("1.1", 2), ("2", 1), ("2.1", 2), ("2.1.1", 3), ("2.1.1.1", 4),
    ]


def test_parent_ids_follow_the_paths() -> None:
    tasks = extract_tasks(doc_of("一、总体要求", "(一)指导思想", "(二)战略定位", "二、重点任务", "(一)集群培育行动"))
    by_id = {t.id: t for t in tasks}
    for task in tasks:
        parent_path = task.path.rsplit(".", 1)[0] if "." in task.path else None
        assert (by_id[task.parent_id].path if task.parent_id else None) == parent_path
    assert [t.id for t in tasks] == ["t1", "t2", "t3", "t4", "t5"]


def test_numbers_continuing_across_groups_keep_their_ordinal() -> None:
    doc = doc_of("一、指导思想", "二、目标", "三、重点任务", "（一）实施转型升级行动", "1．甲。", "2．乙。", "（二）实施主体扩容行动", "3．丙。", "4．丁。")
    assert [t.path for t in extract_tasks(doc)][-2:] == ["3.2.3", "3.2.4"]


def test_heading_text_takes_the_following_unnumbered_paragraphs() -> None:
    tasks = extract_tasks(doc_of("（一）企业培优做强专项行动", "突出重点行业领域。", "强化龙头企业培育。", "1．加强培育。建立库。"))
    assert tasks[0].text == "（一）企业培优做强专项行动\n突出重点行业领域。\n强化龙头企业培育。"
    assert tasks[1].text == "1．加强培育。建立库。"
    assert (tasks[1].block_index, tasks[1].provenance.line_start) == (3, 4)


def test_inline_lead_sentences_are_child_items() -> None:
    doc = doc_of("一、保障措施", "（一）加强组织领导。建立机制。一是成立专班；二是定期调度。三是强化考核。", "（二）强化政策保障。加大扶持。")
    assert outline(doc) == [
        ("1", 1, "一、", "保障措施"),
        ("1.1", 2, "（一）", "加强组织领导"),
        ("1.1.1", 3, "一是", "成立专班"),
        ("1.1.2", 3, "二是", "定期调度"),
        ("1.1.3", 3, "三是", "强化考核"),
        ("1.2", 2, "（二）", "强化政策保障"),
    ]
    tasks = extract_tasks(doc)
    assert tasks[1].text == "（一）加强组织领导。建立机制。"
    assert tasks[2].text == "一是成立专班；"


def test_lead_paragraphs_restart_under_each_heading() -> None:
    doc = doc_of("一、实施三大攻坚", "一是实施甲行动。内容。", "二是实施乙行动。内容。", "二、着力三大提升", "一是丙工程。内容。")
    assert [(t.path, t.label) for t in extract_tasks(doc)] == [
        ("1", "一、"), ("1.1", "一是"), ("1.2", "二是"), ("2", "二、"), ("2.1", "一是"),
    ]


def test_lead_sentences_of_the_preamble_are_not_items() -> None:
    doc = doc_of("一年来，工作取得新进展：一是规模实现新提升；二是质态实现新提升。", "一、实施三大攻坚", "一是实施甲行动。内容。")
    assert [(t.path, t.level, t.label) for t in extract_tasks(doc)] == [("1", 1, "一、"), ("1.1", 2, "一是")]


def test_lead_sentences_are_the_top_level_of_a_text_without_other_numbering() -> None:
    doc = doc_of("今年重点抓好三项工作。", "一是抓好项目建设。内容。", "二是抓好企业服务。内容。")
    assert [(t.path, t.title) for t in extract_tasks(doc)] == [("1", "抓好项目建设"), ("2", "抓好企业服务")]


def test_a_paragraph_repeated_verbatim_is_kept_once() -> None:
    lead = "一是实施企业梯队培育攻坚行动。集成优势资源支持龙头骨干企业做强做优。"
    doc = doc_of("一、实施三大攻坚", lead, "二是实施传统制造业改造攻坚行动。组织实施。", lead, "二、着力提升", lead, "一是产业创新能力提升工程。加快布局。")
    assert outline(doc) == [
        ("1", 1, "一、", "实施三大攻坚"),
        ("1.1", 2, "一是", "实施企业梯队培育攻坚行动"),
        ("1.2", 2, "二是", "实施传统制造业改造攻坚行动"),
        ("2", 1, "二、", "着力提升"),
        ("2.1", 2, "一是", "产业创新能力提升工程"),
    ]


def test_a_responsibility_note_shared_by_two_items_is_kept_for_both() -> None:
    note = "（责任单位：市财政局、市金融监管局）"
    doc = doc_of("一、重点任务", "1．扩大信贷投放。内容。", note, "2．做强融资担保体系。内容。", note)
    texts = [t.text for t in extract_tasks(doc)]
    assert texts[1].endswith(note)
    assert texts[2].endswith(note)


def test_the_numbered_clauses_of_a_note_are_no_items() -> None:
    doc = doc_of("一、发展目标", "到2025年，全市工业总产值达到5000亿元。",
                 "注：1．带*的指标为考核指标；2．〔 〕内为五年累计数；3．按现价计算。", "二、重点任务")
    assert [(t.path, t.title) for t in extract_tasks(doc)] == [("1", "发展目标"), ("2", "重点任务")]


def test_cover_notice_title_signature_and_attachment_list_are_not_tasks() -> None:
    doc = doc_of(
        "市政府办公室关于印发《先进制造业三年行动计划》的通知",
        "各镇人民政府，各街道办事处：",
        "现将《计划》印发给你们，请认真贯彻执行。",
        "附件：1．重点工作", "2．重点工作任务分解表",
        "市人民政府办公室", "2022年6月14日",
        "先进制造业三年行动计划",
        "一、指导思想", "坚持创新。", "二、保障措施", "（一）加强组织领导。统筹。",
        "附件：1．2022年重点工作", "2．2022年重点工作任务分解表",
        "附件1", "1．不是任务。",
    )
    assert outline(doc) == [("1", 1, "一、", "指导思想"), ("2", 1, "二、", "保障措施"), ("2.1", 2, "（一）", "加强组织领导")]


def test_a_notice_with_its_own_items_keeps_them() -> None:
    doc = doc_of(
        "关于做好2023年安全生产工作的通知", "各镇人民政府：", "现就有关事项通知如下：",
        "一、压实责任。各地要落实。", "二、强化督查。定期检查。", "市人民政府", "2023年1月5日",
    )
    assert [(t.path, t.title) for t in extract_tasks(doc)] == [("1", "压实责任"), ("2", "强化督查")]


def test_the_body_ends_at_a_signature_date_and_a_web_footer() -> None:
    doc = doc_of("一、总体要求", "二、保障措施。加强领导。", "原文链接：http://x", "1．不是任务。")
    assert [t.path for t in extract_tasks(doc)] == ["1", "2"]
    assert extract_tasks(doc)[-1].text == "二、保障措施。加强领导。"
    doc = doc_of("一、总体要求", "二、保障措施。加强领导。", "市人民政府", "2023年1月5日", "1．不是任务。")
    assert [t.path for t in extract_tasks(doc)] == ["1", "2"]


def test_a_right_aligned_signature_is_not_item_text() -> None:
    doc = doc_of("一、总体要求。坚持创新。", "江阴市人民政府办公室")
    doc.blocks[1].align = "right"
    assert extract_tasks(doc)[0].text == "一、总体要求。坚持创新。"


def test_a_first_label_that_is_not_number_one_is_prose() -> None:
    doc = doc_of("一、总体目标", "3．5万家企业完成改造，这是一句正文。", "二、重点任务")
    assert [t.path for t in extract_tasks(doc)] == ["1", "2"]


GOLD_STEMS = ["000_9655f32b988e5d04", "001_5c98e3f220e824c9", "002_bee87eaabc4616cb",
              "003_940edf13a6d46b16", "004_c753c493ba97cf57"]
BODY_SAMPLES = [(fmt, stem, "") for fmt in ("txt", "docx", "pdf") for stem in GOLD_STEMS]
BODY_SAMPLES += [("docx", "000_9655f32b988e5d04", ".autonum"), ("docx", "003_940edf13a6d46b16", ".autonum")]


@pytest.mark.parametrize(("fmt", "stem", "variant"), BODY_SAMPLES)
def test_samples_body_tasks_match_gold(fmt: str, stem: str, variant: str) -> None:
    """Every body task of gold (path, level, label, title) is found, and nothing else in the body."""
    tasks = extract_tasks(read_document(sample_path(fmt, stem, variant)))
    table_rows = {t.id for t in tasks if t.provenance.row is not None}
    got = {(t.path, t.level, t.label, t.title) for t in tasks if t.id not in table_rows}
    gold = {(g["path"], g["level"], g["label"], g["title"]) for g in load_gold(stem)["tasks"]
            if not g["label"].isdigit()}
    assert got == gold


def _comparable(doc: Document) -> list[tuple[str, int, str, str]]:
    def squeeze(text: str) -> str:
        return "".join(unicodedata.normalize("NFKC", text).split())

    return [(t.path, t.level, squeeze(t.label), squeeze(t.title)) for t in extract_tasks(doc)]


@pytest.mark.parametrize("stem", GOLD_STEMS)
def test_samples_give_the_same_tasks_in_every_format(stem: str) -> None:
    from_txt = _comparable(read_document(sample_path("txt", stem)))
    assert from_txt
    assert _comparable(read_document(sample_path("docx", stem))) == from_txt
    assert _comparable(read_document(sample_path("pdf", stem))) == from_txt
