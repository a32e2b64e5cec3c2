"""Attribution round 5: error classes of the independent seed-8080 check (docs/evaluation.md, "Attribution round 5").

Real passages from corpora/gaza-2012-2014 and corpora/ukraine-2014: content that runs past the reported words
(a coordinated non-speech verb phrase, the writer's "which may mean" clause, adjuncts after a noun-phrase object
of "announce"); identifiable speakers of no party are ``other``; the subject of the statement before stays the
next "he" (not the addressee); caption furniture is no antecedent; greetings are no statements; a quoted name
after "which it calls" is partial.
"""

from __future__ import annotations

import pytest

from framing.attribution.extract import extract
from framing.segment import sentences
from framing.spec import load_spec

GAZA, UKRAINE = "gaza-2012-2014", "ukraine-2014"


def _rows(spec: str, text: str) -> list[tuple[str, str, str, str, str]]:
    rows = extract(text, sentences(text), load_spec(spec))
    return [(r["speaker_name"] or r["speaker"], r["party"], r["cue"], r["kind"], r["content"]) for r in rows]


CHECHNYA = ("A Chechen student in Grozny alleges, via Russian blogger Oleg Leusenko, that residents were reluctant to "
            "volunteer, and recruiters called those people cowards and violently beat a man who refused to sign up.")
MEDVEDEV = ("Russian Prime Minister Dmitry Medvedev announced the import ban on orders from the country's president, "
            "Vladimir Putin, in response to sanctions imposed on Russia by the West over the crisis in Ukraine. The ban "
            "has been introduced for one year.")
JAMILA = ("Jamila says while she doesn't have Jewish friends, she shops at Jewish-run stores and goes to Jewish doctors. "
          "She says hello in Hebrew to her settler neighbors.")
POLICE = ("He apparently fled Ukraine's capital by car and aircraft, heading for the parts of the country where he is "
          "most likely to find friends, according to the acting head of the police.")
MAKEENKO = ("“I, as head of the city administration, am taking care of burying tens of bodies of common people every "
            "day,” Makeeno said in a letter addressed to Yanukovych. He also said that he planned to assume “personal "
            "responsibility for the livelihood of the city of Kiev,” which may mean that the capital, and the country’s "
            "centre of finance, will become a semi-autonomous city-state before long, one that could theoretically "
            "parlay with the U.S., E.U. and U.N. directly.")
CAPTION = ("In his last known public act, Ukrainian President Viktor Yanukovych delivered a televised speech Saturday. "
           "Hide Caption 8 of 12 Photos: Inside ousted Ukrainian President's palace He said: \"I don't plan to leave "
           "the country. I don't plan to resign. I am the legitimate President.\" Hide Caption 9 of 12")
PILLAR = ('Israel explained that the offensive, which it calls "Operation Pillar of Defense," was necessitated by '
          "increasing rocket attacks from the Hamas -controlled territory.")
EU_MEETING = ("The European Union called a meeting of its 28 member countries on Thursday to address Ukraine, and could "
              "impose sanctions on the country's government.")


