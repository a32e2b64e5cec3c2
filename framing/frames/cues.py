"""Cue phrase syntax: one spec line expands to every surface form it should match.

A cue is a phrase of words. Matching is case-insensitive and token-boundary aware, and these
variants come for free:

* **hyphenation and spacing**: a space or hyphen between words matches any run of spaces,
  hyphens and dashes (``ethnic cleansing`` = ``ethnic-cleansing``); a hyphen in the cue also
  matches the closed compound (``anti-terrorist`` = ``antiterrorist``);
* **plural / singular**: the head word (the last word, and a word right before ``of``) matches
  its plural or singular (``human shield`` = ``human shields``, ``separatists`` = ``separatist``);
* **word order**: ``A B`` also matches ``B of A`` / ``B of the A`` and ``A of [the] B`` also
  matches ``B A`` (``Gaza blockade`` = ``blockade of Gaza``).

The syntax adds three operators:

* ``(a|b|c)`` alternative words in one place: ``(anti|counter)-terror operation``;
* ``[word]`` an optional word: ``[the] occupation``;
* ``word*`` (last word only) any word starting with ``word``: ``reintegrat*``.

>>> sorted(expand("human shield"))[:2]
['human shield', 'human shields']
>>> "blockade of the gaza" in expand("Gaza blockade")
True
>>> sorted(expand("(anti|counter)-terrorist operation"))[:3]
['anti terrorist operation', 'anti terrorist operations', 'antiterrorist operation']
>>> expand("reintegrat*")
{'reintegrat*'}
"""

from __future__ import annotations

import itertools
import re

__all__ = ["CueError", "expand", "normalize_phrase", "MAX_FORMS"]

#: Upper bound on surface forms of one cue (a guard against combinatorial explosions).
MAX_FORMS = 512

_FUNCTION = frozenset("a an the of to in on at by for and or as with from is are was were be this that its it".split())
_TOKEN = re.compile(r"\[[^\]]*\]|\([^)]*\)|[^\s\[\]()]+")
_HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_APOSTROPHES = "\u2019\u2018`\u00b4"


class CueError(ValueError):
    """A cue phrase is malformed; the message names the cue and the problem."""


def normalize_phrase(text: str) -> str:
    """Lower-case, apostrophes to ``'``, hyphens and spaces to one space.

    >>> normalize_phrase("Ethnic–Cleansing  campaign’s")
    "ethnic cleansing campaign's"
    """
    text = text.lower()
    for ch in _APOSTROPHES:
        text = text.replace(ch, "'")
    for ch in _HYPHENS:
        text = text.replace(ch, " ")
    return " ".join(text.split())


def _inflections(word: str) -> set[str]:
    """The word, its plural (or singular when it looks plural)."""
    if not word.isalpha() or len(word) < 3 or word in _FUNCTION:
        return {word}
    out = {word}
    if word.endswith("ies") and len(word) > 4:
        return out | {word[:-3] + "y"}
    if re.search(r"(ss|x|z|ch|sh)es$", word):
        return out | {word[:-2]}
    if word.endswith("is"):
        return out | {word[:-2] + "es"}
    if word.endswith("s") and not word.endswith(("ss", "us")):
        return out | {word[:-1]}
    if re.search(r"[^aeiou]y$", word):
        out.add(word[:-1] + "ies")
    elif re.search(r"(s|x|z|ch|sh)$", word):
        out.add(word + "es")
    elif not word.endswith("s"):
        out.add(word + "s")
    return out


def _slot_options(token: str, cue: str) -> tuple[list[str], bool]:
    """The alternatives of one token and whether it is optional."""
    if token.strip(_HYPHENS) == "":
        return [token], False  # a hyphen between two alternatives: "(anti|counter)-(terror|terrorist)"
    optional = token.startswith("[")
    if optional:
        if not token.endswith("]"):
            raise CueError(f"cue {cue!r}: unclosed '[' in {token!r}")
        token = token[1:-1]
    if token.startswith("("):
        if not token.endswith(")"):
            raise CueError(f"cue {cue!r}: unclosed '(' in {token!r}")
        options = [o.strip() for o in token[1:-1].split("|")]
    else:
        options = [token]
    if not options or any(not o or not re.search(r"\w", o) for o in options):
        raise CueError(f"cue {cue!r}: empty alternative in {token!r}")
    for o in options:
        if re.search(r"[\[\]()|]", o):
            raise CueError(f"cue {cue!r}: nested brackets or stray '|' in {token!r}")
    return options, optional


