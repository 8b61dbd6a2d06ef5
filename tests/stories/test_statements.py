from __future__ import annotations

from collections.abc import Callable

from lagebild.stories import cluster
from lagebild.stories.statements import shared_statements, statement_coverage
from lagebild.types import Analysis

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
