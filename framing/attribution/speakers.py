"""Speakers: find the speaker phrase next to a cue, and resolve it to a party in document context.

Speaker phrases are found without a parser, from the punctuation and function words around the
cue: the noun phrase left of the cue back to the last clause boundary ("…, Mr Pashinyan accused"),
through appositives ("Margarita Simonyan, the boss of RT, said"), or right of an inverted cue
("…, says Hikmet Hajiyev, a presidential adviser."). Resolution goes, in order, through pronouns
and "one" (the last person or group in context), titles ("Mr Hajiyev" -> Hikmet Hajiyev), party
mentions inside the phrase or its appositives (aliases, people, metonymy, demonyms), and markers of
unaffiliated speakers (think-tanks, analysts, journalists) -> ``other``. Anything else stays
unresolved (party ``""``) and keeps its text.

>>> left_np("As Azerbaijan massed its troops, Mr Pashinyan", 0)
(33, 45, [])
>>> right_np("Hikmet Hajiyev, a presidential adviser.", 0)
(0, 14, [(16, 38)])
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from ..spec import OTHER
from .mentions import Mention

__all__ = ["left_np", "right_np", "has_verb", "Context", "resolve", "PRONOUNS"]

Span = tuple[int, int]

PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "org", "one": "group", "we": "self", "i": "self"}

# Words that end a clause on the left of a speaker phrase.
_BOUNDARY_WORDS = frozenset(
    "that and but as while because when after before although though if since where which so whereas or "
    "than until unless once whom whose where what how why whether".split()
)
# Leading words that are not part of the speaker.
_LEADING = frozenset("but and so yet now meanwhile however also still then earlier later today yesterday instead "
                     "indeed thus hence moreover nonetheless nevertheless separately finally privately publicly".split())
# Trailing words between speaker and cue: auxiliaries and adverbs.
_TRAILING = frozenset(
    "also now then still again later once previously already even never has have had will would could should may "
    "might must did does do is was are were not n't long recently repeatedly reportedly initially first last just "
    "quickly immediately further has already often soon privately publicly openly separately officially flatly "
    "himself herself themselves itself had earlier today yesterday tonight".split()
)
_FUNCTION = frozenset("the a an of to in on at for from by with about into over under his her its their our my your "
                      "this that these those some any no every each".split())
_DETERMINERS = frozenset("the a an his her its their our my your this these those such".split())
_RELATIVE = frozenset(("who", "which", "that"))

_AUX = frozenset("is was are were has have had will would can could should shall do does did be been being "
                 "won lost got made took gave went".split())
_TRAILING_ADVERBIAL = re.compile(
    r"(?:,?\s*(?:on|last|this|late|early|earlier|later)\s+(?:\w+day|week|month|year|night|morning|afternoon|evening)"
    r"|,?\s*(?:in|during)\s+(?:an?|the|his|her|their)\s+(?:\w+\s+){0,3}(?:statement|interview|speech|post|tweet|"
    r"message|letter|briefing|address|report|conference|call|appearance|debate|rally|email|op-ed)"
    r"|,?\s*(?:on|in)\s+(?:\w+\s+){0,3}(?:Twitter|Facebook|television|TV|radio|CNN|Fox|MSNBC))\s*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w’'.-]+|[^\w\s]")
_BOUNDARY_CHARS = frozenset(",;:—–()[]“”\"«»\n")


def _strip_span(text: str, s: int, e: int) -> Span:
    while s < e and (text[s].isspace() or text[s] in ",;:—–-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-"):
        e -= 1
    return s, e


def _words(text: str, s: int, e: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, s, e))


def _trim(text: str, s: int, e: int) -> Span:
    """Drop leading discourse words and trailing auxiliaries/adverbs of a candidate phrase."""
    s, e = _strip_span(text, s, e)
    for _ in range(3):
        m = _TRAILING_ADVERBIAL.search(text, s, e)
        if not m or m.start() == m.end():
            break
        s, e = _strip_span(text, s, m.start())
    ws = _words(text, s, e)
    i, j = 0, len(ws)
    while i < j and ws[i].group().lower() in _LEADING:
        i += 1
    if j - i >= 3 and ws[i].group().lower() in ("in", "on", "at", "during", "after", "since", "by") and ws[i + 1].group()[:1].isdigit():
        i += 2
    while j > i and (ws[j - 1].group().lower() in _TRAILING or (ws[j - 1].group().endswith("ly") and ws[j - 1].group().islower())):
        j -= 1
    if i >= j:
        return s, s
    return _strip_span(text, ws[i].start(), ws[j - 1].end())


_PARTY_LABEL = re.compile(r"^(?:[A-Z][\w.-]*\s+){0,3}(?:Democrat|Republican|Independent|Democrats|Republicans)$|^[DRI]-[A-Z][\w.]*$")


def _looks_appositive(text: str, s: int, e: int) -> bool:
    ws = _words(text, s, e)
    if not ws:
        return True
    if _PARTY_LABEL.match(text[s:e].strip()):
        return True  # "Sen. Ben Cardin, Maryland Democrat, said"
    first = ws[0].group()
    return first[0].islower() or first.lower() in _DETERMINERS


def _segments_left(text: str, lo: int, hi: int) -> list[Span]:
    """Comma-separated segments of ``text[lo:hi]``, right to left (no quote handling needed)."""
    segs = []
    end = hi
    i = hi - 1
    while i >= lo:
        if text[i] in _BOUNDARY_CHARS:
            segs.append((i + 1, end))
            if text[i] != ",":
                return segs  # a hard boundary ends the chain
            end = i
        i -= 1
    segs.append((lo, end))
    return segs


def _cut_boundary_word(text: str, s: int, e: int) -> Span:
    """Keep the part of a segment after its last clause-boundary word ("… when the Armenians")."""
    ws = _words(text, s, e)
    for k in range(len(ws) - 1, -1, -1):
        if ws[k].group().lower() in _BOUNDARY_WORDS:
            return ws[k].end(), e
    return s, e


def left_np(text: str, lo: int, hi: int | None = None, max_words: int = 10) -> tuple[int, int, list[Span]] | None:
    """Speaker phrase ending just before ``hi`` (the cue), not before ``lo``; with appositive spans.

    Returns ``(start, end, appositives)``, or ``None`` when no plausible phrase precedes the cue.

    >>> t = "Margarita Simonyan, the boss of RT, openly said"
    >>> s, e, app = left_np(t, 0, t.index("said"))
    >>> t[s:e], [t[a:b] for a, b in app]
    ('Margarita Simonyan', ['the boss of RT'])
    """
    hi = len(text) if hi is None else hi
    segs = _segments_left(text, lo, hi)
    appositives: list[Span] = []
    # "Clinton, who shuttled among Israel, the West Bank and Egypt, said": skip the relative clause
    if len(segs) > 2 and not text[segs[0][0] : segs[0][1]].strip():
        for k in range(1, min(len(segs) - 1, 5)):
            a, b = _strip_span(text, *segs[k])
            if _words(text, a, b)[:1] and _words(text, a, b)[0].group().lower() in ("who", "which"):
                s, e = _strip_span(text, *segs[k + 1])
                s, e = _cut_boundary_word(text, s, e)
                s, e = _strip_span(text, s, e)
                if e > s and len(_words(text, s, e)) <= max_words:
                    return _validate(text, s, e, [_strip_span(text, segs[j][0], segs[j][1]) for j in range(1, k + 1)])
                return None
    first = True
    for k, (s, e) in enumerate(segs):
        cut_s, e = _cut_boundary_word(text, s, e)
        if first and cut_s > s and not _trim(text, cut_s, e)[1] > _trim(text, cut_s, e)[0]:
            return None  # "… and note that": coordinated with an earlier verb, no subject here
        s = cut_s
        s, e = _trim(text, s, e) if first else _strip_span(text, s, e)
        n = len(_words(text, s, e))
        if first:
            first = False
            if e > s:
                if n > max_words:
                    return None
                # "Sean Spicer, communications director of the RNC said": the name precedes the role
                if _ROLE.search(text[s:e]) and _looks_appositive(text, s, e) and k + 1 < len(segs) and text[segs[k + 1][1]] == ",":
                    ps, pe = _strip_span(text, *segs[k + 1])
                    pw = _words(text, ps, pe)
                    if 2 <= len(pw) <= 4 and all(w.group()[:1].isupper() for w in pw) and pw[0].group().lower() not in _PREP_LEAD:
                        return _validate(text, ps, pe, [(s, e)])
                return _validate(text, s, e, appositives)
            # the cue follows a comma: an appositive chain precedes it
            if k + 1 >= len(segs) or text[segs[k + 1][1]] != ",":
                return None
            continue
        if e <= s or n > max_words:
            return None
        if _looks_appositive(text, s, e) and k + 1 < len(segs) and text[segs[k + 1][1]] == "," and len(appositives) < 3:
            appositives.append((s, e))
            continue
        words = _words(text, s, e)
        if words and words[0].group().lower() in _RELATIVE:
            return None
        return _validate(text, s, e, appositives)
    return None


def _validate(text: str, s: int, e: int, appositives: list[Span]) -> tuple[int, int, list[Span]] | None:
    ws = _words(text, s, e)
    if not ws:
        return None
    last = ws[-1].group().lower()
    if last in _FUNCTION:
        return None
    if ws[-1].group() in ("’s", "'s") or ws[-1].group().endswith(("’s", "'s")):
        return None  # possessive: "Azerbaijan’s claims" is a noun, not a speaker
    first = ws[0].group().lower()
    if first in _RELATIVE or first[:1].isdigit():
        return None
    if any(w.group().lower() in _AUX or w.group().lower() in ("said", "says", "say", "told", "added") or w.group().lower().endswith(("’re", "'re", "’ve", "'ve", "’ll", "'ll"))
           or (w.group().endswith("ing") and w.group().islower() and len(w.group()) > 5) for w in ws):
        return None  # a clause, not a noun phrase
    return s, e, appositives


def has_verb(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` contains an auxiliary or common verb (so it is a clause, not a phrase)."""
    return any(w.group().lower() in _AUX for w in _words(text, s, e))


