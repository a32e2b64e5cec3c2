"""Attribution: who speaks, in which words, through which reporting verb, and how much voice each party gets.

Modules, one job each:

- :mod:`~framing.attribution.cues` — the stance-classed reporting-verb lexicon and its matcher;
- :mod:`~framing.attribution.quotes` — quotation spans (straight, curly, multi-paragraph);
- :mod:`~framing.attribution.mentions` — party mentions (aliases, people, titles, demonyms);
- :mod:`~framing.attribution.speakers` — speaker phrases and their resolution to parties;
- :mod:`~framing.attribution.extract` — statements: direct, split, continued, partial, indirect, according-to;
- :mod:`~framing.attribution.beliefs` — reported beliefs and positions ("X fears that", "which X considers Y");
- :mod:`~framing.attribution.tables` — parties.csv and documents.csv aggregates.

>>> from framing.document import Document
>>> from framing.segment import sentences
>>> from framing.spec import load_spec
>>> doc = Document("d", "“It will be just like any other region of Azerbaijan,” says Mr Hajiyev.")
>>> rows = analyse(doc, sentences(doc.text), load_spec("karabakh-2023"))
>>> [(r["party"], r["cue"], r["kind"]) for r in rows["attributions"]]
[('azerbaijan', 'say', 'direct')]
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, Sequence

from ..document import Document, Sentence
from ..spec import Spec
from .cues import DEFAULT_TYPES, lexicon
from .extract import extract
from .mentions import PartyMatcher, matcher
from .tables import document_table, party_table

__all__ = ["analyse", "extract", "party_table", "document_table", "lexicon", "PartyMatcher", "matcher", "MODELS",
           "model_name"]

#: The attribution models, by name: ``rules`` (the default: cue lexicon and span rules), ``cues`` (the
#: rules plus the learned cue model, :mod:`~framing.attribution.cuemodel`), ``polnear`` (the learned span
#: tagger's PolNeAR-style rows, :mod:`~framing.attribution.spanmodel`) and ``crf`` (the CRF tagger's,
#: :mod:`~framing.attribution.crfmodel`). The learned ones also count beliefs and non-speech.
MODELS = ("rules", "cues", "polnear", "crf")

# What extract() takes for each name.
_EXTRACT_ARG: dict[str, bool | str] = {"rules": False, "cues": True, "polnear": "polnear", "crf": "crf"}


def model_name(model: bool | str) -> str:
    """The name (one of :data:`MODELS`) of an attribution model given by name or as the older flags
    ``False`` (rules) and ``True`` (rules and the cue model).

    >>> model_name("crf"), model_name(False), model_name(True)
    ('crf', 'rules', 'cues')
    >>> model_name("bert")
    Traceback (most recent call last):
    ValueError: unknown attribution model 'bert'; models are: rules, cues, polnear, crf
    """
    if isinstance(model, bool):
        return "cues" if model else "rules"
    if isinstance(model, str) and model in MODELS:
        return model
    raise ValueError(f"unknown attribution model {model!r}; models are: {', '.join(MODELS)}")


def analyse(doc: Document, sentences: Sequence[Sentence], spec: Spec, *,
            types: tuple[str, ...] = DEFAULT_TYPES, model: bool | str = "rules") -> dict[str, list[dict[str, Any]]]:
    """Rows for one document: ``attributions``, ``mentions`` and per-sentence ``sentence_columns``.

    Parameters
    ----------
    doc : Document
    sentences : list of Sentence
        The document's sentences (:func:`framing.segment.sentences`).
    spec : Spec
    types : tuple of str
        Cue types to use (default speech acts and "according to"; add ``"cognition"`` for beliefs).
    model : {"rules", "cues", "polnear", "crf"}
        The attribution model (:data:`MODELS`): ``"rules"`` (default); ``"cues"``: also the learned cue
        model; ``"polnear"`` or ``"crf"``: a learned tagger's PolNeAR-style rows instead of the rules'.
        The learned models count beliefs and non-speech that the voice measures should not. ``False``
        and ``True`` are accepted for ``"rules"`` and ``"cues"``.

    Returns
    -------
    dict
        ``attributions`` (one row per statement), ``mentions`` (one row per party mention, including
        pronouns and titles resolved as speakers) and ``sentence_columns`` (``voice``: narrator,
        attributed or mixed; ``parties``: ";"-joined party ids mentioned in the sentence).
    """
    text = doc.text
    mentions = matcher(spec).find(text)
    rows = extract(text, sentences, spec, types=types, mentions=mentions, model=_EXTRACT_ARG[model_name(model)])
    starts = [s.start for s in sentences]

    def sent_of(pos: int) -> int:
        return max(0, bisect_right(starts, pos) - 1)

    mention_rows = [{"start": m.start, "end": m.end, "party": m.party, "text": m.text, "sent_idx": sent_of(m.start),
                     "via": m.via} for m in mentions]
    seen = {(m.start, m.end) for m in mentions}
    for r in rows:
        if r["via"] in ("pronoun", "title") and r["party"] and r["speaker_start"] >= 0 and (r["speaker_start"], r["speaker_end"]) not in seen:
            mention_rows.append({"start": r["speaker_start"], "end": r["speaker_end"], "party": r["party"],
                                 "text": r["speaker"], "sent_idx": sent_of(r["speaker_start"]), "via": r["via"]})
    mention_rows.sort(key=lambda m: m["start"])

    ends = [s.end for s in sentences]

    def containing(pos: int) -> int:
        """Index of the sentence containing ``pos``, or -1 (between sentences, or no position)."""
        i = bisect_right(starts, pos) - 1
        return i if i >= 0 and pos < ends[i] else -1

    # Each statement touches its own sentences and the one holding its cue; it covers the
    # characters of its content parts that fall inside each of them.
    cover = [0] * len(sentences)
    touched = [False] * len(sentences)
    for r in rows:
        spans = [tuple(int(x) for x in part.split("-")) for part in r["parts"].split(";")]
        indices = set(range(max(0, r["sent_idx"]), min(len(sentences) - 1, r["sent_end_idx"]) + 1))
        cue_sentence = containing(r["cue_start"])
        if cue_sentence >= 0:
            indices.add(cue_sentence)
        for i in indices:
            touched[i] = True
            s_start, s_end = starts[i], ends[i]
            cover[i] += sum(max(0, min(b, s_end) - max(a, s_start)) for a, b in spans)
    parties: list[dict[str, None]] = [{} for _ in sentences]
    for m in mention_rows:
        i = containing(m["start"])
        if i >= 0:
            parties[i][m["party"]] = None
    columns = []
    for i, s in enumerate(sentences):
        length = max(1, s.end - s.start)
        voice = "attributed" if cover[i] >= 0.6 * length else ("mixed" if touched[i] else "narrator")
        columns.append({"voice": voice, "parties": ";".join(parties[i])})
    return {"attributions": rows, "mentions": mention_rows, "sentence_columns": columns}
