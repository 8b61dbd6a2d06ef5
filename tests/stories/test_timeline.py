"""build_timeline orders dated events, links sentences and actors, and drops the same event from later outlets."""

from __future__ import annotations

from lagebild.nlp.times import find_times
from lagebild.stories.timeline import build_timeline
from lagebild.types import Analysis, Article, Entity, Evidence, PartialDate, Story


def analysis(doc_id: str, text: str, published: PartialDate, entities: list[Entity] | None = None) -> Analysis:
    article = Article(id=doc_id, text=text, published=published)
    return Analysis(article=article, entities=entities or [], times=find_times(text, published, doc_id).times)


def test_events_are_ordered_linked_and_deduplicated() -> None:
    a_text = "Die Ministerin traf am Dienstag Präsident Selenskyj. Im Januar hatte sie Warschau besucht."
    merz = a_text.index("Selenskyj")
    a = analysis("a", a_text, PartialDate(2026, 3, 12),
                 [Entity("a#e1", "Selenskyj", "PER", mentions=[Evidence("a", merz, merz + 9)])])
    b = analysis("b", "Die Ministerin traf am Dienstag Präsident Selenskyj in Kiew.", PartialDate(2026, 3, 13))
    other = analysis("c", "Am Montag passierte etwas anderes.", PartialDate(2026, 3, 12))
    story = Story("s1", "Reise", ["a", "b"])
    events = build_timeline(story, [b, a, other], {"a#e1": "E7"})
    assert [(e.doc, e.text) for e in events] == [
        ("a", "Im Januar hatte sie Warschau besucht."),
        ("a", "Die Ministerin traf am Dienstag Präsident Selenskyj."),
    ]
    assert events[1].actors == ["E7"] and events[1].story == "s1"
    assert events[1].time == a.times[0].id
    for e in events:
        assert a_text[e.start : e.end] == e.text


def test_unresolved_times_are_not_events() -> None:
    a = analysis("a", "Vor einigen Tagen geschah es.", PartialDate(2026, 3, 12))
    assert build_timeline(Story("s", "t", ["a"]), [a], {}) == []


def test_background_far_before_the_story_is_not_an_event() -> None:
    text = (
        "Am Montag legten die Beschäftigten die Arbeit nieder. Das Werk war vor 31 Jahren gegründet worden. "
        "Im Herbst 2024 hatte es erste Proteste gegeben. Im Januar war ein Tarifvertrag gescheitert."
    )
    a = analysis("a", text, PartialDate(2026, 3, 12))
    events = build_timeline(Story("s", "Streik", ["a"]), [a], {})
    assert [e.text for e in events] == [
        "Im Januar war ein Tarifvertrag gescheitert.",
        "Am Montag legten die Beschäftigten die Arbeit nieder.",
    ]


def test_event_sentence_is_not_cut_at_a_date_in_parentheses() -> None:
    text = "Die Gewerkschaft ruft für Donnerstag (5. März) zum Warnstreik auf. Betroffen sind vor allem Pendler."
    a = analysis("a", text, PartialDate(2026, 3, 3))
    events = build_timeline(Story("s", "Streik", ["a"]), [a], {})
    assert [e.text for e in events] == ["Die Gewerkschaft ruft für Donnerstag (5. März) zum Warnstreik auf."]
