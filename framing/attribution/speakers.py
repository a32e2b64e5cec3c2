"""Speakers: find the speaker phrase next to a cue, and resolve it to a party in document context.

Speaker phrases are found without a parser, from the punctuation and function words around the
cue: the noun phrase left of the cue back to the last clause boundary ("…, Mr Pashinyan accused"),
through appositives ("Margarita Simonyan, the boss of RT, said"), or right of an inverted cue
("…, says Hikmet Hajiyev, a presidential adviser."). Resolution goes, in order, through pronouns
and "one" (the last person or group in context), titles ("Mr Hajiyev" -> Hikmet Hajiyev), party
mentions inside the phrase or its appositives (aliases, people, metonymy, demonyms), and markers of
unaffiliated speakers (think-tanks, analysts, journalists) -> ``other``. Private people take the
party of a spec place in their phrase ("some in Gaza") or of the scene (:func:`scenes`: a dateline or
the last "in <place>", until another scene is set). Anything else stays unresolved (party ``""``) and
keeps its text.

>>> left_np("As Azerbaijan massed its troops, Mr Pashinyan", 0)
(33, 45, [])
>>> right_np("Hikmet Hajiyev, a presidential adviser.", 0)
(0, 14, [(16, 38)])
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Sequence

import ahocorasick

from ..spec import OTHER
from .coref import _OBTAINED_BY, outside_quotes, resolve_description
from .mentions import Mention, StartsAfter, datelines, is_country, last_country, mentions_between
from .mentions import singular as _singular

__all__ = ["left_np", "right_np", "has_verb", "Context", "resolve", "joint_rows", "PRONOUNS"]

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
    "himself herself themselves itself had earlier today yesterday tonight quoted cited interviewed both all".split()
)
_FUNCTION = frozenset("the a an of to in on at for from by with about into over under his her its their our my your "
                      "this that these those some any no every each".split())
_DETERMINERS = frozenset("the a an his her its their our my your this these those such".split())
_RELATIVE = frozenset(("who", "which", "that"))

_AUX = frozenset("is was are were has have had will would can could should shall do does did be been being "
                 "won lost got made took gave went".split())


class _Ending:
    """A case-insensitive pattern anchored at the end of the searched span (``$``), every match of which ends in
    one of ``words`` (lower-case ASCII) and white space: searched only when the span's last word could be one of
    them (its ASCII tail ends in one; a tail with other characters is always searched).

    >>> _Ending(re.compile(r"\\s(?:him|her)\\s*$", re.I), ("him", "her")).search("heard HIM ", 0, 10)
    <re.Match object; span=(5, 10), match=' HIM '>
    """

    __slots__ = ("pattern", "words", "reach")

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]):
        self.pattern, self.words, self.reach = pattern, words, max(map(len, words))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        end = min(endpos, len(text))
        while end > pos and text[end - 1].isspace():
            end -= 1
        tail = text[max(pos, end - self.reach) : end]
        if tail.isascii() and not tail.lower().endswith(self.words):
            return None
        return self.pattern.search(text, pos, endpos)


_TRAILING_ADVERBIAL = _Ending(re.compile(
    r"(?:,?\s*\b(?:on|last|this|late|early|earlier|later)\s+(?:\w+day|week|month|year|night|morning|afternoon|evening)"
    r"|,?\s*\b(?:in|during)\s+(?:an?|the|his|her|their)\s+(?:\w+\s+){0,3}(?:statement|interview|speech|post|tweet|"
    r"message|letter|briefing|address|report|conference|call|appearance|debate|rally|email|op-ed)"
    r"|,?\s*\b(?:on|in)\s+(?:\w+\s+){0,3}(?:Twitter|Facebook|television|TV|radio|CNN|Fox|MSNBC))\s*$",
    re.IGNORECASE,
), ("day", "week", "month", "year", "night", "morning", "afternoon", "evening", "statement", "interview", "speech", "post",
    "tweet", "message", "letter", "briefing", "address", "report", "conference", "call", "appearance", "debate", "rally",
    "email", "op-ed", "twitter", "facebook", "television", "tv", "radio", "cnn", "fox", "msnbc"))
_MONTHS = "january february march april may june july august september october november december".split()
_LEAD_DATE = re.compile(
    r"(?:in|on|by|since|during|until|after|before|from)\s+(?:(?:early|late|mid)[- ]?\s*)?"
    r"(?:(?:" + "|".join(_MONTHS) + r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{4}\b)?|\d{4}\b)\s*,?\s*",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w’'.-]+|[^\w\s]")
_BOUNDARY_CHARS = frozenset(",;:—–()[]“”\"«»\n")
_BOUNDARY = re.compile("[" + re.escape("".join(sorted(_BOUNDARY_CHARS))) + "]")


def _strip_span(text: str, s: int, e: int) -> Span:
    while s < e and (text[s].isspace() or text[s] in ",;:—–-'’\"”"):
        s += 1  # also the closing mark of a quote just before ("… a 'pleasant surprise,' Israeli President …")
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
    if j - i >= 2:  # "In May 2013 he", "On Monday she": a leading date is not part of the speaker
        m = _LEAD_DATE.match(text, ws[i].start(), e)
        if m and m.end() < ws[j - 1].end():
            while i < j and ws[i].start() < m.end():
                i += 1
    while j > i and (ws[j - 1].group().lower() in _TRAILING or (ws[j - 1].group().endswith("ly") and ws[j - 1].group().islower())):
        if j - 1 == i and ws[i].group().lower() in ("both", "all"):
            break  # "and both said": the quantifier is the whole subject
        j -= 1
    if i >= j:
        return s, s
    return _strip_span(text, ws[i].start(), ws[j - 1].end())


_PARTY_LABEL = re.compile(r"^(?:[A-Z][\w.-]*\s+){0,3}(?:Democrat|Republican|Independent|Democrats|Republicans)$"
                          r"|^[DRI]-\s?[A-Z][\w.]*(?:\s[A-Z][a-z]+)?$")  # "R-Texas", "R- Missouri", "D-New York"
_AGE = re.compile(r"\d{1,3}")


def _looks_appositive(text: str, s: int, e: int) -> bool:
    ws = _words(text, s, e)
    if not ws:
        return True
    if _PARTY_LABEL.match(text[s:e].strip()):
        return True  # "Sen. Ben Cardin, Maryland Democrat, said"
    if _AGE.fullmatch(text[s:e].strip()):
        return True  # "Amnah Hassan, 53, said"
    first = ws[0].group()
    return first[0].islower() or first.lower() in _DETERMINERS


#: A possessive followed by a capitalised title: "NATO's Supreme Allied Commander Europe".
_CAPITAL_POSSESSIVE = re.compile(r"[A-Z][\w.-]*(?:’s|'s)\s+[A-Z]")
_POSSESSIVE_LEAD = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}(?:’s|'s|’|')\s+[a-z]")


#: A US state's abbreviation after a town ("West Hempstead, N.Y.,").
_STATE = re.compile(r"(?:[A-Z]\.){2,3}|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|"
                    r"Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.")
_TIME_WORDS = _LEADING | frozenset(_MONTHS) | frozenset("monday tuesday wednesday thursday friday saturday sunday "
                                                          "on last next this late early".split())


def _name_segment(text: str, s: int, e: int) -> Span | None:
    """``(s, e)`` when ``text[s:e]`` is a capitalised name of 2–4 words (not "Later Wednesday", not "In Gaza").

    >>> _name_segment("Nabil Shaath", 0, 12), _name_segment("Later Wednesday", 0, 15)
    ((0, 12), None)
    """
    ws = _words(text, s, e)
    if (2 <= len(ws) <= 4 and all(w.group()[:1].isupper() for w in ws) and ws[0].group().lower() not in _PREP_LEAD
            and not any(w.group().lower() in _TIME_WORDS for w in ws)):
        return s, e
    return None


def _name_list_start(text: str, lo: int, s: int, e: int, before: list[Span]) -> int:
    """Start of a comma list of names that ends in ``text[s:e]`` ("CNN and Yahoo! News") and opens the clause
    ("Associated Press, Reuters, CNN and Yahoo! News reported"); ``s`` when there is none.

    >>> t = "Associated Press, Reuters, CNN and Yahoo! News"
    >>> _name_list_start(t, 0, t.index("CNN"), len(t), [(17, 25), (0, 16)])
    0
    """
    if not all(w.group()[:1].isupper() or w.group() == "and" or not w.group()[:1].isalnum() for w in _words(text, s, e)):
        return s
    start = s
    for a, b in before:
        a, b = _strip_span(text, a, b)
        ws = _words(text, a, b)
        if not 1 <= len(ws) <= 4 or not all(w.group()[:1].isupper() for w in ws) or ws[0].group().lower() in _ADVERBIAL_LEAD \
                or any(w.group().lower() in _TIME_WORDS for w in ws):
            return s
        start = a
        if not text[lo:a].strip(" \"“”'‘’—–-"):
            return start
    return s


def _segments_left(text: str, lo: int, hi: int) -> list[Span]:
    """Comma-separated segments of ``text[lo:hi]``, right to left (no quote handling needed).

    >>> _segments_left("In Gaza; Hamas, the group, said", 0, 26)
    [(26, 26), (15, 25), (8, 14)]
    """
    backwards = text[lo:hi][::-1]  # the boundary marks from the right, found in C
    segs = []
    end = hi
    for mark in _BOUNDARY.finditer(backwards):
        i = hi - 1 - mark.start()
        segs.append((i + 1, end))
        if mark.group() != ",":
            return segs  # a hard boundary ends the chain
        end = i
    segs.append((lo, end))
    return segs


def _cut_boundary_word(text: str, s: int, e: int) -> Span:
    """Keep the part of a segment after its last clause-boundary word ("… when the Armenians")."""
    m = _PERCEIVED.search(text, s, e)
    if m and m.end() == e:
        return m.start("who"), e  # "listen to him complain that …", "heard her say": the object speaks
    ws = _words(text, s, e)
    for k in range(len(ws) - 1, -1, -1):
        if ws[k].group().lower() in _BOUNDARY_WORDS:
            if (ws[k].group() == "and" and 0 < k < len(ws) - 1 and ws[k - 1].group()[:1].isupper()
                    and ws[k + 1].group()[:1].isupper() and k >= 2 and ws[k - 2].group()[:1].isupper()):
                continue  # "United Nations Relief and Works Agency": a name, not two clauses
            if ws[k].group() == "and" and _np_conjunction(ws, k):
                continue  # "Israel and Hamas accused each other", "sources in both Washington and Jerusalem say"
            return ws[k].end(), e
    return s, e


#: A perception or causative verb and its object, the subject of a bare infinitive cue: "listen to him complain".
_PERCEIVED = _Ending(re.compile(r"\b(?:listen(?:ed|ing)?\s+to|hears?|heard|hearing|watch(?:ed|ing)?|let|lets|make|made)\s+"
                               r"(?P<who>him|her|them|us|me)\s*$", re.IGNORECASE), ("him", "her", "them", "us", "me"))


#: Lower-case words allowed in the first conjunct of a coordinated speaker ("sources in both Washington and …").
_CONJUNCT_WORDS = frozenset("""the both of in from officials sources leaders diplomats forces governments government
    military militants fighters president prime minister foreign ministry ministers political""".split())


def _np_conjunction(ws: list[re.Match[str]], k: int) -> bool:
    """Whether the "and" at ``ws[k]`` joins two noun phrases (names) rather than two clauses.

    The conjunct before it runs back to the previous boundary word and holds only capitalised words
    and a few function or group nouns, ending in a capitalised word; the one after starts with a
    capitalised word or "the".
    """
    if k == 0 or k + 1 >= len(ws):
        return False
    after = ws[k + 1].group()
    before = ws[k - 1].group()
    # the second conjunct: a name, "the …", "others", "its (Western) allies" ("The U.S. and others say"); "Political
    # leaders and senior diplomats have stressed": two group nouns
    groups = before.lower() in _CONJUNCT_WORDS and before.endswith("s") and (
        after.lower() in _CONJUNCT_WORDS or after.lower() in ("senior", "top", "foreign", "western", "military"))
    if (not (after[:1].isupper() or after.lower() in ("the", "others", "other", "its", "their") or groups)
            or not (before[:1].isupper() or groups)
            or after.lower() in ("its", "their") and not any(w.group() in ("allies", "partners") for w in ws[k + 2 : k + 4])):
        return False
    j = k - 1
    while j >= 0 and ws[j].group().lower() not in _BOUNDARY_WORDS:
        w = ws[j].group()
        if not (w[:1].isupper() or w.lower() in _CONJUNCT_WORDS):
            return False
        j -= 1
    return k - 1 - j <= 5


#: A named person of a hospital: "Aviva Shemer with Ichilov Hospital", "Dr. Ali Said of Shifa Hospital".
_HOSPITAL_STAFF = re.compile(r"((?:Dr\.\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+(?:with|of|at|from)\s+(?:the\s+)?"
                             r"(?:[A-Z][\w’'-]+\s+){1,3}(?:Hospital|Medical\s+Cent(?:er|re)|Clinic)")


#: Auxiliaries that open a predicate, not an appositive: "…, had been given to the Israeli military, said …".
_AUX_LEAD = frozenset("had has have was were is are will would could did does".split())


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
            lead = _words(text, a, b)[:1]
            if lead and lead[0].group().lower() in _AUX_LEAD:
                return None  # "The coordinates of the school, which was …, had been given to …, said a U.N. spokesman": a predicate
            if lead and lead[0].group().lower() in ("who", "which"):
                s, e = _strip_span(text, *segs[k + 1])
                if _STATE.fullmatch(text[s:e]) and k + 2 < len(segs) and text[segs[k + 2][1]] == ",":
                    # "Alison Gross of West Hempstead, N.Y., who …, said": the state belongs to the place
                    s = _strip_span(text, *segs[k + 2])[0]
                    k += 1
                apps = [_strip_span(text, segs[j][0], segs[j][1]) for j in range(1, k + 1)]
                if _PARTY_LABEL.match(text[s:e]) and k + 2 < len(segs) and text[segs[k + 2][1]] == ",":
                    # "Rep. Michael McCaul, R-Texas, who sits on …, said": the party label is an appositive
                    apps.append((s, e))
                    s, e = _strip_span(text, *segs[k + 2])
                s, e = _cut_boundary_word(text, s, e)
                s, e = _strip_span(text, s, e)
                if (k + 2 < len(segs) and text[segs[k + 2][1]] == "," and _ROLE.search(text[s:e])
                        and (_looks_appositive(text, s, e) or _POSSESSIVE_LEAD.match(text, s, e))):
                    name = _name_segment(text, *_strip_span(text, *segs[k + 2]))
                    if name is not None:  # "Nabil Shaath, the PA's commissioner …, who was in Cairo …, said": the name
                        return _validate(text, *name, [(s, e), *apps])
                if e > s and len(_WORD.findall(text, s, e)) <= (max_words + 4 if _ROLE.search(text[s:e]) else max_words):
                    # (a role may be long: "The official spokesman for the military wing of the pro-Russian forces")
                    return _validate(text, s, e, apps)
                return None
    first = True
    for k, (s, e) in enumerate(segs):
        cut_s, e = _cut_boundary_word(text, s, e)
        lead_words = text[s:cut_s].split()
        if (not first and cut_s > s and lead_words[-1:] == ["and"] and lead_words[0].lower() in ("a", "an", "the")
                and len(_WORD.findall(text, s, e)) <= 16
                and _looks_appositive(text, *_strip_span(text, s, e)) and k + 1 < len(segs) and text[segs[k + 1][1]] == ","):
            cut_s = s  # "Nasser al-Shaer, a former government minister and Hamas deputy, said": one appositive, two roles
        if (not first and cut_s > s and text[s:cut_s].split() in (["after"], ["before"], ["since"], ["until"])
                and k + 1 < len(segs) and text[segs[k + 1][1]] == "," and not has_verb(text, cut_s, e)):
            continue  # "Mitch McConnell, after Obama's remarks, urged": a time adverbial between subject and verb
        phrase = _trim(text, cut_s, e) if first else _strip_span(text, cut_s, e)
        if first and cut_s > s and not phrase[1] > phrase[0]:
            return None  # "… and note that": coordinated with an earlier verb, no subject here
        s, e = phrase
        n = len(_WORD.findall(text, s, e))
        if first:
            first = False
            if e > s:
                if n > max_words and not (n <= 14 and re.search(r"\s(?:and|or)\s", text[s:e]) and not has_verb(text, s, e)):
                    return None  # (a coordinated subject may be longer: "the United States and other nations in the G7")
                # "Sean Spicer, communications director of the RNC said": the name precedes the role
                if _ROLE.search(text[s:e]) and (_looks_appositive(text, s, e) or _POSSESSIVE_LEAD.match(text, s, e)) and k + 1 < len(segs) and text[segs[k + 1][1]] == ",":
                    name = _name_segment(text, *_strip_span(text, *segs[k + 1]))
                    if name is not None:
                        return _validate(text, *name, [(s, e)])
                if " and " in text[s:e]:
                    s = _name_list_start(text, lo, s, e, segs[k + 1 :])
                return _validate(text, s, e, appositives)
            # the cue follows a comma: an appositive chain precedes it
            if k + 1 >= len(segs) or text[segs[k + 1][1]] != ",":
                return None
            continue
        if e <= s or (n > max_words and not (n <= 16 and _looks_appositive(text, s, e))):
            return None  # (an appositive role may be long: "deputy chairman of the committee on financial markets in the Duma")
        if ((_looks_appositive(text, s, e) or (_POSSESSIVE_LEAD.match(text, s, e) and _ROLE.search(text, s, e)))
                and k + 1 < len(segs) and text[segs[k + 1][1]] == "," and len(appositives) < 3):
            appositives.append((s, e))
            continue
        words = _words(text, s, e)
        if words and words[0].group().lower() in _RELATIVE:
            return None
        if (_POSSESSIVE_LEAD.match(text, s, e) and not _ROLE.search(text[s:e]) and k + 2 < len(segs)
                and text[segs[k + 1][1]] == "," and text[segs[k + 2][1]] == ","):
            # "Anatoly Aksakov, deputy chairman of the committee … in the Duma, Russia's legislature, said": the
            # possessive glosses the body at the end of the role; the name before the role speaks
            rs, re_ = _strip_span(text, *segs[k + 1])
            ns, ne = _strip_span(text, *segs[k + 2])
            nw = _words(text, ns, ne)
            if (_ROLE.search(text[rs:re_]) and _looks_appositive(text, rs, re_) and 2 <= len(nw) <= 4
                    and all(w.group()[:1].isupper() for w in nw) and nw[0].group().lower() not in _PREP_LEAD):
                return _validate(text, ns, ne, appositives + [(rs, re_), (s, e)])
        if (_CAPITAL_POSSESSIVE.match(text, s, e) and _ROLE.search(text, s, e) and k + 1 < len(segs)
                and text[segs[k + 1][1]] == ","):
            name = _name_segment(text, *_strip_span(text, *_cut_boundary_word(text, *segs[k + 1])))
            if name is not None:  # "as Gen. Philip Breedlove, NATO's Supreme Allied Commander Europe, has reiterated"
                return _validate(text, *name, appositives + [(s, e)])
        if (cut_s > segs[k][0] and text[segs[k][0] : cut_s].strip() == "and" and k + 2 < len(segs)
                and text[segs[k + 1][1]] == "," and text[segs[k + 2][1]] == ","
                and _PARTY_LABEL.match(text[slice(*_strip_span(text, *segs[k + 1]))])):
            # "Sens. John McCain, R-Ariz., and Lindsey Graham, R-S.C., said": both senators speak
            ps, pe = _cut_boundary_word(text, *_strip_span(text, *segs[k + 2]))
            ps, pe = _strip_span(text, ps, pe)
            if pe > ps and all(w.group()[:1].isupper() for w in _words(text, ps, pe)) and len(_words(text, ps, pe)) <= 5:
                return _validate(text, ps, e, appositives + [_strip_span(text, *segs[k + 1])])
        return _validate(text, s, e, appositives)
    return None


_DISCOURSE_ADVERBS = frozenset("""rather however instead meanwhile moreover indeed furthermore nevertheless nonetheless
    still yet thus therefore separately earlier later also now then again besides otherwise consequently""".split())


_GENERIC_GROUP = re.compile(
    r"^(?:(?:many|some|most|several|other|the|a\s+few|few|hundreds\s+of|thousands\s+of|dozens\s+of|angry|local|"
    # a religious or ethnic community of no spec party: "Jewish residents say …" (of Germany)
    r"jewish|muslim|christian|arab|druze|bedouin|orthodox|catholic|tatar|ethnic\s+\w+)\s+)*"
    r"(protesters|protestors|demonstrators|activists|supporters|opponents|critics|voters|fans|witnesses|residents|"
    r"villagers|refugees|locals|survivors|families|students|workers|shoppers|passers-by|bystanders|neighbou?rs|"
    r"relatives|mourners|onlookers|observers|analysts|experts|commentators|pundits|people|family\s+members|volunteers)"
    r"(\s+(?:of|in|at|from|on|who|using|near|outside|inside|across|around)\b.*)?$", re.IGNORECASE)
#: Groups who speak for the population of the place they are in.
_POPULATION_GROUPS = frozenset("residents villagers refugees locals survivors families witnesses shoppers neighbors neighbours "
                               "relatives mourners people".split()) | {"family members"}
#: A quantifier located by a place: "some in Gaza", "many of those in Sderot", "people living in Ashkelon".
_QUANTIFIER_IN = re.compile(r"(?:many|some|most|several|a\s+few|few|others|those|many\s+people|some\s+people|most\s+people|"
                            r"people|everyone|everybody)\s+(?:(?:of\s+)?(?:those|them)\s+)?(?:living\s+|here\s+)?"
                            r"(?:in|at|across|throughout)\s+(?:the\s+)?(?:southern\s+|northern\s+|besieged\s+)?", re.I)
#: A bare quantifier as the speaker ("Many wondered …", "Some said …"): the group just named, else unresolved ("").
_BARE_QUANTIFIER = re.compile(r"(?:many|some|others|most|several|a few|few|many of them|some of them|most of them|"
                              r"a number of them|one of them)", re.I)
_NAME_POSSESSIVE = re.compile(r"^(?:(?:[Aa]n?|[Tt]he)\s+(?:\w+\s+)?(?:statement|message|letter|release)\s+(?:from|by|of)\s+)?"
                              r"((?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+)(?:’s|'s)\s+(?:[a-z-]+\s+)?"
                              r"(?:spokes(?:man|woman|person)|office|aides?|advisers?|advisors?|campaign|staff|lawyers?|deputy)$")


def _validate(text: str, s: int, e: int, appositives: list[Span]) -> tuple[int, int, list[Span]] | None:
    dateline = _DATELINE_LEAD.match(text, s, e)
    if dateline is not None and dateline.end() < e:  # "GAZA CITY - Britain's U.N. ambassador says": the dateline is no part
        return _validate(text, dateline.end(), e, appositives)
    bar = text.rfind("|", s, e)
    if bar >= 0:  # "… in the past. | AP Photo Netanyahu says …": a caption's credit before the speaker
        credit = _PHOTO_CREDIT.match(text, bar + 1, e)
        return _validate(text, credit.end() if credit else bar + 1, e, appositives)
    ws = _words(text, s, e)
    if not ws:
        return None
    last = ws[-1].group().lower()
    if last in _FUNCTION:
        return None
    if len(ws) == 1 and last in _DISCOURSE_ADVERBS:
        return None  # "Rather, the new sanctions will target …, reports the Financial Times": no speaker here
    if ws[-1].group() in ("’s", "'s") or ws[-1].group().endswith(("’s", "'s")):
        return None  # possessive: "Azerbaijan’s claims" is a noun, not a speaker
    first = ws[0].group().lower()
    if first in _RELATIVE or first[:1].isdigit():
        return None
    if first in _PREP_LEAD and ws[0].group().islower():
        return None  # "in a phone" (call), "in turn": an adverbial, not a speaker
    if first in _ADVERBIAL_LEAD and ws[0].group()[:1].isupper() and not _title_run(ws):
        # "In a Bloomberg interview Trump", "For over a decade the world": the subject after the adverbial;
        # "On Monday", "Despite a United Nations (call)", "For the first time Tuesday": an adverbial, no speaker
        nouns = [k for k, w in enumerate(ws[1:-1], 1) if w.group().islower() and w.group() not in _DETERMINERS]
        if nouns and nouns[-1] + 1 < len(ws):
            k = nouns[-1] + 1
            if (ws[k].group()[:1].isupper() or ws[k].group() in ("the", "a", "an")) and ws[k].group().lower() not in _TIME_WORDS:
                return _validate(text, ws[k].start(), e, appositives)
        return None
    if any(w.group().lower() in _AUX or w.group().lower() in ("said", "says", "say", "told", "added") or w.group().lower().endswith(("’re", "'re", "’ve", "'ve", "’ll", "'ll"))
           or (w.group().endswith("ing") and w.group().islower() and len(w.group()) > 5) for w in ws):
        return None  # a clause, not a noun phrase
    if first in ("a", "an") and len(ws) >= 4 and _PLURAL_HEAD.fullmatch(ws[-1].group()) and not any(w.group().lower() in _A_PLURAL for w in ws[1:3]):
        # "…, an options U.S. officials have said they're holding in reserve": "a"/"an" cannot lead a plural
        # head, so the fronted object before the capitalised noun phrase is not the speaker's
        caps = [k for k, w in enumerate(ws[1:-1], 1) if w.group()[:1].isupper()]
        # (not "A team of Dutch investigators": a partitive "of" joins the head to its group)
        if caps and caps[0] >= 2 and all(w.group().islower() and w.group() not in ("of", "from", "in", "at", "for", "with", "and")
                                         for w in ws[1 : caps[0]]):
            return ws[caps[0]].start(), e, appositives
    return s, e, appositives


_DATELINE_LEAD = re.compile(r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s+[A-Z][\w.]+)?\s+[-–—]+\s+")
_PHOTO_CREDIT = re.compile(r"\s*(?:(?:AP|AFP|Reuters|EPA|Getty\s+Images)\s+)?Photos?\s+")
#: A lower-case plural head noun ("officials", "diplomats"), not "-ss" ("press") or "-us" ("consensus").
_PLURAL_HEAD = re.compile(r"[a-z][a-z-]*[^su]s")
#: "a few officials", "a number of …", "a dozen diplomats": "a" that does lead a plural.
_A_PLURAL = frozenset("few number lot lots couple dozen handful group series host pair variety range majority minority".split())


def has_verb(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` contains an auxiliary or common verb (so it is a clause, not a phrase)."""
    return any(w.lower() in _AUX for w in _WORD.findall(text, s, e))


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
    if len(ws) > max_words:
        for k in (2, 3):  # "says Tamar Hermann an Israel Democracy Institute senior fellow who …": the comma missing
            if ws[k].group() in ("a", "an") and all(w.group()[:1].isupper() for w in ws[:k]) and (
                    _ROLE.search(text, ws[k].start(), e) or _unaffiliated(text, ws[k].start(), e)):
                return s, ws[k - 1].end(), [(ws[k].start(), e)]
        return None
    if not ws:
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
            if (w.group().lower() in ("on", "in") and k + 1 < len(ws) and ws[k + 1].group()[0].isupper()
                    and _ORG_WORD.fullmatch(ws[k - 1].group())):
                continue  # "said Council on Foreign Relations President Richard Haass": a name, not "on Tuesday"
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
        if b > a and _ROLE.search(text[a:b]) and len(_WORD.findall(text, a, b)) <= 10 and not has_verb(text, a, b):
            appositives.append((a, b))  # "Vitaly Churkin, Russia's ambassador to the United Nations,"
            j = k
            continue
        if (b > a and first and first[0].group().lower() in _DETERMINERS | {"who", "one", "senior", "former", "chief", "deputy"}
                and len(_WORD.findall(text, a, b)) <= 10 and not has_verb(text, a, b)):
            appositives.append((a, b))
            j = k
        else:
            role = _WHO_IS_ROLE.match(text, a, b)
            if role and _ROLE.search(role.group(1)):
                appositives.append(role.span(1))  # "…, said Tony Blair, who is envoy for the Middle East Quartet working …"
            break
    return s, e, appositives


