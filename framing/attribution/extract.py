"""Statement extraction: direct, split, continued and partial quotes, indirect speech, "according to".

One pass finds the quotations, one the cues (a compiled alternation of every lexicon form), one the
party mentions (Aho-Corasick); statements are then assembled sentence by sentence from the
punctuation around each cue, and speakers are resolved in text order so pronouns, "one" and titles
see what came before. Everything is linear in the length of the text.

>>> from framing.spec import load_spec
>>> from framing.segment import sentences
>>> text = "Azerbaijan says the offensive was a response. “It will be fine,” says Mr Hajiyev."
>>> rows = extract(text, sentences(text), load_spec("karabakh-2023"))
>>> [(r["party"], r["cue"], r["kind"], r["content"]) for r in rows]
[('azerbaijan', 'say', 'indirect', 'the offensive was a response'), ('azerbaijan', 'say', 'direct', '“It will be fine,”')]
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Sequence

from ..document import Sentence
from ..segment import word_count
from ..spec import OTHER, Spec
from .beliefs import belief
from .coref import outside_quotes
from .cuemodel import active_model
from .cues import _TYPES as _ALL_TYPES, DEFAULT_TYPES, Cue, lexicon
from .mentions import Mention, StartsAfter, matcher
from .quotes import Quote, find_quotes
from .speakers import (_AND, _LEADING, _Ending, _PRE_STOP, _WORD, Context, defined_acronyms, joint_rows, lead_title,
                       left_np, mentions_between, name_party, resolve, right_np, _trim, _words)

__all__ = ["Statement", "extract", "statements"]

# A finite verb or auxiliary right after a noun phrase: that noun phrase is a subject ("… said the
# operation was over"), not an inverted speaker ("…, said the minister.").
_FINITE = frozenset("is was were are has had have will would could should can may might must did does do "
                    "remains remained".split())
_NEXT_WORD = re.compile(r"[\s,]*([A-Za-z’']+)")

Span = tuple[int, int]

_PREPOSITIONS = frozenset("on in at for with by about from into up out off over under against through during".split())
_NOUN_BEFORE = frozenset("the a an his her its their our my your this these those such another any no every each "
                         "whose of".split())
_PASSIVE_AUX = frozenset("was were is are been being be get got gets".split())
_NEGATIONS = frozenset(("not", "never", "cannot"))
_LEAD_ADVERBIAL = re.compile(
    # "as Soraya reported on Morning Edition, much of …": a named programme before the comma
    r"\s*(?:,\s*)?(?:(?-i:on\s+(?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+(?=\s*,))"
    r"|(?:on|last|this|late|early|earlier)\s+(?:\w+day|weekend|week|month|year|night|morning|afternoon|evening)"
    r"|(?:in|on)\s+(?:an?|its|his|her|their|the)\s+(?:\w+\s+){0,2}(?:statement|interview|speech|post|tweet|message|letter|briefing|address|report|website|page|account|blog|feed|"
    r"column|op-ed|article|broadcast)"
    r"(?:\s+(?:published|posted|released|issued|broadcast|aired)(?:\s+(?:online|late|early|on))?"
    r"(?:\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))?)?"
    # "said via Twitter that …", "said on Twitter that …": the channel, not the content
    r"|(?:via|on|through)\s+(?:Twitter|Facebook|Instagram|YouTube|VKontakte|(?:his|her|its|their)\s+(?:Twitter|Facebook)\s+(?:account|page))"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![’'\w])(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:yesterday|today|tonight|recently|repeatedly|publicly|privately|again|later|also|too|earlier)"
    # "said a short while ago", "said two days ago"
    r"|(?:a\s+(?:short\s+)?while|(?:[\w-]+\s+){1,2}(?:minutes?|hours?|days?|weeks?|months?|years?))\s+ago"
    # "said before an EU leaders' summit", "said after the meeting": the occasion, not the content
    r"|(?:before|after|ahead\s+of|following|during|at)\s+(?:an?|the|his|her|its|their)\s+(?:[\w’'.-]+\s+){0,4}?"
    r"(?:summit|meeting|talks|visit|session|vote|speech|briefing|conference|trip|rally|funeral|ceremony|hearing))"
    r"(?!\w)(?:\s*,)?",  # a whole word: "took" does not start with the adverbial "too"
    re.IGNORECASE,
)
#: A temporal clause after a postposed cue ("…, Azerbaijan said after the talks ended."): the occasion, not the content.
_TEMPORAL_TAIL = re.compile(r"\s*(?:,\s*)?(?:before|after|as|when|while|during|following|ahead\s+of|upon|until)\s", re.I)
# Verbs that put the speaker after them ("…, says Hikmet Hajiyev"); others take an object there.
_INVERTIBLE = frozenset(
    "say add write claim insist warn argue explain note continue observe remark reply respond suggest recall state "
    "report conclude admit acknowledge concede confirm declare stress tweet predict ask answer contend allege "
    "assert affirm announce comment emphasise speculate estimate boast complain".split()
) | {"point out", "according to"}
_OBJECT_PRONOUNS = frozenset("it him her them us me this that these those".split())
_COORD = re.compile(r",?\s+(?:and|but)\s+(?:\w+ly\s+|also\s+|later\s+|then\s+|has\s+|had\s+)?$")
#: Characters looked at on either side of a cue (a bound that keeps the work linear on any input).
_WINDOW = 600
_NEEDS_CLAUSE = frozenset(("admit", "concede", "reveal", "confirm"))
_CLAUSE_STARTERS = frozenset("he she they it we i there this the a an his her their its".split())
_PARTICIPLE_COMMA = re.compile(r",\s*$")
# not "that's too much", nor "said that was but one of …" (a demonstrative subject)
_THAT = re.compile(r"\s*(?:,\s*)?that\b(?![’']s)(?!\s+(?:was|is|has|would|will|could|might|can|should|"
                   r"must|means|meant|remains|seems)\b)\s*", re.IGNORECASE)


@dataclass
class Statement:
    """One attributed statement before party resolution (offsets into the document text)."""

    kind: str
    parts: list[Span]
    cue: Cue | None
    speaker: Span | None
    appositives: list[Span] = field(default_factory=list)
    prev: "Statement | None" = field(default=None, compare=False, repr=False)  # the statement whose speaker this one keeps

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


#: "officials quoted in the report described …", "residents interviewed by CNN said …": a participle
#: modifying the noun before it; the clause's own verb is the cue.
_REDUCED_PASSIVE = re.compile(r"\s+(?:in|by)\s")


def _reduced_passive(text: str, c: Cue) -> bool:
    if c.lemma not in ("quote", "cite", "interview") or not c.text.lower().endswith("ed"):
        return False
    prev = _prev_word(text, c.start, max(0, c.start - 40))
    return bool(_REDUCED_PASSIVE.match(text, c.end)) and prev.isalpha() and prev not in _PASSIVE_AUX and prev not in (
        "he", "she", "they", "it", "we", "i", "also", "and")


class _Hinted(NamedTuple):
    """A pattern every match of which holds one of ``hints`` (literal words): searched only where str.find, in C,
    sees one of them in the span.

    >>> _Hinted(re.compile(r",?\\s+which\\s+means"), ("which",)).search("a truce, which means peace", 0, 26)
    <re.Match object; span=(7, 20), match=', which means'>
    """

    pattern: re.Pattern[str]
    hints: tuple[str, ...]

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if any(text.find(hint, pos, endpos) >= 0 for hint in self.hints):
            return self.pattern.search(text, pos, endpos)
        return None


class _Doc:
    """Precomputed per-document indexes (quotes, cues, sentences) for fast lookups."""

    def __init__(self, text: str, sents: Sequence[Sentence], types: tuple[str, ...], model: bool = False):
        self.text = text
        self.sents = list(sents)
        self.sent_starts = [s.start for s in self.sents]
        self.quotes = quotes = find_quotes(text)
        units: list[list[Quote]] = []
        for q in quotes:
            if units and units[-1][-1].continues:
                units[-1].append(q)
            else:
                units.append([q])
        self.units = units
        self.unit_starts = [u[0].start for u in units]
        self.unit_ends = [u[-1].end for u in units]
        furniture = _furniture(text)
        self.furniture_starts = [a for a, _ in furniture]
        self.furniture = furniture
        found = [c for c in lexicon(types).finditer(text) if not self.in_furniture(c.start)]
        # belief cues ("fears that", "which X considers") are read by their own strict rules (beliefs.py)
        self.cues = [c for c in found if c.type != "belief"]
        self.belief_cues = [c for c in found if c.type == "belief"]
        self.model_cues: set[int] = set()
        self.cue_p: dict[int, float] = {}
        self.rescue = 2.0
        if model:
            self._add_model_cues()
        self.cue_starts = [c.start for c in self.cues]

    def _add_model_cues(self) -> None:
        """Add the cue model's cues that the lexicon did not find (outside quotations)."""
        m = active_model()
        if m is None:
            return
        # a cue (lexicon or model) the span rules reject still gets a fallback statement over the threshold
        self.cue_p = {a: p for a, _, _, p in m.cues(self.text)}
        self.rescue = m.threshold
        taken = [(c.start, c.end) for c in self.cues]
        starts = [a for a, _ in taken]
        full = lexicon(_ALL_TYPES)
        extra = []
        for s, e, _p in m.spans(self.text):
            i = bisect_right(starts, e) - 1
            if i >= 0 and taken[i][1] > s:
                continue  # overlaps a lexicon cue
            if self.in_quote(s):
                continue
            form = self.text[s:e]
            if form.split()[0].lower() in _MODEL_SKIP:
                continue  # "has to", "is widely seen", "have": auxiliaries are not cues
            entry = full.lookup(form)
            if entry is not None and entry.type == "evidential_phrase":
                continue
            lemma, cls = (entry.lemma, entry.cls) if entry else (form.lower(), "neutral")
            extra.append(Cue(s, e, form, lemma, cls, "learned", bool(entry and entry.to_infinitive)))
            self.model_cues.add(s)
        if extra:
            self.cues = sorted(self.cues + extra, key=lambda c: c.start)

    def in_furniture(self, pos: int) -> bool:
        """Inside page furniture (a CNN video-player line: "JUST WATCHED … Replay More Videos …")."""
        i = bisect_right(self.furniture_starts, pos) - 1
        return i >= 0 and pos < self.furniture[i][1]

    def sent_of(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def cues_in(self, lo: int, hi: int) -> list[Cue]:
        i = bisect_left(self.cue_starts, lo)
        out = []
        while i < len(self.cues) and self.cues[i].start < hi:
            if self.cues[i].end <= hi:
                out.append(self.cues[i])
            i += 1
        return out

    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self.unit_starts, pos) - 1
        return i >= 0 and pos < self.unit_ends[i]

    def units_in(self, lo: int, hi: int) -> list[int]:
        i = bisect_left(self.unit_starts, lo)
        out = []
        while i < len(self.units) and self.unit_starts[i] < hi:
            out.append(i)
            i += 1
        return out


#: Page furniture: CNN video-player lines ("JUST WATCHED U.N. calls for … Replay More Videos ... MUST WATCH … 02:21").
_FURNITURE = re.compile(r"(?m)^[ \t]*JUST WATCHED\b[^\n]*|^[^\n]*\bReplay More Videos\b[^\n]*"
                        r"|^[ \t]*Advertisement Continue reading the main story[^\n]*"
                        # related-link headlines ("SEE ALSO: Ukraine issues arrest warrant for missing leader")
                        r"|^[ \t]*(?:SEE ALSO|See [Aa]lso|READ (?:MORE|ALSO)|Read (?:more|also)|ALSO READ|Also read|RELATED|"
                        r"Related(?: [Cc]ontent| [Ss]tor(?:y|ies))?|MORE|YOU MIGHT ALSO LIKE)[ \t]*:[^\n]*")
#: Words of which every furniture line holds one (a scan in C; only their lines are matched with _FURNITURE).
_FURNITURE_HINT = re.compile(r"JUST WATCHED|Replay More Videos|Advertisement Continue|SEE ALSO|See [Aa]lso|READ|Read|"
                             r"Also read|RELATED|Related|MORE|YOU MIGHT ALSO LIKE")


def _furniture(text: str) -> list[Span]:
    """Spans of the page-furniture lines of ``text`` (each match of _FURNITURE is a whole line).

    >>> t = "A rocket fell.\\nJUST WATCHED Gaza strikes Replay More Videos ...\\nMORE: the latest."
    >>> [t[a:b] for a, b in _furniture(t)]
    ['JUST WATCHED Gaza strikes Replay More Videos ...', 'MORE: the latest.']
    """
    out = []
    hint = _FURNITURE_HINT.search(text)
    while hint is not None:
        line = _FURNITURE.match(text, text.rfind("\n", 0, hint.start()) + 1)
        if line:
            out.append(line.span())
        line_end = text.find("\n", hint.end())
        hint = _FURNITURE_HINT.search(text, line_end) if line_end >= 0 else None
    return out


_MODEL_SKIP = frozenset("is are was were be been being has have had do does did will would can could may might must "
                        "should shall 's ’s".split())
_WORD_RE = re.compile(r"\w+(?:[’'\-.]\w+)*")


def _nwords(text: str, cap: int) -> int:
    """Word count of ``text``, counting no further than ``cap`` (cheap on long spans)."""
    n = 0
    for _ in _WORD_RE.finditer(text):
        n += 1
        if n >= cap:
            break
    return n


def _sentential(text: str, s: int, e: int) -> bool:
    inner = text[s + 1 : e - 1].strip(" '\n")
    if _nwords(inner, 4) < 3:
        return _nwords(inner, 2) >= 1 and inner[-1:] in ",?!"  # “No ceasefire,” said …
    first = next((ch for ch in inner if ch.isalnum()), "")
    return first.isupper() or first.isdigit() or inner[-1:] in ".,?!…—-" or _nwords(inner, 9) >= 8


#: The last word of a run of word characters (a token of speakers._WORD that is no single punctuation mark).
_WORD_TAIL = re.compile(r"[\w’'.-]+\Z")


def _prev_word(text: str, pos: int, lo: int) -> str:
    """The last token of speakers._WORD in the 40 characters before ``pos`` (not before ``lo``), lower-cased:
    that of the last white-space-separated chunk.

    >>> _prev_word("the U.S. Secretary (of State)", 29, 0), _prev_word("as NATO said", 12, 10)
    (')', 'id')
    """
    chunks = text[max(lo, pos - 40) : pos].rsplit(None, 1)
    if not chunks:
        return ""
    tail = _WORD_TAIL.search(chunks[-1])
    return (tail.group() if tail else chunks[-1][-1]).lower()


def _negated(text: str, pos: int, lo: int) -> bool:
    """A negation among the two words before ``pos``: "did not say", "never claimed", "didn't accuse"."""
    return any(w.lower() in _NEGATIONS or w.lower().endswith(("n't", "n’t"))
               for w in _WORD.findall(text, max(lo, pos - 30), pos)[-2:])


def _next_word(text: str, pos: int, hi: int) -> str:
    w = _WORD.search(text, pos, min(hi, pos + 40))
    return w.group().lower() if w else ""


def _content_after(text: str, pos: int, hi: int) -> Span:
    """Content after a preposed cue: skip adverbials and "that"; stop before the final full stop."""
    for _ in range(3):
        m = _LEAD_ADVERBIAL.match(text, pos, hi)
        if not m or m.end() == pos:
            break
        pos = m.end()
    m = _THAT.match(text, pos, hi)
    if m:
        pos = m.end()
    while pos < hi and text[pos] in " \t\n,:":
        pos += 1
    end = hi
    while end > pos and (text[end - 1].isspace() or text[end - 1] in ".;:,"):
        end -= 1
    # a weekday at the end stays: "a truce deal would be reached Wednesday", "not to expect any announcement
    # Tuesday night" (when it happens is part of what was said); only a bare object loses it ("claimed victory
    # Thursday" is the claim "victory")
    m = _TRAILING_TIME.search(text, pos, end)
    if m and m.start() > pos and _nwords(text[pos : m.start()], 3) <= 2:
        end = m.start()
    return pos, end


def _content_before(text: str, lo: int, hi: int) -> Span:
    s, e = lo, hi
    while s < e and text[s].isspace():
        s += 1
    m = _STAMP.match(text, s, e)
    if m:
        s = m.end()  # "UPDATE 12:39 PM ET: According to …": a live-blog time stamp is nobody's words
    m = _DISCOURSE.match(text, s, e)
    if m and e - m.end() > 20:
        s = m.end()  # "Meanwhile, Delta Air Lines joined …, a spokesman said": the writer's transition
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-"):
        e -= 1
    return s, e


