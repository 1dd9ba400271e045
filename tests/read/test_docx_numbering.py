"""Word automatic numbering: number formats and the counter engine on hand-written numbering XML."""

from __future__ import annotations

import pytest
from docx.oxml import parse_xml

from etl.read.docx_numbering import NumberingEngine
from etl.read.docx_numformat import chinese_counting, format_number
from etl.read.docx_styles import StyleIndex

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def lvl(ilvl: int, fmt: str, text: str, suff: str | None = None, start: int = 1, extra: str = "") -> str:
    suff_xml = f'<w:suff w:val="{suff}"/>' if suff else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{suff_xml}'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


def numbering(abstracts: dict[int, str], nums: dict[int, str]) -> str:
    """numbering.xml from {abstractNumId: levels xml} and {numId: inner xml of w:num}."""
    body = "".join(
        f'<w:abstractNum w:abstractNumId="{a}">{levels}</w:abstractNum>' for a, levels in abstracts.items()
    )
    body += "".join(f'<w:num w:numId="{n}">{inner}</w:num>' for n, inner in nums.items())
    return f"<w:numbering {W}>{body}</w:numbering>"


def para(num_id: int | None = None, ilvl: int | None = 0, style: str | None = None):
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num_id is not None:
        ilvl_xml = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
        ppr += f'<w:numPr>{ilvl_xml}<w:numId w:val="{num_id}"/></w:numPr>'
    return parse_xml(f"<w:p {W}><w:pPr>{ppr}</w:pPr><w:r><w:t>x</w:t></w:r></w:p>")


def engine(numbering_xml: str, styles_xml: str | None = None) -> NumberingEngine:
    styles = StyleIndex(parse_xml(styles_xml) if styles_xml else None)
    return NumberingEngine(parse_xml(numbering_xml), styles)


def labels(eng: NumberingEngine, paragraphs) -> list[str]:
    return [eng.label(p) for p in paragraphs]


CN_OUTLINE = (
    lvl(0, "chineseCounting", "%1、", "nothing")
    + lvl(1, "chineseCounting", "（%2）", "nothing")
    + lvl(2, "decimal", "%3．", "nothing")
)


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        (3, "decimal", "3"),
        (12, "decimalFullWidth", "１２"),
        (3, "decimalEnclosedCircle", "③"),
        (21, "decimalEnclosedCircle", "㉑"),
        (2, "decimalEnclosedParen", "⑵"),
        (3, "ideographEnclosedCircle", "㈢"),
        (10, "chineseCounting", "十"),
        (11, "japaneseCounting", "十一"),
        (20, "chineseCountingThousand", "二十"),
        (105, "chineseCounting", "一百零五"),
        (3, "ideographTraditional", "丙"),
        (10, "ideographDigital", "一〇"),
        (3, "chineseLegalSimplified", "叁"),
        (3, "upperLetter", "C"),
        (28, "lowerLetter", "bb"),
        (14, "upperRoman", "XIV"),
        (9, "lowerRoman", "ix"),
        (5, "decimalZero", "05"),
        (4, "unknownFormat", "4"),
    ],
)
def test_format_number(value: int, fmt: str, expected: str) -> None:
    assert format_number(value, fmt) == expected


def test_chinese_counting_tens_and_zeros() -> None:
    assert [chinese_counting(n) for n in (1, 9, 19, 30, 99, 110, 1001)] == [
        "一", "九", "十九", "三十", "九十九", "一百一十", "一千零一",
    ]  # fmt: skip


def test_single_level_decimal_counts_up_without_separator() -> None:
    eng = engine(numbering({1: lvl(0, "decimal", "%1．", "nothing")}, {5: '<w:abstractNumId w:val="1"/>'}))
    assert labels(eng, [para(5), para(5), para(5)]) == ["1．", "2．", "3．"]


def test_unnumbered_and_num_id_zero_give_no_label() -> None:
    eng = engine(numbering({1: lvl(0, "decimal", "%1.")}, {1: '<w:abstractNumId w:val="1"/>'}))
    assert labels(eng, [para(), para(0), para(99)]) == ["", "", ""]


def test_lower_levels_restart_when_a_higher_level_advances() -> None:
    eng = engine(numbering({1: CN_OUTLINE}, {1: '<w:abstractNumId w:val="1"/>'}))
    sequence = [para(1, level) for level in (0, 1, 1, 2, 2, 1, 2, 0, 1, 2)]
    assert labels(eng, sequence) == [
        "一、", "（一）", "（二）", "1．", "2．", "（三）", "1．", "二、", "（一）", "1．",
    ]  # fmt: skip


