"""Rules found with the r_ golden documents: scope words before 由, sentence notes standing alone
after a group, standing notes worded with 措施."""

from __future__ import annotations

from etl.extract.responsibilities import extract_task_responsibilities
from etl.extract.responsibility_grammar import find_directives, parse_role_clause
from etl.extract.responsibility_notes import find_notes
from schemas.document import Document, Provenance, SourceFormat
from schemas.tasks import Task

L, R, A = "lead", "responsible", "assist"


def _task(tid: str, path: str, text: str, parent: str | None = None) -> Task:
    return Task(
        id=tid,
        parent_id=parent,
        level=path.count(".") + 1,
        label="1．",
        ordinal=int(path.split(".")[-1]),
        path=path,
        title=text[:8],
        text=text,
        block_index=0,
        provenance=Provenance(),
    )


def _triples(tasks: list[Task]) -> set[tuple[str, str, str]]:
    doc = Document(source_name="t.txt", format=SourceFormat.txt, sha256="0", blocks=[])
    paths = {t.id: t.path for t in tasks}
    return {(paths[r.subject_id], r.department_raw, r.role.value) for r in extract_task_responsibilities(doc, tasks)}


def test_scope_words_and_you_before_a_list_are_not_part_of_the_name() -> None:
    parsed = parse_role_clause("以上两项由县经信局负责，县发改局、市生态环境局嘉善分局等配合")
    assert [(e.department_raw, e.role.value) for e in parsed.entries] == [
        ("县经信局", L),
        ("县发改局", A),
        ("市生态环境局嘉善分局", A),
    ]
    assert [e.department_raw for e in parse_role_clause("上述任务均由区商务局牵头").entries] == ["区商务局"]


def test_sentence_note_filling_a_paragraph_is_standalone() -> None:
    (note,) = find_notes("13．推进节能降碳。实施节能诊断。\n以上两项由县经信局负责，县发改局配合。")
    assert note.standalone
    assert not note.bracketed
    (inline,) = find_notes("2．培育集群。建设产业园。县经信局牵头，县商务局配合。")
    assert not inline.standalone


def test_standalone_sentence_note_after_noteless_group_goes_to_the_heading() -> None:
    tasks = [
        _task("t1", "3", "三、重点任务"),
        _task("t2", "3.5", "（五）实施绿色低碳转型行动", "t1"),
        _task("t3", "3.5.12", "12．打造绿色制造体系。开展绿色工厂创建。", "t2"),
        _task("t4", "3.5.13", "13．推进工业节能降碳。实施节能诊断。\n以上两项由县经信局负责，县发改局等配合。", "t2"),
    ]
    assert _triples(tasks) == {("3.5", "县经信局", L), ("3.5", "县发改局", A)}


def test_standing_note_worded_with_measures() -> None:
    found = find_directives("责任单位：县统计局。以下各项措施均需各乡镇人民政府（街道办事处）落实，不再列出")
    assert found.standing_departments == ["各乡镇人民政府（街道办事处）"]
    tasks = [
        _task("t1", "1", "第一条　培育。（责任单位：县统计局。以下各项措施均需各乡镇人民政府（街道办事处）落实，不再列出）"),
        _task("t2", "2", "第二条　做强。县经信局、县商务局按职责分工负责。"),
        _task("t3", "3", "第三条　用地。（牵头单位：县自然资源规划局；配合单位：各乡镇人民政府（街道办事处））"),
    ]
    assert _triples(tasks) == {
        ("1", "县统计局", R),
        ("2", "县经信局", R),
        ("2", "县商务局", R),
        ("2", "各乡镇人民政府（街道办事处）", R),
        ("3", "县自然资源规划局", L),
        ("3", "各乡镇人民政府（街道办事处）", A),  # stated for the task itself: its own role wins
    }
