"""Settings read from the environment, in one place.

``LAGEBILD_DATA``       folder with the evaluation/training data (default ``../shared/data``)
``LAGEBILD_DB``         default SQLite store (default ``lagebild.db``)
``LAGEBILD_MAX_BYTES``  largest input file accepted (default 20 MB)
``LAGEBILD_BOILERPLATE`` extra boilerplate pattern file(s), ``os.pathsep``-separated
``LAGEBILD_QUOTES_MODEL`` opt-in learned quotation model (``artifacts/quotes-nc/quotes-nc.npz``, CC BY-NC-SA 4.0);
                        unset (the default): rules only
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE_DATA = Path(__file__).parent / "data"
MODELS_DIR = Path(__file__).parent / "models"


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=lambda: Path(os.environ.get("LAGEBILD_DATA", "../shared/data")))
    db_path: Path = field(default_factory=lambda: Path(os.environ.get("LAGEBILD_DB", "lagebild.db")))
    max_bytes: int = field(default_factory=lambda: int(os.environ.get("LAGEBILD_MAX_BYTES", 20 * 1024 * 1024)))
    extra_boilerplate: tuple[Path, ...] = field(
        default_factory=lambda: tuple(
            Path(p) for p in os.environ.get("LAGEBILD_BOILERPLATE", "").split(os.pathsep) if p
        )
    )
    quotes_model: Path | None = field(
        default_factory=lambda: Path(os.environ["LAGEBILD_QUOTES_MODEL"]) if os.environ.get("LAGEBILD_QUOTES_MODEL")
        else None
    )


def get_settings() -> Settings:
    return Settings()


def data_path(*parts: str) -> Path:
    """A path inside LAGEBILD_DATA; raises DataMissing with a clear message if absent."""
    from lagebild.errors import DataMissing

    path = get_settings().data_dir.joinpath(*parts)
    if not path.exists():
        raise DataMissing(path)
    return path
