"""Reports of the count (a rack's count sheet, a floor's variance, the whole count's summary) as CSV, XLSX and PDF.

They render the oversight contract's models (``station.contract_oversight``), never a database, so the
station's screens and the headless ``station-server export`` print the same figures the server gives.
"""
