"""TLS: station-server serves https with a certificate, and the station trusts only what it was told to."""

from __future__ import annotations

import asyncio
import ssl
from pathlib import Path

import pytest
import trustme

from station.api import errors as e
from station.api.client import ServerClient
from station.api.transport import make_http_client
from station.server.cli import main
from tests.helpers.access import server_process


@pytest.fixture
def warehouse_ca(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A warehouse's own certificate authority and a server certificate it signed: (CA, cert, key)."""
    ca = trustme.CA()
    issued = ca.issue_cert("127.0.0.1", "localhost")
    ca_file, cert_file, key_file = tmp_path / "ca.pem", tmp_path / "server.pem", tmp_path / "server.key"
    ca.cert_pem.write_to_path(str(ca_file))
    issued.private_key_and_cert_chain_pem.write_to_path(str(cert_file))
    issued.private_key_pem.write_to_path(str(key_file))
    return ca_file, cert_file, key_file


def health(url: str, ca_bundle: Path | None) -> str:
    async def ask() -> str:
        async with make_http_client(url, ca_bundle=ca_bundle) as http:
            return (await ServerClient(http).health()).status

    return asyncio.run(ask())


def test_the_server_speaks_https_and_the_station_checks_its_certificate(
    tmp_path: Path, warehouse_ca: tuple[Path, Path, Path]
) -> None:
    """Issue 13: there was no TLS option; plain http belongs only on a trusted network."""
    ca_file, cert_file, key_file = warehouse_ca
    trusted = ssl.create_default_context(cafile=str(ca_file))
    args = ("--ssl-certfile", str(cert_file), "--ssl-keyfile", str(key_file), "--log-level", "WARNING")
    with server_process(tmp_path / "server", *args, scheme="https", verify=trusted) as (url, _):
        assert health(url, ca_file) == "healthy"
        with pytest.raises(e.ServerUnavailable) as untrusted:
            health(url, None)  # the system's trust store does not know the warehouse's CA
        assert "certificate is not trusted" in untrusted.value.sentence


def test_a_certificate_that_cannot_be_used_is_refused_in_one_sentence(
    tmp_path: Path, warehouse_ca: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    _, cert_file, _ = warehouse_ca
    assert main(["--data-dir", str(tmp_path), "--ssl-certfile", str(cert_file), "--ssl-keyfile",
                 str(tmp_path / "missing.key")]) == 2  # fmt: skip
    said = capsys.readouterr().err
    assert said.startswith("station-server: The certificate") and "cannot be used" in said
    assert main(["--data-dir", str(tmp_path), "--ssl-certfile", str(cert_file)]) == 2
    assert "both --ssl-certfile and --ssl-keyfile" in capsys.readouterr().err
