"""The scikit-learn peer of bench/train.mjs: fits the same data with the closest scikit-learn models
and prints their fit times as JSON. Usage: /usr/bin/python3 train_sklearn.py DIR ROWS COLUMNS"""
import json, os, sys, time
import numpy as np
import sklearn
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

work, rows, cols = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
X = np.fromfile(os.path.join(work, "x.f64"), dtype=np.float64).reshape(rows, cols)
label = np.fromfile(os.path.join(work, "label.f64"), dtype=np.float64).astype(np.int64)
value = np.fromfile(os.path.join(work, "value.f64"), dtype=np.float64)

def timed(fit):
    t = time.perf_counter()
    fit()
    return time.perf_counter() - t

out = {
    "version": sklearn.__version__,
    "threads": os.cpu_count(),
    "builtin:logistic-regression": timed(lambda: make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=1000)).fit(X, label)),
    "builtin:linear-regression": timed(lambda: LinearRegression().fit(X, value)),
    "builtin:gradient-boosted-trees": timed(lambda: HistGradientBoostingClassifier(max_iter=100, learning_rate=0.1, max_leaf_nodes=31, min_samples_leaf=20, max_bins=255, l2_regularization=0.0, early_stopping=False).fit(X, label)),
}
print(json.dumps(out))
