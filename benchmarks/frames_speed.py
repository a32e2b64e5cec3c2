"""Frame cue matching speed on 1 MB inputs, adversarial ones included (linear time, no backtracking).

Usage::

    python benchmarks/frames_speed.py [--mb 1]

Prints seconds per input for the karabakh-2023 frames matcher (one Aho-Corasick pass over the
normalised text; see framing/frames/matcher.py) and the number of matches.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from framing.frames.matcher import FrameMatcher
from framing.spec import load_spec

ROOT = Path(__file__).resolve().parent.parent


def inputs(size: int) -> dict[str, str]:
    seed = (ROOT / "corpora" / "karabakh-2023" / "economist-2023-09-21-a-one-day-war.md").read_text(encoding="utf-8")
    return {
        "news (seed article repeated)": (seed * (size // len(seed) + 1))[:size],
        "one cue word then spaces": "ethnic" + " " * (size - 15) + "cleansing",
        "hyphen runs": ("-" * (size - 6)) + "exodus",
        "one long word": "a" * size,
        "cue prefixes repeated": ("ethnic-cleansin " * (size // 16 + 1))[:size],
        "cues back to back": ("ethnic cleansing " * (size // 17 + 1))[:size],
        "open quotes": ("“anti-terrorist " * (size // 16 + 1))[:size],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0)
    args = ap.parse_args(argv)
    size = int(args.mb * 1_000_000)
    m = FrameMatcher(load_spec("karabakh-2023").frames)
    print(f"{'input':<32}{'chars':>10}{'seconds':>9}{'matches':>9}")
    for name, text in inputs(size).items():
        t = time.perf_counter()
        n = len(m.find(text))
        print(f"{name:<32}{len(text):>10}{time.perf_counter() - t:>9.3f}{n:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
