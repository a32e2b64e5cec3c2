"""Memos of per-text work last for one batch (framing.textcache), so repeated text costs what new text does."""

from framing.document import Document
from framing.scorers import vader
from framing.scorers.sentence import sentence_data
from framing.scorers.voice import score_quote
from framing.spec import load_spec
from framing.stream import analyse_batch

DOC = Document("hajiyev", "“The operation is over,” says Hikmet Hajiyev, a presidential adviser. "
                          "Armenia calls it ethnic cleansing.")


def test_a_later_batch_analyses_the_same_text_again():
    spec = load_spec("karabakh-2023")
    analyse_batch([DOC], spec)
    first = sentence_data.cache_info()
    analyse_batch([DOC], spec)
    second = sentence_data.cache_info()
    assert first.misses >= 2  # both sentences were read
    assert (second.misses, second.hits) == (first.misses, first.hits)  # and read again: the second batch starts empty


def test_within_a_batch_the_scorers_share_one_pass_per_sentence():
    spec = load_spec("karabakh-2023")
    analyse_batch([DOC, Document("again", DOC.text)], spec)
    info = sentence_data.cache_info()
    assert info.hits > info.misses  # the bias model, features and voice split read the same pass


def test_the_quote_and_sentence_memos_are_text_caches():
    analyse_batch([DOC], load_spec("karabakh-2023"))
    assert score_quote.cache_info().currsize >= 1 and vader._scores.cache_info().currsize >= 1
    from framing import textcache

    textcache.clear()
    assert score_quote.cache_info().currsize == 0 and vader._scores.cache_info().currsize == 0
