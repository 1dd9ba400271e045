"""Flattened tables in plain text: TAB cells, one cell per line, pipe cells."""

from __future__ import annotations

from etl.read.text import read_text


def _read(tmp_path, text: str):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return read_text(path)


def _cell(table, row: int, col: int):
    return next(c for c in table.cells if c.row == row and c.col == col)


# --- layout a: TAB-prefixed cells ------------------------------------------------------------

TAB_TABLE = (
    "附件\n重点指标表\n"
    "\t序号\n\t类别\n\t指标\n\t2023年目标\n\t牵头单位\n\t配合单位\n\n"
    "\t1\n\t经济规模\n\t地区生产总值（亿元）\n\t500\n\t发改委\n\t统计局\n\n"
    "\t2\n\t\n\t一般公共预算收入（亿元）\n\t40\n\t财政局、\n税务局\n\t\n\n"
    "\t3\n\t创新驱动\n\t研发投入强度（%）\n\t3\n\t科技局\n\t\n\n\n"
    "注：以上为预期性指标。\n"
)


def test_tab_table_rows_cells_and_merges(tmp_path):
    document = _read(tmp_path, TAB_TABLE)
    [table] = document.tables()
    assert (table.n_rows, table.n_cols, table.header_rows) == (4, 6, 1)
    grid = table.text_grid()
    assert grid[0] == ["序号", "类别", "指标", "2023年目标", "牵头单位", "配合单位"]
    # the empty 类别 cell under 经济规模 is a vertical merge, not an empty cell
    assert _cell(table, 1, 1).row_span == 2
    assert grid[2][1] == "经济规模"
    # a line without TAB continues the previous cell
    assert grid[2][4] == "财政局、\n税务局"
    # an empty trailing cell is a real empty cell, not a merge
    assert grid[2][5] == ""
    assert grid[3][5] == ""
    assert _cell(table, 1, 5).row_span == 1
    assert [p.text for p in document.paragraphs()] == ["附件", "重点指标表", "注：以上为预期性指标。"]
    assert _cell(table, 2, 4).provenance.line_start == 21
    assert _cell(table, 2, 4).provenance.line_end == 22


def test_tab_tables_separated_by_blank_lines_are_separate(tmp_path):
    text = "\t甲\n\t乙\n\n\t1\n\t2\n\n\n\n\t丙\n\t丁\n\n\t3\n\t4\n"
    tables = _read(tmp_path, text).tables()
    assert [t.text_grid() for t in tables] == [[["甲", "乙"], ["1", "2"]], [["丙", "丁"], ["3", "4"]]]
    assert [t.provenance.table for t in tables] == [0, 1]


def test_spanning_header_cell_is_read_off_the_sub_row(tmp_path):
    # "目标" spans the two year sub-columns; the sub-row has empty cells under the others.
    text = "\t地区\n\t目标\n\t单位\n\n\t\n\t2023年\n\t2024年\n\t\n\n\t甲镇\n\t10\n\t12\n\t工信局\n"
    [table] = _read(tmp_path, text).tables()
    assert table.n_cols == 4
    assert _cell(table, 0, 1).col_span == 2
    assert _cell(table, 0, 0).row_span == 2
    assert _cell(table, 0, 3).row_span == 2
    assert table.header_rows == 2
    assert table.text_grid()[1] == ["地区", "2023年", "2024年", "单位"]


def test_lone_tab_line_is_no_table_and_no_paragraph(tmp_path):
    document = _read(tmp_path, "标题\n\n\t\n\n正文。\n")
    assert document.tables() == []
    assert [p.text for p in document.paragraphs()] == ["标题", "正文。"]


# --- layout b: one cell per line ------------------------------------------------------------

