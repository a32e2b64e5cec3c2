"""Attribution round 12: the seed 9797, 1212 and 3434 reviews' party, speaker-name and content errors.

Real passages from the bundled corpora: a possessive role ("His Cabinet chief", "his spokesman") takes the
possessor's party but keeps its own name; so does a role whose complement names a person ("A spokesman for
Netanyahu", "an official in President Obama's administration"); a surname shared by two spec people follows the
one the article named; a statement in a fronted "While …," clause ends before a main clause with a pronoun
subject; the Maidan opposition is ``ukraine`` in its spec.
"""

from __future__ import annotations

import pytest

from framing.attribution.mentions import matcher
from framing.spec import load_spec

from .attribution_rows import GAZA, UKRAINE, rows as _rows, who as _who


#: gaza YJ6sezG1wbUcGBCU (CNN)
TAHTAWI = ('"Egypt will not leave Gaza alone, and what is happening there is a blatant aggression against humanity," '
           "said Egyptian President Mohammed Morsy.\n\nHis Cabinet chief noted, however, that Egypt's peace treaty with "
           'Israel is safe.\n\n"But respecting a peace treaty does not mean to stay idle or indifferent to what is going '
           'on along our borders," said Mohamed Refa\'a al-Tahtawi, who promised "medical, logistical and humanitarian '
           'support."')
#: gaza wspBFYHfwBjikoMF (CNN)
REGEV = ("A spokesman for Netanyahu told CNN on Thursday that Hamas' stance toward Israel harms the ability to "
         "negotiate.")


# 1. a possessive role or a role with a person as its complement: that person's party, the role's own name
@pytest.mark.parametrize("spec, text, cue, expected", [
    (GAZA, TAHTAWI, "note", [("His Cabinet chief", "His Cabinet chief", "international")]),
    # the name first seen right after a sentence opened by that role takes the possessor's party too
    (GAZA, TAHTAWI, "say", [("Egyptian President Mohammed Morsy", "Mohammed Morsy", "international"),
                            ("Mohamed Refa'a al-Tahtawi", "Mohamed Refa'a al-Tahtawi", "international")]),
    (GAZA, REGEV, "tell", [("A spokesman for Netanyahu", "A spokesman for Netanyahu", "israel")]),
    (GAZA, "A senior official in U.S. President Obama's administration told CNN that the White House is asking Egypt "
           "and Turkey to urge the group to de-escalate the rocket attacks.", "tell",
     [("A senior official in U.S. President Obama's administration",
       "A senior official in U.S. President Obama's administration", "us")]),
    (UKRAINE, "Russian President Vladimir Putin spoke with Yanukovych overnight, his spokesman said.", "say",
     [("his spokesman", "his spokesman", "russia")]),
    # negative: a title before the name is the person ("Secretary of State John Kerry" is Kerry)
    (GAZA, "Secretary of State John Kerry said the talks would resume.", "say",
     [("Secretary of State John Kerry", "John Kerry", "us")]),
])
def test_role_of_a_named_person(spec, text, cue, expected):
    assert _who(spec, text, cue) == expected


# 2. a surname two spec people share: the one of them the article named
@pytest.mark.parametrize("text, expected", [
    ("Interior Minister Vitali Zakharchenko said the violence had been provoked by the opposition leaders.",
     [("Interior Minister Vitali Zakharchenko", "Vitali Zakharchenko", "ukraine")]),
    # ukraine Y00Zn1VjIeg5hjrZ (CNN): the separatist leader, named in full first
    ("Alexander Zakharchenko claims there are between 3,000 and 4,000 Russian volunteers fighting with the rebels. "
     "Some of these individuals are retired Russian military, Mr. Zakharchenko said in a televised statement.",
     [("Mr. Zakharchenko", "Alexander Zakharchenko", "separatists")]),
])
def test_shared_surname_follows_the_article(text, expected):
    assert _who(UKRAINE, text, "say") == expected


