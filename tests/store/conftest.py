"""Fixtures for store tests: a hand-built corpus (tests/store/corpus_builder.py) saved into a fresh store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from corpus_builder import build_analyses, build_story_result

from lagebild.store.sqlite import Store
from lagebild.types import Analysis, StoryResult


@pytest.fixture
def analyses() -> list[Analysis]:
    return build_analyses()


@pytest.fixture
def story_result() -> StoryResult:
    return build_story_result()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "lagebild.db"


@pytest.fixture
def filled_store(db_path: Path, analyses: list[Analysis], story_result: StoryResult) -> Iterator[Store]:
    with Store(db_path) as store:
        for analysis in analyses:
            store.save_analysis(analysis)
        store.save_story_result(story_result)
        yield store
