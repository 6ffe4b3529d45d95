#!/usr/bin/python3
"""Writes reference.json: scikit-learn's values of every Tern metric on fixed vectors.

Run once with Debian's interpreter (/usr/bin/python3 make_reference.py); the C++ tests read only the JSON.
Probabilities are float32 (what Tern's models produce), so log_loss clips with float32 epsilon, as sklearn does
for float32 input.
"""
import json
import numpy as np
import sklearn
from sklearn import metrics as skm

rng = np.random.default_rng(20261128)


def probabilities(n, k, truth, skill, zeros=False, ties=False):
    logits = rng.normal(size=(n, k)).astype(np.float64)
    logits[np.arange(n), truth] += skill
    p = np.exp(logits)
    p /= p.sum(axis=1, keepdims=True)
    if ties:  # coarse scores give many tied ranks
        p = np.round(p, 1)
        p[p.sum(axis=1) == 0] = 1.0 / k
        p /= p.sum(axis=1, keepdims=True)
    if zeros:  # exact 0 and 1 exercise log_loss clipping
        p[0] = 0.0
        p[0, (truth[0] + 1) % k] = 1.0
        p[1] = 0.0
        p[1, truth[1]] = 1.0
    return p.astype(np.float32)


def classification_case(name, n, k, skill, zeros=False, ties=False, drop_class=None):
    truth = rng.integers(0, k, size=n)
    if drop_class is not None:  # a class that never occurs in the truth
        truth[truth == drop_class] = (drop_class + 1) % k
    p = probabilities(n, k, truth, skill, zeros, ties)
    predicted = p.argmax(axis=1)
    p64 = p.astype(np.float64)
    expected = {
        "accuracy": skm.accuracy_score(truth, predicted),
        "balanced_accuracy": skm.balanced_accuracy_score(truth, predicted),
        "f1_macro": skm.f1_score(truth, predicted, average="macro", zero_division=0),
        "mcc": skm.matthews_corrcoef(truth, predicted),
        "log_loss": skm.log_loss(truth, p, labels=list(range(k))),
    }
    if drop_class is None:
        if k == 2:
            expected["roc_auc"] = skm.roc_auc_score(truth, p64[:, 1])
        else:
            expected["roc_auc"] = skm.roc_auc_score(truth, p64, multi_class="ovr", average="macro")
    return {
        "name": name,
        "task": "binary" if k == 2 else "multiclass",
        "n_classes": k,
        "truth": truth.tolist(),
        "predicted": predicted.tolist(),
        "probabilities": [[float(v) for v in row] for row in p],
        "expected": expected,
    }


def regression_case(name, n, noise, constant=False):
    truth = rng.normal(10.0, 3.0, size=n).astype(np.float32)
    if constant:
        truth[:] = 4.0
    predicted = (truth + rng.normal(0.0, noise, size=n)).astype(np.float32)
    t64, p64 = truth.astype(np.float64), predicted.astype(np.float64)
    return {
        "name": name,
        "task": "regression",
        "truth": [float(v) for v in truth],
        "predicted": [float(v) for v in predicted],
        "expected": {
            "r2": skm.r2_score(t64, p64),
            "rmse": float(np.sqrt(skm.mean_squared_error(t64, p64))),
            "mae": skm.mean_absolute_error(t64, p64),
        },
    }


cases = [
    classification_case("binary_good", 60, 2, 1.5),
    classification_case("binary_weak_ties", 80, 2, 0.3, ties=True),
    classification_case("binary_clipped", 40, 2, 1.0, zeros=True),
    classification_case("multiclass_3", 90, 3, 1.2),
    classification_case("multiclass_5_ties", 120, 5, 0.8, ties=True),
    classification_case("multiclass_4_clipped", 50, 4, 1.0, zeros=True),
    classification_case("multiclass_4_absent_class", 50, 4, 0.5, drop_class=2),
    regression_case("regression_close", 50, 0.5),
    regression_case("regression_noisy", 70, 4.0),
    regression_case("regression_constant_truth", 20, 1.0, constant=True),
]

with open("reference.json", "w") as f:
    json.dump({"generator": "make_reference.py", "sklearn": sklearn.__version__, "cases": cases}, f, indent=1)
    f.write("\n")
