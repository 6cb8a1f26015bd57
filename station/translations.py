"""The translations' build: ``python -m station.translations update|release|check``.

``update`` runs ``pyside6-lupdate`` over every module of ``station/`` into
``resources/translations/station_<lang>.ts`` (translations already there are kept), adds what its
Python parser misses (a call whose count is not a plain name: the code is read for them too) and marks
the messages whose source has ``%n`` as plural (``numerus="yes"``), which that parser does not do;
``release`` builds the ``.qm`` files the station loads with ``pyside6-lrelease``; ``check`` prints how
much of each language is translated. The ``.ts`` and the ``.qm`` are both committed: a clean checkout
runs in every language without a build step.
"""

from __future__ import annotations

import ast
import copy
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
PACKAGE = ROOT / "station"
LANGUAGES = ("hi", "es")
"""The languages translated. English is the source text, its plurals chosen by the count (``station.i18n``)."""
DOCTYPE = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


@dataclass(frozen=True)
class Message:
    """One message of a ``.ts`` file, as the station looks it up."""

    context: str
    source: str
    disambiguation: str | None
    numerus: bool
    translations: tuple[str, ...]
    """The translation (one, or one per plural form); empty strings where there is none yet."""
    finished: bool


@dataclass(frozen=True)
class Coverage:
    language: str
    translated: int
    total: int


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"station_{language}.ts"


def qm_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"station_{language}.qm"