STREAM_TABLE = (
    "附件\n\n行动计划指标表\n\n"
    "领域\n\n任务\n\n指标\n\n数据\n\n来源\n\n2023年\n\n2024年\n\n牵头单位\n\n"
    "一、\n\n数字\n\n经济\n\n1.发展软件产业\n\n软件业务收入(亿元)\n\n统计局\n\n10\n\n12\n\n工信局\n\n"
    "软件企业数(家)\n\n园区\n\n30\n\n35\n\n工信局\n\n"
    "2.建设数据中心\n\n——\n\n大数据局\n\n"
    "二、\n\n绿色\n\n低碳\n\n3.推进节能改造\n\n单位GDP能耗下降(%)\n\n统计局\n\n3\n\n——\n\n发改委\n\n"
    "\n市政府办公室    2023年1月5日印发\n"
)


def test_one_cell_per_line_table_is_rebuilt(tmp_path):
    document = _read(tmp_path, STREAM_TABLE)
    [table] = document.tables()
    assert (table.n_rows, table.n_cols, table.header_rows) == (5, 7, 1)
    grid = table.text_grid()
    assert grid[0] == ["领域", "任务", "指标", "数据\n来源", "2023年", "2024年", "牵头单位"]
    assert grid[1] == [
        "一、\n数字\n经济",
        "1.发展软件产业",
        "软件业务收入(亿元)",
        "统计局",
        "10",
        "12",
        "工信局",
    ]
    assert grid[2] == ["一、\n数字\n经济", "1.发展软件产业", "软件企业数(家)", "园区", "30", "35", "工信局"]
    # a row without indicator: "——" spans indicator, source and year columns
    assert grid[3] == ["一、\n数字\n经济", "2.建设数据中心", "——", "——", "——", "——", "大数据局"]
    assert _cell(table, 3, 2).col_span == 4
    assert _cell(table, 1, 0).row_span == 3
    assert _cell(table, 1, 1).row_span == 2
    assert grid[4][4:] == ["3", "——", "发改委"]
    texts = [p.text for p in document.paragraphs()]
    assert texts == ["附件", "行动计划指标表", "市政府办公室    2023年1月5日印发"]


def test_repeated_group_label_restarts_the_merge_at_its_column(tmp_path):
    text = (
        "类别\n任务\n指标\n2023年\n责任部门\n"
        "一、\n创新\n任务一:\n研发投入\n研发强度(%)\n3\n科技局\n"
        "专利数(件)\n50\n科技局\n"
        "一、\n创新\n人才数(人)\n100\n人社局\n"
    )
    [table] = _read(tmp_path, text).tables()
    grid = table.text_grid()
    assert grid[3] == ["一、\n创新", "任务一:\n研发投入", "人才数(人)", "100", "人社局"]
    assert _cell(table, 3, 0).row_span == 1  # the repeated 类别 label opens a new cell in column 0
    assert _cell(table, 1, 1).row_span == 3  # while the 任务 cell goes on


def test_short_lines_without_table_header_stay_paragraphs(tmp_path):
    document = _read(tmp_path, "江阴市人民政府\n2022年6月14日\n（此件公开发布）\n抄送：市委办\n")
    assert document.tables() == []
    assert len(document.paragraphs()) == 4


# --- layout c: pipes --------------------------------------------------------------------------

PIPE_TABLE = (
    "指标体系\n"
    "类别 |\n序号 |\n指标 |\n2025年目标 |\n"
    "规模 |\n1 |\n产值(亿元) |\n100 |\n2 |\n税收(亿元) |\n10左右 |\n|\n"
    "结构 |\n3 |\n新兴产业占比(%) |\n40 |\n|\n"
    "4 |\n高新产业占比(%) |\n低于全省平均 |\n"
    "到2030年,全面建成。\n"
)


