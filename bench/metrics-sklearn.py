#!/usr/bin/env python3
"""scikit-learn's side of bench/metrics.mjs: the same binary metric set on the same rows.

Usage: /usr/bin/python3 bench/metrics-sklearn.py Y.npy P1.npy BOOT_ROWS RESAMPLES SEED
Prints one JSON object: CPU seconds for the full set on all rows (best of 3), seconds for RESAMPLES
bootstrap resamples of the set on the first BOOT_ROWS rows, and the metric values on all rows.
"""
import json
import sys
import time
import warnings

import numpy as np
from sklearn import metrics as M

warnings.simplefilter("ignore")


def ece(y, proba):
    # mlci's definition: top-class confidence, 10 equal-width bins
    top = np.argmax(proba, axis=1)
    conf = proba[np.arange(len(y)), top].astype(np.float64)
    correct = top == y
    bins = np.minimum(np.floor(conf * 10), 9).astype(np.int64)
    weight = np.bincount(bins, minlength=10)
    gap = np.abs(np.bincount(bins, weights=correct, minlength=10) - np.bincount(bins, weights=conf, minlength=10))
    return gap.sum() / weight.sum()


def metric_set(y, p1):
    proba = np.column_stack([1 - p1, p1])
    pred = (p1 >= 0.5).astype(np.int32)
    out = {"accuracy": M.accuracy_score(y, pred), "balanced_accuracy": M.balanced_accuracy_score(y, pred),
           "precision": M.precision_score(y, pred), "recall": M.recall_score(y, pred), "f1": M.f1_score(y, pred)}
    for avg in ("macro", "weighted"):
        out[f"precision_{avg}"] = M.precision_score(y, pred, average=avg)
        out[f"recall_{avg}"] = M.recall_score(y, pred, average=avg)
        out[f"f1_{avg}"] = M.f1_score(y, pred, average=avg)
    out.update({"roc_auc": M.roc_auc_score(y, p1), "average_precision": M.average_precision_score(y, p1),
                "log_loss": M.log_loss(y, proba, labels=[0, 1], eps=np.finfo(proba.dtype).eps),
                "brier": M.brier_score_loss(y, p1), "ece": ece(y, proba)})
    return out


def main():
    y = np.load(sys.argv[1])
    p1 = np.load(sys.argv[2])
    boot_rows, resamples, seed = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])

    full = []
    for _ in range(3):
        start = time.process_time()
        values = metric_set(y, p1)
        full.append(time.process_time() - start)

    yb, pb = y[:boot_rows], p1[:boot_rows]
    rng = np.random.RandomState(seed)
    start = time.process_time()
    draws = {}
    for _ in range(resamples):
        idx = rng.randint(0, boot_rows, boot_rows)
        for name, v in metric_set(yb[idx], pb[idx]).items():
            draws.setdefault(name, []).append(v)
    intervals = {name: np.percentile(v, [2.5, 97.5]).tolist() for name, v in draws.items()}
    boot = time.process_time() - start

    json.dump({"fullSeconds": min(full), "bootstrapSeconds": boot, "values": {k: float(v) for k, v in values.items()},
               "intervals": intervals}, sys.stdout)


main()
