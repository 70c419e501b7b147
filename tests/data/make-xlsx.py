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

    # A zip bomb: a part that unpacks to 600 MB (the header says so too) of well-formed XML, a
    # sheet's start followed by spaces, so that only its size can stop it.
    with zipfile.ZipFile("broken-zip-bomb.xlsx", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        with zipfile.ZipFile(source) as zin:
            for item in zin.infolist():
                if item.filename != "xl/worksheets/sheet2.xml":
                    z.writestr(item, zin.read(item.filename))
        with z.open("xl/worksheets/sheet2.xml", "w", force_zip64=True) as part:
            part.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            chunk = b" " * (1024 * 1024)
            for _ in range(600):
                part.write(chunk)


MAIN = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RELS = b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def minimal(target, sheet, shared=None, stream=False):
    """A workbook of one sheet written part by part, the sheet and the shared strings from
    iterables of bytes (so that large parts are never held whole). With stream=True the parts
    are written as a program writing to a pipe does: sizes and CRCs in data descriptors after
    the data, not in the local headers."""
    types = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             b'content-types"><Default Extension="xml" ContentType="application/xml"/>'
             b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             b'spreadsheetml.sheet.main+xml"/></Types>')
    parts = [
        ("[Content_Types].xml", [types]),
        ("_rels/.rels", [b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                         b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                         b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>']),
        ("xl/workbook.xml", [b"<workbook " + MAIN + b" " + RELS + b'><sheets><sheet name="Sheet1" sheetId="1" '
                             b'r:id="rId1"/></sheets></workbook>']),
        ("xl/_rels/workbook.xml.rels",
         [b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
          b'worksheet" Target="worksheets/sheet1.xml"/></Relationships>']),
        ("xl/worksheets/sheet1.xml", sheet),
    ]
    if shared is not None:
        parts.append(("xl/sharedStrings.xml", shared))
    raw = io.BytesIO()

    class Pipe(io.RawIOBase):
        """A file that cannot seek, so zipfile writes data descriptors."""
        def writable(self):
            return True

        def write(self, b):
            return raw.write(b)

    with zipfile.ZipFile(Pipe() if stream else raw, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, chunks in parts:
            with z.open(name, "w", force_zip64=stream) as part:
                for chunk in chunks:
                    part.write(chunk)
    with open(target, "wb") as f:
        f.write(raw.getvalue())


def hostile():
    """Files that are valid or nearly so but built to cost a reader time or memory."""
    # 20,000 rows of one cell each in column XFD (about 100 KB): rows held densely, padded to
    # their widest column, took gigabytes.
    minimal("hostile-wide-sheet.xlsx",
            [b"<worksheet " + MAIN + b"><sheetData>"]
            + [b'<row r="%d"><c r="XFD%d" t="inlineStr"><is><t>x</t></is></c></row>' % (r, r)
               for r in range(1, 20001)]
            + [b"</sheetData></worksheet>"])
    # The same shape, small enough to seed the fuzzer with (tests/fuzz/seeds).
    minimal("../fuzz/seeds/xlsx/wide-sheet.xlsx",
            [b"<worksheet " + MAIN + b"><sheetData>"]
            + [b'<row r="%d"><c r="XFD%d"><v>%d</v></c></row>' % (r, r, r) for r in range(1, 41)]
            + [b"</sheetData></worksheet>"], stream=True)
    # Four million numeric cells (a few hundred KB packed): more than a reader holds at once.
    row = b"<row>" + b"<c><v>1</v></c>" * 1000 + b"</row>"
    minimal("hostile-many-cells.xlsx",
            [b"<worksheet " + MAIN + b"><sheetData>"] + [row] * 4000 + [b"</sheetData></worksheet>"])
    # A shared-string table of 5,000 strings of 30,000 characters each (150 M characters).
    text = b"<si><t>" + "字".encode() * 30000 + b"</t></si>"
    minimal("hostile-shared-strings.xlsx",
            [b"<worksheet " + MAIN + b'><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>'
             b"</sheetData></worksheet>"],
            shared=[b"<sst " + MAIN + b">"] + [text] * 5000 + [b"</sst>"])
    # A well-formed residents sheet written as a stream, with data descriptors: read like any.
    cells = b"".join(b'<c r="%s1" t="inlineStr"><is><t>%s</t></is></c>' % (chr(65 + i).encode(), h.encode())
                     for i, h in enumerate(HEADER))
    minimal("streamed-data-descriptors.xlsx",
            [b"<worksheet " + MAIN + b'><sheetData><row r="1">' + cells + b"</row>"
             + b'<row r="2"><c r="G2" t="inlineStr"><is><t>' + "王秀英".encode() + b"</t></is></c></row>"
             + b"</sheetData></worksheet>"], stream=True)


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
hostile()
