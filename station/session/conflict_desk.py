"""``ConflictDesk``: a supervisor's authorisation, conflicts side by side, and decisions never lost.

What the F9 dialog asks of the station: the conflicts of this station and of the server, joined.

A decision is kept in the local store before it is sent; one that cannot be sent now (the server is
away) is "resolved here, not yet sent" and goes when the server is back, with the credentials of the
supervisor who made it, held in memory only. After a restart such decisions wait for the next
supervisor to open F9. A server that cannot take decisions at all (StockVerify as it ships: its
conflicts API refuses every token) gets none: the decision settles the line at this station only,
kept with who decided, the note and why it was not sent, and is never sent or retried; the same
lines are settled in StockVerify, and F10 then checks this station's count against the server's.

The supervisor's token is used for the desk's calls only, never for the counter's, and is dropped
when the dialog closes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from station import contract
from station.api import errors
from station.api.client import ServerClient
from station.i18n import QT_TRANSLATE_NOOP, translate
from station.said import Said
from station.said import translate as said
from station.session import words
from station.session.conflict_rows import (
    FIELDS,
    HERE_ONLY,
    ConflictRow,
    Decided,
    Listing,
    Settlement,
    Supervisor,
    explain,
)
from station.session.failures import failure_of, sign_in_refused
from station.session.serial_holder import elsewhere, holder
from station.session.values import Failure
from station.store.conflicts import Conflicts, Decision, LocalConflict, Unsent
from station.store.errors import StoreError

log = logging.getLogger(__name__)


class ConflictDesk:
    """Conflicts and their resolution, for the F9 dialog."""

    def __init__(self, client: ServerClient, conflicts: Conflicts, *, on_settled: Callable[[], None] = lambda: None):
        self._client = client
        self._conflicts = conflicts
        self._on_settled = on_settled
        self._holding: Supervisor | None = None  # who decided what waits to be sent, until it is sent

    # --- who may decide ---------------------------------------------------------------------------

    async def authorise(self, username: str, pin: str) -> Supervisor | Failure:
        """The supervisor, or why not. With the server away, the PIN is checked when it is back, and
        decisions made meanwhile are only kept here until then."""
        username = username.strip()
        if not username or not pin:
            return Failure(translate("conflict_desk", "Type the supervisor's user name and PIN."))
        try:
            answer = await self._client.authorise(username, pin)
        except errors.Unauthorized as wrong:
            return sign_in_refused(wrong, words.wrong_secret(False))
        except errors.ServerUnavailable:
            return Supervisor(username, None, pin, verified=False)
        except errors.ApiError as failure:
            return failure_of(failure)
        role = answer.user.role if answer.user else contract.Role.STAFF
        if role not in (contract.Role.SUPERVISOR, contract.Role.ADMIN):
            return Failure(
                translate(
                    "conflict_desk", "{user} is not a supervisor. Only a supervisor or an admin may resolve conflicts."
                ).format(user=username)
            )
        return Supervisor(username, answer.access_token, pin)

    async def sign_off(self, supervisor: Supervisor) -> None:
        """The supervisor is done here: their one-call log-in ends on the server (the counter's stays)."""
        if supervisor.token is not None:
            await self._client.logout(token=supervisor.token)

    # --- what waits -------------------------------------------------------------------------------

    async def load(self, supervisor: Supervisor) -> Listing:
        """This station's open conflicts, joined with the server's pending ones when it can be asked."""
        try:
            return await self._load(supervisor)
        except StoreError as broken:
            return Listing([], failure_of(broken).sentence, online=False)

    async def _load(self, supervisor: Supervisor) -> Listing:
        local = self._conflicts.open()
        if supervisor.token is None:
            offline = translate("conflict_desk", _OFFLINE)
            return Listing([_from_local(conflict, None) for conflict in local], offline, online=False)
        try:
            if not self._client.profile.resolves_conflicts:
                raise errors.Unsupported(Said("conflict_desk", NO_DECISIONS))
            remote = await self._client.conflicts("pending", token=supervisor.token)
        except errors.ServerUnavailable as down:
            return Listing([_from_local(conflict, None) for conflict in local], down.sentence, online=False)
        except errors.ApiError as failure:
            return Listing([_from_local(conflict, None) for conflict in local], failure.sentence, online=False)
        by_key = {(s.client_record_id, s.conflict_type): s for s in remote}
        links = {}
        rows = []
        unlisted = []
        for conflict in local:
            server = by_key.pop((conflict.client_record_id, conflict.conflict_type), None)
            if server is not None and conflict.server_conflict_id != server.id:
                links[conflict.id] = server.id
            if server is None and conflict.decision is None:
                unlisted.append(conflict)
            rows.append(_from_local(conflict, server))
        if links:
            self._conflicts.link(links)
        settled = await self._settled_elsewhere(supervisor, unlisted)
        rows = [row for row in rows if row.local_id not in settled]
        waiting = {u.decision.server_conflict_id for u in self._conflicts.unsent()}
        rows.extend(_from_server(s) for s in by_key.values() if s.id not in waiting)
        rows.sort(key=lambda row: (row.rack_id, row.session_id, row.detected_at or _EPOCH))
        return Listing(rows)

    async def _settled_elsewhere(self, supervisor: Supervisor, unlisted: list[LocalConflict]) -> set[int]:
        """Local conflicts the server no longer lists as pending because someone settled them at
        another station: they stop waiting here too. Their ids."""
        if not unlisted:
            return set()
        try:
            every = await self._client.conflicts("all", token=supervisor.token)
        except errors.ApiError as failure:
            log.info("could not check conflicts settled elsewhere: %s", failure.sentence)
            return set()
        done = {(s.client_record_id, s.conflict_type): s for s in every if s.status != contract.ConflictStatus.PENDING}
        settled = [
            (conflict.id, elsewhere.resolution or contract.Resolution.IGNORE, elsewhere.settled_line)
            for conflict in unlisted
            if (elsewhere := done.get((conflict.client_record_id, conflict.conflict_type))) is not None
        ]
        if settled:
            self._conflicts.settled_elsewhere(settled)
            self._on_settled()
        return {conflict_id for conflict_id, _, _ in settled}

    # --- deciding ---------------------------------------------------------------------------------

    async def resolve(
        self,
        supervisor: Supervisor,
        rows: list[ConflictRow],
        resolution: contract.Resolution,
        note: str,
        merged: contract.MergedCount | None = None,
    ) -> Settlement:
        """Keep the decisions, then send them; a decision the server cannot take now stays kept."""
        note = note.strip()
        if not note:
            return Settlement(refused=[translate("conflict_desk", "Write a note: why this decision.")])
        if resolution is contract.Resolution.MERGE and merged is None:
            return Settlement(refused=[translate("conflict_desk", "A recount needs the counted quantities.")])
        decisions = [
            Decision(
                resolution=resolution,
                note=note,
                decided_by=supervisor.username,
                conflict_id=row.local_id,
                server_conflict_id=row.server_id,
                merged=merged,
            )
            for row in rows
        ]
        try:
            ids = self._conflicts.decide(decisions)
        except StoreError as failure:
            return Settlement(refused=[failure_of(failure).sentence])
        if not supervisor.verified:
            self._holding = supervisor
            self._on_settled()
            return Settlement(kept=len(ids))
        outcome = await self._send(supervisor, [u for u in self._conflicts.unsent() if u.id in set(ids)])
        self._on_settled()
        return outcome

    async def send_unsent(self, supervisor: Supervisor | None = None) -> Settlement:
        """Send what was decided here and not sent yet: with ``supervisor``'s token, or with the
        credentials of the supervisor who decided while the server was away."""
        unsent = self._conflicts.unsent()
        if not unsent:
            return Settlement()
        if supervisor is None or supervisor.token is None:
            holding = supervisor if supervisor is not None else self._holding
            if holding is None:
                return Settlement(kept=len(unsent))
            checked = await self.authorise(holding.username, holding.secret)
            if isinstance(checked, Failure) or not checked.verified:
                if isinstance(checked, Failure):  # the PIN given while offline was not accepted
                    not_sent = said("conflict_desk", "Not sent: {why} A supervisor must decide again (F9).")
                    self._withdraw_all(unsent, not_sent.format(why=checked.sentence))
                    self._holding = None
                    self._on_settled()
                    return Settlement(refused=[checked.sentence])
                return Settlement(kept=len(unsent))
            supervisor = checked
        outcome = await self._send(supervisor, unsent)
        if not outcome.kept:
            self._holding = None
        self._on_settled()
        return outcome

    async def _send(self, supervisor: Supervisor, unsent: list[Unsent]) -> Settlement:
        outcome = Settlement()
        try:
            if not self._client.profile.resolves_conflicts:
                raise errors.Unsupported(Said("conflict_rows", HERE_ONLY))
            if any(u.decision.server_conflict_id is None and u.decision.conflict_id is not None for u in unsent):
                await self._link(supervisor)  # learn the server's ids of this station's conflicts, then read again
        except errors.Unsupported as cannot:
            for waiting in unsent:
                self._here_only(waiting, outcome, cannot.said)
            return outcome
        if any(u.decision.server_conflict_id is None and u.decision.conflict_id is not None for u in unsent):
            requested = {u.id for u in unsent}
            unsent = [u for u in self._conflicts.unsent() if u.id in requested]
        for waiting in unsent:
            server_id = waiting.decision.server_conflict_id or self._linked(waiting)
            if server_id is None:
                outcome.kept += 1
                self._conflicts.failed(
                    waiting.id, said("conflict_desk", "The server has not listed this conflict yet.")
                )
                continue
            d = waiting.decision
            body = contract.ConflictResolution(resolution=d.resolution, merged_data=d.merged, resolution_note=d.note)
            try:
                answer = await self._client.resolve(server_id, body, token=supervisor.token)
            except errors.ServerUnavailable as down:
                self._conflicts.failed(waiting.id, down.said)
                outcome.kept += 1
                continue
            except errors.Unsupported as cannot:
                self._here_only(waiting, outcome, cannot.said)
                continue
            except errors.LeaseConflict as settled:  # 409: someone settled it already, or a serial is taken
                if "settled already" in settled.detail:
                    first = await self._settled_first(supervisor, server_id)
                    if first is None:
                        self._conflicts.failed(waiting.id, settled.said)
                        outcome.kept += 1
                        continue
                    resolution = first.resolution or contract.Resolution.IGNORE
                    self._conflicts.sent(waiting.id, first.settled_line, resolution=resolution)
                    outcome.refused.append(settled.sentence)
                else:
                    self._conflicts.withdraw(waiting.id, settled.said)
                    outcome.refused.append(settled.sentence)
                continue
            except errors.ApiError as failure:  # 403 (not a supervisor), 404, 422 (a recount that breaks a rule)
                self._conflicts.withdraw(waiting.id, failure.said)
                outcome.refused.append(failure.sentence)
                continue
            self._conflicts.sent(waiting.id, answer.settled_line)
            outcome.sent += 1
        return outcome

    def _here_only(self, waiting: Unsent, outcome: Settlement, why: Said | str) -> None:
        """The server cannot take the decision at all: it settles the line at this station only (kept,
        with why it was not sent), so that F10 compares this count with what was settled there."""
        self._conflicts.sent(waiting.id, None)
        self._conflicts.failed(waiting.id, said("conflict_desk", "Decided at this station only: {why}").format(why=why))
        outcome.here += 1

    async def _settled_first(self, supervisor: Supervisor, server_id: str) -> contract.ServerConflict | None:
        """How someone else settled the conflict first, or ``None`` when the server cannot say now."""
        try:
            every = await self._client.conflicts("all", token=supervisor.token)
        except errors.ApiError as failure:
            log.info("could not learn how conflict %s was settled: %s", server_id, failure.sentence)
            return None
        return next((s for s in every if s.id == server_id and s.status != contract.ConflictStatus.PENDING), None)

    async def _link(self, supervisor: Supervisor) -> None:
        try:
            remote = await self._client.conflicts("pending", token=supervisor.token)
        except errors.Unsupported:
            raise  # the server takes no decisions at all: nothing to link them to
        except errors.ApiError as failure:
            log.info("could not list the server's conflicts: %s", failure.sentence)
            return
        by_key = {(s.client_record_id, s.conflict_type): s.id for s in remote}
        links = {
            conflict.id: by_key[(conflict.client_record_id, conflict.conflict_type)]
            for conflict in self._conflicts.open()
            if (conflict.client_record_id, conflict.conflict_type) in by_key
        }
        if links:
            self._conflicts.link(links)

    def _linked(self, waiting: Unsent) -> str | None:
        for conflict in self._conflicts.open():
            if conflict.id == waiting.decision.conflict_id:
                return conflict.server_conflict_id
        return None

    def _withdraw_all(self, unsent: list[Unsent], sentence: Said) -> None:
        for waiting in unsent:
            self._conflicts.withdraw(waiting.id, sentence)

    @property
    def holding(self) -> bool:
        """Whether decisions wait to be sent with credentials held in memory."""
        return self._holding is not None


_OFFLINE = QT_TRANSLATE_NOOP(
    "conflict_desk",
    "The server cannot be reached: only this station's conflicts are shown. Decisions are kept here and "
    "sent when the server is back.",
)
NO_DECISIONS = QT_TRANSLATE_NOOP(
    "conflict_desk",
    "This server cannot list or take supervisors' decisions: only this station's conflicts are shown. A decision "
    "here settles the line at this station only; settle the same lines in StockVerify.",
)
"""Why the F9 dialog lists only this station's conflicts on such a server (English)."""
_EPOCH = datetime.fromtimestamp(0, UTC)


def _station_values(sent: dict[str, Any], username: str) -> dict[str, Any]:
    values = {name: sent[name] for name in FIELDS if sent.get(name) is not None}
    if sent.get("base_version") is not None:
        values["version"] = sent["base_version"]
    if username:
        values["claimed_by"] = username
    return values


def _server_values(data: dict[str, Any]) -> dict[str, Any]:
    return {name: data[name] for name in FIELDS if data.get(name) is not None}


def _from_details(details: dict[str, Any]) -> dict[str, Any]:
    """What the batch answer said of the server's side, when the server's own listing is out of reach."""
    known = {"rack_lock_token": "lock_token", "server_version": "version"}
    return {field: details[key] for key, field in known.items() if details.get(key) is not None}


def _from_local(conflict: LocalConflict, server: contract.ServerConflict | None) -> ConflictRow:
    sent = conflict.sent
    serials = sent.get("serial_numbers") or []
    detected = datetime.fromisoformat(conflict.detected_at.replace("Z", "+00:00"))
    return ConflictRow(
        key=f"local-{conflict.id}",
        conflict_type=conflict.conflict_type,
        explanation=explain(conflict.conflict_type),
        rack_id=sent.get("rack_id", ""),
        session_id=sent.get("session_id", ""),
        item=f"{conflict.item_name} ({sent.get('item_code', '')})",
        counted_by=conflict.username,
        detected_at=detected,
        station=_station_values(sent, conflict.username),
        server=_server_values(server.server_data) if server else _from_details(conflict.details),
        serialized=bool(serials) or bool(server and server.server_data.get("serial_numbers")),
        local_id=conflict.id,
        server_id=server.id if server else conflict.server_conflict_id,
        waiting=_decided(conflict.decision),
        waiting_error=conflict.last_error,
        message=elsewhere(conflict.conflict_type, conflict.details) or conflict.message,
        holder=holder(conflict.conflict_type, conflict.details),
    )


def _decided(decision: Decision | None) -> Decided | None:
    if decision is None:
        return None
    return Decided(decided_by=decision.decided_by, resolution=decision.resolution, note=decision.note)


def _from_server(conflict: contract.ServerConflict) -> ConflictRow:
    local = conflict.local_data
    item = local.get("item_code", "")
    return ConflictRow(
        key=f"server-{conflict.id}",
        conflict_type=conflict.conflict_type,
        explanation=explain(conflict.conflict_type),
        rack_id=conflict.rack_id or local.get("rack_id", ""),
        session_id=conflict.session_id or local.get("session_id", ""),
        item=item,
        counted_by=conflict.counted_by or "",
        detected_at=datetime.fromtimestamp(conflict.detected_at, UTC) if conflict.detected_at else None,
        station=_station_values(local, conflict.counted_by or ""),
        server=_server_values(conflict.server_data),
        serialized=bool(local.get("serial_numbers") or conflict.server_data.get("serial_numbers")),
        server_id=conflict.id,
        message=conflict.message,
    )