#: A relative clause that gives the speaker's office: "who is envoy for the Middle East Quartet (working to …)".
_WHO_IS_ROLE = re.compile(r"who\s+(?:is|was|serves\s+as)\s+(?:also\s+)?((?:(?:the|a|an)\s+)?[^,;:.“”\"]{3,80}?)(?=\s+[a-z]+ing\b|\s*$)")


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
#: Sentence-initial prepositions and subordinators: a phrase they open is an adverbial, not a speaker.
_ADVERBIAL_LEAD = frozenset("in on at for from with after before during since under over despite amid following "
                            "although though while whereas because unless until without besides".split())
#: A job title's head word right after a leading preposition: "Under Secretary of State Victoria Nuland" is a title.
_LEAD_TITLE_HEAD = re.compile(r"(?:Secretar(?:y|ies)(?:-General)?|Minister|Commissioner|Ambassador|Envoy|Director|"
                              r"Chairman|Adviser|Advisor|Spokes(?:man|woman|person))")
_TITLE_CONNECTORS = frozenset(("of", "for", "and"))


def lead_title(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]``, opened by a preposition, is a job title and a name, not an adverbial.

    "Under Secretary of State Victoria Nuland": a title-case run up to the name, its second word a
    title's head ("Secretary"), every lower-case word a connector (of, for, and).

    >>> t = "Under Secretary of State Victoria Nuland said"
    >>> lead_title(t, 0, 40), lead_title("Under the agreement Russia", 0, 26)
    (True, False)
    """
    return _title_run(_words(text, s, e))


def _title_run(ws: Sequence[re.Match[str]]) -> bool:
    if len(ws) < 4 or not _LEAD_TITLE_HEAD.fullmatch(ws[1].group()):
        return False
    rest = [w.group() for w in ws[2:]]
    return (all(w[:1].isupper() or w in _TITLE_CONNECTORS for w in rest)
            and rest[-1][:1].isupper() and rest[-2][:1].isupper())  # ends in a name of two capitalised words


_ROLE = re.compile(r"\b(?:ambassador|minister|spokes(?:man|woman|person)|official|envoy|president|director|head|chief|"
                   r"leader|secretary|adviser|advisor|commander|general|editor|analyst|professor|expert|chairman|mayor|"
                   r"commissioner|representative|governor|deputy|aide|negotiator|coordinator|prosecutor)\b", re.I)
_UNAFFILIATED_HEAD = re.compile(r"^(?:the |a |an )?(?:\w+ ){0,2}(?:editor|analyst|expert|professor|researcher|journalist|"
                                r"reporter|correspondent|columnist|commentator|historian|scholar|fellow)s?\b(?: (?:of|at|for|with) .*)?$", re.I)


def _any_of(terms: Sequence[str], flags: int) -> re.Pattern[str]:
    """A pattern that matches where any of ``terms`` (regex alternatives) does, the terms grouped by their
    first letter (after a leading ``\\b``), so that re tries a few branches per position, not every term.

    Only the match's presence and start are those of the plain alternation (not which term matched).

    >>> _any_of(["analyst", "academic", r"\\bafp\\b", "(?:tv )?host"], re.I).pattern
    'a(?:nalyst|cademic)|\\\\ba(?:fp\\\\b)|(?:tv )?host'
    """
    groups: dict[str, list[str]] = {}
    rest = []
    for term in terms:
        lead = "\\b" if term.startswith("\\b") else ""
        body = term[len(lead):]
        if body[:1].isalpha() and body[1:2] not in ("*", "+", "?", "{"):
            groups.setdefault(lead + body[0], []).append(body[1:])
        else:
            rest.append(term)
    return re.compile("|".join([f"{first}(?:{'|'.join(tails)})" for first, tails in groups.items()] + rest), flags)


#: Words of a speaker of no party (an expert, a journalist, a news organisation, the UN), any case; used as a test
#: (:func:`_unaffiliated`). Written in lower case, which the lower-case matching below needs.
_UNAFFILIATED_TERMS = (
    r"think[- ]tank", "analyst", "expert", "professor", r"\bprof\b", "scholar", "researcher", "academic", "historian",
    r"economist\b", "journalist", "reporter", "correspondent", "columnist", "commentator", r"editor\b", "observer",
    "pollster", r"fellow\b", "universit", "institute", "chatham house", "brookings", "carnegie", "rand corporation",
    "crisis group", "human rights watch", "amnesty", "council on foreign", "centre for", "center for", "school of",
    "college", "lecturer", "author of", "specialist",
    # broadcasters' hosts and other public figures of no party ("host Sean Hannity", "astronaut Alexander Gerst")
    r"(?:talk[- ]show |radio |tv |television |news )?\bhost\b", r"\banchor(?:man|woman)?\b", r"\bpresenter\b",
    r"\bpundit\b", r"\bastronaut\b", r"\bcosmonaut\b", r"\bbloggers?\b", r"\baipac\b", r"\bj street\b",
    # the private sector: "A banker said VTB …", "traders said"
    r"\bbankers?\b", r"\btraders?\b", r"\binvestors?\b", r"\bexecutives?\b", r"\bfinanciers?\b",
    # news organisations are journalists' voices (a spec mention inside the phrase is resolved first,
    # so "Egypt's state news agency" stays with Egypt's party)
    "news agency", "newspaper", r"\bnews service", "broadcaster", r"\breuters\b", "associated press", "agence france",
    r"\bafp\b", "interfax", "new york times", "washington post", "wall street journal", r"\bbbc\b", r"\bcnn\b",
    r"\bnpr\b", "fox news", "al jazeera", "bloomberg", "the guardian", "financial times", "haaretz", "jerusalem post",
    "times of israel", "kyiv post",
    # the United Nations, where a spec does not make it a party
    "united nations", r"\bosce\b", "security and co-?operation in europe", "red cross",
    r"\bicrc\b", "international monetary fund", r"\bimf\b", "world bank", r"\bmedia\b",
    r"aid (?:groups?|agenc\w+|workers?|organi[sz]ations?)", r"humanitarian (?:groups?|organi[sz]ations?|agenc\w+)",
    r"rights (?:groups?|organi[sz]ations?|activists?|watchdog)", "watchdog", r"\bngos?\b",
)
_UNAFFILIATED = _any_of(_UNAFFILIATED_TERMS, re.IGNORECASE)
#: The same terms for lower-cased ASCII text, matched case-sensitively: re compares the first letter of each branch
#: directly instead of case-folding it (about 40% faster on the speaker phrases).
_UNAFFILIATED_LOWER = _any_of(_UNAFFILIATED_TERMS, 0)


def _required_literal(term: str) -> str:
    """The longest run of plain characters that every match of the regex ``term`` holds: outside groups and
    classes, without the optional characters (a text without it cannot match).

    >>> _required_literal(r"(?:tv )?\\bhost\\b"), _required_literal(r"security and co-?operation in europe")
    ('host', 'operation in europe')
    """
    runs, run, depth, i = [], "", 0, 0
    while i < len(term):
        ch = term[i]
        if depth == 0 and (ch.isalnum() or ch in " -'’"):
            run += ch
        else:
            if ch in "?*{":
                run = run[:-1]  # the character before is optional
            runs.append(run)
            run = ""
            depth += (ch == "(") - (ch == ")")
            if ch == "|" and depth == 0:
                raise ValueError(f"{term!r} has alternatives of its own")
            i = term.index("]", i) if ch == "[" else term.index("}", i) if ch == "{" else i + (ch == "\\")
        i += 1
    return max([*runs, run], key=len)


def _finder(words: Iterable[str]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton of ``words`` (one pass in C tells whether a text holds any of them)."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


#: One required word of each term (lower-case): a phrase without any of them needs no search of the terms.
_UNAFFILIATED_WORDS = _finder({_required_literal(term) for term in _UNAFFILIATED_TERMS})
#: The United Nations by its initials, where a spec does not make it a party (upper case only: not "un-").
_UN = re.compile(r"\bU\.?N\.?(?=\s|$)")


def _unaffiliated(text: str, s: int = 0, e: int | None = None) -> bool:
    """Whether ``text[s:e]`` holds a word of a speaker of no party (:data:`_UNAFFILIATED_TERMS`, any case, or "U.N.")."""
    if e is None and text.isascii():  # (lower-casing keeps every offset and every match)
        low = text.lower()
        return (next(_UNAFFILIATED_WORDS.iter(low), None) is not None and _UNAFFILIATED_LOWER.search(low) is not None
                or _UN.search(text) is not None)
    e = len(text) if e is None else e
    return _UNAFFILIATED.search(text, s, e) is not None or _UN.search(text, s, e) is not None


_OUTLET = re.compile(r"\b(?:times of israel|jerusalem post|kyiv post|kiev post|moscow times|haaretz|al[- ]jazeera|"
                     r"washington post|new york times|wall street journal|associated press|reuters|bbc|cnn|npr|fox news|daily beast)\b", re.I)
_TITLE_SURNAME = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen)\.?\s+([A-Z][\w’'-]+)$")
_NAME = re.compile(r"^[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|al-\w+|bin|de|van|von|abu|Abu))+")
_GROUP_OF = re.compile(r"\b(?:authorities|officials|leaders|government|forces|troops|police|leadership|military)\s+"
                       r"(?:in|of|from)\s+(?:the\s+)?\Z")
#: Words before a sentence's subject: a fronted adverbial ("On Sunday,") and capitalised title words.
_SUBJECT_PREFIX = re.compile(r"\s*(?:[^,.;:\n]{0,40},\s+)?(?:(?:[A-Z][\w.’'-]*|the|a|an|of|and|for|spokes(?:man|woman|person)|"
                             r"minister|leader|commander|chief|official|ambassador|envoy|secretary|president|director|head|"
                             r"adviser|advisor|general|senator|lawmaker|negotiator|representative|deputy|foreign|defense|"
                             r"defence|prime|senior|top|military|police|army)\s+)*")
_SUBJECT_PRONOUN = re.compile(r"\s*(?:(?:But|And|Yet|So|Then|Still|Later|Earlier),?\s+)?(?:He|She)\s")
#: A clause of thought or speech between two people of one sentence: the second is inside what the first thinks.
_THINKER = re.compile(r"\b([A-Z][\w’'-]+)\s+(?:to\s+)?(?:think|thinks|thought|believe|believes|believed|conclude|concluded|"
                      r"suspects?|suspected|fears?|feared|doubts?|doubted)\s+(?:that\s+)?(?:[\w’'-]+\s+){0,3}$")
_GROUP_HEAD = re.compile(r"(?:s|people|police|military|army|government|leadership|authorities)$")


class _Surnames(dict):
    """Surname -> (name, party), case-insensitive ("Ashraf al-Qedra" … "Al-Qedra said")."""

    def __getitem__(self, key: str) -> tuple[str, str]:
        return super().__getitem__(key.lower())

    def __setitem__(self, key: str, value: tuple[str, str]) -> None:
        super().__setitem__(key.lower(), value)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and super().__contains__(key.lower())

    def get(self, key: str, default: object = None) -> object:  # type: ignore[override]
        return super().get(key.lower(), default)

    def setdefault(self, key: str, default: tuple[str, str]) -> tuple[str, str]:  # type: ignore[override]
        return super().setdefault(key.lower(), default)


@dataclass
class Context:
    """What a reader knows at a point of the document: people seen, last person, last group."""

    persons: dict[str, tuple[str, str]] = field(default_factory=_Surnames)  # surname -> (name, party)
    last_person: tuple[str, str] | None = None
    last_group: tuple[str, str] | None = None
    last_org: tuple[str, str] | None = None
    pos: dict[str, int] = field(default_factory=dict)  # where each "last_*" was last set
    heads: dict[str, tuple[str, str, int]] = field(default_factory=dict)  # head noun -> (phrase, party, position)
    acronyms: dict[str, tuple[str, str]] = field(default_factory=dict)  # "NDSC" -> (full name, party)
    places: Sequence[Mention] = ()  # the spec's places in the document (private people there speak as a party)
    narration: Sequence[Mention] = ()  # party mentions outside quotations, sorted by start
    text: str = ""  # the document (for the words before a mention: "The authorities in Kiev")
    sent_starts: Sequence[int] = ()  # sentence starts (a sentence's subject stays the salient person)
    skipped: Sequence[tuple[int, int]] = ()  # page furniture (video-player lines): no distance for antecedents

    def __setattr__(self, name: str, value: object) -> None:
        object.__setattr__(self, name, value)
        if name.startswith("last_") and "pos" in self.__dict__:
            self.pos[name] = self.__dict__.get("_at", 0)

    def at(self, position: int) -> None:
        """Move the reading position (used to expire stale antecedents)."""
        self.__dict__["_at"] = position

    def recent(self, name: str, position: int, limit: int) -> tuple[str, str] | None:
        value = getattr(self, name)
        if value is None:
            return None
        since = self.pos.get(name, -10**9)
        # "… the NDSC said. JUST WATCHED … (three video lines) … were also seized, it said.": furniture does not count
        furniture = sum(max(0, min(b, position) - max(a, since)) for a, b in self.skipped if a < position and b > since)
        return value if position - since - furniture <= limit else None

    def head(self, noun: str, position: int, limit: int = 2000) -> tuple[str, str] | None:
        """The last phrase with head ``noun`` ("ministry") seen within ``limit`` characters."""
        hit = self.heads.get(_singular(noun))
        return (hit[0], hit[1]) if hit is not None and position - hit[2] <= limit else None

    def _salient(self, m: Mention) -> bool:
        """Whether a person mention becomes the next "he": not when its sentence's subject is already a
        person ("Hamas spokesman Sami Abu Zuhri struck a defiant tone in response to Netanyahu's warnings.";
        "He had just met with Ukrainian Foreign Minister Andriy Deshchytsia": he stays the ambassador)."""
        if not self.sent_starts:
            return True
        k = bisect_right(self.sent_starts, m.start) - 1
        lo = self.sent_starts[k] if k >= 0 else 0
        locked = self.__dict__.get("_subject_sent")
        if locked == k:
            return False
        if _IDENTIFIED_AS.search(self.text, max(lo, m.start - 40), m.start):
            return True  # "She was later identified as Olesya Zhukovska": the subject's name
        if _SUBJECT_PRONOUN.match(self.text, lo, m.start) and self.last_person is not None:
            self.__dict__["_subject_sent"] = k  # "He … met with X": he is still the subject
            return False
        if _SUBJECT_PREFIX.fullmatch(self.text, lo, m.start):
            self.__dict__["_subject_sent"] = k
        thinker = _THINKER.search(self.text, max(lo, m.start - 120), m.start)  # (bounded: linear in the text)
        if thinker is not None and (known := self.persons.get(thinker.group(1))) is not None:
            self.last_person = known
            return False  # "That leads Rogoff to think that Putin has not …": the thinker is the next "he"
        return True

    def see_mention(self, m: Mention) -> None:
        self.at(m.end)
        if m.via != "name":
            _note(self, m.text, m.party, m.end)
        if m.via == "name":
            surname = m.text.split()[-1]
            known = self.persons.get(surname)
            party = known[1] if known is not None and known[1] else m.party
            if known is None or (not known[1] and party):
                self.persons[surname] = (m.text, party)
            if self._salient(m):
                self.last_person = (m.text, party)
        elif m.via in ("person", "title", "surname"):
            if self._salient(m):
                self.last_person = (m.person or m.text, m.party)
            if m.person:
                self.persons.setdefault(m.person.split()[-1], (m.person, m.party))
        elif (_GROUP_HEAD.search(m.text) or m.via == "demonym" and m.text.endswith("s")
              or _GROUP_OF.search(self.text, max(0, m.start - 60), m.start)):
            self.last_group = (m.text, m.party)  # "The authorities in Kiev …, they have admitted": a group
        else:
            self.last_org = (m.text, m.party)


#: A conjunction before a bare pronoun subject: "Yet he", "But they".
_LEADING_CONJUNCTION = re.compile(r"^(?:yet|but|and|so|still|then|now)\s+(?=(?:he|she|they|it|we|i)$)")
_ENDS_IN_PRONOUN = re.compile(r"\s(?:he|she|they)$")
_CLAUSE_WORD = re.compile(r"\b(?:that|who|which|as|if|when)\s")
#: Someone's staff or body: "his spokesman", "their political party", "her chief of staff".
_POSSESSIVE_STAFF = re.compile(r"(his|her|its|their)\s+(?:[a-z-]+\s+){0,2}(spokes(?:man|woman|person)|office|aides?|advisers?|"
                               r"advisors?|lawyers?|deputy|government|ministry|spokespeople|representatives?|envoy|staff|(?:political\s+)?party|"
                               r"chief(?:\s+of\s+staff)?|(?:press\s+)?secretary|ministers?|negotiators?)$")
#: A statement on someone's page: "a statement on his website".
_POSSESSIVE_PAGE = re.compile(r"(?:an?|the)\s+(?:\w+\s+)?(?:statement|message|post|letter|posting)\s+(?:on|in|from)\s+(his|her|its|their)\s+"
                              r"(?:official\s+)?(website|web\s?site|account|page|blog|twitter\s+feed|facebook\s+page)$")
_FORMER_LEAD = re.compile(r"(?:the|a|an)\s+(?:former|ex-|retired)\b")
_FORMER_WORD = re.compile(r"(?:^|\s)(?:former|ex-|retired)\s+(?!soviet|yugoslav)")
#: Polls and news reports: "Polls say …", "Some news reports said …".
_POLLS_OR_REPORTS = re.compile(r"(?:(?:the|new|recent|latest|opinion|several|some|many|most|public|independent|an?)\s+)*(?:opinion\s+)?"
                               r"(?:polls?|surveys?)|(?:(?:some|several|many|other|the|local|foreign|western|russian|israeli|unconfirmed|"
                               r"initial|early|conflicting|ukrainian|palestinian)\s+)*(?:news|media|press)\s+reports?")
_COUNTRY_POSSESSIVE = re.compile(r"(?:the\s+)?(?:country|nation)(?:’s|'s)\s+")
_WEBSITE_END = re.compile(r"\b(?:web ?sites?|blogs?)$")
_OFFICIAL_SITE = re.compile(r"government|-run|official|ministry|state|\b(?:his|her|its|their)\b")


_AND = re.compile(r"\sand\s")
_PP_TAIL = re.compile(r"\s+(?:for|of|at|from|in|with)\s.*$")
_INDEFINITE_OFFICIAL = re.compile(r"(?:a|an|one|another)\s+(?:senior|top|high-ranking|junior|government|administration|military)?\s*"
                                  r"(official|diplomat)$")
_THE_LEADER = re.compile(r"the\s+(president|prime\s+minister|chancellor|secretary\s+of\s+state|foreign\s+minister)")
_WHO_TAIL = re.compile(r",\s*who\b[^.;\n]{0,160}")
_LOCAL_OFFICIALS_END = re.compile(r"\b(?:(?:local|health|city|municipal|hospital|medical|town) officials|medics|doctors)$")
_MAYOR_END = re.compile(r"\b(?:mayor|governor)(?:(?:’s|'s)\s+office)?$")
_MILITARY_SOURCES = re.compile(r"(?:israeli\s+)?(?:military|army|defen[cs]e)\s+(?:officials|sources|spokes(?:man|woman|person))")
_PREFIXED_WORD = re.compile(r"(?:Ex|Co|Vice)-[a-z]+")


def resolve(text: str, span: Span, appositives: Sequence[Span], mentions: Sequence[Mention], ctx: Context) -> tuple[str, str, str]:
    """Party of a speaker phrase: ``(party, canonical speaker, via)``; updates ``ctx``.

    ``mentions`` are the document's party mentions (from :class:`~framing.attribution.mentions.PartyMatcher`).
    A speaker who can be identified but belongs to none of the spec's parties (a named private
    person, "a Chechen student in Grozny", an analyst, a news organisation) is ``other``; ``""``
    is left for speakers whose affiliation cannot be worked out ("he" with no antecedent, "the
    sources", "critics").

    >>> from framing.spec import load_spec
    >>> from framing.attribution.mentions import matcher
    >>> t = "Brig. Gen. Nico Tak, a top NATO official, spoke. Tak said more troops came."
    >>> ms = matcher(load_spec("ukraine-2014")).find(t)
    >>> ctx = Context()
    >>> for m in ms:
    ...     ctx.see_mention(m)
    >>> resolve(t, (11, 19), [(21, 40)], ms, ctx)[0], resolve(t, (49, 52), [], ms, ctx)[0]
    ('west', 'west')
    """
    s, e = span
    phrase = text[s:e]
    low = phrase.lower()
    if (_MUTE_HEAD.search(phrase) and not mentions_between(mentions, e - 12, e)
            and not re.search(r"\b(?:who|which|that|on|of|in|by|from|at|with|about|for|to|over|[a-z]{3,}ing)\s", phrase)):
        return "", phrase, "label"  # "The European Union sanctions (announced on Friday) impose …": sanctions do not speak
    if phrase in ("Story", "Hide Caption", "Caption", "Photos", "Video", "Map") or phrase.startswith(("Story highlights", "Hide Caption")):
        return "", phrase, "label"  # "Story highlights …": page furniture, not a speaker
    low = _LEADING_CONJUNCTION.sub("", low)  # "Yet he"
    if _ENDS_IN_PRONOUN.search(low) and not _CLAUSE_WORD.search(low):
        low = low.rsplit(None, 1)[1]  # "Standing next to Israeli Prime Minister Benjamin Netanyahu she": she speaks
    low = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "i"}.get(low, low)  # "listen to him complain"
    if low in PRONOUNS or low in ("one of them", "another", "one official", "one said"):
        kind = PRONOUNS.get(low, "group")
        if low in ("it", "they"):
            subj = subject_antecedent(text, s, low, mentions, ctx.sent_starts, ctx)
            if subj is None and low == "it":
                subj = _relative_subject(text, s, mentions, ctx.sent_starts)
            if subj is not None:
                if low == "it":
                    ctx.last_org = subj  # "It said … It added …": the chain goes on
                else:
                    ctx.last_group = subj
                return subj[1], subj[0], "pronoun"
        # antecedents expire: a person within ~800 characters, a group or organisation within ~400
        person = ctx.recent("last_person", s, 800)
        if kind == "person":
            # "Rogoff thinks Putin is most interested in … He says, …": the subject, not the person inside its clause
            person = _subject_name(text, s, ctx) or person
        group = ctx.recent("last_group", s, 400)
        org = ctx.recent("last_org", s, 400)
        ref = {"person": person, "group": group or org, "org": org or group}.get(kind)
        if kind == "group" and ref is None:
            ref = person
        if ref is not None:
            if kind == "group" and ref is group:
                ctx.last_group = ref  # "They urged … / “…,” they said": the chain goes on
            return ref[1], ref[0], "pronoun"
        return "", phrase, "pronoun"
    poss = _POSSESSIVE_STAFF.match(low)
    if poss is None:
        # "a statement on his website said …": the owner of the website
        poss = _POSSESSIVE_PAGE.match(low)
    if poss:
        ref = _possessor(text, s, poss.group(1), ctx)
        if ref is not None and ref[1]:
            if re.search(r"(?:party|government|office|ministry|staff|website|web\s?site|account|page|blog|feed)$", low):
                ctx.last_org = (phrase, ref[1])  # "His political party … It accused Yanukovych …"
            elif not low.endswith("s"):
                ctx.last_person = (phrase, ref[1])  # "his spokesman said … He added"
            return ref[1], phrase, "possessive"  # "his spokesman": Putin's party, but the spokesman speaks
    inside = mentions_between(mentions, s, e)
    if (_PRESS.fullmatch(phrase) and inside and all(x.via == "demonym" for x in inside)
            and not re.search(r"state|official|government|-run|public", low)):
        return OTHER, phrase, "unaffiliated"  # "Israeli TV reported", "Israeli media said": the press, not the party
    # "former British Prime Minister Tony Blair, who is envoy for the Middle East Quartet": the current office decides
    office_now = any(not _FORMER.match(text, a, b) and _ROLE.search(text, a, b)
                     and not re.search(r"\b(?:once|formerly|previously|veteran|retired|ex-)", text[a:b])
                     and any(x.via == "alias" and x.party for x in mentions_between(mentions, a, b)) for a, b in appositives)
    if not office_now and (_FORMER_LEAD.match(low) or (_FORMER_WORD.search(low) and _ROLE_NAME.search(phrase))):
        # "former Israeli ambassador to the United States Yoram Ettinger": no longer speaks for his state
        rn = _ROLE_NAME.search(phrase)
        if rn is not None:
            _learn(ctx, " ".join(rn.group(1).split()[-2:]), OTHER)  # a later "Ettinger said" too
        if not low.endswith("s"):
            ctx.last_person = (phrase, OTHER)  # the next "he"
        return OTHER, phrase, "unaffiliated"  # "the former grandmaster says", "a former Israeli diplomat": of no party now
    staff = _HOSPITAL_STAFF.fullmatch(phrase)
    if staff and not inside:
        # "Aviva Shemer with Ichilov Hospital said": a hospital's staff speak for the scene's population
        name = staff.group(1)
        party = place_party(ctx.places, s, e, text, scene_only=True, persist=True)
        _learn(ctx, name, party)
        return party, name, "private"
    q = _QUANTIFIER_IN.match(phrase)
    if q and not inside:
        at = [x for x in mentions_between(ctx.places, s + q.end(), e) if x.start == s + q.end()]
        if at:
            return at[0].party, phrase, "place"  # "some in Gaza hope …": people of the place's population
    if _BARE_QUANTIFIER.fullmatch(phrase):
        ref = ctx.recent("last_group", s, 300) if low.endswith(" them") else None  # "some of them": the group just named
        if ref is not None and ref[1]:
            return ref[1], phrase, "pronoun"
        k = bisect_right(ctx.sent_starts, s) - 1
        if k >= 1 and not text[ctx.sent_starts[k] : s].strip():
            # "Protesters spoke of justice … Many wondered …": many of the people the previous sentence opens with
            words = text[ctx.sent_starts[k - 1] : ctx.sent_starts[k]].split()[:3]
            for n in range(1, len(words) + 1):
                lead = " ".join(words[:n])
                if _GENERIC_GROUP.match(lead) and not mentions_between(mentions, ctx.sent_starts[k - 1], ctx.sent_starts[k - 1] + len(lead)):
                    return OTHER, phrase, "unaffiliated"
        # "many", "others" with no group just named: nobody identifiable, so no party ("" -- not ``other``)
        return "", phrase, "generic"
    g = _GENERIC_GROUP.match(phrase)
    if g and (not inside or (g.group(2) and g.group(1).lower() in ("supporters", "opponents", "critics", "fans"))):
        # "Many protesters", "Supporters of the administration": identifiable people of no party
        # (a population's residents speak for the place they are in: "residents said" in Gaza)
        if g.group(1).lower() in _POPULATION_GROUPS:
            inner_place = mentions_between(ctx.places, s, e)
            if inner_place:
                return inner_place[0].party, phrase, "place"  # "people in the West Bank"
            if g.group(1).lower() == "people":
                return OTHER, phrase, "unaffiliated"  # "Some people say …": anybody
            # the place they are in ("in Kiryat Malachi"), not one named as the origin of rockets ("from Gaza")
            # a religious or ethnic community ("Jewish residents" of Germany) is no population of the scene's party
            community = bool(_COMMUNITY.search(low))
            return place_party(ctx.places, s, e, text, scene_only=True, persist=not community), phrase, "private"
        return OTHER, phrase, "unaffiliated"
    if _POLLS_OR_REPORTS.fullmatch(low):
        return OTHER, phrase, "unaffiliated"  # "Polls say the vast majority …", "Some news reports said …": no party
    own = _COUNTRY_POSSESSIVE.match(low)
    if own and not inside:
        # "Russia on Saturday accused … The country’s Ministry of Foreign Affairs said …": the country just named
        party = _state_before(text, s, ctx, mentions)
        if party:
            return party, phrase, "definite"
        if re.fullmatch(r"(?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?)*[A-Z][\w’'-]*", phrase[own.end():]):
            # "the country's Independent Elections Commission" (Afghanistan): a named body of no spec party
            return OTHER, phrase, "unaffiliated"
    poss_name = _NAME_POSSESSIVE.match(phrase)
    if poss_name and not inside:
        ref = ctx.persons.get(poss_name.group(1).split()[-1])
        if ref is not None and ref[1]:
            return ref[1], phrase, "possessive"  # "Cruz's spokesperson said": the party of Cruz
    if _WEBSITE_END.search(low) and not _OFFICIAL_SITE.search(low):
        return OTHER, phrase, "unaffiliated"  # "Some Russian websites reported" (not "a Gaza government website")
    if _OUTLET.search(_before_obtained(phrase)):
        return OTHER, phrase, "unaffiliated"  # "The Times of Israel", "the Kyiv Post": an outlet, not the party
    if inside and all(x.via == "demonym" for x in inside) and _COMPANY_HEAD.search(phrase) and not _STATE_RUN.search(low):
        return OTHER, phrase, "unaffiliated"  # "French oil major Total": a company, not the state
    if inside and all(x.via == "demonym" for x in inside) and _unaffiliated(phrase):
        return OTHER, phrase, "unaffiliated"  # "the Palestinian Center for Human Rights": an NGO, not the party
    if _UNAFFILIATED_HEAD.match(phrase) and not any(x.via in ("person", "title") for x in inside):
        return OTHER, phrase, "unaffiliated"  # "the editor of Ukraine's English-language paper"
    # a surname (or "Mr. X") inherits the party of the person's earlier full mention in the document
    m = _TITLE_SURNAME.match(phrase) or _SURNAME.match(phrase)
    if m and inside and m.group(1) in ctx.persons and _earlier_namesake(inside, ctx.persons[m.group(1)][0]):
        inside = []  # "Mykhailo Lysenko … Lysenko said": the document's own Lysenko before the spec's Andriy Lysenko
    if m and not inside and m.group(1) in ctx.persons:
        name, party = ctx.persons[m.group(1)]
        ctx.last_person = (name, party)
        return party, name, "title" if m.re is _TITLE_SURNAME else "surname"
    if m and not inside and m.re is _SURNAME and m.group(1) not in _NOT_SURNAME:
        # "Victor and Azza Olynik shopped … / “…,” Azza said": a given name seen earlier in a full name
        w = re.escape(m.group(1))
        full = None
        for full in re.compile(rf"\b{w}(?:\s+[A-Z][\w’'-]+)+").finditer(text, max(0, s - 8000), s):
            pass
        if full is not None and not mentions_between(mentions, full.start(), full.end()) and not _ORG_WORD.search(full.group()):
            known = ctx.persons.get(full.group().split()[-1])
            party = known[1] if known else name_party(text, full.start(), full.end(), mentions, ctx.places)
            if party:
                ctx.last_person = (full.group(), party)
                return party, full.group(), "name"
        ctx.last_person = (phrase, "")  # "Plenty, Labott said." -- she is the next "she", though of no known party
    name_m = _NAME.match(phrase) or _ROLE_NAME.search(phrase)
    org_word = _ORG_WORD.search(phrase)
    if org_word and name_m is not None and name_m.re is _NAME and name_m.end() < len(phrase):
        # "Conservative Party foreign minister Philip Hammond": a party in the title, a person's name at the end
        role_m = _ROLE_NAME.search(phrase)
        if role_m is not None and not _ORG_WORD.search(role_m.group(1)) and _GOV_TITLE.search(phrase[: role_m.start(1)]):
            name_m, org_word = role_m, None
    is_person = (bool(name_m) and not any(x.via == "alias" and x.start == s and not _TITLE_ALIAS.fullmatch(x.text) for x in inside)
                 and not org_word
                 and not low.startswith(("the ", "a ", "an ")))
    person_name = _name_of(name_m) if is_person else ""
    if is_person and not inside and person_name.split()[-1] in ctx.persons:
        name, party = ctx.persons[person_name.split()[-1]]
        if party:
            ctx.last_person = (person_name, party)
            return party, phrase, "person"
    if inside and low.startswith("the ") and (hit := resolve_description(text, span, mentions, ctx, [x.party for x in inside])):
        return hit  # "the California Republican": Rep. Ed Royce, named before (coref.py)
    if _PEOPLE.match(phrase) and inside and all(_LOCATED_BY.search(text, s, x.start) for x in inside):
        # "A lot of people with Russian heritage in eastern Ukraine": a population, of a spec place's party or none
        party = place_party(ctx.places, s, e, text, scene_only=True)
        return party, phrase, "private" if party != OTHER else "unaffiliated"
    if inside and all(_NEAR_PLACE.search(text, s, x.start) for x in inside):
        inside = []  # "Countries close to Russia, especially Poland": a place named to locate them, not their party
    if inside and all(x.via == "demonym" for x in inside) and _PRIVATE_PERSON.match(phrase):
        # "A second Israeli woman joined in …" (at a Jerusalem hospital): a private person speaks for the
        # population of the scene's place, not for the state her demonym names (docs/specs.md, places)
        return place_party(ctx.places, s, e, text, persist=True), phrase, "private"
    if inside:
        rank = {"person": 0, "title": 0, "alias": 1, "surname": 2, "demonym": 3}
        first = min(inside, key=lambda x: (rank.get(x.via, 4), x.start))
        closing = [x for x in inside if x.person and x.end == e and x.via in ("surname", "person", "title")]
        if not first.person and closing and closing[0].party == first.party:
            first = closing[0]  # "Secretary of State John F. Kerry": the title alias's person is the spec's John Kerry
        if _AND.search(phrase) and (is_person or first.via in ("person", "title")):
            ctx.last_group = (phrase, first.party)  # "Sens. John McCain … and Lindsey Graham said …  They urged …"
        if first.person and _named_inside(text, s, first):
            # "A spokesman for Netanyahu", "Morsy's office", "an official in President Obama's administration":
            # the person's party, but someone else speaks (the name after the role, if any: "…'s spokesman Ofir Gendelman")
            tail = _NAME_AT_END.search(text, first.end, e)
            name = tail.group(1) if tail and not _ORG_WORD.search(tail.group(1)) and not _DAY_OR_MONTH.search(tail.group(1)) else phrase
            ctx.last_person = (name, first.party)
            _note(ctx, phrase, first.party, s)  # "Officials of Mr. Morsi's government": a later "the official"
            return first.party, name, "possessive"
        if first.person:
            ctx.last_person = (first.person, first.party)
            _note(ctx, phrase, first.party, s)
            return first.party, first.person, first.via
        party = first.party
        titled = _titled_name(text, s, e, inside) if not is_person or _GOV_TITLE.search(person_name) else None
        if titled is not None:
            # "German Economy Minister and Vice Chancellor Sigmar Gabriel": the title's party, the person's name
            _learn(ctx, titled, party)
            _note(ctx, phrase, party, s)
            return party, titled, first.via
        if is_person:
            _learn(ctx, person_name, party)
        elif (_PERSON_HEAD.search(_PP_TAIL.sub("", phrase))
              or (_SURNAME.match(phrase) and not _NOT_A_PERSON.fullmatch(phrase))):
            # "Ban said" (an alias of a person); "The official spokesman for the military wing of the pro-Russian forces"
            ctx.last_person = (phrase, party)  # "Slaviansk's self-declared mayor" is a "he"
        elif _GROUP_HEAD.search(phrase):
            ctx.last_group = (phrase, party)
        else:
            ctx.last_org = (phrase, party)
        _note(ctx, phrase, party, s)
        return party, phrase, first.via
    for a, b in appositives:
        inner = mentions_between(mentions, a, b)
        current = _current_role(text, a, b, mentions)
        if current is not None:
            a = current  # "a former government minister and Hamas deputy": the current role decides
        elif _FORMER.match(text, a, b) or _ONE_TIME_ROLE.match(text, a, b):
            if is_person:
                _learn(ctx, person_name, OTHER)
            return OTHER, phrase, "unaffiliated"  # "Walesa, a former president of Poland,": of no party now
        if _UNAFFILIATED_ROLE.match(text, a, b):
            break  # "a professor emeritus of Russian studies": the role, not the subject, decides
        inner = [x for x in inner if not in_private_org(text, x, a, b)]
        lead = re.compile(r"\s*,\s*").match(text, e)  # (the appositive may start after the head noun's relative pronoun)
        head = lead.end() if lead and lead.end() <= a else a
        if _COMPANY_APPOSITIVE.match(text, head, b) and not _STATE_RUN.search(text, head, b):
            if is_person:
                _learn(ctx, person_name, OTHER)
            return OTHER, phrase, "unaffiliated"  # "Novatek, a big Russian gas company that works with French firm Total"
        nationality = _NATIONALITY.match(text, a, b)
        if nationality is not None:
            # "Sari Bashi, an Israeli who works … at Tel Aviv's GISHA advocacy group", "Igor Girkin, a Russian citizen
            # who is the top defense official in the separatist Donetsk People's Republic": a nationality, not a party
            inner = [x for x in inner if not (x.via == "demonym" and x.start < nationality.end())]
            if _COMPANY.search(text, a, b) or re.search(r"\b(?:advocacy|rights|NGO)\b", text[a:b]):
                if is_person:
                    _learn(ctx, person_name, OTHER)
                return OTHER, phrase, "unaffiliated"  # a private body's worker, of no party
            if not inner:
                continue
        if not inner and _PRIVATE_ORG_RUN.search(text, a, b):
            if is_person:
                _learn(ctx, person_name, OTHER)
            return OTHER, phrase, "unaffiliated"  # "deputy head of the Polish Fruitgrowers Association": a private body
        if inner:
            party = inner[0].party
            if is_person:
                _learn(ctx, person_name, party)
            if (not is_person and inner[0].person and inner[0].via in ("person", "title", "surname")
                    and inner[0].start - a <= 1 and b - inner[0].end <= 1):
                # "said a spokesman, Sami Abu Zuhri": the appositive names the person who speaks
                ctx.last_person = (inner[0].person, party)
                return party, inner[0].person, "appositive"
            return party, phrase, "appositive"
    core = _before_obtained(phrase)
    whole = " ".join([core, *(text[a:b] for a, b in appositives)])
    if (_unaffiliated(whole) or _MEDIA.search(core)
            or (is_person and re.search(r"\b(?:of|at|from|with)\s+(?:the\s+)?[A-Z]", phrase))):
        if is_person:
            _learn(ctx, person_name, OTHER)
        _note(ctx, phrase, OTHER, s)
        return OTHER, phrase, "unaffiliated"
    if _NGO.search(phrase):
        return OTHER, phrase, "unaffiliated"  # "the Anti-Defamation League", "Human Rights Watch", "Total"
    ind = _INDEFINITE_OFFICIAL.match(low)
    if ind:
        ref = ctx.head(ind.group(1), s, 600)
        if ref is not None:
            return ref[1], phrase, "definite"  # "Officials of Mr. Morsi's government … a senior official said"
    # "the ministry", "The statement", "the California Republican": the last entity with that head noun
    t = _THE_LEADER.fullmatch(low)
    if t and not inside:
        # "the President said": the last person named with that title ("Russian President Vladimir Putin")
        title = t.group(1).split()
        last = ctx.last_person
        if last is not None and last[1] and re.search(
                rf"\b{' '.join(title)}\s+(?:[A-Z][\w.’'-]*\s+){{0,2}}{re.escape(last[0].split()[-1])}\b", text[max(0, s - 8000) : s], re.I):
            # "Obama said … He called on Putin … The president said": the person just speaking, if the article
            # gives him that title
            return last[1], last[0], "definite"
        for m in reversed(mentions_between(ctx.narration, max(0, s - 5000), s)):
            if m.party and m.via in ("person", "title", "alias") and all(w in m.text.lower().split() for w in title):
                return m.party, m.person or m.text, "definite"
        # "President Barack Obama … Obama said … the president said": the title stands before the name
        titled = re.compile(rf"\b{' '.join(title)}\s+(?:[A-Z][\w.’'-]*\s+){{0,2}}$", re.I)
        for m in reversed(mentions_between(ctx.narration, max(0, s - 8000), s)):
            if m.party and m.via in ("person", "title", "alias", "name") and titled.search(text, max(0, m.start - 60), m.start):
                return m.party, m.person or m.text, "definite"
    d = _DEFINITE.match(phrase)
    if d:
        ref = ctx.head(d.group(1), s)
        if ref is None:
            ref = _head_in_text(text, d.group(1), s, mentions)
        if ref is None and _singular(d.group(1)) in ("channel", "outlet", "station", "broadcaster", "network"):
            # "A TV news outlet run by Hamas showed … The channel blamed …": the owner named just before, else the press
            lo = max(0, s - 400)
            run = None
            for run in _RUN_BY.finditer(text, lo, s):
                pass
            owner = mentions_between(mentions, run.end(), run.end() + 40) if run is not None else []
            if owner and owner[0].start == run.end() and owner[0].party:
                return owner[0].party, phrase, "definite"
            tv = [m for m in mentions_between(mentions, max(0, s - 600), s)
                  if m.party and m.via == "alias" and re.search(r"\b(?:TV|television|channel|radio)\b", m.text, re.I)]
            if tv:
                return tv[-1].party, phrase, "definite"  # "Al-Aqsa TV quoted … The channel said": a party's channel
            return OTHER, phrase, "unaffiliated"
        if ref is None and _singular(d.group(1)) in ("company", "firm", "airline", "carrier", "bank", "newspaper", "foundation",
                                                             "charity", "institute", "fund", "association"):
            return OTHER, phrase, "unaffiliated"  # "the company forecast", "the foundation said": no party
        if ref is None and _singular(d.group(1)) in _INSTITUTION:
            # "the foreign ministry said" right after "Russia's national security council": that state's
            near = [m for m in mentions_between(ctx.narration or mentions, max(0, s - 400), s) if m.via == "alias"]
            stem = {"ministry": r"\bminist(?:ry|er)\b"}.get(_singular(d.group(1)), rf"\b{_singular(d.group(1))}\b")
            same = [m for m in near if re.search(stem, m.text, re.I)]  # "Egyptian Foreign Minister … the ministry said"
            ref = (same[-1].text, same[-1].party) if same else None
            if ref is None:
                # "President Viktor Yanukovych fired his military chief and the military announced": his state's
                lo = max(0, text.rfind(". ", 0, s) + 2, text.rfind("\n", 0, s) + 1)
                people = [m for m in mentions_between(ctx.narration, lo, s) if m.via in ("person", "title") and m.party]
                ref = (people[0].text, people[0].party) if people else None
            if ref is None:
                # "Defense Minister Ehud Barak … authorized the army to draft reserves. The army said …": the
                # sentence before that names the institution and a person of a party
                lo2 = max(0, text.rfind(". ", 0, max(0, lo - 2)) + 2, text.rfind("\n", 0, max(0, lo - 2)) + 1, s - 600)
                if re.search(rf"\b{_singular(d.group(1))}\b", text[lo2:lo], re.I):
                    people = [m for m in mentions_between(ctx.narration, lo2, lo) if m.via in ("person", "title") and m.party]
                    ref = (people[0].text, people[0].party) if people else None
        if ref is None and _singular(d.group(1)) in ("official", "source", "diplomat", "spokesman", "spokeswoman", "aide"):
            ref = _indefinite_antecedent(text, _singular(d.group(1)), s, ctx.narration or mentions)
        if ref is not None:
            _note(ctx, phrase, ref[1], s)  # "The army said …  Military officials said …"
            return ref[1], phrase, "definite"
    acr = ctx.acronyms.get(phrase.removeprefix("the ").removeprefix("The "))
    if acr is not None:
        return acr[1], phrase, "acronym"
    tail = _WHO_TAIL.match(text[e : e + 170])
    if is_person and tail and _unaffiliated(tail.group()):
        _learn(ctx, person_name, OTHER)  # "Nathan Thrall, who researches … for the International Crisis Group"
        return OTHER, phrase, "unaffiliated"
    if is_person:
        # a named person of no party: identifiable, so ``other`` -- unless a bare official title
        # ("Foreign Minister Leonid Kozhara") says they speak for some unnamed government
        apps = [text[a:b] for a, b in appositives]
        tw = phrase.split()[:-2]
        while tw and not tw[-1].endswith(".") and not _GOV_TITLE.fullmatch(tw[-1]) and tw[-1][:1].isupper():
            tw.pop()  # "Air Force Maj. Eric D. Badger": the title ends before the given name
        title = " ".join(tw)
        acr = next((ctx.acronyms.get(w) for w in tw if len(w) >= 2 and w.isupper() and ctx.acronyms.get(w)), None)
        if acr is not None:
            # "BND President Gerhard Schindler", the BND defined earlier as "Germany's foreign intelligence
            # agency (BND)": the agency's state
            _learn(ctx, person_name, acr[1])
            return acr[1], phrase, "acronym"
        if _GOV_TITLE.search(title):
            # "Foreign Minister Leonid Kozhara": some government, unnamed -> ""; but "Swiss President
            # Didier Burkhalter" or "retired Gen. Wesley Clark" are identifiable and of no party
            # "airline spokesman Morgan Durrant", "SpaceX spokesman John Taylor": a company's, of no party
            company = _COMPANY.search(title) or re.match(r"[A-Z][a-z]+[A-Z][a-z]+\s", title)
            party = OTHER if _FOREIGN_OR_FORMER.search(title) or company else ""
            if not party and re.search(r"\b(?:mayor|governor)\b", title, re.I):
                party = place_party(ctx.places, s, e, text)  # "In Ashkelon, … Mayor Benny Vaknin told CNN"
                party = "" if party == OTHER else party
            if not party and re.search(r"\b(?:lawmaker|legislator|parliamentarian|MP|deputy)\b", title, re.I):
                party = _state_before(text, s, ctx, mentions)  # "… Ukraine has. … Lawmaker Inna Bogoslovskaya told The AP"
        elif any(_org_role(x) for x in apps):
            # "head of the emergency room at nearby Shifa Hospital": a spec place inside the role decides
            at = [p for a, b in appositives for p in mentions_between(ctx.places, a, b)]
            # "the deputy head of a monitoring team from the Organization for Security and Cooperation in Europe": a
            # spec body closing the role (past the phrase's word limit) decides
            ends = [(b, _CLAUSE_STOP.search(text, b)) for _, b in appositives]
            body = [m for b, stop in ends for m in mentions_between(mentions, b, stop.start() if stop else b + 120)
                    if m.party and m.party != OTHER and m.via == "alias" and not is_country(m)]
            # "president of the Central Council of Jews in Germany": a named body of no spec party is no government
            # "Ahmed Sourani, Gaza program manager at Oxfam International": the aid group's, not Gaza's
            party = OTHER if any(_AID_GROUP.search(x) for x in apps) else at[0].party if at else body[0].party if body else "" if any(_GOV_TITLE.search(x) and not _COMPANY.search(x)
                                                     and not re.search(r"\b(?:of|at|for)\s+(?:the\s+)?[A-Z]", x) for x in apps) else OTHER
        elif text[max(0, s - 2) : s] == ", " and not appositives:
            # "Russia's ambassador to the EU, Vladimir Chizhov, told the BBC": the role before the name decides
            party = name_party(text, s, e, mentions, ctx.places)
        elif text.startswith(", ", e) and _AID_GROUP.search(text[e : e + 120].split(". ")[0]):
            party = OTHER  # "according to Ahmed Sourani, Gaza program manager at Oxfam International": the group's
        elif not appositives and re.match(r", (?:the|a|an) [a-z]", text[e : e + 8]):
            # "said Alexander Hug, the deputy head of a monitoring team from the Organization for Security and
            # Cooperation in Europe.": an appositive too long for the phrase; it decides as after any name
            party = name_party(text, s, e, mentions, ctx.places)
        else:
            role = role_before(text, s, mentions)
            # "Amnah Hassan, 53, said": a private person by her age, of the scene's population however far back it was set
            private = bool(_AGE_AFTER.match(text, e)) or any(_PRIVATE_PERSON.match(x) for x in apps)
            party = role if role is not None else place_party(ctx.places, s, e, text, persist=private)
            if role is None and party != OTHER and any(
                    _PRIVATE_PERSON.match(text[a:b]) and _PLACE_NAMED.search(text, a, b) and not mentions_between(ctx.places, a, b)
                    for a, b in appositives):
                party = OTHER  # "Sami El Hilali, a resident of the Horreya district of Iraq's capital": not the scene's
        _learn(ctx, person_name, party)
        return party, phrase, "person" if party else ""
    inner_place = mentions_between(ctx.places, s, e)
    if inner_place and (_ROLE.search(phrase) or _GOV_TITLE.search(phrase)
                        or re.search(r"\b(?:sources|residents|medics|doctors|officials|people|civilians|families)\b", low)):
        return inner_place[0].party, phrase, "place"  # "The health minister in Ramallah", "medical sources in Gaza"
    if _LOCAL_OFFICIALS_END.search(low):
        party = place_party(ctx.places, s, e, text)  # "In Gaza, health officials said"
        return ("", phrase, "") if party == OTHER else (party, phrase, "place")
    if _MAYOR_END.search(low):  # "In Ashkelon, …, its mayor said": the town's party
        party = place_party(ctx.places, s, e, text)
        if party == OTHER and _TOWN_BEFORE.search(text, max(0, s - 300), s):
            ctx.last_org = (phrase, OTHER)  # "It also said …": the office
            return OTHER, phrase, "unaffiliated"  # "In Horlivka, … the mayor's office reported": a town of no spec party
        return ("", phrase, "") if party == OTHER else (party, phrase, "place")
    agent = agent_antecedent(text, s, phrase, mentions, ctx.sent_starts) if not inside else None
    if agent is not None:
        return agent, phrase, "definite"  # "the pro-Russian insurgents who organized the vote … Election organizers told"
    unnamed = _UNNAMED_ROLE.fullmatch(low)
    if unnamed is not None and not appositives:
        body = body_before(text, s, mentions, unnamed.group(1), ctx.sent_starts)
        if body is not None:
            return body, phrase, "definite"  # "The Israeli military said …  A military spokesman said …"
    if _MILITARY_SOURCES.fullmatch(low):
        # "The army said … Military officials said …": the army just named (bare "military officials"
        # with no army named within 800 characters stay "")
        ref = ctx.head("army", s, 800) or ctx.head("military", s, 800)
        if ref is not None:
            return ref[1], phrase, "definite"
    if _PRIVATE_PERSON.match(phrase) or any(_PRIVATE_PERSON.match(text[a:b]) for a, b in appositives):
        return place_party(ctx.places, s, e, text, persist=True), phrase, "private"  # "A Chechen student in Grozny", "a resident of Kramatorsk"
    if not inside and _GOV_TITLE.search(phrase) and _FOREIGN_NP.match(phrase):
        return OTHER, phrase, "unaffiliated"  # "a British government minister" (no spec party): identifiable, of no party
    if not inside and _STATE_ROLE.search(phrase):
        # "the acting head of the police": an official of the state whose country the passage is about
        party = place_party(ctx.places, s, e)
        lo = max(0, text.rfind(". ", 0, s) + 2, text.rfind("\n", 0, s) + 1, s - 400)
        states = [m for m in mentions_between(mentions, lo, s) if m.party and m.via in ("alias", "demonym")
                  and re.fullmatch(r"[A-Z][a-z]+(?:[’']s)?", m.text)]
        if party == OTHER and states:
            party = states[-1].party  # "He fled Ukraine's capital …, according to the acting head of the police"
        ctx.last_person = (phrase, party)
        return party, phrase, "place" if party != OTHER else "unaffiliated"
    if _PREFIXED_WORD.fullmatch(phrase):
        return "", phrase, ""  # "Ex-hostage: Detained because …": a headline's role noun, nobody named (no "other")
    if ctx.last_person == (phrase, "") and _SURNAME.match(phrase):
        # "Jamila says …", "Makeeno said": a named person (seen by that name only) of no known party, unless
        # the scene makes them its population ("NETIV HAASARA, Israel — … Ben-Ari said")
        setting, at = scene_at(ctx.places, text, s)
        party = setting if at >= 0 and text[at : at + 3].isupper() else OTHER  # a dateline's, not "in Tel Aviv" (Lufthansa)
        ctx.last_person = (phrase, party)
        return party, phrase, "name"
    if not inside and _IDENTIFIABLE_GROUP.match(phrase):
        return OTHER, phrase, "unaffiliated"  # "recruiters called those people cowards": identifiable people of no party
    if not inside and _DESCRIBED_ROLE.fullmatch(phrase):
        return OTHER, phrase, "unaffiliated"  # "an Islamist leader told AFP" (in Egypt): a named camp's figure of no party
    # "the vice president", "the foreign ministry", "his political party": the antecedent named earlier (coref.py)
    if hit := resolve_description(text, span, mentions, ctx):
        return hit
    if not inside:
        body = institution_before(text, s, phrase, ctx)
        if body:
            _note(ctx, phrase, body, s)  # "Military officials said … The officials also said …"
            return body, phrase, "definite"  # "Israeli police spokesman Micky Rosenfeld said … Police said …"
    return "", phrase, ""


#: A bare state institution as the speaker ("Police said", "the army said", "Military officials said", "the ministry said").
_BARE_INSTITUTION = re.compile(
    r"(?:[Tt]he\s+|[Aa]n?\s+(?=(?:senior\s+)?(?:military|army|police|ministry|security|government)\s+(?:official|source|spokes)))?"
    r"(?:senior\s+)?(?:(?:health|interior|foreign|defen[cs]e|justice|emergency|military)\s+)?"
    r"(?:(police|army|military|ministry|government)|(?:(military|army|police|ministry|security|government)\s+"
    r"(?:officials?|sources?|spokes(?:man|woman|person)))|(government)(?:’s|'s)\s+(?:comments|statement|remarks|announcement)|(?:an?\s+)?(government)\s+(?:statement|announcement))", re.I)
_INSTITUTION_WORDS = {"police": r"\b[Pp]olice(?:man|men)?\b", "ministry": r"\b[Mm]inist(?:ry|er)\b",
                      "military": r"\b(?:military|[Aa]rmy|IDF|Defen[cs]e\s+Forces)\b",
                      "security": r"\b(?:security\s+(?:forces|services?)|SBU|Shin\s+Bet)\b", "government": r"\b[Gg]overnment\b"}


#: A person named as the complement of the speaker's role: "A spokesman for …", "Advisers to Mr. …".
_GOVERNED_BY_ROLE = re.compile(r"\b(?:[a-z][\w-]*|[A-Z][a-z]+s)\s+(?:for|to|in|under|close\s+to)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}$")
#: A proper name closing a speaker phrase after a lower-case role: "Netanyahu's spokesman Ofir Gendelman".
def _titled_name(text: str, s: int, e: int, inside: Sequence[Mention]) -> str | None:
    """The person's name (two or three capitalised words, no spec mention) that ends a phrase of government titles
    of one person, or None.

    >>> _titled_name("German Economy Minister and Vice Chancellor Sigmar Gabriel", 0, 58, [])
    'Sigmar Gabriel'
    """
    m = _NAME_AT_END.search(text, s, e)
    if m is None or len(m.group(1).split()) < 2 or not _GOV_TITLE.search(text, s, m.start(1)):
        return None
    if re.search(r"\sand\s", text[m.start(1) : e]) or any(x.end > m.start(1) for x in inside):
        return None  # "… Minister Saleem Al-Saqqa and Ismail Jabr", "… ambassador to the United States"
    words = m.group(1).split()
    while words and (_GOV_TITLE.fullmatch(words[0]) or words[0].lower() in ("vice", "deputy", "chancellor", "acting")):
        words = words[1:]  # "Vice Chancellor Sigmar Gabriel": the title words before the name
    if len(words) < 2 or _ORG_WORD.search(" ".join(words)) or _DAY_OR_MONTH.search(" ".join(words)):
        return None
    return " ".join(words)


_NAME_AT_END = re.compile(r"(?<=[a-z]\s)((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+)\s*$")


#: One-word aliases that are states, capitals or movements, never the next "he" ("Medvedev made it clear that
#: Russia hopes …. “…,” he said"); "Ban" (Ban Ki-moon) is.
_NOT_A_PERSON = re.compile(r"(?:[A-Z][a-z]+(?:ia|ine|el|ypt|ce|ey|ain|ary|stan|land|ea)|Washington|Moscow|Kiev|Kyiv|Jerusalem|"
                           r"Cairo|Gaza|Brussels|London|Paris|Berlin|Tehran|Ankara|Beijing|Damascus|Hamas|Hezbollah|NATO)(?:[’']s)?")
#: An appositive saying the speaker is a company: "a big Russian gas company", "the largest foreign investor in Russia".
_COMPANY_APPOSITIVE = re.compile(r"(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:company|firm|corporation|producer|manufacturer|"
                                 r"insurer|reinsurer|investor|retailer|carrier|airline|conglomerate|oil\s+major)\b")
#: A company said to be the state's ("the Russian state pipeline company"), which speaks for the state.
_STATE_RUN = re.compile(r"\bstate\b|\bstate-")
#: Where an appositive's clause ends.
_CLAUSE_STOP = re.compile(r"[,;]\s|\.(?:\s|$)")
_AND = re.compile(r"\s+and\s+")
#: A company named by its trade in the speaker phrase: "French oil major Total", "the Russian gas company".
_COMPANY_HEAD = re.compile(r"\b(?:oil\s+major|(?:gas|oil|energy|steel|arms|defen[cs]e)\s+(?:company|firm|giant|producer|maker)|"
                           r"company|firm|corporation|conglomerate|carrier|airline)\b", re.I)
#: People of a population as the speaker ("A lot of people …", "Many residents …") and the words that locate or
#: describe them ("with Russian heritage in eastern Ukraine").
_PEOPLE = re.compile(r"(?:(?:a\s+lot\s+of|lots\s+of|many|most|some|thousands\s+of|hundreds\s+of|millions\s+of)\s+)?"
                     r"(?:people|residents|civilians|citizens|villagers|locals)\b", re.I)
_LOCATED_BY = re.compile(r"\b(?:with|in|of|from|across|throughout)\s+(?:[\w-]+\s+){0,2}$")
#: International aid and rights groups, whose staff speak for the group wherever they work.
_AID_GROUP = re.compile(r"\b(?:Oxfam|Save the Children|Doctors Without Borders|M[ée]decins Sans Fronti[èe]res|MSF|"
                        r"Human Rights Watch|Amnesty International|International Crisis Group|Norwegian Refugee Council|"
                        r"CARE International|Mercy Corps|B'Tselem|B’Tselem|Gisha)\b")
#: A party named only to locate the speaker: "Countries close to Russia", "states bordering Ukraine".
_NEAR_PLACE = re.compile(r"\b(?:close\s+to|near|bordering|neighbou?ring)\s+(?:the\s+)?$")
#: An appositive giving a person's nationality before what they do: "an Israeli who works …", "a Russian citizen who".
_NATIONALITY = re.compile(r"an?\s+[A-Z][a-z]+(?:\s+(?:citizen|national|expatriate|emigre|émigré))?\s+who\b")
#: A place named in a private person's appositive ("a resident of the Horreya district", "a teacher from Lviv").
_PLACE_NAMED = re.compile(r"\b(?:of|in|from)\s+(?:the\s+)?[A-Z][a-z]")
#: A town named as the scene just before a local authority speaks: "In Horlivka, a city besieged by …,".
_TOWN_BEFORE = re.compile(r"(?:^|[.\n]\s*)In\s+(?!(?:January|February|March|April|May|June|July|August|September|October|"
                          r"November|December|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,")
_DAY_OR_MONTH = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:January|February|March|April|June|July|August|"
                           r"September|October|November|December)\b")


def _current_role(text: str, a: int, b: int, mentions: Sequence[Mention]) -> int | None:
    """Start of the current role in an appositive that opens with a former one and names a party after "and"
    ("a former government minister and Hamas deputy" → "Hamas deputy"), else ``None``."""
    if not _FORMER.match(text, a, b):
        return None
    conj = _AND.search(text, a, b)
    return conj.end() if conj is not None and mentions_between(mentions, conj.end(), b) else None


def _before_obtained(phrase: str) -> str:
    """The phrase without a reduced relative naming who obtained it: "the briefing dossier obtained by CNN's Elise
    Labott" is the dossier's (its issuer's), not CNN's."""
    m = _OBTAINED_BY.search(phrase)
    return phrase[: m.start()] if m else phrase


def _named_inside(text: str, s: int, m: Mention) -> bool:
    """Whether the person ``m`` inside the speaker phrase starting at ``s`` only qualifies its head noun.

    >>> t = "A senior official in U.S. President Obama's administration"
    >>> _named_inside(t, 0, Mention(t.index("President"), t.index("'s"), "President Obama", "us", "title"))
    True
    >>> t = "Secretary of State John Kerry"
    >>> _named_inside(t, 0, Mention(t.index("John"), len(t), "John Kerry", "us", "person"))
    False
    """
    if text.startswith(("’s", "'s"), m.end):
        return True  # "Morsy's office", "President Obama's administration"
    return m.start > s and bool(_GOVERNED_BY_ROLE.search(text[s : m.start]))


def institution_before(text: str, s: int, phrase: str, ctx: "Context", limit: int = 1200) -> str:
    """Party of a bare state institution speaker ("Police said", "the army said") from the passage.

    The last party mention before it (within ``limit`` characters of narration) that names the same
    kind of institution, or stands right before its word ("Israeli police spokesman Micky Rosenfeld";
    "The Israel Defense Forces said … Military officials said"). ``""`` when none does (the place
    is no guide: Gaza's police are Hamas's, Jerusalem's Israel's, and articles move between them).

    >>> from framing.spec import load_spec
    >>> from framing.attribution.mentions import matcher
    >>> t = "Israeli police spokesman Micky Rosenfeld said two bombs were planted. Police said they were seeking suspects."
    >>> ms = matcher(load_spec("gaza-2012-2014")).find(t)
    >>> institution_before(t, t.index("Police said"), "Police", Context(narration=ms, text=t))
    'israel'
    """
    m = _BARE_INSTITUTION.fullmatch(phrase)
    if m is None:
        return ""
    kind = (m.group(1) or m.group(2) or m.group(3) or m.group(4)).lower()
    kind = "military" if kind == "army" else kind
    body = re.compile(_INSTITUTION_WORDS[kind])
    for x in reversed(mentions_between(ctx.narration, max(0, s - limit), s)):
        if not x.party or x.party == OTHER or x.via == "name":
            continue
        if body.search(x.text) or body.match(text, x.end + 1, x.end + 40):
            return x.party
    if m.group(4):
        # "Officials also said that Ukrainian forces have encircled … , a government statement said": the state
        # whose forces or officials the narration just before is about (one party only)
        near = {x.party for x in mentions_between(ctx.narration, max(0, s - 500), s)
                if x.party and x.party != OTHER and x.via in ("alias", "demonym")}
        return near.pop() if len(near) == 1 else ""
    return _country_around(text, s, ctx)


def _country_around(text: str, s: int, ctx: "Context") -> str:
    """The one state named (a one-word alias: "Ukraine", "Russia's") before ``s`` in its sentence or the one before,
    for a bare state organ ("Police said …" in a caption "… in Lviv, Ukraine, on February 19."); ``""`` when
    none or several states are named."""
    starts = ctx.sent_starts
    if not starts:
        return ""
    k = bisect_right(starts, s) - 1
    lo = starts[max(0, k - 1)] if k >= 0 else 0
    # the narration only, not the statement's own words ("… that the U.S. …")
    states = {m.party for m in mentions_between(ctx.narration, lo, s) if is_country(m)}
    return states.pop() if len(states) == 1 else ""


def joint_rows(row: dict, further: Sequence[str], text: str, mentions: Sequence[Mention],
               span: tuple[int, int] | None = None) -> list[dict]:
    """The rows of a statement by a joint speaker of several parties: one per party.

    The rule (docs/ARCHITECTURE.md, "Joint speakers"): "Ukraine and the West accuse Russia of …" and
    "President Barack Obama and UN chief Ban Ki-moon demanded …" are the statement of each party
    named in the speaker, so each party gets a row with the whole content (parties.csv credits each
    the statement and its words). The first row keeps the resolved party; each further row has
    ``via`` "coordinated" and, as ``speaker_name``, the conjunct that names its party. Every row's
    ``joint`` lists all the parties (";"-joined), so one sampled row shows the whole speaker.
    ``span`` is the speaker phrase when the row has none of its own: a continued quote ("… Russia
    must leave.") is the joint speaker's too, named in the first part (default: the row's
    ``speaker_start``/``speaker_end``).

    >>> from framing.spec import load_spec
    >>> from framing.attribution.mentions import matcher
    >>> t = "President Barack Obama and UN chief Ban Ki-moon demanded the soldier's release."
    >>> row = {"speaker_start": 0, "speaker_end": 47, "party": "us", "speaker_name": "Barack Obama", "via": "person"}
    >>> [(r["party"], r["speaker_name"], r["joint"]) for r in joint_rows(row, ["international"], t,
    ...                                                                  matcher(load_spec("gaza-2012-2014")).find(t))]
    [('us', 'Barack Obama', 'us;international'), ('international', 'Ban Ki-moon', 'us;international')]
    """
    joint = ";".join([row["party"], *further])
    out = [{**row, "joint": joint}]
    a, b = span if span is not None else (row["speaker_start"], row["speaker_end"])
    inside = mentions_between(mentions, a, b)
    for party in further:
        named = sorted((m for m in inside if m.party == party), key=lambda m: (m.via not in ("person", "title"), -len(m.text)))
        name = (named[0].person or named[0].text) if named else row["speaker_name"]  # "Ban Ki-moon", not "UN"
        out.append({**row, "party": party, "via": "coordinated", "speaker_name": name, "joint": joint})
    return out


# ----------------------------------------------------------------------------------------------
# helpers of resolve

_SURNAME = re.compile(r"^((?:(?:el|al|ad|as|ash|an|abu|bin|ibn)-)?[A-Z][a-z][\w’'-]*)$")  # "el-Sissi said"
_NOT_SURNAME = frozenset("Police Officials Witnesses Residents Critics Others Many Some Protesters Polls People Story Also "
                         "Activists Analysts Experts Sources Diplomats Medics Doctors Authorities Reports".split())
#: Aliases that are titles before a name ("Rep. Edward R. Royce"): the phrase is still a person.
_TITLE_ALIAS = re.compile(r"(?:Sen|Rep|Sens|Reps|Gov|Gen)\.|Senator|Congress(?:wo)?man")
_ROLE_NAME = re.compile(r"(?:^|\s)((?:[A-Z][\w’'-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w’'-]+|[A-Z]\.|al-\w+|bin|de|van|von|abu|Abu))+)$")
_ORG_WORD = re.compile(r"\b(?:Ministry|Council|Department|Agency|Service|Office|Committee|Commission|Court|Party|Forces|"
                       r"Army|Police|Guard|Bank|Organization|Organisation|Union|Group|Center|Centre|Institute|University|"
                       r"News|TV|Radio|Times|Post|Journal|Monitor|Press|Brigades?|Movement|Front|Republic|Government|"
                       r"Administration|Authority|Hospital|Foundation|Fund|Association|Federation|Network|Channel|Story|"
                       r"Update|Photos?|Video|Related|Watch|Story|Highlights|ALSO|Share|Tweet)\b")
_MEDIA = re.compile(r"(?:^|\s)(?:[A-Z][\w’'-]*\s+){0,3}(?:News|TV|Television|Radio|Times|Post|Journal|Monitor|Herald|Tribune|"
                    r"Gazette|Telegraph|Hill|Channel(?:\s+\d+)?|Agency|AP)$|^(?:the\s+)?(?:Times|Journal|AP|Post|Hill)$")
_GOV_TITLE = re.compile(r"(?<!\w)(?:minister|president|premier|ambassador|spokes(?:man|woman|person)|gen\.|general|col\.|colonel|"
                        r"lt\.|maj\.|major|capt\.|captain|brig\.|adm\.|admiral|commander|governor|mayor|envoy|secretary|"
                        r"official|deputy|chief of staff|lawmaker|senator|diplomat)(?!\w)", re.I)
_PRIVATE_PERSON = re.compile(
    r"^(?:\d+\s*,\s*)?(?:a|an|one|another|the)\s+(?:[\w’'-]+\s+){0,4}?(?:resident|student|accountant|mechanic|doctor|nurse|surgeon|physician|"
    r"paramedic|engineer|teacher|farmer|worker|shopkeeper|owner|driver|businessman|businesswoman|mother|father|"
    r"grandmother|grandfather|wife|husband|widow|son|daughter|brother|sister|uncle|aunt|cousin|neighbou?r|witness|"
    r"volunteer|activist|protester|protestor|demonstrator|survivor|refugee|villager|pensioner|priest|rabbi|imam|"
    r"cleric|lawyer|attorney|developer|photographer|man|woman|boy|girl|veteran|employee|shopper|vendor|merchant|"
    r"baker|fisherman|blogger|tourist|passenger|customer|relative|retiree|housewife|homeowner|landlord|tenant)\b",
    re.I,
)
#: "an outlet run by Hamas", "a station owned by …": the owner of a medium.
_RUN_BY = re.compile(r"\b(?:outlet|channel|station|broadcaster|network|newspaper)\s+(?:run|owned|operated|controlled|funded)\s+by\s+(?:the\s+)?")
#: An official of a state's police, ministry or army named by role only.
_STATE_ROLE = re.compile(r"^(?:the\s+)?(?:acting\s+|deputy\s+|former\s+)?(?:head|chief|commander|director|spokes(?:man|woman|person))\s+of\s+"
                         r"(?:the\s+)?(?:national\s+|state\s+|city\s+|riot\s+|traffic\s+)?(?:police|interior\s+ministry|"
                         r"security\s+service|border\s+(?:guard|service)|prosecutor(?:’s|'s)?\s+office|general\s+staff)$", re.I)
_COMMUNITY = re.compile(r"\b(?:jewish|muslim|christian|arab|druze|bedouin|orthodox|catholic|tatar|ethnic)\b")
#: A place of no spec party in the speaker's own sentence ("…, 29, a New Yorker who has lived in Berlin"): the
#: scene of the passage is not theirs (a spec place there was taken before).
_ELSEWHERE = re.compile(r"\b(?:in|from|of)\s+(?:the\s+)?[A-Z][a-z]{2,}")
#: An age right after a name: "Amnah Hassan, 53, said".
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,")
#: A role noun described by a proper adjective of no spec party: "an Islamist leader", "a Salafist cleric".
_DESCRIBED_ROLE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:senior|top|prominent|local|young)\s+)?[A-Z][a-z]+(?:ist|ian|ic)\s+"
                             r"(?:(?:party|movement|group|opposition)\s+)?(?:leader|figure|politician|cleric|commander|activist|"
                             r"spokes(?:man|woman|person)|official|member|lawmaker)")
