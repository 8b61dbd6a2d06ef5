"""Error analysis for the quotation stage on the german-news-quotes TRAIN split (development aid, not packaged).

Lists missed gold quotes, false positives and wrong speakers with their sentence context, grouped by
category, so the biggest categories can be fixed with general rules and lexicon entries.

    .venv/bin/python scripts/quote_errors.py --split train --show miss --type Reported --limit 30
    .venv/bin/python scripts/quote_errors.py --show fp --kind reported
    .venv/bin/python scripts/quote_errors.py --show speaker
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

from lagebild.evaluation.quotes import (
    GoldQuote,
    analyse_article,
    gold_quotes,
    join_statement_pieces,
    match_quotes,
    read_articles,
    speaker_correct,
)
from lagebild.nlp.pipeline import load_pipeline
from lagebild.settings import data_path


def context(text: str, start: int, end: int, width: int = 120) -> str:
    left = text[max(0, start - width):start].replace("\n", "¶")
    mid = text[start:end].replace("\n", "¶")
    right = text[end:end + width].replace("\n", "¶")
    return f"…{left}⟦{mid}⟧{right}…"


def gold_speaker_text(text: str, g: GoldQuote) -> str:
    return " | ".join(text[s:e] for s, e in g.speaker) or "-"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="train")
    ap.add_argument("--show", choices=["miss", "fp", "speaker", "summary"], default="summary")
    ap.add_argument("--type", default=None, help="gold type filter (miss/speaker)")
    ap.add_argument("--kind", default=None, help="predicted kind filter (fp/speaker)")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    nlp = load_pipeline()
    items: list[str] = []
    cats: Counter[str] = Counter()
    for n, article in enumerate(read_articles(data_path("german-news-quotes", f"{args.split}.jsonl.gz"))):
        text = article["originalText"]
        doc = analyse_article(nlp, article, f"a{n}")
        gold = gold_quotes(article)
        # scored like `lagebild eval quotes`: the indirect sentences of one statement count as one quote
        pred = join_statement_pieces(text, doc._.quotes or [])
        pairs = match_quotes(gold, pred)
        g_used = {gi for gi, _ in pairs}
        p_used = {pi for _, pi in pairs}
        for gi, g in enumerate(gold):
            if gi not in g_used:
                overl = any(min(g.end, p.end) > max(g.start, p.start) for p in pred)
                cats[f"miss {g.type} {'partial' if overl else 'none'}"] += 1
                if args.show == "miss" and (args.type is None or args.type == g.type):
                    items.append(f"[{n}] MISS {g.type} {'(overlap)' if overl else ''} spk={gold_speaker_text(text, g)}"
                                 f"\n   {context(text, g.start, g.end)}")
        for pi, p in enumerate(pred):
            if pi not in p_used:
                overl = any(min(g.end, p.end) > max(g.start, p.start) for g in gold)
                cats[f"fp {p.kind} {'partial' if overl else 'none'}"] += 1
                if args.show == "fp" and (args.kind is None or args.kind == p.kind):
                    items.append(f"[{n}] FP {p.kind} conf={p.confidence} cue={p.cue.text if p.cue else '-'} "
                                 f"spk={p.speaker.mention.text if p.speaker.mention else '-'}"
                                 f"\n   {context(text, p.start, p.end)}")
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            if not speaker_correct(g, p):
                has_g = bool(g.speaker)
                has_p = p.speaker.mention is not None
                cat = "spk wrong" if has_g and has_p else "spk missing" if has_g else "spk spurious"
                cats[f"{cat} {g.type}"] += 1
                if args.show == "speaker" and (args.type is None or args.type == g.type) and \
                        (args.kind is None or args.kind == cat.split()[1]):
                    pm = p.speaker.mention
                    items.append(f"[{n}] {cat} {g.type} gold={gold_speaker_text(text, g)!r} "
                                 f"pred={pm.text if pm else '-'!r} name={p.speaker.name!r} kind={p.kind} "
                                 f"conf={p.confidence} cue={p.cue.text if p.cue else '-'}"
                                 f"\n   {context(text, min(g.start, p.start), max(g.end, p.end), 160)}")
    for cat, c in sorted(cats.items(), key=lambda x: -x[1]):
        print(f"{c:5d}  {cat}")
    random.Random(args.seed).shuffle(items)
    for it in items[:args.limit]:
        print(it)


if __name__ == "__main__":
    main()