def test_shared_surname_mentions():
    text = "Vitali Zakharchenko spoke. Zakharchenko left. Alexander Zakharchenko spoke. Mr. Zakharchenko left."
    found = [(m.text, m.party, m.person) for m in matcher(load_spec(UKRAINE)).find(text)]
    assert found == [("Vitali Zakharchenko", "ukraine", "Vitali Zakharchenko"),
                     ("Zakharchenko", "ukraine", "Vitali Zakharchenko"),
                     ("Alexander Zakharchenko", "separatists", "Alexander Zakharchenko"),
                     ("Mr. Zakharchenko", "separatists", "Alexander Zakharchenko")]


#: ukraine l6iVch5Jmjtzm9er (Fox News)
WHILE = ("While opposition leaders agreed that protesters should hand over any weapons and withdraw from occupied "
         "buildings and protest camps around the country, it’s far from clear whether the thousands of demonstrators "
         "camped out in Kiev Friday will go home.")


# 3. a statement inside a fronted "While …," clause ends before the main clause, also one with a pronoun subject
@pytest.mark.parametrize("text, expected", [
    (WHILE, [("opposition leaders", "ukraine", "protesters should hand over any weapons and withdraw from occupied "
                                               "buildings and protest camps around the country")]),
    # negative: without the fronted "While", the comma inside the content does not end it
    ("Opposition leaders agreed that if protesters leave the buildings, they will be safe.",
     [("Opposition leaders", "ukraine", "if protesters leave the buildings, they will be safe")]),
])
def test_fronted_while_clause_ends_content(text, expected):
    assert [(r["speaker"], r["party"], r["content"]) for r in _rows(UKRAINE, text) if r["cue"] == "agree"] == expected


#: ukraine VYyMqzXiABji2yBA (AP)
HORLIVKA = ("In Horlivka, a city besieged by government troops, the mayor's office reported 17 people, including three "
            "children, dying as a result of shelling.\n\nThe mayor's office said there has been major damage to many homes "
            "and government offices in the center of the city. It also said the top floor of a school was destroyed as a "
            "result of direct hit from a shell.")


# 4. a town's local authority, the town named just before and in no spec party: identifiable, so ``other``
@pytest.mark.parametrize("text, expected", [
    (HORLIVKA, [("the mayor's office", "the mayor's office", "other"), ("The mayor's office", "The mayor's office", "other"),
                ("It", "The mayor's office", "other")]),
    # negative: no town named, nobody identifiable
    ("The mayor's office said there has been major damage to many homes.", [("The mayor's office", "The mayor's office", "")]),
])
def test_local_authority_of_a_named_town(text, expected):
    assert [(r["speaker"], r["speaker_name"], r["party"]) for r in _rows(UKRAINE, text)] == expected


#: gaza WzFl4KWR9mV4NGw5 (NPR), at a Jerusalem hospital; 0XoTpKxtTPOXmpJW (AP), the Tel Aviv bus bombing
HADASSAH = ("In the waiting room at Jerusalem's Hadassah Hospital, an Israeli woman was shouting at a Palestinian mother "
            "whose son was being treated for a beating he received from a Jewish mob.\n\nA second Israeli woman joined in "
            "the verbal barrage, complaining that her taxes shouldn't be paying for Palestinian treatment.")
TEL_AVIV = ("An explosion on a bus across from the military headquarters in Tel Aviv injured at least 10. An Israeli driver "
            "who witnessed the explosion told Army Radio the bus was \"completely charred inside.\"")


# 5. a private person described by a demonym speaks for the scene's population, not for the state
@pytest.mark.parametrize("text, cue, expected", [
    (HADASSAH, "complain", [("A second Israeli woman", "other")]),
    # negative: in a place of the spec's israel (Tel Aviv) the private person is of its population
    (TEL_AVIV, "tell", [("An Israeli driver who witnessed the explosion", "israel")]),
])
def test_private_person_with_a_demonym(text, cue, expected):
    assert [(r["speaker"], r["party"]) for r in _rows(GAZA, text) if r["cue"] == cue] == expected


#: ukraine a4Tn2XuDlM9C0wLz (Fox News)
MEDVEDEV = ("Medvedev said Russia is considering banning Western carriers.\n\nMedvedev made it clear that Russia hopes that "
            "the sanctions will make the West revise its policy.\n\n\"Until the last moment we hoped that our partners would "
            "understand that sanctions only lead to a deadlock,\" he said.")
