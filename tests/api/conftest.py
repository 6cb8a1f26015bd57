"""The client's tests: a mocked server at one address, and a client of it that has not found out its server yet."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import respx

from station.api.client import ServerClient
from station.api.transport import make_http_client
from tests.helpers.api import BASE


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        yield router


@pytest.fixture
def client() -> ServerClient:
    """A client that has not found out its server yet (``auto``)."""
    return ServerClient(make_http_client(BASE))
