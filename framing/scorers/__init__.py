"""Scorers: lexicon and sentiment features of sentences and texts, usable alone or in scikit-learn.

Plain functions take one text (a sentence or a longer text) and return a number:

>>> from framing import scorers
>>> scorers.hedges("The strike reportedly killed 20, officials said, though the toll may rise.")
2
>>> scorers.loaded("Baku's mouthpiece called it a vile massacre.")
3
>>> scorers.sentiment("Armenia's leader pleaded for peace.")
0.5423

Functions taking many documents (:func:`sentence_bias`) and the transformers of
:mod:`framing.scorers.transformers` refuse a bare ``str``. The pipeline calls :func:`analyse` per
document; :func:`party_table` and :func:`document_table` aggregate for parties.csv and documents.csv.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

import numpy as np
import pandas as pd

from ..document import Document, Sentence
from ..spec import Spec
from . import lexicon as _lex
from . import vader as _vader
from .bias import sentence_bias
from .sentence import sentence_data, subjectivity_weight
from .voice import split_voice

__all__ = ["hedges", "boosters", "loaded", "subjectivity", "factives", "assertives", "implicatives", "sentiment",
           "polarity_scores", "sentence_bias", "target_sentiment", "matches", "SCORERS", "score_text", "score_sentences",
           "analyse", "party_table", "party_parts", "document_table"]


def _check(text: Any) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    return text


def hedges(text: str) -> int:
    """Hedges (Hyland 2005: "may", "reportedly", "appears to", "so-called" ...) in ``text``.

    >>> hedges("Azerbaijan appears to have won, though it may not last.")
    2
    """
    return _lex.count(_check(text), "hedges")


def boosters(text: str) -> int:
    """Boosters and intensifiers ("clearly", "undoubtedly", "extremely", "of course" ...).

    >>> boosters("It was clearly an extremely brutal assault.")
    2
    """
    return _lex.count(_check(text), "boosters")


def loaded(text: str) -> int:
    """Loaded and emotive words: conflict vocabulary, name calling, emotive adjectives, charged verbs.

    >>> loaded("The dictator's thugs carried out a bloodbath.")
    3
    """
    return _lex.count(_check(text), "loaded")


def subjectivity(text: str) -> float:
    """Share of words that are subjectivity clues (strong clue 1, weak clue 0.5), in [0, 1].

    >>> subjectivity("The meeting is on Tuesday.")
    0.0
    >>> subjectivity("A shameful, outrageous decision.") >= 0.5
    True
    """
    text = _check(text)
    words = _lex.word_count(text)
    if not words:
        return 0.0
    ms = _lex.find(text, "subjectivity")
    return round(min(1.0, subjectivity_weight([m.cls for m in ms]) / words), 4)


def factives(text: str) -> int:
    """Factive and semifactive predicates (Kiparsky & Kiparsky 1970; Hooper 1975): "know", "reveal", "regret"."""
    return _lex.count(_check(text), "factives")


def assertives(text: str) -> int:
    """Assertive predicates (Hooper 1975): "claim", "insist", "believe", "argue"."""
    return _lex.count(_check(text), "assertives")


def implicatives(text: str) -> int:
    """Implicative verbs (Karttunen 1971): "manage", "fail", "refuse", "force"."""
    return _lex.count(_check(text), "implicatives")


def sentiment(text: str) -> float:
    """VADER compound for a sentence; for a longer text the mean of its sentence compounds.

    VADER's compound saturates on long inputs, so a text is split into sentences first.

    >>> sentiment("The ceasefire held.")
    0.0
    """
    return _vader.text_sentiment(_check(text))


def polarity_scores(text: str) -> dict[str, float]:
    """VADER's ``neg``, ``neu``, ``pos``, ``compound`` of ``text`` taken as one sentence (the reference)."""
    return _vader.polarity_scores(_check(text))


def target_sentiment(text: str, start: int, end: int) -> float:
    """Sentiment toward the mention ``text[start:end]`` in the sentence ``text``, in [-1, 1].

    >>> s = "Azerbaijan launched a brutal assault, while Armenia's leader pleaded for peace."
    >>> target_sentiment(s, 0, 10) < target_sentiment(s, 44, 51)
    True
    """
    from .target_model import target_score

    return target_score(_check(text), start, end)


