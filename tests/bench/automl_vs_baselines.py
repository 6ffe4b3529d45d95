#!/usr/bin/python3
"""Tern AutoML against scikit-learn / XGBoost defaults on the same train/test splits, printed as a table.

usage: automl_vs_baselines.py [--cli PATH] [--data DIR] [--budget S] [--repeat N] [dataset ...]
       automl_vs_baselines.py --make-unseen DIR | --make-modeldata DIR | --make-mlbench DIR
  --cli     tern-cli (default: build/bin/tern-cli, or $TERN_CLI)
  --data    a folder with <name>.train.csv / <name>.test.csv and, optionally, targets.tsv (name, task, target); default:
            the copies in tests/data/search (targets: iris species, titanic Survived, penguins species, airquality Ozone)
  --make-unseen DIR [--split-seed N]  writes such a folder from the tables scikit-learn ships (no download; see make_unseen below):
            plain tables, imbalanced binary ones, ones with cells blanked at random, ones with a categorical column.
  --make-modeldata DIR [--split-seed N]  the same from 16 real tables of R's modeldata package (churn, credit, loans,
            attrition, house and car prices, wide tables; needs Rscript and r-cran-modeldata from Debian).
  --make-mlbench DIR [--split-seed N]  the same from 15 classic UCI tables of R's mlbench package (missing cells,
            categorical columns, up to 26 classes, Shuttle's 58,000 rows with two classes below 20 rows; r-cran-mlbench).
            With targets.tsv, baselines are cached in DIR/baselines.tsv once computed (delete it to recompute).
  --json-out FILE    also writes every row (dataset, task, best baseline, Tern's score, delta, family) as JSON.
  --resplits N  pools each table's train and test rows and draws N fresh splits of the same test size (stratified
            for classes); prints each split, then per table the mean test score of Tern and of every default. One
            split of a few dozen test rows ranks models by luck as much as by merit; the mean over splits does not.
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


def is_classification(y, target, task):
    """The task from targets.tsv, else a guess for the default tables: few whole numbers or text are classes."""
    if task:
        return task != "regression"
    if target == "Ozone":
        return False
    return not pd.api.types.is_float_dtype(y) or y.nunique() <= 20 and (y % 1 == 0).all()


def preprocessing(kind, X):
    """The peers' input columns: "linear" imputes, scales and one-hot encodes; "tree" passes numbers through and
    gives each category level a code (missing cells stay missing)."""
    cat = [c for c in X.columns if X[c].dtype == object]
    num = [c for c in X.columns if c not in cat]
    if kind == "linear":
        return ColumnTransformer([("n", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num),
                                  ("c", make_pipeline(SimpleImputer(strategy="most_frequent"), OneHotEncoder(handle_unknown="ignore")), cat)])
    return ColumnTransformer([("n", "passthrough", num),
                              ("c", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=np.nan), cat)])


def baselines(train, test, target, task=None):
    y, yt = train[target], test[target]
    X, Xt = train.drop(columns=[target]), test.drop(columns=[target])
    classification = is_classification(y, target, task)
    prep = lambda kind: preprocessing(kind, X)
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


SKDATA = "/usr/lib/python3/dist-packages/sklearn/datasets/data"


def make_unseen(out, seed=0):
    """Tables Tern was never tuned on, from the files scikit-learn ships, split 75/25 (stratified for classes) with
    a fixed seed. Derived tables are made the same way for train and test: a positive class kept rare by dropping
    rows before the split, cells blanked completely at random, a number turned into a string category."""
    from sklearn.datasets import load_breast_cancer, load_diabetes, load_digits, load_wine
    from sklearn.model_selection import train_test_split
    rng = np.random.default_rng(seed)
    os.makedirs(out, exist_ok=True)

    def frame(bunch, names):
        df = pd.DataFrame(bunch.data, columns=[str(c).replace(" ", "_") for c in bunch.feature_names])
        df["target"] = [names[int(v)] for v in bunch.target] if names else bunch.target
        return df
    bc = frame(load_breast_cancer(), ["malignant", "benign"])
    wine = frame(load_wine(), ["class_1", "class_2", "class_3"])
    dia = frame(load_diabetes(scaled=False), None)
    dig = frame(load_digits(), [f"d{i}" for i in range(10)])
    boston = pd.read_csv(os.path.join(SKDATA, "boston_house_prices.csv"), skiprows=1).rename(columns={"MEDV": "target"})

    def blank(df, frac):
        df = df.copy()
        for c in df.columns:
            if c != "target":
                df.loc[rng.random(len(df)) < frac, c] = np.nan
        return df
    tables = {
        "breast_cancer": ("binary", bc),
        "wine": ("multiclass", wine),
        "diabetes": ("regression", dia),
        "boston": ("regression", boston),
        "digits": ("multiclass", dig),
        # imbalanced binary
        "digits_is9": ("binary", dig.assign(target=np.where(dig.target == "d9", "nine", "other"))),
        "wine_class3": ("binary", wine.assign(target=np.where(wine.target == "class_3", "yes", "no"))),
        "breast_cancer_rare": ("binary", pd.concat([bc[bc.target == "benign"],
                                                    bc[bc.target == "malignant"].sample(31, random_state=seed)])),
        "diabetes_high": ("binary", dia.assign(target=np.where(dia.target > dia.target.quantile(0.9), "high", "low"))),
        # missing completely at random
        "diabetes_mcar": ("regression", blank(dia, 0.15)),
        "breast_cancer_mcar": ("binary", blank(bc, 0.12)),
        # a numeric column as a string category
        "boston_cat": ("regression", boston.assign(RAD=["rad_%d" % v for v in boston.RAD])),
        "diabetes_cat": ("regression", dia.assign(age=["%ds" % (v // 10 * 10) for v in dia.age],
                                                  sex=np.where(dia.sex == 1, "female", "male"))),
    }
    with open(os.path.join(out, "targets.tsv"), "w") as f:
        f.write("name\ttask\ttarget\trows\tpositives\n")
        for name, (task, df) in tables.items():
            df = df.reset_index(drop=True)
            strat = df.target if task != "regression" else None
            tr, te = train_test_split(df, test_size=0.25, random_state=seed, stratify=strat)
            tr.to_csv(os.path.join(out, f"{name}.train.csv"), index=False)
            te.to_csv(os.path.join(out, f"{name}.test.csv"), index=False)
            pos = f"{df.target.value_counts(normalize=True).min():.3f}" if task == "binary" else ""
            f.write(f"{name}\t{task}\ttarget\t{len(df)}\t{pos}\n")
    print(f"{len(tables)} tables in {out}")


# Real tables from R packages (Debian: r-base-core plus the package; not needed by Tern itself).
# modeldata: churn, credit, attrition and loans (imbalanced binary), house and car prices, concrete strength, wide tables.
MODELDATA = {"lending_club": "Class", "credit_data": "Status", "attrition": "Attrition", "mlc_churn": "churn",
             "wa_churn": "churn", "ames": "Sale_Price", "concrete": "compressive_strength", "Sacramento": "price",
             "hpc_data": "class", "ad_data": "Class", "car_prices": "Price", "stackoverflow": "Remote",
             "cells": "class", "two_class_dat": "Class", "biomass": "HHV", "pd_speech": "class"}
# mlbench: the classic UCI tables, many with missing cells or categorical columns; Satellite, LetterRecognition and
# Shuttle (58,000 rows, seven classes of which two have fewer than 20 rows) test scale and extreme imbalance.
MLBENCH = {"BreastCancer": "Class", "PimaIndiansDiabetes2": "diabetes", "Sonar": "Class", "Glass": "Type",
           "Ionosphere": "Class", "Vehicle": "Class", "Vowel": "Class", "Soybean": "Class", "HouseVotes84": "Class",
           "Ozone": "V4", "Servo": "Class", "Satellite": "classes", "DNA": "Class", "LetterRecognition": "lettr",
           "Shuttle": "Class"}
R_PACKAGES = {"modeldata": MODELDATA, "mlbench": MLBENCH}


def make_r_tables(out, package, seed=0):
    """The package's tables written by Rscript (factors as strings, NA as empty cells), split 75/25 with a fixed
    seed (stratified for classes). A target with more than 20 distinct numbers is a regression target."""
    from sklearn.model_selection import train_test_split
    import shutil
    tables = R_PACKAGES[package]
    if not shutil.which("Rscript"):
        raise SystemExit(f"--make-{package} needs Rscript and R's {package} (apt-get install r-base-core r-cran-{package})")
    os.makedirs(out, exist_ok=True)
    raw = tempfile.mkdtemp(prefix=f"tern-{package}-")
    script = ("library(%s); for (n in commandArgs(TRUE)) { e <- new.env(); data(list=n, package='%s', envir=e);"
              " d <- as.data.frame(get(n, envir=e)); for (c in names(d)) if (is.factor(d[[c]]) || is.logical(d[[c]]))"
              " d[[c]] <- as.character(d[[c]]); write.csv(d, file.path('%s', paste0(n, '.csv')), row.names=FALSE, na='') }"
              % (package, package, raw))
    subprocess.run(["Rscript", "-e", script] + list(tables), check=True)
    with open(os.path.join(out, "targets.tsv"), "w") as f:
        f.write("name\ttask\ttarget\trows\tpositives\n")
        for name, target in tables.items():
            df = pd.read_csv(os.path.join(raw, f"{name}.csv"))
            df = df[df[target].notna()].reset_index(drop=True)
            y = df[target]
            numeric = pd.api.types.is_float_dtype(y) or pd.api.types.is_integer_dtype(y)
            task = "regression" if numeric and y.nunique() > 20 else "binary" if y.nunique() == 2 else "multiclass"
            tr, te = train_test_split(df, test_size=0.25, random_state=seed, stratify=None if task == "regression" else y)
            tr.to_csv(os.path.join(out, f"{name}.train.csv"), index=False)
            te.to_csv(os.path.join(out, f"{name}.test.csv"), index=False)
            pos = f"{y.value_counts(normalize=True).min():.3f}" if task == "binary" else ""
            f.write(f"{name}\t{task}\t{target}\t{len(df)}\t{pos}\n")
    shutil.rmtree(raw)
    print(f"{len(tables)} tables in {out}")


def targets_of(data):
    """name -> (target, task or None): from DATA/targets.tsv when present, else the default tables' targets."""
    path = os.path.join(data, "targets.tsv")
    if not os.path.exists(path):
        return {n: (t, None) for n, t in TARGETS.items()}
    rows = pd.read_csv(path, sep="\t", dtype=str)
    return {r["name"]: (r["target"], r["task"]) for _, r in rows.iterrows()}


