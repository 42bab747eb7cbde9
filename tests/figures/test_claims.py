"""Claims without spaCy: the light splitter and no mentions, so only the rules are tested."""

from crossbearing.figures.aliases import load_table
from crossbearing.figures.claims import build_claims, claim_for
from crossbearing.figures.fatalities import text_quantities
from crossbearing.figures.sentences import split_sentences
from crossbearing.model import Analysis, Article

TEXT = (
    "Alexander Lapin, the Russian chief of staff in Syria, said the operation was ongoing. "
    "“Over 450 terrorists, five tanks and 42 pickups were liquidated during the operation. "
    "The rest will follow soon,” he added. "
    "Several command posts were allegedly destroyed. "
    "According to the Syrian Observatory for Human Rights, 12 civilians were killed. "
    "The UK-based group also reported that 3 children were wounded. "
    "A military source told reporters that 20 militants were killed. "
    "Aid reached the city on Monday, when 4 trucks arrived."
)


def claims_of(text):
    sents = split_sentences(text)
    qs = text_quantities(text, "t", sents)
    return build_claims(text, "t", sents, [], qs, load_table(""))


def by_start(claims, words):
    return next(c for c in claims if c.span.text.startswith(words))


def test_named_claimant_with_role_and_cue():
    claims, _ = claims_of(TEXT)
    c = by_start(claims, "Alexander Lapin")
    assert (c.claimant, c.claimant_kind, c.cue) == ("Aleksandr Lapin", "person", "said")
    assert c.claimant_role == "the Russian chief of staff in Syria"
    assert c.claimant_span.text == "Alexander Lapin"


def test_quote_split_by_he_added_has_one_speaker():
    claims, _ = claims_of(TEXT)
    first = by_start(claims, "“Over 450")
    second = by_start(claims, "The rest will follow")
    assert first.claimant == second.claimant == "Aleksandr Lapin"
    assert first.quote is not None and first.quote.text.startswith("Over 450")
    assert first.quote == second.quote


def test_hedged_sentence_goes_to_principal_claimant():
    claims, _ = claims_of(TEXT)
    c = by_start(claims, "Several command posts")
    assert c.hedges == ["allegedly"]
    # hedged without a cue: the article's principal claimant, with no cue of its own
    assert c.claimant == "Aleksandr Lapin" and c.cue is None


def test_organisation_and_its_anaphor():
    claims, ents = claims_of(TEXT)
    a = by_start(claims, "According to the Syrian")
    b = by_start(claims, "The UK-based group")
    assert a.claimant == b.claimant == "Syrian Observatory for Human Rights"
    assert a.claimant_kind == "organisation" and a.cue == "according to"
    sohr = next(e for e in ents if e.name == "Syrian Observatory for Human Rights")
    assert len(sohr.mentions) >= 2 and all(TEXT[m.start:m.end] == m.text for m in sohr.mentions)


def test_unnamed_source_and_outlet():
    claims, _ = claims_of(TEXT)
    c = by_start(claims, "A military source")
    assert c.claimant_kind == "unnamed" and "military source" in c.claimant and c.cue == "told"
    d = by_start(claims, "Aid reached")
    assert d.claimant is None and d.claimant_kind == "outlet"


def test_claim_for_span():
    claims, ents = claims_of(TEXT)
    an = Analysis(article=Article(id="t", text=TEXT), claims=claims, entities=ents)
    pos = TEXT.index("12 civilians")
    assert claim_for(an, pos, pos + 12).claimant == "Syrian Observatory for Human Rights"
    assert claim_for(an, 0, 0 + 3).claimant == "Aleksandr Lapin"
    assert claim_for(Analysis(article=Article(id="t", text="")), 0, 5) is None


def test_names_roles_and_non_cues_without_ner():
    text = ('"Not only did the suspect shoot and kill an individual inside the home," Pasadena Police '
            'Chief Phillip Sanchez said. The confrontation claimed the life of a 20-year-old man. '
            'The Taliban claimed responsibility for the attack, which killed 5. A gunman reportedly surrendered. '
            'An alleged gunman fled.')
    claims, _ = claims_of(text)
    a = by_start(claims, '"Not only')
    assert (a.claimant, a.claimant_kind, a.claimant_role) == ("Phillip Sanchez", "person", "Pasadena Police Chief")
    assert a.quote is not None and a.quote.text.startswith("Not only")
    # "claimed the life" is neither a cue nor a hedge: no claim for that sentence at all
    assert not [c for c in claims if c.span.text.startswith("The confrontation")]
    c = by_start(claims, "The Taliban")
    assert c.claimant == "Taliban" and c.cue == "claimed"
    d = by_start(claims, "A gunman reportedly")
    assert d.claimant is None and d.cue is None and d.hedges == ["reportedly"]
    # a hedge on who the attacker is makes no claim of the sentence
    assert not [c for c in claims if c.span.text.startswith("An alleged gunman")]


def test_an_attack_claimed_by_a_group_is_not_a_hedged_toll():
    from crossbearing.figures.attribution import hedges_in

    t = "A bomb blast claimed by the group killed at least 30 people on Wednesday."
    assert hedges_in(t, 0, len(t)) == []  # who claimed the attack, not whether 30 died
    t = "The rebels claimed they had killed 30 soldiers."
    assert [h[0] for h in hedges_in(t, 0, len(t))] == ["claimed"]


def test_a_hedge_on_who_the_attacker_is_doubts_nothing_of_the_toll():
    from crossbearing.figures.attribution import hedges_in

    t = "An alleged gunman surrendered on Sunday after killing four people at a diner in Reno."
    assert hedges_in(t, 0, len(t)) == []
    t = "The suspected 19-year-old shooter wounded two clerks."
    assert hedges_in(t, 0, len(t)) == []
    t = "The alleged gas attack killed 30 people, activists said."  # the attack itself is in doubt
    assert [h[0] for h in hedges_in(t, 0, len(t))] == ["alleged"]