_STAMP = re.compile(r"(?:UPDATE[D]?|Update[d]?|THE LATEST)\b[^\n]{0,40}?:\s+")
_TIME_PREPOSITIONS = frozenset("by until till since before after from through including as of than to and or".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten dozen dozens hundreds".split())
_DISCOURSE = re.compile(r"(?:Meanwhile|However|Separately|Still|Also|Elsewhere|Earlier|Later|In addition|Additionally|Rather|Instead|Indeed),\s*")
_TRAILING_TIME = _Ending(re.compile(r"\s+(?:on\s+|late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                                   r"yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?$", re.IGNORECASE),
                        ("day", "tonight", "morning", "afternoon", "evening", "night"))


_STORY_HIGHLIGHTS = re.compile(r"Story highlights\s+")
_TRAILING_IT = re.compile(r"\s(it)$")
_TODAY_AFTER = re.compile(r"\s+Today\b")
_BASED_END = re.compile(r"\s+(?:based|headquartered|located)$")
#: A capitalised subject before an aside: "Senate Republican Leader Mitch McConnell, after ".
_SUBJECT_BEFORE_ASIDE = _Hinted(re.compile(r"(?:^|[.!?]\s+|\n)((?:[A-Z][\w’'.-]*\s+){1,6}[A-Z][\w’'.-]+),\s+"
                                           r"(?:after|before|following|during)\s+$"), ("after", "before", "following", "during"))
_SAME_DAY = re.compile(r"the\s+(?:same\s+)?(?:day|time|week|moment|hour|night|morning)\s+(?=\S)")
_REFLEXIVE_END = re.compile(r"\s+(?:himself|herself|itself|themselves)$")


def statements(text: str, sents: Sequence[Sentence], *, types: tuple[str, ...] = DEFAULT_TYPES,
               model: bool = False) -> list[Statement]:
    """Statements of a text (speakers not yet resolved), in text order.

    ``model=True`` adds the learned cue model's cues (:mod:`framing.attribution.cuemodel`) to the lexicon's.
    """
    return _statements(_Doc(text, sents, types, model=model), types)


def _statements(d: _Doc, types: tuple[str, ...]) -> list[Statement]:
    """Statements of a prepared document (:func:`statements`)."""
    text = d.text
    out: list[Statement] = []
    consumed: set[int] = set()  # cue starts used by quote frames
    covered: list[Span] = []
    _direct(d, out, consumed)
    if "speech" in types:
        _colon(d, out)
    if "speech" in types:
        _passive_agent(d, out, consumed)
    for st in out:
        covered.extend(st.parts)
    _indirect(d, out, consumed, covered)
    if d.belief_cues:
        _beliefs(d, out)
    out = [st for st in out if not _narrator_speaker(text, st)]
    for st in out:
        st.parts = [p for p in st.parts if p[1] > p[0]] or st.parts[:1]  # a cut can empty a later part
        _clean_parts(text, st)
        if st.speaker is not None:
            m = _STORY_HIGHLIGHTS.match(text[st.speaker[0] : st.speaker[1]])
            if m:
                st.speaker = (st.speaker[0] + m.end(), st.speaker[1])
            m = None
            for m in _RELATIVE_TAIL.finditer(text, st.speaker[0], st.speaker[1]):
                pass  # the last determiner: "a letter from a man who" → "a man"
            if m and text[m.end() : st.speaker[1]].strip() == "" and m.group(0).rstrip().endswith(("who", "that")):
                st.speaker = (m.start(1), m.end(1))
            elif _ENDS_RELATIVE.search(text, st.speaker[0], st.speaker[1]):
                st.speaker = _antecedent(text, st.speaker[0], st.speaker[1]) or st.speaker
            sp = text[st.speaker[0] : st.speaker[1]]
            m = _TRAILING_IT.search(sp)
            if m and len(sp.split()) > 2 and sp.split()[-2].lower() not in ("and", "or", "but", "as", "that", "which", "who"):
                st.speaker = (st.speaker[0] + m.start(1), st.speaker[1])  # "… of an operation it calls X": it calls
                sp = text[st.speaker[0] : st.speaker[1]]
            v = _VERB_IN_SPEAKER.search(sp)
            if v and len(sp.split()) > 3:  # "Netanyahu blasted a United Nations Security Council statement"
                st.speaker = (st.speaker[0] + v.end(), st.speaker[1])
            else:
                v = _SUBJECT_THEN_VERB.match(sp)
                if v:  # "Russia reacted angrily to the offensive by Ukrainian security forces, calling for …"
                    st.speaker = (st.speaker[0], st.speaker[0] + v.end(1))
            if _TODAY_AFTER.match(text[st.speaker[1] : st.speaker[1] + 7]) and text[st.speaker[0] : st.speaker[1]] in ("Russia", "USA"):
                st.speaker = (st.speaker[0], st.speaker[1] + 6)  # "…, Russia Today reported": the outlet's name
            v = _BASED_END.search(text[st.speaker[0] : st.speaker[1]])
            if v and v.start() > 0:  # "according to the Anti-Defamation League based in Washington"
                st.speaker = (st.speaker[0], st.speaker[0] + v.start())
            v = _SUBJECT_BEFORE_ASIDE.search(text[max(0, st.speaker[0] - 120) : st.speaker[0]])
            if v and st.cue.start > st.speaker[1] and text[st.speaker[1] : st.cue.start].startswith(","):
                # "Senate Republican Leader Mitch McConnell, after Obama's remarks, urged …": the subject before the aside
                base_ = max(0, st.speaker[0] - 120)
                st.speaker = (base_ + v.start(1), base_ + v.end(1))
            v = _SAME_DAY.match(text[st.speaker[0] : st.speaker[1]])
            if v and v.end() < st.speaker[1] - st.speaker[0]:  # "the same day a British government source claimed"
                st.speaker = (st.speaker[0] + v.end(), st.speaker[1])
            v = _LEADING_TIME.match(text, st.speaker[0], st.speaker[1])
            if v and v.end() < st.speaker[1]:  # "Last week President Obama said …": a time, then the speaker
                st.speaker = (v.end(), st.speaker[1])
            v = _TRAILING_DAY.search(text, st.speaker[0], st.speaker[1])
            if v and v.start() > st.speaker[0]:  # "Mr. Morsi’s office Sunday issued …", "Israel Sunday said": a time
                st.speaker = (st.speaker[0], v.start())
            v = _REFLEXIVE_END.search(text[st.speaker[0] : st.speaker[1]])
            if v and v.start() > 0:  # "Walesa himself, a former president of Poland, told …"
                st.speaker = (st.speaker[0], st.speaker[0] + v.start())
            st.speaker = _list_head(text, st) or st.speaker
            v = _FOCUS_ADVERB.match(text, st.speaker[0], st.speaker[1])
            if v and v.end() < st.speaker[1]:  # "Even the U.S. State Department acknowledged …"
                st.speaker = (v.end(), st.speaker[1])
    out = [st for st in out if st.parts and st.parts[0][1] > st.parts[0][0] and not _mute(text, st)
           and not _conjunction_verb(text, st) and not _pronoun_only(text, st)]
    out.sort(key=lambda st: (min(st.start, st.cue.start if st.cue else st.start), st.start))
    return out


_LIST_ITEM = re.compile(r"(?:^|(?<=[\n.!?;:”\"][ \t])|(?<=\n))([A-Z][\w’'.-]*(?:[ \t]+[\w’'.-]+){0,5}),[ \t]+$")
#: The first item of the list, a plural capitalised word, after a fronted subordinate clause and its comma.
_LIST_ITEM_AFTER_CLAUSE = re.compile(r"(?:^|(?<=[\n.!?”\"][ \t])|(?<=\n))(?:Although|Though|While|When|As|After|Before|"
                                     r"Since|Because|If|Even\s+as|Even\s+though)\s[^.!?;:“”\"]*?,[ \t]+"
                                     r"([A-Z][a-z][\w’'-]*s),[ \t]+$")
_TIME_OR_LEAD = frozenset("monday tuesday wednesday thursday friday saturday sunday week weekend month year day night "
                          "morning afternoon evening today yesterday tonight last next this".split())


_AND_OR = re.compile(r"\s(?:and|or)\s")


def _list_head(text: str, st: Statement) -> Span | None:
    """The whole subject of a three-item list whose speaker span holds only its last two items: "Gaza's police
    operations room, Civil Defense and Sahabani blamed …" (the first item opens the sentence)."""
    a, b = st.speaker
    if st.cue is None or st.cue.start < b or not _AND_OR.search(text[a:b]) or not text[a:a + 1].isupper():
        return None
    m = _LIST_ITEM.search(text, max(0, a - 80), a)
    if not m:
        m = _LIST_ITEM_AFTER_CLAUSE.search(text, max(0, a - 300), a)
        if m and m.group(1).lower() not in _LEADING:
            return m.start(1), b  # "Although the memorandum … did not clarify …, Egyptians, Israelis and Americans …"
        return None
    ws = _words(text, m.start(1), m.end(1))
    if any(w.group().endswith(".") and w.group()[:1].islower() for w in ws) or any(w.group().lower() in _LEADING for w in ws):
        return None  # "Arthur said. Meanwhile, …": a sentence end or a discourse word, not one list item
    first = ws[0].group().lower()
    if (first in _LEADING or first in _PREPOSITIONS or first in _SUBORDINATORS or first.endswith("ing") or first in _NARRATOR
            or any(w.group().lower() in _TIME_OR_LEAD for w in ws) or _has_verb(text, m.start(1), m.end(1))
            or ws[-1].group()[:1].islower() and not any(w.group()[:1].isupper() for w in ws[1:]) and len(ws) == 1):
        return None  # "Meanwhile, …", "In Gaza City, …", "Last week, …", "Speaking to reporters, …": no list item
    return m.start(1), b


def _pronoun_only(text: str, st: Statement) -> bool:
    """Whether an indirect content is a bare demonstrative, the writer's pointer to what came before: "Netanyahu noted
    this and spoke of “the unique link …”" (the coordinated "spoke of" has its own row)."""
    return (st.kind == "indirect" and len(st.parts) == 1 and st.prev is None
            and text[st.start : st.end].strip().lower() in ("this", "that", "these", "those", "it", "so"))


_CONJ_VERB = re.compile(r"(?:and|or|but)\s+(?:\w+ly\s+)?([a-z]+)\b")


def _conjunction_verb(text: str, st: Statement) -> bool:
    """Whether an indirect content starts with a conjunction and a verb: a second predicate of the subject, no words
    ("CNN's Greg Botelho reported and wrote from Atlanta", "He could have threatened and ensured …")."""
    if st.kind != "indirect":
        return False
    m = _CONJ_VERB.match(text, st.parts[0][0], st.parts[0][1])
    if not m:
        return False
    w = m.group(1)
    return w.endswith("ed") or w in _VERBISH_NEXT or w in _PAST_VERBS


#: Heads of subjects that can speak (or suggest, estimate, hint): people, bodies, outlets.
_SPEAKING_HEADS = frozenset("""he she they it we i you who one official officials leader leaders source sources government ministry military army administration office
    council committee police pentagon kremlin agency media press party group team side country nation state leadership
    authorities forces troops embassy campaign company firm bank union alliance organization organisation commission
    court parliament cabinet department service presidency coalition opposition movement regime newspaper paper network
    channel station outlet website delegation staff intelligence family public community world west east industry
    people crowd navy command secretariat junta directorate ministries governments parties nations countries states
    militaries armies agencies companies firms banks groups others many some both all most several few everyone
    aide aides fund institute foundation center centre council board tribunal association federation league
    university congress senate house assembly legislature bureau kremlin white
    someone anyone somebody nobody mr mrs ms dr""".split())
#: Texts that say things in news prose: "The statement said", "the tweet said", "the leaflets told them".
_DOCUMENT_SPEAKERS = frozenset("""statement statements report reports tweet tweets letter letters message messages release
    communique charter resolution resolutions memo paper website site page account accounts broadcast broadcasts
    television tv radio media news newspaper post posts blog editorial column article story document documents cable
    cables transcript video videos alert alerts headline headlines banner banners sign signs leaflet leaflets poster
    posters text texts note notes notice declaration decree law constitution plan proposal agreement deal treaty
    accord bill draft manifesto platform program programme survey poll polls study studies analysis investigation
    inquiry probe review audit assessment intelligence footage image images photo photos map maps placard placards
    slogan slogans graffiti chant chants book books speech speeches interview interviews op-ed oped commentary
    feed feeds handle wire wires bulletin bulletins sources note guidance order orders directive directives ruling
    verdict indictment complaint lawsuit petition appeal motion document findings finding data figures evidence""".split())
_AGENTIVE = re.compile(r"(?:ers?|ors?|ists?|ysts?|ians?|ees?|ants?|man|men|woman|women|person|persons|(?:presid|resid|stud|ag|"
                       r"correspond|oppon|propon|dissid|respond|par)ents?|critics?|medics?|(?:represent|execut|relat|"
                       r"detect)ives?|(?:secret|emiss|advers|dignit|mission|function|revolution)ary|soldiers?|premiers?|"
                       r"elites?|pilots?|patriots?|guards?|chiefs?|sheriffs?|board|clergy|envoys?|deputy|deputies)$")
#: -er/-or/-ee/-ant nouns that are things ("Rumors suggest", "The numbers show").
_NOT_AGENTIVE = frozenset("""number numbers paper papers letter letters order orders border borders matter matters factor
    factors rumor rumors rumour rumours error errors power powers marker markers water danger anger murder center centre
    chapter disaster theater weather behavior behaviour humor tenor manner manners layer layers character pattern
    patterns answer answers cover other others offer offers filter paper register encounter encounters proposal
    terror horror mirror monitor sector sectors indicator indicators vector motor tremor tremors plant plants
    guarantee guarantees fee fees committee degree tree pledge""".split())
_POST_MODIFIER = frozenset("who which that whose of from in at on by for with compiled released published cited quoted "
                           "according near inside outside across over".split())
_SPECULATIVE = frozenset(("suggest", "signal", "hint", "imply", "indicate", "reveal", "show", "estimate", "predict",
                          "forecast", "speculate", "mean", "point to"))


def _name_elsewhere(text: str, word: str, s: int, e: int) -> bool:
    """Whether ``word`` (capitalised) occurs outside ``text[s:e]`` after a lower-case word or a comma, as a name
    does ("… said Kenneth Rogoff"), and not as the first word of a longer capitalised phrase."""
    for m in re.finditer(r"(?<=[a-z,] )" + re.escape(word) + r"(?![\w’'-])(?![ \t]+[A-Z][a-z])", text):
        if not s <= m.start() < e:
            return True
    return False


def _can_speak(text: str, s: int, e: int, documents: bool = False) -> bool:
    """Whether the head of the speaker phrase ``text[s:e]`` can speak: a person, a role, a body, a country, an
    outlet or a pronoun ("The Pentagon", "Analysts", "Mr. Thrall", "NATO"), not a thing or an event ("this mood",
    "The government's comments", "Early reports from the summit", "Threats by Moscow", "The diplomatic standoff").

    >>> t = "Analysts suggest; this mood suggests; The Pentagon suggested; Early reports from the summit suggest"
    >>> [_can_speak(t, t.index(p), t.index(p) + len(p)) for p in t.split(" suggest")[0:1] + ["this mood",
    ...  "The Pentagon", "Early reports from the summit"]]
    [True, False, True, False]
    """
    ws = _words(text, s, e)
    cut = next((k for k, w in enumerate(ws) if k and w.group().lower() in _POST_MODIFIER), len(ws))
    ws = ws[:cut]
    if not ws:
        return True
    head = ws[-1]
    h = head.group()
    hl = h.lower().strip("’'.")
    if hl in _SPEAKING_HEADS or (_AGENTIVE.search(hl) and hl not in _NOT_AGENTIVE) or (len(h) > 1 and h.isupper()):
        return True
    if documents and hl in _DOCUMENT_SPEAKERS:
        return True  # "The statement said", "a leaflet warned", "the charter declares"
    if h[:1].isupper():
        start = head.start() == s and (s == 0 or re.search(r"(?:^|[.!?:;\n\"“”(])\s*$", text[max(0, s - 4) : s]) is not None)
        return not start or _name_elsewhere(text, h, s, e)  # "Rogoff suggests": a name used elsewhere; "Threats" no
    return False


#: The subject after a fronted adverbial without its comma: "In a Bloomberg interview Trump" → "Trump"
#: (not "In the wake of the New York Times", "In another diplomatic").
_TRAILING_SUBJECT = re.compile(r"\b(?!(?:of|the|a|an|in|on|at|for|to|from|by|with|and|or)\s)[a-z][\w-]*\s+"
                               r"((?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                               r"June|July|August|September|October|November|December)\b)(?:[A-Z][\w’'.-]+)(?:\s+[A-Z][\w’'.-]+){0,3}"
                               r"|he|she|they|we)$")


_LOWER_WORD = re.compile(r"[a-z]+")
#: A poll's figure as the subject: "Just 29 percent of Democrats".
_PERCENT = re.compile(r"(?:(?:just|only|about|some|nearly|almost|roughly|over|under)\s+)?[\d.,]+\s*(?:percent|%)", re.I)


def _mute(text: str, st: Statement) -> bool:
    """Statements whose "speaker" cannot speak: a possessive before a cue noun ("analysts’ estimates compiled by
    Bloomberg show"), a fronted adverbial ("In another diplomatic signal"), or a thing or an event as the subject of
    a speculative cue ("this mood suggests", "The government’s comments suggest", "Early reports … suggest"): the
    writer's inference, not a statement."""
    if st.speaker is None or st.cue is None or st.prev is not None:
        return False
    a, b = st.speaker
    sp = text[a:b]
    if not sp.strip():
        return False
    if b <= st.cue.start and sp.endswith(("’", "'", "’s", "'s")) and not text[b : st.cue.start].strip():
        return True  # "analysts’ estimates", "topped analysts’ estimates": the cue is a noun
    first = sp.split()[0].lower()
    if ((first in _PREPOSITIONS or first in ("during", "after", "before", "since")) and not re.match(r"at\s+(?:least|most)\b", sp, re.I)
            and not lead_title(text, a, b)):  # "Under Secretary of State Victoria Nuland said": a title
        m = _TRAILING_SUBJECT.search(sp)
        if m is None:
            return True  # "In another diplomatic signal, …", "For the first time Tuesday, …": an adverbial, no speaker
        st.speaker = (a + m.start(1), b)  # "In a Bloomberg interview Trump declared: …": the name after the adverbial
        return False
    if st.cue.lemma in _SPECULATIVE and st.kind != "direct" and not _can_speak(text, a, b):
        return True
    if _LOWER_WORD.fullmatch(sp) and not sp.endswith("s") and sp not in _OBJECT_PRONOUNS and not _can_speak(text, a, b):
        return True  # "Cameron has until late said", "images that show purported …", "help explain": no speaker
    words = text[a : st.cue.start].split() if a < st.cue.start else []  # the phrase before a trim
    cue_word = st.cue.text.split()[0].lower()
    if (cue_word in _NOUN_FORMS and cue_word.endswith("s") and len(words) > 1
            and (words[-1] in ("follow", "follows", "off", "up", "down", "back", "out", "about", "over")
                 or (words[-1].endswith("ed") and words[-1].isalpha() and words[-1].islower())
                 or (words[-1].isalpha() and words[-1].islower() and any(w in _FINITE for w in words[1:-1])))):
        return True  # "Kozhara rejected reports …", "Slutsky also shrugged off claims …": the cue word is an object noun
    if _PERCENT.match(sp):
        return True  # "Just 29 percent of Democrats blame Hamas": a poll's figure, not a statement
    if st.cue.lemma in ("cite", "quote") and len(st.parts) == 1 and _source_only(text, *st.parts[0]):
        return True  # "…, citing a spokesman for the pro-Russian separatists": a source, not its words
    return False


_COLON_LINE = StartsAfter(re.compile(r"^[ \t]*((?:[A-Z][\w.’'-]*)(?:[ \t]+(?:[A-Z][\w.’'-]*|of|de|al-\w+)){0,4})[ \t]*:[ \t]+(?=\S)",
                                  re.MULTILINE), before=r"\n")
_COLON_STOP = frozenset("""update note photo photos related watch read video editor's editor’s correction source sources
    warning caption credit image by advertisement subscribe follow listen clarification contributing reporting
    additional story highlights hide caption just watched opinion analysis original updated breaking also meanwhile earlier""".split())


#: "touted by Russia as a legitimate reflection … and slammed by the West as a violation of …": a passive
#: characterisation with its agent; the words after "as" are the agent's, up to the next coordinated participle.
_AGENT_AS = re.compile(r"\s+by\s+((?:the\s+)?[A-Z][^,;:()\n]{0,60}?)\s+as\s+")
_AGENT_AS_END = re.compile(r"\s+(?:and|but|while)\s+(?:\w+ly\s+)?\w+ed\s+by\b|\s*(?:[,;:()]|--|—|–|\.(?:\s|$))")


def _passive_agent(d: _Doc, out: list[Statement], consumed: set[int]) -> None:
    """Passive characterisations with an agent: "slammed by the West as a violation of Ukraine's sovereignty"."""
    text = d.text
    for c in d.cues:
        if c.start in consumed or c.cls not in ("characterisation", "accusation", "endorsement") or d.in_quote(c.start):
            continue
        if not c.text.lower().endswith("ed") or c.lemma in ("call", "describe") and not re.match(r"\s+by\s", text[c.end :]):
            continue
        m = _AGENT_AS.match(text, c.end)
        if m is None:
            continue
        hi = text.find("\n", m.end(), m.end() + 400)
        hi = min(len(text), m.end() + 400) if hi < 0 else hi
        e = _AGENT_AS_END.search(text, m.end(), hi)
        a, b = _content_before(text, m.end(), e.start() if e else hi)
        if _nwords(text[a:b], 3) < 2:
            continue
        consumed.add(c.start)
        out.append(Statement("indirect", [(a, b)], c, (m.start(1), m.end(1)), []))


#: Heads that can speak before a headline colon ("Analyst: NATO must adapt", "Ex-hostage: Detained because …").
_COLON_ROLE = re.compile(r"(?:^|[\s-])(?:analyst|expert|official|officials|spokes(?:man|woman|person)|minister|president|"
                         r"premier|leader|chief|envoy|ambassador|diplomat|general|commander|senator|lawmaker|mayor|"
                         r"governor|secretary|adviser|advisor|prosecutor|negotiator|aide|hostage|witness|resident|"
                         r"survivor|soldier|activist|doctor|professor|historian|economist|pollster|source|sources|"
                         r"militant|rebel|rebels|separatist|protester|protesters|refugee|mother|father|veteran|"
                         r"poll|polls|survey|study|report)$", re.I)  # "Poll: Wealthy Voters Abandon …": a cited source
_COLON_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ian|ese|ish|i)(?:-[A-Z][a-z]+(?:an|ian|ese|ish|i))?$")
_TITLE_CASE_WORD = frozenset("in of on at to for and or the a an with by from as is are was be vs over after".split())


def _colon_speaker(text: str, s: int, e: int) -> bool:
    r"""Whether the words ``text[s:e]`` before a line's colon can speak: a role ("Analyst", "Ex-hostage",
    "Ukrainian President"), a demonym ("Palestinian-American"), an all-capitals transcript name ("JAKE TAPPER"),
    or a name the article also uses on its own elsewhere ("Israel", "Cameron", "Spicer"). Title-case headlines
    ("Truce Agreement Reached", "Putin's Style Of Play") and labels ("Map", "Kicker", "Translation") cannot.

    >>> t = "Map: Middle East region\nCameron: Now a crucial time\nDavid Cameron said so.\nAnalyst: NATO must adapt"
    >>> [_colon_speaker(t, t.index(w), t.index(w) + len(w)) for w in ("Map", "Cameron", "Analyst")]
    [False, True, True]
    """
    name = text[s:e]
    words = name.split()
    if any(w.endswith(("'s", "’s", "’", "'")) for w in words) or any(w.lower() in _TITLE_CASE_WORD for w in words[1:]):
        return False  # a possessive or a capitalised function word: a title-case headline
    if name.isupper() or _COLON_ROLE.search(name) or _COLON_DEMONYM.match(name):
        return True
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    if _EMBEDDED_TWEET.match(text, text.rfind("\n", 0, s) + 1) and len(words) == 1:
        return True  # "Tiahnybok: Tomorrow parliament will vote … — KyivPost (@KyivPost) February 22, 2014"
    last = words[-1]
    for m in re.finditer(r"(?<![\w’'-])" + re.escape(last) + r"(?![\w’'-])", text):
        if s <= m.start() < line_end:
            continue
        after = text[m.end() : m.end() + 40]
        if re.match(r"\s*:", after) or re.match(r"[ \t]+(?:[A-Z][a-z]|of\s+[A-Z])", after):
            continue  # another headline label, or a word inside a longer name ("Suicide Prevention Act")
        return True
    return False


def _colon(d: _Doc, out: list[Statement]) -> None:
    """Transcript and headline style: "JAKE TAPPER: …", "De Blasio: Trust Bratton on security"."""
    text = d.text
    for m in _COLON_LINE.finditer(text):
        name = m.group(1)
        first = name.split()[0].lower().strip(".")
        if first in _COLON_STOP or first in _PREPOSITIONS or name.isdigit() or (len(name.split()) == 1 and name.isupper() and len(name) > 12):
            continue
        if any(w[:1].isdigit() for w in name.split()) or d.in_quote(m.start(1)) or d.in_furniture(m.start(1)):
            continue
        if name.split()[-1].lower() == "blog":
            continue  # "Belief blog: How U.S. Jews view the situation": a link to a blog post
        quoted = text[m.end() : m.end() + 1] in ("\"", "“")  # 'Amnesty International: "Both sides …"': words of someone
        if not quoted and not _colon_speaker(text, m.start(1), m.end(1)):
            continue  # "Truce Agreement Reached: …", "Map: …", "Putin's Chess Moves In Ukraine: …": a headline
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        a, b = _content_before(text, m.end(), end)
        if _nwords(text[a:b], 4) < 3:
            continue
        if text[a] not in "\"“" and re.search(r"\b(?:said|says|told|according to)\b", text[a:b]):
            continue  # "Boston Marathon: In the aftermath …, Rep. Michael McCaul … said …": a topic label, not a speaker
        colon = m.end(1) + text[m.end(1) : m.end()].index(":")
        cue = Cue(colon, colon + 1, ":", ":", "neutral", "speech", False)
        kind = "direct" if text[a] in "\"“" else "indirect"
        out.append(Statement(kind, [(a, b)], cue, (m.start(1), m.end(1)), []))


