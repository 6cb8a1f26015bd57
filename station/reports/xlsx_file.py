"""A report as an Excel workbook (openpyxl): one sheet a table, with the title, facts and sign-off on the first."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from station.reports.sheets import Report, Section

_BOLD = Font(bold=True)
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")


def write_xlsx(report: Report, path: Path) -> Path:
    workbook = Workbook()
    cover = workbook.active
    assert cover is not None
    cover.title = "Report"
    cover.append([report.title])
    cover["A1"].font = Font(bold=True, size=14)
    for fact in report.facts:
        cover.append([fact])
    if report.sign_off:
        cover.append([])
        for who in report.sign_off:
            cover.append([who, "signature:", "", "date:", ""])
    cover.column_dimensions["A"].width = 24
    used: set[str] = set()
    for section in report.sections:
        _sheet(workbook, section, used)
    workbook.save(path)
    return path


def _sheet(workbook: Workbook, section: Section, used: set[str]) -> None:
    name = _NOT_IN_SHEET_NAMES.sub("-", section.title)[:31]
    while name in used:
        name = name[:28] + f"~{len(used)}"
    used.add(name)
    sheet = workbook.create_sheet(name)
    sheet.append(list(section.headers))
    for cell in sheet[1]:
        cell.font = _BOLD
    for row in section.rows:
        sheet.append(list(row))
    if section.total is not None:
        sheet.append(list(section.total))
        for cell in sheet[sheet.max_row]:
            cell.font = _BOLD
    sheet.freeze_panes = "A2"
    for index, header in enumerate(section.headers, start=1):
        longest = max([len(str(header)), *(len(str(row[index - 1] or "")) for row in section.rows[:200])])
        sheet.column_dimensions[get_column_letter(index)].width = min(max(8, longest + 2), 40)
