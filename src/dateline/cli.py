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
app.add_typer(eval_app, name="eval")

FORMAT_HELP = "doc-jsonl | events-jsonl | csv | parquet (default: doc-jsonl)"


@app.command()
def code(
    paths: list[str] = typer.Argument(..., help="Files, directories (recursive) or - for stdin."),
    format: str = typer.Option("doc-jsonl", "--format", "-f", help=FORMAT_HELP),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Output file (default: stdout)."),
    date: Optional[str] = typer.Option(None, "--date", help="Date YYYY-MM-DD for plain .txt inputs."),
    db: Optional[str] = typer.Option(None, "--db", help="Also store results: DuckDB file or postgresql:// URL."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", help="Worker processes (default: cores)."),
    engine: str = typer.Option("local", "--engine", help="local | dask"),
    force: bool = typer.Option(False, "--force", help="With --db: recode articles already stored."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar (default: on a terminal)."),
) -> None:
    """Code articles into events.

    Example: dateline code samples/niger-2024-03-17.txt
    """
    from dateline.run import CodeOptions, run_code

    status = run_code(CodeOptions(paths=paths, format=format, out=out, date=date, db=db, workers=workers,
                                  engine=engine, force=force, progress=progress))
    raise typer.Exit(status)


@app.command()
def timeml(in_dir: Path = typer.Argument(..., exists=True, file_okay=False),
           out_dir: Path = typer.Argument(...)) -> None:
    """Add TIMEX3 tags to TempEval-3 TimeML files (text unchanged).

    Example: dateline timeml ../shared/data/time/tbaq/TimeBank out/
    """
    from dateline.time.timeml import annotate_dir

    problems = annotate_dir(in_dir, out_dir)
    for p in problems:
        typer.echo(str(p), err=True)
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


def main() -> None:
    app()


if __name__ == "__main__":
    main()
