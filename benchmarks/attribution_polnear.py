"""Benchmark the attribution extractor on PolNeAR (Newell et al., LREC 2018).

Reads brat files ``DATA_DIR/SPLIT/text/*.txt`` and ``DATA_DIR/SPLIT/attributions/*.ann``; where an
article was annotated by several annotators, the first annotation file (sorted by name) is gold.
Prints precision, recall and F1 for source, cue and content spans. A predicted span matches a gold
span when their character Jaccard overlap is >= 0.5 (discontinuous spans are sets of characters),
one-to-one (greedy, best overlap first). The last line is one JSON object.

Usage::

    python benchmarks/attribution_polnear.py ../shared/datasets/polnear/data --split dev
    python benchmarks/attribution_polnear.py ../shared/datasets/polnear/data --split dev --attribution-model polnear
    python benchmarks/attribution_polnear.py ../shared/datasets/polnear/data --split dev --attribution-model crf
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from framing.attribution.cues import DEFAULT_TYPES  # noqa: E402
from framing.attribution.extract import extract  # noqa: E402
from framing.segment import sentences  # noqa: E402
from framing.spec import load_spec  # noqa: E402

ROLES = ("source", "cue", "content")


def parse_ann(path: Path) -> dict[str, list[frozenset[int]]]:
    """Gold spans per role (as character sets) of one brat file."""
    spans: dict[str, list[frozenset[int]]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t", 2)
        if not line.startswith("T") or len(parts) < 2:
            continue  # relations, notes, or a malformed line
        info = parts[1]
        label, offsets = info.split(" ", 1)
        role = label.lower()
        if role not in ROLES:
            continue
        chars: set[int] = set()
        for frag in offsets.split(";"):
            s, e = frag.split()
            chars.update(range(int(s), int(e)))
        spans[role].append(frozenset(chars))
    return spans


def predict(text: str, spec, types: tuple[str, ...], merge: bool, model: bool | str = False) -> dict[str, list[frozenset[int]]]:
    rows = extract(text, sentences(text), spec, types=types, model=model)
    out: dict[str, list[frozenset[int]]] = defaultdict(list)
    contents: list[set[int]] = []
    for r in rows:
        chars: set[int] = set()
        for part in r["parts"].split(";"):
            a, b = (int(x) for x in part.split("-"))
            chars.update(range(a, b))
        if merge and r["continued"] and contents:
            contents[-1].update(chars)
            continue
        contents.append(chars)
        if r["speaker_start"] >= 0:
            out["source"].append(frozenset(range(r["speaker_start"], r["speaker_end"])))
        if r["cue_start"] >= 0:
            out["cue"].append(frozenset(range(r["cue_start"], r["cue_end"])))
    out["content"] = [frozenset(c) for c in contents]
    return out


def match(gold: list[frozenset[int]], pred: list[frozenset[int]], threshold: float = 0.5) -> int:
    """Number of one-to-one matches with Jaccard >= threshold (greedy, best pairs first)."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            inter = len(g & p)
            if inter:
                jac = inter / len(g | p)
                if jac >= threshold:
                    pairs.append((jac, i, j))
    pairs.sort(reverse=True)
    used_g, used_p = set(), set()
    n = 0
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            n += 1
    return n


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def new_counts() -> dict[str, list[int]]:
    """Per role: matched, predicted and gold spans, all zero."""
    return {r: [0, 0, 0] for r in ROLES}


def add_counts(counts: dict[str, list[int]], gold: dict[str, list[frozenset[int]]],
               pred: dict[str, list[frozenset[int]]]) -> None:
    """Add one article's matched, predicted and gold spans to ``counts``."""
    for role in ROLES:
        counts[role][0] += match(gold[role], pred[role])
        counts[role][1] += len(pred[role])
        counts[role][2] += len(gold[role])


def scores(counts: dict[str, list[int]]) -> dict[str, float]:
    """``{role}_precision``, ``_recall`` and ``_f1`` of every role, rounded to 4 places."""
    out: dict[str, float] = {}
    for role in ROLES:
        p, r, f = prf(*counts[role])
        out.update({f"{role}_precision": round(p, 4), f"{role}_recall": round(r, 4), f"{role}_f1": round(f, 4)})
    return out


def main(argv: list[str] | None = None) -> dict[str, float]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir", nargs="?", default="../shared/datasets/polnear/data")
    ap.add_argument("--split", choices=("train", "dev", "test"), default="dev")
    ap.add_argument("--types", default=",".join(DEFAULT_TYPES),
                    help="cue types, comma-separated (speech, evidential_phrase, cognition, evidential)")
    ap.add_argument("--no-merge", action="store_true", help="score continued quotes as separate statements")
    ap.add_argument("--model", action="store_true", help="add the learned cue model's cues (framing.attribution.cuemodel); "
                    "same as --attribution-model cues")
    ap.add_argument("--attribution-model", choices=("rules", "cues", "polnear", "crf"), default="rules",
                    help="rules (default); cues: rules + learned cue model; polnear: the learned span tagger "
                         "(framing.attribution.spanmodel); crf: the learned CRF (framing.attribution.crfmodel)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = ap.parse_args(argv)
    base = Path(args.data_dir) / args.split
    if not (base / "text").is_dir():
        ap.error(f"{base / 'text'}: no such folder (DATA_DIR is PolNeAR's data/ folder)")
    model: bool | str = {"rules": False, "cues": True, "polnear": "polnear", "crf": "crf"}[args.attribution_model]
    if args.model:
        model = True
    types = tuple(t.strip() for t in args.types.split(",") if t.strip())
    spec = load_spec("karabakh-2023")  # parties do not matter for span scores
    anns: dict[str, list[Path]] = defaultdict(list)
    for ann in sorted((base / "attributions").glob("*.ann")):
        anns[ann.stem.rsplit("_", 1)[0]].append(ann)
    texts = sorted((base / "text").glob("*.txt"))
    if args.limit:
        texts = texts[: args.limit]
    counts = new_counts()
    t0 = time.perf_counter()
    n_docs = 0
    for txt in texts:
        if txt.stem not in anns:
            continue
        text = txt.read_text(encoding="utf-8")
        gold = parse_ann(anns[txt.stem][0])
        add_counts(counts, gold, predict(text, spec, types, merge=not args.no_merge, model=model))
        n_docs += 1
    elapsed = time.perf_counter() - t0
    result = scores(counts)
    mode = {False: "rules", True: "rules + cue model", "polnear": "span tagger", "crf": "CRF"}[model]
    print(f"PolNeAR {args.split}: {n_docs} articles, {mode}, cue types {','.join(types)}, {elapsed:.1f} s")
    print(f"{'role':8} {'gold':>6} {'pred':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for role in ROLES:
        tp, npred, ngold = counts[role]
        p, r, f = prf(tp, npred, ngold)
        print(f"{role:8} {ngold:6d} {npred:6d} {p:6.3f} {r:6.3f} {f:6.3f}")
    print(json.dumps(result, sort_keys=True))
    return result


if __name__ == "__main__":
    main()
