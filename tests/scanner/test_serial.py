"""Serial-port scanners: framing, and a real port (a socat pseudo-terminal pair) read, unplugged and
plugged back."""

from __future__ import annotations

import pytest
from PySide6.QtSerialPort import QSerialPort
from pytestqt.qtbot import QtBot

from station.domain.wedge import Entry
from station.scanner.serial import SerialFramer, SerialScanner
from tests.helpers.serial import Cable


@pytest.mark.parametrize(
    ("terminator", "chunks", "codes"),
    [
        ("cr", [b"4006381333931\r", b"97803064", b"06157\r"], ["4006381333931", "9780306406157"]),
        ("crlf", [b"4006381333931\r\n9780306406157\r", b"\n"], ["4006381333931", "9780306406157"]),
        ("lf", [b"4006381333931\n\n"], ["4006381333931"]),
        ("etx", [b"\x0201\x1d123\x03"], ["\x0201\x1d123"]),
        ("tab", [b"ABC\tDEF"], ["ABC"]),
    ],
)
def test_the_framer_cuts_codes_at_the_terminator(terminator: str, chunks: list[bytes], codes: list[str]) -> None:
    framer = SerialFramer(terminator)
    assert [code for chunk in chunks for code in framer.feed(chunk)] == codes


def test_a_scanner_without_its_terminator_does_not_grow_the_buffer_forever() -> None:
    framer = SerialFramer("cr")
    assert framer.feed(b"7" * 5000) == []
    assert framer.feed(b"4006381333931\r") == ["4006381333931"]
    with pytest.raises(ValueError):
        SerialFramer("semicolon")


def test_codes_from_the_port_are_entries_and_a_double_read_is_one(qtbot: QtBot, cable: Cable) -> None:
    scanner = SerialScanner(str(cable.port), 9600, "cr")
    entries: list[Entry] = []
    scanner.entered.connect(entries.append)
    states: list[bool] = []
    scanner.connection_changed.connect(lambda connected, _sentence: states.append(connected))
    scanner.start()
    try:
        assert scanner.connected and states == [True]
        cable.scan(b"4006381333931\r4006381333931\r")  # one label read twice at once
        qtbot.waitUntil(lambda: len(entries) == 1)
        cable.scan(b"9780306406157\r")
        qtbot.waitUntil(lambda: len(entries) == 2)
        assert entries == [Entry("4006381333931", "4006381333931"), Entry("9780306406157", "9780306406157")]
    finally:
        scanner.stop()


def test_an_unplugged_scanner_is_said_and_reopened_when_it_is_back(
    qtbot: QtBot, cable: Cable, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("station.scanner.serial.REOPEN_MS", 100)
    scanner = SerialScanner(str(cable.port), 9600, "cr")
    entries: list[Entry] = []
    scanner.entered.connect(entries.append)
    sentences: list[str] = []
    scanner.connection_changed.connect(lambda _connected, sentence: sentences.append(sentence))
    scanner.start()
    try:
        cable.unplug()
        qtbot.waitUntil(lambda: not scanner.connected, timeout=5000)
        assert "unplugged" in sentences[-1] or "cannot be opened" in sentences[-1]
        cable.plug()
        qtbot.waitUntil(lambda: scanner.connected, timeout=5000)
        cable.scan(b"4006381333931\r")
        qtbot.waitUntil(lambda: len(entries) == 1, timeout=5000)
    finally:
        scanner.stop()


@pytest.mark.parametrize("error", [QSerialPort.SerialPortError.UnknownError, QSerialPort.SerialPortError.ResourceError])
def test_a_port_error_that_means_unplugged_closes_and_reconnects(
    qtbot: QtBot, cable: Cable, monkeypatch: pytest.MonkeyPatch, error: QSerialPort.SerialPortError
) -> None:
    """Issue 18: Windows reports a pulled-out USB serial scanner as UnknownError, not ResourceError."""
    monkeypatch.setattr("station.scanner.serial.REOPEN_MS", 100)
    scanner = SerialScanner(str(cable.port), 9600, "cr")
    states: list[tuple[bool, str]] = []
    scanner.connection_changed.connect(lambda connected, sentence: states.append((connected, sentence)))
    scanner.start()
    try:
        assert scanner.connected
        scanner._port.errorOccurred.emit(error)  # what QSerialPort says when the device goes away
        assert states[-1][0] is False and "unplugged" in states[-1][1]
        qtbot.waitUntil(lambda: scanner.connected, timeout=5000)  # the cable is still there: back by itself
        assert states[-1] == (True, f"Scanner on {cable.port} connected.")
    finally:
        scanner.stop()
