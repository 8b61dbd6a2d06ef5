"""A small hand-built corpus with every field of the domain types set (no NLP stages involved).

Offsets are computed with ``str.find`` so ``text[start:end] == span.text`` holds by construction.
Loaded by tests/store/conftest.py and tests/report/conftest.py.
"""

from __future__ import annotations

from lagebild.types import (
    Analysis,
    Article,
    Claim,
    ClaimSource,
    Copy,
    Entity,
    Evidence,
    Origin,
    PartialDate,
    Quote,
    Speaker,
    Story,
    StoryResult,
    TextSpan,
    TimeExpression,
    TimelineEvent,
)

A1_TEXT = (
    "Startseite > Wirtschaft\n"
    "Die Ökonomin Veronika Grimm warnt vor einer Rezession. "
    "„Die Lage ist ernst“, sagte Grimm am Dienstag im Deutschlandfunk. "
    "Die Inflation liege bei 2,4 Prozent, sagte die Ökonomin. "
    "Laut Statistischem Bundesamt stieg die Zahl der Arbeitslosen um 3 Prozent auf 2,9 Millionen. "
    "<script>alert('x')</script> & Co.\n"
)
A2_TEXT = (
    "Veronika Grimm warnt vor einer Rezession. "
    "„Die Lage ist ernst“, sagte Grimm im Deutschlandfunk. "
    "Die Zahl der Arbeitslosen liegt nach Angaben der Bundesagentur bei 3,0 Millionen.\n"
)
A3_TEXT = (
    "Der Bundestag hat am 14. November 2024 den Haushalt beschlossen. "
    "Finanzminister Jörg Kukies sprach von einem „wichtigen Signal“.\n"
)
EN_TEXT = "The chancellor met the press on Tuesday.\n"


def span(text: str, needle: str, after: int = 0) -> TextSpan:
    start = text.index(needle, after)
    return TextSpan(start, start + len(needle), needle)


def _pos(s: TextSpan) -> tuple[int, int, str]:
    return s.start, s.end, s.text


def ev(doc: str, text: str, needle: str, after: int = 0) -> Evidence:
    s = span(text, needle, after)
    return Evidence(doc, s.start, s.end)


def build_analyses() -> list[Analysis]:
    t = A1_TEXT
    a1 = Article(
        id="a1", text=t, url="https://example.org/a1", outlet="Beispiel-Zeitung", title="Grimm warnt <vor> Rezession",
        published=PartialDate(2024, 11, 26), published_inferred=False, lang="de",
        dropped=[span(t, "Startseite > Wirtschaft")], source="news/a1.txt",
    )
    grimm = Entity("a1#e1", "Veronika Grimm", "PER", aliases=["Grimm", "die Ökonomin"], roles=["Ökonomin"],
                   affiliations=["Sachverständigenrat"],
                   mentions=[ev("a1", t, "Veronika Grimm"), ev("a1", t, "Grimm", t.index("sagte Grimm"))])
    dlf = Entity("a1#e2", "Deutschlandfunk", "ORG", mentions=[ev("a1", t, "Deutschlandfunk")])
    destatis = Entity("a1#e3", "Statistisches Bundesamt", "ORG", aliases=["Statistischem Bundesamt"],
                      mentions=[ev("a1", t, "Statistischem Bundesamt")])
    q1 = span(t, "„Die Lage ist ernst“")
    q2 = span(t, "Die Inflation liege bei 2,4 Prozent")
    quotes = [
        Quote("a1#q1", "a1", q1.start, q1.end, q1.text, "direct", "a1#s1", 0.9731,
              speaker=Speaker(span(t, "Grimm", t.index("sagte Grimm")), "a1#e1", "Veronika Grimm"),
              cue=span(t, "sagte", q1.end), medium="Deutschlandfunk"),
        Quote("a1#q2", "a1", q2.start, q2.end, q2.text, "indirect", "a1#s2", 0.8,
              speaker=Speaker(span(t, "die Ökonomin", q2.end), "a1#e1", "Veronika Grimm"),
              cue=span(t, "sagte", q2.end), medium=None),
    ]
    c1 = span(t, "um 3 Prozent")
    c2 = span(t, "auf 2,9 Millionen")
    src = span(t, "Laut Statistischem Bundesamt")
    claims = [
        Claim("a1#c1", "a1", c1.start, c1.end, c1.text, 3.0, "%", "Anstieg", span(t, "die Zahl der Arbeitslosen"), 0.91,
              ClaimSource("Statistisches Bundesamt", src, "a1#e3")),
        Claim("a1#c2", "a1", c2.start, c2.end, c2.text, 2_900_000.0, None, None, span(t, "die Zahl der Arbeitslosen"),
              0.88, ClaimSource("Statistisches Bundesamt", src, "a1#e3")),
        Claim("a1#c3", "a1", *_pos(span(t, "2,4 Prozent")), 2.4, "%", None, span(t, "Die Inflation"), 0.5, None),
    ]
    tm = span(t, "am Dienstag")
    times = [TimeExpression("a1#t1", "a1", tm.start, tm.end, tm.text, PartialDate(2024, 11, 26), "published", 0.95)]
    a1_analysis = Analysis(a1, [grimm, dlf, destatis], quotes, claims, times)

    t = A2_TEXT
    a2 = Article(id="a2", text=t, url="https://example.net/a2", outlet="Nachrichten-Portal", title="Grimm: Lage ernst",
                 published=PartialDate(2024, 11), published_inferred=True, lang="de", source="feed.jsonl:2")
    grimm2 = Entity("a2#e1", "Veronika Grimm", "PER", aliases=["Grimm"], mentions=[ev("a2", t, "Veronika Grimm")])
    ba = Entity("a2#e2", "Bundesagentur für Arbeit", "ORG", aliases=["Bundesagentur"],
                mentions=[ev("a2", t, "Bundesagentur")])
    q = span(t, "„Die Lage ist ernst“")
    a2_quotes = [Quote("a2#q1", "a2", q.start, q.end, q.text, "direct", "a2#s1", 0.95,
                       speaker=Speaker(span(t, "Grimm", q.end), "a2#e1", "Veronika Grimm"), cue=span(t, "sagte", q.end),
                       medium="Deutschlandfunk")]
    c = span(t, "bei 3,0 Millionen")
    a2_claims = [Claim("a2#c1", "a2", c.start, c.end, c.text, 3_000_000.0, None, None,
                       span(t, "Die Zahl der Arbeitslosen"), 0.85,
                       ClaimSource("Bundesagentur für Arbeit", span(t, "nach Angaben der Bundesagentur"), "a2#e2"))]
    a2_analysis = Analysis(a2, [grimm2, ba], a2_quotes, a2_claims, [])

    t = A3_TEXT
    a3 = Article(id="a3", text=t, outlet="Beispiel-Zeitung", title="Haushalt beschlossen", published=PartialDate(2024),
                 lang="de")
    kukies = Entity("a3#e1", "Jörg Kukies", "PER", roles=["Finanzminister"], mentions=[ev("a3", t, "Jörg Kukies")])
    bt = Entity("a3#e2", "Bundestag", "ORG", mentions=[ev("a3", t, "Bundestag")])
    q = span(t, "„wichtigen Signal“")
    a3_quotes = [Quote("a3#q1", "a3", q.start, q.end, q.text, "mixed", "a3#s1", 0.7,
                       speaker=Speaker(span(t, "Finanzminister Jörg Kukies"), "a3#e1", "Jörg Kukies"),
                       cue=span(t, "sprach"), medium=None),
                 Quote("a3#q2", "a3", q.start, q.end, q.text, "reported", "a3#s2", 0.3,
                       speaker=Speaker(None, None, None), cue=None, medium=None)]
    tm = span(t, "am 14. November 2024")
    a3_times = [TimeExpression("a3#t1", "a3", tm.start, tm.end, tm.text, PartialDate(2024, 11, 14), "text"),
                TimeExpression("a3#t2", "a3", 0, 3, "Der", None, "none", 0.1)]
    a3_analysis = Analysis(a3, [kukies, bt], a3_quotes, [], a3_times)

    en = Article(id="en1", text=EN_TEXT, outlet="World News", title="Press", published=PartialDate(2024, 12, 2),
                 lang="en")
    return [a1_analysis, a2_analysis, a3_analysis, Analysis(en)]


