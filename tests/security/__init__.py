"""Attacks on the reference server, one test per rule (issue 13)."""
