"""Definite descriptions as speakers: link "the vice president", "the foreign ministry", "the leaflets",
"his political party" or "Vahaba's mother" to the nearest compatible earlier mention in the article.

:func:`resolve_description` is called by :func:`framing.attribution.speakers.resolve` where it would
otherwise leave the party empty. It handles these shapes of speaker phrase, tried in this order:

- a body named inside the phrase by a place ("the Gaza Ministry of Health"): that place's party;
- a body named by a proper name of no spec party ("the Federal Statistics Office"): ``other``;
- a role noun ("the vice president", "the lawmaker", "the California Republican"): the nearest earlier
  person whose title or appositive carries that role ("Vice President Joseph R. Biden", "Anatoly
  Aksakov, deputy chairman of the committee … in the Duma", "Rep. Ed Royce") and no marker of the other
  US party ("R-Ariz." is no Democrat);
- an institution ("the foreign ministry", "the military", "the group"): the nearest earlier phrase with
  the same head whose body is a party ("The country’s Ministry of Foreign Affairs" after "Russia …",
  "the IDF"), else, for a state body, the one party named in its sentence or the one before;
- a thing that speaks ("the leaflets", "the report", "the statement from …"): who issued it in the
  sentence that introduced it ("The IDF again dropped leaflets", "leaflets that fell from an Israeli
  plane"), ``other`` for an outlet or a think tank;
- the press ("the paper", "the channel"): the outlet named just before (``other``);
- a possessive ("his political party", "its officials", "Vahaba's mother", "the country's security
  council"): the possessor's party;
- anonymous plurals ("the sources", "the officials"): the last "a/an … official|source|diplomat" with a party.

Anything without a compatible antecedent returns ``None`` (the party stays ``""``): there is no guess
from the article's dominant party, so "The police said" and "Police said" agree.

>>> from framing.attribution.extract import extract
>>> from framing.segment import sentences
>>> from framing.spec import load_spec
>>> t = ("Vice President Joseph R. Biden warned Russia on Tuesday. "
...      "The vice president said the U.S. will never recognize the vote.")
>>> [(r["speaker"], r["party"], r["speaker_name"]) for r in extract(t, sentences(t), load_spec("ukraine-2014"))]
[('The vice president', 'west', 'Joe Biden')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from ..spec import OTHER
from ..textcache import text_cache
from .mentions import Mention, last_country, mentions_between
from .mentions import singular as _singular
from .quotes import find_quotes

if TYPE_CHECKING:
    from .speakers import Context

__all__ = ["outside_quotes", "resolve_description"]

Hit = tuple[str, str, str]

#: A member of a parliament; a "deputy" only of one ("deputy of the Rada"), not "Deputy Foreign Minister".
_LEGISLATOR = (r"\blawmaker\b|\blegislat|\bparliament|\bMP\b|\bdeputy\s+(?:of\s+(?:the\s+)?)?(?:duma|rada|parliament)\b|"
               r"\bduma\b|\brada\b|\bknesset\b")
_US_LAWMAKER = r"\b(?:rep|sen|sens|reps|gov)\.|\bsenator\b|\bcongress(?:wo)?man\b|\brepresentative\b"
#: Person roles and the words that show an earlier person holds the role (title before the name,
#: appositive after it).
_ROLES: dict[str, str] = {
    "vice president": r"\bvice[- ]president\b",
    "president": r"(?<!vice )(?<!vice-)\bpresident\b",
    "prime minister": r"\bprime minister\b|\bpremier\b",
    "premier": r"\bprime minister\b|\bpremier\b",
    "chancellor": r"\bchancellor\b",
    "foreign minister": r"\bforeign minister\b",
    "defense minister": r"\bdefen[cs]e minister\b",
    "minister": r"\bminister\b",
    "secretary of state": r"\bsecretary of state\b",
    "secretary": r"\bsecretary\b",
    "senator": r"\bsen(?:ator|s)?\b\.?|\bsenate\b",
    "congressman": r"\brep\.|\brepresentative\b|\bcongress(?:wo)?man\b",
    "congresswoman": r"\brep\.|\brepresentative\b|\bcongress(?:wo)?man\b",
    "lawmaker": _LEGISLATOR + r"|\bsen\.|\brep\.|\bsenator\b|\bcongress(?:wo)?man\b",
    "parliamentarian": _LEGISLATOR,
    "legislator": _LEGISLATOR + r"|\bsen\.|\brep\.",
    "republican": _US_LAWMAKER + r"|\brepublican\b|(?-i:\bR-[A-Z])",
    "democrat": _US_LAWMAKER + r"|\bdemocrat\b|(?-i:\bD-[A-Z])",
    "ambassador": r"\bambassador\b",
    "envoy": r"\benvoy\b",
    # "Gen. Benny Gantz", not "Secretary-General Ban Ki-moon", "Attorney General Eric Holder", "the general election"
    "general": r"(?<![-\w])(?<!attorney )(?<!secretary )(?<!surgeon )gen(?:eral)?\b\.?(?!\s+(?:election|assembly|staff|public))",
    "commander": r"\bcommander\b",
    "mayor": r"\bmayor\b",
    "governor": r"\bgov(?:ernor)?\b\.?",
    "spokesman": r"\bspokes(?:man|woman|person)\b",
    "spokeswoman": r"\bspokes(?:man|woman|person)\b",
    "spokesperson": r"\bspokes(?:man|woman|person)\b",
    "negotiator": r"\bnegotiator\b",
}
_ROLE_PATS = {k: re.compile(v, re.I) for k, v in _ROLES.items()}
#: A description of the other US party rejects the person ("the Democrat" is not "Sen. John McCain, R-Ariz.").
_OPPOSITE = {"democrat": re.compile(r"(?-i:\bR-[A-Z])|\bRepublican\b|\bGOP\b", re.I),
             "republican": re.compile(r"(?-i:\bD-[A-Z])|\bDemocrat(?:ic)?\b", re.I)}
#: Institutions and the words an earlier phrase must contain to be the same body.
_BODIES: dict[str, str] = {
    "ministry": r"\bministry\b|\bministry of\b",
    "military": r"\b(?:military|army|armed forces|defen[cs]e forces|IDF|Pentagon|air force)\b",
    "army": r"\b(?:military|army|armed forces|defen[cs]e forces|IDF)\b",
    "air force": r"\b(?:air force|military|Pentagon|Defen[cs]e Department|armed forces)\b",
    "police": r"\bpolice\b",
    "government": r"\bgovernment\b|\bcabinet\b|\badministration\b|\bKremlin\b|\bWhite House\b",
    "cabinet": r"\bcabinet\b|\bgovernment\b",
    "parliament": r"\bparliament\b|\bDuma\b|\bRada\b|\bKnesset\b|\bCongress\b|\blegislature\b",
    "embassy": r"\bembassy\b",
    "council": r"\bcouncil\b",
    "commission": r"\bcommission\b",
    "committee": r"\bcommittee\b",
    "agency": r"\bagency\b",
    "administration": r"\badministration\b|\bWhite House\b",
    "office": r"\boffice\b",
    "organization": r"\borgani[sz]ation\b|\bunion\b|\balliance\b|\bNATO\b|\bOSCE\b|\bEU\b",
    "group": r"\bgroup\b|\bmovement\b|\bbrigades?\b|\bHamas\b|\bJihad\b|\bfaction\b",
    "movement": r"\bmovement\b|\bHamas\b",
    "hospital": r"\bhospital\b",
}
_BODY_PATS: dict[str, re.Pattern[str]] = {}  # filled below
#: Modifiers of a ministry that must agree with the earlier body ("foreign" ↔ "Ministry of Foreign Affairs").
_MINISTRY_KIND = {"foreign": r"\bforeign\b", "defense": r"\bdefen[cs]e\b", "defence": r"\bdefen[cs]e\b",
                  "interior": r"\binterior\b", "health": r"\bhealth\b", "finance": r"\bfinance\b",
                  "justice": r"\bjustice\b", "economy": r"\beconom", "energy": r"\benergy\b"}
_BODY_PATS.update({k: re.compile(v, re.I) for k, v in _BODIES.items()})
_KIND_PATS = {k: re.compile(v, re.I) for k, v in _MINISTRY_KIND.items()}
#: Things that speak for whoever issued them.
_THINGS = frozenset("leaflet flyer flier pamphlet statement report letter communique message video tweet website "
                    "post posting note notice announcement text dossier document memo".split())
#: A reduced relative naming who obtained or published a thing, not who issued it.
_OBTAINED_BY = re.compile(r"\s+(?:obtained|seen|reviewed|published|released|cited|quoted)\s+(?:\w+\s+)?by\s+.+$")
#: Outlets referred back to by a common noun.
_PRESS_NOUNS = frozenset("paper newspaper daily channel broadcaster network station agency".split())
#: An outlet's name, case-sensitive ("The Times of Israel", "Israel TV’s Channel 10", "AP"; not "three times", "the news").
#: Used both by a thing that speaks (_thing) and by "the paper" (_press).
_PRESS_NAME = re.compile(r"(?:[A-Z][\w’'-]*\s+){0,3}(?:Times|Post|Journal|News|Herald|Tribune|Gazette|Telegraph|Guardian)(?![-\w])|"
                         r"(?:[A-Z][\w’'-]*\s+){0,2}(?:TV(?:’s|'s)?\s+)?Channel\s+\d+|"
                         r"\b(?:Reuters|Associated Press|AP|AFP|BBC|CNN|NPR|Haaretz|Daily Beast|RIA(?:\s+Novosti)?|ITAR-TASS|TASS|"
                         r"Interfax)\b")
#: Relatives who speak for themselves: the possessor's party (a private person's).
_KIN = frozenset("mother father daughter son wife husband brother sister grandmother grandfather aunt uncle cousin "
                 "family relatives parents widow niece nephew".split())
#: Possessed nouns that speak for the possessor ("his political party", "its officials").
_OWN = frozenset("party government administration office spokesman spokeswoman spokesperson aides aide advisers "
                 "adviser officials leaders leadership ministry forces army military lawyer lawyers representatives "
                 "representative envoy staff cabinet allies camp campaign".split())
#: Anonymous sources: "the sources" after "an EU official said".
_ANON = frozenset("source official diplomat".split())
_ANON_PAT = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+((?:[\w’'.-]+\s+){0,4}?)"
                       r"(?P<head>officials?|sources?|diplomats?)\b((?:,?\s+(?:from|of|in|at|with|for|close to)\s+"
                       r"(?:the\s+)?(?:Mr\.\s+|Mrs\.\s+|Ms\.\s+|Dr\.\s+)?[^,.;:\n]{1,60}))?")
_BODY_NOUN = re.compile(r"\b(?:government|ministry|army|military|movement|group|organi[sz]ation|company|council|party|"
                        r"agency|police|forces|administration|alliance)\b")
_STATE_WORD = re.compile(r"\b(?:country|nation|state)(?:’s|'s)\s")

_DEF = re.compile(r"^(?:[Tt]he|[Tt]his|[Tt]hat)\s+((?:[\w’'.-]+\s+){0,3}?)([a-z][\w-]*(?:\s+(?:president|minister|force))?|"
                  r"Republican|Democrat|Ministry|Air\s+Force)$")
_POSS_PRON = re.compile(r"^(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+((?:[\w’'-]+\s+){0,3}?)([a-z][\w-]*)(?:,?\s+[A-Z][\w’'-]+)?$")
_POSS_NAME = re.compile(r"^((?:[Tt]he\s+)?(?:[A-Z][\w’.-]*\s+){0,2}[\w-]+)(?:’s|'s)\s+((?:[\w’'-]+\s+){0,3}?)"
                        r"([A-Za-z][\w-]*)$")
#: A body named by a proper name of no spec party (identifiable, so ``other``); not a ministry, army or council,
#: which speak for a state, nor an "Organization" (the OSCE is a party in one spec).
_NAMED_BODY = re.compile(r"^[Tt]he\s+(?:[A-Z][\w-]*\s+){1,4}(?:Office|Court|Bank|Commission|Agency|Bureau|Institute|Fund)"
                         r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?$")
_FROM = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+)?(statement|report|letter|message)\s+(?:from|by|of)\s+(.+)$")
_LIMIT = 3000  # how far back (characters) a description looks for its antecedent


@text_cache(maxsize=8)
def _quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((q.start, q.end) for q in find_quotes(text))


def outside_quotes(places: Sequence[Mention], text: str, quotes: Sequence[tuple[int, int]] | None = None) -> list[Mention]:
    """The mentions of ``places`` outside quotation marks: a party never comes from a place in a quote.

    ``quotes`` are the quotation spans of ``text`` if the caller has found them already (the extractor has), so
    that they are not found again.

    >>> from framing.spec import load_spec
    >>> from framing.attribution.mentions import matcher
    >>> t = 'A doctor told her son to "send her to Gaza for a few hours." In Gaza, residents wept.'
    >>> [m.text for m in outside_quotes(matcher(load_spec("gaza-2012-2014")).places(t), t)]
    ['Gaza']

    The list is computed once per :class:`~framing.attribution.mentions.Places` list and text (it is asked for
    every speaker placed by :func:`~framing.attribution.speakers.place_party`); it is not to be modified.
    """
    cache = getattr(places, "cache", None)
    if cache is not None and cache.get("outside_quotes_text") is text:
        return cache["outside_quotes"]
    spans = quotes if quotes is not None else _quote_spans(text) if text else ()
    if not spans:
        out = list(places)
    else:
        starts = [a for a, _ in spans]
        out = []
        for m in places:
            i = bisect_right(starts, m.start) - 1
            if not (i >= 0 and m.start < spans[i][1]):
                out.append(m)
    if cache is not None:
        cache["outside_quotes_text"], cache["outside_quotes"] = text, out
    return out


def _sent_start(ctx: "Context", text: str, pos: int) -> int:
    starts = getattr(ctx, "sent_starts", ()) or ()
    if starts:
        k = bisect_right(starts, pos) - 1
        return starts[k] if k >= 0 else 0
    dot = text.rfind(". ", 0, pos)
    return max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, pos) + 1)


def _party_of(m: Mention, ctx: "Context") -> str:
    if m.via == "name":
        known = getattr(ctx, "persons", {}).get(m.text.split()[-1])
        if known is not None and known[1]:
            return known[1]
    return m.party


_DESC_PRE_SPLIT = re.compile(r"[,;:“”\"()—–]")
_DESC_POST_STOP = re.compile(r"[,;:.()“”\"—–\n]")
_ALIAS_NAME = re.compile(r"\s+((?:[A-Z][\w’'-]+\.?\s+){0,2}[A-Z][\w’'-]+)")
_PERSON_TITLE = re.compile(r"(?:Sen|Rep|Sens|Reps|Gov|Gen)\.|Senator|Congress(?:wo)?man|[A-Z][a-z]+ (?:President|Minister)")
_TITLE_PREFIX = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)+")
_OF_NAME = re.compile(r"\s+(?:of|for|in)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*){1,4}")
_NP_PUNCT = ",;:“”\"()—–"
_COUNTRY_POSS = re.compile(r"\b[A-Z][a-z]+(?:stan|ia|land|ea|ay|an|ey|ya|ru|il|co|ba|ypt|nce|ain|ary|ece|um|ark)(?=’s|'s)")
#: Bodies that speak for a state: with no earlier body of that head, the one party named just before.
_STATE_BODIES = frozenset("ministry government military army police parliament cabinet embassy".split()) | {"air force"}
_ISSUER_AFTER = re.compile(r"[^.;\n]{0,40}?\b(?:from|by)\s+(?:an?\s+|the\s+)?")
_NON_PARTY_ISSUER = re.compile(r"\b(?:group|institute|think[- ]tank|organi[sz]ation|center|centre)\b", re.I)


def _descriptor(text: str, m: Mention, sent_lo: int) -> str:
    """Title words before a person mention and its appositive after it ("Vice President … Biden, …")."""
    lo = max(sent_lo, m.start - 80)
    pre = _DESC_PRE_SPLIT.split(text[lo : m.start])[-1]
    post = ""
    if text[m.end : m.end + 2] == ", ":
        stop = _DESC_POST_STOP.search(text, m.end + 2, m.end + 160)
        post = text[m.end + 2 : stop.start() if stop else m.end + 122]
    return f"{pre} {m.text} {post}"


def _role(text: str, s: int, role: str, modifiers: str, mentions: Sequence[Mention], ctx: "Context") -> Hit | None:
    """The nearest earlier person whose title or appositive holds ``role`` (and no marker of the other US party)."""
    pat, opposite = _ROLE_PATS[role], _OPPOSITE.get(role)
    narration = getattr(ctx, "narration", ()) or mentions
    lo = max(0, s - _LIMIT)
    cands = [m for m in mentions_between(narration, lo, s) if m.via in ("person", "title", "surname", "name", "alias")]
    state = [w for w in modifiers.split() if w[:1].isupper()]  # "the California Republican"
    best = None
    for m in reversed(cands):
        desc = _descriptor(text, m, _sent_start(ctx, text, m.start))
        if m.via == "alias":
            # a title alias before a name: "Rep. Ed Royce", "Sen. John McCain"
            name = _ALIAS_NAME.match(text, m.end, m.end + 60)
            if name is None or not _PERSON_TITLE.fullmatch(m.text):
                continue
            person = name.group(1)
            desc = _descriptor(text, Mention(m.start, name.end(), text[m.start : name.end()], m.party, "person"),
                               _sent_start(ctx, text, m.start))
        else:
            person = m.person or m.text
        if not pat.search(desc) or (opposite is not None and opposite.search(desc)):
            continue
        in_state = not state or any(w.lower()[:4] in desc.lower() for w in state)
        party = _party_of(m, ctx)
        if not party:
            if in_state:
                return best  # the role holder is known but of no known party: an earlier hit, if any, else nothing
            continue
        hit = (party, _TITLE_PREFIX.sub("", person), "coref")
        if in_state:
            return hit
        best = best or hit
    return best


def _country_before(text: str, pos: int, mentions: Sequence[Mention], ctx: "Context", limit: int = 1500) -> str | None:
    """Party of the last country named before ``pos`` ("Russia …  The country's foreign ministry"); ``None``
    when a country no spec lists is named after it ("Afghanistan's recent presidential election")."""
    narration = getattr(ctx, "narration", ()) or mentions
    m = last_country(narration, pos, limit)
    if m is None:
        return None
    named = {x.start for x in mentions_between(narration, m.end, pos + 60)}
    if any(c.start() not in named for c in _COUNTRY_POSS.finditer(text, m.end, pos)):
        return None
    return m.party


def _single_party(ms: Sequence[Mention]) -> str | None:
    parties = {m.party for m in ms if m.party and m.party != OTHER and m.via in ("alias", "demonym", "person", "title")}
    return parties.pop() if len(parties) == 1 else None


def _body(text: str, s: int, head: str, modifiers: str, mentions: Sequence[Mention], ctx: "Context") -> Hit | None:
    """The party of the nearest earlier body with the same head ("the foreign ministry" → "Russia's foreign
    ministry"), else, for a state body, of the one party named in its sentence or the one before. No guess
    beyond that: "The police said" with no antecedent stays unresolved, like "Police said"."""
    pat = _BODY_PATS[head]
    kind = next((k for k in modifiers.lower().split() if k in _MINISTRY_KIND), None) if head == "ministry" else None
    narration = getattr(ctx, "narration", ()) or mentions
    lo = max(0, s - _LIMIT)
    # 1. an earlier phrase with that head: its party mention, or "the country's …"
    for occ in reversed(list(pat.finditer(text, lo, s))):
        a = max(_sent_start(ctx, text, occ.start()), occ.start() - 60)
        np_lo = max(a, max(text.rfind(ch, a, occ.start()) for ch in _NP_PUNCT) + 1)
        b = occ.end()
        of = _OF_NAME.match(text, b, b + 50)
        b = of.end() if of else b
        np = text[np_lo:b]
        if kind and not _KIND_PATS[kind].search(np):
            continue
        # the party mention nearest the head ("… carried out by Hamas", "Russia's foreign ministry")
        inner = [m for m in mentions_between(mentions, max(np_lo, occ.start() - 30), b) if m.party]
        if inner:
            m = inner[-1] if inner[-1].start >= occ.start() else max(inner, key=lambda x: x.end)
            return m.party, text[min(m.start, occ.start()) : b].strip(), "coref"
        if _STATE_WORD.search(np):
            party = _country_before(text, np_lo, mentions, ctx)
            if party:
                return party, np.strip(), "coref"
        words = text[max(np_lo, occ.start() - 40) : occ.end()].split()
        if occ.group()[:1].isupper() or (len(words) >= 2 and words[-2][:1].isupper() and words[-2] not in ("The", "This", "Its")):
            return None  # a named body of no party ("the 120-nation Nonaligned Movement")
    if head not in _STATE_BODIES:
        return None
    # 2. the one party named in this sentence before it ("Israel has targeted 5,000 sites, the army has said"),
    # else in this sentence and the one before
    here = _sent_start(ctx, text, s)
    for lo2 in (here, _sent_start(ctx, text, max(0, here - 2))):
        party = _single_party(mentions_between(narration, max(lo2, s - 600), s))
        if party is not None:
            return party, "", "coref"
    return None


@lru_cache(maxsize=64)
def _noun_pat(noun: str) -> re.Pattern[str]:
    return re.compile(rf"\b{noun}s?\b", re.I)


def _thing(text: str, s: int, noun: str, mentions: Sequence[Mention], ctx: "Context") -> Hit | None:
    """Who issued a thing that speaks: "The IDF dropped leaflets … The leaflets told them …"."""
    narration = getattr(ctx, "narration", ()) or mentions
    for occ in reversed(list(_noun_pat(noun).finditer(text, max(0, s - 4000), s))):
        lo = _sent_start(ctx, text, occ.start())
        if lo == _sent_start(ctx, text, s):
            continue  # the speaker's own sentence
        definite = re.search(r"\b[Tt]he\s+(?:[\w-]+\s+)?$", text[max(lo, occ.start() - 25) : occ.start()])
        if s - occ.start() > 1200 and definite:
            continue  # far back, only the phrase that introduced the thing counts
        after = _ISSUER_AFTER.match(text, occ.end(), occ.end() + 60)
        if after:
            src = [m for m in mentions_between(mentions, after.end(), after.end() + 40) if m.party]
            if src and src[0].start == after.end():
                return src[0].party, src[0].text, "coref"  # "leaflets that fell from an Israeli plane"
        subj = [m for m in mentions_between(narration, lo, occ.start()) if m.party]
        if subj:
            return _party_of(subj[0], ctx), subj[0].person or subj[0].text, "coref"  # "The IDF again dropped leaflets"
        lead = text[max(lo, occ.start() - 80) : occ.start()]
        if _PRESS_NAME.search(lead) or _NON_PARTY_ISSUER.search(lead):
            return OTHER, "", "coref"  # "the independent International Crisis Group said Thursday in a report"
        if definite:
            continue  # "The dossier shows …": a reference back; the sentence that introduced it names the issuer
        return None
    return None


def _press(text: str, s: int, lo: int = -1) -> Hit | None:
    """An outlet named just before ("The Times of Israel reported … The paper also reported")."""
    found = list(_PRESS_NAME.finditer(text, max(0, s - 600, lo), s))[-1:]
    return (OTHER, found[0].group().strip(), "coref") if found else None


def _anonymous(text: str, s: int, head: str, mentions: Sequence[Mention], ctx: "Context") -> Hit | None:
    """The party of the last "a/an … official|source|diplomat (of …)" before ``s``, or of the last resolved
    phrase with that head ("The British government source told CNN … the UK source")."""
    seen = ctx.head(head, s, 1500) if hasattr(ctx, "head") else None
    if seen is not None and seen[1]:
        return seen[1], seen[0], "coref"
    found = list(_ANON_PAT.finditer(text, max(0, s - 800), s))
    if not found:
        return None
    m = found[-1]
    inner = [x for x in mentions_between(mentions, m.start(), m.end()) if x.party and x.via != "name"]
    if inner:
        return inner[0].party, text[m.start() : max(m.end("head"), inner[0].end)], "coref"
    return None


_PLACE_BODY = re.compile(r"\b(?:[Mm]inistry|[Pp]olice|[Cc]ity\s+[Aa]dministration|[Cc]ouncil|[Mm]ayor(?:’s|'s)?\s+[Oo]ffice)\b")
_THE_NOUN = re.compile(r"[Tt]he\s+[a-z]+")
_THE = re.compile(r"[Tt]he\s+")


def _possessor(text: str, s: int, pron: str, ctx: "Context") -> tuple[str, str] | None:
    from .speakers import (
        _possessor as possessor,  # the sentence's first person, else the last one seen
    )

    return possessor(text, s, pron.lower(), ctx)


def _possessed_name(phrase: str) -> str:
    """The name closing a possessive speaker phrase ("Her daughter Nadia" → "Nadia"), else ``""`` (the phrase)."""
    m = re.search(r"(?<=[a-z]),?\s+([A-Z][\w’'-]+)$", phrase)
    return m.group(1) if m else ""


def resolve_description(text: str, span: tuple[int, int], mentions: Sequence[Mention], ctx: "Context",
                        agree: Sequence[str] = ()) -> Hit | None:
    """``(party, antecedent, "coref")`` for a description speaker at ``span``, or ``None``.

    ``ctx`` is the :class:`~framing.attribution.speakers.Context` of the reading position (its
    ``narration``, ``persons``, ``places``, ``sent_starts`` and ``head()``). Surrounding whitespace in
    ``span`` is ignored. With ``agree``, only a person antecedent of one
    of those parties is returned (a role already resolved by an alias inside the phrase, "the
    California Republican", only learns who it is).

    >>> from framing.spec import load_spec
    >>> from framing.attribution.mentions import matcher
    >>> from framing.attribution.speakers import Context
    >>> t = "The IDF again dropped leaflets across Gaza. The leaflets told them which way to go."
    >>> ms = matcher(load_spec("gaza-2012-2014")).find(t)
    >>> s = t.index("The leaflets")
    >>> resolve_description(t, (s, s + 12), ms, Context(narration=ms, text=t))
    ('israel', 'IDF', 'coref')
    >>> t = "Rockets fell. The leaflets told them which way to go."
    >>> resolve_description(t, (14, 26), [], Context(text=t)) is None
    True
    """
    hit = _resolve(text, span, mentions, ctx, agree)
    if hit is None:
        return None
    return hit[0], hit[1] or text[span[0] : span[1]].strip(), hit[2]  # no antecedent phrase: the description itself


def _resolve(text: str, span: tuple[int, int], mentions: Sequence[Mention], ctx: "Context", agree: Sequence[str]) -> Hit | None:
    s, e = span
    raw = text[s:e]
    s += len(raw) - len(raw.lstrip())  # offsets of the stripped phrase: recursive spans below count from it
    e = s + len(raw.strip())
    phrase = text[s:e]
    ctx_persons = getattr(ctx, "persons", {})
    places = [m for m in getattr(ctx, "places", ()) if s <= m.start and m.end <= e and m.party and m.party != OTHER]
    if places and not agree and _PLACE_BODY.search(phrase):
        # "the Gaza Ministry of Health": the body of that place ("a Gaza government website" may be Hamas's: not here)
        return places[0].party, phrase, "coref"
    if not agree and _NAMED_BODY.match(phrase) and not mentions_between(mentions, s, e):
        return OTHER, phrase, "coref"  # "the Federal Statistics Office", "The Permanent Court of Arbitration": no spec party
    q = _POSS_NAME.match(phrase)
    if q is not None and _THE_NOUN.fullmatch(q.group(1)) and not agree and not _STATE_WORD.search(q.group(1) + "'s "):
        # "The council's presidential statement": who the owner ("the council") is
        inner = _resolve(text, (s, s + len(q.group(1))), mentions, ctx, ())
        return (inner[0], inner[1], "coref") if inner else None
    d = _DEF.match(phrase)
    if d is None and (tail := _OBTAINED_BY.search(phrase)) is not None:
        d = _DEF.match(phrase[: tail.start()])  # "the briefing dossier obtained by CNN's Elise Labott": the dossier
    if d is not None:
        mods, head = d.group(1).strip(), d.group(2).lower()
        words = (mods.lower() + " " + head).split()
        two = " ".join(words[-2:])
        role = two if two in _ROLES else head if head in _ROLES else None
        if role is not None:
            hit = _role(text, s, role, mods, mentions, ctx)
            return hit if hit is None or not agree or hit[0] in agree else None
        if agree:
            return None
        body = two if two in _BODIES else _singular(head) if _singular(head) in _BODIES else None
        if body is not None:
            return _body(text, s, body, mods, mentions, ctx)
        if _singular(head) in _THINGS:
            hit = _thing(text, s, _singular(head), mentions, ctx)
            if hit is None and _singular(head) == "report":  # "Israel TV’s Channel 10 said … The report said"
                hit = _press(text, s, _sent_start(ctx, text, max(0, _sent_start(ctx, text, s) - 2)))
            return hit
        if _singular(head) in _PRESS_NOUNS:
            return _press(text, s)
        if _singular(head) in _ANON:
            return _anonymous(text, s, _singular(head), mentions, ctx)
        return None
    if agree:
        return None
    f = _FROM.match(phrase)
    if f is not None:  # "the statement from the President's office": who issued it
        a = s + f.start(2)
        return resolve_description(text, (a, e), mentions, ctx)
    p = _POSS_PRON.match(phrase)
    if p is not None:
        head = p.group(2).lower()
        if head in _KIN or head in _OWN or _singular(head) in _OWN:
            pron = phrase.split()[0].lower()
            if pron in ("its", "their"):  # the body named last before it in the sentence ("the Kiev-based government")
                near = [m for m in mentions_between(getattr(ctx, "narration", ()) or mentions, _sent_start(ctx, text, s), s)
                        if m.party and (m.via == "alias" or pron == "their" and m.via == "demonym")]
                if near and _BODY_NOUN.search(text, near[-1].end, s):
                    return None  # "supporting the Kiev-based government as it combats a rebel movement that, its officials say"
                if near:
                    return near[-1].party, "", "coref"  # "their leaders": the Palestinians' party; the leaders speak
            ref = _possessor(text, s, pron, ctx)
            if ref is not None and ref[1]:
                return ref[1], _possessed_name(phrase), "coref"  # "Her daughter Nadia": Jamila's party; Nadia speaks
        return None
    if q is not None:
        owner, head = q.group(1), q.group(3).lower()
        if _STATE_WORD.search(owner + "'s "):
            party = _country_before(text, s, mentions, ctx)
            return (party, phrase, "coref") if party else None
        if head in _KIN or head in _OWN or _singular(head) in _OWN:
            if _THE.match(owner):
                inner = resolve_description(text, (s, s + len(owner)), mentions, ctx)
                return (inner[0], inner[1], "coref") if inner else None
            known = ctx_persons.get(owner.split()[-1]) if owner.split() else None
            if known is not None and known[1]:
                return known[1], "", "coref"  # "Vahaba's mother", "Blair's office": the owner's party; the phrase speaks
        return None
    return None
