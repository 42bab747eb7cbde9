"""The event-type classifier: text -> ACLED sub-event type (and so event type).

Why this shape: ACLED notes and news sentences are short; a linear SVM over word n-grams,
character n-grams (robust to spelling and inflection: "shelled", "shelling") and the trigger
lexicon's cue tokens is accurate, trains in seconds and ships in a few MB. We predict the
*sub*-type with one flat model and derive the event type from the taxonomy, so the two can
never disagree; a second, type-level model is blended in through its decision scores (a
sub-type whose parent the type model dislikes is penalised), which helps the rare sub-types.

The baseline the eval compares against (``baseline_pipeline``) is the plain TF-IDF +
logistic regression the issue names.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, make_pipeline
from sklearn.svm import LinearSVC

from .lexicon import cue_tokens
from .taxonomy import SUB_TO_TYPE

SEED = 13


def cue_analyzer(text: str) -> list[str]:
    """Module-level (picklable) analyzer: the lexicon's cue tokens of a text."""
    return cue_tokens(text).split()


def features(max_word: int = 40000, max_char: int = 60000) -> FeatureUnion:
    return FeatureUnion([
        ("word", TfidfVectorizer(sublinear_tf=True, min_df=2, ngram_range=(1, 2), max_features=max_word,
                                 dtype=np.float32)),
        ("char", TfidfVectorizer(sublinear_tf=True, min_df=3, analyzer="char_wb", ngram_range=(3, 5),
                                 max_features=max_char, dtype=np.float32)),
        ("cue", TfidfVectorizer(analyzer=cue_analyzer, sublinear_tf=True, dtype=np.float32)),
    ])


def baseline_pipeline():
    """The comparison point: TF-IDF word unigrams+bigrams, multinomial logistic regression."""
    return make_pipeline(TfidfVectorizer(sublinear_tf=True, min_df=2, ngram_range=(1, 2)),
                         LogisticRegression(max_iter=2000, random_state=SEED))


@dataclass
class EventTypeModel:
    """Fitted featuriser + sub-type and type SVMs. ``predict`` returns sub-types."""

    feats: FeatureUnion
    sub_clf: LinearSVC
    type_clf: LinearSVC
    type_weight: float = 0.5

    @classmethod
    def fit(cls, texts: list[str], subs: list[str], *, C: float = 0.5, type_weight: float = 0.5,
            feats: FeatureUnion | None = None, X=None, sample_weight=None) -> "EventTypeModel":
        feats = feats or features()
        X = feats.fit_transform(texts) if X is None else X
        sub_clf = LinearSVC(C=C, class_weight="balanced", random_state=SEED).fit(X, subs, sample_weight=sample_weight)
        type_clf = LinearSVC(C=C, class_weight="balanced", random_state=SEED).fit(
            X, [SUB_TO_TYPE[s] for s in subs], sample_weight=sample_weight)
        return cls(feats, sub_clf, type_clf, type_weight)

    def scores(self, X) -> np.ndarray:
        """Sub-type decision scores plus the parent type's score (weighted)."""
        s = self.sub_clf.decision_function(X)
        if s.ndim == 1:  # two classes only
            s = np.stack([-s, s], axis=1)
        t = self.type_clf.decision_function(X)
        if t.ndim == 1:
            t = np.stack([-t, t], axis=1)
        tix = {c: i for i, c in enumerate(self.type_clf.classes_)}
        parent = np.array([tix.get(SUB_TO_TYPE[c], -1) for c in self.sub_clf.classes_])
        boost = np.where(parent >= 0, t[:, np.clip(parent, 0, None)], 0.0)
        return s + self.type_weight * boost

    def predict_X(self, X) -> tuple[list[str], np.ndarray]:
        sc = self.scores(X)
        idx = sc.argmax(axis=1)
        top = np.sort(sc, axis=1)
        margin = top[:, -1] - (top[:, -2] if sc.shape[1] > 1 else 0.0)
        conf = 1.0 / (1.0 + np.exp(-2.0 * margin))  # margin -> (0.5, 1): a rough confidence
        return [str(self.sub_clf.classes_[i]) for i in idx], conf

    def predict(self, texts: list[str]) -> tuple[list[str], np.ndarray]:
        return self.predict_X(self.feats.transform(texts))

    def shrink(self) -> "EventTypeModel":
        """Store weights as float16 and drop fit-time caches, so the file stays a few MB.

        Half precision changes decision scores by ~1e-3, far below the margins that matter;
        ``unshrink`` restores float32 for fast prediction after loading."""
        for clf in (self.sub_clf, self.type_clf):
            clf.coef_ = clf.coef_.astype(np.float16)
            clf.intercept_ = clf.intercept_.astype(np.float32)
        for _, vec in self.feats.transformer_list:
            if hasattr(vec, "stop_words_"):
                vec.stop_words_ = None
        return self

    def unshrink(self) -> "EventTypeModel":
        for clf in (self.sub_clf, self.type_clf):
            clf.coef_ = clf.coef_.astype(np.float32)
        return self
