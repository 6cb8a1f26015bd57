"""A report as CSV: its title and facts, then each table under its title, a blank row between."""

from __future__ import annotations

import csv
from pathlib import Path

from station.reports.sheets import Report


def write_csv(report: Report, path: Path) -> Path:
    """Write ``report`` to ``path`` (UTF-8 with a byte-order mark, so spreadsheets read the names right)."""
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        out = csv.writer(file)
        out.writerow([report.title])
        out.writerows([fact] for fact in report.facts)
        for section in report.sections:
            out.writerow([])
            out.writerow([section.title])
            out.writerow(section.headers)
            out.writerows(["" if cell is None else cell for cell in row] for row in section.rows)
            if section.total is not None:
                out.writerow(["" if cell is None else cell for cell in section.total])
        if report.sign_off:
            out.writerow([])
            out.writerows([who, "signature:", "", "date:", ""] for who in report.sign_off)
    return path
