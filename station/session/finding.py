"""Ctrl+F: items found by name, item code or barcode, for a label that will not scan."""

from __future__ import annotations

from station.session.failures import failure_of
from station.session.values import FoundItem
from station.store.catalogue import Catalogue
from station.store.errors import StoreError

MIN_CHARACTERS = 2
"""Fewer typed characters than this find nothing: one letter would list half the catalogue."""
LIMIT = 20


def find_items(catalogue: Catalogue, text: str, rack_id: str | None) -> list[FoundItem]:
    """The items the station knows (the rack's catalogue slice first) that match ``text``; none when the
    text is too short or the station's database cannot say (logged)."""
    if len(text.strip()) < MIN_CHARACTERS:
        return []
    try:
        found = catalogue.search(text, rack_id, LIMIT)
    except StoreError as broken:
        failure_of(broken)
        return []
    return [FoundItem(item, where, here=rack_id is not None and where == rack_id) for item, where in found]
