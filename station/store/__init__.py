"""The station's local database: what was scanned, what is waiting to sync, the active session."""
