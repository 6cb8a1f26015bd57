"""Text a station may send: sized to the reference server's columns, and free of NUL characters."""

from __future__ import annotations

from typing import Annotated

from pydantic import StringConstraints

MAX_NOTE_LENGTH = 2_000

NO_NUL = r"^[^\x00]*$"
"""Text a database can keep: PostgreSQL refuses the NUL character in text columns."""

Id = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=128, pattern=NO_NUL)]
"""A session, batch or record id (the server's columns hold 128 characters)."""

ShortId = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64, pattern=NO_NUL)]
"""A rack id, a floor or a user name (the server's columns hold 64 characters)."""

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=128, pattern=NO_NUL)]
Code = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=128, pattern=NO_NUL)]
Serial = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64, pattern=NO_NUL)]
Text = Annotated[str, StringConstraints(max_length=32, pattern=NO_NUL)]
Note = Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_NOTE_LENGTH, pattern=NO_NUL)]
