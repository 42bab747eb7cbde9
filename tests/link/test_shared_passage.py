"""Two mentions are "in one shared passage" only where their evidence sits at the same place of it."""

from crossbearing.link.align import shared_passage_test
from crossbearing.link.facts import FactMention
from crossbearing.model import Reuse, Span

LEAD = "RIVERTON (Channel 9) - Police arrested a man in the shooting death of a teenager on Sunday."
THIRD = "A neighbour who heard the shots said the two boys had been playing with the gun."
MIDDLE = (" Officers found the boy on the porch of a house on Elm Street and took him to the county hospital,"
          " where he died an hour later, a police spokeswoman said. ")
WIRE = LEAD + MIDDLE + THIRD


def _mention(article: str, text: str, start: int) -> FactMention:
    return FactMention(id=f"{article}-{start}", article_id=article, outlet=article, kind="event",
                       spans=[Span(article, start, start + len(text))], text=text)


def _copied_whole() -> Reuse:
    # article b carries the same wire story after a 20-character site header
    return Reuse(a="a", b="b", spans_a=[Span("a", 0, len(WIRE))], spans_b=[Span("b", 20, 20 + len(WIRE))])


def test_same_sentence_of_a_copied_passage_is_shared():
    shared = shared_passage_test([_copied_whole()])
    assert shared(_mention("a", LEAD, 0), _mention("b", LEAD, 20))


def test_different_sentences_of_one_copied_passage_are_not_shared():
    shared = shared_passage_test([_copied_whole()])
    lead_a = _mention("a", LEAD, 0)
    third_b = _mention("b", THIRD, 20 + WIRE.index(THIRD))
    assert not shared(lead_a, third_b)
    assert not shared(third_b, lead_a)


def test_no_passage_no_sharing():
    assert not shared_passage_test([])(_mention("a", LEAD, 0), _mention("b", LEAD, 0))
