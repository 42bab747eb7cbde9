"""Hand-made Analysis records for the two seed articles, as the extractors should fill them.

Every span is located in the real seed text, so the linkers see true offsets. This lets the
link stage be tested on its own, whatever state the per-article extractors are in.
"""

from __future__ import annotations

from pathlib import Path

from crossbearing.model import (Analysis, Article, Claim, Event, Mention, Place, PlaceMention, Quantity,
                                Span, TimeRef)


class Doc:
    def __init__(self, path: Path, outlet: str, aid: str):
        self.text = path.read_text(encoding="utf-8")
        self.article = Article(id=aid, text=self.text, outlet=outlet, published="2017-09-12",
                               published_precision="day")

    def sp(self, phrase: str, nth: int = 0) -> Span:
        i = -1
        for _ in range(nth + 1):
            i = self.text.index(phrase, i + 1)
        return Span(self.article.id, i, i + len(phrase), phrase)

    def sentence(self, phrase: str) -> Span:
        i = self.text.index(phrase)
        s = max(self.text.rfind(". ", 0, i) + 2, self.text.rfind("\n", 0, i) + 1, 0)
        e = min(x for x in (self.text.find(".", i + len(phrase)), self.text.find("\n", i), len(self.text)) if x >= 0)
        return Span(self.article.id, s, e + 1, self.text[s:e + 1])

    def q(self, phrase: str, kind: str, best: float, *, low=None, high=None, qualifier=None, subject=None,
          of_which=None, aggregate=False, number: str | None = None) -> Quantity:
        span = self.sp(phrase)
        nsp = self.sp(number) if number else None
        return Quantity(span, kind, low=low if low is not None else best, best=best, high=high, qualifier=qualifier,
                        subject=subject, of_which=of_which or {}, aggregate=aggregate, number_span=nsp)

    def claim(self, phrase: str, claimant: str | None, hedges=()) -> Claim:
        return Claim(self.sentence(phrase), claimant=claimant, claimant_kind="person" if claimant else "outlet",
                     hedges=list(hedges))

    def place(self, phrase: str, name: str, lat: float, lon: float, country: str, precision: int = 1,
              kind: str = "place") -> PlaceMention:
        return PlaceMention(self.sp(phrase), phrase, Place(None, name, country, lat=lat, lon=lon),
                            confidence=0.9, geo_precision=precision, kind=kind)

    def time(self, phrase: str, start: str, precision: str = "day", end: str | None = None) -> TimeRef:
        return TimeRef(self.sp(phrase), start, end or start, precision)


DEZ = (35.336, 40.141)


def gpa(seeds_dir: Path) -> Analysis:
    d = Doc(seeds_dir / "000_dbfbad72b89a1c39.txt", "GPA", "000_gpa")
    lapin_op = d.claim("450 terrorists, five", "Alexander Lapin")
    op = Event("000-op", d.article.id, "Battles", "Armed clash", actor1="Military Forces of Syria",
               actor2="Islamic State", place=d.place("Deir Ezzor", "Deir ez-Zor", *DEZ, "SY"),
               fatalities=d.q("450 terrorists", "killed", 450, number="450"),
               materiel=[d.q("five\u00a0tanks", "materiel:tank", 5), d.q("42 pickups", "materiel:pickup", 42)],
               claims=[lapin_op], evidence=[lapin_op.span])
    siege = Event("000-siege", d.article.id, "Battles", "Government regains territory",
                  actor1="Military Forces of Syria", actor2="Islamic State",
                  place=d.place("Deir Ezzor city", "Deir ez-Zor", *DEZ, "SY"),
                  evidence=[d.sentence("three year siege of Deir Ezzor")])
    cruise = Event("000-cruise", d.article.id, "Explosions/Remote violence", "Shelling/artillery/missile attack",
                   actor1="Military Forces of Russia", actor2="Islamic State",
                   claims=[d.claim("cruise missile strikes were allegedly", None, ["allegedly"])],
                   evidence=[d.sentence("cruise missile strikes were allegedly")])
    astana = Event("000-astana", d.article.id, "Strategic developments", "Agreement", planned=True,
                   place=d.place("Astana", "Astana", 51.18, 71.45, "KZ"),
                   time=d.time("Thursday", "2017-09-14"), evidence=[d.sentence("slated to begin Thursday")])
    quantities = [d.q("over 85%", "percent", 85, high=None, qualifier="over", subject="of Syria in government control"),
                  d.q("around 27,000 square kilometers", "area_km2", 27000, qualifier="around"),
                  op.fatalities, *op.materiel]
    claims = [d.claim("over 85% of Syria", "Alexander Lapin"), lapin_op, *cruise.claims]
    mentions = [Mention(d.sp("Daesh"), "ORG"), Mention(d.sp("Alexander Lapin"), "PERSON")]
    return Analysis(d.article, sentences=[], mentions=mentions, quantities=quantities, claims=claims,
                    places=[op.place, siege.place, astana.place], events=[op, siege, cruise, astana])


