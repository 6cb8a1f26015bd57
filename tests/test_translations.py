"""The committed translations follow the code: every sentence written is in each ``.ts``, plurals are marked,
and the ``.qm`` the station loads say what their ``.ts`` say (``python -m station.translations update``)."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from station import translations
from station.i18n import translate
from station.translations import LANGUAGES, Message, messages, qm_file, ts_file
from station.ui.language import use


def keys(found: list[Message]) -> set[tuple[str, str]]:
    return {(message.context, message.source) for message in found}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sentence_in_the_code_is_in_the_committed_ts(language: str) -> None:
    written = set(translations.written())
    committed = keys(messages(ts_file(language)))
    missing = sorted(written - committed)
    assert not missing, "run: python -m station.translations update\n" + "\n".join(map(str, missing))
    gone = sorted(committed - written)
    assert not gone, "the .ts has sentences the code no longer has; run update:\n" + "\n".join(map(str, gone))


@pytest.mark.parametrize("language", LANGUAGES)
def test_lupdate_finds_nothing_new_and_every_plural_is_marked(language: str, tmp_path: Path) -> None:
    shutil.copy(ts_file(language), ts_file(language, tmp_path))
    translations.update(tmp_path, [language])
    fresh, committed = messages(ts_file(language, tmp_path)), messages(ts_file(language))
    assert keys(fresh) == keys(committed), "run: python -m station.translations update"
    assert {(m.context, m.source) for m in fresh if m.numerus} == {
        (m.context, m.source) for m in committed if "%n" in m.source
    }
    assert [m.translations for m in fresh] == [m.translations for m in committed], "update keeps what is translated"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_qm_says_what_its_ts_says(language: str, tmp_path: Path) -> None:
    translations.release(languages=[language], out=tmp_path)
    shipped, rebuilt = QTranslator(), QTranslator()
    assert shipped.load(str(qm_file(language))) and rebuilt.load(str(qm_file(language, tmp_path)))
    for message in messages(ts_file(language)):
        for n in (1, 2, 5) if message.numerus else (-1,):
            said = shipped.translate(message.context, message.source, message.disambiguation, n)
            assert said == rebuilt.translate(message.context, message.source, message.disambiguation, n), (
                "run: python -m station.translations release"
            )


def test_english_plurals_follow_the_count_through_qt_too(qapp: object) -> None:
    use("en")
    assert translate("review_view", "%n piece(s)", None, 1) == "1 piece"
    assert translate("review_view", "%n piece(s)", None, 2) == "2 pieces"
    assert translate("scanning", "{why} %n scan(s) made as it ended [was|were] not counted.", None, 1) == (
        "{why} 1 scan made as it ended was not counted."
    )


def test_coverage_counts_what_is_translated(capsys: pytest.CaptureFixture[str]) -> None:
    assert translations.main(["check"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == list(LANGUAGES)
    assert all(" / " in line for line in lines)


def test_update_keeps_every_translation_plurals_and_missed_counts_included(tmp_path: Path) -> None:
    """A translator's work survives ``update``, also where lupdate's parser misses a call (a count that is
    not a plain name: ``translate("review", "%n line(s)", None, review.lines)``)."""
    tree = ET.parse(ts_file("es"))
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        for n, form in enumerate(forms):
            form.text = f"«{n}» {message.findtext('source')}"
        if not forms:
            translation.text = f"«es» {message.findtext('source')}"
    tree.write(ts_file("es", tmp_path), encoding="utf-8", xml_declaration=True)
    translated = messages(ts_file("es", tmp_path))
    assert all(message.finished for message in translated)
    translations.update(tmp_path, ["es"])
    assert messages(ts_file("es", tmp_path)) == translated