#: People identified by what they do (not a bare "officials", "sources", "critics"): ``other``.
_IDENTIFIABLE_GROUP = re.compile(r"^(?:[Tt]he\s+|[Ss]ome\s+|[Mm]any\s+|[Ll]ocal\s+|two\s+|three\s+|several\s+)?(?:[a-z][\w’'-]*\s+){0,2}"
                                 r"(?:recruiters|callers|viewers|listeners|readers|organi[sz]ers|guards|bodyguards|employees|staffers|workers|shopkeepers|"
                                 r"merchants|traders|vendors|passengers|pilgrims|mourners|worshippers|parishioners|"
                                 r"neighbou?rs|relatives|villagers|farmers|miners|students|teachers|parents|locals)$")
_DEFINITE = re.compile(r"^(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z][\w-]*\s+){0,2}([a-z]+)$")
_HEAD_WORDS = frozenset("""ministry military army statement report council government agency official officials
    president prime minister spokesman spokeswoman committee office department service group organization organisation
    administration embassy police forces force movement senator lawmaker congressman republican democrat
    commander leader leaders authorities authority kremlin cabinet parliament court source company firm bank""".split())


_LEADING_TITLES = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Brig|Lt|Col|Maj|Capt|Adm)\.?\s+)+")


def _name_of(m: re.Match[str]) -> str:
    name = m.group(1) if m.re is _ROLE_NAME else m.group()
    return _LEADING_TITLES.sub("", name).strip() or name


