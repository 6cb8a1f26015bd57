"""What the conflicts dialog says: the four decisions, the kinds of conflict, each line of its list, in words."""

from __future__ import annotations

from typing import Any

from station import contract
from station.i18n import QT_TRANSLATE_NOOP, translate
from station.session.conflict_rows import ConflictRow

ACTIONS = (
    ("F5", contract.Resolution.ACCEPT_LOCAL, QT_TRANSLATE_NOOP("conflicts_dialog", "Keep the station's count")),
    ("F6", contract.Resolution.ACCEPT_SERVER, QT_TRANSLATE_NOOP("conflicts_dialog", "Keep the server's")),
    ("F7", contract.Resolution.MERGE, QT_TRANSLATE_NOOP("conflicts_dialog", "Enter a recount")),
    ("F8", contract.Resolution.IGNORE, QT_TRANSLATE_NOOP("conflicts_dialog", "Ignore")),
)
"""The four decisions: key, resolution, label (in English; translated where shown)."""
LABELS = {resolution: label for _key, resolution, label in ACTIONS}
CONFLICT_WORDS = {
    contract.ConflictType.DUPLICATE_SERIAL: QT_TRANSLATE_NOOP("conflicts_dialog", "duplicate serial"),
    contract.ConflictType.INVALID_QUANTITY: QT_TRANSLATE_NOOP("conflicts_dialog", "invalid quantity"),
    contract.ConflictType.RACK_LOCKED: QT_TRANSLATE_NOOP("conflicts_dialog", "rack locked"),
    contract.ConflictType.STALE_LOCK: QT_TRANSLATE_NOOP("conflicts_dialog", "stale lock"),
    contract.ConflictType.VERSION_CONFLICT: QT_TRANSLATE_NOOP("conflicts_dialog", "version conflict"),
}
"""Why the server refused a line, in words (a kind it does not know is shown as sent)."""


def conflict_words(kind: str) -> str:
    words = CONFLICT_WORDS.get(kind)  # type: ignore[call-overload]
    return translate("conflicts_dialog", words) if words else kind.replace("_", " ")


def shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or translate("conflicts_dialog", "none")
    return str(value)


def action_text(key: str, label: str) -> str:
    return f"{key}  {translate('conflicts_dialog', label)}"


def group_text(row: ConflictRow) -> str:
    """A rack and session's line in the list: the rack, who counted, the session's last digits."""
    who = f" · {row.counted_by}" if row.counted_by else ""
    session = translate("conflicts_dialog", "session …{id}").format(id=row.session_id[-6:])
    return f"{row.rack_id}{who} · {session}"


def item_texts(row: ConflictRow) -> list[str]:
    """A conflict's line in the list: the item, the kind of conflict, where it stands."""
    if row.decided_here:
        state = translate("conflicts_dialog", "resolved here, not yet sent")
    elif row.waiting_error:
        state = translate("conflicts_dialog", "waiting (a decision was refused)")
    else:
        state = translate("conflicts_dialog", "waiting")
    return [row.item, conflict_words(row.conflict_type), state]
