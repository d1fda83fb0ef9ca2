"""Reliability tests: hypothesis settings and the shared invariants module on the import path.

The default run keeps every property fast (few examples); ``pytest --slow`` runs the
``slow``-marked variants with many more.  ``bench/hostile_inputs.py`` does the 100,000-input run.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

# --import-mode=importlib does not put test folders on sys.path: make the helpers importable.
sys.path.insert(0, str(Path(__file__).parent))

settings.register_profile("dateline-fast", max_examples=40, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile("dateline-fast")
