"""The sentences for what a server cannot do at all (``errors.Unsupported``), with what to do instead."""

from __future__ import annotations

from station.api import errors
from station.api.profile import NAMES, Profile
from station.said import translate


def decisions(profile: Profile) -> errors.Unsupported:
    """``resolves_conflicts=False``: the decision stays at the station; the line is settled elsewhere."""
    return errors.Unsupported(
        translate(
            "unsupported",
            "{server} does not take supervisors' decisions (its conflicts API answers 401 to "
            "every token). The decision is kept at this station; settle the line in StockVerify's own screens, "
            "or ask IT.",
        ).format(server=translate("profile", NAMES[profile.flavour])),
        detail="resolves_conflicts is off for this server",
    )


def supervisor_release(profile: Profile) -> errors.Unsupported:
    """``supervisor_releases=False``: only the counter who claimed the rack can give it up."""
    return errors.Unsupported(
        translate(
            "unsupported",
            "{server} lets only the counter who claimed a rack release it. Ask them to release "
            "it at their station; if they cannot, free it in StockVerify's own screens, or ask IT.",
        ).format(server=translate("profile", NAMES[profile.flavour])),
        detail="supervisor_releases is off for this server",
    )


def oversight(profile: Profile) -> errors.Unsupported:
    """``oversees=False``: no progress, variance, recounts or reports from this server."""
    return errors.Unsupported(
        translate(
            "unsupported",
            "{server} has no oversight of the count (progress, variance, recounts). Follow the count in "
            "StockVerify's own screens, or ask IT to run Station's reference server.",
        ).format(server=translate("profile", NAMES[profile.flavour])),
        detail="oversees is off for this server",
    )