#: ukraine JMISI7xF4lvuwCuu (NPR)
ROGOFF = ("Kenneth Rogoff is a Harvard economist and a chess grandmaster. \"Putin is playing from a very weak position,\" "
          "Rogoff says.\n\nThat leads Rogoff to think that Putin has not carved out a long-term strategy.\n\n\"I just don't "
          "see it,\" he says.")
#: gaza UVHIvpQaTxxzgCsH (Breitbart)
SOLDIER = ("An IDF soldier told Breitbart News on the condition on anonymity that Hamas is dangerous to Palestinians. "
           "Hamas started building the tunnels from Gaza into Israel two years ago, he explained.")


# 6. the next "he": not a country that spoke, not a person inside what someone thinks; a soldier is a person
@pytest.mark.parametrize("spec, text, cue, expected", [
    (UKRAINE, MEDVEDEV, "say", [("Medvedev", "Dmitry Medvedev", "russia"), ("he", "Dmitry Medvedev", "russia")]),
    (UKRAINE, ROGOFF, "say", [("Rogoff", "Kenneth Rogoff", "other"), ("he", "Kenneth Rogoff", "other")]),
    (GAZA, SOLDIER, "explain", [("he", "An IDF soldier", "israel")]),
])
def test_pronoun_antecedent(spec, text, cue, expected):
    assert _who(spec, text, cue) == expected


#: ukraine JEUjURzC5ykhhNfa (Christian Science Monitor): the quote has no opening mark in the source
CONLEY = ("In some ways, NATO should thank Vladimir Putin because it was really searching for its purpose,” says Heather "
          "Conley, director of the Europe Program at the Center for Strategic and International Studies in Washington. "
          "“It has now not only been repurposed,” she adds, “it’s been reinvigorated.”")


def test_programme_name_is_no_person():
    assert _who(UKRAINE, CONLEY, "add") == [("she", "Heather Conley", "other")]


def test_caption_credit_is_not_the_speaker():
    # gaza shMiIX9FGcuqMotk (Daily Caller): a photo caption's credit runs into the next line's speaker
    text = ("Netanyahu also noted that Hamas had rejected several cease-fire offers in the past. | AP Photo Netanyahu says "
            "Hamas violating its own cease-fire")
    assert [(r["speaker"], r["party"]) for r in _rows(GAZA, text) if r["cue"] == "say"] == [("Netanyahu", "israel")]


#: gaza Cs4E2k3iwG4tl5zQ (USA Today): a photo caption between the speaker and "he said"
CAPTION = ("Power sources met no more than 70% of the population's need, according to Ahmed Sourani, Gaza program manager "
           "at Oxfam International.\n\nPalestinian electricity company workers inspect power lines destroyed following an "
           "Israeli air strike in Rafah in the southern Gaza Strip, on Aug. 6, 2014. (Photo: Said Khatib, AFP/Getty "
           "Images)\n\nGaza's only power plant was hit by Israeli shelling, which also damaged transformers and electrical "
           "wires, hindering flows of power coming from Israel, he said.")
#: gaza hLJTwX29AEClgy3a (NYT)
ZUHRI = ("\"The masses that took to the streets last night to celebrate sent a message to all the world that Gaza can't be "
         "defeated,\" said a spokesman, Sami Abu Zuhri.")
#: ukraine FapXjMSEA3dqBSaO (Washington Post)
PARTY = ("His political party appears to have turned against him, saying it blames him for the \"robbery and deception\" "
         "of the nation. It accused Yanukovych of making illegal orders that led to casualties.")


# 7. whom a later pronoun or an appositive names
@pytest.mark.parametrize("spec, text, cue, expected", [
    (GAZA, CAPTION, "say", [("he", "Ahmed Sourani", "other")]),  # an Oxfam manager (round 12f)
    (GAZA, ZUHRI, "say", [("a spokesman", "Sami Abu Zuhri", "hamas")]),
    (UKRAINE, "Yanukovych fled Kiev. " + PARTY, "accuse", [("It", "His political party", "ukraine")]),
])
def test_pronoun_and_appositive_names(spec, text, cue, expected):
    assert _who(spec, text, cue) == expected