def _state_before(text: str, s: int, ctx: "Context", mentions: Sequence[Mention], limit: int = 500) -> str:
    """Party of the country last named (a one-word alias: "Ukraine", "Russia's") within ``limit`` characters
    before ``s``, for a titled official of an unnamed state ("Lawmaker Inna Bogoslovskaya"); ``""`` if none."""
    m = last_country(ctx.narration or mentions, s, limit)
    return m.party if m is not None else ""


_OPENING_CONJUNCTION = re.compile(r"(?:(?:But|And|Yet|So|Still),?\s+)?")


def _subject_name(text: str, s: int, ctx: "Context") -> tuple[str, str] | None:
    """``(name, party)`` of the known person who opens the sentence before a sentence-initial "He"/"She".

    "Rogoff thinks Putin is most interested in returning some greatness to Russia. He says, …" → Rogoff:
    the subject of the previous sentence, not a person named inside its clause. Only a surname or full
    name seen before (in ``ctx.persons``) followed by a lower-case verb counts.
    """
    k = bisect_right(ctx.sent_starts, s) - 1
    if k < 1 or not _OPENING_CONJUNCTION.fullmatch(text[ctx.sent_starts[k] : s]):
        return None
    m = re.match(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+(?:also\s+|then\s+)?[a-z]+s?\b",
                 text[ctx.sent_starts[k - 1] : ctx.sent_starts[k]])
    if m is None:
        return None
    known = ctx.persons.get(m.group(1).split()[-1])
    return (known[0], known[1]) if known is not None and known[1] else None


