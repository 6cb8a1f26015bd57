"""The reference server (FastAPI): the embedded default behind ``station --demo``, and a deployment."""
