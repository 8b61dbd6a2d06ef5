from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from lagebild.stories import cluster
from lagebild.stories.features import term_counts, words
from lagebild.stories.statements import _overlap, _speaker_keys, shared_statements, statement_coverage
from lagebild.types import Analysis, Article, Quote, Speaker

MakeAnalysis = Callable[..., Analysis]

SAID = "Die Schuldenbremse in ihrer jetzigen Form verhindert dringend nötige Investitionen in Schulen und Brücken."


def test_same_quote_in_several_outlets_is_one_statement(analysis_factory: MakeAnalysis) -> None:
    members = [
        analysis_factory("dlf", f"Die Ökonomin Veronika Grimm sagte: „{SAID}“ Sie forderte Reformen.", "2026-03-08",
                         quotes=(("Veronika Grimm", SAID),)),
        analysis_factory("zeitung", f"„{SAID[:-1]}, sagte Grimm.“ Das Ministerium widersprach.", "2026-03-09",
                         quotes=(("Veronika Grimm", SAID[:-1]),)),
        analysis_factory("other", "Der Minister sagte: „Die Schuldenbremse bleibt, Investitionen kommen trotzdem.“",
                         "2026-03-09", quotes=(("Christian Lindner", "Die Schuldenbremse bleibt, Investitionen "
                                                                     "kommen trotzdem."),)),
    ]
    statements = shared_statements(members, {}, {})
    assert statements["dlf#q0"] == statements["zeitung#q0"] == "dlf#s0"  # the earliest report names it
    assert statements["other#q0"] == "other#s0"


def test_copy_quotes_map_to_the_originals_statement(analysis_factory: MakeAnalysis, agency_text: str) -> None:
    said = "Die Geduld unserer Mitglieder ist am Ende."
    original = analysis_factory("agency", agency_text, quotes=(("Martin Kessler", said),))
    reprint = analysis_factory("reprint", agency_text + " Auch S-Bahnen sind betroffen.", quotes=((None, said),))
    result = cluster([original, reprint])
    assert result.statements["reprint#q0"] == result.statements["agency#q0"] == "agency#s0"


def test_coverage_counts_outlets_and_names_the_first_report(analysis_factory: MakeAnalysis) -> None:
    members = [
        analysis_factory("later", f"Grimm sagte: „{SAID}“", "2026-03-09", quotes=(("Veronika Grimm", SAID),)),
        analysis_factory("first", f"Grimm sagte: „{SAID}“", "2026-03-08", quotes=(("Veronika Grimm", SAID),)),
    ]
    members[0].article.outlet = "Tagespost"
    members[1].article.outlet = "Deutschlandfunk"
    statements = shared_statements(sorted(members, key=lambda a: str(a.article.published)), {}, {})
    coverage = statement_coverage(statements, members)
    assert list(coverage) == ["first#s0"]
    entry = coverage["first#s0"]
    assert (entry.first_doc, entry.outlets, entry.quotes) == ("first", ["Deutschlandfunk", "Tagespost"],
                                                              ["first#q0", "later#q0"])


def _reference_statements(
    members: list[Analysis], entity_links: dict[str, str], copy_root: dict[str, str], threshold: float = 0.6
) -> dict[str, str]:
    """The definition, compared all-against-all: the best-overlapping earlier statement (earliest on ties) of
    another article that shares a speaker key or the copy root."""
    seen: list[tuple[str, str, str, frozenset[str], frozenset[str]]] = []  # shared id, doc, root, speakers, terms
    result: dict[str, str] = {}
    for analysis in members:
        doc = analysis.article.id
        root = copy_root.get(doc, doc)
        groups: dict[str, list[Quote]] = {}
        for q in analysis.quotes:
            groups.setdefault(q.statement, []).append(q)
        for statement, quotes in groups.items():
            terms = frozenset(term_counts(words(" ".join(q.text for q in quotes))))
            speakers = frozenset().union(*(_speaker_keys(q, entity_links) for q in quotes))
            best: tuple[float, str] | None = None
            for shared_id, earlier_doc, earlier_root, earlier_speakers, earlier_terms in seen:
                if earlier_doc == doc or not (earlier_root == root or speakers & earlier_speakers):
                    continue
                score = _overlap(terms, earlier_terms)
                if score >= threshold and (best is None or score > best[0]):
                    best = (score, shared_id)
            shared = best[1] if best else statement
            seen.append((shared, doc, root, speakers, terms))
            result.update({q.id: shared for q in quotes})
    return result


def _random_story(rng: random.Random, articles: int) -> list[Analysis]:
    vocabulary = ["Investitionen", "Schulen", "Brücken", "Schuldenbremse", "Reform", "Haushalt", "Regierung",
                  "Länder", "Kommunen", "Steuern", "Rente", "Klima", "Bahn", "Streik", "Löhne", "Tarif"]
    speakers = [("Veronika Grimm", "grimm"), ("Christian Lindner", None), ("die Ökonomin", None),
                ("Martin Kessler", "kessler"), (None, None)]
    members = []
    for a in range(articles):
        doc = f"d{a}"
        quotes = []
        for n in range(rng.randint(0, 5)):
            name, entity = rng.choice(speakers)
            said = " ".join(rng.sample(vocabulary, rng.randint(1, 7)))
            statement = f"{doc}#s{rng.randint(0, max(0, n - 1))}"  # several quotes may form one statement
            quotes.append(Quote(id=f"{doc}#q{n}", doc=doc, start=0, end=len(said), text=said, kind="direct",
                                statement=statement, confidence=0.9,
                                speaker=Speaker(name=name, entity=f"{doc}#{entity}" if entity else None)))
        members.append(Analysis(article=Article(id=doc, text=""), quotes=quotes))
    return members


@pytest.mark.parametrize("seed", range(6))
def test_indexed_matching_equals_the_all_against_all_definition(seed: int) -> None:
    rng = random.Random(seed)
    members = _random_story(rng, 60)
    # cross-document entity links for two speakers, and some articles that are copies of earlier ones
    links = {f"d{a}#grimm": "E:grimm" for a in range(60) if a % 3} | {f"d{a}#kessler": "E:kessler" for a in range(60)}
    roots = {f"d{a}": f"d{a - rng.randint(1, 5)}" for a in range(5, 60) if rng.random() < 0.2}
    expected = _reference_statements(members, links, roots)
    result = shared_statements(members, links, roots)
    assert result == expected
    assert len(set(result.values())) < len({q.statement for m in members for q in m.quotes})  # some were shared


def test_threshold_must_be_positive() -> None:
    with pytest.raises(ValueError, match="threshold"):
        shared_statements([], {}, {}, threshold=0.0)
