"""Build corpora/gaza-2012-2014 and corpora/ukraine-2014 from the AllSides conflict subsets.

Usage: python benchmarks/build_allsides_corpora.py [../shared/datasets/allsides_conflicts]

Rule (documented in each CORPUS.md): an article is on topic when the topic pattern matches its
title or occurs at least three times in its body; the others only mention the conflict in passing.
Fields are kept as AllSides names them (ID, source, bias_text, content_original, ...): the loader
reads them as id, outlet, leaning and text.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

CORPORA = {
    "gaza-2012-2014": ("gaza_2012_2014.jsonl", r"Gaza|Hamas"),
    "ukraine-2014": ("ukraine_2014.jsonl", r"Crimea|Ukrain"),
}
FIELDS = ("ID", "source", "bias_text", "date", "url", "authors", "title", "content_original")
MIN_BODY_MATCHES = 3


def on_topic(record: dict, pattern: str) -> bool:
    """Title matches, or the body matches at least MIN_BODY_MATCHES times."""
    rx = re.compile(pattern, re.I)
    return bool(rx.search(record["title"])) or len(rx.findall(record["content_original"])) >= MIN_BODY_MATCHES


def main(data_dir: str = "../shared/datasets/allsides_conflicts") -> None:
    root = Path(__file__).resolve().parent.parent / "corpora"
    for name, (filename, pattern) in CORPORA.items():
        records = [json.loads(line) for line in Path(data_dir, filename).read_text(encoding="utf-8").splitlines() if line.strip()]
        kept = [{k: r[k] for k in FIELDS} for r in records if on_topic(r, pattern)]
        out = root / name / "articles.jsonl"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept), encoding="utf-8")
        outlets = sorted({r["source"] for r in kept})
        print(f"{name}: kept {len(kept)} of {len(records)} articles, {len(outlets)} outlets -> {out}")


if __name__ == "__main__":
    main(*sys.argv[1:])
