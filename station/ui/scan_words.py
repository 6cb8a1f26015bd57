"""What the scanning screen says of its state: damage mode and the multiplier, the lease in danger or taken."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from station.domain.lines import Line
from station.i18n import translate
from station.session.values import LeaseStatus


def mode_words(damage: bool, damaged: int, multiplier: int) -> str:
    """Beside the scan field: damage mode and its count, the multiplier waiting; else "good"."""
    parts = (
        [translate("scan_view", "DAMAGED (F2) · {count} so far").format(count=QLocale().toString(damaged))]
        if damage
        else []
    ) + (
        [translate("scan_view", "next scan × {times}").format(times=QLocale().toString(multiplier))]
        if multiplier
        else []
    )
    return "\n".join(parts) or translate("scan_view", "good (F2: damaged)")


def at_risk(lease: LeaseStatus) -> str:
    return translate(
        "scan_view",
        "The server has not renewed the lease on {rack}: {seconds} s left. Keep scanning; the station keeps trying.",
    ).format(rack=lease.rack_id, seconds=QLocale().toString(round(lease.remaining)))


def taken(lease: LeaseStatus) -> str:
    if lease.holder:
        text = translate("scan_view", "{rack} was taken by {who}. Scanning has stopped; your lines are kept.")
    else:
        text = translate("scan_view", "{rack} was taken by another session. Scanning has stopped; your lines are kept.")
    return text.format(rack=lease.rack_id, who=lease.holder)


def with_damaged(sentence: str, damaged: int) -> str:
    """ "+1 damaged X (now 17)" with the line's damaged pieces: "+1 damaged X (now 17, 4 damaged)"."""
    count = QLocale().toString(damaged)
    if sentence.endswith(")"):
        return translate("scan_view", "{sentence}, {count} damaged)").format(sentence=sentence[:-1], count=count)
    return translate("scan_view", "{sentence} ({count} damaged)").format(sentence=sentence, count=count)


def resaid(line: Line | None) -> str:
    """The last scan's message said again after a change of language: the line it counted, and on."""
    if line is None:
        return translate("scan_view", "Scan on.")
    return translate("scan_view", "{name}: {count} counted. Scan on.").format(
        name=line.item_name or line.item_code, count=QLocale().toString(line.verified_qty)
    )
