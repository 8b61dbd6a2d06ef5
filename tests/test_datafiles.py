import hashlib
from pathlib import Path

import pytest

from lagebild.datafiles import file_sha256, read_entries


def test_read_entries_skips_blank_lines_and_comments(tmp_path: Path) -> None:
    path = tmp_path / "roles.txt"
    path.write_text("# Rollen\n\nÖkonomin\n  Regierungssprecherin  \n# Ende\n", encoding="utf-8")
    assert read_entries(path) == ["Ökonomin", "Regierungssprecherin"]


def test_missing_file_is_an_error_unless_allowed(tmp_path: Path) -> None:
    assert read_entries(tmp_path / "none.txt", missing_ok=True) == []
    with pytest.raises(FileNotFoundError):
        read_entries(tmp_path / "none.txt")


def test_file_sha256_matches_hashlib_over_the_whole_file(tmp_path: Path) -> None:
    data = b"Die Lage sei ernst.\n" * 100_000  # larger than one read block
    path = tmp_path / "data.txt"
    path.write_bytes(data)
    assert file_sha256(path) == hashlib.sha256(data).hexdigest()
