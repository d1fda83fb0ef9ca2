"""Engine tests share a handful of tiny articles and the session pipeline."""

from __future__ import annotations

import pytest

from dateline.model import Article, Origin

TEXTS = [
    ("2024-03-17", "The Nigerien government announced on Saturday that it was terminating its military "
                   "cooperation agreement with the United States."),
    ("2023-05-02", "Russian forces shelled the Ukrainian city of Kharkiv on Monday, officials said."),
    ("2022-11-20", "Chinese President Xi Jinping met French President Emmanuel Macron in Bali."),
    (None, "The weather was mild and the market stayed closed."),
    ("2021-07-09", "Police arrested twelve protesters in Nairobi on Thursday."),
    ("2020-01-03", "The United States killed Iranian general Qassem Soleimani in a drone strike in Baghdad."),
    ("2019-06-13", "Japan's prime minister visited Tehran and urged Iran to ease tensions with Washington."),
    ("2024-02-01", "Mali, Burkina Faso and Niger said they would leave the West African bloc ECOWAS."),
]


def tiny_articles() -> list[Article]:
    return [Article(id=f"t{i}", text=text, date=date, origin=Origin("tiny.jsonl", i + 1))
            for i, (date, text) in enumerate(TEXTS)]


@pytest.fixture()
def shared_pipeline(pipeline, monkeypatch):
    """The in-process engine reuses the session's real pipeline instead of loading a second one."""
    from dateline.engine import local

    monkeypatch.setattr(local, "_worker_pipeline", pipeline)
    return pipeline
