"""`lagebild eval tagging`: the mood gold file and the evaluation on a tiny CoNLL-U file."""

from __future__ import annotations

from pathlib import Path

from lagebild.evaluation.tagging import MOOD_GOLD, evaluate_tagging, read_mood_gold

TINY_CONLLU = """# sent_id = t1
# text = Er sagte, sie sei zum Bahnhof gegangen.
1\tEr\ter\tPRON\tPPER\tCase=Nom|Number=Sing|Person=3|PronType=Prs\t2\tnsubj\t_\t_
2\tsagte\tsagen\tVERB\tVVFIN\tMood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin\t0\troot\t_\tSpaceAfter=No
3\t,\t,\tPUNCT\t$,\t_\t2\tpunct\t_\t_
4\tsie\tsie\tPRON\tPPER\tCase=Nom|Number=Sing|Person=3|PronType=Prs\t9\tnsubj\t_\t_
5\tsei\tsein\tAUX\tVAFIN\tMood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin\t9\taux\t_\t_
6-7\tzum\t_\t_\t_\t_\t_\t_\t_\t_
6\tzu\tzu\tADP\tAPPR\t_\t8\tcase\t_\t_
7\tdem\tder\tDET\tART\tCase=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art\t8\tdet\t_\t_
8\tBahnhof\tBahnhof\tNOUN\tNN\tCase=Dat|Gender=Masc|Number=Sing\t9\tobl\t_\t_
9\tgegangen\tgehen\tVERB\tVVPP\tVerbForm=Part\t2\tccomp\t_\tSpaceAfter=No
10\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_

"""

TINY_MOOD = "# test\nDer Minister sagte, er gebe nicht auf.\tgebe\t1\tSub\tI\nIch gebe nicht auf.\tgebe\t1\tInd\t-\n"


def test_mood_gold_is_large_and_well_formed() -> None:
    cases = read_mood_gold(MOOD_GOLD)
    assert len(cases) >= 300
    for case in cases:
        assert case.mood in {"Ind", "Sub", "Imp"}
        assert case.konjunktiv in ({"I", "II"} if case.mood == "Sub" else {"-"})
        assert case.occurrence >= 1
        assert case.sentence.count(case.verb) >= case.occurrence, case
    moods = {c.mood for c in cases}
    assert moods == {"Ind", "Sub", "Imp"}
    assert {c.konjunktiv for c in cases} == {"I", "II", "-"}


def test_evaluate_tagging_on_tiny_files(tmp_path: Path) -> None:
    conllu = tmp_path / "tiny.conllu"
    conllu.write_text(TINY_CONLLU, encoding="utf-8")
    gold = tmp_path / "mood.tsv"
    gold.write_text(TINY_MOOD, encoding="utf-8")
    report = evaluate_tagging(conllu=conllu, mood_gold=gold)
    assert report.name == "tagging"
    assert set(report.metrics) == {"upos_acc", "lemma_acc", "mood_acc", "gsd_mood_agreement", "konj1_f1", "konj2_f1"}
    # the multiword token "zum" is evaluated as its two words "zu" + "dem": 10 words in all
    assert any("GSD words: 10" in line for line in report.details)
    assert report.metrics["upos_acc"] >= 0.8
    assert report.metrics["mood_acc"] == 1.0
    assert report.metrics["gsd_mood_agreement"] == 1.0
    assert report.metrics["konj1_f1"] == 1.0