# 8. "told <plural addressee> they …": the addressee is not content
@pytest.mark.parametrize("text, expected", [
    # gaza 7mqfU2WMiHPPYllp (CNN caption)
    ("The Federal Aviation Administration told U.S. airlines they were temporarily prohibited from flying to the Tel "
     "Aviv airport.", "they were temporarily prohibited from flying to the Tel Aviv airport"),
    # negative: a plural object of the statement itself stays ("told reporters" has no pronoun after it here)
    ("The Federal Aviation Administration told airlines to suspend flights to Tel Aviv.", "airlines to suspend flights to Tel Aviv"),
])
def test_plural_addressee_before_pronoun(text, expected):
    assert [r["content"] for r in _rows(GAZA, text) if r["cue"] == "tell"] == [expected]


#: gaza Cs4E2k3iwG4tl5zQ (USA Today), in an article set in Gaza
BAGHDAD = ("GAZA CITY — Gaza's only power plant was hit again.\n\nBaghdad has also suffered. Many people have generators, but "
           "the poor can't afford them, said Sami El Hilali, a resident of the Horreya district of Iraq's capital.")
#: ukraine Z6JHOAF5cjkxqlsy (CNN)
DOSSIER = ("Ukrainian officials point to the pictures in a dossier obtained Monday by CNN, arguing that the images show Russian "
           "\"sabotage-reconnaissance groups\" acting in Ukrainian towns.\n\nThe dossier shows what Ukrainian officials say are "
           "images of well-equipped gunmen.\n\nUkraine provided the photos to those observers from the Organization for "
           "Security and Cooperation in Europe, according to the briefing dossier obtained by CNN's Elise Labott.")


# 9. a private person placed elsewhere by the appositive; a document speaks for whoever issued it
@pytest.mark.parametrize("spec, text, cue, expected", [
    (GAZA, BAGHDAD, "say", [("Sami El Hilali", "Sami El Hilali", "other")]),
    # negative: a resident of a spec place keeps its population's party
    (GAZA, BAGHDAD.replace("the Horreya district of Iraq's capital", "Khan Younis"), "say",
     [("Sami El Hilali", "Sami El Hilali", "palestinians")]),
    (UKRAINE, DOSSIER, "according to", [("the briefing dossier obtained by CNN's Elise Labott", "Ukrainian officials", "ukraine")]),
])
def test_placed_elsewhere_and_issued_documents(spec, text, cue, expected):
    assert _who(spec, text, cue) == expected


# 10. identifiable speakers of no spec party, and a UN agency
@pytest.mark.parametrize("spec, text, expected", [
    # gaza pqbyLSHQ3HM0N7Z3 (Fox News)
    (GAZA, "Delta Air Lines resumed flights to Ben Gurion International Airport, airline spokesman Morgan Durrant said.",
     [("airline spokesman Morgan Durrant", "other")]),
    # negative: a bare official title still names some government, unnamed
    (GAZA, "Delta Air Lines resumed flights to Ben Gurion International Airport, spokesman Morgan Durrant said.",
     [("spokesman Morgan Durrant", "")]),
    # gaza biz2KTMsmfJO3QiN (CNN)
    (GAZA, "More than 150 were members of armed groups.\n\nUNICEF said Monday that about two-thirds of the children killed were "
           "12 or younger.", [("UNICEF", "international")]),
    # ukraine WLSZ3Zi7APYhnANf (Daily Beast's report cited by Fox)
    (UKRAINE, "The last time Obama and Putin spoke was on April 14, according to The Daily Beast.", [("The Daily Beast", "other")]),
])
def test_identifiable_of_no_party(spec, text, expected):
    assert [(r["speaker"], r["party"]) for r in _rows(spec, text)] == expected


