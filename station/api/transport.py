"""The HTTP transport a station uses: timeouts, TLS trust, and whether a proxy stands between it and its server."""

from __future__ import annotations

import ipaddress
import logging
import ssl
import urllib.request
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from station import __version__

if TYPE_CHECKING:  # httpx and truststore are imported when a client is made: not before the log-in screen
    import httpx

log = logging.getLogger(__name__)

NO_PROXY = "none"
"""``server.proxy = "none"``: never a proxy, whatever the system says."""


def is_loopback(host: str) -> bool:
    """Whether ``host`` is this computer (``localhost``, 127.0.0.0/8, ``::1``): never reached through a proxy."""
    name = host.strip("[]").lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def proxy_for(
    server_url: str,
    setting: str = "",
    *,
    system: Callable[[], Mapping[str, str]] = urllib.request.getproxies,
    bypass: Callable[[str], object] = urllib.request.proxy_bypass,
) -> str | None:
    """The proxy to reach ``server_url`` through, or None to connect directly.

    ``setting`` is ``server.proxy``: ``""`` takes the system's proxy (environment variables, the
    Windows registry, macOS network settings) and honours the system's bypass list, which httpx
    alone does not on Windows and macOS; ``"none"`` never uses one; a URL always uses that one.
    The station's own computer is always reached directly (``--demo``, ``--self-test``).
    """
    parts = urlsplit(server_url)
    host = parts.hostname or ""
    choice = setting.strip()
    if choice.lower() == NO_PROXY or is_loopback(host):
        return None
    if choice:
        return choice
    proxies = system()
    found = proxies.get(parts.scheme) or proxies.get("all")
    if not found or bypass(host):
        return None
    found = found if "://" in found else f"http://{found}"
    if urlsplit(found).scheme not in ("http", "https"):
        log.warning("the system's proxy %s is not an http proxy; connecting directly (set server.proxy)", found)
        return None
    return found


def tls_context(ca_bundle: Path | None = None) -> ssl.SSLContext:
    """What TLS trusts: the operating system's store (a warehouse CA pushed by GPO/MDM included).

    With ``ca_bundle`` set, that file *replaces* the system's store: an administrator who names a
    CA file pins the station to it, as the live feed does (``RackFeed``). Verification is never off.
    """
    if ca_bundle is not None:
        return ssl.create_default_context(cafile=str(ca_bundle))
    import truststore

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def make_http_client(
    base_url: str,
    *,
    connect_timeout: float = 3.0,
    read_timeout: float = 10.0,
    ca_bundle: Path | None = None,
    proxy: str = "",
    transport: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` for one server.

    TLS is always verified (see :func:`tls_context`); the proxy is decided once for this server
    (see :func:`proxy_for`), so httpx's own reading of the environment is switched off.
    """
    import httpx

    return httpx.AsyncClient(
        base_url=base_url,
        timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
        verify=tls_context(ca_bundle),
        proxy=None if transport is not None else proxy_for(base_url, proxy),
        trust_env=False,
        headers={"User-Agent": f"Station/{__version__}"},
        transport=transport,
    )
