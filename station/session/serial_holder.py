"""Where a duplicate serial is counted already, in words: a rack, a counter and a time, never the other line."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from station import contract
from station.i18n import translate


def elsewhere(conflict_type: str, details: dict[str, Any]) -> str:
    """For a duplicate serial, the sentence in place of the server's: where the serial is counted already
    (a rack, a counter and a time, never the other line itself); "" for anything else."""
    if conflict_type != contract.ConflictType.DUPLICATE_SERIAL or not details:
        return ""
    other = contract.DuplicateSerialDetails.model_validate(details)
    if other.within_record:
        return translate("conflict_desk", "Serial {serial} appears twice on this line.").format(
            serial=other.serial_number
        )
    if not other.other_rack_id:
        return ""
    at = other.other_counted_at
    when = f"{datetime.fromtimestamp(at, UTC).astimezone():%d %b %H:%M}" if at else ""
    who = other.other_counted_by or ""
    if who and when:
        sentence = translate("conflict_desk", "Serial {serial} is counted already on rack {rack} by {user} at {when}.")
    elif who:
        sentence = translate("conflict_desk", "Serial {serial} is counted already on rack {rack} by {user}.")
    elif when:
        sentence = translate("conflict_desk", "Serial {serial} is counted already on rack {rack} at {when}.")
    else:
        sentence = translate("conflict_desk", "Serial {serial} is counted already on rack {rack}.")
    return sentence.format(serial=other.serial_number, rack=other.other_rack_id, user=who, when=when)


def holder(conflict_type: str, details: dict[str, Any]) -> str:
    """For a duplicate serial counted on another line, the server column's rack, counter and time
    ("G-R02, counter2" and "29 Nov 14:02" below it, the parts known); "" for anything else."""
    if conflict_type != contract.ConflictType.DUPLICATE_SERIAL or not details:
        return ""
    other = contract.DuplicateSerialDetails.model_validate(details)
    if other.within_record or not other.other_rack_id:
        return ""
    at = other.other_counted_at
    when = f"{datetime.fromtimestamp(at, UTC).astimezone():%d %b %H:%M}" if at else ""
    where = ", ".join(part for part in (other.other_rack_id, other.other_counted_by or "") if part)
    return f"{where}\n{when}" if when else where  # the time on a line of its own: the column is narrow