def matches(text: str, lexicon: str) -> list[_lex.Match]:
    """The terms of a registry lexicon found in ``text`` (offsets, term, class).

    >>> [(m.term, m.cls) for m in matches("a so-called referendum", "hedges")]
    [('so-called', 'evidential')]
    """
    return _lex.find(_check(text), lexicon)


#: Every per-text scorer by name (the columns of sentences.csv and of ``framing score``).
SCORERS: dict[str, Callable[[str], float]] = {
    "sentiment": sentiment, "hedges": hedges, "boosters": boosters, "loaded": loaded,
    "subjectivity": subjectivity, "factives": factives, "assertives": assertives, "implicatives": implicatives,
}


def _sentence_features(text: str) -> dict[str, Any]:
    words, (hed, boo, loa, subj, fac, ass, imp), scores = sentence_data(text)
    return {
        "sentiment": round(scores[3], 4),
        "hedges": len(hed),
        "boosters": len(boo),
        "loaded": len(loa),
        "subjectivity": round(min(1.0, subjectivity_weight(subj) / words), 4) if words else 0.0,
        "factives": len(fac),
        "assertives": len(ass),
        "implicatives": len(imp),
    }


def score_sentences(texts: Iterable[str]) -> pd.DataFrame:
    """One row of every scorer per sentence (including ``bias``).

    >>> score_sentences(["A vile massacre.", "Talks resume."])[["loaded", "hedges"]].to_dict("list")
    {'loaded': [2, 0], 'hedges': [0, 0]}
    """
    from .bias import _as_texts

    texts = _as_texts(texts)
    df = pd.DataFrame([_sentence_features(t) for t in texts])
    df["bias"] = np.round(sentence_bias(texts), 4) if texts else []
    return df


def score_text(text: str) -> dict[str, Any]:
    """Every scorer's value for one text (what ``framing score`` prints).

    Counts are over the whole text; ``sentiment`` and ``bias`` are means over its sentences, with
    the most negative/positive sentence and the share of sentences over 0.5 bias probability.

    >>> r = score_text("Officials called it a massacre. The talks, reportedly, went well.")
    >>> r["loaded"], r["hedges"], r["loaded_terms"]
    (1, 1, 'massacre')
    """
    from ..segment import sentences as split

    text = _check(text)
    sents = [s.text for s in split(text)] or ([text] if text.strip() else [])
    words = _lex.word_count(text)
    out: dict[str, Any] = {}
    comps = _vader.compounds(sents)
    out["sentiment"] = round(float(np.mean(comps)), 4) if comps else 0.0
    out["sentiment_min"] = round(float(min(comps)), 4) if comps else 0.0
    out["sentiment_max"] = round(float(max(comps)), 4) if comps else 0.0
    for name in ("hedges", "boosters", "loaded", "factives", "assertives", "implicatives"):
        out[name] = _lex.count(text, name)
    out["subjectivity"] = subjectivity(text)
    for name in ("hedges", "boosters", "loaded"):
        out[f"{name}_per_100_words"] = round(100 * out[name] / words, 2) if words else 0.0
    probs = sentence_bias(sents) if sents else np.zeros(0)
    out["bias"] = round(float(probs.mean()), 4) if len(probs) else 0.0
    out["biased_sentences"] = round(float((probs > 0.5).mean()), 4) if len(probs) else 0.0
    for name in ("loaded", "hedges", "boosters"):
        out[f"{name}_terms"] = "; ".join(dict.fromkeys(text[m.start:m.end].lower() for m in _lex.find(text, name)))
    return out


# -------------------------------------------------------------------------------------------------
# pipeline component

