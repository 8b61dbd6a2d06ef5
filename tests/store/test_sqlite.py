from __future__ import annotations

import copy
import sqlite3
import threading
from pathlib import Path

import pytest

from lagebild.errors import StoreError
from lagebild.store.schema import SCHEMA_VERSION
from lagebild.store.sqlite import Store, date_range
from lagebild.types import Analysis, PartialDate, Quote, StoryResult


def _row_count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_round_trip_of_every_field(filled_store: Store, analyses: list[Analysis], story_result: StoryResult) -> None:
    assert list(filled_store.iter_analyses()) == analyses
    assert filled_store.load_story_result() == story_result
    assert filled_store.doc_ids() == ["a1", "a2", "a3", "en1"]
    assert list(filled_store.iter_analyses(["a3", "nope", "a1"])) == [analyses[2], analyses[0]]


def test_round_trip_through_a_read_only_connection(filled_store: Store, db_path: Path,
                                                   analyses: list[Analysis]) -> None:
    with Store(db_path, readonly=True) as reader:
        assert list(reader.iter_analyses()) == analyses
        with pytest.raises(StoreError, match="read-only"):
            reader.save_analysis(analyses[0])


def test_saving_the_same_content_twice_is_unchanged(db_path: Path, analyses: list[Analysis]) -> None:
    with Store(db_path) as store:
        assert [store.save_analysis(a) for a in analyses] == ["stored"] * 4
        before = store.counts()
        assert [store.save_analysis(a) for a in analyses] == ["unchanged"] * 4
        assert store.counts() == before
    assert _row_count(db_path, "quotes") == 5
    assert _row_count(db_path, "documents") == 4


def test_replacing_an_article_removes_everything_derived(filled_store: Store, analyses: list[Analysis],
                                                         db_path: Path) -> None:
    filled_store.put_features("minhash", {"a1": b"\x01\x02", "a2": b"\x03"})
    new = copy.deepcopy(analyses[0])
    new.article.text = new.article.text.replace("ernst", "sehr ernst")
    new.quotes = new.quotes[:1]
    new.quotes[0] = Quote("a1#q9", "a1", 0, 5, new.article.text[:5], "direct", "a1#s9", 0.5)
    new.claims, new.times = [], []
    assert filled_store.save_analysis(new) == "replaced"
    assert filled_store.doc_ids() == ["a1", "a2", "a3", "en1"]  # keeps its place in ingestion order
    stored = next(filled_store.iter_analyses(["a1"]))
    assert stored == new
    assert [q.id for a in filled_store.iter_analyses() for q in a.quotes] == ["a1#q9", "a2#q1", "a3#q1", "a3#q2"]
    assert _row_count(db_path, "claims") == 1 and _row_count(db_path, "times") == 2
    # its features and story-level rows are gone, those of other documents stay
    assert filled_store.get_features("minhash") == {"a2": b"\x03"}
    result = filled_store.load_story_result()
    assert "a1" not in filled_store.story_assignments()
    assert result.stories[0].documents == ["a2"] and result.stories[0].origin is None
    assert result.copies == []
    assert "a1#q1" not in result.statements and result.statements == {"a2#q1": "S1"}
    assert [t.doc for t in result.timeline] == ["a3"]
    assert "E2" not in {e.id for e in result.entities}  # only known from a1
    assert {m.doc for e in result.entities for m in e.mentions} == {"a2", "a3"}


def test_forget_removes_documents_and_story_rows(filled_store: Store, db_path: Path) -> None:
    assert filled_store.forget(["a3", "missing"]) == ["missing"]
    assert filled_store.doc_ids() == ["a1", "a2", "en1"]
    result = filled_store.load_story_result()
    assert [s.id for s in result.stories] == ["s1"]  # s2 had only a3
    assert "E4" not in {e.id for e in result.entities}
    assert all(t.doc != "a3" for t in result.timeline)
    for table in ("quotes", "times", "entities", "mentions"):
        with sqlite3.connect(db_path) as conn:
            assert conn.execute(f"SELECT COUNT(*) FROM {table} WHERE doc = 'a3'").fetchone()[0] == 0
    assert filled_store.forget([]) == []


def test_counts(filled_store: Store) -> None:
    assert filled_store.counts() == {
        "documents": 4, "quotes": 5, "claims": 4, "times": 3, "entities": 5, "stories": 2, "copies": 1,
    }


