"""The front door's own sentences (``station.session.station`` is at its size limit): pausing, finishing, signing in."""

from __future__ import annotations

from station.i18n import translate


def nothing_counted() -> str:
    """A rack action with no rack open."""
    return translate("words", "No rack is being counted.")


def claim_first() -> str:
    """A scan with no rack open."""
    return translate("words", "No rack is being counted. Claim a rack first.")


def nobody_here() -> str:
    return translate("words", "Nobody is logged in here.")


def wrong_secret(password: bool) -> str:
    """A refused log-in when the server gives no sentence of its own."""
    if password:
        return translate("words", "Wrong user name or password.")
    return translate("words", "Wrong user name or PIN.")


def paused(rack_id: str, pause: bool) -> str:
    """F8's answer."""
    if pause:
        return translate("words", "Rack {rack} paused. Press F8 to resume it.").format(rack=rack_id)
    return translate("words", "Rack {rack} resumed. Scan away.").format(rack=rack_id)


def finished(rack_id: str, pieces: int, lines: int) -> str:
    """F10 went through: the rack is counted and handed back."""
    in_lines = translate("words", "%n line(s)", "in: Rack R1 is finished: 5 pieces in 2 lines.", lines)
    return translate("words", "Rack {rack} is finished: %n piece(s) in {lines}.", None, pieces).format(
        rack=rack_id, lines=in_lines
    )


def note_needed() -> str:
    return translate("words", "Write a note: why the rack is released with the counts disagreeing.")


def released_anyway(rack_id: str, supervisor: str, note: str) -> str:
    """A supervisor released the rack with the counts disagreeing, and why."""
    return translate("words", "Rack {rack} was released by {supervisor}: {note}").format(
        rack=rack_id, supervisor=supervisor, note=note
    )