def _hyphen_forms(word: str) -> set[str]:
    """``anti-terrorist`` -> ``anti terrorist`` and ``antiterrorist``."""
    parts = [p for p in re.split(f"[{_HYPHENS}]+", word) if p]
    if len(parts) < 2:
        return {word}
    return {" ".join(parts), "".join(parts)}


def _sequences(tokens: list[tuple[list[str], bool]]) -> list[list[str]]:
    slots: list[list[str | None]] = [list(opts) + ([None] if optional else []) for opts, optional in tokens]
    out = []
    for combo in itertools.product(*slots):
        words: list[str] = []
        for w in combo:
            if w is None:
                continue
            if words and (w[0] in _HYPHENS or words[-1][-1] in _HYPHENS):
                words[-1] = f"{words[-1].rstrip(_HYPHENS)}-{w.lstrip(_HYPHENS)}"  # "(anti|counter)-terror"
            else:
                words.append(w)
        if words:
            out.append(words)
    return out


def _reorder(words: list[str]) -> list[list[str]]:
    """Word-order variants: ``A B`` <-> ``B of [the] A``."""
    if len(words) == 2 and not any(w in _FUNCTION or w.endswith("*") for w in words):
        a, b = words
        return [words, [b, "of", a], [b, "of", "the", a]]
    if len(words) in (3, 4) and words[1] == "of" and not words[0].endswith("*") and not words[-1].endswith("*"):
        rest = words[2:]
        if rest[0] == "the":
            rest = rest[1:]
        if len(rest) == 1 and rest[0] not in _FUNCTION:
            return [words, [rest[0], words[0]]]
    return [words]


def expand(cue: str) -> set[str]:
    """All normalised surface forms of one cue (a trailing ``*`` marks a word prefix).

    Raises
    ------
    CueError
        When the cue is malformed (unclosed brackets, ``*`` not on the last word, no words, or
        more than :data:`MAX_FORMS` forms).

    Examples
    --------
    >>> {"ethnic cleansing campaigns", "ethniccleansing campaign", "campaign of ethnic cleansing"} <= expand("ethnic-cleansing campaign")
    True
    >>> expand("so called*")
    {'so called*'}
    """
    if not isinstance(cue, str) or not re.search(r"\w", cue):
        raise CueError(f"cue {cue!r} has no word characters and can never match")
    text = cue.strip().lower()
    for ch in _APOSTROPHES:
        text = text.replace(ch, "'")
    raw = _TOKEN.findall(text)
    if "".join(raw).replace(" ", "") != re.sub(r"\s+", "", text):
        raise CueError(f"cue {cue!r}: unbalanced brackets")
    tokens = [_slot_options(t, cue) for t in raw]
    for i, (opts, _) in enumerate(tokens):
        if any("*" in o[:-1] for o in opts) or (i < len(tokens) - 1 and any(o.endswith("*") for o in opts)):
            raise CueError(f"cue {cue!r}: '*' is allowed only at the end of the last word")
    forms: set[str] = set()
    for words in _sequences(tokens):
        if any(not re.search(r"\w", w) for w in words):
            raise CueError(f"cue {cue!r}: a hyphen must join two words")
        for order in _reorder(words):
            heads = {len(order) - 1} | {i - 1 for i, w in enumerate(order) if w == "of" and i > 0}
            choices = []
            for i, w in enumerate(order):
                variants = _hyphen_forms(w)
                if i in heads and not w.endswith("*"):
                    variants = {v for x in variants for v in _inflect_last(x)}
                choices.append(sorted(variants))
            for combo in itertools.product(*choices):
                forms.add(normalize_phrase(" ".join(combo)))
                if len(forms) > MAX_FORMS:
                    raise CueError(f"cue {cue!r} expands to more than {MAX_FORMS} forms; split it into several cues")
    return forms


def _inflect_last(phrase: str) -> set[str]:
    """Inflect the last word of a (possibly space-joined) word."""
    head, _, last = phrase.rpartition(" ")
    return {f"{head} {v}".strip() for v in _inflections(last)}