def cached_baselines(data, name, train, test, target, task):
    """Baselines are deterministic enough to compute once per folder with a targets.tsv (RandomForest aside)."""
    cache = os.path.join(data, "baselines.tsv") if task else None
    if cache and os.path.exists(cache):
        df = pd.read_csv(cache, sep="\t")
        df = df[df.dataset == name]
        if len(df):
            return {r.model: (r.test_score, r.fit_s) for r in df.itertuples()}
    base = baselines(pd.read_csv(train), pd.read_csv(test), target, task)
    if cache:
        new = not os.path.exists(cache)
        with open(cache, "a") as f:
            if new:
                f.write("dataset\tmodel\ttest_score\tfit_s\n")
            for m, (sc, fit) in base.items():
                f.write(f"{name}\t{m}\t{sc:.4f}\t{fit:.2f}\n")
    return base


def resplit(data, name, target, task, n, workdir):
    """N train/test files drawn afresh from the table's pooled rows, the test part as large as the given one's."""
    from sklearn.model_selection import train_test_split
    train, test = (pd.read_csv(os.path.join(data, f"{name}.{s}.csv")) for s in ("train", "test"))
    pooled = pd.concat([train, test], ignore_index=True)
    pooled = pooled[pooled[target].notna()].reset_index(drop=True)
    y = pooled[target]
    classification = is_classification(y, target, task)
    for k in range(n):
        tr, te = train_test_split(pooled, test_size=len(test), random_state=1000 + k,
                                  stratify=y if classification else None)
        paths = tuple(os.path.join(workdir, f"{name}.split{k}.{s}.csv") for s in ("train", "test"))
        tr.to_csv(paths[0], index=False)
        te.to_csv(paths[1], index=False)
        yield paths


