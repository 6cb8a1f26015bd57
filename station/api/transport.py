"""The HTTP transport a station uses: timeouts, TLS verification, a warehouse's own CA bundle."""

from __future__ import annotations

import ssl
from pathlib import Path

import httpx

from station import __version__


def make_http_client(
    base_url: str,
    *,
    connect_timeout: float = 3.0,
    read_timeout: float = 10.0,
    ca_bundle: Path | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` for one server.

    TLS is always verified: against the system's trust store, or against ``ca_bundle`` when a
    warehouse runs its own certificate authority.
    """
    verify: ssl.SSLContext | bool = True
    if ca_bundle is not None:
        verify = ssl.create_default_context(cafile=str(ca_bundle))
    return httpx.AsyncClient(
        base_url=base_url,
        timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
        verify=verify,
        headers={"User-Agent": f"Station/{__version__}"},
        transport=transport,
    )