def _direct(d: _Doc, out: list[Statement], consumed: set[int]) -> None:
    text = d.text
    skip_units: set[int] = set()
    last_direct: Statement | None = None
    for u, unit in enumerate(d.units):
        if u in skip_units:
            continue
        qs, qe = unit[0].start, unit[-1].end
        if not _sentential(text, qs, unit[0].end) or d.in_furniture(qs):
            continue
        if _PROGRAM_BEFORE.search(text, max(0, qs - 12), qs) and _TITLE_ONLY.fullmatch(text, qs + 1, unit[0].end - 1):
            continue  # 'But on “Fox News Sunday,” Russian Ambassador … said, “…”': a programme's name, not words
        parts = [(q.start, q.end) for q in unit]
        si = d.sent_of(max(qs, qe - 1))
        sent = d.sents[si] if d.sents else Sentence(0, len(text), text)
        next_start = d.unit_starts[u + 1] if u + 1 < len(d.units) else len(text)
        hi = sent.end
        if qe >= sent.end and si + 1 < len(d.sents):
            nxt = d.sents[si + 1]
            if nxt.paragraph == sent.paragraph and (nxt.text[:1].islower() or _nwords(nxt.text, 13) <= 12):
                hi = nxt.end
        hi = min(hi, next_start, qe + _WINDOW)
        st = _trailing_frame(d, parts, qe, hi) if hi > qe else None
        if st is not None:
            # split quote: "“A”, says Y, “B.”" — the frame ends with a comma right before the next quote
            if hi == next_start and u + 1 < len(d.units) and text[qe:hi].rstrip().endswith((",", ":")):
                nxt_unit = d.units[u + 1]
                if d.sent_of(nxt_unit[0].start) <= si + 1:
                    st.parts.extend((q.start, q.end) for q in nxt_unit)
                    skip_units.add(u + 1)
            _partial_lead(d, st, qs)
        else:
            lead_lo = d.sents[d.sent_of(qs)].start if d.sents else 0
            st = _leading_frame(d, parts, qs, max(lead_lo, d.unit_ends[u - 1] if u else 0, qs - _WINDOW))
        if st is None and last_direct is not None:
            q_sent = d.sent_of(qs)
            before = text[max(0, qs - 4) : qs].rstrip()
            starts_sentence = (qs <= d.sents[q_sent].start if d.sents else False) or before.endswith((".", "?", "!", ".”", "?”", "!”", '."', '?"', '!"'))
            gap_lo = max(last_direct.end, last_direct.cue.end if last_direct.cue and last_direct.prev is None else 0,
                         last_direct.speaker[1] if last_direct.speaker else 0)
            gap_cues = [c for c in d.cues_in(gap_lo, qs) if not d.in_quote(c.start)]
            if starts_sentence and d.sent_of(last_direct.end - 1) >= q_sent - 2 and not gap_cues:
                st = Statement("direct", parts, last_direct.cue, None, [], prev=last_direct)
        if (st is not None and st.prev is None and st.cue is not None and st.cue.type == "evidential_phrase" and len(parts) == 1
                and _NAMING_BEFORE.search(text, max(0, qs - 30), qs) and _nwords(text[qs + 1 : qe - 1], 8) <= 7
                and not _has_verb(text, qs + 1, qe - 1)):
            st = None  # 'dubbed "Operation Pillar of Defense," according to a Reuters report': a quoted name, not Reuters' words
        if st is None:
            continue
        if (st.kind == "direct" and st.prev is None and st.cue is not None and st.cue.cls == "characterisation"
                and len(st.parts) == 1 and st.cue.start < qs and _NAMED_AS.search(text, max(0, st.cue.start - 40), st.cue.start)):
            inner = text[qs + 1 : qe - 1].strip(" ,")
            if _nwords(inner, 8) <= 7 and not inner.endswith((".", "?", "!")) and not _has_verb(text, qs + 1, qe - 1):
                st.kind = "partial"  # "the offensive, which it calls “Operation Pillar of Defense,”": a quoted name
        if st.cue is not None and st.prev is None:
            consumed.add(st.cue.start)
        out.append(st)
        last_direct = st


#: A preposition before a quoted title: 'on “Fox News Sunday,”', 'told “Meet the Press”'.
_PROGRAM_BEFORE = re.compile(r"\b(?:on|in|to|told|appearing\s+on)\s+$", re.I)
#: A short title-case name, with its closing comma: "Fox News Sunday,", "Meet the Press".
_TITLE_ONLY = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|the|of|and|a)){0,5}[,.]?")
#: A naming word right before a quotation: 'an offensive dubbed "Operation Pillar of Defense,"'.
_NAMING_BEFORE = re.compile(r"\b(?:dubbed|called|named|nicknamed|code-?named|labell?ed|known\s+as|titled|entitled)\s*$", re.I)

#: A relative clause that names a thing: "which it calls", "what Israel dubbed".
_NAMED_AS = re.compile(r"\b(?:which|what|that|whom)\s+(?:[\w’'-]+\s+){1,4}$", re.I)


def _partial_lead(d: _Doc, st: Statement, qs: int) -> None:
    """'Putin's actions have "required NATO to adapt," said Heather Conley': the words before a quote
    that starts in mid-sentence (lower case) belong to the statement, which is then partial."""
    text = d.text
    first = next((ch for ch in text[qs : qs + 4] if ch.isalpha()), "")
    if not first.islower():
        return
    lo = d.sents[d.sent_of(qs)].start if d.sents else 0
    k = bisect_right(d.unit_starts, qs) - 2
    if k >= 0 and d.unit_ends[k] > lo:
        return  # another quotation earlier in the sentence: "… and that “exactly who …,”"
    for m in _CAPTION.finditer(text, lo, qs):
        lo = m.end()
    a, _ = _content_before(text, lo, qs)
    lead = text[a:qs]
    one_name = re.fullmatch(r"[A-Z][\w’'-]+\s+", lead) is not None and lead.split()[0].lower() not in _LEAD_ADVERBS
    if ((_nwords(lead, 3) < 2 and not one_name) or any(ch in lead for ch in ":;—–") or lead[:1].islower()
            or [c for c in d.cues_in(a, qs) if not d.in_quote(c.start)]):
        return  # (one capitalised word is the quote's subject: 'Yanuykovych “has a choice,” Glazev told …')
    st.parts[0] = (a, st.parts[0][1])
    st.kind = "partial"


#: Sentence adverbs that may open a sentence before a mid-sentence quote without being its subject.
_LEAD_ADVERBS = frozenset("but and so yet meanwhile however now then still also instead indeed thus today".split())
#: The first of two comma-separated noun phrases before a trailing cue ("Osama Hamdan, Hamas spokesman in Beirut,").
_FRAME_PAIR = re.compile(r"([^,;:.!?“”\"\n]{2,80}?),\s+$")
#: A personal name: two to four capitalised words ("Osama Hamdan", "Lt. Col. Avital Leibovich").
_NAME_ONLY = re.compile(r"^(?:[A-Z][\w’'.-]+|al-\w+|bin|de|abu)(?:\s+(?:[A-Z][\w’'.-]+|al-\w+|bin|de|abu)){1,4}$")


def _trailing_frame(d: _Doc, parts: list[Span], qe: int, hi: int) -> Statement | None:
    text = d.text
    cues = d.cues_in(qe, hi)
    if not cues:
        return None
    c = cues[0]
    if len(cues) > 1 and _prev_word(text, c.start, qe) in _NOUN_BEFORE and cues[1].start - c.end <= 2:
        c = cues[1]  # '“…,” the report quoted spokesman Aleksandr Lukashevich.': "report" is a noun here
    pre_s, pre_e = qe, c.start
    while pre_s < pre_e and (text[pre_s].isspace() or text[pre_s] in ",—–-"):
        pre_s += 1
    junction = text[max(0, qe - 2) : qe] + text[qe : qe + 2]
    if not any(ch in junction for ch in ",?!—–-") and pre_s == qe:
        return None
    if c.type == "evidential_phrase":
        if pre_s != c.start:
            return None
        np = right_np(text, c.end, hi)
        if np is None:
            return None
        return Statement("direct", parts, c, (np[0], np[1]), np[2])
    if c.lemma == "refer to" and text[c.start : c.end].lower().startswith("referring"):
        return None  # '"Join Strelkov's Army" — referring to Igor Strelkov': the writer's gloss, not a frame
    if pre_s >= pre_e or not text[pre_s:pre_e].strip():
        np = right_np(text, c.end, hi)
        if np is None or not _speakerish(text, np[0], np[1]):
            return None
        return Statement("direct", parts, c, (np[0], np[1]), np[2])
    np = left_np(text, pre_s, c.start, max_words=8)
    if np is not None and text[np[0] : np[1]].split()[0] in _PREPOSITIONS and text[pre_s : c.start].rstrip().endswith(","):
        # '"… additional sanctions" against Moscow, said Kerry.': the quote's own tail, then an inverted frame
        r = right_np(text, c.end, hi)
        if r is not None and _speakerish(text, r[0], r[1]):
            return Statement("direct", parts, c, (r[0], r[1]), r[2])
        return None
    if np is None:
        return None
    s, e, app = np
    lead = min([s, *(a for a, _ in app)])
    if text[pre_s:lead].strip(" ,"):
        # '“…,” Osama Hamdan, Hamas spokesman in Beirut, told CNN' and '“…,” Israel's ambassador to the United
        # States, Michael Oren, told CNN': a name and its appositive, in either order
        m = _FRAME_PAIR.match(text, pre_s, lead)
        if m is None or _has_verb(text, pre_s, m.end(1)) or not app and not _NAME_ONLY.match(text[s:e]) \
                and not _NAME_ONLY.match(m.group(1)):
            return None
        first = (m.start(1), m.end(1))
        if _NAME_ONLY.match(m.group(1)):
            s, e, app = first[0], first[1], [(s, e), *app]
        else:
            app = [first, *app]
        lead = pre_s
    if c.lemma not in ("tell", "ask", "remind", "urge", "warn") and _starts_clause(text, c.end, hi):
        return None  # '“Stop.” Trump said the war …' is a new statement, not this quote's frame
    if text[qe - 2 : qe - 1] in ".!?" and re.match(r"\s*[“\"‘]", text[c.end : c.end + 3]):
        return None  # '… “… cease-fire.” It cites “Hamas official Ayman Taha.”': the cue has its own quotation
    if text[qe - 2 : qe - 1] in ".!?" and _nwords(text[c.end : hi], 5) > 4:
        return None  # '… "may amount to war crimes." HRW said rebels may have …': a new sentence, not a frame
    return Statement("direct", parts, c, (s, e), app)


#: A sentence opening "NAME, APPOSITIVE, (also) VERBED": the subject of a later participle ("…, saying, “…”").
_NAME_APPOSITIVE_VERB = re.compile(r"\s*((?:[A-Za-z][\w’'.-]*\s+){0,3}?[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|al-\w+|el-\w+))+),\s+"
                                   r"([^,;:“”\"]{3,80}),\s+(?:also\s+|then\s+|later\s+)?[a-z]{3,}ed\b")


def _leading_frame(d: _Doc, parts: list[Span], qs: int, lo: int) -> Statement | None:
    text = d.text
    cues = [c for c in d.cues_in(lo, qs) if not d.in_quote(c.start)]
    if not cues:
        return None
    c = cues[-1]
    rest = text[c.end : qs]
    stripped = rest.strip()
    if stripped and not stripped.endswith((":", ",")):
        return None
    first = next((ch for ch in text[qs : qs + 12] if ch.isalnum()), "")
    if not stripped.endswith(":") and not first.isupper():
        return None  # 'condemned "indiscriminate rocket fire"' is a partial quote, not a direct one
    if re.search(r"\bthat\b", rest) or len(_WORD.findall(text, c.end, qs)) > 7:
        return None
    if c.type == "evidential_phrase":
        return None
    if c.text.lower().endswith("ing"):
        s_lo = d.sents[d.sent_of(c.start)].start if d.sents else 0
        sub = _subject(text, s_lo, c.start)
        w = _WITH_ONE.search(text, s_lo, c.start)
        if w:  # "…, with one telling the AP: “…”": the quantifier refers to the group just named
            sub = (w.start(1), w.end(1))
        elif sub is None:
            sub = _clause_subject(text, s_lo, c.start)  # "…, the actor spoke to protesters …, saying, “…”"
        apps: list[Span] = []
        if sub is None:
            m = _NAME_APPOSITIVE_VERB.match(text, s_lo, c.start)
            if m:  # "Egyptian politician Sayyed al-Badawi, president of the moderate Wafd Party, also congratulated …"
                sub, apps = (m.start(1), m.end(1)), [(m.start(2), m.end(2))]
        return Statement("direct", parts, c, sub, apps)  # speaker unknown when there is no clear subject
    np = left_np(text, lo, c.start)
    if np is None:
        return None
    return Statement("direct", parts, c, (np[0], np[1]), np[2])


_REL_VERB_LIST = re.compile(r"\b(?:who|which)\s+(?:\w+ly\s+)?[a-z]+ed\b[^.;:“”\"]*,\s+(?:\w+ly\s+)?[a-z]+ed\s[^.;:“”\"]*$")


def _relative_coordinate(text: str, lo: int, pos: int) -> bool:
    """True when the ", and V" at ``pos`` continues a relative clause's list of verbs begun after ``lo``.

    Examples
    --------
    >>> t = "They accuse Russia of arming the insurgents who seized buildings, proclaimed independence and pledged ties."
    >>> _relative_coordinate(t, t.index("accuse") + 6, t.index(" and pledged"))
    True
    >>> t = "Lerner said the men who were killed were militants and added that more had died."
    >>> _relative_coordinate(t, t.index("said") + 4, t.index(" and added"))
    False
    """
    return _REL_VERB_LIST.search(text, lo, pos) is not None


#: An inverted source after a second frame at the content's end: "…, notes the Financial Times".
_INVERTED_SOURCE_END = re.compile(r"\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4}\s*[.!?]?")


def _inner_subject(d: _Doc, holder: Statement, c: Cue) -> Span | None:
    """The subject of a reported clause that opens ``holder``'s content with a cue of its own, when ``c`` is
    coordinated with that inner cue: in "The White House said Obama reiterated that … and condemned …", Obama
    condemned, not the White House."""
    if not holder.parts:
        return None
    a = holder.parts[0][0]
    inner = [ci for ci in d.cues_in(a, c.start) if ci.start > a]
    if not inner:
        return None
    s, e = _trim(d.text, a, inner[0].start)
    ws = _words(d.text, s, e)
    if not 1 <= len(ws) <= 4 or _has_verb(d.text, s, e):
        return None
    first = ws[0].group()
    if not (first[:1].isupper() or first.lower() in ("he", "she", "they")) or first.lower() in _LEADING:
        return None
    return s, e


#: A semicolon before a capitalised word: a headline-style new clause.
_HEADLINE_SEMICOLON = re.compile(r";\s+(?=[A-Z][a-z])")
_ACCORDING_TO_FRAME = re.compile(r",\s+according\s+to\s")
_SEMICOLON = re.compile(r";\s")


def _indirect(d: _Doc, out: list[Statement], consumed: set[int], covered: list[Span]) -> None:
    text = d.text
    covered.sort()
    cov_starts = [s for s, _ in covered]

    def is_covered(pos: int) -> bool:
        i = bisect_right(cov_starts, pos) - 1
        return i >= 0 and pos < covered[i][1]

    for si, sent in enumerate(d.sents):
        busy_until = sent.start
        prev_st: Statement | None = None
        neg_st: Statement | None = None  # a negated cue's subject ("didn't deny …, but said …")
        for c in d.cues_in(sent.start, sent.end):
            if c.start in consumed or c.start < busy_until or d.in_quote(c.start) or is_covered(c.start):
                continue
            participle = c.text.lower().endswith("ing") and text[max(sent.start, c.start - 3) : c.start].rstrip().endswith(",")
            if (participle and prev_st is not None and prev_st.cue is not None and prev_st.cue.text.split()[0].lower().endswith("ing")
                    and not text[max(sent.start, prev_st.cue.start - 3) : prev_st.cue.start].rstrip().endswith(",")):
                prev_st = None  # "Netanyahu blasted a statement calling for …, telling Ban …": the statement does not tell
            st = None if participle and prev_st is not None else _indirect_one(d, sent, c)
            holder = prev_st if prev_st is not None else neg_st
            if st is None and holder is not None and holder.speaker is not None and c.type != "learned":
                m = _COORD.search(text, max(sent.start, c.start - 30), c.start)
                if m and holder.cue is not None and _relative_coordinate(text, holder.cue.end, m.start()):
                    m = None  # "… arming the insurgents who seized …, proclaimed … and pledged …": the relative clause's verb
                if m or (participle and prev_st is not None):
                    a, b = _content_after(text, c.end, sent.end)
                    a = _after_addressee(text, c, a, b)
                    if _nwords(text[a:b], 3) >= 2:
                        inner = _inner_subject(d, holder, c)
                        st = (Statement("indirect", [(a, b)], c, inner, []) if inner is not None
                              else Statement("indirect", [(a, b)], c, holder.speaker, holder.appositives))
            if st is None and neg_st is None and _negated(text, c.start, max(sent.start, c.start - _WINDOW)):
                neg_st = _negated_holder(text, sent, c)
            if st is None and d.cue_p.get(c.start, 0.0) >= d.rescue:  # model=True only
                st = _rescue(d, sent, c)
            if st is None:
                continue
            full_end = st.end
            framed_quote = False
            asyndetic = False  # the content was cut before another speaker's ", NAME <cue> …" clause
            # a later coordinated cue ("…, but said …") or a second postposed frame ("…, X's office said") ends this content
            for c2 in d.cues_in(st.start, st.end):
                if c2.type == "learned":
                    continue  # only lexicon cues end an earlier statement's content
                if c2.lemma in _RESPONSE_LEMMAS and _RESPONSE_OBJECT.match(text, c2.end, st.end):
                    continue  # "… would maintain a defensive position and respond to any attacks": an act, the words go on
                if (c2.start > c.end and not d.in_quote(c2.start) and c2.lemma in _INVERTIBLE
                        and _INVERTED_SOURCE_END.fullmatch(text, c2.end, st.end)):
                    k = text.rfind(",", max(st.start, c2.start - 4), c2.start)
                    if k > st.start and _nwords(text[st.parts[-1][0] : k], 4) >= 3:
                        # '… in the case of future "Russian aggression," notes the Financial Times': another source's frame
                        a, _ = st.parts[-1]
                        closing = text[k + 1 : k + 2] in ("\"", "”")
                        st.parts[-1] = (a, k + 2) if closing else _content_before(text, a, k)
                        framed_quote = closing  # its quotation also has its own direct row: both stay
                        break
                if c2.start > c.end and not d.in_quote(c2.start) and st.end - c2.end < 30 and _nwords(text[c2.end : st.end], 3) <= 2:
                    k = text.rfind(",", max(st.start, c2.start - 120), c2.start)
                    if k > st.start and _nwords(text[k:c2.start], 9) <= 8:
                        a, _ = st.parts[-1]
                        st.parts[-1] = _content_before(text, a, k)
                        break
                if c2.start > c.end and not d.in_quote(c2.start):
                    w = _WHILE_SUBJECT.search(text, max(st.start, c2.start - 80), c2.start)
                    if w and not _subject_and_aux(text, w.start(1), w.end(1)):
                        w = None  # ", and Argentina today to discuss …": not a new subject and its verb
                    if w and w.start() > st.start:  # "…, while a rebel commander said he had lost 30 soldiers"
                        a, _ = st.parts[-1]
                        q = w.start() + 1
                        st.parts[-1] = _content_before(text, a, q + 1 if text[q : q + 1] in "”\"’'" else w.start())
                        break
                    k = _asyndetic_clause(text, st.parts[-1][0], c2, st.end)
                    if k is not None and not d.in_quote(k):
                        # "Israeli officials insisted the airport was safe, Michael Bloomberg called the ban …": a
                        # new subject and its own reporting verb after a bare comma start another statement
                        a, _ = st.parts[-1]
                        st.parts[-1] = _content_before(text, a, k)
                        asyndetic = True
                        break
                    m = _COORD.search(text, max(st.start, c2.start - 30), c2.start)
                    if m and _relative_coordinate(text, c.end, m.start()):
                        m = None  # the relative clause's own coordinated verb: the content goes on
                    if m is None and c2.text.lower().endswith("ing"):
                        m = _PARTICIPLE_COMMA.search(text, max(st.start, c2.start - 3), c2.start)
                    if m is None and c2.text.lower().endswith("ing"):  # "…, with one saying “…”": another statement
                        m = _WITH_SAYING.search(text, max(st.start, c2.start - 50), c2.start)
                    if m and m.start() > st.start:
                        a, _ = st.parts[-1]
                        st.parts[-1] = _content_before(text, a, m.start())
                        break
            if st.kind in ("indirect", "partial") and st.cue is not None and st.cue.type != "learned":
                a, b = st.parts[-1]
                m = _WRITER_HEDGE.search(text, a, max(b, full_end))  # the caveat may run past a cut made above
                if m and m.start() < b and _nwords(text[a : m.start()], 4) >= 3:
                    st.parts[-1] = b_ = _content_before(text, a, m.start())
                    a, b = b_
                m = _QUOTE_WHICH.search(text, a, b)
                if m and d.units_in(m.end(), b):
                    m = None  # '“the unique link …,” which opens “new possibilities.”': the clause quotes the speaker too
                if m and _nwords(text[a : m.start()], 4) >= 3:
                    st.parts[-1] = b_ = (a, m.end())  # the closing mark stays
                    a, b = b_
                m = _QUOTE_SUBORDINATE.search(text, a, b)
                if m and m.start() > a and not d.in_quote(m.start() + 2) and c.cls == "characterisation":  # 'called a "terror attack," when a man drove an earthmover …': narration
                    st.parts[-1] = b_ = (a, m.end())
                    a, b = b_
                m = _HEADLINE_SEMICOLON.search(text, a, b)
                if m and not d.in_quote(m.start()) and 2 <= _nwords(text[a : m.start()], 7) <= 6:
                    # headline style "West threatens sanctions against government; Russia stands by it": a new clause
                    st.parts[-1] = b_ = _content_before(text, a, m.start())
                    a, b = b_
                if c.lemma in ("call", "describe") and re.search(r"\bwhat\s+(?:[\w’'.-]+\s+){1,5}$", text[max(sent.start, c.start - 60) : c.start]):
                    m = _MAIN_VERB_AFTER.search(text, a, b)
                    if m and _nwords(text[a : m.start()], 3) >= 2:
                        # "Denunciations of Israel for what critics called a renewal of … attacks spread quickly …"
                        st.parts[-1] = b_ = _content_before(text, a, m.start())
                        a, b = b_
                m = _ACCORDING_TO_FRAME.search(text, a, b)
                if m and not d.in_quote(m.start()) and _nwords(text[a : m.start()], 4) >= 3:
                    # "Nasser al-Shaer … said he supports the U.N. bid, according to Hamas-run … media": the next frame
                    st.parts[-1] = b_ = _content_before(text, a, m.start())
                    a, b = b_
                m = _QUOTE_THEN_FRAME.search(text, a, b)
                if m and m.start() > a and _nwords(text[a : m.start()], 4) >= 2:
                    # 'asking for "immediate U.S. intervention …," the ministry said in a statement': the next frame
                    st.parts[-1] = b_ = (a, m.start())
                    a, b = b_
                    framed_quote = True  # its quotation also has its own direct row: both stay
                m = _WRITER_CLAUSE.search(text, a, b)
                if m and (d.in_quote(m.start()) or re.search(r"\s(?:has|have|had|is|are|will|would)\s", m.group())):
                    m = None  # inside the speaker's quotation, or "as the sector has continued to …": a reason
                if m and m.group("holder") and "," in text[m.end() : b]:
                    m = None  # "as the rebels, who NATO alleges are backed by …, continue to press": mid-clause
                if m and _nwords(text[a : m.start()], 4) >= 3:
                    # ", though the militant group has not claimed …", ", as the opposition sought to unite …",
                    # "… and it sneered at Earnest …": the writer's counterpoint, scene or next act
                    st.parts[-1] = b_ = _content_before(text, a, m.start())
                    a, b = b_
                m = _WRITER_WHICH.search(text, a, b)
                if m and m.group("bg") and not _background_tail(d, m, b):
                    m = None  # "… the war, which began on July 8, was a victory", "… Gaza, where they were staying"
                if m and _nwords(text[a : m.start()], 4) >= 3:
                    st.parts[-1] = b_ = _content_before(text, a, m.start())
                    a, b = b_
                k = _open_dash(text, sent.start, c.start)
                if k:  # "… -- and Israel reporting three deaths in Kiryat Malachi -- there has been …"
                    m = re.compile(re.escape(k)).search(text, a, b)
                    if m and m.start() > a:
                        st.parts[-1] = _content_before(text, a, m.start())
                        a, b = st.parts[-1]
                elif a > c.start and text.count("--", c.end, sent.end) % 2:
                    # "slam Russia for backing separatists … -- accusations the Kremlin denies …": an ASCII "--" that
                    # opens an aside never closed in the sentence starts the writer's comment (a paired aside,
                    # "said that -- whatever the Kremlin says -- the reality is …", stays)
                    j = text.rfind(" -- ", a, b)
                    if j > a and not d.in_quote(j) and _nwords(text[a:j], 4) >= 3 \
                            and not re.match(r"(?:and|or|but)\s", text[j + 4 : j + 8]):
                        # ("… on the ground -- but that Hamas has an equal number": a coordinate goes on)
                        st.parts[-1] = _content_before(text, a, j)
                        a, b = st.parts[-1]
            if st.kind == "indirect" and st.cue is not None and st.cue.type != "learned":
                a, b = st.parts[-1]
                m = _SPEAKER_VP.search(text, a, b)
                v = _NP_COORD_VP.search(text, a, b)
                if m and _nwords(text[a : m.start()], 4) >= 3:
                    st.parts[-1] = _content_before(text, a, m.start())
                elif v and _nwords(text[a : v.start()], 3) >= 2 and not _has_verb(text, a, v.start()) \
                        and not re.search(r"\bthat\b", text[st.cue.end : a]):
                    st.parts[-1] = _content_before(text, a, v.start())  # "called those people cowards and beat a man"
                elif len(st.parts) == 1 and st.cue.lemma in _NP_OBJECT_CUES and not re.search(r"\bthat\b", text[st.cue.end : a]):
                    # a noun-phrase object ends before the writer's adjunct: "declared two regions independent
                    # following referendums …", "repeated his call to provide … weapons, though …"
                    m = _ADJUNCT.search(text, a, b)
                    u = d.units_in(m.start(), b) if m else []
                    if m and u and not d.cues_in(m.start(), d.unit_starts[u[0]]):
                        m = None  # 'thanked Mr. Morsi in a televised speech … “for the quick and brave decisions …”'
                    if m and st.cue.lemma == "accuse" and not _ACCUSE_END.match(m.group()):
                        m = None  # "accuse Moscow of meddling, in its support of separatists …, trying to …": still the charge
                    least = 1 if m and re.match(r",?\s+and\s|,\s+but\s", m.group()) else 2  # "threatened fines, but …"
                    if m and _nwords(text[a : m.start()], 3) >= least and not _has_verb(text, a, m.start()):
                        st.parts[-1] = _content_before(text, a, m.start())
            if (st.kind == "indirect" and st.cue is not None and st.cue.cls == "characterisation" and len(st.parts) == 1
                    and not re.search(r"\bthat\b", text[st.cue.end : st.start])):
                # "an operation it calls Pillar of Defense, which it launched to …": the writer's relative clause
                a, b = st.parts[-1]
                m = _NAME_WHICH.search(text, a, b)
                if m and _nwords(text[a : m.start()], 3) >= 2 and not _has_verb(text, a, m.start()):
                    st.parts[-1] = _content_before(text, a, m.start())
            if st.kind == "indirect" and st.speaker is not None and st.speaker[0] < c.start and len(st.parts) == 1:
                # "As NATO warned of Russia moving combat troops …, Russia announced …": a statement in a fronted
                # subordinate clause ends at the comma before the main clause
                if _FRONTED_SUB.search(text, max(0, sent.start - 3, st.speaker[0] - 40), st.speaker[0]):  # '. As he …'
                    a, b = st.parts[-1]
                    for k in (m.start() for m in re.finditer(r",\s", text[a:b])):
                        main = (_subject(text, a + k + 1, min(b, a + k + 120)) is not None
                                or _PRONOUN_CLAUSE.match(text, a + k + 2, b) is not None  # "…, it’s far from clear whether"
                                or _GROUP_CLAUSE.match(text, a + k + 2, b) is not None)  # "…, police in central Cairo fired"
                        if main and _nwords(text[a : a + k], 3) >= 2:
                            st.parts[-1] = _content_before(text, a, a + k)
                            full_end = st.parts[-1][1]  # the main clause's own cue is free ("…, Obama acknowledged that …")
                            break
            if st.kind == "indirect" and len(st.parts) == 1:
                # "Russia denies aiding rebels in eastern Ukraine; NATO and Kiev both say …": a semicolon before a clause
                # with its own frame ends the content, and that frame is free for its own row
                a, b = st.parts[-1]
                for m in _SEMICOLON.finditer(text[a:b]):
                    k = a + m.start()
                    if (not d.in_quote(k) and _nwords(text[a:k], 3) >= 2
                            and [c2 for c2 in d.cues_in(k, min(b, k + 80)) if not d.in_quote(c2.start)]):
                        st.parts[-1] = _content_before(text, a, k)
                        full_end = st.parts[-1][1]
                        break
            if not is_covered(st.start) and is_covered(st.end - 1):
                # '… said Russia's actions are "an invasion," adding: "…"': the content ends before the quote's frame
                a, b = st.parts[-1]
                cs = covered[bisect_right(cov_starts, b - 1) - 1][0]
                j = text.rfind(",", a, cs)
                if j > a and d.cues_in(j, cs) and _nwords(text[a:j], 4) >= 3:
                    st.parts[-1] = _content_before(text, a, j)
                    if text[j + 1 : j + 2] in ("\"", "”"):
                        st.parts[-1] = (st.parts[-1][0], j + 2)  # 'an "invasion,"': the closing mark too
            if is_covered(st.start) or (is_covered(st.end - 1) and not framed_quote):
                continue
            a, b = st.parts[-1]
            if b > a and d.in_quote(b - 1) and not d.in_quote(a):
                # 'a major offensive dubbed "Operation Pillar of Defense,"': a quoted name cut at its comma keeps its mark
                for tail in (',"', ",”", '"', "”"):
                    if text.startswith(tail, b):
                        st.parts[-1] = (a, b + len(tail))
                        break
            if d.units_in(st.start, st.end):
                st.kind = "partial" if st.kind == "indirect" else st.kind
            elif _SINGLE_QUOTED.fullmatch(text, st.start, st.end) and len(st.parts) == 1:
                st.kind = "direct"  # a quotation inside a quoted passage: "' We hoped until the very last …,' Mr. Medvedev said."
            out.append(st)
            prev_st = st
            busy_until = max(st.end if st.end < full_end and (asyndetic or _cut_by_frame(text, st.end, full_end)) else full_end, c.end)


