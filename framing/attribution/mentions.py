"""Party mentions: one Aho-Corasick pass over the text for every alias, person and demonym of a spec.

Matching is case-sensitive (``US`` is not ``us``), word-bounded, longest match first, and blind to
the apostrophe style (``Armenia’s army`` matches the alias ``Armenia's army``).

>>> from framing.spec import load_spec
>>> m = PartyMatcher(load_spec("karabakh-2023"))
>>> [(x.text, x.party, x.via) for x in m.find("Officials in Baku met Mr Pashinyan’s aides.")]
[('Officials in Baku', 'azerbaijan', 'alias'), ('Mr Pashinyan', 'armenia', 'title')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Any, Iterator, NamedTuple, Sequence

import ahocorasick

from ..spec import OTHER, Spec

__all__ = ["Mention", "PartyMatcher", "Places", "matcher", "TITLES", "normalise", "mentions_between", "singular",
           "last_country", "is_country", "datelines"]

#: Titles before a surname ("Mr Hajiyev", "Sen. Smith"); matched with and without the period.
TITLES = (
    "Mr", "Mrs", "Ms", "Dr", "Prof", "President", "Prime Minister", "Premier", "Chancellor", "Minister",
    "Foreign Minister", "Defence Minister", "Defense Minister", "Secretary", "Secretary of State", "Gen", "General",
    "Sen", "Senator", "Rep", "Representative", "Gov", "Governor", "Ambassador", "Spokesman", "Spokeswoman", "Lt",
    "Col", "Colonel", "Maj", "Major", "Capt", "Captain", "Adm", "Admiral", "Sheikh", "King", "Queen", "Pope",
)

_MEDIA_AFTER = re.compile(r" (?:Post|Times|Journal|Examiner|Herald|Tribune|Free Beacon|Institute|Redskins|Nationals|University|College)\b")
_SMALL = frozenset("of the in on for and to at by".split())
def normalise(text: str) -> str:
    """Map curly apostrophes onto straight ones (same length, so offsets stay valid).

    >>> normalise("Baku’s ‘operation’")
    "Baku's 'operation'"
    """
    # str.replace runs in C and only when the mark is present: much faster than a dict translate
    if "’" in text:
        text = text.replace("’", "'")
    if "‘" in text:
        text = text.replace("‘", "'")
    return text


class Mention(NamedTuple):
    """A party mention; ``via`` is alias, person, surname, title or demonym."""

    start: int
    end: int
    text: str
    party: str
    via: str
    person: str = ""


def _variants(term: str) -> list[str]:
    term = normalise(term.strip())
    out = [term]
    if term[:1].islower():
        out.append(term[:1].upper() + term[1:])
    if term.startswith("the "):
        out.append("The " + term[4:])
    words = term.split(" ")
    if len(words) > 1 and words[0][:1].isupper():
        # "Gaza's health ministry" also matches "Gaza's Health Ministry", and the other way round
        out.append(" ".join(words[:1] + [w[:1].upper() + w[1:] if w.islower() and w not in _SMALL else w for w in words[1:]]))
        out.append(" ".join(words[:1] + [w.lower() if w[:1].isupper() and w[1:].islower() else w for w in words[1:]]))
    # Arabic names: "el-Sisi" is also spelled "al-Sisi", "El-Sisi", "Al-Sisi"
    if re.search(r"(?:^|\s)(?:el|al|El|Al)-", term):
        for art in ("el-", "al-", "El-", "Al-"):
            out.append(re.sub(r"(?:(?<=^)|(?<=\s))(?:el|al|El|Al)-", art, term))
    return list(dict.fromkeys(out))


class Places(list):
    """The mentions of a spec's ``places`` in one document, sorted by start.

    A list that can carry per-document facts computed once from it (the datelines, the scenes of
    :func:`framing.attribution.speakers.scenes`, the places outside quotations of
    :func:`framing.attribution.coref.outside_quotes`), so that they are not recomputed for every speaker.
    """

    __slots__ = ("cache",)

    def __init__(self, items: Sequence[Mention] = ()):
        super().__init__(items)
        self.cache: dict[str, Any] = {}


class StartsAfter:
    """A pattern whose every match starts at the text's start or right after a match of ``before`` (a newline, a
    sentence's end): its matches are found as those of ``before`` followed by it, so that re scans for ``before``
    in C rather than trying the pattern at every character. ``before`` matches at least one character, and none
    starts before the last character of a match of the pattern (the search resumes there).

    >>> lines = StartsAfter(re.compile(r"^[A-Z]+:", re.M), before=r"\\n")
    >>> [m.group() for m in lines.finditer("TAPPER: Yes.\\nNo: RICE: No.\\nKERRY:")]
    ['TAPPER:', 'KERRY:']
    """

    __slots__ = ("pattern", "candidates")

    def __init__(self, pattern: re.Pattern[str], before: str):
        self.pattern = pattern
        # an empty group marks where the pattern starts
        self.candidates = re.compile(f"(?:{before})()(?:{pattern.pattern})", pattern.flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(text)``."""
        m = self.pattern.match(text)
        pos = 0
        while True:
            if m is not None:
                yield m
                pos = m.end()
            # (from the match's last character: a match ending in a newline may be followed by one at the next line)
            found = self.candidates.search(text, max(0, pos - 1))
            if found is None:
                return
            m = self.pattern.match(text, found.start(1))


