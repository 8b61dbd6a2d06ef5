"""The quotes metric (lagebild eval quotes) on a tiny hand-made file in the german-news-quotes format."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.errors import UsageError
from lagebild.evaluation.quotes import (
    GoldQuote,
    evaluate_quotes,
    join_statement_pieces,
    match_quotes,
    speaker_correct,
    speaker_head,
)
from lagebild.nlp import extensions  # noqa: F401  (registers doc._.quotes)
from lagebild.types import Quote, Speaker, TextSpan

TEXT = ("„Wir sind bereit“, sagte Anna Berg. Der Minister erklärte, die Lage sei ernst. "
        "Die Gewerkschaft forderte mehr Lohn. Das Wetter war schön.")


def span(text: str, start_at: int = 0) -> tuple[int, int]:
    start = TEXT.index(text, start_at)
    return start, start + len(text)


def annotation(kind: str, quote: str, speaker: str | None, nested: bool = False) -> dict:
    qs, qe = span(quote)
    speaker_spans = [] if speaker is None else [dict(zip(("charBegin", "charEnd"), span(speaker), strict=True))]
    return {
        "type": kind, "isNested": nested, "medium": "Speech",
        "quote": {"spans": [{"charBegin": qs, "charEnd": qe}], "text": quote},
        "speaker": {"spans": speaker_spans, "text": speaker or ""},
        "cue": {"spans": [], "text": ""}, "frame": {"spans": [], "text": ""}, "addressee": {"spans": [], "text": ""},
    }


def quote(n: int, text: str, kind: str, speaker: str | None, name: str | None = None) -> Quote:
    s, e = span(text)
    mention = None
    if speaker is not None:
        ms, me = span(speaker)
        mention = TextSpan(ms, me, speaker)
    return Quote(id=f"a0#q{n}", doc="a0", start=s, end=e, text=text, kind=kind,  # type: ignore[arg-type]
                 statement=f"a0#s{n}", confidence=0.9, speaker=Speaker(mention, None, name or speaker))


PREDICTED = [
    # matches the Direct gold quote, speaker right
    quote(1, "„Wir sind bereit“", "direct", "Anna Berg"),
    # overlaps the Indirect gold quote by more than half, speaker wrong
    quote(2, "die Lage sei ernst", "indirect", "Die Gewerkschaft", name="Die Gewerkschaft"),
    # no gold quote here: a false positive
    quote(3, "Das Wetter war schön.", "indirect", None),
]


@pytest.fixture
def fixed_pipeline() -> Language:
    """A pipeline whose only component assigns the predictions above (the metric is under test, not the rules)."""
    nlp = spacy.blank("de")

    @Language.component("test_fixed_quotes")
    def fixed_quotes(doc: Doc) -> Doc:
        doc._.quotes = list(PREDICTED)
        return doc

    nlp.add_pipe("test_fixed_quotes")
    return nlp


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    article = {
        "documentName": "1 - Test (2024-05-02)",
        "fileName": "1 - Test (2024-05-02).pretty.json",
        "originalText": TEXT, "sentences": [], "tokens": [],
        "annotations": [
            annotation("Direct", "„Wir sind bereit“", "Anna Berg"),
            annotation("Indirect", "die Lage sei ernst", "Der Minister"),
            annotation("Reported", "Die Gewerkschaft forderte mehr Lohn.", "Die Gewerkschaft"),
            annotation("Direct", "Wir sind bereit", "Anna Berg", nested=True),  # not counted
        ],
    }
    path = tmp_path / "tiny.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path


def test_evaluate_quotes_known_scores(gold_file: Path, fixed_pipeline: Language) -> None:
    seen: list[tuple[str, int, int | None]] = []
    report = evaluate_quotes(split="dev", file=gold_file, progress=lambda label, done, total=None: seen.append(
        (label, done, total)), nlp=fixed_pipeline)
    m = report.metrics
    assert report.name == "quotes"
    # 3 counted gold quotes, 3 predictions, 2 matched
    assert m["quote_p"] == pytest.approx(2 / 3)
    assert m["quote_r"] == pytest.approx(2 / 3)
    assert m["quote_f1"] == pytest.approx(2 / 3)
    # speakers: only the direct quote's speaker is right -> 1/3 both ways
    assert m["speaker_f1"] == pytest.approx(1 / 3)
    assert m["direct_f1"] == pytest.approx(1.0)
    # indirect: precision 1/2 (one false positive), recall 1/1
    assert m["indirect_f1"] == pytest.approx(2 / 3)
    assert m["reported_f1"] == 0.0
    assert list(m)[:5] == ["quote_f1", "speaker_f1", "direct_f1", "indirect_f1", "reported_f1"]
    # no statement here has two pieces: the per-sentence numbers are the same
    assert m["quote_f1_sentences"] == pytest.approx(m["quote_f1"])
    assert any("statement pieces" in line for line in report.details)
    assert seen[-1] == ("quotes", 1, 1)
    assert any("Reported" in line for line in report.details)


def test_match_needs_half_of_the_longer_span() -> None:
    gold = [GoldQuote(0, 100, "Indirect", (), None)]
    short = Quote("d#q1", "d", 0, 49, "x" * 49, "indirect", "d#s1", 0.5)
    half = Quote("d#q2", "d", 50, 100, "x" * 50, "indirect", "d#s2", 0.5)
    assert match_quotes(gold, [short]) == []
    assert match_quotes(gold, [half]) == [(0, 0)]
    # one to one, best overlap first
    longer = Quote("d#q3", "d", 0, 90, "x" * 90, "indirect", "d#s3", 0.5)
    assert match_quotes(gold, [half, longer]) == [(0, 1)]


def test_speaker_rules() -> None:
    gold = GoldQuote(0, 10, "Direct", ((20, 30),), speaker_head("die Ökonomin Veronika Grimm"))
    assert speaker_head("die Ökonomin Veronika Grimm") == "Grimm"
    assert speaker_head("Der Minister") == "Minister"
    # a parenthesis or an apposition after the name is not part of the head's run
    assert speaker_head("Ministerpräsident Günther Oettinger (CDU)") == "Oettinger"
    assert speaker_head("Halima Jouini, Vorstandsmitglied der Vereinigung") == "Jouini"
    assert speaker_head("Günther Oettinger - CDU-Landeschef") == "Oettinger"  # a spaced hyphen as a dash
    assert speaker_head("Präsident John F. Kennedy") == "Kennedy"
    by_name = Quote("d#q1", "d", 0, 10, "x", "direct", "d#s1", 0.5,
                    speaker=Speaker(TextSpan(50, 53, "sie"), None, "Veronika Grimm"))
    assert speaker_correct(gold, by_name)
    wrong = Quote("d#q1", "d", 0, 10, "x", "direct", "d#s1", 0.5,
                  speaker=Speaker(TextSpan(50, 53, "sie"), None, "Olaf Scholz"))
    assert not speaker_correct(gold, wrong)
    no_speaker_gold = GoldQuote(0, 10, "Indirect", (), None)
    assert speaker_correct(no_speaker_gold, Quote("d#q1", "d", 0, 10, "x", "indirect", "d#s1", 0.5))
    assert not speaker_correct(no_speaker_gold, wrong)


STATEMENT_TEXT = ("Der Minister sagte, die Lage sei ernst. Man müsse handeln.  Es gebe keine Zeit. "
                  "Das Wetter war schön. Die Opposition sei empört.")


def piece(text: str, kind: str, statement: str, speaker: str | None = None) -> Quote:
    s = STATEMENT_TEXT.index(text)
    mention = None if speaker is None else TextSpan(STATEMENT_TEXT.index(speaker),
                                                   STATEMENT_TEXT.index(speaker) + len(speaker), speaker)
    return Quote(f"d#{s}", "d", s, s + len(text), text, kind, statement, 0.8,  # type: ignore[arg-type]
                 speaker=Speaker(mention, None, speaker))


def test_statement_pieces_join_only_across_whitespace_within_one_statement() -> None:
    first = piece("die Lage sei ernst.", "indirect", "d#s1", "Der Minister")
    second = piece("Man müsse handeln.", "mixed", "d#s1")
    third = piece("Es gebe keine Zeit.", "indirect", "d#s1")  # two spaces before it: still whitespace only
    after_gap = piece("Die Opposition sei empört.", "indirect", "d#s1")  # "Das Wetter war schön." between
    other_statement = piece("Das Wetter war schön.", "indirect", "d#s2")
    joined = join_statement_pieces(STATEMENT_TEXT, [third, after_gap, first, second])
    assert [(q.text, q.kind) for q in joined] == [
        ("die Lage sei ernst. Man müsse handeln.  Es gebe keine Zeit.", "mixed"),
        ("Die Opposition sei empört.", "indirect"),
    ]
    assert joined[0].speaker.mention is not None and joined[0].speaker.mention.text == "Der Minister"
    for q in joined:
        assert STATEMENT_TEXT[q.start:q.end] == q.text
    # a piece of another statement in between: nothing joins across it
    assert len(join_statement_pieces(STATEMENT_TEXT, [third, other_statement, after_gap])) == 3
    # different statement ids next to each other do not join; nor do direct quotes
    assert len(join_statement_pieces(STATEMENT_TEXT, [first, piece("Man müsse handeln.", "indirect", "d#s9")])) == 2
    assert len(join_statement_pieces(STATEMENT_TEXT, [first, piece("Man müsse handeln.", "direct", "d#s1")])) == 2


def test_joined_statement_matches_one_long_gold_quote(tmp_path: Path) -> None:
    """Gold marks the Konjunktiv-I run as one quote: joined it matches, sentence by sentence it would not."""
    gold_start = STATEMENT_TEXT.index("die Lage")
    gold_end = STATEMENT_TEXT.index("Das Wetter") - 1
    article = {
        "documentName": "2 - Test (2024-05-02)", "fileName": "2 - Test (2024-05-02).pretty.json",
        "originalText": STATEMENT_TEXT, "sentences": [], "tokens": [],
        "annotations": [{
            "type": "Indirect", "isNested": False, "medium": "Speech",
            "quote": {"spans": [{"charBegin": gold_start, "charEnd": gold_end}], "text": ""},
            "speaker": {"spans": [{"charBegin": 0, "charEnd": 12}], "text": "Der Minister"},
            "cue": {"spans": [], "text": ""}, "frame": {"spans": [], "text": ""},
            "addressee": {"spans": [], "text": ""},
        }],
    }
    path = tmp_path / "statement.jsonl"
    path.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    pieces = [piece("die Lage sei ernst.", "indirect", "d#s1", "Der Minister"),
              piece("Man müsse handeln.", "indirect", "d#s1", "Der Minister"),
              piece("Es gebe keine Zeit.", "indirect", "d#s1", "Der Minister")]
    nlp = spacy.blank("de")

    @Language.component("test_statement_pieces")
    def fixed(doc: Doc) -> Doc:
        doc._.quotes = list(pieces)
        return doc

    nlp.add_pipe("test_statement_pieces")
    m = evaluate_quotes(file=path, nlp=nlp).metrics
    assert m["quote_f1"] == pytest.approx(1.0)
    assert m["speaker_f1"] == pytest.approx(1.0)
    # per sentence: 3 predictions, the longest piece covers less than half of the gold quote -> no match
    assert m["quote_p_sentences"] == 0.0
    assert m["quote_f1_sentences"] == 0.0


def test_report_prints_a_calibration_table_per_confidence() -> None:
    from lagebild.evaluation.quotes import GoldQuote, QuoteCounts, report_from_counts, score_article
    from lagebild.types import Quote

    gold = [GoldQuote(start=0, end=10, type="Direct", speaker=(), speaker_head=None)]
    pred = [Quote(id="q1", doc="d", start=0, end=10, text="x" * 10, kind="direct", statement="s1", confidence=0.85),
            Quote(id="q2", doc="d", start=20, end=30, text="y" * 10, kind="reported", statement="s2", confidence=0.45)]
    counts = QuoteCounts.empty()
    score_article(gold, pred, counts)
    details = report_from_counts(counts, 1).details
    rows = details[details.index("calibration: confidence  predicted  matched share") + 1:]
    assert rows[0].split() == ["0.85", "1", "1.000"]
    assert rows[1].split() == ["0.45", "1", "0.000"]


def test_bad_records_are_skipped_with_their_line_and_the_rest_is_scored(
    gold_file: Path, fixed_pipeline: Language, tmp_path: Path
) -> None:
    with gzip.open(gold_file, "rt", encoding="utf-8") as fh:
        good = fh.read().strip()
    article = json.loads(good)
    outside = json.loads(good)
    outside["annotations"][0]["quote"]["spans"][0]["charEnd"] = len(TEXT) + 5
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text("\n".join([good, '{"broken', json.dumps({"fileName": "x"}), json.dumps(outside), "[1]"]) + "\n",
                     encoding="utf-8")
    report = evaluate_quotes(file=mixed, nlp=fixed_pipeline)
    expected = evaluate_quotes(file=gold_file, nlp=fixed_pipeline)
    assert report.metrics == expected.metrics  # the good article is scored as if alone
    skipped = [line for line in report.details if line.startswith("skipped")]
    assert [line.split(": ")[0] for line in skipped] == [
        f"skipped {mixed}:2", f"skipped {mixed}:3 (x)", f"skipped {mixed}:4 ({article['fileName']})",
        f"skipped {mixed}:5"]
    assert "not JSON" in skipped[0] and "no originalText" in skipped[1] and "outside the text" in skipped[2]


def test_a_missing_quotes_file_is_a_one_line_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="quotes file not found: .*nowhere.jsonl"):
        evaluate_quotes(file=tmp_path / "nowhere.jsonl", nlp=spacy.blank("de"))


def test_a_bad_nested_annotation_does_not_cost_its_article(gold_file: Path, fixed_pipeline: Language,
                                                           tmp_path: Path) -> None:
    with gzip.open(gold_file, "rt", encoding="utf-8") as fh:
        article = json.loads(fh.read())
    article["annotations"][3]["quote"]["spans"] = [{"charBegin": -5, "charEnd": 10_000}]  # the nested one: not read
    nested = tmp_path / "nested.jsonl"
    nested.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    report = evaluate_quotes(file=nested, nlp=fixed_pipeline)
    assert not any(line.startswith("skipped") for line in report.details)
    assert report.metrics == evaluate_quotes(file=gold_file, nlp=fixed_pipeline).metrics
    article["annotations"][0]["speaker"]["text"] = None  # read for the speaker's head noun
    nested.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    details = evaluate_quotes(file=nested, nlp=fixed_pipeline).details
    assert any("speaker text is not a string" in line for line in details)
