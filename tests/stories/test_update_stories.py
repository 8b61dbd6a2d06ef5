from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from lagebild.stories import update_stories
from lagebild.stories.features import SIGNATURE_VERSION
from lagebild.types import Analysis

MakeAnalysis = Callable[..., Analysis]

sqlite = pytest.importorskip("lagebild.store.sqlite", reason="the store is not there yet")

SUMMIT = (
    "Beim Gipfel in Wien haben die Konfliktparteien in Velmora eine Waffenruhe von 30 Tagen vereinbart. "
    "Außenministerin Lena Hart sprach von einem Durchbruch. Beobachter der Vereinten Nationen sollen die "
    "Einhaltung überwachen, wie die österreichische Zeitung Der Standard berichtet."
)


def test_update_stories_saves_keeps_assignments_and_caches_signatures(
    tmp_path: Path, analysis_factory: MakeAnalysis, agency_text: str
) -> None:
    said = "Die Geduld unserer Mitglieder ist am Ende."
    with sqlite.Store(tmp_path / "t.db") as store:
        store.save_analysis(analysis_factory("agency", agency_text, quotes=(("Martin Kessler", said),)))
        store.save_analysis(analysis_factory("summit", SUMMIT, "2026-03-03", entities=("Lena Hart",)))
        first = update_stories(store)
        assert store.story_assignments() == first.membership
        assert set(store.get_features(SIGNATURE_VERSION)) == {"agency", "summit"}
        summit_story = next(s for s in first.stories if s.documents == ["summit"])
        assert summit_story.origin is not None and summit_story.origin.name == "Der Standard"

        store.save_analysis(analysis_factory("reprint", agency_text + " Auch S-Bahnen fallen aus.",
                                             quotes=(("Martin Kessler", said),)))
        second = update_stories(store)
        for doc, story in first.membership.items():
            assert second.membership[doc] == story
        assert second.membership["reprint"] == first.membership["agency"]
        assert [(c.doc, c.copy_of) for c in second.copies] == [("reprint", "agency")]
        assert second.statements["reprint#q0"] == second.statements["agency#q0"]
        assert store.story_assignments() == second.membership
