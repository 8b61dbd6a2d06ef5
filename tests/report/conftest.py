"""Fixtures for report tests: a store filled from the hand-built corpus of tests/store/corpus_builder.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from lagebild.store.sqlite import Store


def _corpus_builder() -> ModuleType:
    # tests/ is not a package, so the sibling folder's helper is loaded by path.
    path = Path(__file__).resolve().parents[1] / "store" / "corpus_builder.py"
    spec = importlib.util.spec_from_file_location("lagebild_test_corpus_builder", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


corpus = _corpus_builder()


@pytest.fixture(scope="session")
def report_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with four articles (one English), two stories, a copy and a shared statement."""
    path = tmp_path_factory.mktemp("report") / "lagebild.db"
    with Store(path) as store:
        for analysis in corpus.build_analyses():
            store.save_analysis(analysis)
        store.save_story_result(corpus.build_story_result())
    return path


@pytest.fixture(scope="session")
def bare_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same articles without any story layer (as before the stories stage ran)."""
    path = tmp_path_factory.mktemp("bare") / "lagebild.db"
    with Store(path) as store:
        for analysis in corpus.build_analyses():
            store.save_analysis(analysis)
    return path
