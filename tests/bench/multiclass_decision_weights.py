#!/usr/bin/python3
"""Whether per-class decision weights would help multiclass F1, the multiclass counterpart of a binary decision
threshold, before Tern builds them: each model's macro F1 on the test rows, reading classes as the most probable one
and as argmax_c w_c p_c with weights tuned by coordinate ascent on its 5-fold out-of-fold probabilities.

usage: multiclass_decision_weights.py DIR:NAME:TARGET ...
  DIR/NAME.train.csv and DIR/NAME.test.csv. Multiclass tables: automl_vs_baselines.py --make-mlbench DIR writes
  Glass, Vehicle, Vowel, Soybean, Satellite and DNA; --make-modeldata DIR writes hpc_data.
Prints per table and model: out-of-fold macro F1 at argmax -> at the tuned weights, and the test macro F1 at argmax
-> at the tuned weights.
"""
import sys
import warnings

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OrdinalEncoder, StandardScaler

warnings.filterwarnings("ignore")

MODELS = {
    "hgb": lambda: HistGradientBoostingClassifier(random_state=0),
    "logistic": lambda: make_pipeline(SimpleImputer(), StandardScaler(), LogisticRegression(max_iter=2000)),
}


def macro_f1(y, probabilities, weights):
    return f1_score(y, np.argmax(probabilities * weights, axis=1), average="macro")


# Coordinate ascent over one weight per class on a log grid; a weight moves only for a strict gain.
def tune_weights(probabilities, y, rounds=3):
    k = probabilities.shape[1]
    weights = np.ones(k)
    best = macro_f1(y, probabilities, weights)
    for _ in range(rounds):
        for c in range(k):
            for g in np.exp(np.linspace(-2, 2, 33)):
                trial = weights.copy()
                trial[c] = g
                score = macro_f1(y, probabilities, trial)
                if score > best + 1e-12:
                    best, weights = score, trial
    return weights, best


def main(specs):
    gains = {name: [] for name in MODELS}
    for spec in specs:
        folder, name, target = spec.split(":")
        train = pd.read_csv(f"{folder}/{name}.train.csv")
        test = pd.read_csv(f"{folder}/{name}.test.csv")
        y = train.pop(target).astype(str)
        y_test = test.pop(target).astype(str)
        words = [c for c in train if train[c].dtype == object]
        if words:
            encoder = OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1,
                                     encoded_missing_value=np.nan)
            train[words] = encoder.fit_transform(train[words].astype(str))
            test[words] = encoder.transform(test[words].astype(str))
        classes = np.unique(y)
        yi = np.searchsorted(classes, y)
        yti = np.array([np.searchsorted(classes, v) if v in classes else -1 for v in y_test])
        for model_name, make in MODELS.items():
            folds = StratifiedKFold(5, shuffle=True, random_state=0)
            oof = cross_val_predict(make(), train, yi, cv=folds, method="predict_proba")
            weights, tuned_oof = tune_weights(oof, yi)
            model = make().fit(train, yi)
            p = model.predict_proba(test)
            plain, tuned = macro_f1(yti, p, np.ones(len(classes))), macro_f1(yti, p, weights)
            gains[model_name].append(tuned - plain)
            print(f"{name:18s} {model_name:8s} K={len(classes):2d} out-of-fold {macro_f1(yi, oof, 1):.4f} -> "
                  f"{tuned_oof:.4f}  test {plain:.4f} -> {tuned:.4f} ({tuned - plain:+.4f})", flush=True)
    for model_name, g in gains.items():
        if g:
            print(f"{model_name}: mean test change {np.mean(g):+.4f} over {len(g)} tables")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
