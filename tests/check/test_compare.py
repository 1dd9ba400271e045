"""compare_metadata / compare_records: what is missing, spurious, changed or only reworded."""

from __future__ import annotations

from etl.check.compare import compare_document, compare_metadata, compare_records
from tests.check.records_factory import DOCUMENT, record_set, resp, target, task, value


def test_metadata_identical_fields_are_all_true_positives():
    result = compare_metadata(DOCUMENT, dict(DOCUMENT))
    assert (result.tp, result.fp, result.fn) == (7, 0, 0)
    assert result.identical


def test_metadata_similar_title_counts_but_is_listed_as_changed():
    actual = {**DOCUMENT, "title": "江阴市制造业高质量发展三年行动计划(2022-2024)"}
    result = compare_metadata(DOCUMENT, actual)
    assert (result.tp, result.fp, result.fn) == (7, 0, 0)
    assert [c.fields[0].field for c in result.changed] == ["title"]
    assert not result.identical


def test_metadata_different_title_is_both_missed_and_spurious():
    result = compare_metadata(DOCUMENT, {**DOCUMENT, "title": "关于印发工作要点的通知"})
    assert (result.tp, result.fp, result.fn) == (6, 1, 1)


def test_metadata_jurisdiction_may_carry_its_parent_either_way():
    expected = {"jurisdiction": "普陀区"}
    for actual in ("上海市普陀区", "普陀区"):
        assert compare_metadata(expected, {"jurisdiction": actual}).tp == 1
    assert compare_metadata({"jurisdiction": "上海市普陀区"}, {"jurisdiction": "普陀区"}).tp == 1
    wrong = compare_metadata(expected, {"jurisdiction": "上海市黄浦区"})
    assert (wrong.tp, wrong.fp, wrong.fn) == (0, 1, 1)


def test_metadata_period_compares_as_integers_and_none_is_none():
    result = compare_metadata({"period_start": 2022, "doc_number": None}, {"period_start": "2022", "doc_number": " "})
    assert (result.tp, result.fp, result.fn) == (2, 0, 0)


def test_metadata_missing_and_spurious_fields():
    result = compare_metadata({"issuer": "江阴市人民政府", "doc_number": None},
                              {"issuer": None, "doc_number": "澄政发〔2022〕12号"})
    assert (result.tp, result.fp, result.fn) == (0, 1, 1)
    assert "issuer" in result.missing[0].record
    assert "doc_number" in result.spurious[0]


def test_metadata_only_fields_the_expectation_names_count():
    result = compare_metadata({"title": DOCUMENT["title"]}, {**DOCUMENT, "issuer": "别的单位"})
    assert (result.tp, result.fp, result.fn) == (1, 0, 0)


def test_metadata_absent_document_misses_every_field():
    result = compare_metadata(DOCUMENT, None)
    assert (result.tp, result.fp, result.fn) == (0, 0, 7)
    assert all(m.nearest == "document not in the warehouse" for m in result.missing)


def test_records_lists_missing_spurious_and_changed():
    expected = [task("1", "总体目标", label="一、"), task("2", "重点任务", label="二、"), task("2.1", "加强龙头企业培育")]
    actual = [task("1", "总体目标", label="（一）"), task("2.1", "加强龙头企业培育"), task("3", "保障措施", label="三、")]
    result = compare_records("tasks", expected, actual)
    assert (result.tp, result.fp, result.fn) == (2, 1, 1)
    assert len(result.missing) == 1
    assert "重点任务" in result.missing[0].record
    assert len(result.spurious) == 1
    assert "保障措施" in result.spurious[0]
    assert len(result.changed) == 1
    assert [(c.field, c.expected, c.actual) for c in result.changed[0].fields] == [("label", "一、", "（一）")]


def test_records_equal_up_to_normalisation_are_not_changed():
    expected = [task("2.1", "加强龙头企业培育", label="1．")]
    actual = [task("2.1", "加强龙头企业培育。", label="1.")]  # NFKC folds the full-width stop
    result = compare_records("tasks", expected, actual)
    assert result.identical
    assert result.tp == 1


def test_target_metric_only_difference_is_reworded_not_changed():
    expected = [target("累计上市企业", 20, task_path="3.1.1")]
    actual = [target("上市企业", 20, task_path="3.1.1")]
    result = compare_records("targets", expected, actual)
    assert result.tp == 1
    assert result.changed == []
    assert len(result.reworded) == 1
    assert result.identical
    strict = compare_records("targets", expected, actual, tolerate_rewording=False)
    assert len(strict.changed) == 1
    assert strict.reworded == []
    assert not strict.identical


def test_target_metric_and_year_difference_is_changed():
    expected = [target("累计上市企业", 20, year=2024)]
    actual = [target("上市企业", 20, year=2023)]
    result = compare_records("targets", expected, actual)
    assert result.reworded == []
    assert {c.field for c in result.changed[0].fields} == {"metric", "year"}


def test_target_attached_to_another_task_is_changed():
    result = compare_records("targets", [target("外资企业", 100, task_path="2.10")],
                             [target("外资企业", 100, task_path="2.1")])
    assert [c.field for c in result.changed[0].fields] == ["task_path"]


def test_values_with_ignored_qualifiers_count_on_neither_side():
    kept = value("规模以上工业增加值增速", 2024, 8.0)
    expected = [kept, value("研发投入占比", 2024, None, value_text="不分解", qualifier="not_decomposed")]
    actual = [dict(kept), value("研发投入占比", 2023, 3.1, qualifier="none"),
              value("新增上市企业", 2024, None, value_text="--")]
    result = compare_records("values", expected, actual)
    assert (result.tp, result.fp, result.fn) == (1, 0, 0)
    assert result.identical


def test_value_qualifier_difference_is_changed():
    result = compare_records("values", [value("新增上市企业", 2024, 5.0, qualifier="min")],
                             [value("新增上市企业", 2024, 5.0)])
    assert result.tp == 1
    assert [c.field for c in result.changed[0].fields] == ["qualifier"]


def test_responsibility_with_another_department_is_missing_with_a_hint_naming_the_field():
    expected = [resp("市工业和信息化局", "市工信局")]
    actual = [resp("市工信局", "市工信局")]
    result = compare_records("responsibilities", expected, actual)
    assert (result.tp, result.fp, result.fn) == (0, 1, 1)
    hint = result.missing[0].nearest
    assert hint is not None
    assert hint.startswith("nearest:")
    assert "differs in department 市工业和信息化局 → 市工信局" in hint
    assert "role" not in hint.split("differs in", 1)[1]


def test_missing_target_hint_names_the_differing_value():
    result = compare_records("targets", [target("规模以上工业企业", 2500)], [target("规模以上工业企业", 2050)])
    assert "differs in value 2500 → 2050" in result.missing[0].nearest


def test_no_hint_when_nothing_is_close():
    result = compare_records("targets", [target("规模以上工业企业", 2500)],
                             [target("服务业增加值", 3.1, unit="%", year=2022, task_path="4")])
    assert result.missing[0].nearest is None


def test_compare_document_only_compares_the_given_sections():
    expected = record_set(tasks=[task("1", "总体目标")], targets=[target("上市企业", 20)])
    actual = record_set(tasks=[], targets=[])
    results = compare_document(expected, actual, ["document", "tasks"])
    assert set(results) == {"document", "tasks"}
    assert results["tasks"].fn == 1
    assert results["document"].tp == 7