def main_resplits(a, targets, names, db):
    workdir = tempfile.mkdtemp(prefix="tern-resplits-")
    print(f"{'dataset':20s} {'split':>5s} {'tern':>7s} {'best default':28s} {'delta':>7s}", flush=True)
    summary = []
    for name in names:
        target, task = targets[name]
        scores = {"tern": []}
        for k, (train, test) in enumerate(resplit(a.data, name, target, task, a.resplits, workdir)):
            base = baselines(pd.read_csv(train), pd.read_csv(test), target, task)
            t = tern(a.cli, train, test, target, a.budget, db)[0]
            scores["tern"].append(t)
            for m, (s, _) in base.items():
                scores.setdefault(m, []).append(s)
            bname, (bscore, _) = max(base.items(), key=lambda kv: kv[1][0])
            scores.setdefault("best default of the split", []).append(bscore)
            print(f"{name:20s} {k:5d} {t:7.4f} {bscore:.4f} ({bname:21s}) {t - bscore:+7.4f}", flush=True)
        summary.append((name, scores))
    print(f"\nmean test score over {a.resplits} splits (budget {a.budget:.0f} s), standard deviation in brackets; "
          "Tern minus each, paired by split, with the standard error of that mean")
    for name, scores in summary:
        print(name)
        for m, v in sorted(scores.items(), key=lambda kv: -statistics.mean(kv[1])):
            sd = statistics.stdev(v) if len(v) > 1 else 0.0
            diff = [t - x for t, x in zip(scores["tern"], v)]
            se = statistics.stdev(diff) / len(diff) ** 0.5 if len(diff) > 1 else 0.0
            paired = "" if m == "tern" else f"   tern {statistics.mean(diff):+.4f} +- {se:.4f}"
            print(f"  {m:26s} {statistics.mean(v):.4f} ({sd:.4f}){paired}")
    if a.json_out:
        with open(a.json_out, "w") as f:
            json.dump({name: scores for name, scores in summary}, f, indent=1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.environ.get("TERN_CLI", os.path.join(ROOT, "build", "bin", "tern-cli")))
    ap.add_argument("--data", default=os.path.join(ROOT, "tests", "data", "search"))
    ap.add_argument("--budget", type=float, default=30)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--make-unseen", metavar="DIR")
    ap.add_argument("--make-modeldata", metavar="DIR")
    ap.add_argument("--make-mlbench", metavar="DIR")
    ap.add_argument("--json-out", metavar="FILE")
    ap.add_argument("--split-seed", type=int, default=0,
                    help="with --make-*: the seed of the rows' split")
    ap.add_argument("--resplits", type=int, default=0)
    ap.add_argument("datasets", nargs="*")
    a = ap.parse_args()
    if a.make_unseen:
        return make_unseen(a.make_unseen, a.split_seed)
    for package in R_PACKAGES:
        if getattr(a, f"make_{package}"):
            return make_r_tables(getattr(a, f"make_{package}"), package, a.split_seed)
    targets = targets_of(a.data)
    names = a.datasets or list(targets)
    db = os.path.join(tempfile.mkdtemp(prefix="tern-bench-"), "bench.db")
    if a.resplits > 0:
        return main_resplits(a, targets, names, db)
    print(f"{'dataset':20s} {'task':10s} {'tern (family)':28s} {'best default':28s} {'delta':>7s} {'cands':>5s} "
          f"{'fams':>4s} {'wall_s':>6s} {'p50_us':>8s}", flush=True)
    deltas, rows = [], []
    for name in names:
        train, test = (os.path.join(a.data, f"{name}.{s}.csv") for s in ("train", "test"))
        target, task = targets[name]
        base = cached_baselines(a.data, name, train, test, target, task)
        bname, (bscore, _) = max(base.items(), key=lambda kv: kv[1][0])
        runs = [tern(a.cli, train, test, target, a.budget, db) for _ in range(a.repeat)]
        score = statistics.median(r[0] for r in runs)
        r = runs[0]
        deltas.append(score - bscore)
        task = task or ("regression" if len(base) == 4 else "classification")
        rows.append({"dataset": name, "task": task, "best_baseline": bname, "baseline_score": bscore,
                     "tern_score": score, "tern_runs": [x[0] for x in runs], "delta": score - bscore, "family": r[1]})
        print(f"{name:20s} {task:10s} {score:.4f} ({r[1]:19s}) {bscore:.4f} ({bname:21s}) {score - bscore:+7.4f} "
              f"{r[2]:5d} {r[3]:4d} {r[4]:6.1f} {r[5].get('latency_us_p50') or 0:8.0f}", flush=True)
        if a.repeat > 1:
            print(f"{'':20s} runs: " + " ".join(f"{x[0]:.4f} ({x[1]})" for x in runs))
        for other, (s, fit) in sorted(base.items()):
            print(f"{'':20s}   {other:26s} {s:.4f}  fit {fit:.2f} s")
    within = sum(d >= -0.02 for d in deltas)
    print(f"mean delta vs the best default: {statistics.mean(deltas):+.4f}, within 0.02 on {within}/{len(deltas)} "
          f"(budget {a.budget:.0f} s)")
    if a.json_out:
        with open(a.json_out, "w") as f:
            json.dump(rows, f, indent=1)


if __name__ == "__main__":
    sys.exit(main())