# 11. a long appositive role, and a possessive gloss of the body at its end: the name before the role speaks
@pytest.mark.parametrize("spec, text, expected", [
    # ukraine vZKgL8uK4BPBE0Qu (CNN)
    (UKRAINE, "Anatoly Aksakov, deputy chairman of the committee on financial markets in the Duma, Russia's legislature, "
              "said it would make Russians healthier.", [("Anatoly Aksakov", "russia", "it would make Russians healthier")]),
    # ukraine a4CD41KZMyLSfMWY (Fox News)
    (UKRAINE, "Joseph Dempsey, an analyst at the International Institute for Strategic Studies in London, said recent images "
              "showed a variant of the T-72 tank.", [("Joseph Dempsey", "other", "recent images showed a variant of the T-72 tank")]),
    # negative: a possessive body after a clause is the speaker ("…, Russia's Foreign Ministry said")
    (UKRAINE, "Ukraine fired shells, Russia's Foreign Ministry said.", [("Russia's Foreign Ministry", "russia", "Ukraine fired shells")]),
])
def test_long_appositive_role(spec, text, expected):
    assert [(r["speaker"], r["party"], r["content"]) for r in _rows(spec, text)] == expected


# 12. a nationality in the appositive is not a party: what the person does decides
@pytest.mark.parametrize("spec, text, expected", [
    # ukraine xEIXrihdnYp52J1q (AP)
    (UKRAINE, "Igor Girkin, a Russian citizen who is the top defense official in the separatist Donetsk People's Republic, "
              "also said Monday that more than 100 wounded separatist fighters had been evacuated to Russia.",
     [("Igor Girkin", "separatists")]),
    # gaza lyQSuM3OEVY2Greh (LA Times)
    (GAZA, "Sari Bashi, an Israeli who works on freedom of movement for Palestinians at Tel Aviv's GISHA advocacy group, "
           "argues that were Israel to reduce the economic isolation, it would yield a peace dividend.", [("Sari Bashi", "other")]),
])
def test_nationality_appositive(spec, text, expected):
    assert [(r["speaker"], r["party"]) for r in _rows(spec, text)] == expected


def test_object_pronoun_addressee():
    # ukraine S7DygCL2nfwmo1ft (op-ed)
    text = "Why did I say it was alarming? Because Putin told us what was imminent."
    assert [(r["speaker"], r["content"]) for r in _rows(UKRAINE, text) if r["cue"] == "tell"] == [("Putin", "what was imminent")]


# 13. one separatist or rebel is of the separatists, whatever his nationality
@pytest.mark.parametrize("text, expected", [
    # ukraine a4CD41KZMyLSfMWY (Fox News)
    ("Meanwhile, a Russian separatist said Thursday that there were up to 4,000 Russian troops in Ukraine.",
     [("a Russian separatist", "separatists")]),
    # negative: a Russian official stays Russia's
    ("Meanwhile, a Russian official said Thursday that there were no Russian troops in Ukraine.",
     [("a Russian official", "russia")]),
])
def test_singular_separatist(text, expected):
    assert [(r["speaker"], r["party"]) for r in _rows(UKRAINE, text)] == expected


# 14. a state named only to locate the speakers; TASS is Russia's state news agency
@pytest.mark.parametrize("text, expected", [
    # ukraine N7ySaqAmY6cHM5Fa (Christian Science Monitor)
    ("Countries close to Russia, especially Poland, have called for NATO to permanently station troops on their "
     "territory.", [("Countries close to Russia", "west")]),
    # negative: a state named as the owner keeps its party
    ("Russia's allies have called for NATO to withdraw its troops.", [("Russia's allies", "russia")]),
    # ukraine AohDdG9MueNgFMdN (Christian Science Monitor)
    ("\"Equal talks are the only acceptable means for the settlement of the conflict,\" TASS quoted rebel officials as "
     "saying.", [("TASS", "russia")]),
])
def test_located_by_a_state(text, expected):
    assert [(r["speaker"], r["party"]) for r in _rows(UKRAINE, text)] == expected


def test_participle_after_a_frame_takes_its_subject():
    # gaza WzFl4KWR9mV4NGw5 (NPR): the quote's frame is a tail away from it, the participle's subject is the frame's
    text = ("Hind Khoury, who is a former Palestinian Authority Minister of Jerusalem Affairs, says most younger Palestinians "
            "have never interacted with Israeli Jews.\n\n\"I know for a fact that in Bethlehem, we have a whole generation of "
            "young people who don't know the holy sites\" other than from a book, she says, adding: \"This is 'Absurdistan' "
            "in its full sense.\"")
    assert _who(GAZA, text, "add") == [("she", "Hind Khoury", "palestinians")]


