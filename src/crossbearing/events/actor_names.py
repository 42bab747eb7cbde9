"""Learned mapping from an event description + its country to ACLED's actor1 name.

ACLED actor names are mostly *templates* filled with the event's country: "Protesters
(Bolivia)", "Rioters (France)", "Military Forces of Syria (2000-)", "Unidentified Armed Group
(Nigeria)". We learn which template a text calls for (a small linear model over word
n-grams), and fill it with the country from the place the event happened in; the fill table
(template, country) → exact ACLED spelling (with its "(2000-)" period suffix) is read off the
training rows. Named groups ("Al Shabaab", "Military Forces of Russia (2000-)" in Ukraine)
are templates without a slot and come out verbatim.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

from .classifier import SEED

OTHER = "<other>"
NONE = "<none>"  # no such actor (many ACLED events have no actor2)
PERIOD_SUFFIX = re.compile(r"\s*\(\d{4}-\d{0,4}\)")  # ACLED's "(2000-)"


def template_of(actor: str | None, country: str | None) -> str:
    """'Military Forces of Syria (2000-)' + 'Syria' → 'Military Forces of {C}'."""
    t = actor or ""
    if country and country in t:
        t = t.replace(country, "{C}")
    return PERIOD_SUFFIX.sub("", t).strip()


@dataclass
class ActorNamer:
    vec: TfidfVectorizer
    clf: LinearSVC
    fill: dict[tuple[str, str], str] = field(default_factory=dict)
    inter: dict[str, int] = field(default_factory=dict)

    @classmethod
    def fit(cls, texts: list[str], rows: list[dict], min_count: int = 3, field_name: str = "actor1") -> "ActorNamer":
        """Learn templates of ``field_name`` ("actor1" or "actor2"; inter codes from inter1/inter2)."""
        inter_field = "inter" + field_name[-1]
        temps = [template_of(r.get(field_name), r.get("country")) or NONE for r in rows]
        common = {t for t, n in Counter(temps).items() if n >= min_count}
        y = [t if t in common else OTHER for t in temps]
        vec = TfidfVectorizer(sublinear_tf=True, min_df=2, ngram_range=(1, 2), max_features=8000, dtype=np.float32)
        clf = LinearSVC(C=0.5, random_state=SEED).fit(vec.fit_transform(texts), y)
        clf.coef_ = clf.coef_.astype(np.float16)
        fills: dict[tuple[str, str], Counter] = defaultdict(Counter)
        inters: dict[str, Counter] = defaultdict(Counter)
        for t, r in zip(temps, rows):
            if r.get(field_name):
                fills[(t, r.get("country") or "")][r[field_name]] += 1
                if r.get(inter_field) is not None:
                    inters[t][int(r[inter_field])] += 1
        return cls(vec, clf, {k: c.most_common(1)[0][0] for k, c in fills.items()},
                   {k: c.most_common(1)[0][0] for k, c in inters.items()})

    def templates(self, texts: list[str]) -> list[str]:
        X = self.vec.transform(texts)
        scores = np.asarray(X @ self.clf.coef_.astype(np.float32).T + self.clf.intercept_)
        # two templates: one decision function, positive for the second class
        best = (scores[:, 0] > 0).astype(int) if scores.shape[1] == 1 else scores.argmax(axis=1)
        return [str(self.clf.classes_[i]) for i in best]

    def name(self, template: str, country: str | None) -> str | None:
        """ACLED spelling for a template in a country (None for the catch-all class)."""
        if template in (OTHER, NONE):
            return None
        if (template, country or "") in self.fill:
            return self.fill[(template, country or "")]
        if "{C}" in template:
            return template.replace("{C}", country) if country else None
        return template

    def predict(self, texts: list[str], countries: list[str | None]) -> list[tuple[str | None, int | None]]:
        return [(self.name(t, c), self.inter.get(t)) for t, c in zip(self.templates(texts), countries)]

