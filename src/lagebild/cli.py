"""The ``lagebild`` command line: parses arguments and calls the library, nothing more.

Progress and messages go to stderr; results (summaries, eval figures) to stdout.
Exit codes: 0 all well, 3 finished but skipped some input, 1 failure, 2 usage error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from lagebild import __version__
from lagebild.errors import GateFailed, LagebildError, UsageError
from lagebild.progress import Progress as ProgressFn

err = Console(stderr=True, highlight=False)
app = typer.Typer(
    name="lagebild",
    help="A sourced picture of the situation from German news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Measure quality; ends with one key=value line on stdout.", no_args_is_help=True)
bench_app = typer.Typer(help="Measure speed; ends with one key=value line on stdout.", no_args_is_help=True)
train_app = typer.Typer(help="Rebuild the committed models and lexicons from LAGEBILD_DATA.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.add_typer(bench_app, name="bench")
app.add_typer(train_app, name="train")

DbOption = Annotated[Optional[Path], typer.Option("--db", help="SQLite store (default: $LAGEBILD_DB or lagebild.db).")]
ModelOption = Annotated[
    Optional[str], typer.Option("--model", help="Use an installed spaCy German pipeline (e.g. de_core_news_lg).")
]
GateOption = Annotated[bool, typer.Option("--gate", help="Exit 1 when a figure is below its pinned minimum.")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"lagebild {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """lagebild: who said what, which figures from which source, what happened when."""


@contextmanager
def _progress() -> Iterator[ProgressFn]:
    """A Rich progress display on stderr, handed to the library as a callback."""
    tasks: dict[str, Any] = {}
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as bar:

        def report(label: str, done: int, total: Optional[int] = None) -> None:
            if label not in tasks:
                tasks[label] = bar.add_task(label, total=total)
            bar.update(tasks[label], completed=done, total=total)

        yield report


def _db(db: Optional[Path]) -> Path:
    from lagebild.settings import get_settings

    return db or get_settings().db_path


def _fail(error: LagebildError) -> None:
    err.print(f"[red]error:[/red] {error}", markup=True, soft_wrap=True)
    raise typer.Exit(error.exit_code)


def _finish_report(report: Any, gate: bool) -> None:
    from lagebild.evaluation import check_gate

    for line in report.details:
        err.print(line, markup=False, soft_wrap=True)
    typer.echo(report.line())
    if gate:
        failures = check_gate(report)
        if failures:
            _fail(GateFailed(failures))


# --------------------------------------------------------------------------- main job


@app.command()
def run(
    articles: Annotated[
        list[str],
        typer.Argument(help="Files or folders (.txt .html .htm .jsonl, optionally .gz); '-' reads JSONL from stdin."),
    ],
    db: DbOption = None,
    model: ModelOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as one JSON object.")] = False,
) -> None:
    """Ingest, analyse, cluster and store ARTICLES."""
    from lagebild.runner import run_corpus

    try:
        with _progress() as progress:
            summary = run_corpus(
                articles, _db(db), model=model, progress=progress,
                on_skip=lambda e: err.print(f"skipped {e}", markup=False, soft_wrap=True),
                stdin=sys.stdin if "-" in articles else None,
            )
    except LagebildError as e:
        _fail(e)
    if as_json:
        typer.echo(json.dumps(summary.to_json(), ensure_ascii=False))
    else:
        typer.echo(summary.describe())
    raise typer.Exit(3 if summary.skipped else 0)


def _filters(
    since: Optional[str], until: Optional[str], outlet: Optional[list[str]], story: Optional[list[str]]
) -> Any:
    from lagebild.store.query import Filters

    try:
        return Filters.parse(since=since, until=until, outlets=outlet or [], stories=story or [])
    except ValueError as e:
        raise typer.BadParameter(str(e)) from e


SinceOption = Annotated[Optional[str], typer.Option("--since", help="Only articles published on/after this date.")]
UntilOption = Annotated[Optional[str], typer.Option("--until", help="Only articles published on/before this date.")]
OutletOption = Annotated[Optional[list[str]], typer.Option("--outlet", help="Only this outlet (repeatable).")]
StoryOption = Annotated[Optional[list[str]], typer.Option("--story", help="Only this story id (repeatable).")]


@app.command()
def report(
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write.")] = Path("briefing.html"),
    db: DbOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    outlet: OutletOption = None,
    story: StoryOption = None,
) -> None:
    """Write the HTML briefing: stories, who said what, figures and sources, timelines."""
    from lagebild.report.briefing import write_briefing

    try:
        write_briefing(_db(db), output, _filters(since, until, outlet, story))
    except LagebildError as e:
        _fail(e)
    err.print(f"wrote {output}", markup=False)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="json, csv (a folder of tables) or graphml.")] = "json",
    output: Annotated[
        Optional[Path],
        typer.Option("-o", "--output", help="File (json, graphml) or folder (csv); json defaults to stdout."),
    ] = None,
    db: DbOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    outlet: OutletOption = None,
    story: StoryOption = None,
) -> None:
    """Export the store (export contract version 1)."""
    from lagebild.report.export import write_export

    if fmt not in ("json", "csv", "graphml"):
        raise typer.BadParameter(f"unknown format {fmt!r} (json, csv, graphml)", param_hint="--format")
    if fmt != "json" and output is None:
        raise typer.BadParameter(f"--format {fmt} needs -o", param_hint="-o")
    try:
        write_export(_db(db), fmt, output if output is not None else sys.stdout, _filters(since, until, outlet, story))
    except LagebildError as e:
        _fail(e)


@app.command()
def forget(
    ids: Annotated[list[str], typer.Argument(help="Article ids to remove with everything derived from them.")],
    db: DbOption = None,
) -> None:
    """Remove articles and everything derived from them."""
    from lagebild.runner import forget_articles

    try:
        missing = forget_articles(_db(db), ids)
    except LagebildError as e:
        _fail(e)
    for doc_id in missing:
        err.print(f"not in the store: {doc_id}", markup=False)
    err.print(f"forgot {len(ids) - len(missing)} article(s)", markup=False)
    raise typer.Exit(3 if missing else 0)


# --------------------------------------------------------------------------- eval


@eval_app.command("ner")
def eval_ner(gate: GateOption = False, model: ModelOption = None) -> None:
    """NER on GermEval 2014 test (gold tokens): strict outer span F1 per class."""
    from lagebild.evaluation.ner import evaluate_ner

    _run_eval(lambda p: evaluate_ner(progress=p, model=model), gate)


@eval_app.command("tagging")
def eval_tagging(gate: GateOption = False) -> None:
    """UPOS and lemma accuracy on UD German-GSD test; verb mood on the hand-checked list."""
    from lagebild.evaluation.tagging import evaluate_tagging

    _run_eval(lambda p: evaluate_tagging(progress=p), gate)


@eval_app.command("quotes")
def eval_quotes(
    split: Annotated[str, typer.Option("--split", help="train or dev")] = "dev",
    file: Annotated[
        Optional[Path], typer.Option("--file", help="Any file in the german-news-quotes format (.jsonl[.gz]).")
    ] = None,
    gate: GateOption = False,
    quotes_model: Annotated[
        Optional[Path],
        typer.Option("--quotes-model", help="Add the optional learned quotation model (CC BY-NC-SA 4.0), "
                     "e.g. artifacts/quotes-nc/quotes-nc.npz."),
    ] = None,
) -> None:
    """Quotation detection and speaker attribution against german-news-quotes."""
    from lagebild.evaluation.quotes import evaluate_quotes

    if split not in ("train", "dev"):
        raise typer.BadParameter("train or dev", param_hint="--split")
    _run_eval(lambda p: evaluate_quotes(split=split, file=file, progress=p, quotes_model=quotes_model), gate)


@eval_app.command("stories")
def eval_stories(
    gold: Annotated[
        Path, typer.Option("--gold", help="Gold clustering (TSV: doc id, story label).")
    ] = Path("examples/gold-stories.tsv"),
    articles: Annotated[
        Optional[list[str]], typer.Argument(help="Articles to cluster (default: the folder of the gold file).")
    ] = None,
    gate: GateOption = False,
) -> None:
    """B-cubed and pairwise precision/recall/F1 of story clustering against a gold clustering."""
    from lagebild.evaluation.stories import evaluate_stories

    _run_eval(lambda p: evaluate_stories(gold=gold, inputs=articles, progress=p), gate)


@eval_app.command("figures")
def eval_figures(
    gold: Annotated[Optional[Path], typer.Option("--gold", help="Gold file (default: the bundled set).")] = None,
    gate: GateOption = False,
) -> None:
    """Figures with sources: P/R/F1 of value, subject span and source."""
    from lagebild.evaluation.figures import evaluate_figures

    _run_eval(lambda p: evaluate_figures(gold=gold, progress=p), gate)


@eval_app.command("times")
def eval_times(
    gold: Annotated[Optional[Path], typer.Option("--gold", help="Gold file (default: the bundled set).")] = None,
    gate: GateOption = False,
) -> None:
    """Time expressions: detection P/R/F1 and accuracy of resolved dates."""
    from lagebild.evaluation.times import evaluate_times

    _run_eval(lambda p: evaluate_times(gold=gold, progress=p), gate)


def _run_eval(call: Callable[[Any], Any], gate: bool) -> None:
    try:
        with _progress() as progress:
            result = call(progress)
    except LagebildError as e:
        _fail(e)
    _finish_report(result, gate)


# --------------------------------------------------------------------------- bench


WordsOption = Annotated[int, typer.Option("--words", help="Size of the generated corpus in words.")]


@bench_app.command("run")
def bench_run(words: WordsOption = 300_000, gate: GateOption = False) -> None:
    """End-to-end words/s of `run` on one core, beside a plain regex tokenizer."""
    from lagebild.evaluation.bench import bench_run as _bench

    _run_eval(lambda p: _bench(words=words, progress=p), gate)


@bench_app.command("nlp")
def bench_nlp(words: WordsOption = 200_000, gate: GateOption = False) -> None:
    """Words/s of the language backbone, beside spaCy's bare tokenizer."""
    from lagebild.evaluation.bench_nlp import bench_nlp as _bench

    _run_eval(lambda p: _bench(words=words, progress=p), gate)


