"""Whether a scan may be counted now: the rack not paused, and the lease alive (``LeaseState.may_scan``)."""

from __future__ import annotations

from station.domain.lease import Lease, LeaseState, released_sentence
from station.domain.sessions import SessionState
from station.i18n import translate


def why_not_scanning(rack_id: str, session: SessionState, held: Lease | None) -> str:
    """The sentence a refused scan gets, or "" when scanning goes on."""
    lease, holder = (held.state, held.holder) if held else (None, None)
    if lease is LeaseState.LOST and held and held.released_by:  # a paused rack too: it is over here
        released = released_sentence(rack_id, held.released_by, held.note)
        return translate("gate", "{released} Scanning has stopped.").format(released=released)
    if session is SessionState.PAUSED:
        return translate("gate", "Rack {rack} is paused. Press F8 to resume it.").format(rack=rack_id)
    if lease is None or lease.may_scan:
        return ""
    if lease is LeaseState.EXPIRED:
        return translate(
            "gate",
            "The lease on {rack} ran out while the server could not be reached. Scanning goes on as soon as "
            "the station has the rack again; what you counted is kept.",
        ).format(rack=rack_id)
    if lease is LeaseState.LOST:
        if holder:
            return translate(
                "gate", "Rack {rack} was taken by {holder}. Scanning has stopped; what you counted is kept."
            ).format(rack=rack_id, holder=holder)
        return translate(
            "gate", "Rack {rack} was taken by another session. Scanning has stopped; what you counted is kept."
        ).format(rack=rack_id)
    return translate("gate", "Rack {rack} is no longer being counted here.").format(rack=rack_id)


def left_sentence(rack_id: str | None, lease: Lease | None) -> str:
    """What the racks screen says after the counter read that their rack was lost (or released)."""
    if rack_id and lease is not None and lease.released_by:
        return released_sentence(rack_id, lease.released_by, lease.note)
    return translate("gate", "The rack was taken by another session; what you counted is kept and will be sent.")
