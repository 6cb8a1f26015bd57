"""The domain core: barcodes, record rules, backoff, leases and clocks; no Qt, no SQL, no HTTP."""
