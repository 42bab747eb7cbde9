"""`gazetteer import` on a tiny GeoNames-format dump the test writes itself."""

import zipfile

from click.testing import CliRunner

from crossbearing.geo.gazetteer import Gazetteer
from crossbearing.geo.importer import import_geonames
from crossbearing.geo.normalise import key


def _row(gid, name, ascii_, alts, lat, lon, fcl, fcode, cc, a1, pop):
    return "\t".join([str(gid), name, ascii_, alts, str(lat), str(lon), fcl, fcode, cc, "", a1, "", "", "",
                      str(pop), "", "200", "Asia/Damascus", "2020-01-01"]) + "\n"


def _write_dump(tmp_path):
    txt = (_row(9000001, "Ash Shahabat", "Ash Shahabat", "al-Shahabat,Shahabat", 35.1, 40.5, "P", "PPL", "SY", "07", 0)
           + _row(170792, "Deir ez-Zor Governorate", "Deir ez-Zor Governorate", "Dayr az Zawr", 35.0, 40.5, "A",
                  "ADM1", "SY", "07", 1_239_000)
           + "not a geonames line\n")
    dump = tmp_path / "SY.zip"
    with zipfile.ZipFile(dump, "w") as zf:
        zf.writestr("SY.txt", txt)
        zf.writestr("readme.txt", "GeoNames readme")
    admin1 = tmp_path / "admin1CodesASCII.txt"
    admin1.write_text("SY.07\tDeir ez-Zor\tDeir ez-Zor\t170792\n", encoding="utf-8")
    alt = tmp_path / "alternateNamesV2.txt"
    alt.write_text("1\t9000001\ten\tShuhabat\t\t\t\t\t\t\n2\t9000001\tlink\thttps://x\t\t\t\t\t\t\n", encoding="utf-8")
    return dump, admin1, alt


def test_import_adds_villages_and_replaces_derived_region(tmp_path, fresh_index):
    index = fresh_index
    dump, admin1, alt = _write_dump(tmp_path)
    s = import_geonames(index, dump, alt, admin1)
    assert s.places == 2 and s.skipped == 1
    g = Gazetteer(index)
    try:
        village = [e for e, _ in g.lookup(key("Shahabat"))]
        assert [v.id for v in village] == [9000001]
        assert village[0].admin1 == "Deir ez-Zor" and village[0].real_id
        assert [e.id for e, _ in g.lookup(key("Shuhabat"))] == [9000001]  # from alternateNamesV2
        assert not g.lookup(key("https://x"))
        prov = g.province("SY", "Deir ez-Zor")
        assert prov.id == 170792 and prov.real_id
        assert all(e.id != -2 for e, _ in g.lookup(key("Deir ez-Zor")))  # derived region replaced
    finally:
        g.close()


def test_cli_lookup_and_import(tmp_path, monkeypatch, fresh_index):
    from crossbearing.cli import cli

    index = fresh_index
    monkeypatch.setenv("CROSSBEARING_GAZETTEER", str(index))
    dump, admin1, _ = _write_dump(tmp_path)
    runner = CliRunner()
    out = runner.invoke(cli, ["gazetteer", "import", str(dump), "--admin1", str(admin1)])
    assert out.exit_code == 0, out.output
    assert "imported 2 features" in out.output
    out = runner.invoke(cli, ["gazetteer", "lookup", "al-Shahabat"])
    assert out.exit_code == 0 and "9000001" in out.output