def test_features_and_story_assignments(filled_store: Store) -> None:
    filled_store.put_features("minhash", {"a1": b"\x00\xff", "ghost": b"x"})
    filled_store.put_features("minhash", {"a1": b"\x01"})
    assert filled_store.get_features("minhash") == {"a1": b"\x01"}
    assert filled_store.get_features("other") == {}
    assert filled_store.story_assignments() == {"a1": "s1", "a2": "s1", "a3": "s2"}


def test_save_story_result_replaces_the_whole_layer(filled_store: Store) -> None:
    filled_store.save_story_result(StoryResult())
    assert filled_store.load_story_result() == StoryResult()
    assert filled_store.story_assignments() == {}


def test_a_failing_save_rolls_back_only_that_article(filled_store: Store, analyses: list[Analysis]) -> None:
    bad = copy.deepcopy(analyses[1])
    bad.article.text += "neu"
    broken = copy.copy(bad.quotes[0])
    broken.kind = None  # type: ignore[assignment]  # violates NOT NULL half way through the article
    bad.quotes.append(broken)
    with pytest.raises(sqlite3.IntegrityError):
        filled_store.save_analysis(bad)
    assert next(filled_store.iter_analyses(["a2"])) == analyses[1]
    assert filled_store.save_analysis(analyses[0]) == "unchanged"


def test_migrates_an_empty_v0_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    sqlite3.connect(path).close()
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.doc_ids() == []
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_refuses_a_newer_database(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer than this lagebild supports"):
        Store(path)
    with pytest.raises(StoreError, match="newer"):
        Store(path, readonly=True)


def test_refuses_bad_and_missing_files(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="not a lagebild store"):
        Store(junk)
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "absent.db", readonly=True)
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "no" / "such" / "dir.db")


def test_reader_sees_last_commit_while_writer_holds_a_transaction(filled_store: Store, db_path: Path,
                                                                  analyses: list[Analysis]) -> None:
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM quotes")
    try:
        result: list[int] = []

        def read() -> None:
            with Store(db_path, readonly=True) as reader:
                result.append(reader.counts()["quotes"])

        thread = threading.Thread(target=read)
        thread.start()
        thread.join(timeout=5)
        assert result == [5]  # not blocked, and the uncommitted delete is invisible
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_date_range_of_partial_dates() -> None:
    assert date_range(PartialDate(2024, 2)) == ("2024-02-01", "2024-02-29")
    assert date_range(PartialDate(2024, 12)) == ("2024-12-01", "2024-12-31")
    assert date_range(PartialDate(2024)) == ("2024-01-01", "2024-12-31")
    assert date_range(PartialDate(2024, 11, 3)) == ("2024-11-03", "2024-11-03")
    assert date_range(None) == (None, None)


def test_applies_pending_migrations_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import lagebild.store.sqlite as sqlite_store

    path = tmp_path / "v1.db"
    Store(path).close()
    later = "ALTER TABLE documents ADD COLUMN note TEXT; CREATE TABLE extra (x INTEGER);"
    monkeypatch.setattr(sqlite_store, "MIGRATIONS", [*sqlite_store.MIGRATIONS, later])
    monkeypatch.setattr(sqlite_store, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION + 1
    with sqlite3.connect(path) as conn:
        assert "note" in [r[1] for r in conn.execute("PRAGMA table_info(documents)")]
    broken = "CREATE TABLE extra (x INTEGER);"  # fails: already there → rolled back, version unchanged
    monkeypatch.setattr(sqlite_store, "MIGRATIONS", [*sqlite_store.MIGRATIONS, broken])
    monkeypatch.setattr(sqlite_store, "SCHEMA_VERSION", SCHEMA_VERSION + 2)
    with pytest.raises(StoreError, match="cannot migrate"):
        Store(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1


def test_a_forgotten_article_saved_again_goes_to_the_end(filled_store: Store, analyses: list[Analysis]) -> None:
    filled_store.forget(["a1"])
    assert filled_store.save_analysis(analyses[0]) == "stored"
    assert filled_store.doc_ids() == ["a2", "a3", "en1", "a1"]
    assert filled_store.content_hash("a1") == analyses[0].article.content_hash
    assert filled_store.content_hash("zzz") is None
