"""Build the .docx and .pdf renderings of the cross-format fixtures from their .txt files.

Each ``<stem>.txt`` in this folder is a document of the genre as plain text (six copied from
tests/data/unseen/, two written for this folder). This script lays each one out the way
government offices format documents in Word/WPS, as the sample corpus was made
(/work/shared/corpus/README.md "How the files were made"):

* A4, GB/T 9704 margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm);
* the title centred in 方正小标宋简体 22pt bold; 文号 centred; body in 仿宋_GB2312 16pt, left-aligned,
  2-character first-line indent, fixed 28.95pt line pitch;
* headings 一、 in 黑体 and （一） in 楷体 as ordinary paragraphs (a （一） lead sentence in 楷体, the
  rest of the paragraph in 仿宋); signature and date right-aligned; a centred "— N —" PAGE footer;
* the plan after a cover notice and every annex (附件 / 附表) start on a new page;
* tables as real Word tables: header rows repeated on each page (w:tblHeader), cells the txt
  leaves blank under a label merged vertically (w:vMerge), one-cell section rows and spanning
  header cells merged horizontally (w:gridSpan), long 、-lists in named columns split into one
  paragraph per item (as people type them in cells).

Table layout that the txt cannot show (which blank cells are merges, header spans) comes from
``TABLE_LAYOUTS`` below, one entry per table, written by hand from reading each table, or from a
``<stem>.layout.yaml`` next to the txt (see ``_layouts_for``).

Regenerate (needs LibreOffice; CI does not have it, so the outputs are committed)::

    .venv/bin/python tests/data/crossformat/build.py          # writes <stem>.docx and <stem>.pdf
    .venv/bin/python tests/data/crossformat/build.py --docx   # .docx only
    .venv/bin/python tests/data/crossformat/build.py --folder tests/data/golden_unseen   # those fixtures

The .docx output is byte-for-byte reproducible; the .pdf is converted with
``soffice --headless --convert-to pdf`` and is reproducible in content.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path

import docx
import yaml
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm

HERE = Path(__file__).resolve().parent
W = nsdecls("w")

FANGSONG, HEITI, KAITI, XIAOBIAOSONG, SONGTI = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"
BODY_SIZE, TITLE_SIZE, ANNEX_TITLE_SIZE, CELL_SIZE = 32, 44, 36, 24  # half-points
LINE_PITCH = 579  # twips: 28.95pt, exact
TEXT_WIDTH = 8845  # twips between the GB/T 9704 margins on A4


@dataclass
class TableLayout:
    """How one table of a fixture is laid out in Word (what the txt does not show)."""

    header_rows: int = 1
    spans: dict[tuple[int, int], int] = field(default_factory=dict)  # (row, col) -> grid columns
    merge_blank_down: tuple[int, ...] = ()  # columns whose blank body cells continue the cell above
    merge_equal_down: tuple[int, ...] = ()  # columns whose repeated labels are one merged cell
    split_lists: tuple[int, ...] = ()  # columns whose 、-lists are one paragraph per item
    merge_equal_across_header: bool = False  # a header label repeated in adjacent cells is one spanning cell


@dataclass(frozen=True)
class HouseStyle:
    """Habits of the office that typed a document (all seen in real government .docx files)."""

    space_indent: bool = False  # first-line indent typed as two ideographic spaces
    title_breaks: bool = False  # long titles broken by hand (Shift+Enter) into a 梯形 of lines
    odd_even_footer: bool = False  # GB/T 9704: page number right on odd pages, left on even pages


PLAIN = HouseStyle()
TYPED = HouseStyle(space_indent=True, title_breaks=True, odd_even_footer=True)
HOUSE_STYLES: dict[str, HouseStyle] = {
    "luoyang_industrial_internet_plan": TYPED,
    "mayor_speech": TYPED,
    "c_district_two_header_rows": TYPED,
    "shanghai_district_plan": TYPED,
}

TABLE_LAYOUTS: dict[str, list[TableLayout]] = {
    "a_county_plan_unit_column": [TableLayout()],
    "b_city_yearly_targets": [TableLayout(merge_blank_down=(0,))],
    "c_district_two_header_rows": [TableLayout(header_rows=2, spans={(0, 4): 3})],
    "plan_with_task_table": [TableLayout(merge_equal_down=(1,))],
    "luoyang_industrial_internet_plan": [TableLayout(merge_blank_down=(0,)), TableLayout(split_lists=(3,))],
    "deqing_cluster_plan": [TableLayout(merge_blank_down=(0,)), TableLayout(merge_blank_down=(0,), split_lists=(4,))],
    # tests/data/golden_unseen/ (built with --folder)
    "i_luoyang_digital_plan": [TableLayout(merge_blank_down=(1,))],
    "i_yongchun_workpoints": [TableLayout(header_rows=2, merge_equal_across_header=True)],
    "r_lixia_district_workpoints": [TableLayout(merge_blank_down=(1,), split_lists=(4,))],
}


# ---------------------------------------------------------------- reading the txt


@dataclass
class TextTable:
    rows: list[list[str]]


def _pipe_row(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def parse_txt(text: str) -> list[str | TextTable]:
    """Lines and tables of a fixture: TAB-dump tables (a cell per line), TAB-row tables (a row per
    line) and pipe tables."""
    lines = text.split("\n")
    blocks: list[str | TextTable] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if "\t" in line and not line.startswith("\t"):  # one row per line, TAB between cells
            width = line.count("\t")
            rows = []
            while i < len(lines) and "\t" in lines[i] and lines[i].count("\t") == width:
                rows.append([cell.strip() for cell in lines[i].split("\t")])
                i += 1
            blocks.append(TextTable(rows))
            continue
        if line.startswith("\t") or (line == "" and i + 1 < len(lines) and lines[i + 1].startswith("\t")):
            rows: list[list[str]] = [[]] if line.startswith("\t") else []
            while i < len(lines) and (lines[i].startswith("\t") or lines[i] == ""):
                if lines[i] == "":
                    if i + 1 < len(lines) and lines[i + 1].startswith("\t"):
                        rows.append([])
                elif rows:
                    rows[-1].append(lines[i][1:].strip())
                i += 1
            blocks.append(TextTable([row for row in rows if row]))
            continue
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                cells = _pipe_row(lines[i])
                if not all(re.fullmatch(r":?-+:?", c) for c in cells):
                    rows.append(cells)
                i += 1
            blocks.append(TextTable(rows))
            continue
        if line.strip():
            blocks.append(line.strip())
        i += 1
    return blocks


# ---------------------------------------------------------------- paragraph roles

DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
DOC_NUMBER = re.compile(r".{1,8}〔\d{4}〕\d+号")
ANNEX_MARK = re.compile(r"附件\s*\d*|附表\s*\d*")
HEADING_1 = re.compile(r"[一二三四五六七八九十]+、")
HEADING_2 = re.compile(r"（[一二三四五六七八九十]+）")
SPEECH_DATE = re.compile(r"（\d{4}年\d{1,2}月\d{1,2}日）")
CAPTION = re.compile(r"表\s*\d+\s")


def _roles(blocks: list[str | TextTable]) -> list[str]:
    """A layout role for every block: title, number, salutation, body, h1, h2, sign, ..."""
    roles = ["table" if isinstance(b, TextTable) else "body" for b in blocks]
    roles[0] = "title"
    signed = False
    for i, block in enumerate(blocks):
        if not isinstance(block, str):
            continue
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if i == 0:
            continue
        if DOC_NUMBER.fullmatch(block) or SPEECH_DATE.fullmatch(block):
            roles[i] = "centre"
        elif i <= 3 and roles[i - 1] in ("title", "centre") and len(block) <= 12 and "：" not in block:
            roles[i] = "centre"  # the speaker under a speech title
        elif DATE.fullmatch(block):
            roles[i] = "sign"
            if isinstance(blocks[i - 1], str) and len(blocks[i - 1]) <= 25 and not blocks[i - 1].endswith("。"):
                roles[i - 1] = "sign"
            signed = True
        elif signed and roles[i - 1] == "sign":
            roles[i] = "plan_title"  # the plan after its cover notice, on a new page
            signed = False
        elif block.endswith("：") and len(block) <= 60 and (i <= 3 or block.startswith("各")):
            roles[i] = "salutation"
        elif ANNEX_MARK.fullmatch(block):
            roles[i] = "annex"
        elif roles[i - 1] == "annex" or CAPTION.match(block):
            roles[i] = "annex_title" if roles[i - 1] == "annex" else "caption"
        elif HEADING_1.match(block) and len(block) <= 30 and not block.endswith("。"):
            roles[i] = "h1"
        elif HEADING_2.match(block):
            roles[i] = "h2"
        elif isinstance(following, TextTable) and len(block) <= 30 and not block.endswith(("。", "：")):
            roles[i] = "caption"
    return roles


# ---------------------------------------------------------------- writing the docx


def _rpr(font: str, size: int, bold: bool = False) -> str:
    b = "<w:b/><w:bCs/>" if bold else ""
    return (f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{font}" '
            f'w:cs="Times New Roman" w:hint="eastAsia"/>{b}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>')


def _run(text: str, font: str, size: int, bold: bool = False, page_break: bool = False) -> str:
    """A run; "\n" in `text` becomes a line break (w:br) inside the paragraph."""
    brk = '<w:r><w:br w:type="page"/></w:r>' if page_break else ""
    safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    pieces = "<w:br/>".join(f'<w:t xml:space="preserve">{piece}</w:t>' for piece in safe.split("\n"))
    return f"{brk}<w:r>{_rpr(font, size, bold)}{pieces}</w:r>"


def _paragraph_xml(runs: list[tuple[str, str]], *, align: str = "left", indent: bool = True, size: int = BODY_SIZE,
                   line: int = LINE_PITCH, bold: bool = False, right_indent: int = 0, keep_next: bool = False,
                   page_break: bool = False, style: HouseStyle = PLAIN) -> str:
    if indent and style.space_indent:
        runs = [("\u3000\u3000" + runs[0][0], runs[0][1]), *runs[1:]]
        indent = False
    ind = ""
    if indent or right_indent:
        first = f' w:firstLineChars="200" w:firstLine="{size * 20}"' if indent else ""
        right = f' w:right="{right_indent}"' if right_indent else ""
        ind = f"<w:ind{first}{right}/>"
    keep = "<w:keepNext/>" if keep_next else ""
    body = "".join(_run(text, font, size, bold, page_break and k == 0) for k, (text, font) in enumerate(runs))
    return (f'<w:p {W}><w:pPr>{keep}<w:overflowPunct w:val="0"/><w:spacing w:before="0" w:after="0" '
            f'w:line="{line}" w:lineRule="exact"/>{ind}<w:jc w:val="{align}"/>{_rpr(runs[0][1], size, bold)}'
            f"</w:pPr>{body}</w:p>")


def _lead_sentence(text: str) -> tuple[str, str]:
    """（一）加强组织领导。rest -> ('（一）加强组织领导。', 'rest')."""
    match = re.match(r"（[一二三四五六七八九十]+）[^。]*。", text)
    return (match.group(0), text[match.end():]) if match else (text, "")


def _title_lines(text: str) -> str:
    """Break a long title by hand before 关于 and before its period "（2024—2026年）"."""
    if len(text) <= 20:
        return text
    text = re.sub(r"(?<=.)(关于)", "\n\\1", text, count=1)
    return re.sub(r"(?<=[^\n])(（\d{4}[—－-]\d{4}年）)", "\n\\1", text, count=1)


def _paragraph_for(role: str, text: str, style: HouseStyle = PLAIN) -> str:
    if role in ("title", "plan_title"):
        text = _title_lines(text) if style.title_breaks else text
        return _paragraph_xml([(text, XIAOBIAOSONG)], align="center", indent=False, size=TITLE_SIZE,
                              line=700, bold=True, page_break=role == "plan_title")
    if role == "annex":
        return _paragraph_xml([(text, HEITI)], indent=False, page_break=True)
    if role == "annex_title":
        return _paragraph_xml([(text, XIAOBIAOSONG)], align="center", indent=False, size=ANNEX_TITLE_SIZE,
                              line=700, bold=True, keep_next=True)
    if role == "caption":
        return _paragraph_xml([(text, HEITI)], align="center", indent=False, keep_next=True)
    if role == "centre":
        return _paragraph_xml([(text, KAITI)], align="center", indent=False)
    if role == "salutation":
        return _paragraph_xml([(text, FANGSONG)], indent=False)
    if role == "sign":
        return _paragraph_xml([(text, FANGSONG)], align="right", indent=False, right_indent=1280)
    if role == "h1":
        return _paragraph_xml([(text, HEITI)], keep_next=True, style=style)
    if role == "h2":
        lead, rest = _lead_sentence(text)
        runs = [(lead, KAITI)] + ([(rest, FANGSONG)] if rest else [])
        return _paragraph_xml(runs, keep_next=not rest, style=style)
    return _paragraph_xml([(text, FANGSONG)], style=style)


def _cell_paragraphs(text: str, split: bool) -> list[str]:
    if split and text.count("、") >= 1 and len(text) > 8:
        parts = re.findall(r"[^、]+、?", text)
        return [p for p in parts if p]
    return [text]


def _grid(table: TextTable, layout: TableLayout) -> tuple[int, list[list[tuple[int, int, int, str]]]]:
    """Cells as (col, row_span, col_span, text) per row; continuation cells left out."""
    if layout.merge_equal_across_header:
        table, layout = _header_repeats_as_spans(table, layout)
    widths = [sum(layout.spans.get((r, c), 1) for c in range(len(row))) for r, row in enumerate(table.rows)]
    n_cols = max(widths)
    placed: list[list[tuple[int, int, int, str]]] = []
    for r, row in enumerate(table.rows):
        out: list[tuple[int, int, int, str]] = []
        col = 0
        if len(row) == 1 and r >= layout.header_rows:
            out.append((0, 1, n_cols, row[0]))  # a section row across the table
        else:
            for c, text in enumerate(row + [""] * (n_cols - widths[r])):
                span = layout.spans.get((r, c), 1)
                out.append((col, 1, span, text))
                col += span
        placed.append(out)
    # vertical merges: blank header cells under a header; blank/equal body cells in named columns
    for r in range(1, len(placed)):
        for k, (col, _rs, cs, text) in enumerate(placed[r]):
            header = r < layout.header_rows
            blank_merge = text == "" and (header or col in layout.merge_blank_down)
            equal_merge = col in layout.merge_equal_down and r > layout.header_rows
            if not (blank_merge or equal_merge):
                continue
            above = _owner(placed, r - 1, col)
            if above is None or (not header and above[0] < layout.header_rows):
                continue
            ar, ak = above
            acol, ars, acs, atext = placed[ar][ak]
            if acs != cs or (equal_merge and not blank_merge and atext != text):
                continue
            placed[ar][ak] = (acol, ars + 1, acs, atext)
            placed[r][k] = (col, 0, cs, "")  # continuation
    return n_cols, placed


def _header_repeats_as_spans(table: TextTable, layout: TableLayout) -> tuple[TextTable, TableLayout]:
    """Header rows that repeat a label in adjacent cells (as a text dump of a merged cell shows it):
    the label once, spanning as many grid columns as it was repeated."""
    rows = [list(row) for row in table.rows]
    spans = dict(layout.spans)
    for r in range(min(layout.header_rows, len(rows))):
        merged: list[str] = []
        for text in rows[r]:
            if merged and text and text == merged[-1]:
                key = (r, len(merged) - 1)
                spans[key] = spans.get(key, 1) + 1
            else:
                merged.append(text)
        rows[r] = merged
    return TextTable(rows), replace(layout, spans=spans, merge_equal_across_header=False)


def _owner(placed, r: int, col: int) -> tuple[int, int] | None:
    """The (row, index) of the cell whose merge covers grid position (r, col)."""
    for k, (c, rs, _cs, _t) in enumerate(placed[r]):
        if c == col:
            if rs == 0:
                return _owner(placed, r - 1, col)
            return r, k
    return None


def _column_widths(table: TextTable, n_cols: int) -> list[int]:
    """Widths in twips: each column as wide as its longest text (up to 14 characters), then the
    wide columns shrunk to fit the text width; short columns (序号, 单位) keep their size."""
    char = CELL_SIZE * 10  # twips per CJK character at the cell font size
    longest = [2] * n_cols
    for row in table.rows:
        if len(row) == n_cols:
            for c, text in enumerate(row):
                longest[c] = max(longest[c], min(len(text), 14))
    desired = [(n + 1) * char for n in longest]
    narrow = sum(d for d in desired if d <= 6 * char)
    wide = sum(d for d in desired if d > 6 * char)
    scale = min(1.0, (TEXT_WIDTH - narrow) / wide) if wide else 1.0
    widths = [d if d <= 6 * char else int(d * scale) for d in desired]
    widths[-1] += TEXT_WIDTH - sum(widths)
    return widths


def _table_xml(table: TextTable, layout: TableLayout) -> str:
    n_cols, placed = _grid(table, layout)
    widths = _column_widths(table, n_cols)
    borders = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                      for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    xml = [f'<w:tbl {W}><w:tblPr><w:tblW w:w="{TEXT_WIDTH}" w:type="dxa"/><w:jc w:val="center"/>'
           f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
           '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
           'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>']
    xml += [f'<w:gridCol w:w="{w}"/>' for w in widths]
    xml.append("</w:tblGrid>")
    for r, row in enumerate(placed):
        header = r < layout.header_rows
        tr_pr = '<w:trPr><w:cantSplit/><w:tblHeader/><w:jc w:val="center"/></w:trPr>' if header else (
            '<w:trPr><w:jc w:val="center"/></w:trPr>')  # body rows may break across pages
        xml.append(f"<w:tr>{tr_pr}")
        for col, row_span, col_span, text in row:
            width = sum(widths[col:col + col_span])
            span = f'<w:gridSpan w:val="{col_span}"/>' if col_span > 1 else ""
            merge = ""
            if row_span == 0:
                merge = "<w:vMerge/>"
            elif row_span > 1:
                merge = '<w:vMerge w:val="restart"/>'
            font = HEITI if header else FANGSONG
            paragraphs = _cell_paragraphs(text, col in layout.split_lists and not header)
            align = "center" if header or len(text) <= 8 else "left"
            body = "".join(
                _paragraph_xml([(p, font)], align=align, indent=False, size=CELL_SIZE, line=360)
                if p else f'<w:p {W}><w:pPr><w:jc w:val="{align}"/>{_rpr(font, CELL_SIZE)}</w:pPr></w:p>'
                for p in (paragraphs if row_span else [""])
            )
            xml.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{span}{merge}'
                       f'<w:vAlign w:val="center"/></w:tcPr>{body}</w:tc>')
        xml.append("</w:tr>")
    xml.append("</w:tbl>")
    return "".join(xml)


def _page_number(paragraph, align: str, indent: str = "") -> None:
    """"— N —" with a PAGE field, in 宋体 14pt (GB/T 9704: 4号半角阿拉伯数字, 一字线 on both sides)."""
    rpr = _rpr(SONGTI, 28)
    p = paragraph._p
    p.append(parse_xml(f'<w:pPr {W}>{indent}<w:jc w:val="{align}"/></w:pPr>'))
    for piece in ("— ", None, " —"):
        if piece is None:
            p.append(parse_xml(f'<w:fldSimple {W} w:instr=" PAGE   \\* MERGEFORMAT "><w:r>{rpr}<w:t>1</w:t>'
                               "</w:r></w:fldSimple>"))
        else:
            p.append(parse_xml(f'<w:r {W}>{rpr}<w:t xml:space="preserve">{piece}</w:t></w:r>'))


def _footer(document, style: HouseStyle) -> None:
    section = document.sections[0]
    if not style.odd_even_footer:
        _page_number(section.footer.paragraphs[0], "center")
        return
    document.settings.odd_and_even_pages_header_footer = True
    _page_number(section.footer.paragraphs[0], "right", '<w:ind w:right="280"/>')
    _page_number(section.even_page_footer.paragraphs[0], "left", '<w:ind w:left="280"/>')


def _layouts_for(txt: Path) -> list[TableLayout]:
    """The layouts of a fixture's tables: TABLE_LAYOUTS, or a `<stem>.layout.yaml` beside the txt
    (a list with one mapping per table: header_rows, spans as [[row, col, width], …],
    merge_blank_down, merge_equal_down, split_lists, merge_equal_across_header; JSON is fine too)."""
    sidecar = txt.with_suffix(".layout.yaml")
    if not sidecar.exists():
        return TABLE_LAYOUTS.get(txt.stem, [])
    layouts = []
    for entry in yaml.safe_load(sidecar.read_text(encoding="utf-8")):
        spans = {(r, c): width for r, c, width in entry.pop("spans", [])}
        tuples = {k: tuple(v) for k, v in entry.items() if isinstance(v, list)}
        layouts.append(TableLayout(**{**entry, **tuples, "spans": spans}))
    return layouts


def build_docx(txt: Path, target: Path) -> None:
    """Lay out one fixture's text as an official-document .docx."""
    blocks = parse_txt(txt.read_text(encoding="utf-8"))
    roles = _roles(blocks)
    layouts = iter(_layouts_for(txt))
    style = HOUSE_STYLES.get(txt.stem, PLAIN)
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(22)
    _footer(document, style)
    body = document.element.body
    sect_pr = body.find(qn("w:sectPr"))
    for block, role in zip(blocks, roles, strict=True):
        if isinstance(block, TextTable):
            xml = _table_xml(block, next(layouts, TableLayout()))
        else:
            xml = _paragraph_for(role, block, style)
        sect_pr.addprevious(parse_xml(xml))
    document.core_properties.author = "policy-etl fixtures"
    document.save(str(target))
    _normalise_zip(target)