#: A dateline at the start of a line: "NETIV HAASARA, Israel —", "GAZA CITY, Gaza Strip (AP) —", "KIEV —".
_DATELINE = StartsAfter(re.compile(r"^([A-Z][A-Z’'.-]+(?:[ -][A-Z][A-Z’'.-]+){0,3})(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"
                                 r"\s*(?:\((?:AP|Reuters|AFP|CNN|UPI|dpa)\)\s*)?(?:—|–|--)", re.MULTILINE), before=r"\n")


def datelines(text: str) -> list[tuple[int, int]]:
    """Spans of the place names of the datelines in ``text`` ("NETIV HAASARA, Israel — A rocket …").

    >>> t = "Photo caption.\\n\\nNETIV HAASARA, Israel — A rocket fired from Gaza slammed into a patio."
    >>> [t[a:b] for a, b in datelines(t)]
    ['NETIV HAASARA']
    """
    return [m.span(1) for m in _DATELINE.finditer(text) if len(m.group(1)) > 2]


class PartyMatcher:
    """Finds mentions of a spec's parties in one pass.

    Parameters
    ----------
    spec : Spec
    """

    def __init__(self, spec: Spec):
        self.spec = spec
        self.automaton = ahocorasick.Automaton()
        self.people: dict[str, tuple[str, str]] = {}  # surname -> (full name, party)
        priority = {"alias": 3, "person": 4, "title": 4, "demonym": 1, "surname": 2}
        entries: dict[str, tuple[str, str, str, int]] = {}
        namesakes: dict[str, dict[str, str]] = {}  # surname -> {full name: party}

        def add(key: str, party: str, via: str, person: str = "") -> None:
            for k in _variants(key):
                old = entries.get(k)
                if old is None or priority[via] > old[3]:
                    entries[k] = (party, via, person, priority[via])

        for p in spec.parties:
            for a in p.aliases:
                add(a, p.id, "alias")
            for d in p.demonyms:
                add(d, p.id, "demonym")
            for person in p.people:
                name = person.name
                add(name, p.id, "person", name)
                surname = name.split()[-1]
                namesakes.setdefault(surname, {})[name] = p.id
                bare = re.sub(r"^(?:el|al|El|Al)-", "", surname)
                if bare != surname and len(bare) > 3:
                    self.people.setdefault(bare, (name, p.id))
                    add(bare, p.id, "surname", name)  # "Sisi" of "Abdel Fattah el-Sisi"
                if len(surname) > 2 and (surname[0].isupper() or bare != surname):
                    self.people.setdefault(surname, (name, p.id))
                    add(surname, p.id, "surname", name)
                    for t in TITLES:
                        add(f"{t} {surname}", p.id, "title", name)
                        add(f"{t}. {surname}", p.id, "title", name)
        #: surnames of spec people of different parties ("Vitali" and "Alexander Zakharchenko"): whom a bare
        #: surname means is decided in the text (:meth:`_namesakes`)
        self.shared_surnames = {k: tuple(v.items()) for k, v in namesakes.items() if len(set(v.values())) > 1}
        #: the party of the US Congress (its "Congress" or "Senate" alias), for "D-Montana" tags
        self.congress = next((entries[k][0] for k in ("Congress", "Senate") if k in entries and entries[k][1] == "alias"), "")
        for key, (party, via, person, _) in entries.items():
            self.automaton.add_word(key, (len(key), party, via, person))
        if entries:
            self.automaton.make_automaton()
        self._empty = not entries
        self.place_automaton = ahocorasick.Automaton()
        for p in spec.parties:
            for place in getattr(p, "places", ()):
                for k in _variants(place):
                    self.place_automaton.add_word(k, (len(k), p.id, "place", ""))
        self._no_places = len(self.place_automaton) == 0
        if not self._no_places:
            self.place_automaton.make_automaton()

    def places(self, text: str) -> list[Mention]:
        """Mentions of the spec's ``places`` (where private people speak as a party); not party mentions.

        >>> from framing.spec import load_spec
        >>> [(m.text, m.party) for m in PartyMatcher(load_spec("gaza-2012-2014")).places("a doctor in Khan Younis")]
        [('Khan Younis', 'palestinians')]
        """
        if self._no_places:
            return Places()
        found = self.find(text, automaton=self.place_automaton)
        lines = datelines(text)
        for a, b in lines:  # "NETIV HAASARA, Israel —": the dateline names the scene in capitals
            name = "".join(w[:1] + w[1:].lower() if w.isupper() else w for w in re.split(r"(?<=[ -])", text[a:b]))
            hit = [m for m in self.find(name, automaton=self.place_automaton) if m.start == 0 and m.end == len(name)]
            if hit:
                found.append(Mention(a, b, text[a:b], hit[0].party, "place"))
        places = Places(sorted(found, key=lambda m: m.start))
        places.cache["datelines_text"], places.cache["datelines"] = text, lines  # the scenes read them too
        return places

    def find(self, text: str, start: int = 0, end: int | None = None, *, automaton: Any = None) -> list[Mention]:
        """Non-overlapping mentions in ``text[start:end]``, longest first, in text order."""
        if self._empty and automaton is None:
            return []
        end = len(text) if end is None else end
        norm = normalise(text)
        cands = []
        for last, (n, party, via, person) in (automaton or self.automaton).iter(norm, start, end):
            s = last - n + 1
            if s > 0 and (norm[s - 1].isalnum() or norm[s - 1] in "-_"):
                continue
            e = last + 1
            if e < len(norm) and (norm[e].isalnum() or norm[e] in "_" or (norm[e] == "-" and e + 1 < len(norm) and norm[e + 1].isalpha()
                                                                        and not (via == "place" and norm.startswith("-based", e)))):
                continue  # a place also matches in "West Bank-based"
            if _MEDIA_AFTER.match(norm, e, min(len(norm), e + 16)):
                continue  # "Washington Post", "Jerusalem Post", "Moscow Times": an outlet, not the party
            if via == "surname" and _other_given_name(norm, s, person) and not any(
                    not _other_given_name(norm, s, n) for n, _ in self.shared_surnames.get(person.split()[-1], ())):
                continue  # "Mykhailo Lysenko" is not the spec's Andriy Lysenko
            cands.append((s, -n, e, party, via, person))
        if self.congress and automaton is None and (", D-" in norm or ", R-" in norm):  # (every tag holds one, found in C)
            for m in _CONGRESS_TAG.finditer(norm, start, end):  # "John Walsh, D-Montana,": a member of Congress
                cands.append((m.start(1), -(m.end(1) - m.start(1)), m.end(1), self.congress, "alias", ""))
        cands.sort()
        out: list[Mention] = []
        pos = -1
        for s, _, e, party, via, person in cands:
            if s >= pos:
                out.append(Mention(s, e, text[s:e], party, via, person))
                pos = e
        return self._namesakes(norm, out) if self.shared_surnames and automaton is None else out

    def _namesakes(self, norm: str, out: list[Mention]) -> list[Mention]:
        """Resolve surnames shared by spec people of different parties: the one whose given name precedes it
        ("Aleksandr Zakharchenko"), else the one of that surname named last before, else the spec's first."""
        last: dict[str, tuple[str, str]] = {}
        for i, m in enumerate(out):
            surname = m.person.split()[-1] if m.person else ""
            group = self.shared_surnames.get(surname)
            if group is None:
                continue
            if m.via == "person":
                last[surname] = (m.person, m.party)
                continue
            at = m.end - len(surname)
            given = _GIVEN_BEFORE.search(norm, max(0, at - 30), at)
            fits = [c for c in group if not _other_given_name(norm, at, c[0])]
            if given is not None and given.group(1) not in _NOT_GIVEN and fits:
                pick = fits[0]
            elif surname in last:
                pick = last[surname]
            else:
                continue
            last[surname] = pick
            out[i] = m._replace(person=pick[0], party=pick[1])
        return out