def test_pipe_cells_with_lone_pipes_rebuild_merged_groups(tmp_path):
    document = _read(tmp_path, PIPE_TABLE)
    [table] = document.tables()
    assert (table.n_rows, table.n_cols, table.header_rows) == (5, 4, 1)
    grid = table.text_grid()
    assert grid[0] == ["类别", "序号", "指标", "2025年目标"]
    assert grid[2] == ["规模", "2", "税收(亿元)", "10左右"]
    assert grid[4] == ["结构", "4", "高新产业占比(%)", "低于全省平均"]
    assert _cell(table, 1, 0).row_span == 2
    assert _cell(table, 3, 0).row_span == 2
    assert [p.text for p in document.paragraphs()] == ["指标体系", "到2030年,全面建成。"]


def test_pipe_rows(tmp_path):
    text = "说明\n| 指标 | 2024年 | 2025年 |\n|---|---|---|\n| 产值 | 10 | 12 |\n| 税收 | 1 | 2 |\n结束。\n"
    document = _read(tmp_path, text)
    [table] = document.tables()
    assert table.text_grid() == [["指标", "2024年", "2025年"], ["产值", "10", "12"], ["税收", "1", "2"]]
    assert [p.text for p in document.paragraphs()] == ["说明", "结束。"]


# --- horizontally spanning group headers printed once -----------------------------------------

GROUPS_TABLE = (
    "\t序号\n\t类别\n\t指标\n\n\t1\n\t规模\n\t产值\n\n\t2\n\t\n\t税收\n\n\t3\n\t结构\n\t占比\n\n\n\n"
)
DECOMPOSITION = "\t类别\n\t规模\n\t结构\n\n\t指标\n\t产值\n\t税收\n\t占比\n\n\t甲镇\n\t10\n\t1\n\t5\n"


def test_group_header_spans_follow_an_earlier_table_of_the_document(tmp_path):
    document = _read(tmp_path, GROUPS_TABLE + DECOMPOSITION)
    table = document.tables()[1]
    assert table.text_grid()[0] == ["类别", "规模", "规模", "结构"]
    assert _cell(table, 0, 1).col_span == 2
    assert document.warnings == []


def test_group_header_spans_without_evidence_are_spread_with_a_warning(tmp_path):
    document = _read(tmp_path, DECOMPOSITION)
    [table] = document.tables()
    assert table.n_cols == 4
    assert [c.col_span for c in table.cells if c.row == 0] == [1, 2, 1]
    assert any("guessed" in w for w in document.warnings)


def test_empty_cell_under_a_number_is_not_a_merge(tmp_path):
    text = "\t地区\n\t2021年\n\t2022年\n\n\t甲镇\n\t10\n\t12\n\n\t乙镇\n\t\n\t15\n"
    [table] = _read(tmp_path, text).tables()
    assert table.text_grid()[2] == ["乙镇", "", "15"]
    assert _cell(table, 1, 1).row_span == 1


def test_tab_indented_running_text_is_not_a_table(tmp_path):
    text = (
        "\t一、总体要求。坚持稳中求进工作总基调，推动高质量发展。\n\t二、主要目标。到2025年，产值达到1000亿元。\n\n"
        "\t三、重点任务。加快培育先进制造业集群，提升产业链水平。\n\t四、保障措施。强化组织领导，压实工作责任。\n"
    )
    document = _read(tmp_path, text)
    assert document.tables() == []
    assert [p.provenance.line_start for p in document.paragraphs()] == [1, 2, 4, 5]


def test_tab_row_with_an_empty_first_cell_stays_in_its_table(tmp_path):
    """类别 written once per group: the rows under it start with TAB (an empty first cell)."""
    document = _read(tmp_path, "主要指标\n类别\t指标\t2025年\n产业\t甲指标\t5\n\t乙指标\t6\n创新\t丙指标\t7\n\n说明文字。\n")
    [table] = document.tables()
    assert table.text_grid() == [["类别", "指标", "2025年"], ["产业", "甲指标", "5"], ["产业", "乙指标", "6"],
                                 ["创新", "丙指标", "7"]]
    assert _cell(table, 1, 0).row_span == 2
    assert [p.text for p in document.paragraphs()] == ["主要指标", "说明文字。"]
