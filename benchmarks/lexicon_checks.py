"""Check the loaded-language and subjectivity lexicons against annotated data.

Usage: python benchmarks/lexicon_checks.py [DATASETS]   (default ../shared/datasets)

- BABE SG2 (babe_mbic/final_labels_SG2.csv): word level, lexicon matches vs the experts' biased
  words (precision = matched words that experts marked; recall = marked words the lexicon finds);
  sentence level, "has a match" vs label_bias (Biased).
- PTC train (ptc_semeval2020_task11): Loaded_Language and Name_Calling,Labeling spans; a lexicon
  match is correct when it overlaps such a span (precision); a span is found when a match overlaps
  it (recall). Also against every propaganda span.
Last line: one JSON object.
"""

from __future__ import annotations

import ast
import json
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from framing.scorers import lexicon  # noqa: E402

LEXICONS = ("loaded", "subjectivity", "hedges", "boosters")


def babe(folder: Path) -> dict:
    df = pd.read_csv(folder / "final_labels_SG2.csv", sep=";", encoding="utf-8-sig")
    df = df[df["label_bias"].isin(["Biased", "Non-biased"])]
    out = {}
    gold_vocab = Counter()
    for words in df["biased_words"]:
        gold_vocab.update(w.lower() for w in ast.literal_eval(words))
    for name in LEXICONS:
        tp = fp = found = total = 0
        sent_tp = sent_fp = sent_fn = 0
        missed = Counter()
        for text, words, label in zip(df["text"].astype(str), df["biased_words"], df["label_bias"]):
            gold = {w.lower() for w in ast.literal_eval(words)}
            hits = {text[m.start:m.end].lower() for m in lexicon.find(text, name)}
            hit_words = {w for h in hits for w in h.split()} | hits
            tp += len(hits & gold) + len({h for h in hits if h not in gold and set(h.split()) & gold})
            fp += len({h for h in hits if h not in gold and not set(h.split()) & gold})
            found += len(gold & hit_words)
            total += len(gold)
            missed.update(gold - hit_words)
            biased, flagged = label == "Biased", bool(hits)
            sent_tp += biased and flagged
            sent_fp += (not biased) and flagged
            sent_fn += biased and not flagged
        p = tp / (tp + fp) if tp + fp else 0.0
        r = found / total if total else 0.0
        sp = sent_tp / (sent_tp + sent_fp) if sent_tp + sent_fp else 0.0
        sr = sent_tp / (sent_tp + sent_fn) if sent_tp + sent_fn else 0.0
        out[name] = {"word_precision": round(p, 3), "word_recall": round(r, 3),
                     "sentence_precision": round(sp, 3), "sentence_recall": round(sr, 3),
                     "top_missed": [w for w, _ in missed.most_common(15)]}
        print(f"BABE {name:<13} words: P {p:.3f} R {r:.3f} | sentences flagged -> Biased: P {sp:.3f} R {sr:.3f}"
              f" | most-missed: {', '.join(out[name]['top_missed'][:10])}")
    base = float((df["label_bias"] == "Biased").mean())
    print(f"BABE base rate of Biased sentences: {base:.3f}")
    out["biased_base_rate"] = round(base, 3)
    return out


def ptc(folder: Path) -> dict:
    spans: dict[str, list[tuple[str, int, int]]] = {}
    for line in (folder / "train-task2-TC.labels").read_text(encoding="utf-8").splitlines():
        art, tech, a, b = line.split("\t")
        spans.setdefault(art, []).append((tech, int(a), int(b)))
    out = {}
    for name in ("loaded",):
        res = {}
        for label, techs in (("loaded_or_name_calling", {"Loaded_Language", "Name_Calling,Labeling"}),
                             ("any_propaganda", None)):
            n_match = n_ok = n_gold = n_found = 0
            for art, items in spans.items():
                path = folder / "train-articles" / f"article{art}.txt"
                text = path.read_text(encoding="utf-8")
                gold = [(a, b) for t, a, b in items if techs is None or t in techs]
                ms = lexicon.find(text, name)
                n_match += len(ms)
                n_ok += sum(any(m.start < b and m.end > a for a, b in gold) for m in ms)
                n_gold += len(gold)
                n_found += sum(any(m.start < b and m.end > a for m in ms) for a, b in gold)
            p = n_ok / n_match if n_match else 0.0
            r = n_found / n_gold if n_gold else 0.0
            res[label] = {"precision": round(p, 3), "recall": round(r, 3), "matches": n_match, "gold_spans": n_gold}
            print(f"PTC {name} vs {label}: {n_match} matches, precision {p:.3f}; {n_gold} spans, recall {r:.3f}")
        out[name] = res
    return out


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "datasets"
    res = {"babe": babe(root / "babe_mbic"), "ptc": ptc(root / "ptc_semeval2020_task11")}
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
