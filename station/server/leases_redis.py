"""Rack leases in Redis, shared by several server processes: each step one Lua script, so atomic."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from station.server.leases import LeaseGrant, LeaseInfo, owner_value, split_owner
from station.server.redis_client import redis_client

# KEYS: lease, token, last session. ARGV: owner value, ttl ms, floor token, session id.
_CLAIM = """
local taken = redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2])
local token = tonumber(redis.call('GET', KEYS[2]) or '0')
local floor = tonumber(ARGV[3])
if not taken then
  local current = redis.call('GET', KEYS[1])
  if current ~= ARGV[1] then
    return {0, token, current or '', redis.call('PTTL', KEYS[1]), 0}
  end
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
if redis.call('GET', KEYS[3]) == ARGV[4] then
  if token < floor then token = floor; redis.call('SET', KEYS[2], token) end
else
  token = redis.call('INCR', KEYS[2])
  if token <= floor then token = floor + 1; redis.call('SET', KEYS[2], token) end
  redis.call('SET', KEYS[3], ARGV[4])
end
return {1, token, ARGV[1], tonumber(ARGV[2]), 0}
"""

# KEYS: lease, token, last session. ARGV: owner value, ttl ms, session id.
_RENEW = """
local current = redis.call('GET', KEYS[1])
local token = tonumber(redis.call('GET', KEYS[2]) or '0')
if current == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return {1, token, current, tonumber(ARGV[2]), 0}
end
if current then
  return {0, token, current, redis.call('PTTL', KEYS[1]), 0}
end
if redis.call('GET', KEYS[3]) == ARGV[3] then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return {1, token, ARGV[1], tonumber(ARGV[2]), 1}
end
return {0, token, '', 0, 0}
"""

# KEYS: lease. ARGV: session id followed by a tab (the owner value's prefix).
_RELEASE = """
local current = redis.call('GET', KEYS[1])
if current and string.sub(current, 1, string.len(ARGV[1])) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""


def _keys(rack_id: str) -> list[str]:
    # One hash tag per rack keeps a rack's keys on one node of a Redis cluster.
    return [f"station:lease:{{{rack_id}}}", f"station:token:{{{rack_id}}}", f"station:last:{{{rack_id}}}"]


class RedisLeaseStore:
    """Leases in Redis (``SET NX PX`` claims, Lua compare-and-act renewals, ``INCR`` fencing tokens)."""

    def __init__(self, url: str) -> None:
        self._redis: Any = redis_client(url)
        self._claim = self._redis.register_script(_CLAIM)
        self._renew = self._redis.register_script(_RENEW)
        self._release = self._redis.register_script(_RELEASE)

    @staticmethod
    def _grant(reply: list[Any]) -> LeaseGrant:
        acquired, token, value, pttl, retaken = reply
        session, user = split_owner(value or None)
        ttl = max(0.0, int(pttl) / 1000.0) if session else 0.0
        return LeaseGrant(bool(acquired), int(token), session, user, ttl, bool(retaken))

    async def claim(self, rack_id: str, session_id: str, username: str, ttl_s: float, floor_token: int) -> LeaseGrant:
        value = owner_value(session_id, username)
        reply = await self._claim(keys=_keys(rack_id), args=[value, _ms(ttl_s), floor_token, session_id])
        return self._grant(reply)

    async def renew(self, rack_id: str, session_id: str, username: str, ttl_s: float) -> LeaseGrant:
        value = owner_value(session_id, username)
        return self._grant(await self._renew(keys=_keys(rack_id), args=[value, _ms(ttl_s), session_id]))

    async def release(self, rack_id: str, session_id: str) -> bool:
        return bool(await self._release(keys=_keys(rack_id)[:1], args=[session_id + "\t"]))

    async def inspect(self, rack_ids: Sequence[str]) -> dict[str, LeaseInfo]:
        if not rack_ids:
            return {}
        pipe = self._redis.pipeline(transaction=False)
        for rack_id in rack_ids:
            lease, token, _ = _keys(rack_id)
            pipe.get(lease)
            pipe.pttl(lease)
            pipe.get(token)
        replies = await pipe.execute()
        found: dict[str, LeaseInfo] = {}
        for index, rack_id in enumerate(rack_ids):
            value, pttl, token = replies[3 * index : 3 * index + 3]
            session, user = split_owner(value)
            if session is not None and int(pttl) >= 0:  # -2: gone; 0: the last millisecond, still held
                found[rack_id] = LeaseInfo(session, user or "", int(token or 0), int(pttl) / 1000.0)
        return found

    async def close(self) -> None:
        await self._redis.aclose(close_connection_pool=True)


def _ms(seconds: float) -> int:
    return max(1, round(seconds * 1000))
