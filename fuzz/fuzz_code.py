"""Coverage-guided fuzzing of the ``code`` path with atheris (optional; not run in CI).

    .venv/bin/pip install atheris
    .venv/bin/python fuzz/fuzz_code.py -max_total_time=600           # ingest + clean + time
    DATELINE_FUZZ_PIPELINE=1 .venv/bin/python fuzz/fuzz_code.py -max_total_time=600   # + full pipeline

Each input is bytes.  The first byte picks the input form (dated text file, plain text, JSONL
line); the rest is the content.  The target fails (raises) when a stage raises or an output breaks
an invariant of ``tests/reliability/reliability_invariants.py``.  Crashing inputs are written by
libFuzzer as ``crash-*`` files; replay one with ``python fuzz/fuzz_code.py crash-...``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import atheris

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "reliability"))

with atheris.instrument_imports(include=["dateline"]):
    from dateline import clean, time as dtime
    import dateline.clean.boilerplate  # noqa: F401 - stages import lazily: instrument them here
    import dateline.ingest.readers  # noqa: F401
    import dateline.time.anchoring  # noqa: F401
    import dateline.time.normalize  # noqa: F401
    import dateline.time.recognize  # noqa: F401
    from dateline.clean.language import detect_non_english
    from dateline.ingest import read_path
    from dateline.model import Article, InputProblem
    from reliability_invariants import check_result, check_timexes

PIPELINE = os.environ.get("DATELINE_FUZZ_PIPELINE") == "1"
_TMP = Path(tempfile.mkdtemp(prefix="dateline-fuzz-"))
_pipe = None


def _pipeline():
    global _pipe
    if _pipe is None:
        from dateline.pipeline import Pipeline

        _pipe = Pipeline()
    return _pipe


def TestOneInput(data: bytes) -> None:
    if not data:
        return
    form, body = data[0] % 3, data[1:]
    name = ("a.txt", "b.story", "c.jsonl")[form]
    if form == 0:
        body = b"date 2024-03-17\n\n" + body
    path = _TMP / name
    path.write_bytes(body)
    for item in read_path(str(path)):
        if isinstance(item, InputProblem):
            assert item.origin.path.startswith(str(path)) and item.message, item
            continue
        assert isinstance(item, Article)
        for r in clean.find_excluded(item.text):
            assert 0 <= r.start <= r.end <= len(item.text), r
        detect_non_english(item.text)
        problems = check_timexes(item.text, dtime.tag(item.text, item.date))
        assert not problems, problems
        if PIPELINE and item.text.strip():
            problems = check_result(_pipeline().process(item))
            assert not problems, problems


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
