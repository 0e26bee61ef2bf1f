"""The peer of bench/validate.mjs: pandas reading the CSV and computing the same profile and checks.
Usage: /usr/bin/python3 bench/validate_pandas.py CSV NUMERIC CATEGORICAL  (prints one JSON line)"""
import json, resource, sys, time
import numpy as np
import pandas as pd

path, numeric, categorical = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
start = time.perf_counter()
cpu_start = time.process_time()
df = pd.read_csv(path)
check = {}
failures = 0
for i in range(numeric):
    s = df[f"x{i}"]
    v = s.dropna().values
    missing = int(s.isna().sum())
    stats = dict(count=len(v), mean=float(v.mean()), std=float(v.std(ddof=1)), min=float(v.min()), max=float(v.max()),
                 quantiles=np.quantile(v, [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99]).tolist(), distinct=int(s.nunique()),
                 histogram=np.histogram(v, bins=20)[0].tolist())
    failures += int(((v < -1e6) | (v > 1e6)).sum()) + int(missing > 0.01 * len(s))
    check[f"x{i}"] = dict(mean=stats["mean"], min=stats["min"], max=stats["max"], missing=missing)
for i in range(categorical):
    s = df[f"c{i}"]
    counts = s.value_counts()
    top = counts.head(10).to_dict()
    distinct = int(s.nunique())
    allowed = {f"cat{k}" for k in range([3, 10, 50, 200, 1000][i])}
    failures += int((~s.dropna().isin(allowed)).sum()) + int(s.isna().sum())
seconds = time.perf_counter() - start
cpu_seconds = time.process_time() - cpu_start
print(json.dumps(dict(seconds=seconds, cpuSeconds=cpu_seconds, maxRssKb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, rows=len(df), failures=failures, check=check)))
