#!/usr/bin/python3
"""Writes the .xlsx files the import tests read, with python3-openpyxl (Debian's) and, where
installed, LibreOffice; then derives the malformed ones from them with zipfile.

Run from this folder: /usr/bin/python3 make-xlsx.py. The files are checked in.
"""
import datetime
import io
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Font
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HEADER = ["社区", "网格", "小区", "楼栋", "单元", "房号", "姓名", "公民身份号码", "与户主关系", "联系电话",
          "户籍类型", "状态", "标签", "备注"]


def residents_openpyxl():
    """A register as offices keep it: a notes sheet first, then the data under a merged
    title row, with an extra column, a date column and an ID number Excel turned into a number."""
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "填表说明"
    notes["A1"] = "请勿修改表头"
    ws = wb.create_sheet("居民花名册")
    ws.merge_cells("A1:N1")
    ws["A1"] = "幸福社区居民花名册（2026年）"
    ws["A1"].font = Font(bold=True, size=16)
    ws.append(HEADER + ["登记日期"])
    ws.append(["幸福社区", "第一网格", "幸福里小区", "3号楼", "1", "101", "王秀英", "11010519491231002X",
               "户主", "13912345678", "户籍", "在册", "独居老人、高龄", "", datetime.date(2026, 3, 5)])
    ws.append(["幸福社区", "第一网格", "幸福里小区", "3号楼", "1", "101", "王小明", 440524188001010014,
               "孙子女", 13800001111, "常住", "在册", "", "", datetime.datetime(2026, 11, 23, 9, 30)])
    ws.append(["幸福社区", "第一网格", "幸福里小区", "3号楼", 2, 1102, "李建国", None, "户主", None,
               "流动", "在册", None, True, datetime.date(1900, 3, 1)])
    ws["H4"].number_format = "0.00E+00"  # how Excel shows an 18-digit number
    ws["O3"].number_format = "yyyy-mm-dd"
    ws["O4"].number_format = "yyyy\"年\"m\"月\"d\"日\" hh:mm"
    ws["O5"].number_format = "m/d/yy"
    # A merged block in the data: the same community name down column A of rows 4-5.
    wb.save("residents-openpyxl.xlsx")


ISSUE_HEADER = ["编号", "登记日期", "来源", "反映人", "联系电话", "社区", "网格", "地址", "类别", "子类", "问题描述",
                "办理类型", "责任单位", "责任人", "交办日期", "办理时限", "办结日期", "办理结果", "回访日期", "回访结果",
                "退回次数", "状态"]


def issues_openpyxl():
    """An issue ledger kept in Excel: a title row, real date cells, every kind of history
    (closed, new, reopened after a dissatisfied follow-up with a return, rejected, dispatched
    without a deadline), and an ID-free phone typed as a number."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "问题台账"
    ws.merge_cells("A1:V1")
    ws["A1"] = "幸福社区问题台账（2026年）"
    ws.append(ISSUE_HEADER)
    d = datetime.date
    ws.append(["2026-000101", d(2026, 3, 2), "热线", "张三", 13912345678, "幸福社区", "第一网格", "幸福里小区3号楼",
               "住房与城市建设", "物业管理", "楼道灯不亮\n三楼到五楼的楼道灯坏了一个月", "立行立改", "物业公司", "王经理",
               d(2026, 3, 2), d(2026, 3, 5), d(2026, 3, 4), "已更换灯泡", d(2026, 3, 6), "满意", 0, "已销号"])
    ws.append(["", d(2026, 11, 20), "来访", "李四", None, "幸福社区", "第二网格", "金桥嘉园10号楼", "环境卫生",
               "垃圾清运", "垃圾桶满溢", None, None, None, None, None, None, None, None, None, None, "待受理"])
    ws.append(["2026-000102", d(2026, 5, 8), "入户走访", "王秀英", None, "幸福社区", "第一网格", "幸福里小区3号楼1单元101",
               "住房与城市建设", "房屋漏水", "卫生间漏水到楼下", "限期办理", "房管所", "", d(2026, 5, 10),
               d(2026, 5, 25), d(2026, 5, 20), "已维修防水层", d(2026, 5, 22), "不满意", 1, "办理中"])
    ws.append(["2026-000103", d(2026, 6, 1), "网络", "", None, "幸福社区", "", "幸福里小区", "其他", "", "要求更换小区物业",
               None, None, None, None, None, None, "不属于社区职责，已告知业主委员会程序", None, None, 0, "不予受理"])
    ws.append(["2026-000104", d(2026, 11, 16), "议事会", "赵淑珍", "0471-2454845", "幸福社区", "第二网格", "金桥嘉园",
               "平安法治", "电动车充电", "楼道内给电动车充电", "限期办理", "街道综合执法队", "刘队", d(2026, 11, 17),
               None, None, None, None, None, None, "已交办"])
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            if isinstance(cell.value, datetime.date):
                cell.number_format = "yyyy-mm-dd"
    wb.save("issues-openpyxl.xlsx")


def date1904():
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "走访"
    ws.append(["走访日期", "走访人"])
    ws.append([datetime.date(2026, 11, 23), "李丽"])
    ws["A2"].number_format = "yyyy/mm/dd"
    wb.save("visits-1904.xlsx")


def rewrite(source, target, change):
    """Copies a workbook, passing each part through change(name, data) -> data or None (drop)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = change(item.filename, zin.read(item.filename))
            if data is not None:
                zout.writestr(item, data)


