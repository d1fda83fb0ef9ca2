"""Errors the store raises.  Only ``cli.py`` and ``api/`` turn them into exit codes / HTTP statuses."""

from __future__ import annotations


class StoreError(Exception):
    """Something the store cannot do: a bad URL, an unknown event id, a schema newer than this code."""


class FilterError(StoreError, ValueError):
    """A filter or query parameter that cannot be understood (the API answers 400, the CLI exits 2)."""
