"""The counting session: log-in, racks, claim, scans, heartbeat and lease, presence, finishing."""