def _normalise_zip(path: Path) -> None:
    """Fixed timestamps and dates so the .docx is byte-for-byte reproducible."""
    with zipfile.ZipFile(path) as source:
        items = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2024-01-01T00:00:00Z", data)
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, data)


# the corpus's stand-ins for the office fonts, which are not installed (nor embedded in the .docx)
FONT_STAND_INS = {FANGSONG: "Noto Serif CJK SC", KAITI: "Noto Serif CJK SC", XIAOBIAOSONG: "Noto Serif CJK SC",
                  SONGTI: "Noto Serif CJK SC", HEITI: "Noto Sans CJK SC"}


def _fontconfig(folder: Path) -> Path:
    aliases = "".join(
        f'<match target="pattern"><test name="family"><string>{name}</string></test>'
        f'<edit name="family" mode="assign" binding="strong"><string>{stand_in}</string></edit></match>'
        for name, stand_in in FONT_STAND_INS.items()
    )
    conf = folder / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?><fontconfig><include>/etc/fonts/fonts.conf</include>{aliases}'
                    "</fontconfig>", encoding="utf-8")
    return conf


def build_pdf(source: Path) -> None:
    """Convert a .docx next to it with LibreOffice (headless), office fonts replaced by Noto CJK."""
    with tempfile.TemporaryDirectory() as scratch:
        env = {**os.environ, "FONTCONFIG_FILE": str(_fontconfig(Path(scratch)))}
        subprocess.run(["soffice", f"-env:UserInstallation=file://{scratch}/profile", "--headless", "--convert-to",
                        "pdf", "--outdir", str(source.parent), str(source)], check=True, capture_output=True, env=env)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docx", action="store_true", help="write the .docx files only")
    parser.add_argument("--folder", type=Path, default=HERE, help="folder of the .txt fixtures (default: this one)")
    parser.add_argument("stems", nargs="*", help="fixtures to build (default: all)")
    args = parser.parse_args()
    for txt in sorted(args.folder.glob("*.txt")):
        if args.stems and txt.stem not in args.stems:
            continue
        target = txt.with_suffix(".docx")
        build_docx(txt, target)
        if not args.docx:
            build_pdf(target)
        print(txt.stem)


if __name__ == "__main__":
    main()
