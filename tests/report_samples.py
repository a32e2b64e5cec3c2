"""Hand-built analyses for the chart and report tests: the seed article with realistic attribution,
frame, mention and scorer rows (offsets found in the real text), a multi-outlet corpus, and a hostile
article. Independent of the attribution/frames/scorers components, so the report is tested alone.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

import framing
from framing.document import Document

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "karabakh-2023" / "economist-2023-09-21-a-one-day-war.md"

# (sentence fragment that locates the statement, content, speaker, party, cue, cue_class, kind)
SEED_ATTRIBUTIONS = [
    ("Azerbaijan called the assault", "the assault an “anti-terrorist operation” intended to restore constitutional order",
     "Azerbaijan", "azerbaijan", "call", "neutral", "indirect"),
    ("Nikol Pashinyan, called it", "it an ethnic-cleansing campaign against Karabakh, home to some 100,000 ethnic Armenians",
     "Officials in Armenia", "armenia", "call", "neutral", "indirect"),
    ("Azerbaijan says the offensive", "the offensive was in large part a response to elections held in the enclave on "
     "September 9th and to recent mine explosions that killed six Azerbaijanis, including four police officers",
     "Azerbaijan", "azerbaijan", "say", "neutral", "indirect"),
    ("Armenia accused Azerbaijan", "Azerbaijan of massing troops near the border separating the two countries and "
     "around Nagorno-Karabakh in early September", "Armenia", "armenia", "accuse", "accusation", "indirect"),
    ("plans to “reintegrate”", "reintegrate", "Hikmet Hajiyev", "azerbaijan", "say", "neutral", "partial"),
    ("“It will be just like", "It will be just like any other region of Azerbaijan,", "Mr Hajiyev", "azerbaijan",
     "say", "neutral", "direct"),
    ("Armenia’s army claims", "to be staying out of the dispute", "Armenia’s army", "armenia", "claim", "doubt",
     "indirect"),
    ("Mr Pashinyan accused Russia", "Russia of failing in its peacekeeping duties", "Mr Pashinyan", "armenia",
     "accuse", "accusation", "indirect"),
    ("“He is asking for help", "He is asking for help from Russian peacekeepers,", "she", "russia", "say", "neutral",
     "direct"),
    ("“But if we did nothing", "But if we did nothing, we would almost certainly lose our statehood,", "one", "armenia",
     "say", "neutral", "direct"),
    ("Officials in Baku claim", "the Karabakh Armenians are welcome to stay and enjoy the rights extended to "
     "Azerbaijan’s other minorities", "Officials in Baku", "azerbaijan", "claim", "doubt", "indirect"),
    ("“It’s hard to see", "It’s hard to see a scenario", "Laurence Broers", "other", "say", "neutral", "direct"),
]

# (text, frame, owner, voice, speaker_party)
SEED_FRAMES = [
    ("anti-terrorist operation", "anti-terrorist-operation", "azerbaijan", "scare_quoted", "azerbaijan"),
    ("restore constitutional order", "constitutional-order", "azerbaijan", "attributed", "azerbaijan"),
    ("ethnic-cleansing campaign", "ethnic-cleansing", "armenia", "attributed", "armenia"),
    ("reintegrate", "reintegration", "azerbaijan", "scare_quoted", "azerbaijan"),
    ("exodus", "ethnic-cleansing", "armenia", "narrator", ""),
    ("massacre", "ethnic-cleansing", "armenia", "narrator", ""),
]

ALIASES = {
    "azerbaijan": r"Azerbaijan(?:i|is)?|Baku|Mr Hajiyev|Hikmet Hajiyev",
    "armenia": r"Armenia(?!ns)|Yerevan|Pashinyan",
    "karabakh-armenians": r"Karabakh Armenians|separatists|Stepanakert",
    "russia": r"Russia(?:n)?|Kremlin|Putin|Simonyan",
    "west": r"Western powers|the West|NATO|America",
}
HEDGES = r"\b(may|might|could|seems?|appears?|reportedly|probably|likely|almost)\b"
BOOSTERS = r"\b(surely|certainly|clearly|openly|hardly|already)\b"
LOADED = r"\b(massacre|bloodbath|vile|propaganda|brutal|bloodletting|insultingly|dictator|mouthpiece|nastier|bloodied)\b"


def _span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    i = text.find(needle, after)
    assert i >= 0, needle
    return i, i + len(needle)


def _sent_of(sentences: pd.DataFrame, doc_id: str, pos: int) -> int:
    s = sentences[(sentences["doc_id"] == doc_id) & (sentences["start"] <= pos) & (sentences["end"] > pos)]
    return int(s["sent_idx"].iat[0]) if len(s) else 0


def _attributions(doc: Document, sentences: pd.DataFrame, rows) -> list[dict]:
    out = []
    for locate, content, speaker, party, cue, cls, kind in rows:
        at, _ = _span(doc.text, locate)
        start, end = _span(doc.text, content, max(at - 200, 0))
        sp, sp_end = _span(doc.text, speaker, max(at - 200, 0))
        cue_word = {"say": r"says?|said", "call": "called", "accuse": "accused", "claim": "claims?"}[cue]
        m = re.compile(cue_word).search(doc.text, at)
        out.append({"doc_id": doc.id, "start": start, "end": end, "speaker": speaker, "speaker_start": sp,
                    "speaker_end": sp_end, "party": party, "cue": cue, "cue_start": m.start(), "cue_end": m.end(),
                    "cue_class": cls, "kind": kind, "content": doc.text[start:end],
                    "words": len(doc.text[start:end].split()), "sent_idx": _sent_of(sentences, doc.id, start),
                    "sent_end_idx": _sent_of(sentences, doc.id, end - 1)})
    return out


def _frames(doc: Document, sentences: pd.DataFrame, rows) -> list[dict]:
    out = []
    for text, frame, owner, voice, speaker_party in rows:
        start, end = _span(doc.text, text)
        out.append({"doc_id": doc.id, "start": start, "end": end, "frame": frame, "owner": owner, "voice": voice,
                    "speaker_party": speaker_party, "text": text, "negated": False,
                    "sent_idx": _sent_of(sentences, doc.id, start)})
    return out


def _mentions(doc: Document, sentences: pd.DataFrame) -> list[dict]:
    out = []
    for party, pattern in ALIASES.items():
        for m in re.finditer(rf"\b(?:{pattern})\b", doc.text):
            out.append({"doc_id": doc.id, "start": m.start(), "end": m.end(), "party": party, "text": m.group(),
                        "sent_idx": _sent_of(sentences, doc.id, m.start()), "via": "alias"})
    return sorted(out, key=lambda r: r["start"])


def _score_sentences(result: framing.Analysis) -> None:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    s = result.sentences
    s["sentiment"] = [round(vader.polarity_scores(t)["compound"], 4) for t in s["text"]]
    s["hedges"] = s["text"].str.count(HEDGES, flags=re.I)
    s["boosters"] = s["text"].str.count(BOOSTERS, flags=re.I)
    s["loaded"] = s["text"].str.count(LOADED, flags=re.I)
    s["subjectivity"] = (0.2 + 0.15 * s["hedges"] + 0.2 * s["loaded"]).clip(upper=1.0).round(3)
    att = result.attributions
    voices, parties = [], []
    for _, row in s.iterrows():
        a = att[(att["doc_id"] == row["doc_id"]) & (att["sent_idx"] <= row["sent_idx"])
                & (att["sent_end_idx"] >= row["sent_idx"])] if len(att) else att
        voices.append("attributed" if len(a) else "narrator")
        m = result.mentions
        ps = m[(m["doc_id"] == row["doc_id"]) & (m["sent_idx"] == row["sent_idx"])]["party"] if len(m) else []
        parties.append(";".join(dict.fromkeys(ps)))
    s["voice"] = voices
    s["parties"] = parties


def _parties(result: framing.Analysis) -> pd.DataFrame:
    """parties.csv as the components would build it (columns of the contract)."""
    att, men, fr, sent, docs = (result.attributions, result.mentions, result.frames, result.sentences,
                                result.documents)
    outlet_of = docs.set_index("doc_id")["outlet"].to_dict()
    rows = []
    for scope, key in (("document", "doc_id"), ("outlet", "outlet"), ("corpus", None)):
        groups = sorted(docs[key].unique()) if key else [""]
        for g in groups:
            ids = set(docs.loc[docs[key] == g, "doc_id"]) if key else set(docs["doc_id"])
            a = att[att["doc_id"].isin(ids)] if len(att) else att
            total_words = a["words"].sum() if len(a) else 0
            for p in result.spec.party_ids:
                pa = a[a["party"] == p] if len(a) else a
                pm = men[(men["doc_id"].isin(ids)) & (men["party"] == p)] if len(men) else men
                pf = fr[fr["doc_id"].isin(ids)] if len(fr) else fr
                ps = sent[sent["doc_id"].isin(ids) & sent["parties"].str.contains(p, regex=False)]
                row = {"scope": scope, "doc_id": g if scope == "document" else "",
                       "outlet": outlet_of.get(g, "") if scope == "document" else (g if scope == "outlet" else ""),
                       "party": p, "mentions": len(pm), "attributions": len(pa)}
                for k in ("direct", "partial", "indirect", "according_to"):
                    row[k] = int((pa["kind"] == k).sum()) if len(pa) else 0
                row["quoted_words"] = int(pa["words"].sum()) if len(pa) else 0
                row["word_share"] = round(row["quoted_words"] / total_words, 4) if total_words else 0.0
                for c in ("neutral", "doubt", "accusation"):
                    row[f"cue_{c}"] = int((pa["cue_class"] == c).sum()) if len(pa) else 0
                row["frames_owned"] = int((pf["owner"] == p).sum()) if len(pf) else 0
                row["frames_voiced"] = int((pf["speaker_party"] == p).sum()) if len(pf) else 0
                row["frames_adopted_by_narrator"] = int(((pf["owner"] == p) & (pf["voice"] == "narrator")).sum()) \
                    if len(pf) else 0
                row["sentiment_toward"] = round(float(ps["sentiment"].mean()), 4) if len(ps) else float("nan")
                rows.append(row)
    return pd.DataFrame(rows)


def _finish(result: framing.Analysis, att_rows, frame_rows) -> framing.Analysis:
    docs = {d: None for d in result.documents["doc_id"]}
    from framing.analysis import COLUMNS

    result.attributions = pd.DataFrame(att_rows) if att_rows else pd.DataFrame(columns=COLUMNS["attributions"])
    result.frames = pd.DataFrame(frame_rows) if frame_rows else pd.DataFrame(columns=COLUMNS["frames"])
    _score_sentences(result)
    d = result.documents
    d["attributions"] = [int((result.attributions["doc_id"] == i).sum()) if len(result.attributions) else 0
                         for i in docs]
    d["sentiment"] = d["doc_id"].map(result.sentences.groupby("doc_id")["sentiment"].mean()).round(4)
    if len(result.frames):
        owner = result.frames.assign(s=result.frames["owner"].map({"azerbaijan": 1, "armenia": -1}).fillna(0))
        d["frame_lean"] = d["doc_id"].map(owner.groupby("doc_id")["s"].mean()).round(3)
    result._parties = _parties(result)
    return result


def _bare(result: framing.Analysis) -> framing.Analysis:
    """Keep only the contract columns of sentences and documents (the components' own are rebuilt here)."""
    from framing.analysis import COLUMNS

    result.sentences = result.sentences[COLUMNS["sentences"] + ["paragraph"]]
    result.documents = result.documents[COLUMNS["documents"]]
    return result


def seed_analysis() -> framing.Analysis:
    """The seed article, hand-annotated: 12 statements, 6 frame cues, mentions, VADER sentiment."""
    result = _bare(framing.analyze(SEED, spec="karabakh-2023"))
    doc = framing.load_corpus(SEED)[0]
    result.mentions = pd.DataFrame(_mentions(doc, result.sentences))
    return _finish(result, _attributions(doc, result.sentences, SEED_ATTRIBUTIONS),
                   _frames(doc, result.sentences, SEED_FRAMES))


def empty_analysis() -> framing.Analysis:
    """The seed article with no attributions, frames, mentions or scores: only the contract columns."""
    from framing.analysis import COLUMNS

    result = framing.analyze(SEED, spec="karabakh-2023")
    for name in ("attributions", "frames", "mentions"):
        setattr(result, name, pd.DataFrame(columns=COLUMNS[name]))
    result.sentences = result.sentences[COLUMNS["sentences"] + ["paragraph"]].assign(voice="narrator", parties="")
    result.documents = result.documents[COLUMNS["documents"]]
    result._parties = pd.DataFrame({"scope": "corpus", "doc_id": "", "outlet": "",
                                    "party": list(result.spec.party_ids)})
    return result


OUTLET_TEXTS = [
    ("rt-1", "RT", "Stepanakert falls", "Baku says its “anti-terrorist operation” is over. The Kremlin said Russian "
     "peacekeepers helped to evacuate civilians. “We did all we could,” said Dmitry Peskov."),
    ("rt-2", "RT", "Peacekeepers at work", "Moscow says the ceasefire holds. “Our peacekeepers saved lives,” said Maria "
     "Zakharova. Yerevan claims Russia did nothing."),
    ("azatutyun-1", "Azatutyun", "Exodus from Karabakh", "Armenia accused Azerbaijan of ethnic cleansing. “This is an "
     "ethnic-cleansing campaign,” said Nikol Pashinyan. Thousands of Karabakh Armenians fled."),
    ("apa-1", "APA", "Constitutional order restored", "Azerbaijan says the anti-terrorist operation restored "
     "constitutional order. “Karabakh Armenians are our citizens,” said Hikmet Hajiyev."),
]
OUTLET_ATTRIBUTIONS = {
    "rt-1": [("Baku says", "its “anti-terrorist operation” is over", "Baku", "azerbaijan", "say", "neutral", "indirect"),
             ("The Kremlin said", "Russian peacekeepers helped to evacuate civilians", "The Kremlin", "russia", "say",
              "neutral", "indirect"),
             ("“We did all", "We did all we could,", "Dmitry Peskov", "russia", "say", "neutral", "direct")],
    "rt-2": [("Moscow says", "the ceasefire holds", "Moscow", "russia", "say", "neutral", "indirect"),
             ("“Our peacekeepers", "Our peacekeepers saved lives,", "Maria Zakharova", "russia", "say", "neutral",
              "direct"),
             ("Yerevan claims", "Russia did nothing", "Yerevan", "armenia", "claim", "doubt", "indirect")],
    "azatutyun-1": [("Armenia accused", "Azerbaijan of ethnic cleansing", "Armenia", "armenia", "accuse", "accusation",
                     "indirect"),
                    ("“This is an", "This is an ethnic-cleansing campaign,", "Nikol Pashinyan", "armenia", "say",
                     "neutral", "direct")],
    "apa-1": [("Azerbaijan says", "the anti-terrorist operation restored constitutional order", "Azerbaijan",
               "azerbaijan", "say", "neutral", "indirect"),
              ("“Karabakh Armenians", "Karabakh Armenians are our citizens,", "Hikmet Hajiyev", "azerbaijan", "say",
               "neutral", "direct")],
}
OUTLET_FRAMES = {
    "rt-1": [("anti-terrorist operation", "anti-terrorist-operation", "azerbaijan", "scare_quoted", "azerbaijan")],
    "azatutyun-1": [("ethnic cleansing", "ethnic-cleansing", "armenia", "attributed", "armenia"),
                    ("ethnic-cleansing campaign", "ethnic-cleansing", "armenia", "attributed", "armenia"),
                    ("fled", "ethnic-cleansing", "armenia", "narrator", "")],
    "apa-1": [("anti-terrorist operation", "anti-terrorist-operation", "azerbaijan", "narrator", ""),
              ("restored constitutional order", "constitutional-order", "azerbaijan", "narrator", "")],
}


def outlet_analysis() -> framing.Analysis:
    """Four short articles from three outlets (RT, Azatutyun, APA) about the same offensive."""
    docs = [Document(i, text, {"title": title, "outlet": outlet, "date": "2023-09-21"})
            for i, outlet, title, text in OUTLET_TEXTS]
    result = _bare(framing.analyze(docs, spec="karabakh-2023"))
    att, fr, men = [], [], []
    for doc in docs:
        att += _attributions(doc, result.sentences, OUTLET_ATTRIBUTIONS.get(doc.id, []))
        fr += _frames(doc, result.sentences, OUTLET_FRAMES.get(doc.id, []))
        men += _mentions(doc, result.sentences)
    result.mentions = pd.DataFrame(men)
    return _finish(result, att, fr)


HOSTILE_TEXT = ("Azerbaijan says <script>document.title='PWNED';document.body.innerHTML='PWNED'</script> nothing. "
                "Armenia claims <img src=x onerror=\"document.title='PWNED2'\"> that it is over & done. "
                "“<b>bold</b> words”, says Mr Hajiyev.")


def hostile_analysis() -> framing.Analysis:
    """An article whose text, title and outlet carry HTML and script; attributions cover the markup."""
    doc = Document("xss-<1>", HOSTILE_TEXT, {"title": "<script>document.title='PWNED3'</script>Title",
                                             "outlet": "<img src=x onerror=alert(1)>Outlet", "date": "2023-09-21"})
    result = _bare(framing.analyze([doc], spec="karabakh-2023"))
    rows = [("Azerbaijan says", "<script>document.title='PWNED';document.body.innerHTML='PWNED'</script> nothing",
             "Azerbaijan", "azerbaijan", "say", "neutral", "indirect"),
            ("Armenia claims", "<img src=x onerror=\"document.title='PWNED2'\"> that it is over & done", "Armenia",
             "armenia", "claim", "doubt", "indirect"),
            ("“<b>", "<b>bold</b> words", "Mr Hajiyev", "azerbaijan", "say", "neutral", "direct")]
    result.mentions = pd.DataFrame(_mentions(doc, result.sentences))
    return _finish(result, _attributions(doc, result.sentences, rows),
                   _frames(doc, result.sentences, [("<b>bold</b>", "<script>x</script>", "armenia", "narrator", "")]))
