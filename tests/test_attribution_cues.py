"""Cues, content spans and which statements are extracted: real sentences from corpora/gaza-2012-2014
and corpora/ukraine-2014 that the spot checks of docs/evaluation.md found wrong.

Reported beliefs and positions (cue class ``belief``), page furniture, the outlet citing itself,
"referring to", a speaker's second verb phrase, position verbs with a noun-phrase object, negated
cues followed by ", but said", demand verbs with a one-word object.
"""

from __future__ import annotations

import pytest

import framing
from framing.attribution.extract import extract
from framing.attribution.tables import CUE_CLASSES
from framing.segment import sentences
from framing.spec import load_spec

GAZA, UKRAINE = "gaza-2012-2014", "ukraine-2014"


def _rows(spec: str, text: str) -> list[tuple[str, str, str, str, str]]:
    rows = extract(text, sentences(text), load_spec(spec))
    return [(r["speaker"], r["party"], r["cue"], r["cue_class"], r["content"]) for r in rows]


@pytest.mark.parametrize("spec, text, expected", [
    # reported beliefs and positions: class "belief", content = the belief (or the characterisation Y of "X as Y")
    (UKRAINE, "The Ukrainian government had expressed fears that the convoy was a large-scale effort to smuggle "
              "supplies or troops to pro-Russian rebels.",
     [("The Ukrainian government", "ukraine", "express fear", "belief",
       "the convoy was a large-scale effort to smuggle supplies or troops to pro-Russian rebels")]),
    (GAZA, "Gaza is run by Hamas, which the United States and other countries consider a terrorist organization.",
     [("the United States and other countries", "us", "consider as", "belief", "a terrorist organization")]),
    (GAZA, "The United States, like Israel, views Hamas as a terrorist organization.",
     [("The United States", "us", "view as", "belief", "a terrorist organization")]),
    (GAZA, "Israel also fears that an open border crossing would become a conduit for weapons.",
     [("Israel", "israel", "fear that", "belief", "an open border crossing would become a conduit for weapons")]),
    (GAZA, "Under the last president, Hosni Mubarak, regarded by Israel as an important strategic ally, any "
           "relationship with Hamas would have been unthinkable.",
     [("Israel", "israel", "regard as", "belief", "an important strategic ally")]),
    (UKRAINE, "But Washington has a delicate task getting involved in a crisis in an area that Russia sees as its backyard.",
     [("Russia", "russia", "see as", "belief", "its backyard")]),
    (GAZA, "Israel wants Hamas to disarm, or at least be prevented from re-arming.",
     [("Israel", "israel", "want to", "belief", "Hamas to disarm, or at least be prevented from re-arming")]),
    # decision: the holder of "views X as Y" is credited with Y only; here a public, no spec party
    (UKRAINE, "Support for the insurgency is widespread in Russia, where a majority of the population views the rebels "
              "as fighting a pro-Western regime they think is hostile to Russian-speaking people who live in Ukraine.",
     [("a majority of the population", "", "view as", "belief",
       "fighting a pro-Western regime they think is hostile to Russian-speaking people who live in Ukraine")]),
    # a participle whose speaker is the subject of the clause before it
    (GAZA, "And at least one influential Iranian official has appeared eager to stick a thumb in America’s eye in "
           "recent weeks, claiming Hamas was able to fire missiles into Israel specifically because of technology "
           "provided by Iran, and that Tehran should get serious about continuing to provide new assistance.",
     [("at least one influential Iranian official", "", "claim", "doubt",
       "Hamas was able to fire missiles into Israel specifically because of technology provided by Iran, and that "
       "Tehran should get serious about continuing to provide new assistance")]),
    # the second conjunct after a negated cue keeps the subject
    (UKRAINE, "The Russian Defense Ministry didn't directly deny its troops were in Ukraine, but said the list of "
              "Russian military units said to be operating in Ukraine had no relation to reality.",
     [("The Russian Defense Ministry", "russia", "say", "neutral",
       "the list of Russian military units said to be operating in Ukraine had no relation to reality")]),
    # demand verbs with a noun-phrase object are statements
    (UKRAINE, "Russia's foreign ministry urged restraint.",
     [("Russia's foreign ministry", "russia", "urge", "demand", "restraint")]),
    # a coordinated verb phrase of the speaker is not content
    (UKRAINE, "Tak said the 1,000 Russian troops operating inside Ukraine was a conservative estimate and provided "
              "satellite imaginary showing an incursion of great sophistication.",
     [("Tak", "other", "say", "neutral", "the 1,000 Russian troops operating inside Ukraine was a conservative estimate")]),
    # "refer to X as Y" characterises; "referring to X" explains a word and is no statement
    (UKRAINE, 'Officials referred to the demonstrators as "terrorists."',
     [("Officials", "", "refer to", "characterisation", 'the demonstrators as "terrorists."')]),
    (GAZA, "“Everybody wanted a situation where they could not have a ground operation and they could have Hamas sing "
           "‘Hatikva,’ ” said Gadi Wolfsfeld, a professor of political communications at the Interdisciplinary Center "
           "in Herzliya, Israel, referring to the Israeli national anthem.",
     [("Gadi Wolfsfeld", "other", "say", "neutral", "“Everybody wanted a situation where they could not have a ground "
       "operation and they could have Hamas sing ‘Hatikva,’ ”")]),
    # words before a quotation that starts in mid-sentence belong to the (partial) statement
    (UKRAINE, 'Putin\'s actions in Russia have "required NATO to really adapt and change fairly dramatically," said '
              'Heather Conley, who directs the Europe program at the Center for Strategic and International Studies in Washington.',
     [("Heather Conley", "other", "say", "neutral",
       'Putin\'s actions in Russia have "required NATO to really adapt and change fairly dramatically,"')]),
    # photo-caption furniture is not content
    (UKRAINE, "Hide Caption 5 of 6 Photos: Russian Combat Forces Inside the Territory of Ukraine NATO: Images show Russian "
              "forces in Ukraine – Intelligence now indicates that up to 1,000 Russian troops have moved into southern "
              "Ukraine with heavy weapons and are fighting there, a U.S. official told CNN on Thursday.",
     [("a U.S. official", "west", "tell", "neutral", "Intelligence now indicates that up to 1,000 Russian troops have "
       "moved into southern Ukraine with heavy weapons and are fighting there")]),
    # the addressee after "told" is not content
    (UKRAINE, "But an ICRC spokesperson told the Associated Press the organization was still awaiting security guarantees.",
     [("an ICRC spokesperson", "other", "tell", "neutral", "the organization was still awaiting security guarantees")]),
    # the object of "warned of" / "complained of" is the content; the writer's adjunct after a noun-phrase object is not
    (UKRAINE, "President Vladimir Putin has complained of a bellicose expansion of a Cold War alliance created to contain "
              "the Soviet Union that now appears to be targeting Russia.",
     [("President Vladimir Putin", "russia", "complain", "accusation", "a bellicose expansion of a Cold War alliance "
       "created to contain the Soviet Union that now appears to be targeting Russia")]),
    (UKRAINE, "Pro-Russian rebels have declared two regions independent following referendums dismissed as a sham by "
              "Ukraine and the West, and some called for joining Russia.",
     [("Pro-Russian rebels", "separatists", "declare", "emphasis", "two regions independent")]),
    # the writer's remarks and parentheticals are not content
    (GAZA, "The Gaza health ministry claims the 20-day war has killed more than 1,050 Palestinians, though it is unclear "
           "how many are civilians.",
     [("The Gaza health ministry", "palestinians", "claim", "doubt", "the 20-day war has killed more than 1,050 Palestinians")]),
    (GAZA, "For all the bloodshed thus far -- including at least 30 killed in Gaza since Wednesday, according to a "
           "Palestinian government website, and Israel reporting three deaths in Kiryat Malachi -- there has been little "
           "indication the situation will calm any time soon.",
     [("a Palestinian government website", "palestinians", "according to", "neutral",
       "at least 30 killed in Gaza since Wednesday"),
      ("Israel", "israel", "report", "neutral", "three deaths in Kiryat Malachi")]),
    (UKRAINE, "One pro-government militia said 23 of its men had been killed in fighting in the past 24 hours, while a "
              "rebel commander said he had lost 30 soldiers.",
     [("One pro-government militia", "ukraine", "say", "neutral", "23 of its men had been killed in fighting in the past 24 hours"),
      ("a rebel commander", "separatists", "say", "neutral", "he had lost 30 soldiers")]),
    (GAZA, "Two struck an open area south of Jerusalem, with Hamas militants confirming they had fired rockets toward that city.",
     [("Hamas militants", "hamas", "confirm", "endorsement", "they had fired rockets toward that city")]),
    # statements framed from a relative clause
    (GAZA, "A bomb exploded on a bus in central Tel Aviv on Wednesday, wounding at least 10 people in what officials "
           "said was a terrorist attack that could complicate efforts to secure a ceasefire in the Gaza Strip.",
     [("officials", "", "say", "neutral", "a terrorist attack")]),
    (GAZA, "Hamas wants Israel and Egypt to lift their seven-year-old Gaza border blockade, which Israel says would lead "
           "the militant group to import more weapons with which to attack Israeli soldiers and civilians.",
     [("Israel", "israel", "say", "neutral",
      "would lead the militant group to import more weapons with which to attack Israeli soldiers and civilians")]),
    (UKRAINE, "First, though, officials have to find the 63-year-old Yanukovych — who has accused opponents of staging "
              "an illegal coup.",
     [("Yanukovych", "ukraine", "accuse", "accusation", "opponents of staging an illegal coup")]),
    # "that" before a fronted phrase: the clause is still content
    (GAZA, 'Kerry then added that for Hamas, lifting the blockade had to come "with a greater responsibility towards Israel."',
     [("Kerry", "us", "add", "neutral", 'for Hamas, lifting the blockade had to come "with a greater responsibility towards Israel."')]),
])
def test_statements(spec, text, expected):
    assert _rows(spec, text) == expected


