#!/usr/bin/python3
"""What a tuned decision threshold buys a binary classifier under balanced accuracy, measured with scikit-learn and
XGBoost on train/test splits: each model's test score read at one half and at the threshold Tern's rule picks on the
model's 5-fold out-of-fold probabilities (search/decision_threshold.h: thresholds between distinct predicted values,
the best one on every out-of-fold row; its honest estimate reads each fold at the threshold the other folds chose).

usage: threshold_tuning.py DIR:NAME:TARGET ...
  DIR/NAME.train.csv and DIR/NAME.test.csv; the rarer class counts as positive (balanced accuracy does not care).
  Tables with rare positives: automl_vs_baselines.py --make-modeldata DIR writes attrition, lending_club, mlc_churn,
  stackoverflow, credit_data and wa_churn among others.
Prints per table and model: cross-validated score at 0.5 -> cross-fitted at tuned thresholds, test score at 0.5 ->
at the tuned threshold, and the threshold.
"""
import sys
import warnings

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import balanced_accuracy_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

warnings.filterwarnings("ignore")

MODELS = {
    "hgb": lambda: HistGradientBoostingClassifier(random_state=0),
    "hgb_balanced": lambda: HistGradientBoostingClassifier(class_weight="balanced", random_state=0),
    "xgboost": lambda: xgb.XGBClassifier(n_estimators=100, verbosity=0),
    "logistic": lambda: make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                                      LogisticRegression(max_iter=2000)),
    "logistic_balanced": lambda: make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                                               LogisticRegression(max_iter=2000, class_weight="balanced")),
}


def load(folder, name, target):
    train = pd.read_csv(f"{folder}/{name}.train.csv")
    test = pd.read_csv(f"{folder}/{name}.test.csv")
    positive = train[target].astype(str).value_counts().index[-1]
    y = (train[target].astype(str) == positive).astype(int).values
    y_test = (test[target].astype(str) == positive).astype(int).values
    x = pd.get_dummies(pd.concat([train.drop(columns=[target]), test.drop(columns=[target])])).astype(float)
    return x.iloc[: len(train)].values, y, x.iloc[len(train):].values, y_test


def best_threshold(p1, y):
    values = np.unique(p1)
    if len(values) < 2:
        return 0.5
    gaps = len(values) - 1
    steps = min(gaps, 128)
    picks = [(2 * k + 1) * gaps // (2 * steps) for k in range(steps)]
    cuts = np.unique(np.r_[0.5, [(values[i] + values[i + 1]) / 2 for i in picks]])
    scores = np.array([balanced_accuracy_score(y, p1 > t) for t in cuts])
    tied = np.flatnonzero(scores == scores.max())
    return cuts[tied[len(tied) // 2]]


def cross_fitted(p1, y, folds):
    predicted = np.zeros_like(y)
    for fit_rows, read_rows in folds:
        predicted[read_rows] = p1[read_rows] > best_threshold(p1[fit_rows], y[fit_rows])
    return balanced_accuracy_score(y, predicted)


def main(specs):
    for spec in specs:
        folder, name, target = spec.split(":")
        x, y, x_test, y_test = load(folder, name, target)
        cv = StratifiedKFold(5, shuffle=True, random_state=0)
        folds = list(cv.split(x, y))
        cells = []
        for model_name, make in MODELS.items():
            oof = cross_val_predict(make(), x, y, cv=folds, method="predict_proba")[:, 1]
            p_test = make().fit(x, y).predict_proba(x_test)[:, 1]
            t = best_threshold(oof, y)
            cells.append(f"{model_name}: cv {balanced_accuracy_score(y, oof > 0.5):.3f}->{cross_fitted(oof, y, folds):.3f}"
                         f" test {balanced_accuracy_score(y_test, p_test > 0.5):.3f}->"
                         f"{balanced_accuracy_score(y_test, p_test > t):.3f} (t={t:.2f})")
        print(f"{name} positives {y.mean():.3f} | " + " | ".join(cells), flush=True)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
