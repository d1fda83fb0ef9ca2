"""Shared fixtures: the real spaCy model and the full pipeline, each loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "samples" / "niger-2024-03-17.txt"


def pytest_addoption(parser):
    parser.addoption("--slow", action="store_true", default=False, help="run tests marked slow")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--slow"):
        return
    skip_slow = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip_slow)


@pytest.fixture(scope="session")
def pipeline():
    from dateline.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def nlp():
    """The real en_core_web_sm + dateline's entity ruler, built like the pipeline builds it."""
    from dateline.pipeline import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE
