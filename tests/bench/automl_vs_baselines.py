#!/usr/bin/python3
"""Tern AutoML against scikit-learn / XGBoost defaults on the same train/test splits, printed as a table.

usage: automl_vs_baselines.py [--cli PATH] [--data DIR] [--budget S] [--repeat N] [dataset ...]
  --cli     tern-cli (default: build/bin/tern-cli, or $TERN_CLI)
  --data    a folder with <name>.train.csv / <name>.test.csv and a MANIFEST.tsv-like target list; default: the
            copies in tests/data/search (targets: iris species, titanic Survived, penguins species, airquality Ozone)
Peers (Debian's /usr/bin/python3: python3-sklearn, python3-xgboost, python3-pandas), all with default settings:
HistGradientBoosting, RandomForest, linear (median impute + scale + one-hot), XGBoost; for classification also
class-weighted HistGradientBoosting and logistic regression. Metric: balanced accuracy or R^2, on the test split.
Tern runs `automl --budget S --test` and reports its chosen model's test score (best of --repeat runs is NOT taken:
every run is printed, the table shows the median).
"""
import argparse, json, os, subprocess, sys, tempfile, time, statistics
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor, RandomForestClassifier, RandomForestRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.metrics import balanced_accuracy_score, r2_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder, StandardScaler, LabelEncoder
import xgboost as xgb

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TARGETS = {"iris": "species", "titanic": "Survived", "penguins": "species", "airquality": "Ozone"}


def baselines(train, test, target):
    y, yt = train[target], test[target]
    X, Xt = train.drop(columns=[target]), test.drop(columns=[target])
    classification = not pd.api.types.is_float_dtype(y) or y.nunique() <= 20 and (y % 1 == 0).all()
    if target == "Ozone":
        classification = False
    cat = [c for c in X.columns if X[c].dtype == object]
    num = [c for c in X.columns if c not in cat]
    def prep(kind):
        if kind == "linear":
            return ColumnTransformer([("n", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num),
                                      ("c", make_pipeline(SimpleImputer(strategy="most_frequent"), OneHotEncoder(handle_unknown="ignore")), cat)])
        return ColumnTransformer([("n", "passthrough", num),
                                  ("c", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=np.nan), cat)])
    out = {}
    if classification:
        le = LabelEncoder().fit(pd.concat([y, yt]).astype(str))
        ye, yte = le.transform(y.astype(str)), le.transform(yt.astype(str))
        models = {
            "sklearn_hgb": (prep("tree"), HistGradientBoostingClassifier()),
            "sklearn_rf": (make_pipeline(prep("tree"), SimpleImputer(strategy="median")), RandomForestClassifier()),
            "sklearn_linear": (prep("linear"), LogisticRegression(max_iter=1000)),
            "xgboost": (prep("tree"), xgb.XGBClassifier()),
            "sklearn_hgb_balanced": (prep("tree"), HistGradientBoostingClassifier(class_weight="balanced")),
            "sklearn_linear_balanced": (prep("linear"), LogisticRegression(max_iter=1000, class_weight="balanced")),
        }
        for name, (p, m) in models.items():
            t = time.perf_counter()
            pipe = make_pipeline(p, m).fit(X, ye)
            out[name] = (balanced_accuracy_score(yte, pipe.predict(Xt)), time.perf_counter() - t)
    else:
        models = {
            "sklearn_hgb": (prep("tree"), HistGradientBoostingRegressor()),
            "sklearn_rf": (make_pipeline(prep("tree"), SimpleImputer(strategy="median")), RandomForestRegressor()),
            "sklearn_linear": (prep("linear"), LinearRegression()),
            "xgboost": (prep("tree"), xgb.XGBRegressor()),
        }
        for name, (p, m) in models.items():
            t = time.perf_counter()
            pipe = make_pipeline(p, m).fit(X, y)
            out[name] = (r2_score(yt, pipe.predict(Xt)), time.perf_counter() - t)
    return out


def tern(cli, train, test, target, budget, db):
    t = time.perf_counter()
    p = subprocess.run([cli, "automl", train, "--target", target, "--budget", str(budget), "--test", test,
                        "--db", db, "--json", "--seed", "0"], capture_output=True, text=True)
    wall = time.perf_counter() - t
    if p.returncode != 0:
        raise RuntimeError(p.stderr.strip())
    j = json.loads(p.stdout)
    best = next(c for c in j["candidates"] if c["id"] == j["best_id"])
    ok = [c for c in j["candidates"] if c["status"] == "ok"]
    return best["test_score"], best["family"], len(j["candidates"]), len({c["family"] for c in ok}), wall, best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.environ.get("TERN_CLI", os.path.join(ROOT, "build", "bin", "tern-cli")))
    ap.add_argument("--data", default=os.path.join(ROOT, "tests", "data", "search"))
    ap.add_argument("--budget", type=float, default=30)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("datasets", nargs="*", default=list(TARGETS))
    a = ap.parse_args()
    db = os.path.join(tempfile.mkdtemp(prefix="tern-bench-"), "bench.db")
    print(f"{'dataset':12s} {'tern (family)':28s} {'best default':26s} {'delta':>7s} {'cands':>5s} {'fams':>4s} "
          f"{'wall_s':>6s} {'p50_us':>8s}")
    deltas = []
    for name in a.datasets:
        train, test = (os.path.join(a.data, f"{name}.{s}.csv") for s in ("train", "test"))
        target = TARGETS[name]
        base = baselines(pd.read_csv(train), pd.read_csv(test), target)
        bname, (bscore, _) = max(base.items(), key=lambda kv: kv[1][0])
        runs = [tern(a.cli, train, test, target, a.budget, db) for _ in range(a.repeat)]
        score = statistics.median(r[0] for r in runs)
        r = runs[0]
        deltas.append(score - bscore)
        print(f"{name:12s} {score:.4f} ({r[1]:17s}) {bscore:.4f} ({bname:17s}) {score - bscore:+7.4f} {r[2]:5d} "
              f"{r[3]:4d} {r[4]:6.1f} {r[5].get('latency_us_p50') or 0:8.0f}")
        for other, (s, fit) in sorted(base.items()):
            print(f"{'':12s}   {other:26s} {s:.4f}  fit {fit:.2f} s")
    print(f"mean delta vs the best default: {statistics.mean(deltas):+.4f} (budget {a.budget:.0f} s)")


if __name__ == "__main__":
    sys.exit(main())
