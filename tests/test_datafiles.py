from pathlib import Path

import pytest

from lagebild.datafiles import read_entries


def test_read_entries_skips_blank_lines_and_comments(tmp_path: Path) -> None:
    path = tmp_path / "roles.txt"
    path.write_text("# Rollen\n\nÖkonomin\n  Regierungssprecherin  \n# Ende\n", encoding="utf-8")
    assert read_entries(path) == ["Ökonomin", "Regierungssprecherin"]


def test_missing_file_is_an_error_unless_allowed(tmp_path: Path) -> None:
    assert read_entries(tmp_path / "none.txt", missing_ok=True) == []
    with pytest.raises(FileNotFoundError):
        read_entries(tmp_path / "none.txt")
