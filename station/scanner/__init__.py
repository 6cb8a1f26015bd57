"""Barcode input: telling keyboard-wedge scans from typing, and the sounds of good and bad scans."""