def _possessor(text: str, s: int, pronoun: str, ctx: Context) -> tuple[str, str] | None:
    """Antecedent of "his"/"its" in "…, his spokesman said": the first person (or party) of the sentence, else the last."""
    lo = max(0, text.rfind(". ", 0, s) + 2, text.rfind("\n", 0, s) + 1)
    vias = ("person", "title", "surname", "name") if pronoun in ("his", "her") else ("alias",)
    for m in mentions_between(ctx.narration, lo, s):
        if m.via in vias:
            if m.via == "name":
                known = ctx.persons.get(m.text.split()[-1])
                return (m.text, known[1] if known and known[1] else m.party)
            return (m.person or m.text, m.party)
    kind = {"his": "last_person", "her": "last_person"}.get(pronoun, "last_org")
    return ctx.recent(kind, s, 800)


_NOT_WORD_CHAR = re.compile(r"[^\w-]")


def _note(ctx: Context, phrase: str, party: str, pos: int) -> None:
    """Remember a resolved phrase by head noun ("Gaza's Health Ministry" -> ministry) and acronym."""
    ws = phrase.split()
    if not ws or not party:
        return
    for w in (ws[-1], ws[0]):  # "Gaza's Health Ministry" -> ministry; "Officials of Mr. Morsi's government" -> official
        head = _singular(_NOT_WORD_CHAR.sub("", w))
        if head in _HEAD_WORDS:
            ctx.heads[head] = (phrase, party, pos)
    caps = [w for w in ws if w[:1].isupper() and not w.endswith(("’s", "'s", "’", "'"))]
    if len(caps) >= 2:
        ctx.acronyms.setdefault("".join(w[0] for w in caps), (phrase, party))


