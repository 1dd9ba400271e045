"""CJK spacing, page furniture and paragraph joining on synthetic lines."""

from __future__ import annotations

import pytest

from etl.read.pdf_furniture import is_page_number, remove_furniture
from etl.read.pdf_layout import Layout
from etl.read.pdf_lines import fix_cjk_spacing, line_text
from etl.read.pdf_paragraphs import build_paragraphs, join_line_texts
from tests.read.test_pdf_builders import make_line

LAYOUT = Layout(left=80.0, right=512.0, size=16.0, pitch=29.0)  # 27 CJK chars per line


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("2022 年 6 月 14 日", "2022年6月14日"),
        ("到 2024 年，规模 达到 7%", "到2024年，规模达到7%"),
        ("附件 2", "附件2"),
        ("GDP 比重", "GDP比重"),
        ("Made in China 2025 计划", "Made in China 2025计划"),
        ("共 3 个　项目", "共3个项目"),
    ],
)
def test_fix_cjk_spacing(raw, fixed):
    assert fix_cjk_spacing(raw) == fixed


def test_line_text_inserts_spaces_only_between_latin_words():
    chars = [
        {"text": t, "x0": x, "x1": x + w, "size": 16.0}
        for t, x, w in [("5", 0, 8), ("G", 8, 8), ("年", 19.2, 16), ("A", 40, 8), ("B", 56, 8)]
    ]
    assert line_text(chars) == "5G年A B"


@pytest.mark.parametrize("text", ["— 1 —", "- 12 -", "—3—", "第1页", "第 2 页 共 10 页", "3/20", "17"])
def test_page_numbers_recognised(text):
    assert is_page_number(text)


@pytest.mark.parametrize("text", ["2024年", "一、总体要求", "1．加强组织领导", "（一）"])
def test_body_lines_are_not_page_numbers(text):
    assert not is_page_number(text)


BODY = ["坚持稳中求进。", "推动高质量发展。", "强化要素保障。", "加强组织领导。"]


def test_running_header_and_page_numbers_removed():
    pages = [
        [
            make_line("江阴市人民政府办公室文件", 200, 40, 12, number),
            make_line(BODY[number - 1], 80, 110, 16, number),
            make_line(f"— {number} —", 280, 780, 14, number),
        ]
        for number in range(1, 5)
    ]
    cleaned = remove_furniture(pages, [842.0] * 4)
    assert [[line.text for line in lines] for lines in cleaned] == [[text] for text in BODY]


def test_number_line_in_mid_page_is_kept():
    pages = [[make_line("第一段", 80, 110), make_line("2024", 80, 420), make_line("— 1 —", 280, 780, 14)]]
    assert [line.text for line in remove_furniture(pages, [842.0])[0]] == ["第一段", "2024"]


def test_repeated_body_text_in_middle_of_page_is_kept():
    pages = [
        [
            make_line(f"第{n}段开头", 80, 110, 16, n),
            make_line("一是加强领导。", 80, 300, 16, n),
            make_line("二是强化考核。", 80, 330, 16, n),
            make_line(f"第{n}段结尾", 80, 600, 16, n),
        ]
        for n in range(1, 5)
    ]
    cleaned = remove_furniture(pages, [842.0] * 4)
    assert all("一是加强领导。" in [line.text for line in lines] for lines in cleaned)


def _layouts(*pages: int) -> dict[int, Layout]:
    return {page: LAYOUT for page in pages}


