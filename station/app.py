"""The composition root: builds every object once, in order, wires the signals, and runs the loop.

Order: settings and paths (done by the command line) → QApplication and the log-in screen, painted
(``station.ui.first_screen``, which imports none of what follows) → the store → the server client and
the sync worker → the session (its front door) → the other screens, attached to the same window → the
qasync loop. Shutdown reverses it: heartbeat and live feed, then the sync worker (its batch finished or
abandoned), then the store. What the first scan does not need at once (HTTP, GS1 parsing) is imported
where it is used, and ``load_the_rest`` imports it as soon as the loop runs.
"""

from __future__ import annotations

import asyncio
import gc
import importlib
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from station import preferences
from station.api.client import Credentials, ServerClient
from station.api.profile import Flavour, ServerProfile
from station.api.transport import make_http_client
from station.config import Settings
from station.domain.backoff import BackoffPolicy
from station.domain.clock import Clock, SystemClock
from station.domain.wedge import WedgeSettings
from station.i18n import translate
from station.paths import StationPaths
from station.resources import resources_dir
from station.scanner.keyboard import ScanFilter
from station.scanner.serial import SerialScanner
from station.scanner.sound import QtSound, Silent, Sound
from station.session.conflict_desk import ConflictDesk
from station.session.oversight import CountOverseer
from station.session.station import StationSession
from station.session.supervision import SupervisorBoard
from station.store.catalogue import Catalogue
from station.store.conflicts import Conflicts
from station.store.database import Store, open_store
from station.store.errors import StoreError
from station.store.outbox import Outbox
from station.store.records import Records
from station.store.sessions import Sessions
from station.sync.engine import SyncEngine
from station.sync.worker import GATHER_S, SyncWorker
from station.ui.first_screen import application, first_screen
from station.ui.language import Languages
from station.ui.main_window import MainWindow
from station.ui.text_size import TextSize

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)


def client_for(settings: Settings, credentials: Credentials, known: ServerProfile | None = None) -> ServerClient:
    """A client of the server; ``known`` (what is known of the server) is shared by the station's clients."""
    server = settings.server

    def http() -> httpx.AsyncClient:  # made on first use: httpx (~0.2 s) is not needed before the log-in
        made = make_http_client(
            server.url,
            connect_timeout=server.connect_timeout_s,
            read_timeout=server.read_timeout_s,
            ca_bundle=server.ca_bundle,
            proxy=server.proxy,
        )
        made.headers["X-Station-Name"] = quote(settings.station.name)  # (ext) the supervisor view's station column
        return made

    return ServerClient(http, credentials, server=known or ServerProfile(Flavour(server.flavour)))


def policy_for(settings: Settings) -> BackoffPolicy:
    sync = settings.sync
    return BackoffPolicy(base=sync.backoff_base_s, cap=sync.backoff_cap_s, stall_after=sync.stall_after)


@dataclass
class Station:
    """Everything ``build`` made, for ``run`` (and tests) to drive and to shut down."""

    settings: Settings
    store: Store
    session: StationSession
    client: ServerClient
    worker: SyncWorker
    window: MainWindow
    scan_filter: ScanFilter
    serial: SerialScanner | None = None
    on_shutdown: list[Callable[[], None]] = field(default_factory=list)

    def shutdown(self) -> None:
        """The window's timers, heartbeat and feed, then the sync worker (waiting for its batch), then the store."""
        self.window.stop_timers()
        self.session.shutdown()
        if self.serial is not None:
            self.serial.stop()
        if not self.worker.stop():
            log.warning("the sync worker did not stop in time; its lines stay queued")
        for action in self.on_shutdown:
            action()
        self.store.close()