#: "Germany's foreign intelligence agency (BND)": a phrase of up to eight words and its parenthesised acronym.
_ACRONYM_PAREN = re.compile(r"\(([A-Z]{2,6})\)")
_WORDS_BEFORE_ACRONYM = re.compile(r"(?<![\w’'.-])(?:[\w’'.-]+\s+){0,7}[\w’'.-]+$")


_ACRONYM_TAIL = re.compile(r"(?:['’]s)?(?:\s+(?!(?:and|or|between|with|to|from|by|against|than|on|of|in|for)\b)[\w-]+){1,5}",
                           re.IGNORECASE)


def _acronym_parens(text: str) -> Iterator[tuple[int, str]]:
    """The acronyms in parentheses after white space ("agency (BND)"), with where that white space starts.

    >>> list(_acronym_parens("the agency  (BND) and (not) the OSCE(OSCE)"))
    [(10, 'BND')]
    """
    for paren in _ACRONYM_PAREN.finditer(text):  # a search for "(" in C, then back over the white space
        start = paren.start()
        while start > 0 and text[start - 1].isspace():
            start -= 1
        if start < paren.start():
            yield start, paren.group(1)


def defined_acronyms(ctx: Context, mentions: Sequence[Mention]) -> None:
    """Learn acronyms defined by a parenthesis after a phrase that names a spec party.

    "a new report from Germany's foreign intelligence agency (BND) found …" makes "BND" Germany's party,
    so a later "BND President Gerhard Schindler" speaks for it. The first party mention inside the phrase
    decides; a phrase with no party mention defines nothing.

    Examples
    --------
    >>> from .mentions import Mention
    >>> t = "a report from Germany's foreign intelligence agency (BND) found that"
    >>> ctx = Context(text=t)
    >>> defined_acronyms(ctx, [Mention(t.index("Germany"), t.index("Germany") + 7, "Germany", "west", "alias")])
    >>> ctx.acronyms.get("BND")
    ("Germany's foreign intelligence agency", 'west')
    """
    text = ctx.text
    for start, acronym in _acronym_parens(text):  # the parenthesis first, then the words before it (linear time)
        m = _WORDS_BEFORE_ACRONYM.search(text, max(0, start - 200), start)
        if m is None:
            continue
        a, b = m.span()
        cut = max(text.rfind(". ", a, b), text.rfind("\n", a, b), text.rfind(", ", a, b))
        if cut >= a:
            a = cut + 2 if text[cut] != "\n" else cut + 1
        inner = [x for x in mentions_between(mentions, a, b) if x.party]
        tail = text[inner[-1].end : b] if inner else ""
        # the party must modify the named body: "Germany's foreign intelligence agency", not "talks between Russia
        # and the Organization for Security … (OSCE)"
        if not inner or not _ACRONYM_TAIL.fullmatch(tail):
            continue
        party = inner[-1].party
        if party and acronym not in ctx.acronyms:
            ctx.acronyms.setdefault(acronym, (text[inner[-1].start : b], party))


def _head_in_text(text: str, head: str, pos: int, mentions: Sequence[Mention], limit: int = 1500) -> tuple[str, str] | None:
    """The party mentioned nearest to the last earlier use of ``head`` in its sentence ("the presidential statement")."""
    if _singular(head) not in ("statement", "report", "letter", "communique", "message", "resolution"):
        return None
    lo = max(0, pos - limit)
    k = text.lower().rfind(head.lower(), lo, pos)
    if k < 0:
        return None
    a = max(text.rfind(". ", lo, k), text.rfind("\n", lo, k), lo)
    b = min(x for x in (text.find(". ", k), text.find("\n", k), pos) if x >= 0)
    near = [m for m in mentions if a <= m.start < b]
    if not near:
        return None
    best = min(near, key=lambda m: abs(m.start - k))
    return best.text, best.party


