"""Writing a report in the format asked for: ``pdf``, ``xlsx`` or ``csv``."""

from __future__ import annotations

from pathlib import Path

from station.reports.sheets import Report

FORMATS = ("pdf", "xlsx", "csv")


def write(report: Report, form: str, path: Path) -> Path:
    """Write ``report`` to ``path`` as ``form`` (one of ``FORMATS``); the path written."""
    if form == "csv":
        from station.reports.csv_file import write_csv

        return write_csv(report, path)
    if form == "xlsx":
        from station.reports.xlsx_file import write_xlsx

        return write_xlsx(report, path)
    if form == "pdf":
        from station.reports.pdf_file import write_pdf

        return write_pdf(report, path)
    raise ValueError(f"a report is written as {', '.join(FORMATS)}, not {form}")
