"""Page furniture (``crossbearing.events.cues``) read with the text around a sentence."""

from __future__ import annotations

from crossbearing.events.cues import is_furniture


def test_a_wire_agencys_photo_credit_closes_the_caption_before_it():
    # a credit that opens the next sentence closes the caption before it; the story after it stays
    caption = "A fighter rests beside the grain silos after the group took control of the town on July 1."
    page = caption + " (Reuters Photo) Airstrikes on two villages killed 40 civilians on Tuesday."
    assert is_furniture(page, 0, caption)
    lead = page[len(caption) + 1:]
    assert not is_furniture(page, len(caption) + 1, lead)
    assert not is_furniture(caption + " Reuters reported the strikes.", 0, caption)
    # a local paper's "(Photo: name)" credit often follows a caption of the story's own scene
    assert not is_furniture(caption + " (Photo: Jane Doe, The Daily Star) Police said four were shot.", 0, caption)


def test_photo_captions_are_furniture():
    for caption in ("A view shows the damage at a clinic after an air strike in the village.",
                    "16 May 2023 A general view shows smoke rising after shelling of the town.",
                    "Residents inspect a destroyed house after an air strike on the town on Monday. (Reuters/Jane Doe)",
                    "A man carries a child at the scene of a reported air strike (AFP)",
                    "Fighters are seen in this handout photo released by the group.",
                    "A member of the security forces runs near destroyed buildings in the city on Monday (AFP photo)",
                    "Civilians help an injured woman after warplanes attacked a street (Reuters Photo)"):
        assert is_furniture(caption, 0, caption), caption
    for sentence in ("Air strikes on the town killed 14 people, a monitor said.",
                     "(Reuters) Air strikes on the town killed 14 people, a monitor said.",
                     "A view of the war from the air: drones struck the depot."):
        assert not is_furniture(sentence, 0, sentence), sentence


def test_a_more_stories_block_is_furniture():
    text = "A man was shot dead on Friday.\nMore Stories\n\nFamily mourns teen killed in crash\n"
    assert is_furniture(text, text.index("More Stories"), "More Stories")
    assert not is_furniture(text, 0, "A man was shot dead on Friday.")
