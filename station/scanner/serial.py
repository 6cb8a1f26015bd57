"""Fixed-mount scanners on a serial port (RS-232 or USB-CDC), through QtSerialPort, on the wedge's scan path.

Each code the scanner ends with its terminator becomes the same ``Entry`` a keyboard-wedge scan
does, so everything after (the window, the counting rules, the store) cannot tell them apart. An
unplugged scanner is noticed (the port reports a resource error), said in the status bar, and the
port is opened again every couple of seconds until the scanner is back.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtSerialPort import QSerialPort

from station.domain.wedge import DoubleReadGuard, Entry
from station.i18n import translate

log = logging.getLogger(__name__)

TERMINATORS = {"cr": b"\r", "lf": b"\n", "crlf": b"\r\n", "tab": b"\t", "etx": b"\x03"}
REOPEN_MS = 2000
MAX_CODE_BYTES = 4096
"""A scanner that never sends its terminator (wrong setting) must not grow a buffer without end."""


class SerialFramer:
    """Bytes as they arrive → the codes the terminator ends (no Qt: tested on its own)."""

    def __init__(self, terminator: str = "cr") -> None:
        if terminator not in TERMINATORS:
            raise ValueError(f"unknown terminator {terminator!r}; one of {', '.join(TERMINATORS)}")
        self._line_ends = terminator in ("cr", "lf", "crlf")  # any of CR, LF, CR LF ends a line
        self._end = TERMINATORS[terminator]
        self._buffer = b""

    def feed(self, data: bytes) -> list[str]:
        self._buffer += data
        if self._line_ends:
            self._buffer = self._buffer.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
            end = b"\n"
        else:
            end = self._end
        *complete, self._buffer = self._buffer.split(end)
        if len(self._buffer) > MAX_CODE_BYTES:
            log.warning("the serial scanner sent %d bytes without its terminator; dropped them", len(self._buffer))
            self._buffer = b""
        codes = (part.decode("latin-1").strip(" \x00") for part in complete)
        return [code for code in codes if code]


UNPLUGGED = (
    QSerialPort.SerialPortError.ResourceError,
    QSerialPort.SerialPortError.DeviceNotFoundError,
    QSerialPort.SerialPortError.PermissionError,
    QSerialPort.SerialPortError.UnknownError,  # what Windows reports when a USB serial scanner is pulled out
)
"""Errors that mean the scanner went away: close the port and try it again until it is back."""


class SerialScanner(QObject):
    """Signals:
    entered(Entry): a code, as a wedge scan would give it.
    connection_changed(bool connected, str sentence): plugged in, unplugged, cannot be opened.
    """

    entered = Signal(object)
    connection_changed = Signal(bool, str)

    def __init__(self, port: str, baud: int = 9600, terminator: str = "cr", *, double_read_ms: float = 300.0) -> None:
        super().__init__()
        self.port_name = port
        self._framer = SerialFramer(terminator)
        self.double_reads = DoubleReadGuard(double_read_ms)
        self._port = QSerialPort(self)
        self._port.setPortName(port)
        self._port.setBaudRate(baud)
        self._port.readyRead.connect(self._read)
        self._port.errorOccurred.connect(self._on_error)
        self._reopen = QTimer(self)
        self._reopen.setObjectName("serial-reopen")
        self._reopen.setSingleShot(True)
        self._reopen.setInterval(REOPEN_MS)
        self._reopen.timeout.connect(self.open)
        self.connected = False
        self._running = False

    def start(self) -> None:
        self._running = True
        self.open()

    def stop(self) -> None:
        self._running = False
        self._reopen.stop()
        if self._port.isOpen():
            self._port.close()
        self.connected = False

    def open(self) -> None:
        if not self._running or self._port.isOpen():
            return
        if self._port.open(QSerialPort.OpenModeFlag.ReadOnly):
            self._port.clear()
            self._set(True, translate("serial", "Scanner on {port} connected.").format(port=self.port_name))
            return
        cannot = translate("serial", "The scanner on {port} cannot be opened ({why}); check the cable. Trying again…")
        self._set(False, cannot.format(port=self.port_name, why=self._port.errorString()))
        self._reopen.start()

    def _read(self) -> None:
        now = time.monotonic() * 1000
        for code in self._framer.feed(bytes(self._port.readAll().data())):
            if not self.double_reads.is_repeat(code, now, now):
                self.entered.emit(Entry(code, code))

    def _on_error(self, error: QSerialPort.SerialPortError) -> None:
        if error in (QSerialPort.SerialPortError.NoError, QSerialPort.SerialPortError.TimeoutError):
            return
        if error in UNPLUGGED and self._port.isOpen():
            log.info("serial scanner on %s: %s", self.port_name, self._port.errorString())
            self._port.close()
            unplugged = translate(
                "serial", "The scanner on {port} was unplugged. Plug it back in; Station reconnects by itself."
            )
            self._set(False, unplugged.format(port=self.port_name))
            if self._running:
                self._reopen.start()

    def _set(self, connected: bool, sentence: str) -> None:
        if connected != self.connected or not connected:
            self.connected = connected
            self.connection_changed.emit(connected, sentence)