#: A whole content in single quotation marks, one sentence or more ("'We hoped …,'"): nested in a quoted passage.
_SINGLE_QUOTED = re.compile(r"['‘][A-Z][^'‘’\n]{10,}[.,!?]['’]")
#: ", said Hana Amireh, a West Bank-based PLO official who is in touch with the delegation.": the speaker's
#: appositive with its own relative clause, to the end of the sentence.
_APPOSITIVE_WHO = re.compile(r"(?:,?\s+(?:an?|the)\s[^,;:.“”\"]{1,60}?)?,?\s+who\s[^,;:“”\"]{1,80}[.!?]?\s*$")
_WITH_SAYING = re.compile(r",\s+with\s+(?:[\w’'.-]+\s+){1,4}$")
#: A fronted subordinate clause right before the speaker: "As NATO warned …", "On the same day that NATO warned …",
#: "And even as Moscow denies …".
_FRONTED_SUB = re.compile(r"(?:^|[\n.!?]\s*|\b(?:days?|times?|weeks?|moments?|hours?|minutes?|shortly|soon|just)\s+)(?:(?:And|But|Yet|So)\s+)?(?:[Aa]s|[Ww]hile|[Ww]hen|[Aa]fter|[Bb]efore|"
                          r"[Ss]ince|[Aa]lthough|[Tt]hough|[Ee]ven as|[Jj]ust as|that)\s+(?:the\s+)?\Z")


#: A main clause with a pronoun subject after a fronted subordinate clause: "…, it’s far from clear", "…, they were".
_PRONOUN_CLAUSE = re.compile(r"(?:it|there|he|she|they|we|I)(?:[’'](?:s|re|ve|ll|d)\b|\s+(?:\w+ly\s+)?(?:is|was|are|were|has|"
                             r"have|had|will|would|can|could|may|might|must|should|seems?|seemed|remains?|remained|"
                             r"appears?|appeared"
                             # "While X agreed …, they say at least …": the main clause's own frame
                             r"|say|says|said|insist|insists|insisted|argue|argues|argued|contend|contends|contended|"
                             r"maintain|maintains|maintained|believe|believes|believed)\b)")


#: A main clause whose subject is a group noun: "…, police in central Cairo fired tear gas", "…, troops moved in".
_GROUP_CLAUSE = re.compile(r"(?:the\s+|(?:hundreds|thousands|dozens|scores)\s+of\s+(?:[A-Z][\w’'-]*\s+)?)?"
                           r"(?:police|troops|soldiers|officials|protesters|residents|authorities|militants|rebels|"
                           r"forces|crowds|demonstrators|members|supporters|people)\b(?:\s+[\w’'-]+){0,4}?\s+(?:[a-z]+ed|fired|began|went|came|took|"
                           r"held|fought|threw|ran|were|was)\b")


def _rescue(d: _Doc, sent: Sentence, c: Cue) -> Statement | None:
    """Fallback statement for a confident model cue: subject phrase before it, rest of the clause after it."""
    text = d.text
    lo, hi = max(sent.start, c.start - _WINDOW), min(sent.end, c.end + _WINDOW)
    np = left_np(text, lo, c.start)
    a, b = _content_after(text, c.end, hi)
    if _nwords(text[a:b], 4) >= 3:
        return Statement("indirect", [(a, b)], c, (np[0], np[1]) if np else None, np[2] if np else [])
    a, b = _content_before(text, lo, c.start)
    if _nwords(text[a:b], 4) >= 3 and np is None:
        r = right_np(text, c.end, hi)
        return Statement("indirect", [(a, b)], c, (r[0], r[1]) if r else None, r[2] if r else [])
    return None


#: An adverbial between commas right after the cue, then "that": "did note, however, that …".
_INTERPOSED_THAT = re.compile(r"\s*,\s*(?:[\w’'-]+\s+){0,2}[\w’'-]+\s*,\s*that\s+(?=\S)")


#: "said to be", "said to have": a passive, nobody speaks.
_SAID_TO_BE = re.compile(r"\s+to\s+(?:be|have)\b")
#: No content after the cue: "responded, including …".
_NO_CONTENT_AFTER = re.compile(r"[\s,]*(?:including|despite|amid)\b")


