"""The station's HTTP client for StockVerify and the reference server: typed calls, typed errors."""
