from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.clean.boilerplate import BoilerplatePatterns, default_patterns, find_boilerplate, read_pattern_file
from lagebild.errors import UsageError

BOILERPLATE_LINES = [
    "Anzeige",
    "ANZEIGE",
    "   Anzeige   ",
    "Artikel teilen",
    "Lesen Sie auch: Was die Schuldenbremse für den Haushalt bedeutet",
    "Lesen Sie auch",
    "Mehr zum Thema",
    "Mehr zum Thema: Inflation steigt wieder",
    "Weitere Artikel zum Thema",
    "Zur Startseite",
    "Mehr lesen",
    "Weiterlesen",
    "Folgen Sie uns auf Facebook, X und Instagram",
    "Folgen Sie der Tagesschau auf WhatsApp",
    "Teilen auf Facebook",
    "Teilen auf X",
    "Teilen auf WhatsApp",
    "Facebook Twitter WhatsApp E-Mail",
    "Foto: dpa/Kay Nietfeld",
    "Foto: picture alliance / dpa | Kay Nietfeld",
    "Foto: J. Büttner/dpa-Zentralbild",
    "Bild: IMAGO/Chris Emil Janßen",
    "© dpa",
    "Copyright 2026 Tagesblatt GmbH",
    "© dpa-infocom, dpa:260303-930-123456/1",
    "(Quelle: imago)",
    "Veronika Grimm in Berlin. Foto: Kay Nietfeld/dpa",
    "Kanzler Merz im Bundestag (Foto: IMAGO/Political-Moments)",
    "Hier klicken, um externe Inhalte anzuzeigen",
    "Hier klicken, um externe Inhalte anzuzeigen. Dabei werden personenbezogene Daten an Dritte übermittelt.",
    "Empfohlener externer Inhalt",
    "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
    'Mit Klick auf "Alle akzeptieren" stimmen Sie der Verwendung von Cookies zu. Ihre Einwilligung können Sie '
    "jederzeit widerrufen.",
    "Alle akzeptieren",
    "Impressum | Datenschutz | AGB",
    "Newsletter abonnieren",
    "Jetzt den kostenlosen Newsletter abonnieren!",
    "— Olaf Scholz (@Bundeskanzler) 3. März 2026",
    "Wir stehen fest an der Seite der Ukraine. pic.twitter.com/AbC123xyz",
    "Wir stehen an der Seite der Ukraine. pic.twitter.com/AbC123 — Olaf Scholz (@Bundeskanzler) March 3, 2026",
    "Ein Beitrag geteilt von Tagesschau (@tagesschau)",
    "View this post on Instagram",
    "Kommentare (12)",
]

ARTICLE_LINES = [
    "Anzeige gegen den Minister erstattet.",
    "Die Polizei hat Anzeige erstattet.",
    "Werbung für Tabak soll verboten werden.",
    "Das Foto zeigt den Kanzler bei seiner Rede im Bundestag.",
    "Der Fotograf sagte: „Das Bild ging um die Welt.“",
    "Bilder aus Gaza zeigten Zerstörung, sagte sie.",
    "BILD: Herr Merz, wie geht es weiter?",
    "Zum Thema Migration sagte Merz, die Regierung werde handeln.",
    "Mehr zum Thema Rente wollte er nicht sagen.",
    "Lesen Sie, was der Kanzler sagte.",
    "Die Verbraucherzentrale kritisiert, dass viele Websites Cookies setzen, ohne dass Nutzer zustimmen.",
    "Der Newsletter der Partei wurde jetzt eingestellt, sagte ein Sprecher.",
    "Die Partei bat ihre Mitglieder, den Newsletter zu abonnieren.",
    "Er teilte auf Facebook mit, er werde zurücktreten.",
    "Auf X schrieb die Ministerin: „Wir bleiben hart.“",
    "Copyright-Streit eskaliert: Verlage verklagen KI-Firma",
    "Copyright ist ein wichtiges Gut, sagte sie",
    "Quelle: Statistisches Bundesamt",
    "Laut Statistischem Bundesamt schrumpfte die Wirtschaft um 0,3 Prozent.",
    "»Wir bleiben hart«",
    "„Die Lage ist ernster, als viele glauben“, sagte die Ökonomin.",
    "Folgen Sie den Anweisungen der Behörden auf der Website.",
    "Weiter geht es am Dienstag.",
    "Mehr als 500 Menschen demonstrierten.",
    "Teilen ist für ihn ein Grundprinzip, sagte der Gründer.",
    "Die Ministerin twitterte: Wir stehen fest an der Seite der Ukraine.",
    "Grimm warnt vor Rezession",
]


@pytest.mark.parametrize("line", BOILERPLATE_LINES)
def test_boilerplate_line_is_found(line: str) -> None:
    assert default_patterns().matches(line)


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_article_sentence_is_kept(line: str) -> None:
    assert not default_patterns().matches(line)


def test_spans_point_at_whole_lines_with_exact_offsets() -> None:
    text = (
        "Grimm warnt vor Rezession\r\n"
        "Foto: Kay Nietfeld/dpa\n"
        "Die Ökonomin warnte am Dienstag. Die Anzeige kam später.\n"
        "\n"
        "  Anzeige  \n"
        "Lesen Sie auch: Was die Schuldenbremse bedeutet\r\n"
        "Artikel teilen"
    )
    spans = find_boilerplate(text)
    assert [s.text for s in spans] == [
        "Foto: Kay Nietfeld/dpa",
        "  Anzeige  ",
        "Lesen Sie auch: Was die Schuldenbremse bedeutet",
        "Artikel teilen",
    ]
    for span in spans:
        assert text[span.start:span.end] == span.text
    assert spans[0].start == text.index("Foto")
    assert spans[-1].end == len(text)


def test_no_false_positives_on_an_ordinary_article() -> None:
    text = "\n".join(ARTICLE_LINES)
    assert find_boilerplate(text) == []


def test_user_patterns_extend_the_packaged_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "mine.txt"
    extra.write_text("# Hausblatt-Werbung\nunterstützen sie unabhängigen journalismus.{0,40}\n", encoding="utf-8")
    monkeypatch.setenv("LAGEBILD_BOILERPLATE", str(extra))
    text = "Anzeige\nUnterstützen Sie unabhängigen Journalismus!\nDer Rat tagte."
    assert [s.text for s in find_boilerplate(text)] == ["Anzeige", "Unterstützen Sie unabhängigen Journalismus!"]


def test_bad_user_pattern_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("# comment\nok\n(unclosed\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"bad\.txt:3: invalid boilerplate pattern"):
        BoilerplatePatterns.from_files([bad])


def test_missing_pattern_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="cannot read boilerplate pattern file"):
        read_pattern_file(tmp_path / "nope.txt")


def test_needs_comment_limits_a_pattern_to_lines_with_its_words() -> None:
    patterns = BoilerplatePatterns.from_lines([("t", 1, "(?#needs: spende).{0,40}jetzt spenden")])
    assert patterns.matches("Bitte jetzt spenden")  # the word check is case-insensitive, "spende" in "spenden"
    assert not patterns.matches("Bitte jetzt zahlen")
    assert patterns.triggered and patterns.triggered[0].words == ("spende",)


def test_very_long_lines_are_article_text() -> None:
    assert not default_patterns().matches("Anzeige " + "x" * 5000)
