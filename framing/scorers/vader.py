"""VADER sentiment, offline and fast: the reference rules with one tokenisation and dict lookups.

The lexicon and emoji table are read with :mod:`importlib.resources` from the installed reference
package ``vaderSentiment`` (MIT licence; Hutto & Gilbert 2014), so nothing is downloaded. The rules
(boosters and dampeners, ALL-CAPS emphasis, negation within three words, "no", "least", "but",
special idioms, "!"/"?" emphasis, normalisation ``x / sqrt(x² + 15)``) are those of
``vaderSentiment.SentimentIntensityAnalyzer.polarity_scores`` 3.3.2, including its quirks (the "but"
rule rescales by first index of an equal value), so scores agree with the reference; the work per
word is a handful of precomputed dict and set lookups instead of re-lowercasing the sentence for
every lexicon word, which makes it several times faster.

VADER is a sentence-level model: its compound score saturates on long inputs (a news article of
forty sentences sums to ±1 whatever its balance). :func:`text_sentiment` therefore splits a longer
text into sentences and averages the sentence compounds (documented in ``docs/evaluation.md``).

>>> polarity_scores("The book was good.")
{'neg': 0.0, 'neu': 0.508, 'pos': 0.492, 'compound': 0.4404}
>>> compound("The assault killed at least 200 people.")
-0.8519
"""

from __future__ import annotations

import math
import re
import string
from itertools import compress
from functools import lru_cache
from importlib import resources

from ..textcache import WordMemo, text_cache

__all__ = ["polarity_scores", "compound", "compounds", "text_sentiment", "lexicon"]

B_INCR = 0.293
B_DECR = -0.293
C_INCR = 0.733
N_SCALAR = -0.74

_NEGATE = frozenset(
    """aint arent cannot cant couldnt darent didnt doesnt ain't aren't can't couldn't daren't didn't doesn't
    dont hadnt hasnt havent isnt mightnt mustnt neither don't hadn't hasn't haven't isn't mightn't mustn't
    neednt needn't never none nope nor not nothing nowhere oughtnt shant shouldnt uhuh wasnt werent
    oughtn't shan't shouldn't uh-uh wasn't weren't without wont wouldnt won't wouldn't rarely seldom despite""".split()
)

_INCR_WORDS = """absolutely amazingly awfully completely considerable considerably decidedly deeply effing enormous
    enormously entirely especially exceptional exceptionally extreme extremely fabulously flipping flippin frackin
    fracking fricking frickin frigging friggin fully fuckin fucking fuggin fugging greatly hella highly hugely
    incredible incredibly intensely major majorly more most particularly purely quite really remarkably so
    substantially thoroughly total totally tremendous tremendously uber unbelievably unusually utter utterly very"""
_DECR_WORDS = ["almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of", "less", "little",
               "marginal", "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely", "slight",
               "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of"]
BOOSTERS: dict[str, float] = {**{w: B_INCR for w in _INCR_WORDS.split()}, **{w: B_DECR for w in _DECR_WORDS}}

SPECIAL_CASES: dict[str, float] = {"the shit": 3, "the bomb": 3, "bad ass": 1.5, "badass": 1.5, "bus stop": 0.0,
                                   "yeah right": -2, "kiss of death": -1.5, "to die for": 3, "beating heart": 3.5}

_PUNCT = string.punctuation
# Every multi-word key of SPECIAL_CASES and BOOSTERS holds one of these words: a sentence without
# any of them cannot match an idiom, so the idiom check is skipped.
_IDIOM_WORDS = frozenset("shit bomb bad ass bus stop yeah right kiss death die beating heart just enough kind sort".split())