def _indirect_one(d: _Doc, sent: Sentence, c: Cue) -> Statement | None:
    text = d.text
    # bounded window: real sentences are far shorter; keeps adversarial input linear
    lo, hi = max(sent.start, c.start - _WINDOW), min(sent.end, c.end + _WINDOW)
    if c.type == "evidential_phrase":
        np = right_np(text, c.end, hi)
        if np is None or _prev_word(text, c.start, lo) in ("who", "which", "that", "whom"):
            return None
        after = np[2][-1][1] if np[2] else np[1]
        if re.search(r"\b(?:who|which)\s*,\s*$", text[max(lo, c.start - 12) : c.start]) and text[after : after + 1] == ",":
            # "President Obama, who, according to Israeli officials, displayed no vindictiveness …": the relative clause
            a, b = _content_after(text, after + 1, hi)
            m = re.compile(r",\s+(?:despite|although|though|while|but)\s").search(text, a, b)
            if m:
                b = m.start()
            if _nwords(text[a:b], 4) >= 3:
                return Statement("according_to", [(a, b)], c, (np[0], np[1]), np[2])
        s, e = _content_before(text, lo, c.start)
        k = _open_dash(text, lo, c.start)
        paren = text.rfind("(", lo, c.start)
        if paren >= s and text.find(")", paren, c.start) < 0:
            s, e = _content_before(text, paren + 1, e)  # "(he started it too late …, according to Putin)": inside only
        elif k:  # "… -- including at least 30 killed in Gaza, according to …": the parenthetical only
            s = text.rindex(k, lo, c.start) + len(k)
            m = re.match(r"(?:including|with)\s+", text[s:e])
            s += m.end() if m else 0
            s, e = _content_before(text, s, e)
        sub_ws = text[s:e].split()
        if 1 <= len(sub_ws) <= 3 and text[c.start - 2 : c.start] == ", " and _plain_np(text, s, e) and (
                sub_ws[0].lower() in ("the", "a", "an", "his", "her", "its", "their", "this", "these", "those")
                or all(w[:1].isupper() and w.lower() not in _LEADING for w in sub_ws)):
            after = np[2][-1][1] if np[2] else np[1]
            if text[after : after + 1] == ",":
                a, b = _content_after(text, after + 1, hi)
                if _nwords(text[a:b], 4) >= 3:  # "The photos, according to the State Department, were taken after …"
                    return Statement("according_to", [(s, e), (a, b)], c, (np[0], np[1]), np[2])
        if _nwords(text[s:e], 4) >= 3:
            parts = [(s, e)]
            after = np[2][-1][1] if np[2] else np[1]
            if text[after : after + 1] == ",":
                a, b = _content_after(text, after + 1, hi)
                if _nwords(text[a:b], 4) >= 3 and not text[s:e].rstrip().endswith((".", "!", "?")) \
                        and _next_word(text, a, b) not in ("and", "but", "while", "whereas", "though", "although"):
                    parts.append((a, b))
            return Statement("according_to", parts, c, (np[0], np[1]), np[2])
        after = np[2][-1][1] if np[2] else np[1]
        m = _SOURCE_PP.match(text, after, hi)
        if m:
            after = m.end()  # "According to Palestinian sources in Gaza, it wants …"
        s, e = _content_after(text, after, hi)
        if _nwords(text[s:e], 4) >= 3:
            return Statement("according_to", [(s, e)], c, (np[0], np[1]), np[2])
        return None
    prev = _prev_word(text, c.start, lo)
    if _negated(text, c.start, lo):
        return None  # "Azerbaijan did not call it …", "Armenia never accused …": nothing was said
    m_adv = _LEAD_ADVERBIAL.match(text, c.end, hi)
    nxt = _next_word(text, m_adv.end() if m_adv and m_adv.end() > c.end else c.end, hi)
    if nxt in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"):
        nxt = _next_word(text, text.lower().find(nxt, c.end) + len(nxt), hi)
    if prev == "to" or prev in _NOUN_BEFORE or prev[:1].isdigit():
        return None
    after = d.cues_in(c.end, min(hi, c.end + 12))
    if after and not text[c.end : after[0].start].strip(" ,"):
        return None  # "… corporate disputes, said …": a noun before the real cue
    if prev in _PASSIVE_AUX and not c.text.lower().endswith("ing"):
        return None
    if not c.text.lower().endswith("ing") and _passive_participle(text, lo, c):
        return None  # "He was also recognized as …", "The truce, agreed upon Monday by Israel and Hamas, took effect"
    if prev in _MODALS:
        return None  # "… whether they should declare independence": nothing was said
    if _reduced_passive(text, c):
        return None  # "American officials quoted in the report described …": the clause's verb speaks
    if c.lemma == "call" and prev in _CALL_NOUN:
        return None  # "in a phone call Monday"
    if c.lemma == "highlight" and prev == "story":
        return None  # "Story highlights …": page furniture
    if c.text.split()[0].lower() in _NOUN_PLURALS and (prev in _ADJ_BEFORE or (prev.endswith(("al", "ful", "ous", "ic", "ive")) and prev.islower())):
        return None  # "after weeks of general calls for a peaceful resolution": a noun
    if (c.text.split()[0].lower() in _NOUN_FORMS and _ADJ_NOUN.search(text, max(lo, c.start - 40), c.start)):
        return None  # "part and parcel of their main demand, which …", "full of different voices", "a follow-up report"
    if c.text.lower().endswith("s") and c.text.split()[0].lower() in _NOUN_FORMS | _NOUN_PLURALS and nxt.endswith("ed") \
            and nxt not in ("need", "feed", "seed", "speed", "bled"):
        return None  # "follow-up reports indicated that …", "calls grew": a plural noun as the subject
    if c.lemma == "say" and _SAID_TO_BE.match(text[c.end : c.end + 12]):
        return None  # "a 4-year-old boy said to have been killed by an Israeli airstrike": passive, nobody speaks
    if c.text.split()[0].lower() in _NOUN_PLURALS and prev in _PREP_BEFORE_NOUN | _VERB_BEFORE_NOUN:
        return None  # "Despite calls for a new cease-fire, fighting intensified", "It sees pledges to …": a noun
    if c.lemma == "claim" and re.match(r"\s+(?:the\s+)?(?:lives|[\d,]+\s+(?:\w+\s+){0,2}lives|(?:\w+\s+){0,3}lives\b)", text[c.end : c.end + 40]):
        return None  # "this operation has claimed 63 Israeli soldiers lives": deaths, not words
    if c.lemma in ("tweet", "post", "share", "publish", "release") and (_MEDIA_OBJECT.match(text, c.end, hi) or re.match(
            r"\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:photo|picture|image|video|map)\s+(?:that|which)\s+(?:he|she|it|they|[A-Z]\w+)\s+"
            r"(?:said|says|called|described)\b", text[c.end : c.end + 80])):
        return None  # "The al-Qassam Brigade tweeted a screen shot from …": an image, not words
    if c.lemma in ("respond", "reply", "answer") and (nxt.endswith("ing") or nxt == "with") and nxt not in ("nothing", "something"):
        return None  # "police who responded using riot dispersal weapons", "responded with airstrikes": no words
    if c.lemma == "slam" and nxt in ("shut", "the", "door", "doors"):
        return None  # "Israel and Egypt slammed shut the border": no words
    if c.text.split()[0].lower() in _NOUN_PLURALS and _DET_ADJ.search(text, max(lo, c.start - 40), c.start):
        return None  # "As details of the Palestinian demands emerged": a determiner and an adjective, so a noun
    if c.lemma == "accuse" and c.text.lower().endswith("ed") and _next_word(text, c.end, hi) == "of":
        return None  # "The unit accused of operating in eastern Ukraine is …": passive
    if _NO_CONTENT_AFTER.match(text[c.end : c.end + 20]):
        return None  # "Security forces responded, including …": no content
    before = text[max(lo, c.start - 4) : c.start].rstrip()
    after_ch = text[c.end : c.end + 3].strip()[:1]
    if (c.text.lower().endswith(("ed", "t")) and c.cls == "characterisation" and before.endswith((",", "--", "—", "–", "("))
            and (after_ch.isupper() or after_ch in "\"“")):
        return None  # "the exercise, called Austere Challenge,": a passive participle
    if c.text[:1].isupper() and text[lo:c.start].strip(" \"“”'‘’"):
        return None  # "… Austere Challenge …": a capitalised cue word inside a sentence is a name
    rel = _relative_frame(text, lo, hi, c, nxt)
    if rel is not None:
        return rel  # "in what officials said was a terrorist attack", "a blockade, which Israel says would lead …"
    if nxt in _PASSIVE_AUX or nxt in ("have", "has", "had", "will", "would", "can", "could"):
        return None  # "Cruz's FAA comments are …": a noun
    if nxt == "of" and c.lemma not in ("warn", "speak", "talk", "complain", "boast", "think", "accuse", "convince", "remind", "inform"):
        return None  # "the first confirmed report of …": a noun
    if c.text[:1].isupper() and c.lemma in ("tweet", "post", "email", "share") and _prev_word(text, c.start, lo):
        return None  # "Share Tweet Post Email" page furniture
    if c.lemma in _NEEDS_CLAUSE and nxt not in ("that", "to") and nxt not in _CLAUSE_STARTERS and text[c.end:c.end + 3].strip()[:1] not in "\"“":
        return None  # "NATO admitted new members": not a speech act
    if c.lemma == "reveal" and nxt != "that" and not _propositional(text, c.end, c.end, hi):
        return None  # "The militants revealed a sophisticated rocket system": shown, not said
    if c.lemma in _NEEDS_PROPOSITION and not _propositional(text, c.end, c.end, hi):
        return None  # "People shout slogans during a rally": no words are reported
    if c.lemma == "say" and _GREETING.match(text, c.end, hi):
        return None  # "She says hello in Hebrew to her neighbors", "said a prayer": a greeting or a rite, no statement
    if c.lemma == "call" and _CONVENE.match(text, c.end, hi):
        return None  # "The European Union called a meeting of its 28 member countries": convened, said nothing
    if c.lemma == "deny" and _DENY_GIVE.match(text, c.end, hi):
        return None  # "Israel denies Palestinians their rights": withholds, says nothing
    if c.lemma == "recall" and _RECALL_ENVOY.match(text, c.end, hi):
        return None  # "Egypt recalled its ambassador to Israel": withdrew him, said nothing
    if c.lemma == "call" and nxt in ("off", "up", "back"):
        return None  # "Ms. Rousseff called off the visit", "Israel called up 16,000 reservists": no speech
    if c.lemma == "refer to" and not re.search(r"\bas\b", text[c.end : min(hi, c.end + 80)]):
        return None  # "…, referring to the Israeli national anthem" explains a word; "referred to them as Y" characterises
    if nxt == "to" and not c.to_infinitive and c.lemma not in ("say", "tell", "write", "explain", "complain", "speak"):
        return None
    left = text[lo : c.start]
    # postposed, inverted: "..., says Hikmet Hajiyev, a presidential adviser."
    pre = left_np(text, lo, c.start)
    subject_first = (pre is not None and pre[2] and not text[lo : min([pre[0], *(a for a, _ in pre[2])])].strip()
                     and _next_word(text, pre[0], pre[1]) not in _PREPOSITIONS)  # not "On Monday, the delegation …"
    if (left.rstrip().endswith(",") and _nwords(left, 4) >= 3 and not c.text.lower().endswith("ing")
            and c.lemma in _INVERTIBLE and not subject_first):
        np = right_np(text, c.end, hi)
        if np is not None and _speakerish(text, np[0], np[1]):
            tail_from = np[2][-1][1] if np[2] else np[1]
            verb = _NEXT_WORD.match(text, tail_from, hi)
            # "Ilham Aliyev, Azerbaijan's president, said the operation was over": a finite verb after
            # the noun phrase makes it the subject of a reported clause, not an inverted speaker
            if verb and verb.group(1).lower() in _FINITE:
                pass
            elif _nwords(text[tail_from:hi], 7) <= 6 or _APPOSITIVE_WHO.match(text, tail_from, hi):
                s, e = _content_before(text, lo, c.start)
                k = text.rfind(",", s, e)
                if not (k > s and _NAME_ONLY.fullmatch(text[k + 1 : e].strip()) and _nwords(text[s:k], 9) <= 8):
                    return Statement("indirect", [(s, e)], c, (np[0], np[1]), np[2])
                # "The self-declared mayor of Slavyansk, Vyacheslav Ponomarev, confirmed the release": a role and
                # its name are the subject, and "the release" the object
    if c.text.lower().endswith("ing") and left.rstrip().endswith(","):
        w = _WITH_LIST.search(text, lo, c.start)
        if w and not _has_verb(text, w.start(1), w.end(1)) and _nwords(text[w.start(1) : w.end(1)], 17) <= 16:
            # "…, with the United Nations and Western nations, including the United States, …, lamenting …": they speak
            s, e = _content_after(text, c.end, hi)
            s = _after_addressee(text, c, s, e)
            if _nwords(text[s:e], 3) >= 2:
                return Statement("indirect", [(s, e)], c, (w.start(1), w.end(1)), [])
        subj = _subject(text, lo, c.start)
        if subj is None and (d.cues_in(max(lo, c.start - 25), c.start) or _nwords(left, 7) <= 6):
            return None  # '…," he said, referring to …' or 'On Friday, citing …, S&P cut …'
        if subj is None and c.cls == "speculation":
            return None  # "Sunday's action was, however, a marked escalation, suggesting that …": the writer's inference
        if subj is None:  # "at least one influential Iranian official has appeared eager …, claiming …"
            subj = _clause_subject(text, lo, c.start)
        if subj is None and _COPULA_PREDICATE.search(text, lo, c.start):
            return None  # "he's the Instagram dictator staying in the background, …, asking people to …": a portrait
        apps: list[Span] = []
        if subj is not None:
            m = _APPOSITIVE_AFTER.match(text, subj[1], c.start)
            if m:  # "Riad al-Malki, the Palestinian foreign minister, described …, telling …"
                apps = [(m.start(1), m.end(1))]

        s, e = _content_after(text, c.end, hi)
        s = _after_addressee(text, c, s, e)
        if _nwords(text[s:e], 3) < 2:
            return None
        if subj is not None and _inanimate(text, *subj):
            return None  # "Data last week showed …, confirming the Fed's view": nobody speaks
        return Statement("indirect", [(s, e)], c, subj, apps)
    np = pre  # the phrase before the cue (left_np, above)
    if np is None:
        m = _WHO_BEFORE.search(text, lo, c.start) if "," not in text[c.end : hi] else None
        if m:  # "the 63-year-old Yanukovych — who has accused opponents of ….": the antecedent speaks
            # (not "The officials, who asked not to be named, said …": the relative clause must end the sentence)
            np = left_np(text, lo, m.start())
            if np is None:
                run = _trailing_name(text, max(lo, m.start() - 60), m.start())
                if run is not None and text[run[0]:run[0] + 1].isupper():
                    np = (run[0], run[1], [])
    if np is None and c.text.lower().endswith("ing"):
        w = _WITH_NP.search(text, max(lo, c.start - 60), c.start)
        if w and _plain_np(text, w.start(1), w.end(1)):  # "…, with Hamas militants confirming …"
            np = (w.start(1), w.end(1), [])
    if np is None:
        return None
    sp_s, sp_e, app = np
    if c.text.lower().endswith("ing"):  # "… follow Press Secretary Josh Earnest saying that …"
        run = _trailing_name(text, sp_s, sp_e)
        w = _WITH_NP.search(text, max(lo, c.start - 60), c.start)
        if w and _plain_np(text, w.start(1), w.end(1)):
            run = _trim(text, w.start(1), w.end(1))  # "…, with Hamas militants confirming they had fired rockets"
        elif run is None and _WORD.findall(text, sp_s, sp_e)[-1].lower() in _DOCUMENT_NOUNS:
            run = _clause_subject(text, lo, sp_s)  # "Poroshenko’s office released a statement saying …": the office
        if run is None:
            return None  # "assertions citing …": a noun modifier, not a speaker
        sp_s, sp_e = run
    lead = min([sp_s, *(a for a, _ in app)])
    j = lead
    while j > lo and text[j - 1].isspace():
        j -= 1
    as_frame = _AS_FRAME.search(text, max(lo, j - 6), j)
    if as_frame and as_frame.end() == j and "," not in text[c.end : hi] and _nwords(text[c.end : hi], 5) <= 4:
        j = as_frame.start() + 1  # "…, as Gen. Philip Breedlove, NATO's … Commander, has reiterated.": the words before
        # (not "Just 24 hours earlier, as she had said Thursday, it was …": the words after)
    # "… a 'pleasant surprise,' Israeli President Shimon Peres said": the comma sits inside the closing mark
    marks = 2 if text[max(lo, j - 2) : j] == "''" else (1 if j > lo and text[j - 1] in "'’\"”" else 0)
    closing = marks > 0 and j - marks > lo and text[j - marks - 1] == ","
    if closing:
        j -= marks
    # postposed: "The offensive was a response, Azerbaijan says."
    tail = _content_after(text, c.end, hi)
    interposed = _INTERPOSED_THAT.match(text, c.end, hi)
    if interposed and not _has_verb(text, c.end, interposed.end() - 5):
        tail = (interposed.end(), tail[1])  # "did note, however, that the flurry …": preposed, the content after "that"
    else:
        interposed = None
    comma = text.find(",", c.end, hi)
    tail_words = _WORD.findall(text, tail[0], min(tail[1], comma) if comma >= 0 else tail[1]) if comma != c.end else []
    # "The tanks' presence, he added in a blog published Thursday, “strongly supports …”": an adverbial of the frame
    bare_frame = comma >= 0 and (not text[c.end:comma].strip() or _LEAD_ADVERBIAL.fullmatch(text, c.end, comma) is not None)
    if bare_frame:
        tail_words = []
    if j > lo and text[j - 1] == "," and not interposed and _no_that(text, c.end, comma if comma >= 0 else hi) and (
            not tail_words or (c.lemma == "tell" and (len(tail_words) <= 3 or not _has_verb(text, tail[0], tail[1])))
            or _TEMPORAL_TAIL.match(text, c.end, hi) or (c.lemma in ("quote", "cite") and _AS_SAYING_END.match(text, c.end, hi))):
        s, e = _content_before(text, lo, j - 1)
        if closing and e == j - 1:
            e = j + marks  # the comma and the closing mark stay with the quoted words
        if _nwords(text[s:e], 4) >= 3:
            parts = [(s, e)]
            if bare_frame:
                # parenthetical: "To win, participants said, the Democrats must ..."
                a, b = _content_after(text, comma + 1, hi)
                nxt_cue = d.cues_in(a, min(b, a + 30))
                verb_first = _next_word(text, a, b) in _PASSIVE_AUX | {"has", "have", "had", "will", "would", "could", "can"}
                lead_only = not _has_verb(text, s, e) and _has_verb(text, a, b)  # "On the other hand, he says, Moscow is …"
                extraposed = _next_word(text, comma + 1, b) == "that"  # "It's happened before, he said, that as …"
                if _nwords(text[a:b], 4) >= 3 and (_starts_clause(text, a, b) or verb_first or lead_only or extraposed) \
                        and not (nxt_cue and nxt_cue[0].start == a):
                    parts.append((a, b))
            return Statement("indirect", parts, c, (sp_s, sp_e), app)
        if bare_frame and _SHORT_SUBJECT.fullmatch(text, s, e):
            # "The images, Ukrainian officials say, prove organized Russian activity …": a short subject before the
            # parenthetical frame and its verb after it are one claim, in two parts
            a, b = _content_after(text, comma + 1, hi)
            w = _words(text, a, b)
            if (_nwords(text[a:b], 4) >= 3 and w[0].group().islower() and w[0].group() not in _NOT_VERB_FIRST
                    and not _has_verb(text, s, e) and not d.cues_in(a, min(b, a + 30))):
                return Statement("indirect", [(s, e), (a, b)], c, (sp_s, sp_e), app)
    s, e = tail
    addressed = _addressee_that(text, c, s, e)  # "warned Ukraine that …", "told U.N. Secretary-General Ban Ki-moon that …"
    if addressed != s:
        s = addressed
    elif c.lemma == "tell":  # "told reporters (that) ..."
        m = re.compile(r"[^,.;]{0,60}?\bthat\b\s*|[\w’'. ]{1,30}?,\s*").match(text, s, e)
        if m and m.group().rstrip().endswith("that") and _has_verb(text, s, s + m.group().rstrip().rfind("that")):
            m = None  # "told Reuters they were under attack and that …": the first clause is content too
        if m:
            s = m.end()
        else:
            m = _ADDRESSEE.match(text, s, e)  # "told the Associated Press the organization was …"
            if m and _nwords(text[m.end() : e], 4) >= 3:
                s = m.end()
                a = _LEAD_ADVERBIAL.match(text, s, e)
                if a and a.end() > s and _nwords(text[a.end() : e], 4) >= 3:
                    s = a.end()
                    while s < e and text[s] in " ,":
                        s += 1
    if c.lemma == "tell" and _nwords(text[s:e], 6) <= 5 and not _has_verb(text, s, e):
        return None  # '“…,” Osama Hamdan told CNN earlier by phone.': only the addressee
    if _next_word(text, s, e) == "of" and c.lemma in ("warn", "complain", "speak", "boast", "talk"):
        s = text.index("of", s) + 2  # "complained of a bellicose expansion": the content is the object
        while s < e and text[s].isspace():
            s += 1
    if text[s : s + 2].startswith(("—", "–", "--")) and _open_dash(text, lo, c.start):
        return None  # "the arms were destined for Gaza — which Hamas has angrily denied — the U.N. panel …": nothing follows
    if _nwords(text[s:e], 3) < (1 if c.cls == "demand" else 2):
        return None  # "Russia's foreign ministry urged restraint." is a demand; "X said so" is nothing
    first = _next_word(text, s, e)
    if (first == "at" and re.match(r"at\s+(?:least|most)\b", text[s:e])) or (
            first in ("over", "under", "about", "around") and re.match(r"\w+\s+[\d,.]+\b", text[s:e])):
        first = ""  # "they say at least a small number were …", "both say over 1,000 Russian troops are …": a quantity
    if (first in _PREPOSITIONS or (first == "since" and not re.search(r"\bthat\b", text[s:e]))) and not c.lemma.startswith("call") and not re.search(r"\bthat\b", text[c.end : s]):
        return None
    if first == "because" and not re.search(r"\bthat\b", text[c.end : s]):
        return None  # "a cease-fire Israel had requested because of …": the cue's object is the noun before it
    head = _WORD.findall(text, sp_s, sp_e)[-1].lower()
    if (c.cls in ("speculation", "evidential", "endorsement") and head in _EVIDENCE_HEADS) or (c.cls == "demand" and head in _DOCUMENT_HEADS):
        return None  # "Polls suggest …", "The cease-fire calls for …": a document or evidence, nobody speaks
    if c.cls == "demand" and head == "it" and _document_before(d, sp_s):
        return None  # "The cease-fire calls for …. It also calls for …": the document's terms again
    if c.cls in ("speculation", "evidential") and head in ("statements", "remarks", "comments", "words", "moves", "actions") \
            and re.match(r"(?:these|those|such|other|all)\b", text[sp_s:sp_e].lower()):
        return None  # "These and other statements suggest Ukraine's future will …": the writer's inference
    if _inanimate(text, sp_s, sp_e):
        return None  # "the fire claimed 46 lives", "Figures released Monday confirm …": nobody speaks
    if c.text.lower().endswith("ed") and first in _REDUCED_RELATIVE_VERBS:
        return None  # "The cease-fire announced Friday fits in with …": a participle modifying the subject
    if c.lemma in ("call", "dub", "name", "label") and c.text.lower().endswith("ed") and _TITLE_NAME.match(text[s:e]) \
            and text[sp_e:c.start].strip() == "" and text[sp_s:sp_e].split()[-1].islower():
        return None  # "now runs a research organization called House of Wisdom": a name, not a characterisation
    if c.lemma == "thank" and _nwords(text[s:e], 4) < 3:
        return None  # "Haniyeh thanked Mr. Morsi": whom, not what
    if c.lemma == "ask" and re.match(r"(?:[\w’'.-]+\s+){1,6}?about\s+(?:it|this|that|them|(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)$", text[s:e]):
        return None  # "Wolf Blitzer asking Israeli Finance Minister Yair Lapid about it": the topic, no words
    if c.lemma == "call" and _PHONE_CALL.match(text, s, e):
        return None  # "Mr. Obama called Mr. Morsi and each thanked the other": a phone call, nothing said
    if c.lemma in _POSITION_ONLY and not _propositional(text, c.end, s, e):
        return None  # "Israel has rejected such demands in the past": a position, not a statement
    if c.lemma == "add" and not re.search(r"\bthat\b", text[c.end : s]) and not _starts_clause(text, s, e) \
            and not _has_verb(text, s, text.find(",", s, e) if "," in text[s:e] else e) and not d.units_in(s, e):
        return None  # "The ambassadors also added eight names to the list", "Employers added 200,000 jobs": no words
    if c.lemma in ("quote", "cite"):  # "Israeli media quoted Ehud Barak as telling a closed meeting that Israel wanted …"
        m = _QUOTED_AS.match(text, s, e) or _CITED_WHO.match(text, s, e)
        if m and _nwords(text[m.end() : e], 3) >= 2:
            s = m.end()  # "The Times of Israel cited witnesses who said the attackers stormed …": what they said
    return Statement("indirect", [(s, e)], c, (sp_s, sp_e), app)


#: ", as" before a postposed speaker ("…, as Gen. Philip Breedlove … has reiterated").
_AS_FRAME = re.compile(r",\s*as$")
#: A title-case name and nothing else ("House of Wisdom", "Operation Protective Edge").
_TITLE_NAME = re.compile(r"^[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|the|and|for|de|al-\w+))*$")
#: An image or media object: "tweeted a screen shot", "posted a video", "shared photos".
_MEDIA_OBJECT = re.compile(r"\s+(?:(?:a|an|the|this|that|these|those|his|her|its|their|two|three|several|new)\s+)?"
                           r"(?:[\w’'-]+\s+){0,2}?(?:screen\s?shots?|photos?|photographs?|pictures?|images?|videos?|maps?|"
                           r"links?|clips?|footage|graphics?|cartoons?|selfies?|infographics?)\b(?!\s+(?:that|saying)\b)", re.I)
#: "cited witnesses who said …", "citing a spokesman who told reporters that …".
_CITED_WHO = re.compile(r"(?:[\w’'.-]+\s+){1,8}?who\s+(?:had\s+|have\s+)?(?:said|say|says|told\s+[\w’'. ]{1,30}?|stated)\s+(?:that\s+)?")
#: "…, the Interfax news agency quoted the State Border Guard service as saying.": the words came before.
_AS_SAYING_END = re.compile(r"\s+[^,.;“”\"]{1,80}?\s+as\s+(?:saying|stating|writing|telling\s+[\w’'. ]{1,30}?)\s*[.!?]?[”\"’']?\s*$")
#: Heads of a cited source: "citing people familiar with the matter", "It cites “Hamas official Ayman Taha.”".
_SOURCE_HEADS = frozenset("""spokesman spokeswoman spokesperson official officials source sources witness witnesses people
    person aide aides diplomat diplomats officer officers analyst analysts expert experts agency ministry service office
    insider insiders representative representatives""".split())


def _source_only(text: str, s: int, e: int) -> bool:
    """Whether the content ``text[s:e]`` of "cite"/"quote" names only a source, with no words of it
    ("a spokesman for the pro-Russian separatists", "people familiar with the matter", "“Hamas official Ayman Taha.”")."""
    inner = text[s:e].strip(" \"“”‘’'.,")
    ws = inner.split()
    if not ws or len(ws) > 12 or _has_verb(text, s, e) or re.search(r"\bthat\b|\bas\s+saying\b", inner):
        return False
    cut = next((k for k, w in enumerate(ws) if k and w.lower() in ("for", "with", "in", "of", "from", "at", "familiar",
                                                                     "close", "who", "on")), len(ws))
    head = ws[cut - 1]
    return head.lower() in _SOURCE_HEADS or (head[:1].isupper() and all(w[:1].isupper() for w in ws[max(0, cut - 2) : cut]))


_QUOTED_AS = re.compile(r"(?:[\w’'.-]+,?\s+){1,8}?as\s+(?:saying|telling\s+[^,.;“\"]{0,60}?\bthat|telling|writing|stating)\s+(?:that\s+)?")
#: "called a meeting", "called early elections": to convene, not to speak.
_CONVENE = re.compile(r"\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|summit|referendum|strike|conference|rally)"
                      r"|(?:early|snap|new|fresh|parliamentary|presidential)\s+elections)\b(?!\s+(?:a|an|the)\s)", re.I)

#: "says hello", "said goodbye", "say grace", "said a prayer": idioms of greeting and rite, not speech reports.
_GREETING = re.compile(r"\s+(?:(?:also|only|just|then)\s+)?(?:hello|hi|hey|goodbye|good-bye|good\s+(?:bye|night|morning)|farewell|"
                       r"thanks|thank\s+you|grace|amen|(?:a\s+|the\s+)?(?:short\s+|quick\s+|silent\s+)?prayers?|mass|kaddish)\b", re.I)
#: "called Mr. Morsi and …", "called Netanyahu on Sunday": a person as the whole object of "call" is a phone call.
_PHONE_CALL = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.\s+|(?:[A-Z][a-z]+\s+)?(?:President|Prime\s+Minister|Secretary|Chancellor)\s+)?"
                         r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,2}\s+(?:and|to|on|from|after|before|again|twice|late|"
                         r"earlier|last|this|by|for)\s")
_TOLD_THAT = re.compile(r"[^,.;]{0,60}?\bthat\s+")


#: Cues that take an addressee before their "that" clause ("warned Ukraine that …", "told Ban Ki-moon that …").
_ADDRESSEE_CUES = frozenset("tell warn caution urge assure reassure remind inform notify advise promise convince persuade".split())
_NP_THAT = re.compile(r"((?:[\w’'.&-]+\s+){1,6}?)that\s+(?=\S)")
#: A named addressee right before a pronoun-subject clause: "Vladimir Putin he would have".
_NAME_THEN_PRONOUN = re.compile(r"(?:[A-Z][\w’'.-]+\s+){1,3}((?:he|she|they|it|we|I)\s+(?:would|will|had|has|was|is|could|"
                                r"should|might|must|can|did|does|[a-z]+ed)\b)")


def _addressee_that(text: str, c: Cue, s: int, e: int) -> int:
    """Start of the content after an addressee and "that" ("warned Ukraine that “violence …”" → "“violence …”").

    The addressee is any short noun phrase without a verb; a "that" opening a relative clause ("the attack that
    killed …": a verb right after it) is not the complementiser.

    >>> from framing.attribution.cues import lexicon
    >>> t = "Mr. Kerry warned Russia that it faced additional sanctions."
    >>> c = next(c for c in lexicon().finditer(t) if c.lemma == "warn")
    >>> t[_addressee_that(t, c, c.end + 1, len(t) - 1):]
    'it faced additional sanctions.'
    """
    if c.lemma not in _ADDRESSEE_CUES:
        return s
    m = _NAME_THEN_PRONOUN.match(text, s, e)
    if m:
        return m.start(1)  # "promised Vladimir Putin he would have …": the addressee, then the clause
    m = _NP_THAT.match(text, s, e)
    if not m or _has_verb(text, m.start(1), m.end(1)) or _words(text, m.start(1), m.end(1))[0].group().lower() in _PREPOSITIONS | {"of", "to"}:
        return s
    nxt = _next_word(text, m.end(), e)
    if nxt.endswith("ed") or nxt in _FINITE or _nwords(text[m.end() : e], 3) < 2:
        return s
    return m.end()


def _after_addressee(text: str, c: Cue, s: int, e: int) -> int:
    """Start of the content of "tell" after its addressee ("telling CNN that a rocket …" → "a rocket …").

    >>> from framing.attribution.cues import lexicon
    >>> t = "The army said so, telling CNN that a rocket could have been responsible."
    >>> c = next(c for c in lexicon().finditer(t) if c.lemma == "tell")
    >>> t[_after_addressee(t, c, c.end + 1, len(t) - 1):]
    'a rocket could have been responsible.'
    """
    t = _addressee_that(text, c, s, e)
    if t != s or c.lemma != "tell":
        return t
    m = _TOLD_THAT.match(text, s, e)
    return m.end() if m and not _has_verb(text, s, m.end() - 5) else s
