from __future__ import annotations

from lagebild.stories.features import fold, term_counts, words


def test_term_counts_fold_suffixes_and_drop_stop_words_numbers_and_punctuation() -> None:
    tokens = words("Die Regierungen und die Regierung: 2026 verhandelten „Gipfels“ und Gipfel, ab heute.")
    counts = term_counts(tokens)
    assert counts["regierung"] == 2  # "Regierungen" folds onto "Regierung"
    assert counts["gipfel"] == 2  # quotes and the genitive -s are stripped
    assert "die" not in counts and "und" not in counts and "2026" not in counts and "ab" not in counts
    assert None not in counts


def test_fold_gives_the_same_term_on_repeated_lookups() -> None:
    token = words("Verhandlungen,")[0]  # tokens are lower-cased, punctuation still attached
    assert fold(token) == fold(token) == "verhandlung"
    assert fold("der") is None
