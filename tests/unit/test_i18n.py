"""The translation seam every layer uses: English by default, any installed backend after."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from station import i18n


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    yield
    i18n.reset()


def test_english_by_default_with_the_count_in_place_of_percent_n() -> None:
    assert i18n.translate("scan", "Counted {name}").format(name="Nails") == "Counted Nails"
    assert i18n.translate("scan", "%n scans kept", None, 3) == "3 scans kept"
    assert i18n.translate("scan", "100%n") == "100%n"  # no count given: nothing replaced


def test_an_installed_backend_translates_every_call_until_reset() -> None:
    seen: list[tuple[str, str, str | None, int]] = []

    def backend(context: str, source: str, disambiguation: str | None, n: int) -> str:
        seen.append((context, source, disambiguation, n))
        return f"<{source}>"

    i18n.install(backend)
    assert i18n.translate("racks", "Free", "rack state") == "<Free>"
    assert seen == [("racks", "Free", "rack state", -1)]
    i18n.reset()
    assert i18n.translate("racks", "Free") == "Free"


def test_noop_marks_without_translating() -> None:
    i18n.install(lambda context, source, disambiguation, n: source.upper())
    assert i18n.QT_TRANSLATE_NOOP("racks", "Paused") == "Paused"


def test_english_plurals_are_chosen_by_the_count() -> None:
    counted = "%n line(s) refused by the server [waits|wait] for a supervisor."
    assert i18n.translate("review", counted, None, 1) == "1 line refused by the server waits for a supervisor."
    assert i18n.translate("review", counted, None, 3) == "3 lines refused by the server wait for a supervisor."
    assert i18n.translate("review", "%n line(s)", None, 0) == "0 lines"
    assert i18n.translate("review", "Scan [it|them] (s)") == "Scan [it|them] (s)"  # no count: as written