_ADDRESSEE = re.compile(
    r"(?:(?:the\s+)?(?:reporters|journalists|lawmakers|senators|legislators|parliament|congress|the\s+(?:newspaper|paper|agency|network|station|council|committee))"
    r"|(?:the\s+)?(?:[A-Z][\w.’'&-]*\s+){1,4}"
    # "told U.S. airlines they were …", "told residents they must …": a plural addressee before a subject pronoun
    r"|(?:the\s+)?(?:[A-Z][\w.’'&-]*\s+){0,3}[a-z]+s\s+(?=(?:he|she|they|it|we)\s)"
    # "Putin told us what was imminent", "told him he was fired": an object pronoun before a clause
    r"|(?:him|her|them|us|me)\s+(?=(?:what|how|why|when|where|whether|if|he|she|they|it|we|i|the|there)\s))"
    r"\s*(?=(?:the|a|an|he|she|they|it|his|her|their|its|there|we|i|this|these|those|what|how|why|whether)\s|[A-Z])")
_REDUCED_RELATIVE_VERBS = _FINITE | frozenset("""continues fits remains comes follows marks means appears seems
    includes contains shows went came left began took made gave""".split())
_ADJUNCT = re.compile(r",?\s+(?:(?:shortly|soon|just|immediately|right)\s+)?(?:following|after|amid|despite|though|although|until"
                      r"|in\s+(?:response|reply|retaliation|reaction)\s+to|in\s+retaliation\s+for|on\s+(?:the\s+)?orders?\s+(?:of|from)"
                      r"|at\s+the\s+(?:request|behest|urging)\s+of|under\s+pressure\s+from)\s+"
                      r"|,\s+(?:in|during|at)\s+(?!which\b|whose\b)|,\s+(?!including\b)[a-z]+ing\s+"
                      # "threatened fines and shut down metro stations, but that has not deterred": the next verb, the writer's "but"
                      r"|,?\s+and\s+(?:(?:then|later|subsequently|also|quickly|soon)\s+)?(?:shut|closed|banned|imposed|ordered|"
                      r"sent|deployed|cut|froze|suspended|expelled|arrested|carried|launched|began|started|struck|attacked)\s+"
                      r"|,\s+but\s+"
                      # "announced the sanctions at a news conference in Manila": where it was said, not what
                      r"|\s+(?:at|during|in)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:news\s+conference|press\s+conference|"
                      r"televised\s+speech|"
                      r"briefing|speech|address|statement|interview|ceremony)\b")
#: The adjuncts that end an accusation ("accused Hamas of …, and subsequently carried out …", "…, in comments to").
_ACCUSE_END = re.compile(r",?\s+and\s|,\s+but\s|,\s+in\s+(?:comments|remarks|an?\s+interview|a\s+statement)")
#: A second, non-speech verb phrase of the speaker after a noun-phrase or small-clause content: "called those
#: people cowards and violently beat a man who …" (the speaker beat, nobody said so).
_NP_COORD_VP = re.compile(r",?\s+and\s+(?:(?:\w+ly|also|then|later|even|allegedly)\s+){0,2}(?:[a-z]+ed|beat|took|made|went|came|gave|"
                          r"led|sent|ran|fought|shot|brought|began|fled|held|left|threw|stole|paid|built|broke|hit|struck|"
                          r"sought|kept|met|won|lost|drove|forced|bought|sold|tore|wore|burned|burnt|spent)\s+"
                          r"(?=(?:a|an|the|his|her|their|its|him|them|it|us|me|one|two|three|several|some|dozens|\d)\b)")
_NAME_WHICH = re.compile(r",\s+(?:which|who|whose)\s")
#: The writer's speculation in a trailing relative clause: "…,” which may mean that the capital …".
_WRITER_WHICH = _Hinted(re.compile(r",?\s+which\s+(?:(?:may|might|could|would|will)\s+(?:well\s+)?(?:mean|suggest|indicate|signal|imply)"
                                   r"|(?:means|meant|suggests|suggested|indicates|indicated|implies|implied|signals|signalled|signaled)"
                                   # the writer's background on a conflict: "the conflict, which has killed nearly 2,600 people"
                                   r"|(?:has|have|had)\s+(?:so\s+far\s+|now\s+|already\s+)?(?:killed|left|claimed|displaced|cost)\s+"
                                   r"(?:the\s+lives\s+of\s+|more\s+than\s+|at\s+least\s+|nearly\s+|almost\s+|about\s+|some\s+|over\s+)?[\d,]+)\b"
                                   # the writer's background at the content's end (checked by _background_tail): "the unrest,
                                   # which began after the February deposition of …", "in Kiev, where she's been reporting …"
                                   r"|(?P<bg>,\s+(?:which\s+(?:\w+ly\s+|first\s+)?(?:began|started|erupted|broke\s+out|flared(?:\s+up)?|"
                                   r"followed|escalated|intensified|ended|culminated)\b|where\s))"), ("which", "where"))
#: A short determiner-led subject before a parenthetical frame: "The images", "These photos", "Such claims".
_SHORT_SUBJECT = re.compile(r"(?:The|These|Those|This|That|Such|His|Her|Its|Their|Our)\s+(?!(?:week|weekend|month|year|"
                            r"morning|afternoon|evening|night|time|summer|spring|autumn|fall|winter|way)\b)"
                            r"[\w’'-]+(?:\s+[\w’'-]+)?")
#: First words after the frame that do not continue the subject with its verb (a new clause or an adverbial).
_NOT_VERB_FIRST = frozenset("the a an he she they it we i you there this that these those his her its their our "
                            "and but or so if when while because although though as".split()) | _PREPOSITIONS


#: A copula and a predicate noun: the participle after it describes that noun, nobody is reported ("that's because
#: he's the Instagram dictator staying in the background, behind the curtain, asking people to pay no mind …").
_COPULA_PREDICATE = re.compile(r"(?:\b(?:is|are|was|were)|\b(?:he|she|it|that|there|who)[’']s)\s+(?:the|a|an)\s", re.I)


def _background_tail(d: _Doc, m: re.Match, b: int) -> bool:
    """True when the ", which began …" / ", where …" clause matched by ``m`` is the writer's background at the end of a
    content ending at ``b``: outside the quotations, no quotation mark of its own, no comma that goes on to a main
    clause ("the sanctions, which followed ones issued July 16, endanger …"), and no backshifted "was/were" scene of
    the report itself ("in eastern Gaza, where about 300 people were staying").

    >>> t = 'Russia denied its forces are in the unrest, which began after the deposition of Yanukovych.'
    >>> _background_tail(_Doc(t, [], ()), _WRITER_WHICH.search(t), len(t) - 1)
    True
    >>> t = 'Hamas said the war, which began on July 8, was a victory.'
    >>> _background_tail(_Doc(t, [], ()), _WRITER_WHICH.search(t), len(t) - 1)
    False
    """
    text = d.text
    tail = text[m.end() : b]
    if d.in_quote(m.start()) or re.search(r"[\"“”]", tail):
        return False  # 'flown to Israel for treatment, where he is "fighting for his life."': the speaker's words
    if re.search(r",\s+(?!(?:and|or|with|including)\b)", tail):
        return False
    if "where" in m.group("bg") and re.match(r"(?:[\w’'-]+\s+){0,5}?(?:was|were)\b", tail):
        return False
    return True


#: A relative clause right after a closing quotation mark is the writer's: '"… the city of Kiev," which …'.
_QUOTE_WHICH = re.compile(r"(?:[”\"]\s*,|,\s*[”\"])(?=\s+which\s)")
#: Cues whose content is usually a noun phrase ("declared a truce", "repeated his call to …").
_NP_OBJECT_CUES = frozenset("declare announce repeat reiterate demand urge cite emphasise criticise condemn denounce "
                            "praise welcome thank blame threaten accuse".split()) | {"call for", "call on"}
#: The writer's own verification remark after reported content: ", though it is unclear how many are civilians".
#: The writer's clause after reported content: a concessive with its own subject (", though the militant group has
#: not claimed …"), a past-tense "as" scene (", as the country's opposition sought to unite"), the speaker's next,
#: derisive act ("… and it sneered at Earnest for saying …").
_WRITER_CLAUSE = re.compile(
    r",\s+(?:though|although|even\s+though)\s+(?:the|a|an|this|that|these|those|it|they|he|she|there|its|their|no|[A-Z][\w’'-]+)\s"
    r"|,\s+as\s+(?:the|a|an|its|their|his|her|[A-Z][a-z]+)\s+[^,.;“”\"]{0,60}?\s(?:[a-z]{3,}ed|sought|began|fought|took|went|came|grew|"
    r"rose|fell|held|met|ran|left|saw|won|struck|fled)\b"
    r"|,?\s+and\s+(?:it|he|she|they)\s+(?:also\s+)?(?:sneered|scoffed|mocked|jeered|laughed|ridiculed|derided|lashed\s+out)\b"
    # a relative clause with a holder of its own: "…, who Moscow insists had mistakenly wandered across the border"
    r"|(?P<holder>,\s+(?:who|whom|which)\s+(?:[A-Z][\w’'.-]+|the\s+[\w’'-]+|officials|he|she|they)(?:\s+[\w’'.-]+){0,2}?\s+"
    r"(?:insists|insisted|says|said|claims|claimed|maintains|maintained|contends|contended|alleges|alleged)\b)")
#: The main clause's intransitive verb after a "what X called Y" noun phrase: "… attacks spread quickly on …".
_MAIN_VERB_AFTER = re.compile(r"\s(?=(?:[a-z]{3,}ed|spread|drew|came|went|led|began|rose|fell|grew|continued)\s+"
                              r"(?:quickly|rapidly|swiftly|widely|across|through|throughout|over|on\s+the)\b)")
#: A closing quotation mark after a comma, then another frame: '…,” the ministry said in a statement'.
_QUOTE_THEN_FRAME = re.compile(r"(?<=,[”\"])(?=\s+(?:(?:the|a|an|his|her|its|their|[A-Z][\w’'.-]*)(?:\s+[\w’'.-]+){0,5}?"
                               r"|he|she|they|we)\s+"  # '… said it "violates … fashion," he said in a statement'
                               r"(?:said|says|added|adds|told|tells|reported|reports|wrote|writes)\b)")
#: A closing quotation mark and a comma, then a subordinate clause of the writer's: '… called a "terror attack," when
#: a man drove …'.
_QUOTE_SUBORDINATE = re.compile(r"(?:,[”\"’]|[”\"’](?=,))(?=,?\s+(?:when|after|before|while|because|since)\s+"
                                r"(?:the|a|an|he|she|it|they|his|her|its|their|[A-Z]))")
_WRITER_HEDGE = _Hinted(re.compile(
    r",?\s+(?:though|although|but)\s+(?:it\s+(?:is|was|remains|remained)\s+(?:unclear|not\s+clear|not\s+known|unknown)"
    # "…, but with no international election monitors in place, it was all but impossible to confirm such claims"
    r"|(?:with\s+no|without|in\s+the\s+absence\s+of)\s[^,.;]{1,80},\s+(?:it|there|this|that|they)\s"
    r"|it\s+(?:is|was|remains|remained)\s+(?:all\s+but\s+|virtually\s+|almost\s+)?(?:impossible|difficult|hard)\s+to\s+"
    r"(?:independently\s+)?(?:confirm|verify)"
    r"|(?:this|that|these|the\s+\w+|it|they)\s+could\s+not\s+(?:immediately\s+)?be\s+(?:independently\s+)?(?:verified|confirmed)"
    r"|there\s+(?:was|is|has\s+been|had\s+been)\s+no\s+(?:indication|sign|word|confirmation)"
    # the speaker's own second predicate in the writer's words: "Lerner said …, but provided no further detail"
    r"|(?:\w+ly\s+)?(?:provided|gave|offered)\s+no\s+(?:further\s+|other\s+|more\s+|additional\s+)?"
    r"(?:details?|specifics|evidence|information|explanation|comment)\b"
    r"|(?:\w+ly\s+)?(?:declined|refused|did\s+not|didn[’']t|would\s+not|wouldn[’']t)\s+(?:to\s+)?"
    r"(?:elaborate|comment|specify|say\s+(?:how|what|when|where|why|whether|if|which|who)|give\s+(?:details|specifics|further|more|a\s+timeline)"
    r"|provide\s+(?:details|specifics|further|more|evidence))\b)"), ("though", "but"))


def _open_dash(text: str, lo: int, pos: int) -> str:
    """The dash that opened a parenthetical still open at ``pos`` ("--" or "—"), or ""."""
    for mark in (" -- ", " — "):
        first = text.find(mark, lo, pos)
        start = lo
        if first >= 0:
            head = text[lo:first].strip()
            if head.endswith(")") or not any(ch.islower() for ch in head):
                start = first + len(mark)  # a dateline: "GAZA CITY — …", "Near the border (CNN) -- …"
        if text.count(mark, start, pos) % 2 == 1:
            return mark
    return ""


def _has_verb(text: str, a: int, b: int) -> bool:
    """A finite-looking verb in ``text[a:b]`` (auxiliaries, common past forms, lower-case -ed words)."""
    for w in _WORD.findall(text, a, b):
        low = w.lower()
        if low in _FINITE or low in _VERBISH_NEXT or (w.islower() and low.endswith("ed")) or low == "that":
            return True
        norm = low.replace("’", "'")
        if low in ("he", "she", "they", "it", "we", "i", "you") or norm.endswith(("n't", "'re", "'ve", "'ll", "'d", "'m")) \
                or norm in ("it's", "he's", "she's", "that's", "there's", "what's", "who's"):
            return True  # a subject pronoun or a contraction starts a clause ("CNN's" is a possessive)
    return False


_SOURCE_PP = re.compile(r"\s+(?:in|at|from|inside|within|close\s+to|near)\s+[^,;.“”\"]{1,40},")
_EVIDENCE_HEADS = frozenset("""poll polls data statistics figures figure evidence images image photos photo pictures study studies research
    analysis survey surveys numbers results signs sign report reports documents records trends""".split())
#: Heads of subjects that cannot speak: events, weapons, numbers ("the fire claimed 46 lives").
_INANIMATE_HEADS = frozenset("""data statistics figures numbers fire fires blast blasts explosion explosions shelling bombing
    bombardment airstrike airstrikes strike strikes rocket rockets missile missiles shell shells bomb bombs crash storm flood
    earthquake violence fighting war clashes attack attacks gdp inflation prices price growth economy market markets stocks
    shares index indices sales exports imports output rate rates streets roads buildings ruins rubble emptiness silence
    absence scene sight""".split())


def _inanimate(text: str, s: int, e: int) -> bool:
    """Whether the speaker phrase ``text[s:e]`` is a thing that cannot speak ("Data last week", "the fire").

    >>> t = "the fire claimed 46 lives; An Israeli driver who witnessed the explosion told"
    >>> _inanimate(t, 0, 8), _inanimate(t, 27, 72)
    (True, False)
    """
    ws = [w.lower() for w in _WORD.findall(text, s, e)]
    cut = next((k for k, w in enumerate(ws) if k and w in ("who", "which", "that", "whose", "of", "in", "at", "from", "on", ",")), len(ws))
    ws = [w for w in ws[:cut] if w not in ("the", "a", "an", "this", "these", "those", "new", "latest", "official")]
    return bool(ws) and (ws[-1] in _INANIMATE_HEADS or (ws[0] in _INANIMATE_HEADS and text[s:e][:1].isupper()
                                                             and ws[0] in ("data", "statistics", "figures", "numbers")))


_DOCUMENT_HEADS = frozenset("""cease-fire ceasefire truce agreement deal plan proposal resolution law bill treaty accord mode
    approach option draft text framework roadmap initiative measure measures package""".split())
#: A sentence whose subject is a document: "The cease-fire calls for …", "The agreement also provides …".
_DOCUMENT_SUBJECT = re.compile(r"\s*(?:The|This|That|An?|Its)\s+(?:[\w’'-]+\s+){0,3}?([\w-]+)\s+(?:also\s+)?"
                               r"(?:calls|demands|requires|provides|stipulates|envisages|includes)\b")


def _document_before(d: _Doc, pos: int) -> bool:
    """Whether the sentence before the one at ``pos`` has a document as its subject (what a next "It" stands for)."""
    i = d.sent_of(pos)
    if i == 0:
        return False
    m = _DOCUMENT_SUBJECT.match(d.text, d.sents[i - 1].start, d.sents[i - 1].end)
    return m is not None and m.group(1).lower() in _DOCUMENT_HEADS


_WHO_BEFORE = re.compile(r"\s*[,—–]\s*who\s+(?:(?:has|had|have|also|repeatedly|long|previously|once|recently)\s+)*$")
_WHAT_BEFORE = re.compile(r"\bwhat\s+((?:[\w’'.-]+\s+){1,5}?)$", re.IGNORECASE)
_REL_BEFORE = re.compile(r"\b(?:which|who|whom|that)\s+((?:[\w’'.-]+\s+){1,5}?)$")
_CLAUSE_END = re.compile(r",\s|;|(?:\s(?:with|in|of|for|by|to|from|on|at))?\s(?:that|which|who|whom)\s|\s[—–]\s|\s--\s")
_CLAUSE_END_REL = re.compile(r",\s|;|\s[—–]\s|\s--\s")
_BE = frozenset("is was were are".split())
#: Irregular past tenses: "the officer who Kiev says took part in …" (the relative pronoun is the clause's subject).
_PAST_VERBS = frozenset("""took made went came gave led sent ran fought shot brought began fled held left threw stole
    paid built broke set put hit struck tried sought""".split())


_AUX_WORDS = frozenset("have has had did do does would will could can may might must not never also still".split())


def _subject_and_aux(text: str, a: int, b: int) -> bool:
    """"pro-Russian rebels have", "did not", "a rebel commander": a subject and/or auxiliaries before a cue."""
    ws = _words(text, a, b)
    k = len(ws)
    while k > 0 and (ws[k - 1].group().lower() in _AUX_WORDS or ws[k - 1].group().lower().endswith(("n't", "n’t"))):
        k -= 1
    return k == 0 or _plain_np(text, a, ws[k - 1].end())


def _plain_np(text: str, a: int, b: int) -> bool:
    """A short noun phrase: no verb, no preposition first, not a possessive ("Iran’s claims are")."""
    ws = _words(text, a, b)
    if not ws or ws[0].group().lower() in _PREPOSITIONS or text[a:b].rstrip().endswith(("’s", "'s", "’", "'")):
        return False
    return not any(w.group().lower() in _FINITE or w.group().lower() in _VERBISH_NEXT or w.group().lower() == "to"
                   or (w.group().islower() and w.group().endswith("ed")) for w in ws)


def _relative_frame(text: str, lo: int, hi: int, c: Cue, nxt: str) -> Statement | None:
    """Statements framed from inside a relative clause.

    "in what officials said was a terrorist attack" → officials: "a terrorist attack";
    "the blockade, which Israel says would lead the group to import weapons" → Israel: "would lead …".
    """
    if c.lemma not in ("say", "claim", "call", "describe", "insist", "allege", "contend", "argue", "believe", "warn"):
        return None
    before = text[max(lo, c.start - 80) : c.start]
    base = max(lo, c.start - 80)
    m = _WHAT_BEFORE.search(before)
    if m and nxt == "as" and c.lemma in ("describe", "call"):
        # "what pro-Russian groups have described as an organic uprising is in reality …": the description only
        a, b = _trim(text, base + m.start(1), base + m.end(1))
        v = re.compile(r"\s*as\s+", re.IGNORECASE).match(text, c.end, hi)
        if b <= a or not v:
            return None
        end = re.compile(r"\s(?:is|was|were|are|has|had|have)\s|,\s|;|\s[—–]\s|\s--\s").search(text, v.end(), hi)
        s, e = _content_before(text, v.end(), end.start() if end else hi)
        while e > s and text[e - 1] in ".!?":
            e -= 1
        if _nwords(text[s:e], 2) >= 1 and _plain_np(text, a, b) or text[a:b].split()[-1].lower() in ("have", "has", "had"):
            words = text[a:b].split()
            while words and words[-1].lower() in ("have", "has", "had"):
                b = a + text[a:b].rindex(words[-1]) - 1
                words.pop()
            return Statement("indirect", [(s, e)], c, _trim(text, a, b), [])
        return None
    if m and nxt in _BE:
        a, b = _trim(text, base + m.start(1), base + m.end(1))
        if b <= a or not _plain_np(text, a, b):
            return None
        v = re.compile(r"\s*(?:is|was|were|are)\s+", re.IGNORECASE).match(text, c.end, hi)
        if not v:
            return None
        end = _CLAUSE_END.search(text, v.end(), hi)
        s, e = _content_before(text, v.end(), end.start() if end else hi)
        while e > s and text[e - 1] in ".!?":
            e -= 1
        return Statement("indirect", [(s, e)], c, (a, b), []) if _nwords(text[s:e], 2) >= 1 else None
    m = _REL_BEFORE.search(before)
    if m and (nxt in _FINITE or nxt in _MODALS or nxt in _PAST_VERBS or (nxt.endswith("ed") and len(nxt) > 4)
              or nxt in ("will", "would", "can", "he", "she", "they", "it", "we")):
        a, b = _trim(text, base + m.start(1), base + m.end(1))
        if b <= a or not _plain_np(text, a, b):
            return None
        # a restrictive relative inside the claim stays: "which Israel says would lead the militant group to import
        # more weapons with which to attack Israeli soldiers and civilians"
        end = _CLAUSE_END_REL.search(text, c.end, hi)
        s, e = _content_before(text, c.end, end.start() if end else hi)
        while e > s and text[e - 1] in ".!?":
            e -= 1
        return Statement("indirect", [(s, e)], c, (a, b), []) if _nwords(text[s:e], 3) >= 2 else None
    return None