def build_story_result() -> StoryResult:
    a1_time = A1_TEXT.index("am Dienstag")
    a3_time = A3_TEXT.index("am 14. November 2024")
    return StoryResult(
        stories=[
            Story("s1", "Grimm warnt vor Rezession", ["a1", "a2"], PartialDate(2024, 11), PartialDate(2024, 11, 26),
                  ["E1", "E3"], Origin("Deutschlandfunk", ev("a1", A1_TEXT, "im Deutschlandfunk"))),
            Story("s2", "Haushalt 2025", ["a3"], PartialDate(2024, 11, 14), PartialDate(2024, 11, 14), ["E4"], None),
        ],
        membership={"a1": "s1", "a2": "s1", "a3": "s2"},
        copies=[Copy("a2", "a1", 0.8123)],
        statements={"a1#q1": "S1", "a2#q1": "S1"},
        timeline=[
            TimelineEvent("s2", "a3#t1", "a3", a3_time, a3_time + len("am 14. November 2024"), "am 14. November 2024",
                          ["E4"]),
            TimelineEvent("s1", "a1#t1", "a1", a1_time, a1_time + len("am Dienstag"), "am Dienstag", ["E1"]),
        ],
        entities=[
            Entity("E1", "Veronika Grimm", "PER", ["Grimm", "die Ökonomin"], ["Ökonomin"], ["Sachverständigenrat"],
                   [ev("a1", A1_TEXT, "Veronika Grimm"), ev("a2", A2_TEXT, "Veronika Grimm")]),
            Entity("E2", "Deutschlandfunk", "ORG", mentions=[ev("a1", A1_TEXT, "Deutschlandfunk")]),
            Entity("E3", "Statistisches Bundesamt", "ORG", ["Destatis"], [], [],
                   [ev("a1", A1_TEXT, "Statistischem Bundesamt")]),
            Entity("E4", "Jörg Kukies", "PER", [], ["Finanzminister"], ["SPD"], [ev("a3", A3_TEXT, "Jörg Kukies")]),
            Entity("E5", "Bundesagentur für Arbeit", "ORG", mentions=[ev("a2", A2_TEXT, "Bundesagentur")]),
        ],
        entity_links={"a1#e1": "E1", "a2#e1": "E1", "a1#e2": "E2", "a1#e3": "E3", "a3#e1": "E4", "a2#e2": "E5"},
    )