def _negated(word: str) -> bool:
    return word in _NEGATE or "n't" in word


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    """VADER's word valences, read from the installed ``vaderSentiment`` package.

    >>> lexicon()["good"]
    1.9
    """
    text = (resources.files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    lex: dict[str, float] = {}
    for line in text.rstrip("\n").split("\n"):
        if line:
            word, measure = line.strip().split("\t")[0:2]
            lex[word] = float(measure)
    return lex


@lru_cache(maxsize=1)
def _emojis() -> dict[str, str]:
    text = (resources.files("vaderSentiment") / "emoji_utf8_lexicon.txt").read_text(encoding="utf-8")
    out = {}
    for line in text.rstrip("\n").split("\n"):
        emoji, description = line.strip().split("\t")[0:2]
        out[emoji] = description
    return out


@lru_cache(maxsize=1)
def _emoji_chars() -> frozenset[str]:
    return frozenset(k for k in _emojis() if len(k) == 1)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _replace_emojis(text: str) -> str:
    if text.isascii() or _emoji_chars().isdisjoint(_NON_ASCII.findall(text)):
        return text.strip()
    emojis = _emojis()
    out = []
    prev_space = True
    for ch in text:
        if ch in emojis:
            if not prev_space:
                out.append(" ")
            out.append(emojis[ch])
            prev_space = False
        else:
            out.append(ch)
            prev_space = ch == " "
    return "".join(out).strip()


def _strip_punc(token: str) -> str:
    stripped = token.strip(_PUNCT)
    return token if len(stripped) <= 2 else stripped


def _special_idioms(valence: float, low: list[str], i: int) -> float:
    w1, w2, w3, w0 = low[i - 1], low[i - 2], low[i - 3], low[i]
    onezero = f"{w1} {w0}"
    twoonezero = f"{w2} {w1} {w0}"
    twoone = f"{w2} {w1}"
    threetwoone = f"{w3} {w2} {w1}"
    threetwo = f"{w3} {w2}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in SPECIAL_CASES:
            valence = SPECIAL_CASES[seq]
            break
    n = len(low)
    if n - 1 > i:
        zeroone = f"{w0} {low[i + 1]}"
        if zeroone in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroone]
    if n - 1 > i + 1:
        zeroonetwo = f"{w0} {low[i + 1]} {low[i + 2]}"
        if zeroonetwo in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroonetwo]
    for ngram in (threetwoone, threetwo, twoone):
        if ngram in BOOSTERS:
            valence = valence + BOOSTERS[ngram]
    return valence


def _special(word: str) -> bool:
    return word in BOOSTERS or _negated(word) or word in ("never", "without", "doubt", "so", "this")


#: Raw token -> lower-cased, punctuation-stripped token (as the reference).
_LOW: WordMemo[str] = WordMemo(lambda token: _strip_punc(token).lower(), limit=500_000)
#: Lower-cased token -> whether a rule of :func:`_preceding` reads it.
_SPECIAL: WordMemo[bool] = WordMemo(_special, limit=500_000)
#: Raw token -> whether VADER's lexicon holds its lower-cased, punctuation-stripped form: a sentence
#: without lexicon words is scored without lower-casing its tokens.
_IN_LEXICON: WordMemo[bool] = WordMemo(lambda token: _LOW[token] in lexicon(), limit=500_000)


def _preceding(valence: float, toks: list[str], low: list[str], i: int, lex: dict[str, float], cap_diff: bool,
               idioms: bool) -> float:
    """The rules of the three words before the lexicon word ``low[i]``: boosters and dampeners,
    negation, "never so", "without doubt", idioms."""
    for start_i in (0, 1, 2):
        j = i - (start_i + 1)
        if j < 0:
            break
        prev = low[j]
        if prev in lex:
            continue
        s = 0.0
        if prev in BOOSTERS:
            s = BOOSTERS[prev]
            if valence < 0:
                s *= -1
            if cap_diff and toks[j].isupper():
                s = s + C_INCR if valence > 0 else s - C_INCR
            if start_i == 1:
                s = s * 0.95
            elif start_i == 2:
                s = s * 0.9
        valence = valence + s
        if start_i == 0:
            if _negated(prev):
                valence = valence * N_SCALAR
        elif start_i == 1:
            if low[i - 2] == "never" and low[i - 1] in ("so", "this"):
                valence = valence * 1.25
            elif low[i - 2] == "without" and low[i - 1] == "doubt":
                pass
            elif _negated(prev):
                valence = valence * N_SCALAR
        else:
            if (low[i - 3] == "never" and low[i - 2] in ("so", "this")) or low[i - 1] in ("so", "this"):
                valence = valence * 1.25
            elif low[i - 3] == "without" and (low[i - 2] == "doubt" or low[i - 1] == "doubt"):
                pass
            elif _negated(prev):
                valence = valence * N_SCALAR
            if idioms:
                valence = _special_idioms(valence, low, i)
    return valence


