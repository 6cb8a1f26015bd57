"""Sentences kept in the database in no language: read back in the language of the moment."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from station import i18n, said


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    yield
    i18n.reset()


def marking(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return f"⟦{i18n.untranslated(context, source, disambiguation, n)}⟧"


def test_a_said_sentence_is_translated_each_time_it_is_shown() -> None:
    sentence = said.translate("outbox", "Rack {rack} waits.").format(rack="r1")
    assert str(sentence) == "Rack r1 waits."
    i18n.install(marking)
    assert str(sentence) == "⟦Rack r1 waits.⟧"


def test_a_kept_sentence_reads_back_in_the_language_spoken_when_it_is_read() -> None:
    why = said.translate("failures", "The server cannot be reached.")
    kept = said.kept(said.translate("conflict_desk", "Decided here only: {why} ({count})").format(why=why, count=3))
    assert "Decided here only" in kept and kept.startswith('{"said"')
    assert said.readable(kept) == "Decided here only: The server cannot be reached. (3)"
    i18n.install(marking)
    assert said.readable(kept) == "⟦Decided here only: ⟦The server cannot be reached.⟧ (3)⟧"


def test_counts_are_kept_with_the_sentence() -> None:
    kept = said.kept(said.translate("outbox", "%n line(s) wait.", None, 2))
    assert said.readable(kept) == "2 lines wait."


def test_plain_text_and_nothing_read_as_they_are() -> None:
    assert said.kept("Serial SN-1 already belongs to another record") == "Serial SN-1 already belongs to another record"
    assert (
        said.readable("Serial SN-1 already belongs to another record")
        == "Serial SN-1 already belongs to another record"
    )
    assert said.readable('{"said": "not a kept sentence"') == '{"said": "not a kept sentence"'
    assert said.readable(None) == "" and said.readable("") == ""