def presstv(seeds_dir: Path) -> Analysis:
    d = Doc(seeds_dir / "001_8990f182e32f847f.txt", "PressTV", "001_presstv")
    lapin_op = d.claim("Over 450 terrorists", "Aleksandr Lapin")
    op = Event("001-op", d.article.id, "Battles", "Armed clash", actor1="Military Forces of Syria",
               actor2="Isis", place=d.place("Deir ezzor", "Deir ez-Zor", *DEZ, "SY"),
               fatalities=d.q("Over 450 terrorists", "killed", 450, qualifier="over", number="450"),
               materiel=[d.q("five tanks", "materiel:tank", 5), d.q("42 pickups", "materiel:pickup", 42)],
               claims=[lapin_op], evidence=[lapin_op.span])
    siege = Event("001-siege", d.article.id, "Battles", "Government regains territory",
                  actor1="Military Forces of Syria", actor2="Isis",
                  place=d.place("Deir ezzor", "Deir ez-Zor", *DEZ, "SY"),
                  time=d.time("earlier this month", "2017-09-01", "month", "2017-09-12"),
                  evidence=[d.sentence("break an almost three-year siege")])
    cruise_claim = d.claim("Kalibr cruise missiles", "Aleksandr Lapin")
    cruise = Event("001-cruise", d.article.id, "Explosions/Remote violence", "Shelling/artillery/missile attack",
                   actor1="Military Forces of Russia", actor2="Isis",
                   place=d.place("Deir ezzor province", "Deir ez-Zor", *DEZ, "SY", 3, "province"),
                   claims=[cruise_claim], evidence=[cruise_claim.span])
    astana = Event("001-astana", d.article.id, "Strategic developments", "Agreement", planned=True,
                   place=d.place("Astana", "Astana", 51.18, 71.45, "KZ"),
                   evidence=[d.sentence("The sixth round of the intra-Syrian talks")])
    sohr_strike = d.claim("coalition airstrikes killed 12", "Syrian Observatory for Human Rights")
    shahabat = Event("001-shahabat", d.article.id, "Explosions/Remote violence", "Air/drone strike",
                     actor1="US-led coalition", actor2="Civilians",
                     place=PlaceMention(d.sp("al-Shahabat"), "al-Shahabat", None, geo_precision=2,
                                        within=Place(None, "Deir ez-Zor", "SY", lat=DEZ[0], lon=DEZ[1])),
                     fatalities=d.q("killed 12 members", "killed", 12, of_which={"children": 5}),
                     claims=[sohr_strike], evidence=[sohr_strike.span])
    sohr_total = d.claim("42,234 documented airstrikes", "Syrian Observatory for Human Rights")
    aggregate = Event("001-sohr", d.article.id, "Explosions/Remote violence", "Air/drone strike",
                      actor1="US-led coalition", actor2="Civilians", aggregate=True,
                      fatalities=d.q("some 7,000 civilians killed", "killed", 7000, qualifier="some", aggregate=True),
                      quantities=[d.q("42,234 documented airstrikes", "airstrikes", 42234, aggregate=True)],
                      claims=[sohr_total], evidence=[sohr_total.span])
    aleppo = Event("001-aleppo", d.article.id, "Battles", "Government regains territory",
                   actor1="Military Forces of Syria", place=d.place("Aleppo", "Aleppo", 36.20, 37.16, "SY"),
                   time=d.time("December last year", "2016-12-01", "month", "2016-12-31"),
                   evidence=[d.sentence("full control of the city of Aleppo")])
    quantities = [d.q("remaining 15 percent", "percent", 15, subject="remaining"),
                  d.q("27,000 square kilometers", "area_km2", 27000),
                  op.fatalities, *op.materiel, shahabat.fatalities, aggregate.fatalities, *aggregate.quantities]
    claims = [d.claim("remaining 15 percent", "Aleksandr Lapin"), lapin_op, cruise_claim, sohr_strike, sohr_total]
    mentions = [Mention(d.sp("Kalibr"), "PRODUCT"), Mention(d.sp("Admiral Essen"), "PRODUCT"),
                Mention(d.sp("Lapin", 1), "PERSON"), Mention(d.sp("Isis", 1), "ORG")]
    return Analysis(d.article, sentences=[], mentions=mentions, quantities=quantities, claims=claims,
                    places=[op.place, siege.place, cruise.place, astana.place, aleppo.place],
                    events=[op, siege, cruise, astana, shahabat, aggregate, aleppo])
