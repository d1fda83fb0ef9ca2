"""The ``dateline`` command line: a thin Typer shell over the library.

Commands parse options, call one library function and format its result.  Heavy imports
(spaCy, DuckDB, FastAPI) happen inside the commands so that ``dateline --help`` is instant.
Library errors become exit codes only here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(help="Dated news articles in, political event data (PLOVER 2.0) out.",
                  no_args_is_help=True, add_completion=False)
eval_app = typer.Typer(help="Score dateline on development sets.", no_args_is_help=True)


def _report_problems(problems) -> None:
    """Name each unreadable input (file and line) on stderr; the report itself goes to stdout."""
    for p in problems:
        typer.echo(str(p), err=True)


def _checked_half(half: Optional[str], option: str = "--half") -> Optional[str]:
    """``--half`` (or ``--train-half``) of the eval commands: even, odd or unset."""
    from dateline.eval.halves import HALVES

    if half is not None and half not in HALVES:
        raise typer.BadParameter(f"{option} must be even or odd", param_hint=option)
    return half
app.add_typer(eval_app, name="eval")

FORMAT_HELP = "doc-jsonl | events-jsonl | csv | parquet (default: from --out's suffix, else doc-jsonl)"


@app.command()
def code(
    paths: list[str] = typer.Argument(..., help="Files, directories (recursive) or - for stdin."),
    format: Optional[str] = typer.Option(None, "--format", "-f", help=FORMAT_HELP),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Output file (default: stdout)."),
    date: Optional[str] = typer.Option(None, "--date", help="Date YYYY-MM-DD for plain .txt inputs."),
    db: Optional[str] = typer.Option(None, "--db", help="Also store results: DuckDB file or postgresql:// URL."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", help="Worker processes (default: cores)."),
    engine: str = typer.Option("local", "--engine", help="local | dask"),
    force: bool = typer.Option(False, "--force", help="With --db: recode articles already stored."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar (default: on a terminal)."),
    columns: Optional[str] = typer.Option(None, "--columns", help="CSV/Parquet columns, e.g. id=doc_id,text=body,date=published."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="--engine dask: scheduler address (else $DATELINE_DASK_SCHEDULER, else a local cluster)."),
) -> None:
    """Code articles into events.

    Example: dateline code samples/niger-2024-03-17.txt
    """
    from dateline.run import CodeOptions, run_code

    status = run_code(CodeOptions(paths=paths, format=format, out=out, date=date, db=db, workers=workers,
                                  engine=engine, force=force, progress=progress, columns=columns,
                                  scheduler=scheduler))
    raise typer.Exit(status)


@app.command()
def timeml(in_dir: Path = typer.Argument(..., exists=True, file_okay=False),
           out_dir: Path = typer.Argument(...),
           parse: bool = typer.Option(True, "--parse/--no-parse", help="Tense from the spaCy parse (slower).")) -> None:
    """Add TIMEX3 tags to TempEval-3 TimeML files (text unchanged).

    Example: dateline timeml ../shared/data/time/tbaq/TimeBank out/
    """
    from dateline.time.timeml import annotate_dir

    problems = annotate_dir(in_dir, out_dir, parse_with_spacy=parse)
    _report_problems(problems)
    raise typer.Exit(1 if problems else 0)


@app.command()
def check() -> None:
    """Report what is installed: ok / FAIL / missing (optional), with the fix.

    Example: dateline check
    """
    from dateline.check import run_checks

    failed = False
    for r in run_checks():
        mark = "ok" if r.ok else ("FAIL" if r.required else "missing (optional)")
        typer.echo(f"[{mark}] {r.name}: {r.detail}" + ("" if r.ok else f"  -> {r.fix}"))
        failed |= r.required and not r.ok
    raise typer.Exit(1 if failed else 0)


# Event filters shared by `query` and `export` (same names as the API's query parameters; | = OR).
def _filters(date_from, date_to, country, actor_country, recipient_country, actor, dyad, type_, mode, quad, status,
             text, story, min_confidence=None) -> dict:
    return {"date_from": date_from, "date_to": date_to, "country": country, "actor_country": actor_country,
            "recipient_country": recipient_country, "actor": actor, "dyad": dyad, "type": type_, "mode": mode,
            "quad": quad, "status": status, "q": text, "story_id": story, "min_confidence": min_confidence}


_F = {
    "date_from": typer.Option(None, "--from", help="First date, YYYY[-MM[-DD]]."),
    "date_to": typer.Option(None, "--to", help="Last date, YYYY[-MM[-DD]]."),
    "country": typer.Option(None, "--country", help="Actor or recipient country, e.g. NER|MLI."),
    "actor_country": typer.Option(None, "--actor-country", help="Actor country."),
    "recipient_country": typer.Option(None, "--recipient-country", help="Recipient country."),
    "actor": typer.Option(None, "--actor", help="Text in a participant's name, e.g. junta."),
    "dyad": typer.Option(None, "--dyad", help="Directed country pair(s), e.g. NER-USA."),
    "type_": typer.Option(None, "--type", help="PLOVER event type(s), e.g. SANCTION|COERCE."),
    "mode": typer.Option(None, "--mode", help="PLOVER mode(s)."),
    "quad": typer.Option(None, "--quad", help="Quad class(es) 1-4."),
    "status": typer.Option(None, "--status", help="factual|future|hypothetical|negated|claimed."),
    "text": typer.Option(None, "--q", "-q", help="Text in the event's sentence."),
    "story": typer.Option(None, "--story", help="Story id(s)."),
    "min_confidence": typer.Option(None, "--min-confidence", help="Only events at least this sure, 0-1, e.g. 0.5."),
}


@app.command()
def query(
    db: str = typer.Option(..., "--db", help="DuckDB file or postgresql:// URL."),
    view: str = typer.Option("events", "--view", help="events | actors | dyads | timeline | places | stories"),
    output: str = typer.Option("table", "--format", "-f", help="table | json | csv"),
    limit: int = typer.Option(20, "--limit"), page: int = typer.Option(1, "--page"),
    fields: Optional[str] = typer.Option(None, "--fields", help="Comma-separated event fields."),
    sort: str = typer.Option("-date", "--sort", help="date | -date | score | -score | id ..."),
    by: str = typer.Option("day", "--by", help="timeline bucket: day | week | month | year"),
    group: str = typer.Option("quad", "--group", help="timeline group: none | type | quad | dyad | status"),
    out: Optional[Path] = typer.Option(None, "--out", "-o"),
    date_from: Optional[str] = _F["date_from"], date_to: Optional[str] = _F["date_to"],
    country: Optional[str] = _F["country"], actor_country: Optional[str] = _F["actor_country"],
    recipient_country: Optional[str] = _F["recipient_country"], actor: Optional[str] = _F["actor"],
    dyad: Optional[str] = _F["dyad"], type_: Optional[str] = _F["type_"], mode: Optional[str] = _F["mode"],
    quad: Optional[str] = _F["quad"], status: Optional[str] = _F["status"], text: Optional[str] = _F["text"],
    story: Optional[str] = _F["story"], min_confidence: Optional[str] = _F["min_confidence"],
) -> None:
    """Query stored events (filters: | separates alternatives).

    Example: dateline query --db events.duckdb --country NER --from 2024-03 --format json
    """
    from dateline.store.commands import run_query

    flt = _filters(date_from, date_to, country, actor_country, recipient_country, actor, dyad, type_, mode, quad,
                   status, text, story, min_confidence)
    raise typer.Exit(run_query(db, flt, view=view, output=output, limit=limit, page=page, fields=fields, sort=sort,
                               by=by, group=group, out=out))


@app.command()
def export(
    db: str = typer.Option(..., "--db", help="DuckDB file or postgresql:// URL."),
    format: str = typer.Option("plover-jsonl", "--format", "-f",
                               help="plover-jsonl | acled-csv | gdelt-tsv | gdelt-mentions-tsv | parquet"),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Output file (default: stdout; parquet needs one)."),
    header: Optional[bool] = typer.Option(None, "--header/--no-header", help="Header row (csv: on, tsv: off)."),
    date_from: Optional[str] = _F["date_from"], date_to: Optional[str] = _F["date_to"],
    country: Optional[str] = _F["country"], actor_country: Optional[str] = _F["actor_country"],
    recipient_country: Optional[str] = _F["recipient_country"], actor: Optional[str] = _F["actor"],
    dyad: Optional[str] = _F["dyad"], type_: Optional[str] = _F["type_"], mode: Optional[str] = _F["mode"],
    quad: Optional[str] = _F["quad"], status: Optional[str] = _F["status"], text: Optional[str] = _F["text"],
    story: Optional[str] = _F["story"], min_confidence: Optional[str] = _F["min_confidence"],
) -> None:
    """Export stored events: PLOVER JSONL, ACLED-style CSV, GDELT-2.0-style TSV or Parquet.

    Example: dateline export --db events.duckdb --format acled-csv --out events.csv --country NER
    """
    from dateline.store.commands import run_export

    flt = _filters(date_from, date_to, country, actor_country, recipient_country, actor, dyad, type_, mode, quad,
                   status, text, story, min_confidence)
    raise typer.Exit(run_export(db, format, out, flt, header=header))


@app.command()
def serve(
    db: str = typer.Option(..., "--db", help="DuckDB file or postgresql:// URL."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    allow_writes: bool = typer.Option(False, "--allow-writes",
                                      help="Enable DELETE /documents/{id} for requests with the token in $DATELINE_WRITE_TOKEN."),
    memory_pages_max: int = typer.Option(3_000_000, "--memory-pages-max", min=0,
                                         help="Keep /events pages of DuckDB stores up to this many events in memory "
                                              "(about 0.7 GB per million events; 0 = off)."),
) -> None:
    """Serve the HTTP API and the web UI (read-only unless --allow-writes).

    Example: dateline serve --db events.duckdb  (then open http://127.0.0.1:8000/)
    """
    from dateline.api import run_serve

    raise typer.Exit(run_serve(db, host, port, allow_writes=allow_writes, memory_pages_max_events=memory_pages_max))


@eval_app.command("geo")
def eval_geo(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="Gold JSONL (TR-News / LGL format)."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N documents."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Write wrong resolutions (given toponyms) as JSONL."),
    pipeline: bool = typer.Option(False, "--pipeline", help="Run the actors stage first, as the pipeline does "
                                                               "(focus country; metonyms are actors, not places)."),
    half: Optional[str] = typer.Option(None, "--half", help="Only the even- or odd-numbered documents "
                                                           "(even|odd): develop on one half, confirm on the other."),
) -> None:
    """Score toponym recognition and resolution (recall, precision, country accuracy, acc@161km).

    Example: dateline eval geo ../shared/data/geo/TR-News.jsonl
    """
    import json as _json

    from dateline.eval.geo import evaluate, format_report

    result = evaluate(gold, limit=limit, errors_out=errors, with_actors=pipeline, half=_checked_half(half))
    _report_problems(result.get("problems", []))
    typer.echo(_json.dumps(result, indent=2) if as_json else format_report(result))


@eval_app.command("actors")
def eval_actors(
    gold: list[Path] = typer.Argument(..., exists=True, dir_okay=False,
                                      help="cameo_ner_*.txt (CoNLL S/T/R spans) and/or plover_gsr_filtered.json."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N CoNLL sentences."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Write missed spans and wrong countries as JSONL."),
) -> None:
    """Score actor mentions: coverage of gold source/target spans, country and sector accuracy.

    Example: dateline eval actors ../shared/data/events/conflibert_cameo/cameo_ner_test.txt ../shared/data/events/plover_gsr_filtered.json
    """
    import json as _json

    from dateline.eval.actors import evaluate, format_report

    result = evaluate(list(gold), limit=limit, errors_out=errors)
    _report_problems(result.get("problems", []))
    typer.echo(_json.dumps(result, indent=2) if as_json else format_report(result))


@eval_app.command("time")
def eval_time(
    gold_dir: Path = typer.Argument(..., exists=True, file_okay=False, help="TimeML gold (.tml/.TE3input), recursive."),
    system_dir: Optional[Path] = typer.Option(None, "--system-dir", help="Score these TimeML files instead of running dateline."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Write the error listing (TSV) to this file."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    parse: bool = typer.Option(False, "--parse", help="Give the tagger the spaCy parse (tense from the parse)."),
    half: Optional[str] = typer.Option(None, "--half", help="Only the even- or odd-numbered files (even|odd): "
                                                           "develop on one half, confirm on the other."),
) -> None:
    """Score TIMEX3 tagging like the TempEval-3 scorer (strict/relaxed span, value and type F1).

    Example: dateline eval time ../shared/data/time/tbaq/ --half even --errors time-errors.tsv
    """
    from dateline.eval.time import run

    body, problems = run(gold_dir, system_dir, errors, as_json, parse, _checked_half(half))
    _report_problems(problems)
    typer.echo(body)


@eval_app.command("dates")
def eval_dates(
    gold_dir: Optional[Path] = typer.Argument(None, help="TimeML gold with TLINKs (default: ../shared/data/time/tbaq)."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N files."),
    errors: int = typer.Option(0, "--errors", help="First list this many wrongly dated events."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    half: Optional[str] = typer.Option(None, "--half", help="Only the even- or odd-numbered files (even|odd)."),
) -> None:
    """Score event dating: is each event dated by when it happened (TimeML TLINKs), not by the date line?

    Example: dateline eval dates ../shared/data/time/tbaq --errors 30
    """
    from dateline.eval.dates import DEFAULT_DIR, run

    body, problems = run(gold_dir or DEFAULT_DIR, limit, errors, as_json, _checked_half(half))
    _report_problems(problems)
    typer.echo(body)


@eval_app.command("status")
def eval_status(
    gold_dir: Optional[Path] = typer.Argument(None, help="TimeML gold with SLINKs (default: ../shared/data/time/tbaq)."),
    half: Optional[str] = typer.Option(None, "--half", help="Only the even- or odd-numbered files (even|odd): "
                                                           "develop on one half, confirm on the other."),
    listing: bool = typer.Option(False, "--list", help="First list the wrong statuses of the even files "
                                                       "(design half; refused with --half odd)."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N files of the half."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Score event status (factual, future, hypothetical, negated, claimed) against TimeML polarity, modality,
    tense and SLINKs: per-class precision/recall/F1, accuracy and a confusion matrix.

    Example: dateline eval status ../shared/data/time/tbaq --half even --list
    """
    from dateline.eval.status import DEFAULT_DIR, run

    try:
        lines, problems = run(gold_dir or DEFAULT_DIR, _checked_half(half), listing, as_json, limit)
    except ValueError as err:
        typer.echo(f"dateline eval status: {err}", err=True)
        raise typer.Exit(2)
    _report_problems(problems)
    for line in lines:
        typer.echo(line)


@eval_app.command("events")
def eval_events(
    tsv: Optional[Path] = typer.Option(None, "--tsv", help="plv_train.tsv-style file (default: ../shared/data/events/plv_train.tsv)."),
    folds: int = typer.Option(5, "--folds", help="Cross-validation folds for the learned type model."),
    no_model: bool = typer.Option(False, "--no-model", help="Score the trigger lexicon alone."),
    ngec: bool = typer.Option(False, "--ngec", help="Also train the CV models on weak NGEC synthetic examples (slow)."),
    errors: int = typer.Option(0, "--errors", help="First list this many wrong rows (gold, prediction, events found)."),
    model: str = typer.Option("auto", "--model", help="How to score the learned type model: cv (k-fold cross-validation), "
                              "shipped (the shipped model; for held-out files), none, or auto (cv on the file the shipped "
                              "model was trained on, shipped on any other)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    half: Optional[str] = typer.Option(None, "--half", help="Only the even- or odd-numbered rows (even|odd): "
                                                           "develop on one half, confirm on the other."),
    pairs: bool = typer.Option(False, "--pairs", help="Also cross-validate the learned recipient chooser "
                                                      "(events.pairing; an experiment the pipeline does not run)."),
    train_half: Optional[str] = typer.Option(None, "--train-half", help="Train one type model on this half's rows only "
                                             "(even|odd) and score the other half with it, instead of cross-validating "
                                             "over the whole file: the odd half coded by a model that never saw an odd row."),
) -> None:
    """Score PLOVER event typing (accuracy, macro-F1, per-class F1, pair-match), penta-class accuracy and
    pair-match on ConfliBERT's tagged CAMEO sentences (train by plv_train half; test: the figure alone).

    Example: dateline eval events --tsv ../shared/data/events/plv_train.tsv --errors 50
    """
    from dateline.eval.events import DEFAULT_TSV, MODEL_MODES, run

    if model not in MODEL_MODES:
        raise typer.BadParameter(f"--model must be one of {', '.join(MODEL_MODES)}", param_hint="--model")
    _checked_half(half)
    problems: list[str] = []
    try:
        lines = run(tsv or DEFAULT_TSV, folds=folds, use_model=not no_model, ngec=ngec, errors=errors, mode=model,
                    as_json=as_json, half=half, pairs=pairs, problems=problems, train_half=_checked_half(train_half, "--train-half"))
    except (OSError, ValueError) as err:  # an unreadable file or one without the needed columns
        typer.echo(f"dateline eval events: {err}", err=True)
        raise typer.Exit(2)
    _report_problems(problems)
    for line in lines:
        typer.echo(line)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