def analyse(doc: Document, sentences: list[Sentence], spec: Spec, attributions: list[dict[str, Any]],
            mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One dict of scorer features per sentence of ``doc``.

    Columns: ``sentiment`` (VADER compound), ``hedges``, ``boosters``, ``loaded``, ``subjectivity``,
    ``factives``, ``assertives``, ``implicatives``, ``bias`` (BABE classifier probability), the voice
    split (``narrator_sentiment``, ``narrator_loaded``, ``quoted_sentiment``, ``quoted_loaded``,
    ``quoted_words``) and ``party_sentiment`` (``party:score`` per mentioned party, ";"-joined).
    """
    from .target import find_mentions, mention_sentiments
    from .target_model import target_scores

    texts = [s.text for s in sentences]
    rows = [_sentence_features(t) for t in texts]
    if texts:
        for row, p in zip(rows, sentence_bias(texts)):
            row["bias"] = round(float(p), 4)
    for row, v in zip(rows, split_voice(doc.text, sentences, attributions)):
        row.update(v)
    if not mentions:
        mentions = find_mentions(doc.text, spec, sentences)
    per_sentence: dict[int, dict[str, list[float]]] = {}
    for idx, party, score in mention_sentiments(sentences, mentions, batch_scorer=target_scores):
        per_sentence.setdefault(idx, {}).setdefault(party, []).append(score)
    for i, row in enumerate(rows):
        parties = per_sentence.get(i, {})
        # one score per party and sentence (see mention_sentiments): its mean is itself
        row["party_sentiment"] = ";".join(f"{p}:{v[0] if len(v) == 1 else np.mean(v):.4f}"
                                          for p, v in sorted(parties.items())) if parties else ""
    return rows


def _parse_party_sentiment(sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per (sentence, party) of the ``party_sentiment`` cells: ``doc_id, party, score``."""
    docs: list[Any] = []
    parties: list[str] = []
    scores: list[float] = []
    if "party_sentiment" in sentences.columns and len(sentences):
        shared: dict[Any, Any] = {}  # one object per distinct doc_id and party (kept small in memory and pickles)
        for doc_id, cell in zip(sentences["doc_id"].tolist(), sentences["party_sentiment"].tolist()):
            if cell.__class__ is str and cell:
                doc_id = shared.setdefault(doc_id, doc_id)
                for item in cell.split(";"):
                    party, _, value = item.rpartition(":")
                    docs.append(doc_id)
                    parties.append(shared.setdefault(party, party))
                    scores.append(float(value))
    return pd.DataFrame({"doc_id": pd.Series(docs, dtype=object), "party": pd.Series(parties, dtype=object),
                         "score": pd.Series(scores, dtype="float64")})


_QUOTE_COLUMNS = ("sentiment", "words", "hedges", "boosters", "loaded", "subjective")


def _quoted_rows(attributions: pd.DataFrame) -> pd.DataFrame:
    """One row per attributed statement of a party (any non-empty party): its :func:`~.voice.score_quote` scores."""
    from .voice import score_quote

    docs: list[Any] = []
    parties: list[str] = []
    scores: list[dict[str, float]] = []
    shared: dict[Any, Any] = {}  # one object per distinct doc_id and party (kept small in memory and pickles)
    if len(attributions) and {"content", "party"} <= set(attributions.columns):
        for doc_id, party, content in zip(attributions["doc_id"].tolist(), attributions["party"].tolist(),
                                          attributions["content"].tolist()):
            if isinstance(party, str) and party and isinstance(content, str) and content.strip():
                docs.append(shared.setdefault(doc_id, doc_id))
                parties.append(shared.setdefault(party, party))
                scores.append(score_quote(content))
    if not scores:
        return pd.DataFrame({"doc_id": pd.Series(dtype=object), "party": pd.Series(dtype=object),
                             "sentiment": pd.Series(dtype="float64"), "words": pd.Series(dtype="int64"),
                             "hedges": pd.Series(dtype="int64"), "boosters": pd.Series(dtype="int64"),
                             "loaded": pd.Series(dtype="int64"), "subjective": pd.Series(dtype="float64")})
    table = pd.DataFrame.from_records(scores).reindex(columns=list(_QUOTE_COLUMNS))
    table.insert(0, "party", pd.Series(parties, dtype=object))
    table.insert(0, "doc_id", pd.Series(docs, dtype=object))
    return table


def _build_parts(result: Any) -> dict[str, pd.DataFrame]:
    return {"toward": _parse_party_sentiment(result.sentences), "quoted": _quoted_rows(result.attributions)}


def party_parts(result: Any) -> dict[str, pd.DataFrame]:
    """The mergeable parts of :func:`party_table`, cached on ``result``: ``toward`` (one score per
    sentence and party it mentions) and ``quoted`` (the scores of each attributed statement, each
    statement scored once whatever the number of scopes)."""
    from ..parts import cached

    return cached(result, "scorers", _build_parts, ["sentences", "attributions"])


def party_table(result: Any, by: list[str]) -> pd.DataFrame:
    """Per party (and ``by``): ``sentiment_toward`` (mean over the sentences that mention the party,
    each scored at its first mention of the party), ``sentiment_toward_n`` (that number of sentences),
    ``quoted_sentiment`` (mean over the party's attributed statements) and lexicon rates per 100 of
    its quoted words (``quoted_hedges_rate``, ``quoted_boosters_rate``, ``quoted_loaded_rate``,
    ``quoted_subjectivity``)."""
    cols = [*by, "party", "sentiment_toward", "sentiment_toward_n", "quoted_sentiment", "quoted_hedges_rate",
            "quoted_boosters_rate", "quoted_loaded_rate", "quoted_subjectivity"]
    parts = party_parts(result)
    toward, quoted = parts["toward"], parts["quoted"]
    if not len(toward) and not len(quoted):
        return pd.DataFrame(columns=cols)
    if "outlet" in by:
        outlets = result.documents.set_index("doc_id")["outlet"].astype(str)
        toward = toward.assign(outlet=toward["doc_id"].map(outlets).fillna(""))
        quoted = quoted.assign(outlet=quoted["doc_id"].map(outlets).fillna(""))
    keys = [*by, "party"]
    t = toward.groupby(keys)["score"].agg(sentiment_toward="mean", sentiment_toward_n="size").round(4)
    g = quoted.groupby(keys)
    q = pd.DataFrame({
        "quoted_sentiment": g["sentiment"].mean().round(4),
        "quoted_hedges_rate": (100 * g["hedges"].sum() / g["words"].sum()).round(3),
        "quoted_boosters_rate": (100 * g["boosters"].sum() / g["words"].sum()).round(3),
        "quoted_loaded_rate": (100 * g["loaded"].sum() / g["words"].sum()).round(3),
        "quoted_subjectivity": (g["subjective"].sum() / g["words"].sum()).round(4),
    })
    out = t.join(q, how="outer").reset_index().reindex(columns=cols)
    out["sentiment_toward_n"] = out["sentiment_toward_n"].fillna(0).astype("int64")
    return out


def document_table(result: Any) -> pd.DataFrame:
    """Per document: means of the sentence features (``sentiment``, ``subjectivity``, ``bias``,
    ``narrator_sentiment``), lexicon rates per 100 words (``hedges_rate``, ...), and
    ``biased_sentences`` (share of sentences with bias probability > 0.5)."""
    s = result.sentences
    if not len(s) or "sentiment" not in s.columns:
        return pd.DataFrame(index=pd.Index([], name="doc_id"))
    g = s.groupby("doc_id", sort=False)
    words = g["words"].sum().replace(0, np.nan) if "words" in s.columns else None
    out = pd.DataFrame({
        "sentiment": g["sentiment"].mean().round(4),
        "subjectivity": g["subjectivity"].mean().round(4),
        "bias": g["bias"].mean().round(4),
        "biased_sentences": (s["bias"] > 0.5).groupby(s["doc_id"], sort=False).mean().astype(float).round(4),
    })
    if "narrator_sentiment" in s.columns:
        out["narrator_sentiment"] = g["narrator_sentiment"].mean().round(4)
    for name in ("hedges", "boosters", "loaded", "factives", "assertives", "implicatives"):
        if words is not None:
            out[f"{name}_rate"] = (100 * g[name].sum() / words).round(3)
    out.index.name = "doc_id"
    return out
