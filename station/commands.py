"""Headless commands for support staff: ``station status`` and ``station sync``."""

from __future__ import annotations

import asyncio
import getpass
import json
import os
import sys
import time
from dataclasses import asdict
from typing import TextIO

from station.api import errors as api_errors
from station.api.client import ServerClient
from station.api.profile import Flavour
from station.api.transport import make_http_client
from station.config import Settings
from station.domain.backoff import BackoffPolicy
from station.domain.clock import SystemClock
from station.paths import StationPaths
from station.store.conflicts import Conflicts
from station.store.database import Store
from station.store.outbox import Outbox
from station.store.sessions import Sessions
from station.sync.engine import SyncEngine

EXIT_DONE = 0
EXIT_LEFT = 1
PASSWORD_ENV = "STATION_PASSWORD"


def policy_of(settings: Settings) -> BackoffPolicy:
    return BackoffPolicy(
        base=settings.sync.backoff_base_s, cap=settings.sync.backoff_cap_s, stall_after=settings.sync.stall_after
    )


def status(store: Store, settings: Settings, paths: StationPaths, *, as_json: bool, out: TextIO = sys.stdout) -> int:
    """Print the queue, stalled lines, conflicts and the active session; reads the database only."""
    outbox = Outbox(store, policy_of(settings))
    counts = outbox.counts()
    session = Sessions(store, SystemClock()).active()
    unsent = Conflicts(store, SystemClock()).unsent()
    facts = {
        "database": str(paths.database),
        "server": settings.server.url,
        "waiting": counts.waiting,
        "stalled": counts.stalled,
        "conflicts": counts.conflicts,
        "decisions_not_sent": len(unsent),
        "last_error": outbox.last_error(),
        "active_session": asdict(session) if session else None,
    }
    if as_json:
        print(json.dumps(facts, indent=2), file=out)
        return EXIT_DONE
    print(f"Database: {paths.database}", file=out)
    print(f"Server: {settings.server.url}", file=out)
    stalled = f" ({counts.stalled} stalled: retried at every wake)" if counts.stalled else ""
    print(f"Waiting to sync: {counts.waiting} lines{stalled}", file=out)
    print(f"Conflicts waiting for a supervisor: {counts.conflicts}", file=out)
    if unsent:
        print(f"Supervisors' decisions made here, not yet sent: {len(unsent)} (they go when a supervisor "
              "opens F9 with the server reachable)", file=out)  # fmt: skip
    if session:
        print(f"Active session: rack {session.rack_id} on {session.floor}, {session.username}, {session.status} "
              f"(session {session.session_id}); last heartbeat {session.last_heartbeat or 'none yet'}",
              file=out)  # fmt: skip
    else:
        print("Active session: none", file=out)
    if facts["last_error"]:
        print(f"Last error: {facts['last_error']}", file=out)
    return EXIT_DONE


def sync(store: Store, settings: Settings, *, user: str | None, timeout_s: float, out: TextIO = sys.stdout) -> int:
    """Send what is waiting; 0 when nothing is left to send, 1 otherwise (saying why)."""
    outbox = Outbox(store, policy_of(settings))
    if outbox.counts().waiting == 0:
        print(f"Nothing to send. {_conflicts_note(outbox)}".strip(), file=out)
        return EXIT_DONE
    if not user:
        print(f"{outbox.counts().waiting} lines are waiting; name the user to send them as with --user.", file=out)
        return EXIT_LEFT
    secret = os.environ.get(PASSWORD_ENV) or getpass.getpass(f"Password or PIN for {user}: ")
    return asyncio.run(_drain(outbox, settings, user, secret, timeout_s, out))


async def _drain(outbox: Outbox, settings: Settings, user: str, secret: str, timeout_s: float, out: TextIO) -> int:
    http = make_http_client(
        settings.server.url,
        connect_timeout=settings.server.connect_timeout_s,
        read_timeout=settings.server.read_timeout_s,
        ca_bundle=settings.server.ca_bundle,
        proxy=settings.server.proxy,
    )
    client = ServerClient(http, flavour=Flavour(settings.server.flavour))
    engine = SyncEngine(outbox, client, SystemClock(), policy_of(settings), batch_size=settings.sync.batch_size,
                        parallel=settings.sync.parallel_batches)  # fmt: skip
    deadline = time.monotonic() + timeout_s
    try:
        if secret.isdigit() and 4 <= len(secret) <= 8:
            await client.login_pin(user, secret)
        else:
            await client.login(user, secret)
        outbox.wake_stalled()
        while True:
            report = await engine.run_pass()
            waiting = outbox.counts().waiting
            print(f"Sent {report.sent} lines: {report.synced} taken, {report.conflicts} refused, "
                  f"{report.retry} to retry; {waiting} waiting.", file=out)  # fmt: skip
            if waiting == 0:
                print(f"Everything is sent. {_conflicts_note(outbox)}".strip(), file=out)
                return EXIT_DONE
            left = deadline - time.monotonic()
            if report.needs_login or report.next_due_in is None or report.next_due_in > left:
                reason = report.error or "the next try is due after the time allowed"
                print(f"{waiting} lines are still waiting: {reason}", file=out)
                return EXIT_LEFT
            await asyncio.sleep(report.next_due_in)
    except api_errors.ApiError as failure:
        print(f"{outbox.counts().waiting} lines are still waiting: {failure.sentence}", file=out)
        return EXIT_LEFT
    finally:
        await http.aclose()


def _conflicts_note(outbox: Outbox) -> str:
    conflicts = outbox.counts().conflicts
    return f"{conflicts} lines wait for a supervisor (conflicts)." if conflicts else ""
