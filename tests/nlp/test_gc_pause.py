"""The cyclic garbage collector is paused during the backbone components' work and restored afterwards."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from spacy.language import Language

from lagebild.nlp.gc_pause import collector_paused, without_collector
from lagebild.nlp.morphology import _punctuation_tag
from lagebild.nlp.pipeline import build_pipeline


@pytest.fixture
def collector_enabled() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.fixture(scope="module")
def tagger_only() -> Language:
    return build_pipeline(components=("lagebild_sentences", "lagebild_morphology"))


def test_paused_inside_and_enabled_again_after(collector_enabled: None) -> None:
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested: the inner block must not switch it back on
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_restored_after_an_exception(collector_enabled: None) -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled(collector_enabled: None) -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_decorator_pauses_the_call_and_keeps_its_result(collector_enabled: None) -> None:
    @without_collector
    def state(x: int) -> tuple[int, bool]:
        return x + 1, gc.isenabled()

    assert state(1) == (2, False)
    assert gc.isenabled()
    assert state.__name__ == "state"


def test_collections_wait_until_the_tagger_is_done(
    tagger_only: Language, collector_enabled: None
) -> None:
    morphology = tagger_only.get_pipe("lagebild_morphology")
    # Many new word forms: the tagger's per-word caches grow by thousands of objects (would trigger collections).
    text = " ".join(f"Wortform{k} sagte es am Montag in Quelle{k} ." for k in range(1500))
    doc = tagger_only.make_doc(text)
    doc = tagger_only.get_pipe("lagebild_sentences")(doc)
    runs: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            runs.append(info["generation"])

    gc.callbacks.append(count)
    try:
        gc.collect()
        runs.clear()
        doc = morphology(doc)
        during = list(runs)
    finally:
        gc.callbacks.remove(count)
    assert during in ([], [0])  # at most the one young-generation pass right after the call (deferred work)
    assert gc.isenabled()
    assert doc[0].tag_ and doc[1].lemma_ == "sagen"


@pytest.mark.parametrize(
    ("word", "tag"), [("„", "$("), (",", "$,"), ("?!", "$."), ("–", "$("), ("Wort", None), ("3,5", None), ("#x", None)]
)
def test_punctuation_tags(word: str, tag: str | None) -> None:
    assert _punctuation_tag(word) == tag
