"""Table grids with spans from cell rectangles, and joining tables continued over a page break."""

from __future__ import annotations

from etl.read.pdf_table_join import join_fragments, same_columns
from etl.read.pdf_tables import build_fragment, fragment_to_table
from tests.read.test_pdf_builders import make_fragment


def _char(text: str, x: float, top: float) -> dict:
    return {"text": text, "x0": x, "x1": x + 10, "top": top, "bottom": top + 10, "size": 10.0}


def test_spans_come_from_cell_rectangles():
    # | 类别 (2 rows) | 指标 (2 cols)      |
    # |               | 名称   | 目标      |
    # | 合计           | 产值   | 2 000     |
    rects = [
        (0, 0, 50, 40),
        (50, 0, 150, 20),
        (50, 20, 100, 40),
        (100, 20, 150, 40),
        (0, 40, 50, 60),
        (50, 40, 100, 60),
        (100, 40, 150, 60),
    ]
    chars = [
        _char("类", 5, 5),
        _char("别", 15, 5),
        _char("指", 60, 5),
        _char("标", 70, 5),
        _char("名", 55, 25),
        _char("目", 105, 25),
        _char("合", 5, 45),
        _char("产", 55, 45),
        _char("2", 105, 45),
        _char(" ", 115, 45),
        _char("0", 125, 45),
        _char("0", 135, 45),
    ]
    fragment = build_fragment(1, (0, 0, 150, 60), rects, chars)
    table = fragment_to_table(fragment, 0)
    spans = {(c.row, c.col): (c.row_span, c.col_span) for c in table.cells}
    assert spans[(0, 0)] == (2, 1)
    assert spans[(0, 1)] == (1, 2)
    assert table.text_grid() == [["类别", "指标", "指标"], ["类别", "名", "目"], ["合", "产", "2 00"]]
    assert table.header_rows == 2


def test_cell_lines_kept_on_separate_lines_without_cjk_spaces():
    chars = [_char("工", 2, 2), _char("信", 12, 2), _char("局", 2, 15), _char("、", 12, 15)]
    fragment = build_fragment(1, (0, 0, 30, 30), [(0, 0, 30, 30), (30, 0, 60, 30)], chars)
    assert fragment.cells[0].text == "工信\n局、"


def test_uncovered_grid_positions_extend_the_merge_above():
    rects = [(0, 0, 50, 20), (50, 0, 100, 20), (50, 20, 100, 40), (50, 40, 100, 60)]  # col 0 rows 1-2 missing
    fragment = build_fragment(1, (0, 0, 100, 60), rects, [_char("甲", 5, 5)])
    first = fragment.cells[0]
    assert (first.row, first.col, first.row_span) == (0, 0, 3)


def test_continuation_drops_repeated_header_and_extends_vertical_merge():
    first = make_fragment(1, [["类别", "序号", "指标"], ["产业", "1", "产值"], [None, "2", "税收"]], top=500)
    cont = make_fragment(2, [["类别", "序号", "指标"], ["", "3", "利润"], ["创新", "4", "专利"]], top=100)
    assert same_columns(first, cont)
    join_fragments(first, cont)
    table = fragment_to_table(first, 0)
    assert table.header_rows == 1
    assert table.text_grid() == [
        ["类别", "序号", "指标"],
        ["产业", "1", "产值"],
        ["产业", "2", "税收"],
        ["产业", "3", "利润"],
        ["创新", "4", "专利"],
    ]


def test_row_split_over_page_break_is_merged_back():
    # short cells (序号, 单位) finish on the first page; only the long 任务 text runs over
    first = make_fragment(
        1, [["序号", "任务", "单位"], ["1", "建设平台", "科技局"], ["2", "推进智能化", "工信局"]]
    )
    cont = make_fragment(2, [["序号", "任务", "单位"], ["", "改造", ""], ["3", "招引项目", "商务局"]])
    join_fragments(first, cont)
    table = fragment_to_table(first, 0)
    assert table.n_rows == 4
    assert [row[1] for row in table.text_grid()] == ["任务", "建设平台", "推进智能化\n改造", "招引项目"]
    assert table.text_grid()[2] == ["2", "推进智能化\n改造", "工信局"]


def test_new_row_with_an_empty_optional_cell_is_not_merged():
    first = make_fragment(1, [["序号", "任务", "参与"], ["1", "甲", "乙"], ["2", "丙", "丁"]])
    cont = make_fragment(2, [["3", "戊", ""], ["4", "己", "庚"]])
    join_fragments(first, cont)
    grid = fragment_to_table(first, 0).text_grid()
    assert grid[3] == ["3", "戊", ""]
    assert len(grid) == 5


def test_numbered_merged_cell_text_continues_on_next_page():
    first = make_fragment(
        1, [["工作", "指标"], ["1、建设平台", "甲"], [None, "乙"], ["2、发展新型孵化", "丙"]]
    )
    cont = make_fragment(2, [["工作", "指标"], ["器", "丁"], [None, "戊"], ["3、优化服务", "己"]])
    join_fragments(first, cont)
    column = [row[0] for row in fragment_to_table(first, 0).text_grid()]
    assert column == [
        "工作",
        "1、建设平台",
        "1、建设平台",
        "2、发展新型孵化\n器",
        "2、发展新型孵化\n器",
        "2、发展新型孵化\n器",
        "3、优化服务",
    ]


def test_different_columns_do_not_join():
    first = make_fragment(1, [["a", "b"], ["1", "2"]])
    other = make_fragment(2, [["a", "b"], ["1", "2"]], col_edges=[80.0, 200.0, 260.0])
    assert not same_columns(first, other)


def test_row_split_over_page_break_is_merged_back_when_its_serial_number_is_empty():
    # the 牵头 list broke after its first name, so most cells of the continuation are filled
    first = make_fragment(
        1, [["序号", "措施", "牵头", "时限"], ["1", "建设平台", "工信局", "9月底"], ["2", "推进机关内", "区委办、", "2024年"]]
    )
    cont = make_fragment(2, [["", "部改革", "区府办", "12月底"], ["3", "招引项目", "商务局", "10月底"]])
    join_fragments(first, cont)
    grid = fragment_to_table(first, 0).text_grid()
    assert len(grid) == 4
    assert grid[2] == ["2", "推进机关内\n部改革", "区委办、\n区府办", "2024年\n12月底"]
    assert grid[3][0] == "3"
