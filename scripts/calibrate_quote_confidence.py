"""Rebuild the measured column of src/lagebild/data/quotes/confidence.tsv (development aid, not packaged).

Runs the pipeline on the german-news-quotes TRAIN split with every rule's confidence replaced by a code, matches
the (statement-joined) predictions to gold as `lagebild eval quotes` does, and rewrites each rule's confidence as
its smoothed matched share (m+1)/(p+2), rounded to 0.05, with "m/p" beside it. Comments and the description
column are kept. Run after changing quotation rules, then retrain artifacts/quotes-nc (it uses confidence).

    .venv/bin/python scripts/calibrate_quote_confidence.py            # prints the table
    .venv/bin/python scripts/calibrate_quote_confidence.py --write    # and rewrites confidence.tsv
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import lagebild.nlp.quotes as quotes_module
from lagebild.evaluation.quotes import (
    analyse_article,
    gold_quotes,
    join_statement_pieces,
    match_quotes,
    read_articles,
)
from lagebild.nlp.pipeline import load_pipeline
from lagebild.nlp.quotes_lexicon import QUOTES_DATA, load_lexicon
from lagebild.settings import data_path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    path = Path(QUOTES_DATA) / "confidence.tsv"
    table = load_lexicon().confidence
    rules = list(table)
    # each rule's value plus a tiny distinct offset names the rule and keeps the values' order, so a rule that
    # raises a quote's confidence (max(…, attributed_after)) still picks the same rule as with the real values
    code = {rule: table[rule] + (n + 1) * 1e-4 for n, rule in enumerate(rules)}
    rule_of = {round(v, 4): r for r, v in code.items()}
    quotes_module._QuoteFinder.confidence = lambda self, rule: code[rule]  # type: ignore[method-assign]
    nlp = load_pipeline()
    predicted: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    for n, article in enumerate(read_articles(data_path("german-news-quotes", "train.jsonl.gz"))):
        doc = analyse_article(nlp, article, f"a{n}")
        pred = join_statement_pieces(doc.text, doc._.quotes or [])
        hits = {pi for _, pi in match_quotes(gold_quotes(article), pred)}
        for pi, q in enumerate(pred):
            rule = rule_of.get(round(q.confidence, 4))
            if rule is None:
                continue  # not one of the table's values (an optional learned layer rescaled it)
            predicted[rule] += 1
            matched[rule] += pi in hits
    values = {r: round((matched[r] + 1) / (predicted[r] + 2) * 20) / 20 for r in rules}
    for r in rules:
        print(f"{r:32s} {matched[r]:5d}/{predicted[r]:<5d} -> {values[r]:.2f}")
    if args.write:
        lines = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                lines.append(line)
                continue
            rule, _, _, *rest = line.split("\t")
            lines.append("\t".join([rule, f"{values[rule]:g}", f"{matched[rule]}/{predicted[rule]}", *rest]))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
