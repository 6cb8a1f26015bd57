"""A small HTTP proxy of ours that breaks requests on purpose: resets, stalls, cut answers, 5xx and 429.

It sits on a loopback port between a station and a server, one request per connection, and for a
share of the requests (chosen by a seeded random draw) does one of the faults below instead of
passing the exchange through. Some faults happen after the server has done the work (the answer is
lost on its way back), which is what makes "exactly once" worth testing.
"""

from __future__ import annotations

import asyncio
import random
import socket
import struct
import threading
from collections import Counter
from dataclasses import dataclass, field

FAULTS = ("reset_before", "reset_after", "cut", "stall", "500_after", "502", "503", "429")


@dataclass
class FaultProxy:
    upstream_port: int
    rate: float = 0.3
    seed: int = 7
    stall_s: float = 1.5
    cut: bool = False
    """The cable pulled out: every connection is reset, whatever the draw."""
    counts: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="fault-proxy", daemon=True)
        self.port = 0

    def start(self) -> str:
        self._thread.start()
        self._ready.wait(10)
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        """Cancel the exchanges still going (a stall, say), then stop."""

        async def shutdown() -> None:
            running = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
            for task in running:
                task.cancel()
            await asyncio.gather(*running, return_exceptions=True)
            self._loop.stop()

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        server.close()
        self._loop.run_until_complete(server.wait_closed())
        self._loop.close()

    def _draw(self) -> str:
        fault = self._rng.choice(FAULTS) if self._rng.random() < self.rate else "pass"
        self.counts[fault] += 1
        return fault

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await _read_request(reader)
            if request is None:
                return
            fault = "reset_before" if self.cut else self._draw()
            if fault == "reset_before":
                return _reset(writer)
            if fault == "stall":
                await asyncio.sleep(self.stall_s)
                return
            if fault in ("502", "503", "429"):
                writer.write(_answer(int(fault)))
                await writer.drain()
                return
            response = await self._forward(request)
            if fault == "reset_after":
                return _reset(writer)
            if fault == "cut":
                writer.write(response[: max(1, len(response) // 2)])
            elif fault == "500_after":
                writer.write(_answer(500))
            else:
                writer.write(response)
            await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            if not writer.is_closing():
                writer.close()

    async def _forward(self, request: bytes) -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        writer.write(request)
        await writer.drain()
        response = await reader.read()  # the request says Connection: close: the answer ends at EOF
        writer.close()
        return response


async def _read_request(reader: asyncio.StreamReader) -> bytes | None:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    length = 0
    kept = []
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.lower() == "content-length":
            length = int(value.strip())
        if name.lower() != "connection" and line:
            kept.append(line)
    body = await reader.readexactly(length) if length else b""
    return "\r\n".join([lines[0], *kept, "Connection: close", "", ""]).encode("latin-1") + body


def _answer(status: int) -> bytes:
    reason = {429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}
    body = b'{"detail": "injected by the fault proxy"}'
    extra = "Retry-After: 1\r\n" if status == 429 else ""
    return (f"HTTP/1.1 {status} {reason[status]}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
            f"{extra}Connection: close\r\n\r\n").encode() + body  # fmt: skip


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with a TCP reset, as a dropped link or a crashed middlebox does."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()
