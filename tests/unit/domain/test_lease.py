"""The lease state machine: every transition, and a suspended laptop that must not trust its lease."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.domain.clock import FakeClock
from station.domain.lease import Lease, LeaseState, LeaseTransition

TTL = 60.0
HEARTBEAT = 25.0


def make(clock: FakeClock, **kw: float) -> Lease:
    return Lease(
        clock,
        rack_id="G-R01",
        session_id="s-1",
        ttl=kw.get("ttl", TTL),
        heartbeat_interval=HEARTBEAT,
        lock_token=3,
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_a_new_lease_is_held_with_its_full_ttl(clock: FakeClock) -> None:
    lease = make(clock)
    assert lease.state is LeaseState.HELD and lease.state.may_scan
    assert lease.remaining() == TTL
    assert lease.tick() is None


def test_held_to_at_risk_when_the_renewal_is_late(clock: FakeClock) -> None:
    lease = make(clock, ttl=300)
    clock.advance(HEARTBEAT * 1.5 + 0.1)
    transition = lease.tick()
    assert transition == LeaseTransition(LeaseState.HELD, LeaseState.AT_RISK, "renewal late: none for 38 s")
    assert lease.state.may_scan


def test_held_to_at_risk_when_the_ttl_runs_low(clock: FakeClock) -> None:
    lease = make(clock)
    clock.advance(TTL - HEARTBEAT + 1)  # 24 s left: less than one heartbeat interval
    transition = lease.tick()
    assert transition is not None and transition.after is LeaseState.AT_RISK
    assert transition.reason.startswith("TTL low")


def test_held_to_at_risk_when_a_renewal_fails(clock: FakeClock) -> None:
    lease = make(clock)
    transition = lease.renewal_failed("server unreachable")
    assert transition == LeaseTransition(LeaseState.HELD, LeaseState.AT_RISK, "renewal failed: server unreachable")
    assert lease.renewal_failed("again") is None


def test_at_risk_to_held_when_renewed(clock: FakeClock) -> None:
    lease = make(clock)
    lease.renewal_failed("timeout")
    clock.advance(30)
    transition = lease.renewed(60, lock_token=3)
    assert transition == LeaseTransition(LeaseState.AT_RISK, LeaseState.HELD, "renewed")
    assert lease.remaining() == 60


def test_at_risk_to_expired_when_the_ttl_runs_out(clock: FakeClock) -> None:
    lease = make(clock)
    lease.renewal_failed("timeout")
    clock.advance(TTL)
    transition = lease.tick()
    assert transition is not None and (transition.before, transition.after) == (
        LeaseState.AT_RISK,
        LeaseState.EXPIRED,
    )
    assert not lease.state.may_scan
    assert lease.remaining() == 0


def test_expired_to_held_when_the_server_re_takes_it_for_the_same_session(clock: FakeClock) -> None:
    lease = make(clock)
    clock.advance(TTL + 10)
    lease.tick()
    transition = lease.renewed(60, lock_token=3)
    assert transition == LeaseTransition(LeaseState.EXPIRED, LeaseState.HELD, "re-taken after it expired")
    assert lease.lock_token == 3


@pytest.mark.parametrize("before", [LeaseState.HELD, LeaseState.AT_RISK, LeaseState.EXPIRED])
def test_any_live_state_to_lost_when_another_session_holds_it(clock: FakeClock, before: LeaseState) -> None:
    lease = make(clock)
    if before is LeaseState.AT_RISK:
        lease.renewal_failed("timeout")
    elif before is LeaseState.EXPIRED:
        clock.advance(TTL)
        lease.tick()
    assert lease.state is before
    transition = lease.lost("counter2")
    assert transition == LeaseTransition(before, LeaseState.LOST, "counter2 holds the rack now")
    assert lease.holder == "counter2" and not lease.state.may_scan and lease.remaining() == 0


def test_lost_is_final_until_released(clock: FakeClock) -> None:
    lease = make(clock)
    lease.lost(None)
    assert lease.renewed(60) is None
    assert lease.renewal_failed("x") is None
    assert lease.tick() is None
    assert lease.lost("someone") is None
    assert lease.released() == LeaseTransition(LeaseState.LOST, LeaseState.RELEASED, "released")


def test_released_is_final(clock: FakeClock) -> None:
    lease = make(clock)
    assert lease.released() == LeaseTransition(LeaseState.HELD, LeaseState.RELEASED, "released")
    assert lease.renewed(60) is None and lease.lost("x") is None and lease.tick() is None
    assert lease.released() is None
    assert not lease.state.may_scan


def test_a_renewal_with_no_ttl_left_means_the_lease_is_gone(clock: FakeClock) -> None:
    lease = make(clock)
    transition = lease.renewed(0)
    assert transition is not None and transition.after is LeaseState.LOST


def test_a_renewal_carrying_a_new_fencing_token_is_remembered(clock: FakeClock) -> None:
    lease = make(clock)
    lease.renewed(60, lock_token=4)
    assert lease.lock_token == 4


def test_a_suspended_laptop_does_not_trust_its_lease(clock: FakeClock) -> None:
    """CLOCK_MONOTONIC stood still through a 10-minute suspend; the wall clock did not."""
    lease = make(clock)
    clock.advance(5)
    clock.suspend(600)
    assert clock.monotonic() - 1000.0 == 5
    transition = lease.tick()
    assert transition is not None and (transition.before, transition.after) == (
        LeaseState.HELD,
        LeaseState.EXPIRED,
    )
    assert lease.remaining() == 0


def test_a_wall_clock_set_backwards_does_not_extend_the_lease(clock: FakeClock) -> None:
    lease = make(clock)
    clock.advance(50)
    clock.set_wall(clock.now.replace(year=2025))
    assert lease.remaining() == pytest.approx(10)
    clock.advance(10)
    assert lease.tick() is not None and lease.state is LeaseState.EXPIRED


def test_a_failed_renewal_after_the_ttl_ran_out_expires_it(clock: FakeClock) -> None:
    lease = make(clock)
    clock.advance(TTL + 1)
    transition = lease.renewal_failed("timeout")
    assert transition is not None and transition.after is LeaseState.EXPIRED


def test_a_lease_needs_a_positive_ttl(clock: FakeClock) -> None:
    with pytest.raises(ValueError):
        make(clock, ttl=0)


events = st.lists(
    st.one_of(
        st.tuples(st.just("advance"), st.floats(0, 120)),
        st.tuples(st.just("suspend"), st.floats(0, 900)),
        st.tuples(st.just("renewed"), st.floats(-1, 90)),
        st.tuples(st.just("failed"), st.just(0.0)),
        st.tuples(st.just("lost"), st.just(0.0)),
        st.tuples(st.just("released"), st.just(0.0)),
    ),
    max_size=40,
)


@given(events)
def test_invariants_hold_for_any_history(history: list[tuple[str, float]]) -> None:
    clock = FakeClock()
    lease = make(clock)
    terminal_seen: LeaseState | None = None
    for name, value in history:
        if name == "advance":
            clock.advance(value)
        elif name == "suspend":
            clock.suspend(value)
        elif name == "renewed":
            lease.renewed(value)
        elif name == "failed":
            lease.renewal_failed("x")
        elif name == "lost":
            lease.lost("other")
        else:
            lease.released()
        lease.tick()
        assert lease.remaining() >= 0
        if lease.state.may_scan:
            assert lease.remaining() > 0, "a lease that allows scanning has time left"
        if terminal_seen is LeaseState.RELEASED:
            assert lease.state is LeaseState.RELEASED
        if terminal_seen is LeaseState.LOST:
            assert lease.state in (LeaseState.LOST, LeaseState.RELEASED)
        if lease.state in (LeaseState.LOST, LeaseState.RELEASED):
            terminal_seen = lease.state