# 15. a company is of no party, whatever the demonyms of its appositive
@pytest.mark.parametrize("text, expected", [
    # ukraine aGlkUuLhRT8VrtbI (AP)
    ("Novatek, a big Russian gas company that works with French firm Total, said it was studying the impact of sanctions.",
     [("Novatek", "other")]),
    # negative: a state company keeps its state
    ("Transneft, the Russian state pipeline company, said it was studying the impact of sanctions.", [("Transneft", "russia")]),
])
def test_company_appositive(text, expected):
    assert [(r["speaker"], r["party"]) for r in _rows(UKRAINE, text)] == expected


def test_participle_inside_fronted_clause():
    # gaza jos3R1YESnc6pNYH (Vox): the participle belongs to the fronted "When" clause, whose subject speaks
    text = ("When the House Republican Study Committee fired its staunchly conservative executive director Paul Teller, "
            "saying he leaked conversations with members of Congress, Cruz soon hired Teller as his deputy chief of staff.")
    assert [r["speaker"] for r in _rows(GAZA, text) if r["cue"] == "say"] == ["the House Republican Study Committee"]


def test_dateline_is_no_part_of_the_speaker():
    # gaza MdKIf2dFeQvWVjVf (Washington Times, AP)
    text = ("GAZA CITY - Britain's U.N. ambassador says there may be \"an extremely short\" humanitarian pause in the "
            "conflict in Gaza.")
    assert [r["speaker"] for r in _rows(GAZA, text)] == ["Britain's U.N. ambassador"]


# 16. companies, populations and the West by another name
@pytest.mark.parametrize("spec, text, expected", [
    # ukraine aGlkUuLhRT8VrtbI (AP)
    (UKRAINE, "French oil major Total said on Wednesday it had halted buying Novatek shares.", [("French oil major Total", "other")]),
    # ukraine FapXjMSEA3dqBSaO (CNN)
    (UKRAINE, "A lot of people with Russian heritage in eastern Ukraine feel that their cultural identity is under threat.",
     [("A lot of people with Russian heritage in eastern Ukraine", "other")]),
    # negative: people of a spec place speak for its population
    (GAZA, "Many residents in Khan Younis said the strikes were the heaviest yet.", [("Many residents in Khan Younis", "palestinians")]),
    # ukraine QLS0f6751qjvVb9q (CNN highlights)
    (UKRAINE, "West threatens sanctions against government; Russia stands by it", [("West", "west")]),
])
def test_companies_populations_and_the_west(spec, text, expected):
    assert [(r["speaker"], r["party"]) for r in _rows(spec, text)] == expected


def test_fronted_as_clause_ends_before_a_group_subject():
    # gaza 9ml6nAviB2S8obVK (Washington Times)
    text = ("As U.S. political leaders rebuked Egyptian President Mohammed Morsi on Sunday for his decree to assume sweeping "
            "new powers, police in central Cairo fired tear gas at protesters who accused him of a blatant power grab.")
    rows = [(r["speaker"], r["cue"], r["content"]) for r in _rows(GAZA, text)]
    assert rows == [("U.S. political leaders", "rebuke", "Egyptian President Mohammed Morsi on Sunday for his decree to assume "
                                                         "sweeping new powers"),
                    ("protesters", "accuse", "him of a blatant power grab")]


@pytest.mark.parametrize("text, expected", [
    # ukraine wf9Gr6VVk1gxLHAC (Washington Times)
    ("In response, Justice Department attorneys said payments were being made to NPO Energomash, not Mr. Rogozin.",
     [("Justice Department attorneys", "west")]),
])
def test_justice_department(text, expected):
    assert [(r["speaker"], r["party"]) for r in _rows(UKRAINE, text)] == expected


