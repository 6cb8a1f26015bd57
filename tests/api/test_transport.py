"""The transport behind a warehouse's network: which proxy per server, what TLS trusts (issue 18)."""

from __future__ import annotations

import ssl
from pathlib import Path

import httpx
import pytest
import trustme
import truststore
from PySide6.QtNetwork import QNetworkProxy, QSslCertificate, QSslConfiguration, QSslSocket
from pytestqt.qtbot import QtBot

from station.api.transport import is_loopback, make_http_client, proxy_for
from station.config import ConfigError, ServerSettings, load_settings
from station.paths import StationPaths
from station.session.rack_feed import RackFeed, feed_proxy, feed_tls
from tests.helpers.access import server_process

PROXY = {"http": "http://proxy.corp:3128", "https": "proxy.corp:3128"}


def system_proxy(url: str, *, bypassed: tuple[str, ...] = ()) -> str | None:
    """The decision with a system proxy and a bypass list as Windows or macOS would give them."""
    return proxy_for(url, "", system=lambda: PROXY, bypass=lambda host: host in bypassed)


def proxy_of(client: httpx.AsyncClient) -> str | None:
    """The proxy every request of ``client`` goes through, read from its mounts (no network)."""
    urls = [t._pool._proxy_url for t in client._mounts.values() if isinstance(t, httpx.AsyncHTTPTransport)]  # type: ignore[attr-defined]
    assert len(urls) <= 1
    return f"{urls[0].scheme.decode()}://{urls[0].host.decode()}:{urls[0].port}" if urls else None


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:8000", "http://localhost:8765", "http://[::1]:8000", "https://127.0.5.1", "http://LOCALHOST."],
)
def test_the_station_s_own_computer_is_never_reached_through_a_proxy(url: str) -> None:
    assert system_proxy(url) is None  # --demo, --self-test, a server on this PC
    assert proxy_for(url, "http://proxy.corp:3128") is None  # not even an explicit one


def test_the_system_proxy_is_used_unless_its_bypass_list_names_the_server() -> None:
    assert system_proxy("https://stock.example.com") == "http://proxy.corp:3128"  # scheme added where missing
    assert system_proxy("http://stock-server:8000", bypassed=("stock-server",)) is None  # a LAN name, "<local>"
    assert system_proxy("http://10.1.2.3:8000", bypassed=("10.1.2.3",)) is None
    assert proxy_for("https://stock.example.com", "", system=dict, bypass=lambda _h: False) is None  # no proxy set


def test_a_system_socks_proxy_httpx_cannot_use_means_direct_not_a_crash_at_start_up() -> None:
    socks = {"https": "socks4://proxy.corp:1080"}  # what Windows' registry gives for a "socks=" entry
    assert proxy_for("https://stock.example.com", "", system=lambda: socks, bypass=lambda _h: False) is None


def test_the_setting_none_and_a_url_override_the_system() -> None:
    assert proxy_for("https://stock.example.com", "none", system=lambda: PROXY) is None
    explicit = proxy_for("https://stock.example.com", "http://other:8080", system=dict, bypass=lambda _h: True)
    assert explicit == "http://other:8080"


def test_the_client_is_mounted_on_the_decided_proxy_and_ignores_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("https_proxy", "no_proxy", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)  # lowercase ones win over HTTPS_PROXY in urllib
    monkeypatch.setenv("HTTPS_PROXY", "http://env-proxy:1")
    monkeypatch.setenv("NO_PROXY", "")
    assert proxy_of(make_http_client("https://127.0.0.1:8000")) is None  # httpx alone would take env-proxy
    assert proxy_of(make_http_client("https://stock.example.com", proxy="none")) is None
    assert proxy_of(make_http_client("https://stock.example.com", proxy="http://other:8080")) == "http://other:8080"
    assert proxy_of(make_http_client("https://stock.example.com")) == "http://env-proxy:1"  # the system's
    monkeypatch.setenv("NO_PROXY", "stock.example.com")
    assert proxy_of(make_http_client("https://stock.example.com")) is None


@pytest.mark.parametrize("value", ["", "none", "NONE", "http://proxy:3128", "https://proxy.corp"])
def test_the_proxy_setting_accepts_system_none_or_an_address(value: str) -> None:
    assert ServerSettings(proxy=value).proxy in ("", "none", value)


@pytest.mark.parametrize("value", ["proxy:3128", "socks5://proxy:1080", "ftp://x"])
def test_a_proxy_setting_that_is_not_an_address_is_refused_with_a_sentence(value: str) -> None:
    with pytest.raises(ValueError, match="an address such as http://proxy:3128"):
        ServerSettings(proxy=value)