#: A US legislator's party-state tag after a name: "John Walsh, D-Montana,", "Roy Blunt, R- Missouri,", "R-Ariz."
#: (the "D" or "R" comes before the lookbehind of the name and comma, so that re scans for it in C).
_CONGRESS_TAG = re.compile(r"([DR](?<=[a-z.], [DR])-\s?[A-Z][a-z]*\.?(?:[A-Z]\.)?(?:\s[A-Z][a-z]+)?)(?=[,;)]|\.\s|\s+(?:said|says|told|who)\b)")
#: The word before a surname, if it looks like a given name ("Mykhailo Lysenko").
_GIVEN_BEFORE = re.compile(r"(?<![\w.’'-])([A-Z][a-z]{2,})\s+$")
_NOT_GIVEN = frozenset(t.split()[-1] for t in TITLES) | frozenset(
    """The This That But And Yet So Then When While After Before Since Asked Said Says Told Spokesman Spokeswoman
    Commander Chief Deputy Acting Interim Former Opposition Leader Lawmaker Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October November December
    Today Yesterday Meanwhile However Also Still Earlier Later Now Senior Top Military Security Border Foreign
    Defense Defence Interior Justice Health Economy Finance Minister Prime Speaker Ukrainian Russian Israeli
    Photo Photos Caption Video Watch Read Story""".split())


