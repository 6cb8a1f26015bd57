"""A report as PDF, drawn by Qt itself (QTextDocument onto a QPdfWriter): no browser engine.

Qt needs a QGuiApplication for fonts; headless (``station-server export``), one is made on the
offscreen platform and kept for the process.
"""

from __future__ import annotations

import functools
import html
import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from station.reports.sheets import Cell, Report, Section

RESOLUTION = 300
LAYOUT_DPI = 96


def gui() -> QGuiApplication:
    """The running Qt application, or one made offscreen for a process that has none."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    return _headless()


@functools.cache
def _headless() -> QGuiApplication:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["station-report"])


def write_pdf(report: Report, path: Path) -> Path:
    """Write ``report`` to ``path``: A4 landscape, 12 mm margins, the tables' rows repeated with their headings."""
    gui()
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(report.title)
    writer.setCreator("Station")
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF(12, 12, 12, 12),
                    QPageLayout.Unit.Millimeter)
    )  # fmt: skip
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(_STYLE)
    document.setHtml(to_html(report))
    # QTextDocument lays a paginated document out at Qt's default 96 dpi and scales it onto the writer.
    area = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    document.setPageSize(QSizeF(area.width() * LAYOUT_DPI / 72, area.height() * LAYOUT_DPI / 72))
    font = document.defaultFont()
    font.setPointSizeF(8.5)
    document.setDefaultFont(font)
    document.print_(writer)
    return path


_STYLE = """
h1 { font-size: 15pt; margin-bottom: 4px; }
h2 { font-size: 11pt; margin-top: 12px; margin-bottom: 3px; }
p.fact { margin: 0; color: #333; }
table { border-collapse: collapse; }
th { background-color: #e6e6e6; font-weight: bold; }
td.n { text-align: right; }
tr.total td { font-weight: bold; border-top: 1px solid #000; }
table.sign td { padding-top: 26px; }
"""


def to_html(report: Report) -> str:
    parts = [f"<h1>{_text(report.title)}</h1>"]
    parts += [f"<p class='fact'>{_text(fact)}</p>" for fact in report.facts]
    for section in report.sections:
        parts.append(_table(section))
    if report.sign_off:
        rows = "".join(
            f"<tr><td width='22%'>{_text(who)}</td><td width='48%'>______________________________</td>"
            f"<td>Date ______________</td></tr>"
            for who in report.sign_off
        )
        parts.append(f"<h2>Sign-off</h2><table class='sign' width='100%' cellpadding='4'>{rows}</table>")
    return "".join(parts)


def _table(section: Section) -> str:
    head = "".join(f"<th>{_text(h)}</th>" for h in section.headers)
    rows = [_row(row) for row in section.rows]
    if section.total is not None:
        rows.append(_row(section.total, "total"))
    if not section.rows:
        rows.append(f"<tr><td colspan='{len(section.headers)}'>None.</td></tr>")
    return (
        f"<h2>{_text(section.title)}</h2><table width='100%' border='0.5' cellspacing='0' cellpadding='3'>"
        f"<thead><tr>{head}</tr></thead>{''.join(rows)}</table>"
    )


def _row(row: tuple[Cell, ...], kind: str = "") -> str:
    cells = "".join(
        f"<td class='n'>{_number(cell)}</td>" if isinstance(cell, int | float) else f"<td>{_text(cell or '')}</td>"
        for cell in row
    )
    return f"<tr class='{kind}'>{cells}</tr>" if kind else f"<tr>{cells}</tr>"


def _number(value: int | float) -> str:
    """A number as the server gave it: no trailing zeros (66.7, -60687, 12.5)."""
    if isinstance(value, int):
        return str(value)
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _text(value: object) -> str:
    return html.escape(str(value))
