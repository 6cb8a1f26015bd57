"""A sign-in token whose claims have the wrong types is refused with a 401, never a 500."""

from __future__ import annotations

import jwt
import pytest

from station.server.security import ALGORITHM, ISSUER
from tests.helpers.server import SECRET, Harness


@pytest.mark.parametrize("claims", [{"exp": "tomorrow"}, {"iat": "now"}, {"exp": True}, {"exp": [1]}])
def test_a_token_with_a_string_exp_is_a_401(server: Harness, claims: dict[str, object]) -> None:
    now = int(server.clock.wall().timestamp())
    forged = {"sub": "supervisor", "role": "supervisor", "iat": now, "exp": now + 60, "iss": ISSUER, **claims}
    token = jwt.encode(forged, SECRET, algorithm=ALGORITHM)
    answer = server.call("GET", "/api/racks/floors", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 401 and answer.json()["detail"] == "The sign-in token is not valid; log in again."