def right_np(text: str, lo: int, hi: int | None = None, max_words: int = 8) -> tuple[int, int, list[Span]] | None:
    """Speaker phrase right after an inverted cue ("says Hikmet Hajiyev, a presidential adviser").

    >>> t = "Laurence Broers of Chatham House, a think-tank, “in which"
    >>> s, e, app = right_np(t, 0)
    >>> t[s:e], [t[a:b] for a, b in app]
    ('Laurence Broers of Chatham House', ['a think-tank'])
    """
    hi = len(text) if hi is None else hi
    s = lo
    while s < hi and text[s].isspace():
        s += 1
    i = s
    while i < hi and (text[i] not in ",;:.!?—–()“”\"«»\n" or (text[i] == "." and i + 1 < hi and text[i + 1].isupper())
                      or (text[i] == "." and i >= 3 and text[i - 1].isupper() and text[i - 2] == "." and i + 2 < hi
                          and text[i + 1] == " " and text[i + 2].islower())):
        i += 1  # "U.S." and "U.N." do not end the phrase
    # "Mr." / "U.S." inside a name: a period followed by a capitalised word continues the phrase
    while i < hi and text[i] == "." and i + 2 < hi and text[i + 1] == " " and text[i + 2].isupper() and _is_abbrev(text, s, i):
        i += 1
        while i < hi and text[i] not in ",;:.!?—–()“”\"«»\n":
            i += 1
    s, e = _strip_span(text, s, i)
    ws = _words(text, s, e)
    if not ws or len(ws) > max_words:
        return None
    for k, w in enumerate(ws):
        if w.group().lower() in _AUX:
            if k == 0:
                return None
            e = ws[k - 1].end()
            ws = ws[:k]
            break
    # cut at "that" / "in a statement" / "on Tuesday" after the name
    for k, w in enumerate(ws[1:], 1):
        if w.group().lower() in ("that", "in", "on", "at", "during", "after", "before", "when", "who", "to") and not w.group()[0].isupper():
            if w.group().lower() in ("at",) and k + 1 < len(ws) and ws[k + 1].group()[0].isupper():
                continue
            e = ws[k - 1].end()
            break
    appositives = []
    j = i
    while j < hi and text[j] == "," and len(appositives) < 2:
        k = j + 1
        while k < hi and text[k] not in ",;:.!?—–()“”\"«»\n":
            k += 1
        a, b = _strip_span(text, j + 1, k)
        first = _words(text, a, b)[:1]
        lead = _words(text, s, e)[:1]
        if (b > a and lead and lead[0].group().lower() in ("a", "an", "the") and re.fullmatch(r"(?:[A-Z][\w’'.-]+\s*){2,4}", text[a:b])):
            appositives.append((a, b))
            j = k
            continue
        if b > a and _ROLE.search(text[a:b]) and len(_words(text, a, b)) <= 10 and not has_verb(text, a, b):
            appositives.append((a, b))  # "Vitaly Churkin, Russia's ambassador to the United Nations,"
            j = k
            continue
        if (b > a and first and first[0].group().lower() in _DETERMINERS | {"who", "one", "senior", "former", "chief", "deputy"}
                and len(_words(text, a, b)) <= 10 and not has_verb(text, a, b)):
            appositives.append((a, b))
            j = k
        else:
            break
    return s, e, appositives


