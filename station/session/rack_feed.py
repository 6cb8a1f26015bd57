"""Live rack events from ``/ws/updates`` (QtWebSockets); when that fails, a poll every few seconds."""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import ValidationError
from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtNetwork import (
    QAbstractSocket,
    QNetworkProxy,
    QNetworkRequest,
    QSsl,
    QSslCertificate,
    QSslConfiguration,
    QSslSocket,
)
from PySide6.QtWebSockets import QWebSocket

from station import contract
from station.api.transport import proxy_for

log = logging.getLogger(__name__)

POLL_MS = 5000
RECONNECT_MS = 30_000


def feed_tls(ca_bundle: Path | None = None) -> QSslConfiguration:
    """The live feed's TLS trust, the same as the sync client's (``station.api.transport.tls_context``).

    Qt trusts the operating system's store; ``server.ca_bundle`` replaces it, and the peer is always verified.
    """
    config = QSslConfiguration.defaultConfiguration()
    config.setPeerVerifyMode(QSslSocket.PeerVerifyMode.VerifyPeer)
    if ca_bundle is not None:
        certificates = QSslCertificate.fromPath(str(ca_bundle), QSsl.EncodingFormat.Pem)
        if not certificates:
            log.warning("no certificate in %s: the live feed trusts no server and polls instead", ca_bundle)
        config.setCaCertificates(certificates)  # an empty list trusts nothing; never the system's store
    return config


def feed_proxy(server_url: str, setting: str = "") -> QNetworkProxy:
    """The live feed's proxy, decided as the sync client's is (``proxy_for``), not by Qt's own reading of the system.

    Qt would send even ``ws://127.0.0.1`` (``--demo``) through the system's proxy.
    """
    chosen = proxy_for(server_url, setting)
    if chosen is None:
        return QNetworkProxy(QNetworkProxy.ProxyType.NoProxy)
    parts = urlsplit(chosen)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return QNetworkProxy(
        QNetworkProxy.ProxyType.HttpProxy, parts.hostname or "", port, parts.username or "", parts.password or ""
    )


class RackFeed(QObject):
    """Tells the rack grid when to look again.

    Signals:
        updated(RackUpdate): an event for one rack arrived.
        poll(): the live feed is down; fetch the racks again now.
        live_changed(bool): whether events are arriving live.
    """

    updated = Signal(object)
    poll = Signal()
    live_changed = Signal(bool)

    def __init__(self, ca_bundle: Path | None = None, proxy: str = "") -> None:
        super().__init__()
        # The socket and its TLS trust are made by ``start``: making them loads OpenSSL and the
        # system's certificates (~0.1 s), which would delay the log-in screen.
        self._socket: QWebSocket | None = None
        self._tls: QSslConfiguration | None = None
        self._ca_bundle = ca_bundle
        self._poller = QTimer(self)
        self._poller.setObjectName("rack-poll")
        self._poller.setInterval(POLL_MS)
        self._poller.timeout.connect(self.poll)
        self._reconnect = QTimer(self)
        self._reconnect.setObjectName("rack-feed-reconnect")
        self._reconnect.setSingleShot(True)
        self._reconnect.setInterval(RECONNECT_MS)
        self._reconnect.timeout.connect(self._open)
        self._url = ""
        self._token = ""
        self._proxy_setting = proxy
        self.live = False

    @property
    def tls(self) -> QSslConfiguration:
        """The TLS trust of the feed's socket (made when first asked for)."""
        if self._tls is None:
            self._tls = feed_tls(self._ca_bundle)
        return self._tls

    def _made_socket(self) -> QWebSocket:
        if self._socket is None:
            self._socket = QWebSocket()
            self._socket.setSslConfiguration(self.tls)
            self._socket.textMessageReceived.connect(self._on_message)
            self._socket.connected.connect(self._on_connected)
            self._socket.disconnected.connect(self._on_disconnected)
            self._socket.errorOccurred.connect(self._on_error)
        return self._socket

    def start(self, server_url: str, token: str) -> None:
        """Listen to ``server_url``'s events; poll until the socket is up."""
        base = server_url.replace("https://", "wss://", 1).replace("http://", "ws://", 1)
        self._url, self._token = f"{base}/ws/updates", token
        self._made_socket().setProxy(feed_proxy(server_url, self._proxy_setting))
        self._poller.start()
        self._open()

    def set_token(self, token: str | None) -> None:
        """Use ``token`` from the next connection on (a renewed one; any thread may call this).

        An open socket is closed by the server when its token expires; the feed then polls and
        reconnects with the newest token it was given. ``Credentials.listen(feed.set_token)`` keeps it so.
        """
        self._token = token or ""

    def stop(self) -> None:
        self._poller.stop()
        self._reconnect.stop()
        self._url = ""
        if self._socket is not None:
            self._socket.abort()
        self._set_live(False)

    def _open(self) -> None:
        if not self._url:
            return
        request = QNetworkRequest(QUrl(self._url))
        request.setSslConfiguration(self.tls)
        # In a header, never in the address: addresses end up in logs.
        request.setRawHeader(b"Authorization", f"Bearer {self._token}".encode())
        self._made_socket().open(request)

    def _on_connected(self) -> None:
        self._poller.stop()
        self._set_live(True)
        self.poll.emit()  # catch up with what happened before the socket was up

    def _on_disconnected(self) -> None:
        self._set_live(False)
        if self._url:
            self._poller.start()
            self._reconnect.start()

    def _on_error(self, error: QAbstractSocket.SocketError) -> None:
        log.info("live rack events unavailable (%s); polling every %d s", error, POLL_MS // 1000)

    def _on_message(self, text: str) -> None:
        try:
            self.updated.emit(contract.RackUpdate.model_validate_json(text))
        except ValidationError:
            log.warning("ignored a rack event this station cannot read: %.200s", text)

    def _set_live(self, live: bool) -> None:
        if live != self.live:
            self.live = live
            self.live_changed.emit(live)