_WHILE_SUBJECT = re.compile(r"[,;][”\"’']?\s+(?:while|whereas|but|and)\s+((?:[\w’'.-]+\s+){1,6})$")  # also ',” while X said'
#: ", with X, including Y, …ing": a subject of the "with" clause that holds commas of its own.
_WITH_LIST = re.compile(r",\s+with\s+((?:the\s+|[A-Z])[^;:()\"“”]*?),\s*$")
_WITH_NP = re.compile(r"\bwith\s+((?:[\w’'.-]+\s+){1,5}?)$")
_DOCUMENT_NOUNS = frozenset("statement statements report letter message tweet post release communique memo note".split())
_WITH_ONE = re.compile(r"\bwith\s+(one(?:\s+of\s+them)?|another|(?:dozens|hundreds|thousands|scores|some|many)\s+of\s+"
                       r"(?:[a-z]+\s+){0,2}?(?:neighbors|neighbours|residents|people|protesters|mourners|demonstrators|"
                       r"supporters|onlookers|relatives|men|women|children)|(?:the\s+)?(?:crowd|mourners|protesters))\s+$")
#: Plural forms that are nouns after an adjective ("general calls for a peaceful resolution").
_NOUN_PLURALS = frozenset("calls claims demands appeals pledges promises reports charges warnings threats urges pleas".split())
_APPOSITIVE_AFTER = re.compile(r",\s+((?:the|a|an)\s[^,;:.()\n]{1,80}?),")
_PREP_BEFORE_NOUN = frozenset("despite amid after following with without about against over of among".split())
#: Verbs that take a plural cue noun as their object: "It sees pledges to position more forces … as an escalation".
_VERB_BEFORE_NOUN = frozenset("""sees saw views viewed regards regarded considers considered rejects rejected dismisses
    dismissed ignores ignored welcomes welcomed heeds heeded hears heard issues issued makes made renews renewed echoes
    echoed""".split())
_DET_ADJ = re.compile(r"\b(?:the|of|their|its|his|her|these|those)\s+[A-Z][a-z]+(?:ian|ese|ish|i|an)\s+$")
#: Cue words that are also nouns ("their main demand", "different voices", "a follow-up report").
_NOUN_FORMS = frozenset("""demand demands call calls claim claims report reports voice voices charge charges plea pleas
    pledge pledges promise promises warning warnings threat threats estimate estimates forecast forecasts comment
    comments statement statements note notes signal signals point points question questions appeal appeals request
    requests answer answers reply replies response responses proposal proposals suggestion suggestions remark remarks""".split())
#: A determiner (or "of") and an adjective right before the cue word: the cue word is a noun.
_ADJ_NOUN = re.compile(r"\b(?i:the|a|an|their|his|her|its|our|my|your|this|that|these|those|of|with|and)\s+"
                       r"(?:(?:[a-z]+-[a-z]+|main|key|central|chief|core|basic|primary|major|biggest|only|own|different|various|"
                       r"dissenting|opposing|loud|strong|critical|public|private|initial|final|latest|last|first|second|"
                       r"official|formal|specific|similar|such|new|repeated|renewed|pointed|heated|important|significant|relevant|[a-z]+(?:al|ful|ous|ic|ive))\s+){1,2}$")
_ADJ_BEFORE = frozenset("general new more further fresh repeated renewed growing many numerous earlier recent such other".split())
_MODALS = frozenset("should could might must may shall".split())
_CALL_NOUN = frozenset("phone telephone conference video wake-up roll curtain close judgment judgement".split())
#: Manner-of-speaking verbs that report words only with a quotation or a clause ("chanting “Russia!”").
_NEEDS_PROPOSITION = frozenset("shout chant yell scream whisper mutter".split())
_ADVERB_SKIP = frozenset("also widely long now still often generally internationally once first later".split())


def _passive_participle(text: str, lo: int, c: Cue) -> bool:
    """A passive use of an -ed cue: "was also recognized as", "…, agreed upon Monday by Israel and Hamas, …"."""
    ws = _WORD.findall(text, max(lo, c.start - 60), c.start)
    k = len(ws)
    while k > 0 and (ws[k - 1].lower() in _ADVERB_SKIP or ws[k - 1].lower().endswith("ly")):
        k -= 1
    if k < len(ws) and k > 0 and ws[k - 1].lower() in _PASSIVE_AUX:
        return True  # an adverb between the auxiliary and the participle
    if not c.text.lower().endswith("ed") or not text[max(lo, c.start - 3) : c.start].rstrip().endswith((",", "—", "--")):
        return False
    m = re.match(r"[^,.;:“”\"]{0,60}?\bby\b[^,.;:“”\"]{1,60}(?:,|—|--)", text[c.end : c.end + 130])
    return m is not None or _next_word(text, c.end, c.end + 20) == "upon"


#: Denial verbs whose noun-phrase object is a position ("rejected the proposal"), not something said;
#: they report a statement only with a clause or a speech noun ("rejected claims that …", "rejected the accusations").
_POSITION_ONLY = frozenset(("reject", "dispute", "refute", "rebut"))
_SPEECH_NOUNS = re.compile(
    r"\b(?:claims?|accusations?|allegations?|charges?|reports?|suggestions?|criticism|assertions?|statements?|notion|"
    r"idea|characteri[sz]ation|label|comparisons?|arguments?|assessments?|account|version|findings|conclusions?|"
    r"contention|narrative|description|portrayal|view|premise|figures?|numbers?|estimates?|rumou?rs?)\b", re.IGNORECASE)


#: An object noun phrase headed by a proposal noun (the head before any preposition, relative or comma).
_PROPOSAL_OBJECT = re.compile(
    r"(?:(?!(?:under|in|on|of|for|by|with|from|to|which|that|who)\s)[\w’'.-]+\s+){0,5}?"
    r"(?:proposals?|plans?|offers?|deals?|initiatives?|terms|demands?|ultimatums?|bids?|overtures?)(?![\w’'-])", re.IGNORECASE)


def _propositional(text: str, cue_end: int, s: int, e: int) -> bool:
    """Whether the object of a position verb is something said: a "that" clause, a quote, a speech noun."""
    if re.match(r"\s*(?:as|when|while|after|before|outside|at|in|during)\b", text[s:e]):
        return False  # "People yell as Ukrainian prisoners are paraded through Donetsk": no words, a scene
    if re.search(r"\bthat\b", text[cue_end:s]) or any(ch in text[s:e] for ch in "\"“”"):
        return True
    if _PROPOSAL_OBJECT.match(text, s, e):
        return False  # "Hamas rejected an Egyptian truce proposal under which …": a position on a proposal
    head = re.split(r"\b(?:in|on|at|for|by|with|from|during|since|after|before)\b|[,;]", text[s:e], maxsplit=1)[0]
    return bool(_SPEECH_NOUNS.search(head)) or any(w.lower() in _FINITE for w in _WORD.findall(text, s, e))


#: A second verb phrase of the speaker after the reported clause: "Tak said the estimate was conservative
#: and provided satellite imagery" (presentation verbs only; "Hamas fired rockets and killed …" stays content).
_SPEAKER_VP = re.compile(
    r",?\s+and\s+(?:also\s+|later\s+|then\s+)?(?:provided|presented|released|showed|displayed|published|distributed|"
    r"handed|produced|played|shared|provides|presents|releases|shows|displays|publishes|distributes|hands|produces|"
    r"plays|shares)\b")


#: First words of an appositive between a subject and its verb: a determiner or a place/range preposition.
_APPOSITIVE_OPENERS = frozenset("the a an within near in from of outside inside".split())


def _clause_subject(text: str, lo: int, hi: int) -> Span | None:
    """Subject of the clause before ", claiming …": the words up to its finite verb (at most 8, no punctuation)."""
    ws = _words(text, lo, hi)
    i = 0
    while i < len(ws) and ws[i].group().lower() in ("but", "and", "so", "yet", "meanwhile", "however", "•", ","):
        i += 1
    if i < len(ws) and ws[i].group().lower() in ("after", "before", "when", "while", "as", "since", "although", "though",
                                                 "once", "because"):
        # a fronted subordinate clause: "After Russian troops seized most of Ukraine's bases in Crimea, interim
        # Ukrainian President Oleksandr Turchynov ordered the withdrawal …, citing …"
        comma = next((n for n in range(i + 1, min(len(ws), i + 25)) if ws[n].group() == ","), None)
        if comma is not None and comma == len(ws) - 1:
            # "When the House Republican Study Committee fired … Paul Teller, saying …": the participle is inside the
            # fronted clause, whose own subject speaks
            i += 1
        elif comma is not None:
            i = comma + 1
    if i < len(ws) and ws[i].group().lower() in ("earlier", "later", "meanwhile", "separately", "also", "still"):
        comma = next((n for n in range(i + 1, min(len(ws), i + 5)) if ws[n].group() == ","), None)
        if comma is not None:
            i = comma + 1  # "Earlier Monday, Netanyahu blasted …, telling …"
    if i < len(ws) and (ws[i].group().lower() in _PREPOSITIONS or ws[i].group().lower().endswith("ing")):
        # a fronted place, time or participial phrase: "In Antwerp, Belgium, a doctor refused …, telling …",
        # "Speaking to the BBC, Kerry said …, adding, “…”"
        k = i
        while k < len(ws) and k - i <= 8 and ws[k].group().lower() not in _FINITE:
            k += 1
        commas = [n for n in range(i, k) if ws[n].group() == ","]
        if commas:
            i = commas[-1] + 1
    j = i
    subject_end = None
    skipped = 0  # words of an appositive between the subject and its verb
    while j < len(ws) and j - i - skipped <= 8:
        w = ws[j].group().lower()
        if w == "," and j > i and subject_end is None and j + 1 < len(ws) and (
                ws[j + 1].group().lower() in _APPOSITIVE_OPENERS or ws[j + 1].group()[:1].isdigit()):
            # "Palestinian Justice Minister Saleem Al-Saqqa and Ismail Jabr, the Gaza court public prosecutor, filed …",
            # "Residents of Ashkelon, within rocket range of Gaza's border, expressed …"
            close = next((n for n in range(j + 2, min(len(ws), j + 12)) if ws[n].group() == ","), None)
            if close is not None and not any(x.group().lower() in _FINITE for x in ws[j + 1 : close]):
                subject_end = j
                skipped = close + 1 - j
                j = close + 1
                continue
        if w in _FINITE or w in _VERBISH_NEXT or w in ("appeared", "appears", "seemed", "seems") or w.endswith(("n't", "n’t")) or (
                j > i and w.endswith("ed") and ws[j].group().islower()):
            break
        if not (w[:1].isalnum()):
            return None
        j += 1
    if subject_end is not None:
        if j >= len(ws) or not (ws[j].group().lower() in _FINITE or ws[j].group().lower() in _VERBISH_NEXT
                                or ws[j].group().lower().endswith("ed")):
            return None
        return _trim(text, ws[i].start(), ws[subject_end - 1].end())
    if j == i or j >= len(ws) or j - i > 8:
        return None
    subs = [n for n in range(j, len(ws)) if ws[n].group().lower() in _SUBORDINATORS]
    if subs:
        # "… began Tuesday when protesters attacked police lines …, accusing …": the inner clause's subject speaks
        n = subs[-1] + 1
        v = n
        while v < len(ws) and v - n <= 4 and not (ws[v].group().lower() in _FINITE or ws[v].group().lower() in _VERBISH_NEXT
                                                   or (v > n and ws[v].group().lower().endswith("ed"))):
            v += 1
        if (subs[-1] < len(ws) and ws[subs[-1]].group().lower() in ("when", "after", "as", "while", "because", "since")
                and n < v < len(ws) and v - n <= 4 and all(w.group()[:1].isalpha() for w in ws[n:v])
                and ws[n].group().lower() not in _PREPOSITIONS | {"it", "there", "the", "a", "an"}
                and _AGENTIVE_PLURAL.search(ws[v - 1].group())):
            return _trim(text, ws[n].start(), ws[v - 1].end())
        return None
    first = ws[i].group().lower()
    quantifier = first == "at" and i + 1 < j and ws[i + 1].group().lower() in ("least", "most")  # "at least one official"
    if (first in _PREPOSITIONS and not quantifier) or first in ("during", "after", "before", "as", "while", "when", "since",
                                                                  "if", "it", "there"):
        return None
    return _trim(text, ws[i].start(), ws[j - 1].end())


_SUBORDINATORS = frozenset("when while after before because since as if who whom which whose where until "
                            "although though".split())
_NEG_SKIP = frozenset("not never did does do has have had would will could directly explicitly immediately publicly "
                      "specifically flatly officially yet also still categorically".split())


def _negated_holder(text: str, sent: Sentence, c: Cue) -> Statement | None:
    """The subject of a negated cue ("The Russian Defense Ministry didn't directly deny …"), for ", but said …"."""
    lo = max(sent.start, c.start - _WINDOW)
    ws = _words(text, max(lo, c.start - 60), c.start)
    k = len(ws)
    while k > 0 and (ws[k - 1].group().lower() in _NEG_SKIP or ws[k - 1].group().lower().endswith(("n't", "n’t"))):
        k -= 1
    if k == len(ws) or k == 0:
        return None
    np = left_np(text, lo, ws[k].start())
    if np is None:
        return None
    return Statement("indirect", [(c.start, c.end)], c, (np[0], np[1]), np[2])


def _asyndetic_clause(text: str, a: int, c2: Cue, b: int) -> int | None:
    """The comma before an asyndetic ", NAME <cue> …" clause inside the content ``text[a:b]``, or None.

    The clause needs a capitalised subject right after a bare comma, a finite reporting verb (not "-ing", not
    after "to") and at least two words of its own after the cue; the content before the comma must be a clause
    of at least three words with a verb (so a list of names, "Israel, Hamas and Egypt agreed", stays whole).
    A postposed frame ("…, the army said.") has too few words after its cue and is not cut here.

    Examples
    --------
    >>> t = 'insisted the airport was safe, Michael Bloomberg called the ban "an overreaction," and AIPAC said'
    >>> c2 = Cue(t.index("called"), t.index("called") + 6, "called", "call", "characterisation", "lexicon", False)
    >>> _asyndetic_clause(t, t.index("the airport"), c2, len(t)) == t.index(", Michael")
    True
    """
    low = c2.text.lower()
    if low.endswith("ing") or not (low.endswith(("ed", "s")) or low in ("said", "told", "wrote", "made")):
        return None
    k = text.rfind(",", a, c2.start)
    if k <= a or text[k + 1 : k + 2] not in (" ",) or _nwords(text[c2.end : b], 3) < 2:
        return None
    subj = _subject(text, k + 1, c2.end)
    if subj is None or text[k + 1 : subj[0]].strip() or text[subj[1] : c2.start].strip():
        return None
    if text[subj[0] : subj[1]].split()[0].lower() in ("the", "and", "but", "or"):
        return None  # "…, the ministry said in a statement": a frame, not a named speaker's own clause
    if _nwords(text[a:k], 4) < 3 or not _has_verb(text, a, k):
        return None
    return k


def _cut_by_frame(text: str, end: int, full_end: int) -> bool:
    """True when the content was cut before a coordinated cue (", but said"), which is processed next."""
    return bool(re.match(r"\s*[,;]?\s*(?:and|but|while|whereas)\b|\s*,\s*\w+ing\b", text[end:full_end]))


def _starts_clause(text: str, a: int, b: int) -> bool:
    w = _words(text, a, b)
    return bool(w) and w[0].group().lower() in ("the", "a", "an", "he", "she", "they", "it", "we", "i", "there", "this", "that")


def _speakerish(text: str, s: int, e: int) -> bool:
    ws = _words(text, s, e)
    if not ws:
        return False
    first = ws[0].group().lower()
    return first not in _OBJECT_PRONOUNS and first not in _PREPOSITIONS and first not in ("to", "that", "not", "no")


_THAT_WORD = re.compile(r"\bthat\b")


def _no_that(text: str, s: int, e: int) -> bool:
    return _THAT_WORD.search(text[s:e]) is None


_QUANTIFIERS = frozenset("both the this these those many some all most each such another other few several".split())
_VERBISH_NEXT = frozenset("has have had is was are were will would said says also then later again spoke told made went "
                          "gave took wrote came met left held sent began spent sought brought "
                          # irregular past tenses: "Hamas put its own spin on the attack …, calling it …"
                          "put set cut hit struck fought ran saw kept stood shot threw drew won lost paid led fled rose fell "
                          "broke chose drove flew got grew knew laid meant sold shook shut spread swore swept taught thought "
                          "tore understood wore caught bought dealt felt found heard built sat".split())


def _trailing_name(text: str, s: int, e: int) -> Span | None:
    """The capitalised run (a name) at the end of a phrase, or the whole phrase if it is a pronoun."""
    ws = _words(text, s, e)
    if len(ws) == 1 and ws[0].group().lower() in ("he", "she", "they", "we", "i"):
        return s, e
    k = len(ws)
    while k > 0 and ws[k - 1].group()[:1].isupper():
        k -= 1
    if k == len(ws) or (k == 0 and ws[0].group().lower() in _QUANTIFIERS):
        return None
    return ws[k].start(), e


_AGENTIVE_PLURAL = re.compile(r"^[a-z][a-z-]*(?:ers|ors|ists|ians|ees|ants|ents|men|women|troops|forces|officials|leaders|people)$")


def _subject(text: str, lo: int, hi: int) -> Span | None:
    """The sentence subject before a participial cue: the leading capitalised phrase."""
    ws = _words(text, lo, hi)
    i = 0
    while i < len(ws) and ws[i].group().lower() in ("but", "and", "so", "yet", "meanwhile", "however"):
        i += 1
    start = i
    while i < len(ws) and (ws[i].group()[0].isupper() or ws[i].group().lower() in ("the", "of", "'s", "’s")
                           or (ws[i].group() == "and" and i > start and i + 1 < len(ws) and ws[i + 1].group()[0].isupper())):
        i += 1  # "The United States and Israel won't speak to Hamas, labeling it …": both speak
    while i < len(ws) and i > start and _AGENTIVE_PLURAL.search(ws[i].group()):
        i += 1  # "Pro-Russian protesters gathered …": the noun belongs to the subject
    if i == start or not any(w.group()[0].isupper() for w in ws[start:i]):
        return None
    if i - start == 1 and ws[start].group().lower() in _QUANTIFIERS:
        return None
    nxt = ws[i].group().lower() if i < len(ws) else ""
    if nxt and nxt not in _VERBISH_NEXT and not nxt.endswith(("ed", "n't", "n’t")) and not (nxt.endswith("s") and len(nxt) > 3 and nxt not in _PREPOSITIONS):
        return None  # the capitalised run is not followed by a verb: not a subject
    if ws[start].group().lower() in _PREPOSITIONS or ws[start].group().lower() in ("during", "after", "before", "as", "while", "when", "since", "if"):
        return None
    return _trim(text, ws[start].start(), ws[i - 1].end())


def _beliefs(d: _Doc, out: list[Statement]) -> None:
    """Reported beliefs and positions (cue class ``belief``; rules in :mod:`.beliefs`).

    A belief cue inside a quotation or inside the content of a statement already found ("officials
    told CNN they believe that …") adds nothing: that content is already someone's.
    """
    text = d.text
    spans = sorted(p for st in out for p in st.parts)
    starts = [a for a, _ in spans]

    def covered(pos: int) -> bool:
        i = bisect_right(starts, pos) - 1
        while i >= 0 and i > len(spans) - 1:
            i -= 1
        return any(a <= pos < b for a, b in spans[max(0, i - 8): i + 1])

    for c in d.belief_cues:
        if d.in_quote(c.start) or covered(c.start):
            continue
        sent = d.sents[d.sent_of(c.start)] if d.sents else Sentence(0, len(text), text)
        found = belief(text, max(sent.start, c.start - _WINDOW), min(sent.end, c.end + _WINDOW), c)
        if found is None:
            continue
        speaker, app, content = found
        if speaker is not None and c.text.split()[0].lower().endswith("ing"):
            m = _SENT_DOCUMENT.search(text, speaker[0], speaker[1])
            if m:
                # "Mrs. Feinstein, …, and six other senators sent Mr. Hagel an April 14 letter expressing concern that":
                # the senders, not the recipient, and the whole subject back to the sentence start
                a, b = _content_before(text, sent.start, m.start())
                if b > a and _nwords(text[a:b], 25) <= 24 and not d.cues_in(a, b) and text[a : a + 1].isupper():
                    speaker, app = (a, b), []
        if speaker is not None and _prev_word(text, speaker[0], max(sent.start, speaker[0] - 20)) in ("because", "since", "as"):
            continue  # "… an embargo on the territory because it views Hamas as …": the writer's explanation of a motive
        st = Statement("indirect", [content], c, speaker, app)
        if d.units_in(st.start, st.end):
            st.kind = "partial"
        out.append(st)


#: A subject's act of sending a document, inside a participial belief's holder: "… sent Mr. Hagel an April 14 letter".
_SENT_DOCUMENT = re.compile(r"\s+(?:sent|wrote|issued|signed|released|published|delivered)\s+(?:[\w’'.-]+\s+){0,6}?"
                            r"(?:letter|letters|statement|message|memo|petition|note)\s*$")


_CAPTION = re.compile(r"Hide Caption \d+ of \d+[^–\n]{0,200}?\s–\s|Story highlights\s+")
#: An embedded tweet's signature after its words: " #ukraine — KyivPost (@KyivPost) February 22, 2014".
_TWEET_SIGNATURE = _Hinted(re.compile(r"(?:\s+#\w+)*\s+[—–-]{1,2}\s*[^\n]{0,80}\(@\w+\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}"), ("(@",))
_URL = _Hinted(re.compile(r"\s*(?:https?://|pic\.twitter\.com/)\S*"), ("http", "pic.twitter.com/"))


def _clean_parts(text: str, st: Statement) -> None:
    """Drop photo-caption furniture before indirect content and a link (embedded tweet) after it."""
    if st.kind == "direct":
        return
    a, b = st.parts[0]
    for m in _CAPTION.finditer(text, a, b):
        a = m.end()
    m = _STAMP.match(text, a, b)
    if m and b - m.end() > 10:
        a = m.end()
    st.parts[0] = (a, b)
    a, b = st.parts[-1]
    m = _URL.search(text, a, b) or _TWEET_SIGNATURE.search(text, a, b)
    if m:
        st.parts[-1] = _content_before(text, a, m.start())
    a, b = st.parts[-1]
    m = _LOCATED_TAIL.search(text, a, b)
    if m and m.start() > a and _nwords(text[a : m.start()], 3) >= 2 and _prev_word(text, m.start(), a) not in _PASSIVE_AUX:
        # (not "units to be based in Estonia": a passive verb of the content)
        st.parts[-1] = (a, m.start())  # "… and the al-Aqsa mosque located on the Temple Mount": the writer's gloss


