"""The peer of bench/evaluate.mjs: how a Python evaluation script does the same job.
pandas reads the CSV, the fixture's linear model runs as a numpy product (weights read from the
ONNX file with the onnx package), scikit-learn computes the metrics, and a bootstrap of R resamples
gives the intervals; a Markdown report is written. With a BASELINE model, it runs too on the same
rows, and the report gives its metrics and the change (paired on the same resamples).
Usage: evaluate_sklearn.py MODEL CSV R OUT.md [BASELINE]"""
import sys, time
import numpy as np
import pandas as pd
import onnx
from onnx import numpy_helper
from sklearn import metrics as M

model_path, csv_path, resamples, out_path = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
baseline_path = sys.argv[5] if len(sys.argv) > 5 else None
t0 = time.perf_counter()
frame = pd.read_csv(csv_path)
y = frame.pop("target").to_numpy()
X = frame.to_numpy(dtype=np.float32)

def run(path):
    w = {i.name: numpy_helper.to_array(i) for i in onnx.load(path).graph.initializer}
    z = ((X - w["mean"]) / w["scale"]) @ w["coef"] + w["intercept"]
    p1 = (1.0 / (1.0 + np.exp(-z))).ravel()
    return (p1 > 0.5).astype(int), p1, np.column_stack([1 - p1, p1])

pred, p1, proba = run(model_path)
if baseline_path:
    b_pred, b_p1, b_proba = run(baseline_path)

def metric_set(y, pred, p1, proba, sw=None):
    return {
        "accuracy": M.accuracy_score(y, pred, sample_weight=sw),
        "balanced_accuracy": M.balanced_accuracy_score(y, pred, sample_weight=sw),
        "precision": M.precision_score(y, pred, sample_weight=sw),
        "recall": M.recall_score(y, pred, sample_weight=sw),
        "f1": M.f1_score(y, pred, sample_weight=sw),
        "precision_macro": M.precision_score(y, pred, average="macro", sample_weight=sw),
        "recall_macro": M.recall_score(y, pred, average="macro", sample_weight=sw),
        "f1_macro": M.f1_score(y, pred, average="macro", sample_weight=sw),
        "precision_weighted": M.precision_score(y, pred, average="weighted", sample_weight=sw),
        "recall_weighted": M.recall_score(y, pred, average="weighted", sample_weight=sw),
        "f1_weighted": M.f1_score(y, pred, average="weighted", sample_weight=sw),
        "roc_auc": M.roc_auc_score(y, p1, sample_weight=sw),
        "average_precision": M.average_precision_score(y, p1, sample_weight=sw),
        "log_loss": M.log_loss(y, proba, sample_weight=sw),
        "brier": M.brier_score_loss(y, p1, sample_weight=sw),
    }

values = metric_set(y, pred, p1, proba)
b_values = metric_set(y, b_pred, b_p1, b_proba) if baseline_path else None
rng = np.random.default_rng(42)
n = len(y)
samples = {k: [] for k in values}
deltas = {k: [] for k in values}
for _ in range(resamples):
    idx = rng.integers(0, n, n)
    got = metric_set(y[idx], pred[idx], p1[idx], proba[idx])
    base = metric_set(y[idx], b_pred[idx], b_p1[idx], b_proba[idx]) if baseline_path else None
    for k, v in got.items():
        samples[k].append(v)
        if base:
            deltas[k].append(v - base[k])
lines = ["| metric | value | 95% interval | baseline | change | 95% interval of the change |", "|---|---|---|---|---|---|"]
nan = (float("nan"), float("nan"))
for k, v in values.items():
    lo, hi = np.percentile(samples[k], [2.5, 97.5]) if resamples else nan
    b = b_values[k] if b_values else float("nan")
    dlo, dhi = np.percentile(deltas[k], [2.5, 97.5]) if resamples and baseline_path else nan
    lines.append(f"| {k} | {v:.4f} | {lo:.4f} – {hi:.4f} | {b:.4f} | {v - b:+.4f} | {dlo:.4f} – {dhi:.4f} |")
lines.append(f"\nconfusion matrix: {M.confusion_matrix(y, pred).tolist()}")
open(out_path, "w").write("\n".join(lines) + "\n")
print(f"python evaluation: {time.perf_counter() - t0:.2f} s", file=sys.stderr)
