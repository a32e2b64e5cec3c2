"""Attribution round 14: error kinds of the self-check and independent reviews of round 13's code.

Real passages from the bundled corpora (document ids in the comments): a statement in a fronted "And even as …"
clause ends at the main clause; a plural cue noun after "sees" is no statement; the object of "listen to him
complain" speaks; one capitalised word before a mid-sentence quote is its subject.
"""

from __future__ import annotations

from .attribution_rows import GAZA, UKRAINE, rows, who


def _by_cue(spec: str, text: str) -> dict[str, tuple[str, str, str, str]]:
    return {r["cue"]: (r["speaker"], r["party"], r["kind"], r["content"]) for r in rows(spec, text)}


def test_fronted_even_as_clause_ends_at_the_main_clause():
    # ukraine 07Zd2vAk2nS9QZoR (CNN)
    text = ("And even as Moscow denies any direct involvement, Western officials have demanded the Russia withdraw "
            "thousands of troops they say have crossed the border.")
    got = _by_cue(UKRAINE, text)
    assert got["deny"] == ("Moscow", "russia", "indirect", "any direct involvement")
    assert got["demand"][:2] == ("Western officials", "west")


def test_plural_cue_noun_after_a_verb_is_no_statement():
    # ukraine JEUjURzC5ykhhNfa (CSM)
    text = ("Moscow's view is that NATO countries funded the Ukrainian opposition. It sees pledges to position more "
            "NATO forces closer to the Russian frontier as an escalation.")
    assert [r["cue"] for r in rows(UKRAINE, text)] == []


def test_object_of_a_perception_verb_speaks():
    # gaza AeK48JNTMaNTdghh (NYT opinion)
    text = ("You may not like Prime Minister Netanyahu and he may not like you, but he’s a practical man. Get a "
            "briefing on the tunnels, and listen to him complain that it’s impossible to negotiate with a group like "
            "Hamas whose sole goal is Israel’s destruction.")
    assert who(GAZA, text, "complain") == [("him", "Benjamin Netanyahu", "israel")]


def test_one_word_subject_before_a_mid_sentence_quote():
    # ukraine S7DygCL2nfwmo1ft
    got = _by_cue(UKRAINE, "Yanuykovych “has a choice,” Glazev last month told the house organ of Gazprom.")
    assert got["tell"] == ("Glazev", "russia", "partial", "Yanuykovych “has a choice,”")
    got = _by_cue(UKRAINE, "Meanwhile “nothing was agreed,” Glazev told reporters.")
    assert got["tell"][2:] == ("direct", "“nothing was agreed,”")
