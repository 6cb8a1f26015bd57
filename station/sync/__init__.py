"""Sync: the engine that drains the outbox to the server, and the Qt worker that runs it on a thread."""
