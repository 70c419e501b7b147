#!/usr/bin/python3
"""Writes the Excel 97-2003 (.xls) files the import tests read, with python3-xlwt (Debian's),
and the files that only pretend to be workbooks (an HTML page and an OpenDocument spreadsheet
named .xls, a truncated .xls).

Run from this folder: /usr/bin/python3 make-xls.py. The files are checked in.
"""
import datetime
import zipfile

import xlwt


def households_xls():
    """住户 as an office's old ledger has them: a title row over the header, a room and a phone
    typed as numbers, a date cell, a GBK-era sheet name."""
    wb = xlwt.Workbook(encoding="utf-8")
    notes = wb.add_sheet("说明")
    notes.write(0, 0, "本表由社区导出")
    ws = wb.add_sheet("住户台账")
    ws.write_merge(0, 0, 0, 6, "幸福社区住户台账（2019年）")
    header = ["社区", "网格", "小区", "楼栋", "单元", "房号", "住房用途", "户主姓名", "联系电话", "状态", "状态日期"]
    for c, h in enumerate(header):
        ws.write(1, c, h)
    date = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    rows = [
        ["幸福社区", "第一网格", "幸福里小区", "1号楼", 1, 101, "自住", "王秀英", 13912345678, "在册", None],
        ["幸福社区", "第一网格", "幸福里小区", "1号楼", 1, 102, "出租", "李建国", "010-62345678", "在册", None],
        ["幸福社区", "第二网格", "杏林院", "", "", "3号", "自住", "赵淑珍", "", "迁出", datetime.date(2019, 5, 3)],
    ]
    for r, row in enumerate(rows, start=2):
        for c, v in enumerate(row):
            if v is None or v == "":
                continue
            if isinstance(v, datetime.date):
                ws.write(r, c, v, date)
            else:
                ws.write(r, c, v)
    wb.save("households-excel97.xls")


def residents_damaged_xls():
    """An ID number Excel turned into a number: its last digits are lost, and the import says so."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("居民")
    header = ["社区", "小区", "楼栋", "单元", "房号", "姓名", "公民身份号码"]
    for c, h in enumerate(header):
        ws.write(0, c, h)
    row = ["幸福社区", "幸福里小区", "1号楼", "1", "101", "王秀英", 110105194912310021]
    for c, v in enumerate(row):
        ws.write(1, c, v)
    wb.save("residents-id-as-number.xls")


def impostors():
    with open("html-saved-as.xls", "w", encoding="utf-8") as f:
        f.write("<html><head><meta charset=\"utf-8\"></head><body><table><tr><td>社区</td><td>网格</td>"
                "</tr><tr><td>幸福社区</td><td>第一网格</td></tr></table></body></html>\n")
    with zipfile.ZipFile("opendocument-saved-as.xls", "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    with open("households-excel97.xls", "rb") as f:
        data = f.read()
    with open("broken-truncated.xls", "wb") as f:
        f.write(data[:1536])


if __name__ == "__main__":
    households_xls()
    residents_damaged_xls()
    impostors()