def test_lvl_restart_zero_keeps_counting_across_higher_levels() -> None:
    levels = lvl(0, "chineseCounting", "%1、", "nothing") + lvl(
        1, "decimal", "%2．", "nothing", extra='<w:lvlRestart w:val="0"/>'
    )
    eng = engine(numbering({1: levels}, {1: '<w:abstractNumId w:val="1"/>'}))
    assert labels(eng, [para(1, 0), para(1, 1), para(1, 1), para(1, 0), para(1, 1)]) == [
        "一、", "1．", "2．", "二、", "3．",
    ]  # fmt: skip


def test_multi_level_template_and_legal_numbering() -> None:
    levels = (
        lvl(0, "chineseCounting", "%1、", "nothing")
        + lvl(1, "decimal", "%1.%2", "space")
        + lvl(2, "lowerLetter", "%1.%2.%3", "space", extra="<w:isLgl/>")
    )
    eng = engine(numbering({1: levels}, {1: '<w:abstractNumId w:val="1"/>'}))
    assert labels(eng, [para(1, 0), para(1, 1), para(1, 2), para(1, 1), para(1, 0), para(1, 1)]) == [
        "一、", "一.1 ", "1.1.1 ", "一.2 ", "二、", "二.1 ",
    ]  # fmt: skip


def test_start_override_instances_restart_and_plain_instances_continue() -> None:
    abstract = {1: lvl(0, "decimal", "%1．", "nothing")}
    restart = (
        '<w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
    )
    eng = engine(numbering(abstract, {10: restart, 11: restart}))
    assert labels(eng, [para(10), para(10), para(11), para(11), para(11)]) == [
        "1．",
        "2．",
        "1．",
        "2．",
        "3．",
    ]
    plain = '<w:abstractNumId w:val="1"/>'
    eng = engine(numbering(abstract, {20: plain, 21: plain}))
    assert labels(eng, [para(20), para(20), para(21)]) == ["1．", "2．", "3．"]


def test_start_value_and_level_override_definition() -> None:
    abstract = {1: lvl(0, "decimal", "%1.", start=5)}
    override = (
        '<w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0">'
        + lvl(0, "upperLetter", "(%1)", "nothing")
        + "</w:lvlOverride>"
    )
    eng = engine(numbering(abstract, {1: '<w:abstractNumId w:val="1"/>', 2: override}))
    assert labels(eng, [para(1), para(1), para(2), para(2)]) == ["5. ", "6. ", "(A)", "(B)"]


def test_bullets_render_no_label_but_tab_suffix_spaces_latin_labels() -> None:
    levels = lvl(0, "bullet", "\uf0b7")
    eng = engine(numbering({1: levels, 2: lvl(0, "decimal", "%1.")},
                           {1: '<w:abstractNumId w:val="1"/>', 2: '<w:abstractNumId w:val="2"/>'}))  # fmt: skip
    assert labels(eng, [para(1), para(2), para(1)]) == ["", "1. ", ""]


def test_numbering_inherited_through_paragraph_style_chain() -> None:
    styles = (
        f"<w:styles {W}>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Item"><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="ItemBold"><w:basedOn w:val="Item"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Sub"><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
        "</w:styles>"
    )
    eng = engine(numbering({1: CN_OUTLINE}, {3: '<w:abstractNumId w:val="1"/>'}), styles)
    sequence = [para(style="Item"), para(style="Sub"), para(style="ItemBold"), para(), para(0, style="Item")]
    assert labels(eng, sequence) == ["一、", "（一）", "二、", "", ""]


def test_style_level_found_by_the_levels_pstyle_link() -> None:
    styles = (
        f"<w:styles {W}>"
        '<w:style w:type="paragraph" w:styleId="H2"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>'
        "</w:style></w:styles>"
    )
    levels = lvl(0, "chineseCounting", "%1、", "nothing") + lvl(
        1, "chineseCounting", "（%2）", "nothing", extra='<w:pStyle w:val="H2"/>'
    )
    eng = engine(numbering({1: levels}, {1: '<w:abstractNumId w:val="1"/>'}), styles)
    assert labels(eng, [para(1, 0), para(style="H2"), para(style="H2")]) == ["一、", "（一）", "（二）"]