@bench_app.command("quotes")
def bench_quotes(words: WordsOption = 200_000, gate: GateOption = False) -> None:
    """Words/s of the quotation stage."""
    from lagebild.evaluation.quotes import bench_quotes as _bench

    _run_eval(lambda p: _bench(words=words, progress=p), gate)


@bench_app.command("stories")
def bench_stories(
    sizes: Annotated[str, typer.Option("--sizes", help="Comma-separated corpus sizes.")] = "10000,100000",
    gate: GateOption = False,
) -> None:
    """Articles/s and peak memory of story clustering on synthetic corpora, with B-cubed F1."""
    from lagebild.evaluation.stories import bench_stories as _bench

    try:
        counts = [int(s) for s in sizes.split(",") if s]
    except ValueError as e:
        raise typer.BadParameter("comma-separated whole numbers", param_hint="--sizes") from e
    _run_eval(lambda p: _bench(sizes=counts, progress=p), gate)


# --------------------------------------------------------------------------- train


def _run_train(train: Callable[..., str], output: Path | None) -> None:
    """Run a training recipe with progress on stderr; its one-line summary goes to stdout."""
    try:
        with _progress() as progress:
            summary = train(output=output, progress=progress)
    except LagebildError as e:
        _fail(e)
    typer.echo(summary)