def _tool(name: str) -> str:
    """``pyside6-lupdate`` or ``pyside6-lrelease``: beside this Python first, else on the PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found: install PySide6 (pip install -e '.[test]').")
    return found


def sources(package: Path = PACKAGE) -> list[Path]:
    """Every module of the station (the server's included: it has nothing to translate, and costs nothing)."""
    return sorted(package.rglob("*.py"))


def update(folder: Path = FOLDER, languages: Sequence[str] = LANGUAGES, package: Path = PACKAGE) -> None:
    """Bring every ``.ts`` up to date with the code, keeping what is translated."""
    folder.mkdir(parents=True, exist_ok=True)
    files = [str(path) for path in sources(package)]
    wanted = written(package)
    for language in languages:
        ts = ts_file(language, folder)
        before = _messages_by_key(ET.parse(ts).getroot()) if ts.exists() else {}
        subprocess.run(
            [_tool("pyside6-lupdate"), *files, "-target-language", language, "-locations", "relative",
             "-ts", str(ts)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        complete(ts, wanted, before, plural_forms(language))


def _messages_by_key(root: ET.Element) -> dict[tuple[str, str], ET.Element]:
    """Every message of a ``.ts``, by (context, source)."""
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def complete(
    ts: Path, wanted: dict[tuple[str, str], str | None], before: dict[tuple[str, str], ET.Element], forms: int
) -> None:
    """What lupdate's Python parser misses, put right: a message whose count is not a plain name (added,
    or brought back from ``before`` with its translation, where lupdate called it gone), and plurals
    (``%n``: ``numerus="yes"`` with ``forms`` forms, the translations ``before`` had kept)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {context.findtext("name") or "": context for context in root.iter("context")}
    now = _messages_by_key(root)
    for (name, source), comment in sorted(wanted.items()):
        message = now.get((name, source))
        translation = message.find("translation") if message is not None else None
        if message is not None and (translation is None or translation.get("type") not in ("vanished", "obsolete")):
            continue
        old = before.get((name, source))
        revived = copy.deepcopy(old) if old is not None else _new_message(source, comment)
        kept = revived.find("translation")
        if kept is not None and kept.get("type") in ("vanished", "obsolete"):
            kept.set("type", "unfinished")
        if message is not None:
            contexts[name].remove(message)
        context = contexts.get(name)
        if context is None:
            context = contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        context.append(revived)
    for key, message in _messages_by_key(root).items():
        if "%n" in key[1] and message.get("numerus") != "yes":
            _plural(message, forms, before.get(key))
    ET.indent(tree, space="    ")
    ts.write_text(DOCTYPE + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")


def _new_message(source: str, comment: str | None) -> ET.Element:
    message = ET.Element("message")
    ET.SubElement(message, "source").text = source
    if comment:
        ET.SubElement(message, "comment").text = comment
    ET.SubElement(message, "translation", type="unfinished")
    return message


def _plural(message: ET.Element, forms: int, old: ET.Element | None) -> None:
    """Make ``message`` plural, with the forms ``old`` had translated (else its one translation as the first)."""
    message.set("numerus", "yes")
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation", type="unfinished")
    kept = old.find("translation") if old is not None and old.get("numerus") == "yes" else None
    texts = [form.text or "" for form in kept.findall("numerusform")] if kept is not None else [translation.text or ""]
    translation.text = None
    for n in range(forms):
        ET.SubElement(translation, "numerusform").text = texts[n] if n < len(texts) else ""
    kind = kept.get("type") if kept is not None else "unfinished"
    if kind is None:
        translation.attrib.pop("type", None)
    else:
        translation.set("type", kind)


def plural_forms(language: str) -> int:
    """How many plural forms Qt knows ``language`` to have, asked of lupdate itself (a C++ stub with
    one plural message: its parser, unlike the Python one, writes the forms)."""
    with tempfile.TemporaryDirectory() as scratch:
        stub, ts = Path(scratch) / "stub.cpp", Path(scratch) / "stub.ts"
        stub.write_text('class A : public QObject { Q_OBJECT void f(int n) { tr("%n", "", n); } };\n', "utf-8")
        subprocess.run(
            [_tool("pyside6-lupdate"), str(stub), "-target-language", language, "-ts", str(ts)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        return max(1, len(ET.parse(ts).getroot().findall(".//numerusform")))


def written(package: Path = PACKAGE) -> dict[tuple[str, str], str | None]:
    """(context, source) → disambiguation of every ``translate`` and ``QT_TRANSLATE_NOOP`` call written with
    literal texts, read from the code itself (lupdate skips a call whose count is not a plain name)."""
    found: dict[tuple[str, str], str | None] = {}
    for path in sources(package):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            context, source = node.args[0], node.args[1]
            comment = node.args[2] if len(node.args) > 2 else None
            if (
                name in ("translate", "QT_TRANSLATE_NOOP")
                and isinstance(context, ast.Constant)
                and isinstance(source, ast.Constant)
                and isinstance(source.value, str)
            ):
                said = comment.value if isinstance(comment, ast.Constant) and isinstance(comment.value, str) else None
                found[(str(context.value), source.value)] = said
    return found


def release(folder: Path = FOLDER, languages: Sequence[str] = LANGUAGES, out: Path | None = None) -> list[Path]:
    """Build the ``.qm`` files (into ``out``, else beside the ``.ts``); the files made."""
    made = []
    for language in languages:
        qm = qm_file(language, out or folder)
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts_file(language, folder)), "-qm", str(qm)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        made.append(qm)
    return made


def messages(ts: Path) -> list[Message]:
    """The live messages of a ``.ts`` file (not those the code no longer has)."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ("",)
            elif numerus:
                texts = tuple(form.text or "" for form in translation.findall("numerusform")) or ("",)
            else:
                texts = (translation.text or "",)
            found.append(
                Message(name, message.findtext("source") or "", message.findtext("comment"), numerus, texts,
                        kind != "unfinished" and all(texts))
            )  # fmt: skip
    return found


def coverage(folder: Path = FOLDER, languages: Sequence[str] = LANGUAGES) -> list[Coverage]:
    """Translated and total messages per language."""
    result = []
    for language in languages:
        found = messages(ts_file(language, folder))
        result.append(Coverage(language, sum(m.finished for m in found), len(found)))
    return result


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args[0] if args else ""
    if command == "update":
        update()
        release()  # the .qm follow the .ts: a source changed or gone is no longer looked up
    elif command == "release":
        release()
    elif command != "check":
        print("usage: python -m station.translations update|release|check", file=sys.stderr)
        return 2
    for line in coverage():
        share = line.translated / line.total if line.total else 1.0
        print(f"{line.language}: {line.translated} / {line.total} translated ({share:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
