"""The main job: ingest → analyse → cluster → store, with a summary of what happened.

One writer: this module owns the store connection for the whole run. Each article is saved in its
own transaction, so a failure in one article never loses what was stored before it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TextIO

from lagebild.analysis import analyse_articles
from lagebild.errors import InputError
from lagebild.ingest.readers import read_inputs
from lagebild.nlp.pipeline import load_pipeline
from lagebild.progress import Progress, no_progress
from lagebild.settings import get_settings
from lagebild.store.sqlite import Store
from lagebild.types import Analysis, Article


@dataclass
class RunSummary:
    """What one ``lagebild run`` did. Counts of quotes/figures are for the articles analysed in this run."""

    read: int = 0
    stored: int = 0
    replaced: int = 0
    unchanged: int = 0
    skipped: int = 0
    not_german: int = 0
    quotes: int = 0
    figures: int = 0
    times: int = 0
    stories: int = 0
    copies: int = 0
    documents_in_store: int = 0
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def describe(self) -> str:
        return (
            f"articles read {self.read}: stored {self.stored}, replaced {self.replaced}, "
            f"unchanged {self.unchanged}, skipped {self.skipped}, not German (stored, not analysed) {self.not_german}\n"
            f"quotes {self.quotes}, figures {self.figures}, time expressions {self.times}\n"
            f"store: {self.documents_in_store} articles in {self.stories} stories, {self.copies} copies"
        )


def _new_articles(
    items: Iterable[Article | InputError],
    store: Store,
    summary: RunSummary,
    on_skip: Callable[[InputError], None],
    progress: Progress,
) -> Iterator[Article]:
    """Articles that need analysis: new ids or changed content. Bad input is reported and skipped."""
    seen: dict[str, str] = {}
    for item in items:
        if isinstance(item, InputError):
            summary.skipped += 1
            summary.errors.append(str(item))
            on_skip(item)
            continue
        summary.read += 1
        progress("articles read", summary.read, None)
        digest = item.content_hash
        if seen.get(item.id) == digest or (item.id not in seen and store.content_hash(item.id) == digest):
            summary.unchanged += 1
            continue
        seen[item.id] = digest
        yield item


def _analyse_safely(
    articles: Iterable[Article], on_error: Callable[[Article, Exception], None], model: str | None = None
) -> Iterator[Analysis]:
    """Analyse in batches; if a batch fails, retry its articles one by one so one bad article skips alone."""
    nlp = load_pipeline(model)
    batch: list[Article] = []

    def flush() -> Iterator[Analysis]:
        try:
            results = list(analyse_articles(batch, nlp))
        except Exception:  # noqa: BLE001 - isolate the article that breaks the pipeline
            results = []
            for article in batch:
                try:
                    results.extend(analyse_articles([article], nlp))
                except Exception as e:  # noqa: BLE001
                    on_error(article, e)
        batch.clear()
        yield from results

    for article in articles:
        batch.append(article)
        if len(batch) >= 64:
            yield from flush()
    yield from flush()


def run_corpus(
    inputs: list[str],
    db: Path,
    *,
    model: str | None = None,
    progress: Progress = no_progress,
    on_skip: Callable[[InputError], None] = lambda e: None,
    stdin: TextIO | None = None,
) -> RunSummary:
    """Ingest ``inputs`` (files, folders, ``-`` for JSONL on ``stdin``) into the store at ``db``."""
    from lagebild.stories import update_stories

    summary = RunSummary()
    settings = get_settings()
    with Store(db) as store:

        def analysis_failed(article: Article, error: Exception) -> None:
            skip = InputError(article.source or article.id, f"analysis failed: {type(error).__name__}: {error}")
            summary.skipped += 1
            summary.errors.append(str(skip))
            on_skip(skip)

        items = read_inputs(inputs, max_bytes=settings.max_bytes, stdin=stdin)
        fresh = _new_articles(items, store, summary, on_skip, progress)
        for n, analysis in enumerate(_analyse_safely(fresh, analysis_failed, model), 1):
            outcome = store.save_analysis(analysis)
            if outcome == "stored":
                summary.stored += 1
            elif outcome == "replaced":
                summary.replaced += 1
            else:
                summary.unchanged += 1
            if not analysis.analysed:
                summary.not_german += 1
            summary.quotes += len(analysis.quotes)
            summary.figures += len(analysis.claims)
            summary.times += len(analysis.times)
            progress("articles analysed", n, None)
        # Re-cluster when articles changed (or no story layer exists yet); otherwise report the stored one.
        result = None if summary.stored or summary.replaced else store.load_story_result()
        if result is None or not result.stories:
            result = update_stories(store, progress)
        summary.stories = len(result.stories)
        summary.copies = len(result.copies)
        summary.documents_in_store = len(store.doc_ids())
    return summary


def forget_articles(db: Path, ids: list[str]) -> list[str]:
    """Remove articles and everything derived from them; re-cluster. Returns the ids not found."""
    from lagebild.stories import update_stories

    with Store(db) as store:
        missing = store.forget(ids)
        if len(missing) < len(ids):
            update_stories(store, no_progress)
    return missing
