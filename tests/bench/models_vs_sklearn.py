#!/usr/bin/python3
"""Tern's model families against their scikit-learn / XGBoost peers on the same matrices.

For each shared train/test split in tests/data/search, one preprocessing (median imputation + standard scaling for
numeric columns, one-hot for categorical ones, fitted on the training rows) produces the matrices; bench_models fits
every Tern family on them (defaults, and class_weight=balanced), this script fits the peers with their defaults, and
a table compares the test scores (balanced accuracy for classification, R^2 for regression) and fit times.

Usage: /usr/bin/python3 tests/bench/models_vs_sklearn.py [path/to/bench_models]
"""
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import ExtraTreesClassifier, ExtraTreesRegressor, RandomForestClassifier, RandomForestRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.metrics import balanced_accuracy_score, r2_score
from sklearn.naive_bayes import GaussianNB
from sklearn.neighbors import KNeighborsClassifier, KNeighborsRegressor
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.svm import SVC, SVR
from xgboost import XGBClassifier, XGBRegressor

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "search")
SPLITS = {"iris": "species", "penguins": "species", "titanic": "Survived", "airquality": "Ozone"}


def peers(task, balanced):
    cw = "balanced" if balanced else None
    if task == "regression":
        return {"linear": Ridge(alpha=1e-4), "xgboost": XGBRegressor(n_estimators=200, learning_rate=0.1, n_jobs=2),
                "random_forest": RandomForestRegressor(n_jobs=2, random_state=0),
                "extra_trees": ExtraTreesRegressor(n_jobs=2, random_state=0), "knn": KNeighborsRegressor(),
                "svm": SVR()}
    out = {"linear": LogisticRegression(class_weight=cw, max_iter=1000),
           "random_forest": RandomForestClassifier(class_weight=cw, n_jobs=2, random_state=0),
           "extra_trees": ExtraTreesClassifier(class_weight=cw, n_jobs=2, random_state=0),
           "knn": KNeighborsClassifier(), "svm": SVC(class_weight=cw), "naive_bayes": GaussianNB()}
    if not balanced:
        out["xgboost"] = XGBClassifier(n_estimators=200, learning_rate=0.1, n_jobs=2)
    return out


def matrices(name, target):
    train = pd.read_csv(os.path.join(DATA, f"{name}.train.csv"))
    test = pd.read_csv(os.path.join(DATA, f"{name}.test.csv"))
    train, test = train[train[target].notna()], test[test[target].notna()]
    features = [c for c in train.columns if c != target]
    numeric = [c for c in features if pd.api.types.is_numeric_dtype(train[c])]
    categorical = [c for c in features if c not in numeric]
    prep = ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), numeric),
        ("cat", make_pipeline(SimpleImputer(strategy="most_frequent"), OneHotEncoder(handle_unknown="ignore")),
         categorical)], sparse_threshold=0)
    xtr, xte = prep.fit_transform(train[features]), prep.transform(test[features])
    if pd.api.types.is_numeric_dtype(train[target]) and train[target].nunique() > 10:
        return xtr, xte, train[target].to_numpy(float), test[target].to_numpy(float), "regression", 0
    classes = sorted(train[target].astype(str).unique())
    index = {c: i for i, c in enumerate(classes)}
    ytr = train[target].astype(str).map(index).to_numpy(float)
    yte = test[target].astype(str).map(index).fillna(-1).to_numpy(float)
    return xtr, xte, ytr, yte, ("binary" if len(classes) == 2 else "multiclass"), len(classes)


def write_csv(path, x, y):
    cols = [f"f{i}" for i in range(x.shape[1])] + ["label"]
    pd.DataFrame(np.column_stack([x, y]), columns=cols).to_csv(path, index=False, float_format="%.9g")


def score(task, truth, pred):
    return r2_score(truth, pred) if task == "regression" else balanced_accuracy_score(truth, pred)


def main():
    bench = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "build", "bench", "bench_models")
    print(f"{'dataset':<11} {'family':<14} {'variant':<9} {'tern':>7} {'peer':>7} {'diff':>7} {'tern_s':>7} {'peer_s':>7}")
    diffs = []
    for name, target in SPLITS.items():
        xtr, xte, ytr, yte, task, k = matrices(name, target)
        with tempfile.TemporaryDirectory() as tmp:
            a, b = os.path.join(tmp, "train.csv"), os.path.join(tmp, "test.csv")
            write_csv(a, xtr, ytr)
            write_csv(b, xte, yte)
            out = subprocess.run([bench, "--train", a, "--test", b, "--task", task, "--classes", str(k)],
                                 capture_output=True, text=True, check=True).stdout
        ours = {(r["family"], r["variant"]): r for r in map(json.loads, out.splitlines())}
        for variant in (["default", "balanced"] if task != "regression" else ["default"]):
            for family, model in peers(task, variant == "balanced").items():
                start = time.perf_counter()
                model.fit(xtr, ytr)
                peer_s = time.perf_counter() - start
                peer = score(task, yte, model.predict(xte))
                mine = ours.get((family, variant))
                if mine is None:
                    continue
                diffs.append(mine["score"] - peer)
                print(f"{name:<11} {family:<14} {variant:<9} {mine['score']:7.4f} {peer:7.4f} "
                      f"{mine['score'] - peer:+7.4f} {mine['fit_s']:7.3f} {peer_s:7.3f}")
    print(f"mean difference (tern - peer): {np.mean(diffs):+.4f} over {len(diffs)} fits")


if __name__ == "__main__":
    main()
