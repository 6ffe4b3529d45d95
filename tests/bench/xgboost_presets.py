#!/usr/bin/python3
"""Whether a second XGBoost starting configuration would pay: XGBoost's default against the same booster with
shallower trees, fewer rounds and leaves of more rows (depth 5, 100 rounds, min_child_weight 5/10/20 for regression,
1/2/5 for classification, where the hessian p(1-p) makes a given weight mean more rows), on each table's test split.

usage: xgboost_presets.py [DIR ...]
  DIR holds NAME.train.csv / NAME.test.csv and targets.tsv (name, task, target), as automl_vs_baselines.py
  --make-unseen / --make-modeldata / --make-mlbench write them; default: tests/data/search (the four shared tables).
  Tables above 6,000 training rows are skipped.
Prints per table the test score (balanced accuracy or R^2) of each configuration, then per task the mean change
against the default and on how many tables it is better or worse by more than 0.001.

Standing alone the regression setting wins clearly, yet Tern does not carry it as a preset: its search already
reaches that region (min_child_weight and max_depth are searched), and one more fixed candidate only moved the
chosen model's test score on the same 13 regression tables by -0.0013 on average (README, benchmarks).
"""
import importlib.util
import os
import sys
import warnings

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import balanced_accuracy_score, r2_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import LabelEncoder

warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("baselines", os.path.join(HERE, "automl_vs_baselines.py"))
baselines = importlib.util.module_from_spec(spec)
spec.loader.exec_module(baselines)


def configs(classification):
    smoothed = dict(n_estimators=100, max_depth=5, learning_rate=0.1, reg_lambda=1, tree_method="hist")
    weights = [1, 2, 5] if classification else [5, 10, 20]
    return {"default": {}, **{f"depth5_mcw{w}": dict(smoothed, min_child_weight=w) for w in weights}}


def scores(train, test, target, task):
    train, test = train[train[target].notna()], test[test[target].notna()]
    y, yt = train[target], test[target]
    X, Xt = train.drop(columns=[target]), test.drop(columns=[target])
    classification = baselines.is_classification(y, target, task)
    out = {}
    for name, params in configs(classification).items():
        prep = baselines.preprocessing("tree", X)
        if classification:
            le = LabelEncoder().fit(pd.concat([y, yt]).astype(str))
            model = make_pipeline(prep, xgb.XGBClassifier(**params)).fit(X, le.transform(y.astype(str)))
            out[name] = balanced_accuracy_score(le.transform(yt.astype(str)), model.predict(Xt))
        else:
            model = make_pipeline(prep, xgb.XGBRegressor(**params)).fit(X, y)
            out[name] = r2_score(yt, model.predict(Xt))
    return classification, len(train), out


def main():
    folders = sys.argv[1:] or [os.path.join(HERE, "..", "data", "search")]
    by_task = {True: [], False: []}
    for folder in folders:
        for name, (target, task) in baselines.targets_of(folder).items():
            train = pd.read_csv(os.path.join(folder, f"{name}.train.csv"))
            if len(train) > 6000:
                continue
            test = pd.read_csv(os.path.join(folder, f"{name}.test.csv"))
            classification, rows, result = scores(train, test, target, task)
            by_task[classification].append(result)
            print(f"{name:22s} {'class' if classification else 'regr '} {rows:5d} rows  "
                  + "  ".join(f"{k} {v:.4f}" for k, v in result.items()), flush=True)
    for classification, results in by_task.items():
        for name in results[0] if results else []:
            d = [r[name] - r["default"] for r in results]
            print(f"{'classification' if classification else 'regression':14s} {name:13s} mean change {np.mean(d):+.4f}"
                  f"  better on {sum(x > 0.001 for x in d)}, worse on {sum(x < -0.001 for x in d)} of {len(d)}")


if __name__ == "__main__":
    main()