@pytest.mark.parametrize("spec, text", [
    # page furniture: the CNN video player
    (GAZA, "JUST WATCHED U.N. calls for immediate end to violence Replay More Videos ... MUST WATCH U.N. calls for "
           "immediate end to violence 02:11"),
    # the outlet citing itself, the interviewer
    (UKRAINE, "As we reported, the potential for a cease-fire was being watched closely by the members of NATO meeting "
              "in Wales on Friday."),
    (GAZA, "So you believe that this is a fair assertion?"),
    # decision: rejecting a demand is a position, not a statement (no proposition to attribute)
    (GAZA, "Israel has rejected such demands in the past."),
    # belief words outside the strict frames
    (GAZA, "A CNN crew could see trails of smoke as they reported from the Israeli side of the Erez Crossing on "
           "Gaza's northern border."),
    (UKRAINE, "The new southeastern front raised fears that the separatists are seeking to create a land link between "
              "Russia and Crimea."),
    (UKRAINE, "That is widely seen as critical to the Kremlin’s long-term goal of maintaining influence over Ukraine’s "
              "domestic affairs."),
    (UKRAINE, "But we do not believe that the sanctions will work."),
    (GAZA, "Hamas wants an end to the blockade on Gaza."),
    (UKRAINE, "Neither Obama nor his NATO counterparts want the same thing to happen in Afghanistan."),
    # a document or evidence is not a speaker; an addressee alone is not content; a question is not a statement
    (GAZA, "The cease-fire calls for Israel to halt all acts of aggression on Gaza, including incursions and the "
           "targeting of people."),
    (UKRAINE, "Polls suggest that these parties could see dramatic losses in this fall's election."),
    (GAZA, "Osama Hamdan, Hamas spokesman in Beirut, told CNN earlier by phone."),
    (UKRAINE, "Pro-Russian separatists staged the referendum asking residents in the Donetsk and Luhansk regions whether "
              "they should declare independence from Ukraine."),
    (UKRAINE, "People shout slogans during a pro-Russia rally in Donetsk on Sunday, March 9."),
    (GAZA, "The truce, agreed upon Monday by Israel and Hamas, took effect at 8 a.m. local time Tuesday (1 a.m. ET)."),
    (UKRAINE, "ORIGINAL STORY: The situation in Kiev appears to be the very definition of a coup, with the opposition "
              "turning on the regime."),
])
def test_no_statement(spec, text):
    assert _rows(spec, text) == []


