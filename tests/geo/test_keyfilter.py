"""The gazetteer's key filter: keys the index lacks are answered without a query, keys it holds
still are, and an index changed by an import gets a filter of its own."""

import duckdb
import numpy as np

from crossbearing.geo.gazetteer import Gazetteer
from crossbearing.geo.importer import import_geonames
from crossbearing.geo.keyfilter import KeyFilter, digest, load_filter
from crossbearing.geo.normalise import key


def test_digest_is_duckdbs():
    con = duckdb.connect()
    for word in ("damascus", "deir ez zor", "şanlıurfa", "حلب", ""):
        assert digest(word) == con.execute("SELECT md5_number_upper(?)", [word]).fetchone()[0]


def test_filter_keeps_held_keys_only():
    f = KeyFilter(np.array(sorted([digest("aleppo"), digest("homs")]), dtype=np.uint64))
    assert f.held(["aleppo", "police chief", "homs", "raqqa"]) == ["aleppo", "homs"]
    assert f.held([]) == []
    assert KeyFilter(np.array([], dtype=np.uint64)).held(["aleppo"]) == []


def test_filter_is_kept_beside_the_index_and_reused(fresh_index):
    con = duckdb.connect(str(fresh_index), read_only=True)
    try:
        first = load_filter(con, fresh_index, "key")
        kept = list(fresh_index.parent.glob(fresh_index.name + ".key-keys-*.npy"))
        assert len(kept) == 1
        again = load_filter(con, fresh_index, "key")
    finally:
        con.close()
    assert np.array_equal(np.asarray(first.digests), np.asarray(again.digests))
    assert first.held([key("Damascus"), key("Springfield")]) == [key("Damascus")]


class _CountingCon:
    """A connection that counts the name queries sent through it."""

    def __init__(self, con):
        self.con, self.name_queries = con, 0

    def execute(self, sql, *args):
        self.name_queries += " IN (" in sql and "FROM names" in sql
        return self.con.execute(sql, *args)

    def close(self):
        self.con.close()


def test_lookups_of_absent_keys_send_no_query(fresh_index):
    g = Gazetteer(fresh_index)
    g.con = _CountingCon(g.con)
    try:
        assert g.lookup(key("Police Chief")) == [] and g.lookup(key("Springfield")) == []
        assert g.con.name_queries == 0
        assert {e.id for e, _ in g.lookup(key("Damascus"))} == {170654, 4401000}
        assert g.con.name_queries == 1
    finally:
        g.close()


def test_an_import_gets_a_new_filter(tmp_path, fresh_index):
    g = Gazetteer(fresh_index)
    try:
        assert g.lookup(key("Shahabat")) == []  # not in the index yet: the filter says so
    finally:
        g.close()
    txt = "\t".join(["9000001", "Ash Shahabat", "Ash Shahabat", "", "35.1", "40.5", "P", "PPL", "SY", "", "07", "",
                     "", "", "0", "", "200", "Asia/Damascus", "2020-01-01"]) + "\n"
    dump = tmp_path / "SY.txt"
    dump.write_text(txt, encoding="utf-8")
    import_geonames(fresh_index, dump)
    g = Gazetteer(fresh_index)
    try:
        assert [e.id for e, _ in g.lookup(key("Shahabat"))] == [9000001]
    finally:
        g.close()
    assert len(list(fresh_index.parent.glob(fresh_index.name + ".key-keys-*.npy"))) == 1  # the old one is gone