def build(
    app: QApplication,
    settings: Settings,
    store: Store,
    *,
    clock: Clock | None = None,
    sound: Sound | None = None,
    preferences_folder: Path | None = None,
    window: MainWindow | None = None,
) -> Station:
    """Make the station's objects and wire them (no loop is run here); the people's preferences (the
    language, the text size) are read from and kept in ``preferences_folder``, the station's data folder.

    ``window``: the log-in screen already on show (``first_screen``), which the rest is attached to.
    """
    clock = clock or SystemClock()
    if window is None:
        window = MainWindow(settings.station.name, Languages(settings.station.language, preferences_folder))
    credentials = Credentials()
    known = ServerProfile(Flavour(settings.server.flavour))  # found out once, by either client
    client = client_for(settings, credentials, known)
    policy = policy_for(settings)

    def engine() -> SyncEngine:  # made on the worker's thread, with a client of its own
        return SyncEngine(
            Outbox(store, policy),
            client_for(settings, credentials, known),
            clock,
            policy,
            rng=random.Random(),
            batch_size=settings.sync.batch_size,
            parallel=settings.sync.parallel_batches,
        )

    worker = SyncWorker(engine, wake_interval_s=settings.sync.wake_interval_s, gather_s=GATHER_S)
    session = StationSession(
        settings,
        client,
        Records(store, clock),
        Catalogue(store, clock),
        Sessions(store, clock),
        clock,
        wake_sync=worker.wake,
        pause_sync=lambda paused: worker.pause() if paused else worker.resume(),
        sync_now=worker.sync_now,
    )
    events = session.events  # what the sync thread says reaches the screens as the session's news
    worker.queue_changed.connect(events.queue_changed)
    worker.progress.connect(events.progress)
    worker.error_changed.connect(events.sync_trouble)
    worker.needs_login.connect(events.needs_login)
    if sound is None:
        sound = Silent() if not settings.feedback.sound else _sound_or_silence(settings.feedback.volume)
    desk = ConflictDesk(client, Conflicts(store, clock), on_settled=worker.wake)
    kept = preferences.load(preferences_folder) if preferences_folder is not None else preferences.Preferences()
    text_size = TextSize(app, kept.text_scale)
    if preferences_folder is not None:
        text_size.changed.connect(lambda scale: keep_text_size(preferences_folder, scale))
    board, overseer = SupervisorBoard(client, clock), CountOverseer(client)
    window.attach(session, sound, desk, board, overseer, text_size)
    wedge = WedgeSettings(settings.scanner.min_length, settings.scanner.max_key_gap_ms, settings.scanner.terminators)
    scan_filter = ScanFilter(wedge, double_read_ms=settings.scanner.double_read_ms)
    scan_filter.entered.connect(window.on_entry)
    app.installEventFilter(scan_filter)
    serial = None
    if settings.scanner.serial_port:  # a fixed-mount scanner on a COM port: the same scan path
        scanner = settings.scanner
        serial = SerialScanner(
            scanner.serial_port, scanner.serial_baud, scanner.serial_terminator, double_read_ms=scanner.double_read_ms
        )
        serial.entered.connect(window.on_entry)
        serial.connection_changed.connect(window.status.set_scanner)
        serial.start()
    if store.recovered_from is not None:
        window.status.showMessage(
            translate(
                "app",
                "The station's database was damaged; it was kept aside as {file} and a fresh one "
                "started. Lines that had reached the server are safe; IT can recover the rest from that file.",
            ).format(file=store.recovered_from.name)
        )
    return Station(settings, store, session, client, worker, window, scan_filter, serial)


def keep_text_size(folder: Path, scale: float) -> None:
    """The text size chosen at the keyboard, kept with the station's other preferences."""
    preferences.save(folder, replace(preferences.load(folder), text_scale=scale))


def _sound_or_silence(volume: int = 80) -> Sound:
    """The scan sounds, or silence where Qt Multimedia cannot load (no libpulse on a Linux station):
    the colours and messages still tell good scans from bad, and the log says why it is quiet."""
    try:
        return QtSound(resources_dir() / "sounds", volume=volume)
    except (ImportError, OSError) as missing:
        log.warning("scan sounds are off: Qt Multimedia cannot load (%s); install libpulse0 to hear them", missing)
        return Silent()


# What the log-in screen does not need, imported lazily where it is used (HTTP on the first request,
# GS1 parsing on the first scan); loaded as soon as the loop runs so that the first scan does not wait for it either.
LOADED_AFTER_THE_FIRST_PAINT = (
    "httpx",
    "httpcore",
    "truststore",
    "biip.checksums",
    "biip.gs1_messages",
    "biip.symbology",
    "biip.upc",
)


def keep_startup_objects() -> None:
    """What is made at start lives as long as the process: collected once, then left out of every later
    collection (``gc.freeze``), so that a full collection while counting does not stall the window for
    the time it takes to walk every module, widget and model of the station."""
    gc.collect()
    gc.freeze()


def load_the_rest() -> None:
    """Import what was kept out of the way of the log-in screen (called once the loop runs)."""
    for name in LOADED_AFTER_THE_FIRST_PAINT:
        importlib.import_module(name)


def run(paths: StationPaths, settings: Settings, *, demo: bool, window: MainWindow | None = None) -> int:
    """Attach the station to its log-in screen (``first_screen``, made here if not given), run until the
    window closes; the exit code."""
    app = application()
    if window is None:
        theme, name, language = settings.feedback.theme, settings.station.name, settings.station.language
        window = first_screen(app, name, language, theme, paths.data)
    try:
        store = open_store(paths.database)
    except StoreError as failure:
        QMessageBox.critical(window, translate("app", "Station cannot start"), failure.sentence)
        return 2
    embedded = None
    if demo:  # its address now; it seeds and starts on a thread once the window shows
        from station.server.demo_start import DemoServer

        embedded = DemoServer(paths.data / "demo-server")
        settings = settings.with_overrides(server={"url": embedded.url})
    station = build(app, settings, store, preferences_folder=paths.data, window=window)
    import qasync  # after the window is made: the log-in screen needs only Qt

    if embedded is not None:
        station.on_shutdown.append(embedded.stop)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    # Not run_until_complete: qasync's processes Qt events once more after the loop has stopped,
    # and a coroutine step run then finds no running loop.
    station.window.closing.connect(loop.stop)
    station.worker.start()
    station.window.start()
    keep_startup_objects()
    for action in ([embedded.start] if embedded is not None else []) + [load_the_rest]:
        QTimer.singleShot(0, action)  # the window has painted already (first_screen)
    with loop:
        loop.run_forever()
        station.shutdown()
    return 0
