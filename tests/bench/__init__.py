"""Benchmarks: each measures an operation beside the raw operation underneath and prints the ratio."""
