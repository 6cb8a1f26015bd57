"""Rejections: what the domain refuses, each with a code for programs and a sentence for people."""

from __future__ import annotations


class Rejected(ValueError):
    """Input the domain refuses.

    Attributes:
        code: a stable identifier that tests and the UI switch on (``bad_check_digit``, ...).
        sentence: what happened and what to do, in words a counter understands.
    """

    def __init__(self, code: str, sentence: str) -> None:
        super().__init__(sentence)
        self.code = code
        self.sentence = sentence

    def __repr__(self) -> str:
        return f"Rejected({self.code!r}, {self.sentence!r})"
