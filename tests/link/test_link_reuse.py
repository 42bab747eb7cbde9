from crossbearing.link.reuse import near_duplicate_pairs, reuse_between, shared_passages

WIRE = ("The minister said on Monday that at least 14 people were killed when gunmen attacked a market "
        "in the northern town early in the morning, and that security forces had sealed off the area.")


def test_shared_passage_tolerates_small_edits():
    a = "Local report. " + WIRE + " Our reporter adds colour."
    b = "Another intro entirely. " + WIRE.replace("at least 14", "at least fourteen").replace(", and", " and") + " End."
    ps = shared_passages(a, b)
    assert ps, "no passage found"
    p = max(ps, key=lambda p: p.a_end - p.a_start)
    assert "gunmen attacked a market" in a[p.a_start:p.a_end]
    assert "gunmen attacked a market" in b[p.b_start:p.b_end]
    assert shared_passages("completely different words here about nothing", b) == []


def test_reuse_record_spans_and_outlet_flag():
    r = reuse_between("x", WIRE, "AP", "y", "Intro. " + WIRE, "ap")
    assert r is not None and r.same_outlet
    assert r.spans_a[0].article_id == "x" and r.spans_b[0].article_id == "y"
    assert r.spans_b[0].text == ("Intro. " + WIRE)[r.spans_b[0].start:r.spans_b[0].end]


def test_near_duplicates_by_minhash():
    docs = [("a", WIRE * 2), ("b", WIRE * 2 + " Updated."), ("c", "A report on a different matter entirely, "
                                                                 "with words that share nothing much with the rest.")]
    assert near_duplicate_pairs(docs) == {("a", "b")}


def test_seed_shared_passages(seeds_dir):
    a = (seeds_dir / "000_dbfbad72b89a1c39.txt").read_text()
    b = (seeds_dir / "001_8990f182e32f847f.txt").read_text()
    r = reuse_between("000", a, "GPA", "001", b, "PressTV")
    texts_a = [s.text.replace("\u00a0", " ") for s in r.spans_a]
    texts_b = [s.text for s in r.spans_b]
    assert any("450 terrorists, five tanks" in t for t in texts_a)
    assert any("450 terrorists, five tanks" in t for t in texts_b)
    assert any("the operation to free the city is ongoing" in t for t in texts_a)
    assert any("the operation to free the city is ongoing" in t for t in texts_b)
    assert not r.same_outlet
    for s in r.spans_a:
        assert a[s.start:s.end] == s.text


def test_a_text_looping_one_sentence_seeds_nothing_and_ends_fast():
    import time

    from crossbearing.link.reuse import shared_passages

    loop = "Fighting continued in the town on Tuesday, residents said, and more people fled. " * 3000
    started = time.process_time()
    assert shared_passages(loop, loop) == []
    assert time.process_time() - started < 20
    quote = ("\"We will not leave our homes whatever happens to the town,\" said one resident who "
             "had stayed through the siege.")
    found = shared_passages("Reporters met locals. " + quote + " Then the shelling resumed.",
                            "One outlet wrote: " + quote)
    assert len(found) == 1 and found[0].n_tokens >= 15