# 17. "respond/react to X" is an act, not words (the content would be the stimulus)
@pytest.mark.parametrize("text, expected", [
    # gaza uvfAC3em1jfdfq6q (NPR)
    # (the response act has no row, so it does not end the "say" content either: round 13)
    ("The Israel Defense Forces said its troops would maintain a defensive position and respond to any attacks.",
     [("say", "its troops would maintain a defensive position and respond to any attacks")]),
    # gaza qHzZnu8c3Ia8vY9T (NYT)
    ("Hamas responded forcefully to Israel’s killing on Wednesday of its top military commander, Ahmed al-Jabari.", []),
    # negative: a response in words stays
    ("\"I hope so, too,\" Yatsenyuk responded.", [("respond", "\"I hope so, too,\"")]),
])
def test_response_acts(text, expected):
    assert [(r["cue"], r["content"]) for r in _rows(GAZA, text)] == expected


# 18. an echo that only names other words is no statement
@pytest.mark.parametrize("text, expected", [
    # ukraine 1NgNNjJyfeT1pq9o (CNN)
    ("The comments echoed Rasmussen's earlier remarks.", []),
    # ukraine i5zYLw5OIIyl4ikM (CNN): the participle that follows carries the words
    ("Swedish Foreign Minister Carl Bildt echoed a similar sentiment, saying the regime had blood on its hands.",
     [("say", "the regime had blood on its hands")]),
    # negative: an echo with words stays
    ("Bildt echoed the view that the regime had lost its legitimacy.",
     [("echo", "the view that the regime had lost its legitimacy")]),
])
def test_echo_of_named_words(text, expected):
    assert [(r["cue"], r["content"]) for r in _rows(UKRAINE, text)] == expected


def test_an_unnamed_government_official_of_the_passage():
    # ukraine FapXjMSEA3dqBSaO (CNN), after the interim government was named
    text = ("Ukraine's interim government moved quickly on Monday. An arrest warrant has been issued for ousted President "
            "Viktor Yanukovych over the killings of civilians, a government official said Monday.")
    assert [(r["speaker"], r["party"]) for r in _rows(UKRAINE, text)] == [("a government official", "ukraine")]


# 19. who a name first seen after a role is: the role of the paragraph before a quotation, after a fronted adverbial
def test_role_before_a_quoted_paragraph():
    # gaza 9iXIWdBVPrtv7w7N (CNN)
    text = ("On Thursday, when asked by CNN's Hala Gorani if treaties between Egypt and Israel are in danger, the chief of "
            "the Egyptian presidential cabinet said no.\n\n\"Not at all. Because we have declared several times, repeatedly, "
            "that we abide by our international commitments,\" Mohamed Refa'a al-Tahtawi said.")
    assert [(r["speaker"], r["party"]) for r in _rows(GAZA, text) if r["kind"] == "direct"] == [
        ("Mohamed Refa'a al-Tahtawi", "international")]


@pytest.mark.parametrize("text, expected", [
    # ukraine vZKgL8uK4BPBE0Qu (CNN): a bare official title, the one state its sentence names
    ("Meanwhile, Deputy Foreign Minister Vasily Nebenzya arrived in Bangkok today amid an effort to orient Russia's economy "
     "more toward its east. \"Cooperation with APR countries has taken on great importance,\" Mr. Nebenzya told reporters.",
     [("Mr. Nebenzya", "russia")]),
    # negative: no state named, some government unnamed
    ("Meanwhile, Deputy Foreign Minister Vasily Nebenzya arrived in Bangkok today. \"Cooperation with APR countries has "
     "taken on great importance,\" Mr. Nebenzya told reporters.", [("Mr. Nebenzya", "")]),
])
def test_bare_official_title_in_a_state_sentence(text, expected):
    assert [(r["speaker"], r["party"]) for r in _rows(UKRAINE, text)] == expected