def rich_text():
    """Shared strings with rich-text runs and a phonetic guide, as Excel writes them."""
    def change(name, data):
        if name == "xl/sharedStrings.xml":
            text = data.decode("utf-8")
            text = text.replace("<si><t xml:space=\"preserve\">王秀英</t></si>",
                                "<si><r><rPr><b/></rPr><t>王</t></r><r><t xml:space=\"preserve\">秀英</t></r>"
                                "<rPh sb=\"0\" eb=\"1\"><t>wang</t></rPh></si>", 1)
            assert "<r>" in text
            return text.encode("utf-8")
        return data
    rewrite("residents-libreoffice.xlsx", "residents-richtext.xlsx", change)


def malformed():
    source = "residents-openpyxl.xlsx"
    with open(source, "rb") as f:
        whole = f.read()
    with open("broken-truncated.xlsx", "wb") as f:
        f.write(whole[: len(whole) * 2 // 3])
    rewrite("residents-libreoffice.xlsx", "broken-no-shared-strings.xlsx",
            lambda name, data: None if name == "xl/sharedStrings.xml" else data)

    def beyond(name, data):
        if name == "xl/worksheets/sheet2.xml":
            return data.replace(b'r="A3"', b'r="XFE3"', 1)
        return data
    rewrite(source, "broken-cell-beyond-limits.xlsx", beyond)

    def laughs(name, data):
        if name == "xl/worksheets/sheet2.xml":
            dtd = (b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "hahahahahahahahahaha">'
                   + b"".join(b'<!ENTITY %c "&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;">'
                              % ((ord("b") + i,) + (ord("a") + i,) * 10) for i in range(8)) + b"]>")
            body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
            return dtd + body.replace(b"<v>", b"<v>&i;", 1)
        return data
    rewrite(source, "broken-entity-expansion.xlsx", laughs)

    def wrong_headers(name, data):
        if name == "xl/sharedStrings.xml":
            return data.replace("公民身份号码".encode(), "身份证".encode()).replace("姓名".encode(), "名字".encode())
        return data
    rewrite("residents-libreoffice.xlsx", "wrong-headers.xlsx", wrong_headers)

    # A 10 MB cell, as an inline string.
    def huge(name, data):
        if name == "xl/worksheets/sheet2.xml":
            cell = b'<c r="P3" t="inlineStr"><is><t>' + b"x" * (10 * 1024 * 1024) + b"</t></is></c>"
            return data.replace(b"</row>", cell + b"</row>", 2).replace(cell + b"</row>", b"</row>", 1)
        return data
    rewrite(source, "broken-10mb-cell.xlsx", huge)

    # A zip bomb: a part that unpacks to 600 MB of zeros (the header says so too).
    with zipfile.ZipFile("broken-zip-bomb.xlsx", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        with zipfile.ZipFile(source) as zin:
            for item in zin.infolist():
                if item.filename != "xl/worksheets/sheet2.xml":
                    z.writestr(item, zin.read(item.filename))
        with z.open("xl/worksheets/sheet2.xml", "w", force_zip64=True) as part:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(600):
                part.write(chunk)


def libreoffice():
    """The same register opened and saved again by LibreOffice Calc (headless), which writes
    its strings to a sharedStrings part (Debian's openpyxl writes them inline)."""
    soffice = shutil.which("soffice")
    if not soffice:
        print("LibreOffice is not installed: residents-libreoffice.xlsx left as it is")
        return
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "residents-libreoffice.xlsx")
        shutil.copy("residents-openpyxl.xlsx", source)
        out = os.path.join(tmp, "out")
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, source],
                       check=True, capture_output=True)
        shutil.copy(os.path.join(out, "residents-libreoffice.xlsx"), "residents-libreoffice.xlsx")


residents_openpyxl()
issues_openpyxl()
date1904()
libreoffice()
rich_text()
malformed()
