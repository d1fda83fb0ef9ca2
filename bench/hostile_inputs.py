"""Hostile inputs at scale: >= 100,000 generated inputs through ingest + clean + time (+ the language
check), and a sample of the articles that get through the full ``code`` pipeline.

Inputs: text files (random bytes, random/news-like text in UTF-8, UTF-8 with BOM, UTF-16 with BOM,
Latin-1, CRLF and lone CR line endings, NUL bytes, HTML, empty and blank files, date lines that are
valid, impossible, far-future, pre-1800, malformed or missing, a few files over the size limit) and
JSONL files (good objects, truncated lines, garbage, non-object JSON, wrong field types, missing
fields, bad dates, blank lines; some gzipped, some gzip streams cut short).  Every non-blank input
must come out as exactly one Article or one problem naming its file (and JSONL line).

Prints: inputs generated, crashes (exceptions escaping a stage - must be 0), rejected inputs and
how many were named, invariant violations in clean/time output, and for the pipeline sample the
internal errors and invariant violations.  Exit status 1 if anything must-be-zero is not.

    .venv/bin/python bench/hostile_inputs.py                  # 100,000 inputs, 300 through the pipeline
    .venv/bin/python bench/hostile_inputs.py --inputs 5000 --pipeline 50
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "reliability"))

from hostile_text import FRAGMENTS  # noqa: E402
from reliability_invariants import check_result, check_timexes  # noqa: E402

DATES = ["2024-03-17", "2024-02-29", "2024-02-30", "2023-02-29", "2999-01-01", "1066-10-14", "0000-00-00",
         "17/03/2024", "yesterday", "2024-13-01", "2024-03-17T10:00:00Z", "  2024-03-17  ", "", "null",
         "1800-01-01", "2026-12-31", "２０２４-03-17", "2024-03-17\u0000"]


def random_text(rng: random.Random, max_parts: int = 60) -> str:
    kind = rng.random()
    if kind < 0.6:
        parts = []
        for _ in range(rng.randint(0, max_parts)):
            r = rng.random()
            if r < 0.7:
                parts.append(rng.choice(FRAGMENTS))
            elif r < 0.85:
                parts.append(str(rng.randint(-10**6, 10**12)))
            else:
                parts.append("".join(chr(rng.randint(1, 0x2FFFF)) for _ in range(rng.randint(1, 8))))
        return " ".join(parts)
    if kind < 0.8:
        return "".join(chr(rng.randint(1, 0x10FFFF)) for _ in range(rng.randint(0, 300)))
    return "".join(chr(rng.randint(32, 126)) for _ in range(rng.randint(0, 600)))


def _safe(s: str) -> str:
    return s.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def text_file(rng: random.Random) -> tuple[str, bytes]:
    """(suffix, bytes) of one hostile text file."""
    r = rng.random()
    if r < 0.15:
        return ".txt", rng.randbytes(rng.randint(0, 2000))
    if r < 0.18:
        return rng.choice([".txt", ""]), b""
    if r < 0.2:
        return ".txt", b"\n \n\t\n"
    text = _safe(random_text(rng))
    if rng.random() < 0.7:
        head = f"date {rng.choice(DATES)}"
        text = f"{head}\n\n{text}" if rng.random() < 0.8 else f"\n\n  {head}  \n\n\n{text}"
    if rng.random() < 0.1:
        text = f"<!doctype html><html><body><p>{text}</p><script>x='</p>'</script></body></html>"
    if rng.random() < 0.2:
        text = text.replace("\n", "\r\n")
    elif rng.random() < 0.05:
        text = text.replace("\n", "\r")
    enc = rng.random()
    if enc < 0.7:
        data = text.encode("utf-8")
    elif enc < 0.8:
        data = text.encode("utf-8-sig")
    elif enc < 0.9:
        data = text.encode("utf-16")
    else:
        data = text.encode("latin-1", "replace")
    if rng.random() < 0.03:
        pos = rng.randint(0, len(data))
        data = data[:pos] + b"\x00" + data[pos:]
    return rng.choice([".txt", ".txt", ".story", ".text", ""]), data


def jsonl_line(rng: random.Random) -> str:
    r = rng.random()
    good = {"id": _safe(random_text(rng, 3))[:30] or f"id{rng.randint(0, 10**9)}",
            "date": rng.choice(DATES + [None, None]), "text": _safe(random_text(rng))}
    if rng.random() < 0.2:
        good["title"] = _safe(random_text(rng, 5))
    if r < 0.55:
        return json.dumps(good, ensure_ascii=rng.random() < 0.5)
    if r < 0.65:
        line = json.dumps(good)
        return line[: rng.randint(1, max(1, len(line) - 1))]
    if r < 0.72:
        return _safe(random_text(rng, 8)).replace("\n", " ").replace("\r", " ")
    if r < 0.78:
        return json.dumps(rng.choice([None, 1, 2.5, "text", [1, 2], True, []]))
    if r < 0.88:
        bad = dict(good)
        key = rng.choice(["id", "date", "text"])
        bad[key] = rng.choice([None, 1, 1.5, [], {}, True, "", "  "])
        if rng.random() < 0.3:
            del bad[key]
        return json.dumps(bad)
    if r < 0.95:
        return ""
    return json.dumps({"id": "x", "date": "2024-03-17", "text": good["text"], "extra": {"deep": [1] * 5}})


def _blank(line: str) -> bool:
    """Blank as the JSONL reader sees it: ASCII whitespace only (bytes.strip), not str.strip's
    Unicode whitespace (a line of U+001C is an input, and a malformed one)."""
    return not line.encode("utf-8", "surrogatepass").strip()


class Tally:
    def __init__(self) -> None:
        self.inputs = 0
        self.articles = 0
        self.rejected = 0
        self.rejected_named = 0
        self.crashes: list[str] = []
        self.violations: list[str] = []
        self.non_english = 0
        self.reasons: Counter = Counter()

    def crash(self, where: str) -> None:
        self.crashes.append(f"{where}: {traceback.format_exc(limit=3)}")


def process_article(article, tally: Tally, keep: list, keep_max: int) -> None:
    from dateline import clean, time as dtime
    from dateline.clean.language import detect_non_english

    try:
        regions = clean.find_excluded(article.text)
        for r in regions:
            if not 0 <= r.start <= r.end <= len(article.text):
                tally.violations.append(f"{article.origin}: region {r}")
        if detect_non_english(article.text):
            tally.non_english += 1
        timexes = dtime.tag(article.text, article.date)
        tally.violations += [f"{article.origin}: {v}" for v in check_timexes(article.text, timexes)]
    except Exception:  # noqa: BLE001 - counted and printed: the bench exists to find these
        tally.crash(str(article.origin))
    if len(keep) < keep_max and article.text.strip():
        keep.append(article)


def check_items(items: list, path: str, expected_lines: list[int] | None, tally: Tally, keep: list,
                keep_max: int) -> None:
    from dateline.model import Article, InputProblem

    seen_lines = []
    for item in items:
        if isinstance(item, InputProblem):
            tally.rejected += 1
            named = item.origin.path.startswith(path) and bool(item.message.strip())
            if expected_lines is not None:
                named = named and item.origin.line is not None
            tally.rejected_named += named
            if not named:
                tally.violations.append(f"unnamed problem: {item}")
            tally.reasons[item.message.split(":")[0].split("(")[0].strip()[:50]] += 1
            seen_lines.append(item.origin.line)
        elif isinstance(item, Article):
            tally.articles += 1
            seen_lines.append(item.origin.line if item.origin else None)
            process_article(item, tally, keep, keep_max)
        else:
            tally.violations.append(f"{path}: unexpected item {type(item).__name__}")
    if expected_lines is None:
        if len(items) != 1:
            tally.violations.append(f"{path}: {len(items)} items from one text file")
    elif sorted(x for x in seen_lines if x is not None) != expected_lines and not path.endswith(".cut.jsonl.gz"):
        tally.violations.append(f"{path}: lines {seen_lines[:10]} != expected {expected_lines[:10]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--inputs", type=int, default=100_000)
    ap.add_argument("--pipeline", type=int, default=300, help="articles coded by the full pipeline")
    ap.add_argument("--seed", type=int, default=2024)
    args = ap.parse_args()

    from dateline.ingest import read_path
    from dateline.ingest.readers import MAX_ARTICLE_CHARS

    rng = random.Random(args.seed)
    tally = Tally()
    keep: list = []
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="dateline-hostile-") as tmp:
        root = Path(tmp)
        n_files = args.inputs * 3 // 10

        def read_and_check(path: Path, expected: list[int] | None) -> None:
            """Read one generated file; an exception escaping the reader is a crash (the file is kept)."""
            try:
                items = list(read_path(str(path)))
            except Exception:  # noqa: BLE001
                tally.crash(str(path))
                return
            check_items(items, str(path), expected, tally, keep, args.pipeline)
            path.unlink()

        # 1. text files, one input each (a few of them over the size limit)
        for i in range(n_files):
            suffix, data = text_file(rng)
            if i % 10_000 == 9_999:
                data = (b"date 2024-03-17\n\n" + "é".encode() * (MAX_ARTICLE_CHARS * 2 + 7))
            path = root / f"f{i}{suffix}"
            path.write_bytes(data)
            tally.inputs += 1
            read_and_check(path, None)
        # 2. JSONL files of 200 lines each, some gzipped, some gzip streams cut short
        n_lines = args.inputs - n_files
        k = 0
        while n_lines > 0:
            lines = [jsonl_line(rng) for _ in range(min(200, n_lines + 10))]
            n_lines -= sum(1 for line in lines if _blank(line) is False)  # blank lines are not inputs
            eol = "\r\n" if rng.random() < 0.2 else "\n"
            raw = eol.join(lines).encode("utf-8", "surrogatepass")
            form = rng.random()
            if form < 0.2:
                name, data = f"j{k}.jsonl.gz", gzip.compress(raw)
            elif form < 0.25:
                comp = gzip.compress(raw)
                name, data = f"j{k}.cut.jsonl.gz", comp[: rng.randint(1, len(comp))]
            else:
                name, data = f"j{k}.jsonl", raw
            path = root / name
            path.write_bytes(data)
            tally.inputs += sum(1 for line in lines if not _blank(line))
            read_and_check(path, [i + 1 for i, line in enumerate(lines) if not _blank(line)])
            k += 1
    ingest_s = time.perf_counter() - t0

    # 3. a sample of the articles through the full pipeline (as `dateline code` runs it)
    from dateline.engine.local import code_batch
    from dateline.model import DocResult, InputProblem

    t1 = time.perf_counter()
    internal, pipe_violations, coded, skipped_lang = [], [], 0, 0
    for start in range(0, len(keep), 16):
        batch = keep[start:start + 16]
        try:
            out = code_batch(batch)
        except Exception:  # noqa: BLE001
            tally.crash("code_batch")
            continue
        for article, item in zip(batch, out):
            if isinstance(item, InputProblem):
                if "internal error" in item.message:
                    internal.append(str(item))
                elif "not English" in item.message:
                    skipped_lang += 1
            elif isinstance(item, DocResult):
                coded += 1
                pipe_violations += [f"{article.origin}: {v}" for v in check_result(item)]
    pipe_s = time.perf_counter() - t1

    print(f"hostile inputs generated: {tally.inputs:,} ({n_files:,} text files, "
          f"{tally.inputs - n_files:,} JSONL lines) in {ingest_s:.0f} s")
    print(f"crashes (exceptions escaping ingest/clean/time/language): {len(tally.crashes)}")
    print(f"articles read: {tally.articles:,}; rejected inputs: {tally.rejected:,}, named (path; "
          f"JSONL: path:line): {tally.rejected_named:,}, unnamed: {tally.rejected - tally.rejected_named}")
    print(f"non-English articles detected: {tally.non_english:,}")
    print(f"clean/time invariant violations: {len(tally.violations)}")
    print("most common rejection reasons: " + "; ".join(f"{r} x{n}" for r, n in tally.reasons.most_common(8)))
    print(f"full pipeline sample: {len(keep)} articles in {pipe_s:.0f} s: coded {coded}, reported not English "
          f"{skipped_lang}, internal errors {len(internal)}, invariant violations {len(pipe_violations)}")
    for line in (tally.crashes[:3] + tally.violations[:5] + internal[:5] + pipe_violations[:5]):
        print("  " + line.replace("\n", "\n  "))
    bad = tally.crashes or tally.violations or internal or pipe_violations or tally.rejected != tally.rejected_named
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