def test_the_proxy_comes_from_the_file_or_the_environment_and_a_bad_one_is_one_sentence(tmp_path: Path) -> None:
    paths = StationPaths.resolve(tmp_path).ensure()
    assert load_settings(paths, environ={}).settings.server.proxy == ""  # the documented default: the system's
    loaded = load_settings(paths, environ={"STATION_SERVER_PROXY": "none"}).settings
    assert loaded.server.proxy == "none"
    paths.config_file.write_text('[server]\nproxy = "proxy.corp:3128"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(paths, environ={})
    assert "server.proxy" in caught.value.sentence and "http://proxy:3128" in caught.value.sentence


def ssl_context_of(client: httpx.AsyncClient) -> ssl.SSLContext:
    context = client._transport._pool._ssl_context  # type: ignore[attr-defined]
    assert isinstance(context, ssl.SSLContext)
    return context


def test_tls_trusts_the_operating_system_s_store_by_default() -> None:
    context = ssl_context_of(make_http_client("https://stock.example.com"))
    assert isinstance(context, truststore.SSLContext)  # a CA pushed by GPO/MDM is trusted
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname


def test_a_ca_file_replaces_the_system_store_and_verification_stays_on(tmp_path: Path) -> None:
    ca = trustme.CA()
    bundle = tmp_path / "warehouse-ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    context = ssl_context_of(make_http_client("https://stock.example.com", ca_bundle=bundle))
    assert not isinstance(context, truststore.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert len(context.get_ca_certs()) == 1  # only the warehouse's CA: the file pins the station to it


def test_the_live_feed_trusts_what_the_sync_client_trusts(qapp: object, tmp_path: Path) -> None:
    ca = trustme.CA()
    bundle = tmp_path / "warehouse-ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    pinned = feed_tls(bundle)
    assert [c.toPem() for c in pinned.caCertificates()] == [c.toPem() for c in QSslCertificate.fromPath(str(bundle))]
    assert pinned.peerVerifyMode() == QSslSocket.PeerVerifyMode.VerifyPeer
    system = feed_tls(None)
    assert system.peerVerifyMode() == QSslSocket.PeerVerifyMode.VerifyPeer
    assert len(system.caCertificates()) == len(QSslConfiguration.defaultConfiguration().caCertificates())
    feed = RackFeed(bundle)
    feed.start("https://127.0.0.1:9", "token")
    try:
        assert feed._socket is not None
        assert len(feed._socket.sslConfiguration().caCertificates()) == 1  # the socket the feed opens
    finally:
        feed.stop()


def test_a_ca_file_without_certificates_makes_the_feed_trust_nothing(qapp: object, tmp_path: Path) -> None:
    bundle = tmp_path / "empty.pem"
    bundle.write_text("not a certificate", encoding="utf-8")
    assert feed_tls(bundle).caCertificates() == []


def test_loopback_is_this_computer_only() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("[::1]") and is_loopback("localhost")
    assert not is_loopback("stock-server") and not is_loopback("10.0.0.1") and not is_loopback("localhost.example.com")


def handshake(qtbot: QtBot, port: int, bundle: Path | None) -> str:
    """A TLS handshake with the live feed's configuration: "encrypted", or "refused" on a certificate error."""
    socket = QSslSocket()
    socket.setSslConfiguration(feed_tls(bundle))
    outcome: list[str] = []
    socket.encrypted.connect(lambda: outcome.append("encrypted"))
    socket.sslErrors.connect(lambda _errors: outcome.append("refused"))
    socket.connectToHostEncrypted("127.0.0.1", port)
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    socket.abort()
    return outcome[0]


def test_the_live_feed_s_tls_trusts_the_ca_file_and_nothing_else_against_a_real_server(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The websocket's handshake, not only its settings: the warehouse CA passes, the system store and no CA fail."""
    ca = trustme.CA()
    issued = ca.issue_cert("127.0.0.1")
    ca_file, cert, key, empty = (tmp_path / n for n in ("ca.pem", "server.pem", "server.key", "empty.pem"))
    ca.cert_pem.write_to_path(str(ca_file))
    issued.private_key_and_cert_chain_pem.write_to_path(str(cert))
    issued.private_key_pem.write_to_path(str(key))
    empty.write_text("", encoding="utf-8")
    args = ("--ssl-certfile", str(cert), "--ssl-keyfile", str(key), "--log-level", "WARNING")
    trusted = ssl.create_default_context(cafile=str(ca_file))
    with server_process(tmp_path / "server", *args, scheme="https", verify=trusted) as (url, _):
        port = int(url.rsplit(":", 1)[1])
        for bundle, expected in ((ca_file, "encrypted"), (None, "refused"), (empty, "refused")):
            assert handshake(qtbot, port, bundle) == expected, bundle


def test_the_live_feed_takes_the_same_proxy_decision_not_qt_s(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt alone sends even ws://127.0.0.1 (--demo) through the system's proxy."""
    for name in ("http_proxy", "https_proxy", "no_proxy", "all_proxy", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", "http://env-proxy:3128")
    monkeypatch.setenv("HTTPS_PROXY", "http://env-proxy:3128")
    assert feed_proxy("http://127.0.0.1:8000").type() == QNetworkProxy.ProxyType.NoProxy
    assert feed_proxy("https://stock.example.com", "none").type() == QNetworkProxy.ProxyType.NoProxy
    system = feed_proxy("https://stock.example.com")
    assert (system.type(), system.hostName(), system.port()) == (QNetworkProxy.ProxyType.HttpProxy, "env-proxy", 3128)
    named = feed_proxy("https://stock.example.com", "http://user:pw@other")
    assert (named.hostName(), named.port(), named.user(), named.password()) == ("other", 80, "user", "pw")
    feed = RackFeed()
    feed.start("http://127.0.0.1:9", "token")  # the demo's own server: the socket the feed opens goes direct
    try:
        assert feed._socket is not None and feed._socket.proxy().type() == QNetworkProxy.ProxyType.NoProxy
    finally:
        feed.stop()