def _valences(toks: list[str], low: list[str], found: list[int]) -> list[tuple[int, float]]:
    """(position, valence) of every lexicon word (the positions ``found``), after VADER's rules; other
    words score 0."""
    lex = lexicon()
    n = len(low)
    if any(map(str.isupper, toks)):
        n_upper = sum(map(str.isupper, toks))
        cap_diff = 0 < n - n_upper < n
    else:
        cap_diff = False
    idioms = not _IDIOM_WORDS.isdisjoint(low)
    special = _SPECIAL
    out: list[tuple[int, float]] = []
    for i in found:
        lw = low[i]
        if lw in BOOSTERS or (lw == "kind" and i < n - 1 and low[i + 1] == "of"):
            continue
        base = lex[lw]
        valence = base
        if lw == "no" and i != n - 1 and low[i + 1] in lex:
            valence = 0.0
        if (i > 0 and low[i - 1] == "no") or (i > 1 and low[i - 2] == "no") or (
                i > 2 and low[i - 3] == "no" and low[i - 1] in ("or", "nor")):
            valence = base * N_SCALAR
        if cap_diff and toks[i].isupper():
            valence = valence + C_INCR if valence > 0 else valence - C_INCR
        if idioms or (i > 0 and special[low[i - 1]]) or (i > 1 and special[low[i - 2]]) or (
                i > 2 and special[low[i - 3]]):
            valence = _preceding(valence, toks, low, i, lex, cap_diff, idioms)
        # else none of the three words before is a booster, a negation or in a rule ("never so",
        # "without doubt", "so" / "this"): the rules would leave the valence as it is
        if i > 0 and low[i - 1] == "least" and "least" not in lex:
            if i > 1:
                if low[i - 2] != "at" and low[i - 2] != "very":
                    valence = valence * N_SCALAR
            else:
                valence = valence * N_SCALAR
        out.append((i, valence))
    if out and "but" in low:
        _but_check(low.index("but"), out)
    return out


def _but_check(bi: int, items: list[tuple[int, float]]) -> None:
    # As the reference: each value is rescaled at the first position holding an equal value
    # (words outside the lexicon score 0 and are left as they are).
    values = [v for _, v in items]
    for k in range(len(values)):
        v = values[k]
        first = values.index(v)
        pos = items[first][0]
        if pos < bi:
            values[first] = v * 0.5
        elif pos > bi:
            values[first] = v * 1.5
    items[:] = [(p, v) for (p, _), v in zip(items, values)]


def _punctuation_emphasis(text: str) -> float:
    ep = min(text.count("!"), 4) * 0.292
    qm = text.count("?")
    qa = 0.0
    if qm > 1:
        qa = qm * 0.18 if qm <= 3 else 0.96
    return ep + qa


@text_cache(maxsize=8192)
def _scores(text: str) -> tuple[float, float, float, float]:
    text = text.strip() if text.isascii() else _replace_emojis(text)
    toks = text.split()
    n = len(toks)
    if not n:
        return 0.0, 0.0, 0.0, 0.0
    found = list(compress(range(n), map(_IN_LEXICON.__getitem__, toks)))
    if not found:
        return 0.0, 1.0, 0.0, 0.0
    items = _valences(toks, list(map(_LOW.__getitem__, toks)), found)
    if not items:
        return 0.0, 1.0, 0.0, 0.0
    sum_s = 0.0
    pos_sum = neg_sum = 0.0
    nonzero = 0
    for _, s in items:
        sum_s += s
        if s > 0:
            pos_sum += s + 1
            nonzero += 1
        elif s < 0:
            neg_sum += s - 1
            nonzero += 1
    neu = n - nonzero
    amp = _punctuation_emphasis(text) if ("!" in text or "?" in text) else 0.0
    if sum_s > 0:
        sum_s += amp
    elif sum_s < 0:
        sum_s -= amp
    comp = sum_s / math.sqrt(sum_s * sum_s + 15)
    comp = -1.0 if comp < -1.0 else 1.0 if comp > 1.0 else comp
    if pos_sum > -neg_sum:
        pos_sum += amp
    elif pos_sum < -neg_sum:
        neg_sum -= amp
    total = pos_sum + math.fabs(neg_sum) + neu
    return math.fabs(neg_sum / total), math.fabs(neu / total), math.fabs(pos_sum / total), comp


def polarity_scores(text: str) -> dict[str, float]:
    """VADER's ``neg``, ``neu``, ``pos`` and ``compound`` for one sentence, rounded like the reference.

    >>> polarity_scores("Not bad at all")["compound"]
    0.431
    """
    neg, neu, pos, comp = _scores(text)
    return {"neg": round(neg, 3), "neu": round(neu, 3), "pos": round(pos, 3), "compound": round(comp, 4)}


def compound(text: str) -> float:
    """VADER's compound score of one sentence, in [-1, 1], rounded to 4 decimals like the reference."""
    return round(_scores(text)[3], 4)


def compounds(texts) -> list[float]:
    """Compound scores of many sentences."""
    return [round(_scores(t)[3], 4) for t in texts]


def text_sentiment(text: str) -> float:
    """Sentiment of a text of any length: the mean of its sentence compounds (0.0 for no sentence).

    For a single sentence this is VADER's compound; for a longer text it avoids the saturation of
    VADER's compound on long inputs.

    >>> text_sentiment("The ceasefire held. Then the shelling killed ten civilians.")
    -0.3352
    """
    from ..segment import sentences

    sents = sentences(text)
    if not sents:
        return 0.0
    return round(sum(_scores(s.text)[3] for s in sents) / len(sents), 4)
