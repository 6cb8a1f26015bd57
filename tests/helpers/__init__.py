"""Shared test helpers; conftests import from here instead of copying."""
