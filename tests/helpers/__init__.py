"""Shared test helpers, typed: test modules and conftests import from here (fixtures shared by several
folders are plugins listed in tests/conftest.py), never from one another."""
