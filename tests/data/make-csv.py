#!/usr/bin/env python3
"""Writes the CSV files the import tests read, the way other programs write them.

Run from this folder: python3 make-csv.py. The files are checked in; rerun only to change them.
- households-gbk.csv: GBK, CRLF line ends, as Excel on Chinese Windows saves "CSV (逗号分隔)".
- residents-utf8-bom.csv: UTF-8 with a byte-order mark, as Excel saves "CSV UTF-8", with
  quoted fields holding a comma, a doubled quote and a line break.
- residents-utf8.csv: the same without the mark, LF line ends (Python's csv module, like most
  scripts and LibreOffice's default).
"""
import csv

HOUSEHOLDS = [
    ["社区", "网格", "小区", "楼栋", "单元", "房号", "住房用途", "户主姓名", "联系电话", "备注"],
    ["幸福社区", "第一网格", "幸福里小区", "3号楼", "1", "101", "自住", "王秀英", "13912345678", ""],
    ["幸福社区", "第一网格", "幸福里小区", "3号楼", "1", "1102", "出租", "李建国", "0471-2454845", "租户姓张"],
    ["幸福社区", "第二网格", "金桥嘉园", "10号楼", "", "2-301", "自住", "赵淑珍", "", "独居老人，子女在外地"],
]

RESIDENTS = [
    ["社区", "网格", "小区", "楼栋", "单元", "房号", "姓名", "公民身份号码", "与户主关系", "联系电话",
     "户籍类型", "状态", "标签", "备注"],
    ["幸福社区", "第一网格", "幸福里小区", "3号楼", "1", "101", "王秀英", "11010519491231002X", "户主",
     "13912345678", "户籍", "在册", "独居老人、高龄", "腿脚不便, 需上门"],
    ["幸福社区", "第一网格", "幸福里小区", "3号楼", "1", "101", "王小明", "440524188001010014", "孙子女",
     "", "常住", "在册", "", '说"周末回来"'],
    ["幸福社区", "第一网格", "幸福里小区", "3号楼", "1", "1102", "李建国", "", "户主", "0471-2454845",
     "流动", "在册", "", "第一行\n第二行"],
]

with open("households-gbk.csv", "w", encoding="gbk", newline="") as f:
    csv.writer(f, lineterminator="\r\n").writerows(HOUSEHOLDS)
with open("residents-utf8-bom.csv", "w", encoding="utf-8-sig", newline="") as f:
    csv.writer(f, lineterminator="\r\n").writerows(RESIDENTS)
with open("residents-utf8.csv", "w", encoding="utf-8", newline="") as f:
    csv.writer(f, lineterminator="\n").writerows(RESIDENTS)