@pytest.mark.parametrize("spec, text, expected", [
    # a second, non-speech verb phrase of the speaker ends the content; identifiable recruiters are "other"
    (UKRAINE, CHECHNYA, [("A Chechen student in Grozny", "other", "allege", "indirect",
                          "via Russian blogger Oleg Leusenko, that residents were reluctant to volunteer"),
                         ("recruiters", "other", "call", "indirect", "those people cowards")]),
    # the writer's adjuncts after the noun-phrase object of "announce" are not the announcement
    (UKRAINE, MEDVEDEV, [("Dmitry Medvedev", "russia", "announce", "indirect", "the import ban")]),
    # a named private person is "other"; "says hello" is a greeting, no statement
    (GAZA, JAMILA, [("Jamila", "other", "say", "indirect",
                     "while she doesn't have Jewish friends, she shops at Jewish-run stores and goes to Jewish doctors")]),
    # a state official named by role only: the state named in the sentence
    (UKRAINE, POLICE, [("the acting head of the police", "ukraine", "according to", "according_to",
                        "He apparently fled Ukraine's capital by car and aircraft, heading for the parts of the country "
                        "where he is most likely to find friends")]),
    # "He" is the letter's writer, not its addressee; the writer's "which may mean …" is not his
    (UKRAINE, MAKEENKO, [("Makeeno", "other", "say", "direct", "“I, as head of the city administration, am taking care of "
                          "burying tens of bodies of common people every day,”"),
                         ("Makeeno", "other", "say", "partial", "he planned to assume “personal responsibility for the "
                          "livelihood of the city of Kiev,”")]),
    # photo-caption furniture ("Hide Caption …") is no name for the next "he"
    (UKRAINE, CAPTION, [("Viktor Yanukovych", "ukraine", "say", "direct",
                         "\"I don't plan to leave the country. I don't plan to resign. I am the legitimate President.\"")]),
    # a quoted name in the writer's relative clause is a quoted fragment (partial), not a whole quotation
    (GAZA, PILLAR, [("Israel", "israel", "explain", "partial", 'the offensive, which it calls "Operation Pillar of Defense," '
                     "was necessitated by increasing rocket attacks from the Hamas -controlled territory"),
                    ("Israel", "israel", "call", "partial", '"Operation Pillar of Defense,"')]),
    # the writer's background on the conflict ("which has killed …") is not Putin's
    (UKRAINE, "Last week, after his first extensive meeting with Poroshenko, Putin rejected any suggestion that Russia "
              "could be involved in negotiating a cease-fire in the conflict, which has killed nearly 2,600 people "
              "according to the United Nations.",
     [("Vladimir Putin", "russia", "reject", "indirect",
       "any suggestion that Russia could be involved in negotiating a cease-fire in the conflict")]),
    # a parenthetical frame after a bare adverbial: the clause after the frame is the content too
    (UKRAINE, "Sergei Strokan, foreign affairs columnist with the Moscow daily Kommersant, spoke. On the other hand, he "
              "says, Moscow is staking out its claim to be a provider of humanitarian assistance.",
     [("Sergei Strokan", "other", "say", "indirect", "On the other hand, he says, Moscow is staking out its claim to be "
       "a provider of humanitarian assistance")]),
    # where it was announced is no part of what was announced
    (UKRAINE, "President Barack Obama spoke. Obama announced the sanctions at a news conference in Manila, where he is "
              "making the Philippines his last stop on a four-country tour of Asia.",
     [("Barack Obama", "west", "announce", "indirect", "the sanctions")]),
    # the writer's relative clause after a name given by "calls"
    (GAZA, "This violent back-and-forth comes after the Israeli military's start Wednesday of an operation it calls "
           "Pillar of Defense, which it launched to target those behind the high number of rockets fired at Israel over "
           "the past year.",
     [("Israeli military", "israel", "call", "indirect", "Pillar of Defense")]),
    # streets do not speak: the writer's inference
    (GAZA, "Residents are accustomed to hunkering down in bunker rooms, but the emptiness of the town's marina and "
           "streets suggested the uptick had left people on edge.", []),
    # the writer's inference from statements is nobody's statement
    (UKRAINE, "These and other statements suggest Ukraine's future will feature yet more unrest, more fighting and more "
              "likelihood that it will spawn a full-scale civil war and, perhaps, an international one.", []),
    # "the channel" is the outlet run by Hamas named just before
    (GAZA, "In the chaos, they were rushed to nearby Shifa Hospital. A TV news outlet run by Hamas showed live footage of "
           "the hospital. The channel blamed the carnage on an Israeli drone.",
     [("The channel", "hamas", "blame", "indirect", "the carnage on an Israeli drone")]),
    # "…, with one saying “…”" is a further statement, not part of the first
    (UKRAINE, "U.S. officials tell Fox News that they believe that Russian special forces are fighting in Ukraine, with "
              "one saying \"if you look at a Russian separatist, it is basically a Russian soldier.\"",
     [("U.S. officials", "west", "tell", "indirect", "they believe that Russian special forces are fighting in Ukraine")]),
    # the addressee of a participle "telling" is no content
    (GAZA, "The Israeli military said it was \"reviewing\" the incident, telling CNN that a rocket fired from Gaza could "
           "have been responsible.",
     [("The Israeli military", "israel", "say", "partial", 'it was "reviewing" the incident'),
      ("The Israeli military", "israel", "tell", "indirect", "a rocket fired from Gaza could have been responsible")]),
    # "quoted X as telling … that": the quoted words, not the person and the occasion
    (GAZA, "Israeli media quoted Defense Minister Ehud Barak as telling a closed meeting that Israel wanted a 24-hour "
           "test period of no rocket fire.",
     [("Israeli media", "other", "quote", "indirect", "Israel wanted a 24-hour test period of no rocket fire")]),
    # "called a meeting" convenes; nothing is said
    (UKRAINE, EU_MEETING, []),
])
def test_round5(spec, text, expected):
    assert _rows(spec, text) == expected


@pytest.mark.parametrize("text", [
    "She said goodbye to her son at the door.",
    "The family said a prayer before the funeral.",
    "He says thanks to the volunteers every morning.",
])
def test_greetings_are_no_statements(text):
    assert _rows(GAZA, text) == []
