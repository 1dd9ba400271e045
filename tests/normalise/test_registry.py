"""The registry data: lookups, traditional characters and the jieba dictionary."""

from __future__ import annotations

import jieba

from etl.normalise.department_words import department_jieba_dict, load_department_words
from etl.normalise.registry import entries, lookup
from etl.normalise.script import to_simplified


def test_aliases_are_unambiguous():
    seen: dict[str, str] = {}
    for entry in entries():
        for form in entry.forms():
            assert seen.setdefault(form, entry.name) == entry.name, form


def test_lookup_with_level_words():
    assert lookup("市工信局").entry.name == "工业和信息化局"
    assert lookup("市工信局").level == "市"
    assert lookup("市场监管局").level == ""
    assert lookup("市委组织部").entry.full_name("区") == "区委组织部"
    assert lookup("不存在的局") is None


def test_to_simplified():
    assert to_simplified("市發改委牽頭，負責") == "市发改委牵头，负责"
    assert to_simplified("市工信局") == "市工信局"


def test_jieba_dictionary_keeps_names_whole():
    assert "市工信局" in department_jieba_dict().split()
    tokenizer = jieba.Tokenizer()
    load_department_words(tokenizer)
    assert tokenizer.lcut("市工信局、市商务局、市工商联") == ["市工信局", "、", "市商务局", "、", "市工商联"]


def test_province_forms_mean_a_provincial_body():
    match = lookup("科技厅")
    assert match.entry.name == "科学技术局"
    assert match.level == "省"
    assert match.entry.full_name("省") == "省科学技术厅"
    assert match.entry.full_name("市") == "市科学技术局"
    assert lookup("市国资委").entry.name == "国资委"