@train_app.command("ner")
def train_ner(
    output: Annotated[
        Optional[Path],
        typer.Option("-o", "--output", help="Where to write the model (default: the package's models/ner)."),
    ] = None,
) -> None:
    """Train the NER model on GermEval 2014 dev + europeana-ner-de (never on test)."""
    from lagebild.nlp.train_ner import train_ner as _train

    _run_train(_train, output)


@train_app.command("morphology")
def train_morphology(
    output: Annotated[
        Optional[Path], typer.Option("-o", "--output", help="Where to write the lexicon (default: the package's data).")
    ] = None,
) -> None:
    """Rebuild the POS/lemma/mood lexicon and tagger from packaged resources and LAGEBILD_DATA."""
    from lagebild.nlp.train_morphology import train_morphology as _train

    _run_train(_train, output)


@train_app.command("quotes")
def train_quotes(
    output: Annotated[
        Optional[Path],
        typer.Option("-o", "--output", help="Folder for quotes-nc.npz (default: artifacts/quotes-nc)."),
    ] = None,
) -> None:
    """Train the optional learned quotation model on german-news-quotes train (CC BY-NC-SA 4.0 artifact)."""
    from lagebild.nlp.train_quotes import train_quotes as _train

    _run_train(_train, output)


def entry() -> None:
    """Console-script entry point: map library errors escaping a command to their exit codes."""
    try:
        app()
    except UsageError as e:
        err.print(f"error: {e}", markup=False)
        sys.exit(2)
    except LagebildError as e:
        err.print(f"error: {e}", markup=False)
        sys.exit(e.exit_code)


if __name__ == "__main__":
    entry()
