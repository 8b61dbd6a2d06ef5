"""Fixtures shared by all test folders (each area keeps its own conftest for its own fixtures)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.settings import get_settings

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """LAGEBILD_DATA, or skip with the reason when the shared data sets are not there."""
    path = get_settings().data_dir
    if not path.is_dir():
        pytest.skip(f"shared data not found at {path} (set LAGEBILD_DATA)")
    return path


@pytest.fixture(scope="session")
def nlp():
    """The full default pipeline, loaded once per test session."""
    from lagebild.nlp.pipeline import load_pipeline

    return load_pipeline()
