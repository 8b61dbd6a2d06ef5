"""``lagebild eval tagging``: UPOS/lemma accuracy on UD German-GSD test and verb mood on a hand-checked list.

GSD test is tagged on its gold *syntactic words*: multiword tokens ("zum" = "zu" + "dem", "im" = "in" +
"dem") are evaluated as their expanded words, so each gold word is compared with exactly one predicted
token; sentence boundaries are gold too. The Doc is built from the gold words and then run through
``lagebild_morphology`` only (tokenizer and sentence splitter are evaluated by their unit tests).

Lemma accuracy compares case-sensitively except for the first word of a sentence. GSD's Mood labels are
automatic, so ``gsd_mood_agreement`` (over gold finite verbs with a Mood) is for reference only; the
quality figure for mood is ``mood_acc`` on ``gold/mood.tsv`` (written and checked by hand).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from lagebild.evaluation import EvalReport, prf
from lagebild.nlp.train_morphology import read_conllu
from lagebild.progress import Progress, no_progress
from lagebild.settings import data_path

MOOD_GOLD = Path(__file__).parent / "gold" / "mood.tsv"


@dataclass(frozen=True)
class MoodCase:
    """One row of gold/mood.tsv: the ``occurrence``-th (1-based) token ``verb`` in ``sentence``."""

    sentence: str
    verb: str
    occurrence: int
    mood: str  # Ind | Sub | Imp
    konjunktiv: str  # I | II | -


def read_mood_gold(path: Path = MOOD_GOLD) -> list[MoodCase]:
    cases: list[MoodCase] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sentence, verb, occurrence, mood, konj = line.split("\t")
        cases.append(MoodCase(sentence, verb, int(occurrence), mood, konj))
    return cases


def _konjunktiv(mood: str, tense: str) -> str:
    if mood != "Sub":
        return "-"
    return "I" if tense == "Pres" else "II"


def evaluate_mood(cases: list[MoodCase], progress: Progress = no_progress) -> tuple[dict[str, float], list[str]]:
    from lagebild.nlp.pipeline import build_pipeline

    nlp = build_pipeline(components=("lagebild_sentences", "lagebild_morphology"))
    correct = 0
    tp = {"I": 0, "II": 0}
    n_pred = {"I": 0, "II": 0}
    n_gold = {"I": 0, "II": 0}
    errors: list[str] = []
    for k, case in enumerate(cases):
        doc = nlp(case.sentence)
        hits = [t for t in doc if t.text == case.verb]
        if len(hits) < case.occurrence:
            errors.append(f"  verb not found: {case.verb!r} in {case.sentence!r}")
            continue
        tok = hits[case.occurrence - 1]
        mood = (tok.morph.get("Mood", []) or ["-"])[0]
        tense = (tok.morph.get("Tense", []) or ["-"])[0]
        konj = _konjunktiv(mood, tense)
        correct += mood == case.mood
        for label in ("I", "II"):
            n_pred[label] += konj == label
            n_gold[label] += case.konjunktiv == label
            tp[label] += konj == label and case.konjunktiv == label
        if mood != case.mood or konj != case.konjunktiv:
            errors.append(f"  {case.verb} gold={case.mood}/{case.konjunktiv} got={mood}/{konj}: {case.sentence}")
        if k % 50 == 0:
            progress("mood gold", k, len(cases))
    metrics = {
        "mood_acc": correct / len(cases) if cases else 0.0,
        "konj1_f1": prf(tp["I"], n_pred["I"], n_gold["I"])[2],
        "konj2_f1": prf(tp["II"], n_pred["II"], n_gold["II"])[2],
    }
    return metrics, errors


def evaluate_gsd(path: Path, progress: Progress = no_progress) -> tuple[dict[str, float], list[str]]:
    """UPOS, lemma and (reference) mood agreement over the gold words of a CoNLL-U file."""
    from lagebild.nlp.pipeline import build_pipeline

    nlp = build_pipeline(components=("lagebild_morphology",))
    morphology = nlp.get_pipe("lagebild_morphology")
    sentences = list(read_conllu(path))
    n = upos_ok = lemma_ok = mood_n = mood_ok = 0
    confusions: Counter[tuple[str, str]] = Counter()
    for k, sent in enumerate(sentences):
        words = [w.form for w in sent]
        sent_starts: list[bool | int | None] = [True]
        sent_starts += [False] * (len(words) - 1)
        doc = Doc(nlp.vocab, words=words, sent_starts=sent_starts)
        doc = morphology(doc)
        for j, (gold, tok) in enumerate(zip(sent, doc, strict=True)):
            n += 1
            if tok.pos_ == gold.upos:
                upos_ok += 1
            else:
                confusions[(gold.upos, tok.pos_)] += 1
            pred_lemma, gold_lemma = tok.lemma_, gold.lemma
            if j == 0:
                pred_lemma, gold_lemma = pred_lemma.lower(), gold_lemma.lower()
            lemma_ok += pred_lemma == gold_lemma
            if "Mood=" in gold.feats and "VerbForm=Fin" in gold.feats:
                mood_n += 1
                gold_mood = gold.feats.split("Mood=")[1].split("|")[0]
                mood_ok += (tok.morph.get("Mood", []) or ["-"])[0] == gold_mood
        if k % 100 == 0:
            progress("UD German-GSD test", k, len(sentences))
    metrics = {
        "upos_acc": upos_ok / n if n else 0.0,
        "lemma_acc": lemma_ok / n if n else 0.0,
        "gsd_mood_agreement": mood_ok / mood_n if mood_n else 0.0,
    }
    details = [f"GSD words: {n}, sentences: {len(sentences)}", "commonest UPOS confusions (gold → predicted):"]
    details += [f"  {g} → {p}: {c}" for (g, p), c in confusions.most_common(12)]
    return metrics, details


def evaluate_tagging(
    progress: Progress = no_progress, conllu: Path | None = None, mood_gold: Path = MOOD_GOLD
) -> EvalReport:
    """The ``tagging`` report: upos_acc, lemma_acc, mood_acc, gsd_mood_agreement, konj1_f1, konj2_f1."""
    path = conllu or data_path("ud-german-gsd", "de_gsd-ud-test.conllu")
    gsd, details = evaluate_gsd(path, progress)
    mood, errors = evaluate_mood(read_mood_gold(mood_gold), progress)
    metrics = {
        "upos_acc": gsd["upos_acc"],
        "lemma_acc": gsd["lemma_acc"],
        "mood_acc": mood["mood_acc"],
        "gsd_mood_agreement": gsd["gsd_mood_agreement"],
        "konj1_f1": mood["konj1_f1"],
        "konj2_f1": mood["konj2_f1"],
    }
    details += [f"mood gold errors ({len(errors)}):"] + errors[:60]
    return EvalReport(name="tagging", metrics=metrics, details=details)