def _indefinite_antecedent(text: str, head: str, pos: int, mentions: Sequence[Mention], limit: int = 800) -> tuple[str, str] | None:
    """The party named in the last "a/an/the/one … <head> (from|of|in|at …)" before ``pos``: "the official" after
    "a senior White House official", "The source" after "a source from Russia's Defense Ministry".

    >>> from framing.spec import load_spec
    >>> from framing.attribution.mentions import matcher
    >>> t = "ABC News spoke to a senior White House official who said this. The official told ABC."
    >>> _indefinite_antecedent(t, "official", 64, matcher(load_spec("gaza-2012-2014")).find(t))
    ('White House', 'us')
    """
    lo = max(0, pos - limit)
    pat = re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+((?:[\w’'.-]+\s+){{0,4}}?){head}s?\b"
                     r"(?:,?\s+(?:from|of|in|at|with|for|close to)\s+(?:the\s+)?(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen)\.\s|[^,.;:\n]){1,60})?")
    found = list(pat.finditer(text, lo, pos))
    if not found:
        return None
    m = found[-1]
    inside = [x for x in mentions if m.start() <= x.start and x.end <= m.end() and x.party and x.via != "name"]
    return (inside[0].text, inside[0].party) if inside else None


#: A proper-named private body: a capitalised run ending in the word for a private organisation
#: ("the Polish Fruitgrowers Association", "Iraq and Afghanistan Veterans of America").
_PRIVATE_ORG_RUN = re.compile(r"(?:[A-Z][\w’'&.-]*\s+(?:(?:and|of|for|the)\s+)?)+(?:Association|Foundation|Society|League|"
                              r"Federation|Alliance|Company|Corporation|Chamber\s+of\s+Commerce|Club|Veterans\s+of\s+[A-Z]\w+|"
                              r"Growers|Producers|Exporters|Manufacturers|Union\s+of\s+[A-Z]\w+|Communications|Consulting|"
                              r"Consultancy|Partners|Associates|Holdings|Strategies|Institute)\b"
                              # the city of the firm is part of its description: "Berta Communications in Kiev"
                              r"(?:\s+in\s+[A-Z][\w-]+)?")


def in_private_org(text: str, m: Mention, a: int, b: int) -> bool:
    """Whether party mention ``m`` lies inside the proper name of a private organisation within ``[a, b)``:
    the demonym of "the Polish Fruitgrowers Association" or the "America" of "Iraq and Afghanistan Veterans
    of America" does not make its officer the state's voice (while "Polish Foreign Minister …" does)."""
    return any(r.start() <= m.start and m.end <= r.end() and r.group() != m.text for r in _PRIVATE_ORG_RUN.finditer(text, a, b))


def _earlier_namesake(inside: Sequence[Mention], known: str) -> bool:
    """Whether a bare surname matched as a spec person is rather the other person of that surname named
    earlier in the document: the phrase's only mentions are the surname (or title + surname) of a spec
    person, and the full name seen before is not that person's."""
    return (len(inside) == 1 and inside[0].via in ("surname", "title") and bool(inside[0].person)
            and len(known.split()) > 1 and known != inside[0].person)


def _learn(ctx: Context, name: str, party: str) -> None:
    name = _LEADING_TITLES.sub("", name).strip()
    words = name.split()
    if words:
        old = ctx.persons.get(words[-1])
        if old is None or (not old[1] and party):
            ctx.persons[words[-1]] = (name, party)
        ctx.last_person = (name, party)


_FOREIGN_OR_FORMER = re.compile(r"\b(?:retired|former|ex-)|\b[A-Z][a-z]+ Party\b|\b[A-Z][a-z]+(?:an|ese|ish|ic|i|ch|ss)\b(?<!Minister)|\b[A-Z][a-z]+(?:'s|’s)\s")
_CIVIL_ROLE = re.compile(r"\b(?:archbishop|bishop|cardinal|rabbi|imam|priest|pastor|resident|student|businessman|"
                         r"doctor|surgeon|lawyer|attorney|activist|blogger|correspondent|reporter|journalist|analyst)\b", re.I)
_PERSON_HEAD = re.compile(r"\b(?:mayor|spokes(?:man|woman|person)|minister|president|premier|official|envoy|ambassador|"
                          r"commander|leader|chief|secretary|adviser|advisor|governor|general|diplomat|senator|lawmaker|"
                          r"chairman|director|prosecutor|negotiator|aide|soldier|officer|colonel|captain|sergeant|pilot)$", re.I)
_UNAFFILIATED_ROLE = re.compile(r"(?:the |a |an )?(?:[\w-]+ ){0,3}(?:professor|analyst|expert|researcher|scholar|fellow|"
                                r"historian|economist|journalist|reporter|correspondent|columnist|editor|commentator|"
                                r"lecturer|pollster)s?\b", re.I)
_INSTITUTION = frozenset("ministry government military army parliament embassy cabinet".split())
_NGO = re.compile(r"\b[A-Z][\w-]*\s+(?:League|Foundation|Association|Society|Alliance|Coalition|Watch|Trust|Corp\.?|"
                  r"Inc\.?|Company|Airlines|Airways|Group)\b"
                  r"|^(?:the\s+)?(?:Pew|Gallup|Levada|YouGov|Ipsos|KIIS|Quinnipiac)\b")  # pollsters: "according to Pew"
_COMPANY = re.compile(r"\b(?:airline|company|firm|corporation|holdings?|bank|hospital|school|university|clinic|charity|group|"
                      r"association|foundation|church|synagogue|mosque|newspaper|network|institute)\b", re.I)


def _org_role(appositive: str) -> bool:
    """An appositive giving an organisational role ("an airline spokeswoman", "head of X"), not a private one."""
    if _PRIVATE_PERSON.match(appositive):
        return False
    return bool(_ROLE.search(appositive) or _GOV_TITLE.search(appositive) or _COMPANY.search(appositive)
                or re.search(r"\b(?:of|at|for|with)\s+(?:the\s+)?[A-Z]", appositive))


#: An origin phrase before a place: "a refugee from Haifa", "originally from Donetsk", "born in Jaffa", "a native of".
_ORIGIN_BEFORE = re.compile(r"\b(?:(?:refugees?|originally|displaced|expelled|fled|hails?|hailing)\s+(?:\w+\s+){0,2}?from"
                            r"|born\s+in|natives?\s+of|(?:family|families|parents)\s+(?:\w+\s+){0,2}?from)\s+(?:the\s+)?$")


#: The words before a place that make it the scene: "in Kiryat Malachi", "at the Shifa hospital", "here in Sderot".
_SCENE_LEAD = re.compile(r"(?:^|[\s(])(?:[Ii]n|[Aa]t)\s+(?:(?:the\s+)?(?:southern|northern|eastern|western|central|"
                         r"coastal|besieged|nearby)\s+)?(?:the\s+)?$")
#: "rockets fired at Tel Aviv": a target, not where the speaker stands.
_TARGET_AT = re.compile(r"\b(?:fired|aimed|launched|shot|lobbed|targeted|directed|rockets?|missiles?|shells?)\s+(?:\w+\s+){0,2}?at\s+$")
#: A sentence that sets a scene with a capitalised name: "In Cairo, …", "Meanwhile, in Washington, …"
#: (the lookahead of the first letters rejects most positions before the three lookbehinds are tried).
_SCENE_SENTENCE = re.compile(r"(?=[MELSBFIiAa])(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s))(?:(?:Meanwhile|Elsewhere|Earlier|Later|Separately|"
                             r"Back|Farther|Further)\s*,?\s+)?(?:[Ii]n|[Aa]t)\s+(?:the\s+)?"
                             r"([A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|of|al|el))*)\s*,", re.MULTILINE)
#: The same, found after the newline or the sentence's end before each (a match ends in a comma).
_SCENE_SENTENCES = StartsAfter(_SCENE_SENTENCE, before=r"[\n.!?](?:(?<=\n)|[”\"]?\s)")


_NOT_SCENE = frozenset(_MONTHS) | frozenset("monday tuesday wednesday thursday friday saturday sunday addition "
                                            "fact response particular total recent contrast short general turn".split())


def scenes(places: Sequence[Mention], text: str) -> tuple[list[int], list[str]]:
    """The scenes of a document: sorted positions and, for each, the party of its place (``other``: a place
    of no spec party).

    A scene is set by a dateline ("NETIV HAASARA, Israel —"), by a spec place after "in"/"at" in the
    narration ("the sirens blared in Kiryat Malachi"; not a target, "rockets fired at Tel Aviv", not a
    possessive, nor a place in a quotation) and ended by the next scene, of whatever place ("In Cairo, …",
    "WASHINGTON —"). It does not expire with distance: the reporter stays where the passage is set.
    Computed once per :class:`~framing.attribution.mentions.Places` list.

    >>> from framing.spec import load_spec
    >>> from framing.attribution.mentions import matcher
    >>> t = "The sirens blared in Kiryat Malachi. In Cairo, mediators met."
    >>> scenes(matcher(load_spec("gaza-2012-2014")).places(t), t)
    ([21, 40], ['israel', 'other'])
    """
    cache = getattr(places, "cache", None)
    if cache is not None and cache.get("scenes_text") is text:
        return cache["scenes"]
    events: list[tuple[int, str]] = []
    visible = outside_quotes(places, text)
    lines = cache["datelines"] if cache is not None and cache.get("datelines_text") is text else datelines(text)
    dates = {a for a, _ in lines}
    for m in visible:
        before = text[max(0, m.start - 40) : m.start]
        if m.start in dates or (_SCENE_LEAD.search(before) and not _TARGET_AT.search(before)
                                and text[m.end : m.end + 2] not in ("'s", "’s") and not _ORIGIN_BEFORE.search(before)):
            events.append((m.start, m.party))
    spans = [(m.start, m.end) for m in places]
    covered = lambda a, b: any(x < b and a < y for x, y in spans)  # noqa: E731 -- a few places per document
    for a, b in lines:
        if not covered(a, b):
            events.append((a, OTHER))  # "WASHINGTON —": a dateline of no spec place
    for m in _SCENE_SENTENCES.finditer(text):
        a, b = m.span(1)
        if not covered(a, b) and m.group(1).split()[0].lower() not in _NOT_SCENE and not m.group(1)[:1].isdigit():
            events.append((a, OTHER))  # "In Cairo, …": the scene moves to a place of no population party
    events = sorted(set(events))
    out = ([a for a, _ in events], [p for _, p in events])
    if cache is not None:
        cache["scenes_text"], cache["scenes"] = text, out
    return out


def scene_at(places: Sequence[Mention], text: str, pos: int) -> tuple[str, int]:
    """``(party, position)`` of the scene in force at ``pos`` (``(other, -1)`` when none is set)."""
    if not text:
        return OTHER, -1
    at, parties = scenes(places, text)
    k = bisect_right(at, pos) - 1
    return (parties[k], at[k]) if k >= 0 else (OTHER, -1)


#: A distance before a place: "3 kilometers from the", "a mile from".
_DISTANCE_FROM = re.compile(r"\b(?:kilometers?|kilometres?|km|miles?|meters?|metres?|yards?)\s+(?:away\s+)?from\s+(?:the\s+)?$")


_SENTENCE_END = re.compile(r"[.!?]\s|\n")
#: "in" or "at" (and "from") right before a place: the scene is there.
_IN_AT_BEFORE = re.compile(r"(?:^|[\s(])(?:[Ii]n|[Aa]t)\s+(?:the\s+)?$")
_IN_FROM_AT_BEFORE = re.compile(r"(?:^|[\s(])(?:[Ii]n|[Ff]rom|[Aa]t)\s+(?:the\s+)?$")


def place_party(places: Sequence[Mention], s: int, e: int, text: str = "", before: int = 500, after: int = 200,
                scene_only: bool = False, persist: bool = False) -> str:
    """Party of a private person at ``[s, e)`` from the spec's places, else ``other``.

    A place right after the name in the same sentence wins ("Batya Katar, a resident of Sderot");
    else the nearest place before it within ``before`` characters (the reporter's "In Gaza City, …"), else
    the scene in force (:func:`scenes`: a dateline or the last "in <place>", however far back, until
    another scene is set), else a place after it. With ``scene_only`` (a named person, who may be
    anybody: an astronaut, a British ambassador) only a place right after the name or a scene set by
    "In/At <place>" or a dateline counts. The scene in force beyond ``before`` counts only with ``persist``
    (private people: residents, "a resident", "Amnah Hassan, 53"), not for any named person (an analyst, an
    Egyptian official, a US congressman quoted in a Gaza story).
    """
    stop = e + after
    setting, setting_pos = scene_at(places, text, s)
    places = outside_quotes(places, text)  # "a doctor … telling her son to “send her to Gaza”": not a scene
    if text:
        m = _SENTENCE_END.search(text, e, e + after)
        stop = m.start() if m else stop
    near = mentions_between(places, e, stop)
    origin = [m for m in near if text and _ORIGIN_BEFORE.search(text[max(0, m.start - 40) : m.start])]
    if origin:  # "Mohamed Rajah, 71, a refugee from Haifa", in Gaza City: where he came from is not where he stands
        places = [m for m in places if m not in origin]
        near = [m for m in near if m not in origin]
        scene_only, before = True, max(before, 1500)  # the reporter's scene ("in Gaza City") decides, further back
    if near and near[0].start - e <= 120:
        return near[0].party
    inner = [m for m in mentions_between(places, s, e) if not (text and _ORIGIN_BEFORE.search(text[max(0, m.start - 40) : m.start]))]
    if inner:
        return inner[-1].party  # "a resident of Sderot", "A Chechen student in Grozny": the place in the phrase
    # a place before the speaker counts within ``before`` characters, and not across a new scene ("In Cairo, …")
    near = mentions_between(places, max(0, s - before, setting_pos if setting == OTHER else 0), s)
    if text:
        # "a mile from Tel Aviv's Ben Gurion airport": a possessive place names a thing, it sets no scene
        near = [m for m in near if text[m.end : m.end + 2] not in ("'s", "’s")]
        # "a family in Israel that lives 3 kilometers from the Gaza border": a distance from a place, not in it
        near = [m for m in near if not _DISTANCE_FROM.search(text, max(0, m.start - 40), m.start)]
        lead = _IN_AT_BEFORE if scene_only else _IN_FROM_AT_BEFORE
        scene = [m for m in near if lead.search(text[max(0, m.start - 10) : m.start]) or m.text.isupper()]  # or a dateline
        near = scene if scene_only else scene or near
    if scene_only:
        return near[-1].party if near else setting if persist and not _ELSEWHERE.search(text, e, stop) else OTHER
    if near:
        return near[-1].party
    if persist and setting != OTHER and not _ELSEWHERE.search(text, e, stop):
        return setting  # the scene set further back (a dateline, "in Kiryat Malachi"), until another is set
    near = mentions_between(places, e, e + after)
    return near[0].party if near else OTHER


_FORMER_ANYWHERE = re.compile(r"\b(?:former|ex-|retired)\b", re.I)
_BEFORE_RETIREMENT = re.compile(r"\bbefore\s+(?:his|her)\s+retirement\b")


def name_party(text: str, s: int, e: int, mentions: Sequence[Mention], places: Sequence[Mention] = ()) -> str:
    """Party of a person named in the narration, from the words around the name.

    A party mention among the title words before the name ("NATO Brig. Gen. Nico Tak", "Gaza
    health official Ashraf al-Kidra") or in an appositive after it (", a top NATO official,") gives
    the party; a non-party organisation or role (", a resident of Kramatorsk", ", a professor at
    …") gives ``other``; a bare official title ("Foreign Minister Leonid Kozhara") gives ``""``;
    any other person is ``other``.

    >>> from framing.spec import load_spec
    >>> from framing.attribution.mentions import matcher
    >>> t = "Brig. Gen. Nico Tak, a top NATO official, told reporters."
    >>> name_party(t, 11, 19, matcher(load_spec("ukraine-2014")).find(t))
    'west'
    """
    tag = [m for m in mentions_between(mentions, e, e + 20) if m.start <= e + 2 and _PARTY_LABEL.match(m.text)]
    if tag:
        return tag[0].party  # "John Walsh, D-Montana": a member of Congress, whatever else he is ("veteran")
    lo = max(0, s - 80, text.rfind("\n", 0, s) + 1)
    pre_ws = _words(text, lo, s)
    k = len(pre_ws)
    while k > 0:
        w = pre_ws[k - 1].group()
        if w in ",;:()“”\"«»" or w.lower() in _PRE_STOP:
            break
        if w.endswith(".") and not _abbrev_word(w[:-1]) and not re.fullmatch(r"(?:[A-Z]\.)+", w):
            break  # the end of the previous sentence
        k -= 1
        if len(pre_ws) - k > 8:
            break
    pre_lo = pre_ws[k].start() if k < len(pre_ws) else s
    pre = text[pre_lo:s]
    if text[max(0, pre_lo - 2) : pre_lo].strip() == "," and (not pre.strip() or _RANK_ONLY.fullmatch(pre.strip())):
        # "The head of Iran's Revolutionary Guard, Gen. Mohammad Ali Jafari,": the role comes first
        comma = pre_lo - 2 if text[pre_lo - 2 : pre_lo - 1] == "," else pre_lo - 1
        seg_lo = max(text.rfind(x, max(0, comma - 140), comma) for x in (",", ".", "\n", "(", "“", '"')) + 1
        seg = text[seg_lo:comma]
        if has_verb(text, seg_lo, comma):
            # "Israeli officials insisted the airport was safe, Michael Bloomberg called …": a clause, no role;
            # "Hamas has not made any statements but a senior Hamas official, Izzat Rishq,": the last conjunct
            conj = None
            for conj in _CONJ.finditer(text, seg_lo, comma):
                pass
            seg_lo = conj.end() if conj is not None else comma
            seg = text[seg_lo:comma] if not has_verb(text, seg_lo, comma) else ""
        if _ROLE.search(seg) and re.search(r"\b(?:former|retired|ex-)", seg, re.I):
            return OTHER  # "A former adviser in the British defense ministry, Luke Coffey,"
        if _ROLE.search(seg):
            inner = mentions_between(mentions, seg_lo, comma)
            envoy = re.search(r"(?:’s|'s)\s+(?:[\w-]+\s+){0,2}(?:ambassador|envoy|representative)\s+(?:to|at|in)\b", seg)
            if inner and envoy:
                # "Russia's ambassador to the EU, Vladimir Chizhov,": the sending state, not the host
                inner = [m for m in inner if m.end <= seg_lo + envoy.start()] or inner
                return inner[0].party
            if inner:
                return inner[-1].party
            if _FOREIGN_OR_FORMER.search(seg):
                return OTHER
    if _FORMER_ANYWHERE.search(pre):
        return OTHER  # "former deputy director of the CIA John McLaughlin"
    if not _CIVIL_ROLE.search(pre):  # "Washington D.C. archbishop Cardinal Donald Wuerl": a place, not a party
        for m in reversed(mentions_between(mentions, pre_lo, s)):
            return m.party
    app_lo = e
    while app_lo < len(text) and text[app_lo] in " ,":
        app_lo += 1
    appos = ""
    if (text[e : e + 1] == "," and app_lo < len(text) and (text[app_lo].islower() or _POSSESSIVE_LEAD.match(text, app_lo))
            or text[app_lo : app_lo + 4] in ("the ", "The ")):  # ", Mr. Morsi's top adviser," too
        stop = len(text)
        for ch in ",;.)\n—–(":
            j = text.find(ch, app_lo, app_lo + 140)
            if ch == "." and j > 0 and (text[j - 1 : j].isupper() or _abbrev_word(text[max(app_lo, j - 4) : j].split()[-1] if text[max(app_lo, j - 4) : j].split() else "")):
                j = text.find(". ", j + 1, app_lo + 140)
            if j >= 0:
                stop = min(stop, j)
        stop = min(stop, app_lo + 140)
        appos = text[app_lo:stop]
        current = _current_role(text, app_lo, stop, mentions)
        if current is not None:
            app_lo, appos = current, text[current:stop]  # "a former government minister and Hamas deputy"
        spec_body = any(m.via == "alias" and m.party and m.party != OTHER and not is_country(m)
                        for m in mentions_between(mentions, app_lo, stop))  # "… from the Organization for Security and …"
        if (_UNAFFILIATED_ROLE.match(appos) or (_unaffiliated(appos) and not spec_body) or _FORMER.match(appos)
                or _BEFORE_RETIREMENT.search(appos)):
            return OTHER  # "Alexander Nekrassov, a former Kremlin adviser,": no longer speaks for the Kremlin
        if not has_verb(text, app_lo, stop) and not appos.startswith(("said", "says", "told", "who said")):
            inner = mentions_between(mentions, app_lo, stop)
            # ", 71, a refugee from Haifa who …": an origin place is no affiliation
            inner = [m for m in inner if not _ORIGIN_BEFORE.search(text[max(0, m.start - 40) : m.start])]
            inner = [m for m in inner if not in_private_org(text, m, app_lo, stop)]  # "of the Polish Fruitgrowers Association"
            if inner:
                return inner[0].party
        else:
            appos = ""
    if text.startswith(" of ", e):
        inner = mentions_between(mentions, e + 4, e + 30)
        if inner and inner[0].start <= e + 8:
            return inner[0].party
    if _unaffiliated(pre + " " + appos):
        return OTHER
    if _GOV_TITLE.search(pre):
        # "Foreign Minister Leonid Kozhara": some unnamed government -- the one state its sentence names, if any
        # ("Deputy Foreign Minister Vasily Nebenzya arrived … to orient Russia's economy …"); "Conservative Party
        # foreign minister Philip Hammond", "Swiss President …": identifiable, of no spec party
        if _FOREIGN_OR_FORMER.search(pre):
            return OTHER
        lo = max(text.rfind(". ", 0, s) + 2, text.rfind("\n", 0, s) + 1, s - 300)
        hi = min(x for x in (text.find(". ", e), text.find("\n", e), e + 300) if x >= 0)
        states = {m.party for m in mentions_between(mentions, lo, hi) if is_country(m) and not (s <= m.start < e)}
        return states.pop() if len(states) == 1 else ""
    if appos and _AID_GROUP.search(appos):
        return OTHER  # "Ahmed Sourani, Gaza program manager at Oxfam International": an aid group's, not Gaza's
    if appos and _org_role(appos):
        at = mentions_between(places, app_lo, app_lo + len(appos))
        if at:
            return at[0].party
        return "" if _GOV_TITLE.search(appos) and not _COMPANY.search(appos) else OTHER
    role = role_before(text, s, mentions)
    private = bool(_AGE_AFTER.match(text, e)) or bool(appos and _PRIVATE_PERSON.match(appos))  # "Amnah Hassan, 53,"
    return role if role is not None else place_party(places, s, e, text, persist=private)


_ROLE_SUBJECT = re.compile(
    r"(?:[A-Z][A-Z ]+\s+[-–—]+\s+)?(?:The|A|An|(?P<pron>His|Her)|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?(?:’s|'s))\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:leader|head|chief|ambassador|spokes(?:man|woman|person)|minister|president|envoy|commander|founder|director|"
    r"chairman|secretary-general|secretary)\b[^,.;:\n]{0,60}")


#: A role subject after a fronted adverbial: "On Thursday, when asked …, the chief of the Egyptian presidential cabinet".
_ROLE_AFTER_ADVERBIAL = re.compile(
    r"(?:On|In|At|Later|Earlier|Asked)\b[^.;:\n]{0,140}?,\s+(?P<role>(?:the|a|an)\s+(?:[\w.-]+\s+){0,2}?"
    r"(?:leader|head|chief|ambassador|spokes(?:man|woman|person)|minister|president|envoy|commander|director|chairman|"
    r"secretary)\s+of\s+[^,.;:\n]{0,60})")


def role_before(text: str, s: int, mentions: Sequence[Mention]) -> str | None:
    """Party of a role that opened the previous sentence, for a name first seen right after it.

    "The leader of Islamic Jihad, …, called for more weapons. “…,” Mohammed Hindi said." → the party
    of Islamic Jihad; "Britain's U.N. ambassador says … Mark Lyall Grant told reporters" → ``other``
    (a role of no spec party). ``None`` when the previous sentence does not open with a role.
    """
    cur = max(text.rfind(". ", 0, s), text.rfind(".\n", 0, s), text.rfind("\n", 0, s))
    par = text.rfind("\n", 0, s)
    if par >= 0 and text[par + 1 : par + 2] in ("\"", "“") and s - par < 600:
        cur = par  # '"Not at all. Because …," Mohamed Refa'a al-Tahtawi said.': the paragraph opens with his quote
    if cur < 0 or s - cur > (600 if cur == par else 250):
        return None
    j = cur
    while j > 0 and text[j - 1] in " \n.":
        j -= 1  # the end of the previous sentence
    prev = max(text.rfind(". ", 0, j), text.rfind(".\n", 0, j), text.rfind("\n", 0, j))
    lo = prev + 1
    while lo < cur and text[lo] in " \n":
        lo += 1
    m = _ROLE_SUBJECT.match(text, lo, cur) or _ROLE_AFTER_ADVERBIAL.match(text, lo, cur)
    if m is None or _NAME_AFTER_ROLE.match(text, m.end(), cur):
        return None  # "The head of Iran's Revolutionary Guard, Gen. …": the role is named in its own sentence
    if m.re is _ROLE_AFTER_ADVERBIAL:
        # "On Thursday, when asked by CNN's Hala Gorani …, the chief of the Egyptian presidential cabinet said no."
        inner = mentions_between(mentions, m.start("role"), m.end())
        return inner[0].party if inner else OTHER
    if m.group("pron"):
        # "… said Egyptian President Mohammed Morsy. His Cabinet chief noted … “…,” said Mohamed Refa'a al-Tahtawi":
        # the party of the person the sentence before names first
        k = max(text.rfind(". ", 0, lo - 2), text.rfind("\n", 0, lo - 2))
        people = [x for x in mentions_between(mentions, k + 1, lo) if x.via in ("person", "title", "surname") and x.party]
        return people[0].party if people else None
    inner = mentions_between(mentions, m.start(), m.end())
    return inner[0].party if inner else OTHER


#: An unnamed spokesman or official of an unnamed body: "A military spokesman", "a ministry official".
_UNNAMED_ROLE = re.compile(r"(?:an?|the|one)\s+(?:([a-z]+)\s+)?(?:spokes(?:man|woman|person)|official|source)")
#: Role modifiers and the words a body named as subject must contain to match them.
_BODY_WORDS = {"military": r"\b(?:military|army|IDF|Defen[cs]e\s+Forces)\b", "army": r"\b(?:military|army|IDF|Defen[cs]e\s+Forces)\b",
               "ministry": r"\b[Mm]inistry\b", "police": r"\b[Pp]olice\b", "government": r"\b[Gg]overnment\b"}
#: The subject of a sentence: capitalised words and at most one lower-case head ("The Israeli military").
_BODY_SUBJECT = re.compile(r"(?:[A-Z][a-z]+,\s+(?:[a-z]+,\s+)?)?((?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+(?:of\s+(?:the\s+)?)?){1,5}"
                           r"(?:(?:military|army|ministry|police|government|forces)\s+)?)")


def body_before(text: str, s: int, mentions: Sequence[Mention], modifier: str | None,
                sent_starts: Sequence[int]) -> str | None:
    """Party of the body named as subject of the previous sentence, for its unnamed spokesman.

    "The Israeli military said … A military spokesman said …" → the party of the Israeli military. The
    role's modifier must match the body ("military" ↔ military/army/IDF, "ministry" ↔ ministry); a bare
    "a spokesman" takes any party body. ``None`` when the role does not open its sentence or the
    previous sentence's subject is no party. ``sent_starts`` are the segmenter's sentence starts.

    >>> from framing.spec import load_spec
    >>> from framing.attribution.mentions import matcher
    >>> from framing.segment import sentences
    >>> t = "The Israeli military said it struck. A military spokesman said more."
    >>> starts = [x.start for x in sentences(t)]
    >>> body_before(t, 37, matcher(load_spec("gaza-2012-2014")).find(t), "military", starts)
    'israel'
    """
    k = bisect_right(sent_starts, s) - 1
    if k < 1 or text[sent_starts[k] : s].strip():
        return None  # the role must open its sentence, and a sentence must come before it
    lo, cur = sent_starts[k - 1], sent_starts[k]
    m = _BODY_SUBJECT.match(text, lo, cur)
    if m is None:
        return None
    a, b = m.span(1)
    if modifier is not None:
        pat = _BODY_WORDS.get(modifier)
        if pat is None or not re.search(pat, text[a:b]):
            return None
    inner = [x for x in mentions_between(mentions, a, b) if x.party and x.party != OTHER]
    return inner[0].party if inner and len({x.party for x in inner}) == 1 else None


#: Heads of noun phrases that cannot speak: a phrase ending in one is no speaker.
_MUTE_HEAD = re.compile(r"\b(?:sanctions|measures|attacks|airstrikes|strikes|violence|crisis|conflict|war|fighting|offensive|"
                        r"ceasefire|cease-fire|truce|elections?|vote|referendum|weapons|missiles|rockets|shelling|"
                        r"bombing|explosion|blast|casualties|deaths|talks|call|calls|world)$")  # "the world has asked": a figure
#: Inanimate heads that can speak ("the German investigation concluded … It said …").
_SPEAKING_THING = (r"understanding|agreement|proposal|investigation|inquiry|probe|report|study|review|statement|ministry|agency|commission|committee|"
                   r"council|court|tribunal|government|military|army|organi[sz]ation|service|office|embassy|mission|"
                   r"watchdog|monitor|survey|document|letter|resolution|communiqu[eé]|newspaper|channel|network|"
                   r"administration|cabinet|parliament|department|bureau|authority|party|movement|company|group")
#: Texts (not bodies): an "it" referring to one with no party named stays unresolved, not the last party named.
_DOCUMENT_HEAD = re.compile(r"understanding|agreement|proposal|investigation|inquiry|probe|report|study|review|statement|"
                            r"survey|document|letter|resolution|communiqu[eé]")
#: Plural human heads that can speak ("Putin's fiercest critics worry … They point to …").
_SPEAKING_PEOPLE = (r"critics|analysts|officials|experts|leaders|residents|protesters|people|diplomats|observers|"
                    r"supporters|opponents|rebels|separatists|insurgents|militants|soldiers|troops|investigators|"
                    r"organi[sz]ers|activists|lawmakers|legislators|senators|ministers|commanders|fighters|"
                    r"authorities|prosecutors|monitors|inspectors|negotiators|envoys|members|scientists|researchers")
#: People of no party whatever their possessor ("Putin's critics" are not Putin's voice).
_COUNTER_PEOPLE = frozenset("critics opponents detractors skeptics sceptics analysts experts observers researchers "
                            "scientists".split())
_LEAD_ADVERB = re.compile(r"(?:(?:However|But|And|Meanwhile|Still|Instead|Earlier|Later|Separately|In addition|Also|Yet|"
                          r"Now|Then|Indeed|In fact),?\s+)?")
_PREP_BEFORE = re.compile(r"\b(?:of|to|in|on|at|for|from|by|with|about|into|against|than|like)\s+$")


#: A pronoun in a relative frame: "blamed Ukraine's crisis on what it says are …", "the population it says is …".
_RELATIVE_IT = re.compile(r"(?:\b(?:what|which|that)|\w+)\s+$")
#: A state or body opening its sentence as the subject: "Russia has for weeks blamed …".
_SUBJECT_ALIAS_NEXT = re.compile(r"\s+(?:(?:has|have|had|is|was|will|would|also|again|long|for\s+\w+)\s+)*(?:\w+(?:s|ed)|said)\b")


#: Words that name the sentence's own subject: "She was later identified as Olesya Zhukovska".
_IDENTIFIED_AS = re.compile(r"\b(?:identified|named)\s+(?:only\s+)?as\s+$")


def _relative_subject(text: str, s: int, mentions: Sequence[Mention], sent_starts: Sequence[int]) -> tuple[str, str] | None:
    """``(phrase, party)`` of the sentence's own subject for an "it" inside a relative frame of that sentence
    or opening a clause after its semicolon.

    >>> from framing.spec import load_spec
    >>> from framing.attribution.mentions import matcher
    >>> t = "Russia has for weeks blamed Ukraine’s crisis on what it says are far-right forces."
    >>> _relative_subject(t, t.index("it says"), matcher(load_spec("ukraine-2014")).find(t), [0])
    ('Russia', 'russia')
    """
    k = bisect_right(sent_starts, s) - 1
    lo = sent_starts[k] if k >= 0 else 0
    after_semicolon = re.search(r";\s+$", text[max(lo, s - 4) : s]) is not None  # "The Kremlin said …; it criticized …"
    if not after_semicolon and (not _RELATIVE_IT.search(text, max(lo, s - 12), s)
                                or re.search(r"[,;:]\s|\s(?:and|but)\s", text[lo:s])):
        return None  # (another clause between: the pronoun may be that clause's)
    first = next((m for m in mentions if lo <= m.start < s), None)
    if (first is None or first.via != "alias" or not first.party or first.party == OTHER
            or re.sub(r"^(?:the|The)\s+", "", text[lo : first.start].strip(" \"“”'‘’"))
            or not _SUBJECT_ALIAS_NEXT.match(text, first.end, s)):
        return None
    return first.text, first.party


def subject_antecedent(text: str, s: int, pronoun: str, mentions: Sequence[Mention],
                       sent_starts: Sequence[int], ctx: "Context | None" = None) -> tuple[str, str] | None:
    """``(phrase, party)`` of the speaking noun phrase a sentence-initial "It"/"They" refers to.

    The previous sentence's first noun phrase whose head can speak -- an inanimate body or text for
    "it" (an investigation, report, ministry, agency), people for "they" (critics, officials) -- and
    that is not the object of a preposition. Its party comes from the party mentions inside it and its
    "of/from/by …" complement; critics, analysts and experts are of no party (``other``) whoever they
    criticise. ``None`` when the pronoun does not open its sentence, no such phrase precedes, or (for
    "it") the phrase names no party.

    >>> from framing.spec import load_spec
    >>> from framing.attribution.mentions import matcher
    >>> from framing.segment import sentences
    >>> t = "However, the German investigation concluded that the launcher was Ukrainian, not Russia. It said more."
    >>> starts = [x.start for x in sentences(t)]
    >>> subject_antecedent(t, t.index("It said"), "it", matcher(load_spec("ukraine-2014")).find(t), starts)
    ('the German investigation', 'west')
    """
    k = bisect_right(sent_starts, s) - 1
    if k < 0:
        return None
    lead = _LEAD_ADVERB.match(text, sent_starts[k], s)
    if lead is not None and lead.end() == s and k >= 1:
        lo, hi = sent_starts[k - 1], sent_starts[k]  # "It said …": the previous sentence ("However, it said" too)
    elif re.search(r"(?:[,;]\s+(?:but|and|yet)|;)\s+$", text[sent_starts[k] : s]):  # (also "…; it criticized …")
        lo, hi = sent_starts[k], s  # "The 'understanding' called for …, but it also said …": this sentence's subject
    else:
        return None
    head_re = re.compile(rf"\b({_SPEAKING_THING})\b", re.I) if pronoun == "it" else re.compile(rf"\b({_SPEAKING_PEOPLE})\b")
    for h in head_re.finditer(text, lo, hi):
        # the noun phrase: back over at most five modifiers, to a clause word, a verb or a comma
        start = h.start()
        for w in reversed(list(re.finditer(r"\S+", text[max(lo, h.start() - 80) : h.start()]))[-5:]):
            word = w.group().lower()
            if (word.endswith((",", ";", ":", ".")) or word in _AUX or word in _PRE_STOP - {"the", "a", "an"}
                    or _SUBORDINATE.fullmatch(w.group())):
                break
            start = h.start() - (len(text[max(lo, h.start() - 80) : h.start()]) - w.start())
        if _PREP_BEFORE.search(text, max(lo, start - 12), start):
            continue  # the object of a preposition is no subject
        if _SUBORDINATE.match(text, lo, start) and "," not in text[lo:start]:
            continue  # "Although the militants appear …, Israeli leaders said …": the main clause's subject
        end = h.end()
        more = re.match(rf"(?:\s+(?:{_SPEAKING_THING}))+\b", text[end:hi], re.I) if pronoun == "it" else None
        end += more.end() if more else 0  # "A Palestinian government statement"
        comp = _COMPLEMENT.match(text, end, hi)
        np_end = comp.end() if comp else end
        phrase = text[start:end]
        if pronoun == "they" and h.group(1).lower() in _COUNTER_PEOPLE:
            return phrase, OTHER
        inner = [m for m in mentions_between(mentions, start, np_end) if m.party and m.party != OTHER]
        if len({m.party for m in inner}) == 1:
            return phrase, inner[0].party
        if pronoun == "it" and not inner and _DOCUMENT_HEAD.fullmatch(h.group(1).lower()):
            # "the statement" resolved or named before ("A Palestinian government statement … the statement said");
            # else a text of no named party ("The one-page 'understanding' … it also said")
            ref = ctx.head(h.group(1), s) if ctx is not None else None
            ref = ref or _head_in_text(text, h.group(1), start, mentions)
            return phrase, ref[1] if ref is not None and ref[1] != OTHER else ""
        return None  # the first speaking phrase is an unnamed body, or names several parties: leave it to the context
    return None


_SUBORDINATE = re.compile(r"(?:Although|Though|While|Whereas|Because|If|When|As|After|Before|Despite|Since|Unless|Until|Once)\b")
#: An agent noun as the whole speaker: "Election organizers", "the investigators".
_AGENT_SPEAKER = re.compile(r"(?:(?:[Tt]he|[Ee]lection|[Vv]ote|[Rr]eferendum|[Pp]rotest|[Rr]ally|[Ll]ocal)\s+){0,2}"
                            r"([a-z]{4,}?)(?:ers|ors|er|or)")


def agent_antecedent(text: str, s: int, phrase: str, mentions: Sequence[Mention], sent_starts: Sequence[int]) -> str | None:
    """Party of an agent-noun speaker ("Election organizers") introduced in the two previous sentences
    by a relative clause with its verb: "The pro-Russian insurgents who organized the vote said …".

    >>> from framing.spec import load_spec
    >>> from framing.attribution.mentions import matcher
    >>> from framing.segment import sentences
    >>> t = "The pro-Russian insurgents who organized the vote said it was fair. Election organizers told AP it was."
    >>> starts = [x.start for x in sentences(t)]
    >>> agent_antecedent(t, t.index("Election"), "Election organizers", matcher(load_spec("ukraine-2014")).find(t), starts)
    'separatists'
    """
    a = _AGENT_SPEAKER.fullmatch(phrase)
    if a is None:
        return None
    k = bisect_right(sent_starts, s) - 1
    if k < 1:
        return None
    lo = sent_starts[max(0, k - 2)]
    verb = re.compile(rf"\s+(?:who|that)\s+(?:had\s+|have\s+)?{re.escape(a.group(1))}(?:ed|es|e|ing|s)?\b", re.I)
    hits = list(verb.finditer(text, lo, sent_starts[k]))
    if not hits:
        return None
    v = hits[-1]
    # the noun phrase right before "who": the party mentions within its last words
    near = [m for m in mentions_between(mentions, max(lo, v.start() - 50), v.start()) if m.party and m.party != OTHER]
    if not near or near[-1].end < v.start() - 25:
        return None
    return near[-1].party


#: The "of/from/by …" complement of a speaking head, up to its verb ("a report from Germany's agency (BND) found").
_COMPLEMENT = re.compile(r"\s+(?:of|from|by|for)\s+[^,.;:\n]{1,60}?(?=\s+(?:\([A-Z]+\)\s+)?(?:[a-z]+ed|[a-z]+s|found|"
                         r"said|told|saw|has|have|had|is|was|will|would)\b)")


_PRESS = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w’'-]+\s+){1,2}(?:TV|television|radio|media|press|newspapers?|dailies|news\s+outlets)")
_FOREIGN_NP = re.compile(r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:senior\s+|top\s+|former\s+)?[A-Z][a-z]+(?:an|ese|ish|ic|i|ch)\s")
_RANK_ONLY = re.compile(r"(?:(?:Gen|Lt|Col|Maj|Brig|Capt|Adm|Dr|Mr|Mrs|Ms|Sgt|Cmdr)\.\s*)+")
#: "one-time adviser to the Israeli negotiating team": a former role (not "a onetime supporter of …").
_ONE_TIME_ROLE = re.compile(r"(?:an?\s+|the\s+)?one-?time\s+(?:[\w-]+\s+)?(?:adviser|advisor|aide|minister|official|"
                            r"ambassador|envoy|spokes(?:man|woman|person)|negotiator|commander|general|head|chief|director)\b", re.I)
_FORMER = re.compile(r"(?:an?\s+|the\s+)?(?:former|ex-|retired)\b", re.I)
_CONJ = re.compile(r"\s(?:but|and|while|whereas)\s")
_NAME_AFTER_ROLE = re.compile(r",\s+(?:[A-Z][\w.’'-]+\s+){1,3}[A-Z][\w’'-]+\s*,")


_PRE_STOP = frozenset("the a an by said says told and or but with to of for in on at from that as when while who which "
                      "was is were are has had have after before than like whom whose".split())


def _abbrev_word(w: str) -> bool:
    return w.lower() in ("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "brig", "lt", "col", "maj", "capt", "adm", "st", "prof") or (len(w) == 1 and w.isupper())
