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

__all__ = ["analyse", "extract", "party_table", "document_table", "lexicon", "PartyMatcher", "matcher"]


def analyse(doc: Document, sentences: Sequence[Sentence], spec: Spec, *,
            types: tuple[str, ...] = DEFAULT_TYPES, model: bool | str = False) -> dict[str, list[dict[str, Any]]]:
    """Rows for one document: ``attributions``, ``mentions`` and per-sentence ``sentence_columns``.

    Parameters
    ----------
    doc : Document
    sentences : list of Sentence
        The document's sentences (:func:`framing.segment.sentences`).
    spec : Spec
    types : tuple of str
        Cue types to use (default speech acts and "according to"; add ``"cognition"`` for beliefs).
    model : bool or "polnear"
        ``True``: also use the learned cue model (:mod:`~framing.attribution.cuemodel`); ``"polnear"``: the
        learned span tagger's PolNeAR-style rows instead of the rules' (:mod:`~framing.attribution.spanmodel`).
        Off by default: both count beliefs and non-speech that the voice measures should not.

    Returns
    -------
    dict
        ``attributions`` (one row per statement), ``mentions`` (one row per party mention, including
        pronouns and titles resolved as speakers) and ``sentence_columns`` (``voice``: narrator,
        attributed or mixed; ``parties``: ";"-joined party ids mentioned in the sentence).
    """
    text = doc.text
    mentions = matcher(spec).find(text)
    rows = extract(text, sentences, spec, types=types, mentions=mentions, model=model)
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

    columns = []
    for s in sentences:
        length = max(1, s.end - s.start)
        cover = 0
        touched = False
        for r in rows:
            if r["sent_idx"] <= len(columns) <= r["sent_end_idx"] or s.start <= r["cue_start"] < s.end:
                touched = True
                for part in r["parts"].split(";"):
                    a, b = (int(x) for x in part.split("-"))
                    cover += max(0, min(b, s.end) - max(a, s.start))
        voice = "attributed" if cover >= 0.6 * length else ("mixed" if touched else "narrator")
        parties = list(dict.fromkeys(m["party"] for m in mention_rows if s.start <= m["start"] < s.end))
        columns.append({"voice": voice, "parties": ";".join(parties)})
    return {"attributions": rows, "mentions": mention_rows, "sentence_columns": columns}