#: A trailing reduced relative of location outside quotation marks, at the very end of a content (not "based on …",
#: a reason, nor after a comma, an aside).
_LOCATED_TAIL = _Hinted(re.compile(r"(?<!,)\s+(?:(?:located|situated)\s+(?:in|on|at|near|inside|outside)|(?:based|headquartered)\s+in)\s+"
                                   r"[^,;:“”\"]{1,60}$"), ("located", "situated", "based", "headquartered"))


_RELATIVE_TAIL = re.compile(r"\b((?:a|an|the|one|some|another)\s+(?:(?!(?:a|an|the|of|from|to|with|by)\s)[\w’'-]+\s+){0,3}?"
                            r"[\w’'-]+)\s+(?:who|that)\b")
_ENDS_RELATIVE = re.compile(r"\s(?:who|that)$")
#: Words that end an antecedent noun phrase on its left: prepositions, particles, auxiliaries, adverbs.
_ANTECEDENT_STOP = _PREPOSITIONS | _FINITE | _AUX_WORDS | frozenset("to of as and or but than back".split())


def _antecedent(text: str, s: int, e: int) -> Span | None:
    """The antecedent of a speaker span ending in a relative pronoun ("… back up Western leaders who" → "Western
    leaders"): the words before the pronoun back to a preposition, particle, verb or determiner (at most 6)."""
    ws = _words(text, s, e)[:-1]
    k = len(ws)
    while k > 0 and len(ws) - k < 6:
        w = ws[k - 1].group()
        lw = w.lower()
        if lw in _ANTECEDENT_STOP or lw.endswith("ly") or (lw.endswith("ed") and w.islower()) or not w[:1].isalnum():
            break
        k -= 1
        if lw in _NOUN_BEFORE:
            break  # a determiner opens the phrase
    if k == len(ws):
        return None
    return ws[k].start(), ws[-1].end()


#: A time before a capitalised speaker at the start of a speaker span: "Last week President Obama".
_LEADING_TIME = re.compile(r"(?:Last|Earlier|Later|Next|This)\s+(?:week|month|year|weekend|night|morning|evening|spring|"
                           r"summer|fall|autumn|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?=[A-Z])")
#: "denies Palestinians their rights", "denied them access": something withheld, not a statement denied.
_DENY_GIVE = re.compile(r"\s+(?:[\w’'-]+\s+){1,3}?(?:their|its|his|her|the|any)\s+(?:[\w-]+\s+)?(?:rights?|access|entry|"
                        r"permits?|permission|visas?|freedom|passage)\b|\s+(?:them|him|her|us)\s+(?:access|entry|permission)\b")
#: "recalled its ambassador": an envoy withdrawn, not words remembered.
_RECALL_ENVOY = re.compile(r"\s+(?:its|his|her|their|the)\s+(?:[\w-]+\s+)?(?:ambassadors?|envoys?|diplomats?)\b")
#: A day at the end of a speaker span: "Israel Sunday", "the ministry late Monday".
_TRAILING_DAY = re.compile(r"\s+(?:(?:on|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
_VERB_IN_SPEAKER = re.compile(r"^[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s+[a-z]+ed\s+(?=(?:a|an|the)\s)")
#: A capitalised subject, then its own past-tense verb and not an object: "Russia reacted angrily to …".
_SUBJECT_THEN_VERB = re.compile(r"^((?:[A-Z][\w.-]*)(?:\s+(?:[A-Z][\w.-]*|of|the|and))*?(?:\s+[A-Z][\w.-]*)?)\s+"
                                r"(?:(?:\w+ly|also)\s+(?:[a-z]{3,}ed|took|made|went|came|gave|put|hit|struck|fought|held|met)\b"
                                r"|(?:[a-z]{3,}ed|took|made|went|came|gave|put|hit|struck|fought|held|met)\s+"
                                r"(?:\w+ly|back|up|out|off|to|at|with|against|into)\b)")
_FOCUS_ADVERB = re.compile(r"(?:Even|even|Also|also|Only|only|Just|just)\s+")
_NARRATOR = frozenset(("we", "i", "us", "this reporter", "this writer"))


def _narrator_speaker(text: str, st: Statement) -> bool:
    """The writer (or the outlet) speaking outside quotation marks: "As we reported, …", "I wrote that …"."""
    if st.speaker is None or st.kind == "direct":
        return False
    return text[st.speaker[0] : st.speaker[1]].strip().lower() in _NARRATOR


# ----------------------------------------------------------------------------------------------
# resolution into rows


#: A run of two or three capitalised words (the leading capital before its word boundary lets re scan in C).
_NAME_RUN = re.compile(r"[A-Z](?<=\b[A-Z])[a-z]+(?:[-’'][A-Za-z]+)?(?:[ ](?:[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-’'][A-Za-z]+)?|(?:al|el|ad|Abu|abu|bin|ibn)-?[A-Z]?[a-z]+)){1,2}\b")
_NOT_NAME = frozenset("""the a an in on at but and when after before as if this that these those it he she they we
    his her its their our there here while since during according following meanwhile however new old north south
    east west eastern western city strip house street square council ministry department forces force army party news
    times post press agency union nations states republic bank court university institute group brigades committee
    day monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december world war olympics games cup league championship prize award festival
    summit conference agreement treaty plan act law bill journal magazine network channel tv radio church hospital school airport station center centre office
    white black red security national international foreign defense defence prime minister president secretary
    vice chancellor chairman spokesman spokeswoman ambassador envoy commander governor mayor hotel palace museum
    mosque cathedral stadium bridge avenue plaza park tower
    general senate congress parliament government military air navy sea river sea gulf middle guard guards corps
    hide caption photos photo story highlights video videos gallery watch replay
    program programme project initiative foundation studies images report""".split())  # caption furniture and programmes too


#: An embedded tweet: a paragraph ending "— Name (@handle) April 20, 2014".
_EMBEDDED_TWEET = re.compile(r"^[^\n]*[—–-]{1,2}\s*[^\n]{0,80}\(@\w+\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}[ \t]*$", re.MULTILINE)
_PLACE_PREP = frozenset("in at from near to into outside inside across toward towards via".split())


def _names(text: str, mentions: Sequence[Mention], inside_quote: Any, places: Sequence[Mention] = ()) -> list[Mention]:
    """Person-like capitalised names in the narration ("attorney Salem Dahdouh"), for pronoun context only."""
    taken = [(m.start, m.end) for m in mentions]
    starts = [a for a, _ in taken]
    out = []
    pos = 0
    while True:
        m = _NAME_RUN.search(text, pos)
        if m is None:
            break
        words = m.group().split()
        pos = m.end()
        j = bisect_right(starts, m.start()) - 1
        if (words[0].lower() in _LEADING
                or (j >= 0 and m.start() < taken[j][1] <= m.start() + len(words[0]))):
            # "Yet Senator Ted Cruz": the name starts after a leading word or a title alias; look again from there
            pos = m.start() + len(words[0])
            continue
        bad = [k for k, w in enumerate(words) if w.lower() in _NOT_NAME or w.lower() in _PRE_STOP
               or (k < len(words) - 1 and w.endswith(("’s", "'s")))]  # "Iran’s Revolutionary Guard" is no person
        if bad and bad[-1] < len(words) - 1:
            # "Israeli Finance Minister Yair Lapid": the name starts after the title words
            pos = m.start() + sum(len(w) + 1 for w in words[: bad[-1] + 1])
            continue
        if bad or inside_quote(m.start()):
            continue
        prev = _prev_word(text, m.start(), max(0, m.start() - 40))
        if prev in _OUTLET_NOUNS:
            continue  # "a columnist for the newspaper Yediot Aharonot": an outlet, not a person
        if prev in _PLACE_PREP or any(p.end > m.start() for p in mentions_between(places, max(0, m.start() - 60), m.end() + 60) if p.start < m.end()):
            continue  # "in Netiv Haasara", "from Tel Aviv": a place, not a person
        i = bisect_right(starts, m.start()) - 1
        if (i >= 0 and m.start() < taken[i][1]) or (i + 1 < len(taken) and taken[i + 1][0] < m.end()):
            continue
        out.append(Mention(m.start(), m.end(), m.group(), name_party(text, m.start(), m.end(), mentions, places), "name", m.group()))
    # a bare surname in a frame with no row of its own ("Plenty, Labott said."): still the next "she"
    for m in _SURNAME_FRAME.finditer(text):
        a, b = m.span(1)
        i = bisect_right(starts, a) - 1
        if (i >= 0 and a < taken[i][1]) or (i + 1 < len(taken) and taken[i + 1][0] < b) or inside_quote(a):
            continue
        if m.group(1).lower() in _NOT_NAME or m.group(1).lower() in _LEADING:
            continue
        out.append(Mention(a, b, m.group(1), name_party(text, a, b, mentions, places), "name", m.group(1)))
    return sorted(out, key=lambda x: x.start)


_OUTLET_NOUNS = frozenset("newspaper daily paper magazine channel network agency station tabloid website weekly".split())
#: A short postposed frame with a bare surname: "Plenty, Labott said."
_SURNAME_FRAME = StartsAfter(re.compile(r"^[^\n\"“”]{1,40},\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:said|says|added|adds)\.",
                                     re.MULTILINE), before=r"\n")
_RESPONSE_LEMMAS = frozenset(("respond", "react", "reply", "retaliate"))
#: What follows a response verb that makes it an act: "to X", "with airstrikes", "against …".
_RESPONSE_OBJECT = re.compile(r"\s+(?:\w+ly\s+)?(?:to|with|against)\b")


def _response_act(text: str, st: Statement) -> bool:
    """Whether an indirect statement is an act, not words: "respond/react/reply to X" (its content is the stimulus),
    or "echo X's remarks" (its content only names other words)."""
    if st.kind != "indirect" or st.cue is None:
        return False
    content = text[st.start : st.end]
    if st.cue.lemma in _RESPONSE_LEMMAS:
        return _RESPONSE_OBJECT.match(" " + content) is not None
    return st.cue.lemma == "echo" and _ECHOED.fullmatch(content) is not None


def _not_yet_said(text: str, st: Statement) -> bool:
    """Whether the cue is a bare verb in a "before/until/unless …" clause: nothing has been said yet
    ("UN officials are waiting … for investigations to be concluded before they blame Israel")."""
    c = st.cue
    if c is None or st.kind != "indirect" or c.text.lower() != c.lemma.split()[0]:
        return False
    return re.search(r"\b(?:before|until|unless)\s+(?:[\w’'-]+\s+){1,3}$", text[max(0, c.start - 40) : c.start]) is not None


#: What an "echo" names instead of saying it: "Rasmussen's earlier remarks", "a similar sentiment".
_ECHOED = re.compile(r"(?:(?:an?|the|his|her|its|their|[\w.’'-]+(?:’s|'s))\s+)?(?:[\w-]+\s+){0,2}?"
                     r"(?:remarks|comments|statements?|sentiments?|words|views?|calls?|messages?|concerns|warnings?|position)")


#: A reporting frame right before a participial cue: "…, she says, adding: …".
_FRAME_BEFORE_PARTICIPLE = re.compile(r"(?<![\w’'])(he|she|they|[A-Z][\w’'-]+)\s+(?:says|said|adds|added),\s+$")


def _subject_of_fronted_clause(text: str, st: Statement, last_st: Statement | None, last_row: dict[str, Any] | None,
                               starts: list[int]) -> bool:
    """Whether ``st``'s pronoun subject ("he", "she", "they") opens the main clause after a fronted "While/As/Although
    X <cue> …," clause of the same sentence whose speaker X was ``last_st``'s: then X is the antecedent."""
    if st.speaker is None or last_st is None or last_st.speaker is None or last_row is None or not last_row["party"]:
        return False
    if text[st.speaker[0] : st.speaker[1]].lower() not in ("he", "she", "they") or last_st.end > st.speaker[0]:
        return False
    if last_row["sent_idx"] != bisect_right(starts, st.speaker[0]) - 1:
        return False
    return _FRONTED_SUB.search(text, max(0, last_st.speaker[0] - 12), last_st.speaker[0]) is not None \
        and text[last_st.end : st.speaker[0]].strip() == ","


def extract(text: str, sents: Sequence[Sentence], spec: Spec, *, types: tuple[str, ...] = DEFAULT_TYPES,
            mentions: Sequence[Mention] | None = None, model: bool | str = False) -> list[dict[str, Any]]:
    """Attribution rows of a text (the columns of ``attributions.csv``, without ``doc_id``).

    ``model="polnear"`` returns the learned span tagger's PolNeAR-style rows instead
    (:func:`framing.attribution.spanmodel.extract_rows`; ``types`` is then ignored); ``model="crf"`` the
    CRF's (:func:`framing.attribution.crfmodel.extract_rows_crf`).

    ``model=True`` also uses the learned cue model (higher PolNeAR recall, lower precision; off by default,
    see docs/evaluation.md "## Attribution").
    """
    if model not in (False, True, "polnear", "crf"):
        raise ValueError(f"model={model!r}: expected False (rules), True (rules + cue model), 'polnear' or 'crf'")
    if model == "polnear":
        from .spanmodel import extract_rows
        return extract_rows(text, sents, spec, mentions=mentions)
    if model == "crf":
        from .crfmodel import extract_rows_crf
        return extract_rows_crf(text, sents, spec, mentions=mentions)
    d = _Doc(text, sents, types, model=bool(model))
    sts = _statements(d, types)
    if mentions is None:
        mentions = matcher(spec).find(text)
    quotes = d.quotes
    q_starts = [q.start for q in quotes]

    def inside_quote(pos: int) -> bool:
        i = bisect_right(q_starts, pos) - 1
        return i >= 0 and pos < quotes[i].end

    # embedded tweets and page furniture (video-player boilerplate) are no context for speakers
    tweets = [m.span() for m in _EMBEDDED_TWEET.finditer(text)] if "(@" in text else []
    skipped = tweets + d.furniture

    def outside_narration(pos: int) -> bool:
        return inside_quote(pos) or any(a <= pos < b for a, b in skipped)

    context_mentions = [m for m in mentions if not outside_narration(m.start)]
    places = matcher(spec).places(text)
    outside_quotes(places, text, [(q.start, q.end) for q in quotes])  # kept in the places' cache for the speakers
    names = [m for m in _names(text, context_mentions, outside_narration, places) if not outside_narration(m.start)]
    context_mentions = sorted(context_mentions + names, key=lambda m: m.start)
    ctx = Context(places=places, narration=context_mentions, text=text, sent_starts=[s.start for s in sents],
                  skipped=d.furniture)
    defined_acronyms(ctx, context_mentions)
    mi = 0
    starts = [s.start for s in sents]
    rows: list[dict[str, Any]] = []
    resolved: dict[int, tuple[str, str, str, tuple[int, int]]] = {}  # party, name, via, the speaker span
    ends = [s.end for s in sents]
    hold: tuple[tuple[str, str], int] | None = None  # (the last person speaker, end of that statement's sentence)
    last_row: dict[str, Any] | None = None  # the last row with a speaker (a participle's subject: "…, adding: “…”")
    last_st: Statement | None = None
    for st in sts:
        if _response_act(text, st) or _not_yet_said(text, st):
            continue  # "Hamas responded forcefully to …"; "… waiting for investigations before they blame Israel"
        anchor = st.speaker[0] if st.speaker else st.start
        # a postposed pronoun ("Russia's military fired Grad rockets into the town …, it said") refers back past
        # its own content: the people and organisations named in the content are not its antecedent
        postposed = (st.speaker is not None and st.speaker[0] > st.start and st.prev is None
                     and text[st.speaker[0] : st.speaker[1]].lower() in ("he", "she", "it", "they"))
        snapshot = None
        while mi < len(context_mentions) and context_mentions[mi].end <= anchor:
            if postposed and snapshot is None and context_mentions[mi].start >= st.start:
                snapshot = (ctx.last_person, ctx.last_group, ctx.last_org, dict(ctx.pos))
            ctx.see_mention(context_mentions[mi])
            if hold is not None and context_mentions[mi].start < hold[1]:
                # a person named later in a speaker's own sentence (an object, a relative clause: "Mr. Yatsenyuk,
                # who … met with President Obama, urged …") does not displace the speaker as the next "he"
                ctx.last_person = hold[0]
            mi += 1
        ctx.at(anchor)
        if snapshot is not None:  # "…, it said": resolve from the context before the statement's own names
            ctx.last_person, ctx.last_group, ctx.last_org = snapshot[:3]
            ctx.pos.clear()
            ctx.pos.update(snapshot[3])
        own = None  # the speaker span of a continuation's first part (a joint speaker's parties are named there)
        if st.prev is not None and id(st.prev) in resolved:
            party, name, via, own = resolved[id(st.prev)]
            sp = (-1, -1)
            speaker = name
        elif (st.speaker is None and st.cue is not None and st.cue.text.lower().endswith("ing") and last_row is not None
              and last_st is not None and last_st.cue is not None and not last_st.cue.text.split()[0].lower().endswith("ing")
              and last_row["sent_idx"] == bisect_right(starts, st.cue.start) - 1 and last_row["end"] <= st.cue.start):
            # "Sens. … said Russia's actions are …, adding: “…”": the participle's subject spoke just before
            party, name, via = last_row["party"], last_row["speaker_name"], last_row["via"]
            sp, speaker = (last_row["speaker_start"], last_row["speaker_end"]), last_row["speaker"]
        elif _subject_of_fronted_clause(text, st, last_st, last_row, starts):
            # "While Israeli sources … agreed …, they say …": the pronoun is the fronted clause's subject
            assert last_row is not None and st.speaker is not None
            party, name, via = last_row["party"], last_row["speaker_name"], "pronoun"
            sp = st.speaker
            speaker = text[sp[0] : sp[1]]
        elif st.speaker is not None:
            # an embedded tweet's author is not an antecedent for the article's next "he"
            in_tweet = any(a <= st.speaker[0] < b for a, b in tweets)
            party, name, via = resolve(text, st.speaker, st.appositives, mentions, Context(places=places) if in_tweet else ctx)
            if via == "label":
                continue  # "Map: Middle East region": page furniture or a thing that cannot speak (speakers.resolve)
            sp = st.speaker
            speaker = text[sp[0] : sp[1]]
        elif st.cue is not None and (frame := _FRAME_BEFORE_PARTICIPLE.search(text, max(0, st.cue.start - 40), st.cue.start)):
            # '"…" other than from a book, she says, adding: "…"': the participle's subject is the frame's
            sp = frame.span(1)
            party, name, via = resolve(text, sp, [], mentions, ctx)
            speaker = text[sp[0] : sp[1]]
        else:
            party, name, via, sp, speaker = "", "", "", (-1, -1), ""
        if not party and st.speaker is not None and _BARE_SPOKESMAN.match(speaker) and st.kind == "indirect":
            # "spokesman Yasser Ali said that President Mohammed Morsi recalled …": the spokesman of the person he reports on
            lead = next((m for m in mentions if st.start <= m.start < st.start + 40), None)
            if (lead is not None and lead.party and lead.party != OTHER and lead.via in ("person", "title", "surname")
                    and re.fullmatch(r"(?:[A-Z][\w.’'-]*\s+)*", text[st.start : lead.start])):
                party, via = lead.party, "spokesman"
        resolved[id(st)] = (party, name, via, own if own is not None else sp)
        if (st.speaker is not None and via in ("person", "title", "surname", "pronoun", "appositive", "name", "")
                and ctx.last_person is not None and ctx.last_person[0] in (name, speaker)):
            k = bisect_right(starts, st.end - 1) - 1
            hold = (ctx.last_person, ends[k] if 0 <= k < len(ends) else st.end)
        c = st.cue
        s, e = st.start, st.end
        words = sum(word_count(text[a:b]) for a, b in st.parts)
        rows.append({
            "start": s, "end": e, "speaker": speaker, "speaker_start": sp[0], "speaker_end": sp[1],
            "speaker_name": name, "party": party, "via": via,
            "cue": c.lemma if c else "", "cue_start": c.start if c and st.prev is None else -1,
            "cue_end": c.end if c and st.prev is None else -1, "cue_class": c.cls if c else "",
            "cue_source": ("model" if c.type == "learned" else "lexicon") if c else "",
            "kind": st.kind, "content": text[s:e], "words": words,
            "sent_idx": max(0, bisect_right(starts, s) - 1), "sent_end_idx": max(0, bisect_right(starts, e - 1) - 1),
            "parts": ";".join(f"{a}-{b}" for a, b in st.parts), "continued": st.prev is not None, "joint": "",
        })
        last_row, last_st = (rows[-1], st) if speaker else (None, None)
        span = own if own is not None else sp  # a continuation's speaker is its first part's
        further = _coordinated_parties(text, span, party, mentions)
        if further:  # a joint speaker: one row per party, each marked with all the parties (speakers.joint_rows)
            rows[-1:] = joint_rows(rows[-1], further, text, mentions, span=span)
    return rows


#: A spokesperson named with no body: "spokesman Yasser Ali", "a spokeswoman".
_BARE_SPOKESMAN = re.compile(r"(?:(?:a|the)\s+)?(?:presidential\s+)?spokes(?:man|woman|person)(?:\s+[A-Z][\w’'.-]+){0,3}$")


def _coordinated_parties(text: str, sp: tuple[int, int], party: str, mentions: Sequence[Mention]) -> list[str]:
    """Further parties of a coordinated speaker ("Israel and Hamas", "sources in both Washington and
    Jerusalem", "Ukrainian and Western officials"): each further party named in the phrase; one row each."""
    a, b = sp
    if a < 0 or not party or not _AND.search(text[a:b]):
        return []
    seen = {party}
    out = []
    for m in mentions_between(mentions, a, b):
        if m.party and m.party not in seen and m.via in ("alias", "demonym", "person", "title"):
            seen.add(m.party)
            out.append(m.party)
    return out