def test_indent_and_short_line_end_paragraphs():
    lines = [
        make_line("为深入贯彻落实党中央国务院决策部署推动制造业高质", 112, 100),  # 25 chars from indent: full
        make_line("量发展，结合我市实际，制定本方案。", 80, 129),  # short: ends the paragraph
        make_line("一、总体要求", 112, 158),
        make_line("坚持以习近平新时代中国特色社会主义思想为指导，深入", 112, 187),
        make_line("贯彻新发展理念。", 80, 216),
    ]
    paragraphs = build_paragraphs(lines, _layouts(1))
    assert [p.text for p in paragraphs] == [
        "为深入贯彻落实党中央国务院决策部署推动制造业高质量发展，结合我市实际，制定本方案。",
        "一、总体要求",
        "坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻新发展理念。",
    ]
    assert paragraphs[0].provenance.page == 1
    assert paragraphs[0].provenance.bbox == (80.0, 100.0, 496.0, 145.0)


def test_line_ending_early_because_next_word_is_unbreakable_continues():
    # 26 CJK chars then "2024年" did not fit: the line ends 16pt short but the paragraph goes on.
    lines = [
        make_line("坚" * 25 + "到", 80, 100),
        make_line("2024年，全市规模以上工业增加值年均增长7%。", 80, 129),
    ]
    assert len(build_paragraphs(lines, _layouts(1))) == 1


def test_paragraph_continues_on_next_page_and_gap_breaks():
    lines = [
        make_line("坚" * 27, 80, 700, page=1),
        make_line("持续推进。", 80, 110, page=2),
        make_line("另起一段没有缩进但隔了很大的空白。", 80, 300, page=2),
    ]
    paragraphs = build_paragraphs(lines, _layouts(1, 2))
    assert [p.text for p in paragraphs] == ["坚" * 27 + "持续推进。", "另起一段没有缩进但隔了很大的空白。"]


def test_centred_title_lines_and_right_aligned_signature():
    lines = [
        make_line("关于印发行动计划的通知", 296 - 88 * 1, 100, 22),  # 11 chars x 22pt, centred
        make_line("各镇人民政府：", 80, 160),
        make_line("江阴市人民政府办公室", 300, 200),
        make_line("2022年6月14日", 348, 229),
    ]
    lines[0] = make_line("关于印发行动计划的通知", 296 - 121, 100, 22)
    paragraphs = build_paragraphs(lines, _layouts(1))
    assert [(p.text, p.align) for p in paragraphs] == [
        ("关于印发行动计划的通知", "center"),
        ("各镇人民政府：", None),
        ("江阴市人民政府办公室", "right"),
        ("2022年6月14日", "right"),
    ]


def test_join_line_texts_spaces_only_between_latin_words():
    assert join_line_texts(["Made in", "China"]) == "Made in China"
    assert join_line_texts(["规模以上工业增加值（2022—", "2024）"]) == "规模以上工业增加值（2022—2024）"


def test_a_line_ending_in_digits_before_a_cjk_character_is_full():
    """Room for one CJK character is not enough after digits: the renderer adds a CJK/Latin gap."""
    from etl.read.pdf_layout import fills_line

    def ending_with_room(text: str, room: float):
        width = make_line(text, 0.0, 0.0).x1
        return make_line(text, LAYOUT.right - room - width, 100.0)

    following = make_line("家以上、小升规企业不少于80家。", 80.0, 129.0)
    assert fills_line(ending_with_room("确保新增规上工业企业120", 17.8), following, LAYOUT)
    assert not fills_line(ending_with_room("确保新增规上工业企业一二", 17.8), following, LAYOUT)


def test_an_opening_quote_moves_with_the_character_before_it():
    from etl.read.pdf_layout import first_unit_width

    assert first_unit_width(make_line("增“南太湖精英计划”人才项目", 80.0, 100.0)) == 32.0
    assert first_unit_width(make_line("增加人才项目", 80.0, 100.0)) == 16.0


def test_a_decimal_number_with_its_percent_sign_moves_as_one_piece():
    from etl.read.pdf_layout import first_unit_width

    line = make_line("8.1%，全市", 80.0, 100.0)
    assert first_unit_width(line) == line.chars[4]["x1"] - 80.0  # "8.1%，"
    assert first_unit_width(make_line("8。全市", 80.0, 100.0)) == 24.0  # "8。"