def _is_abbrev(text: str, s: int, i: int) -> bool:
    k = i
    while k > s and text[k - 1].isalpha():
        k -= 1
    if i - k == 1 and text[k].isupper():
        return True  # a middle initial: "Michael V. Hayden"
    return text[k:i].lower() in ("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "st", "u.s", "u.n", "prof")


# ----------------------------------------------------------------------------------------------
# resolution

_PREP_LEAD = frozenset("in on at for from by with after before during since under over".split())
_ROLE = re.compile(r"\b(?:ambassador|minister|spokes(?:man|woman|person)|official|envoy|president|director|head|chief|"
                   r"leader|secretary|adviser|advisor|commander|general|editor|analyst|professor|expert|chairman|mayor)\b", re.I)
_UNAFFILIATED_HEAD = re.compile(r"^(?:the |a |an )?(?:\w+ ){0,2}(?:editor|analyst|expert|professor|researcher|journalist|"
                                r"reporter|correspondent|columnist|commentator|historian|scholar|fellow)s?\b(?: (?:of|at|for|with) .*)?$", re.I)
_UNAFFILIATED = re.compile(
    r"think[- ]tank|analyst|expert|professor|\bprof\b|scholar|researcher|academic|historian|economist\b|journalist|"
    r"reporter|correspondent|columnist|commentator|editor\b|observer|pollster|fellow\b|universit|institute|"
    r"chatham house|brookings|carnegie|rand corporation|crisis group|human rights watch|amnesty|council on foreign|"
    r"centre for|center for|school of|college|lecturer|author of|specialist|"
    # news organisations are journalists' voices (a spec mention inside the phrase is resolved first,
    # so "Egypt's state news agency" stays with Egypt's party)
    r"news agency|newspaper|\bnews service|broadcaster|\breuters\b|associated press|agence france|\bafp\b|interfax|"
    r"new york times|washington post|wall street journal|\bbbc\b|\bcnn\b|\bnpr\b|fox news|al jazeera|bloomberg|"
    r"the guardian|financial times|haaretz|jerusalem post|times of israel|kyiv post|"
    # the United Nations, where a spec does not make it a party
    r"united nations|(?-i:\bU\.?N\.?(?=\s|$))",
    re.IGNORECASE,
)
_TITLE_SURNAME = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen)\.?\s+([A-Z][\w’'-]+)$")
_NAME = re.compile(r"^[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|al-\w+|bin|de|van|von|abu|Abu))+")
_GROUP_HEAD = re.compile(r"(?:s|people|police|military|army|government|leadership|authorities)$")


@dataclass
class Context:
    """What a reader knows at a point of the document: people seen, last person, last group."""

    persons: dict[str, tuple[str, str]] = field(default_factory=dict)  # surname -> (name, party)
    last_person: tuple[str, str] | None = None
    last_group: tuple[str, str] | None = None
    last_org: tuple[str, str] | None = None
    pos: dict[str, int] = field(default_factory=dict)  # where each "last_*" was last set

    def __setattr__(self, name: str, value: object) -> None:
        object.__setattr__(self, name, value)
        if name.startswith("last_") and "pos" in self.__dict__:
            self.pos[name] = self.__dict__.get("_at", 0)

    def at(self, position: int) -> None:
        """Move the reading position (used to expire stale antecedents)."""
        self.__dict__["_at"] = position

    def recent(self, name: str, position: int, limit: int) -> tuple[str, str] | None:
        value = getattr(self, name)
        return value if value is not None and position - self.pos.get(name, -10**9) <= limit else None

    def see_mention(self, m: Mention) -> None:
        self.at(m.end)
        if m.via == "name":
            self.last_person = (m.text, self.persons.get(m.text.split()[-1], ("", ""))[1])
        elif m.via in ("person", "title", "surname"):
            self.last_person = (m.person or m.text, m.party)
            if m.person:
                self.persons.setdefault(m.person.split()[-1], (m.person, m.party))
        elif _GROUP_HEAD.search(m.text) or m.via == "demonym" and m.text.endswith("s"):
            self.last_group = (m.text, m.party)
        else:
            self.last_org = (m.text, m.party)


def _mentions_in(mentions: Sequence[Mention], s: int, e: int) -> list[Mention]:
    return [m for m in mentions if m.start >= s and m.end <= e]


def resolve(text: str, span: Span, appositives: Sequence[Span], mentions: Sequence[Mention], ctx: Context) -> tuple[str, str, str]:
    """Party of a speaker phrase: ``(party, canonical speaker, via)``; updates ``ctx``.

    ``mentions`` are the document's party mentions (from :class:`~framing.attribution.mentions.PartyMatcher`).
    """
    s, e = span
    phrase = text[s:e]
    low = phrase.lower()
    if low in PRONOUNS or low in ("one of them", "another", "one official", "one said"):
        kind = PRONOUNS.get(low, "group")
        # antecedents expire: a person within ~800 characters, a group or organisation within ~400
        person = ctx.recent("last_person", s, 800)
        group = ctx.recent("last_group", s, 400)
        org = ctx.recent("last_org", s, 400)
        ref = {"person": person, "group": group or org, "org": org or group}.get(kind)
        if kind == "group" and ref is None:
            ref = person
        if ref is not None:
            return ref[1], ref[0], "pronoun"
        return "", phrase, "pronoun"
    inside = _mentions_in(mentions, s, e)
    if _UNAFFILIATED_HEAD.match(phrase) and not any(x.via in ("person", "title") for x in inside):
        return OTHER, phrase, "unaffiliated"  # "the editor of Ukraine's English-language paper"
    m = _TITLE_SURNAME.match(phrase)
    if m and not inside and m.group(1) in ctx.persons:
        name, party = ctx.persons[m.group(1)]
        ctx.last_person = (name, party)
        return party, name, "title"
    name_m = _NAME.match(phrase)
    is_person = bool(name_m) and not any(x.via == "alias" and x.start == s for x in inside)
    if inside:
        rank = {"person": 0, "title": 0, "alias": 1, "surname": 2, "demonym": 3}
        first = min(inside, key=lambda x: (rank.get(x.via, 4), x.start))
        if first.person:
            ctx.last_person = (first.person, first.party)
            return first.party, first.person, first.via
        party = first.party
        if is_person:
            _learn(ctx, name_m.group(), party)
        elif _GROUP_HEAD.search(phrase):
            ctx.last_group = (phrase, party)
        else:
            ctx.last_org = (phrase, party)
        return party, phrase, first.via
    for a, b in appositives:
        inner = _mentions_in(mentions, a, b)
        if inner:
            party = inner[0].party
            if is_person:
                _learn(ctx, name_m.group(), party)
            return party, phrase, "appositive"
    whole = " ".join([phrase, *(text[a:b] for a, b in appositives)])
    if _UNAFFILIATED.search(whole) or (is_person and re.search(r"\b(?:of|at|from)\s+(?:the\s+)?[A-Z]", phrase)):
        if is_person:
            _learn(ctx, name_m.group(), OTHER)
        return OTHER, phrase, "unaffiliated"
    if is_person:
        _learn(ctx, name_m.group(), "")
    return "", phrase, ""


def _learn(ctx: Context, name: str, party: str) -> None:
    name = re.sub(r"^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen)\.?\s+", "", name).strip()
    words = name.split()
    if words:
        ctx.persons.setdefault(words[-1], (name, party))
        ctx.last_person = (name, party)
