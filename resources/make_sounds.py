"""How good.wav, bad.wav and ask.wav were made: short tones a counter tells apart without looking.

A good scan is a short high chirp; a bad one a longer low double buzz; a question (serials to scan, an
unknown barcode) a rising two-note "ding-dong?" in the middle, neither praise nor alarm. Run it only to
understand the files (``python resources/make_sounds.py``); they are committed.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050


def tone(parts: list[tuple[float, float]], volume: float = 0.6) -> bytes:
    """Sine segments of (frequency Hz, seconds); a frequency of 0 is silence. Short fades stop clicks."""
    frames = bytearray()
    for freq, seconds in parts:
        count = int(RATE * seconds)
        for n in range(count):
            fade = min(1.0, n / (RATE * 0.005), (count - n) / (RATE * 0.005))
            value = volume * fade * math.sin(2 * math.pi * freq * n / RATE) if freq else 0.0
            frames += struct.pack("<h", int(value * 32767))
    return bytes(frames)


def write(path: Path, data: bytes) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(data)


if __name__ == "__main__":
    folder = Path(__file__).with_name("sounds")
    folder.mkdir(exist_ok=True)
    write(folder / "good.wav", tone([(1760, 0.06), (2349, 0.08)]))
    write(folder / "bad.wav", tone([(220, 0.18), (0, 0.06), (196, 0.25)], volume=0.8))
    write(folder / "ask.wav", tone([(587, 0.11), (0, 0.04), (880, 0.16)], volume=0.6))