# 20. the seed 6060, 7171 and 8282 reviews' kinds
@pytest.mark.parametrize("spec, text, expected", [
    # ukraine XI1oiW8WQA38Acjz (CNN): a long possessive role is an appositive of the name before it
    (UKRAINE, "Dmitry Peskov, Russian President Vladimir Putin's spokesman, told CNN that his nation's government had "
              "received thousands of calls.", [("Dmitry Peskov", "Dmitry Peskov", "russia")]),
    # gaza RUfQY8m3mkAXvWK8 (Fox News): two roles in one appositive, the current one decides
    (GAZA, "At least one Hamas member expressed support. Nasser al-Shaer, a former government minister and Hamas deputy, "
           "said he supports the U.N. bid.", [("Nasser al-Shaer", "Nasser al-Shaer", "hamas")]),
    # negative: a former role alone is of no party now
    (GAZA, "Lech Walesa, a former president of Poland, said the talks would fail.", [("Lech Walesa", "Lech Walesa", "other")]),
    # ukraine w0BDDAUE6E88Id6g (USA Today): a long coordinated subject after a fronted phrase
    (UKRAINE, "In a joint statement released Friday night by the White House, the United States and other nations in the "
              "Group of Seven said they have agreed to \"move swiftly\" to impose additional economic sanctions on Russia.",
     [("the United States and other nations in the Group of Seven", "the United States and other nations in the Group of "
                                                                   "Seven", "west")]),
    # ukraine RCOoLCGJ3PfNjxTe (Washington Times): the title alias's person is the spec's John Kerry
    (UKRAINE, "Secretary of State John F. Kerry said he saw signs that Western sanctions were beginning to have an effect.",
     [("Secretary of State John F. Kerry", "John Kerry", "west")]),
    # negative: two senators joined by "and" after a party tag stay one speaker phrase
    (UKRAINE, "Sens. John McCain, R-Ariz., and Lindsey Graham, R-S.C., said Russia's actions can only be described as an "
              "invasion.", [("Sens. John McCain, R-Ariz., and Lindsey Graham", "John McCain", "west")]),
])
def test_final_review_speakers(spec, text, expected):
    assert [(r["speaker"], r["speaker_name"], r["party"]) for r in _rows(spec, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # ukraine Y00Zn1VjIeg5hjrZ (Fox News): a phone call, nothing said
    ("German Chancellor Angela Merkel called Russian President Vladimir Putin for clarification on the Kremlin's "
     "involvement.", []),
    # gaza nMLDajdLvZa4CriQ (Breitbart): a blame that has not happened yet
    ("UN officials are waiting for investigations to be concluded before they blame Israel, since some previous attacks "
     "have come from errant Palestinian rockets.", []),
    # negative: a fronted "Before …," clause does not stop the main clause's statement
    ("Before they left, the officials said the talks had failed.", [("say", "the talks had failed")]),
])
def test_no_statement_yet(text, expected):
    assert [(r["cue"], r["content"]) for r in _rows(GAZA, text)] == expected


# 21. round 12f (after the final checks, seeds 1357, 2468, 9090): the appositive's body past the phrase's word limit
@pytest.mark.parametrize("spec, text, expected", [
    # ukraine cdfFjg6MAqrxlLtR (AP): the OSCE spelled out is the spec's west alias
    (UKRAINE, "The delay strained tempers.\n\n\u201cThere is a job to be done,\u201d said Alexander Hug, the deputy head of a "
              "monitoring team from the Organization for Security and Cooperation in Europe.", [("Alexander Hug", "west")]),
    # gaza Cs4E2k3iwG4tl5zQ (USA Today): an aid group's manager in Gaza speaks for the group
    (GAZA, "GAZA CITY \u2014 Power sources met no more than 70% of the population's need, according to Ahmed Sourani, Gaza "
           "program manager at Oxfam International.", [("Ahmed Sourani", "other")]),
    # gaza 1qPkuXKL0D1SKnna (CNN): a Berlin professor, not of the scene's population
    (GAZA, "GAZA CITY \u2014 Racism has reared its head again.\n\n\"One can't say it is something new,\" said Helgard Kramer, a "
           "professor of sociology specializing in anti-Semitism at Berlin's Free University.", [("Helgard Kramer", "other")]),
    # negative: a Gaza doctor in the scene is of its population
    (GAZA, "GAZA CITY \u2014 The wounded kept coming.\n\n\"We have no more beds,\" said Ayman Sahabani, the head of the "
           "emergency room at Shifa Hospital.", [("Ayman Sahabani", "palestinians")]),
])
def test_appositive_body_decides(spec, text, expected):
    assert [(r["speaker"], r["party"]) for r in _rows(spec, text)] == expected