@pytest.mark.parametrize("spec, text, cue, voice, speaker_party", [
    (UKRAINE, "The Ukrainian government had expressed fears that the convoy was a large-scale effort to smuggle "
              "supplies or troops to pro-Russian rebels.", "rebels", "attributed", "ukraine"),
    (GAZA, "Gaza is run by Hamas, which the United States and other countries consider a terrorist organization.",
     "terrorist", "attributed", "us"),
    (GAZA, "And at least one influential Iranian official has appeared eager to stick a thumb in America’s eye in "
           "recent weeks, claiming Hamas was able to fire missiles into Israel specifically because of technology "
           "provided by Iran.", "missiles", "attributed", ""),
    (UKRAINE, "Support for the insurgency is widespread in Russia, where a majority of the population views the rebels "
              "as fighting a pro-Western regime they think is hostile to Russian-speaking people who live in Ukraine.",
     "Russian-speaking people", "attributed", ""),
    (UKRAINE, "Support for the insurgency is widespread in Russia, where a majority of the population views the rebels "
              "as fighting a pro-Western regime they think is hostile to Russian-speaking people who live in Ukraine.",
     "rebels", "narrator", ""),
    (UKRAINE, "As we reported, the potential for a cease-fire was being watched closely by the members of NATO meeting "
              "in Wales on Friday.", "cease-fire", "narrator", ""),
])
def test_frame_voice_uses_beliefs(spec, text, cue, voice, speaker_party):
    f = framing.analyze(text, spec=spec).frames
    r = f[f["text"] == cue].iloc[0]
    assert (r["voice"], r["speaker_party"]) == (voice, speaker_party)


@pytest.mark.parametrize("text, frame, owner", [
    ("More than 30 rockets were fired into the area, but most were destroyed by Israel's Iron Dome interceptors.",
     "rockets", "neutral"),
    ("“No government would tolerate a situation where nearly a fifth of its people live under a constant barrage of "
     "rockets and missile fire.”", "rocket-fire", "israel"),
])
def test_gaza_rocket_words(text, frame, owner):
    f = framing.analyze(text, spec=GAZA).frames
    assert (frame, owner) in set(zip(f["frame"], f["owner"]))


def test_belief_is_its_own_cue_class_in_parties():
    assert "belief" in CUE_CLASSES
    r = framing.analyze("Israel also fears that an open border crossing would become a conduit for weapons.", spec=GAZA)
    corpus = r.parties[r.parties["scope"] == "corpus"].set_index("party")
    assert corpus.loc["israel", "cue_belief"] == 1
