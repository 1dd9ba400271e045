"""Web-page wrapper junk around scraped documents."""

from __future__ import annotations

from etl.read.text import read_text
from etl.read.text_wrapper import parse_metadata_line

PAGE = (
    "经济开发区\n"
    "简体版 | 繁体版 | 无障碍阅读\n"
    "首页 机构概况 信息公开 政务服务 政民互动\n"
    "当前位置: 首页 > 信息公开 > 政府文件\n"
    "索引号 0123/2021-00001 成文日期 2021-03-02\n"
    "文号 某政发〔2021〕5号 发布机构 某市人民政府\n"
    "文件下载\n"
    "\n"
    "关于印发某市工作要点的通知\n"
    "各镇人民政府:\n"
    "现将《工作要点》印发给你们。\n"
    "某市人民政府办公室    2021年3月2日印发\n"
    "  • 收藏\n"
    "  • 打印\n"
    "某市人民政府版权所有 苏ICP备12345678号\n"
)


def test_page_header_and_footer_are_dropped(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    document = read_text(path)
    assert [p.text for p in document.paragraphs()] == [
        "关于印发某市工作要点的通知",
        "各镇人民政府:",
        "现将《工作要点》印发给你们。",
        "某市人民政府办公室    2021年3月2日印发",
    ]
    assert document.paragraphs()[0].provenance.line_start == 9
    assert document.source_metadata == {
        "索引号": "0123/2021-00001",
        "成文日期": "2021-03-02",
        "文号": "某政发〔2021〕5号",
        "发布机构": "某市人民政府",
    }


def test_plain_document_is_untouched(tmp_path):
    text = "关于做好打印机采购工作的通知\n各部门：\n请收藏本通知。\n首页内容如下。\n"
    path = tmp_path / "plain.txt"
    path.write_text(text, encoding="utf-8")
    document = read_text(path)
    assert [p.text for p in document.paragraphs()] == text.split()
    assert document.source_metadata == {}


def test_metadata_line_values_stop_at_the_next_key_and_drop_link_words():
    facts = parse_metadata_line("主题(二级) 国民经济发展规划、计划 体裁 通知 关键词 经济,开发区 文件下载")
    assert facts == {"主题(二级)": "国民经济发展规划、计划", "体裁": "通知", "关键词": "经济,开发区"}