def _other_given_name(text: str, s: int, person: str) -> bool:
    """Whether the spec surname at ``s`` follows another person's given name ("Mykhailo Lysenko" for the spec's
    Andriy Lysenko). Given names are compared loosely, so transliterations and short forms agree."""
    m = _GIVEN_BEFORE.search(text, max(0, s - 30), s)
    names = person.split()[:-1]
    if m is None or m.group(1) in _NOT_GIVEN or not names:
        return False
    # "Hillary Rodham Clinton", "Oleh Yaroslavovych Tyahnybok": a middle name or patronymic after the given name
    two = _GIVEN_BEFORE.search(text, max(0, m.start() - 30), m.start())
    given = [m.group(1)] + ([two.group(1)] if two is not None else [])
    return not any(_same_given(g, n) for g in given for n in names)


def _same_given(a: str, b: str) -> bool:
    """Whether two given names may be one ("Sergey"/"Sergei" by initial, "Tony"/"Antony" by ending)."""
    a, b = a.lower(), b.lower()
    return a[:1] == b[:1] or a[-3:] == b[-3:]


@lru_cache(maxsize=16)
def matcher(spec: Spec) -> PartyMatcher:
    """A cached :class:`PartyMatcher` for ``spec`` (specs are immutable and hashable)."""
    return PartyMatcher(spec)


def mentions_between(mentions: Sequence[Mention], s: int, e: int) -> list[Mention]:
    """Mentions inside ``[s, e)`` of a list sorted by start (binary search, so O(log n + k)).

    >>> ms = [Mention(0, 6, "Israel", "israel", "alias"), Mention(20, 25, "Hamas", "hamas", "alias")]
    >>> [m.text for m in mentions_between(ms, 0, 19)], [m.text for m in mentions_between(ms, 0, 24)]
    (['Israel'], ['Israel'])
    """
    i = bisect_left(mentions, s, key=lambda m: m.start)
    out = []
    while i < len(mentions) and mentions[i].start < e:
        if mentions[i].end <= e:
            out.append(mentions[i])
        i += 1
    return out


def singular(word: str) -> str:
    """Lower-cased singular of a plural noun ("agencies" → "agency", "leaflets" → "leaflet", "press" stays).

    >>> [singular(w) for w in ("Agencies", "leaflets", "press", "news")]
    ['agency', 'leaflet', 'press', 'news']
    """
    w = word.lower()
    if w.endswith("ies") and len(w) > 5:
        return w[:-3] + "y"
    return w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w


_ONE_WORD_COUNTRY = re.compile(r"(?:the\s+)?[A-Z][a-z]+(?:[’']s)?|U\.S\.|US")


def last_country(mentions: Sequence[Mention], pos: int, limit: int) -> Mention | None:
    """The last country named (a one-word alias: "Ukraine", "Russia's", "U.S.") within ``limit``
    characters before ``pos`` in ``mentions`` (sorted by start), or ``None``.

    >>> ms = [Mention(0, 6, "Russia", "russia", "alias"), Mention(30, 34, "NATO", "west", "alias")]
    >>> last_country(ms, 60, 100).text, last_country(ms, 60, 20)
    ('Russia', None)
    """
    for m in reversed(mentions_between(mentions, max(0, pos - limit), pos)):
        if is_country(m):
            return m
    return None


def is_country(m: Mention) -> bool:
    """Whether ``m`` names a state of a spec party by a one-word country alias ("Ukraine", "Russia's", "U.S.").

    >>> is_country(Mention(0, 6, "Russia", "russia", "alias")), is_country(Mention(0, 4, "NATO", "west", "alias"))
    (True, False)
    """
    return bool(m.party and m.party != OTHER and m.via == "alias" and _ONE_WORD_COUNTRY.fullmatch(m.text))
