"""The peer of bench/monitor.mjs: pandas + scipy doing the same windowed drift computation.
Reads every prediction-log record (gzip or not), explodes the columnar inputs into rows, windows by
UTC day, and per window: each feature's two-sample KS test against the reference CSV (p <= 0.05:
drifted), each feature's missing share, and the score's KS against the first day.
Usage: /usr/bin/python3 bench/monitor_pandas.py LOG_DIR REFERENCE_CSV  (prints one JSON line)"""
import gzip, json, os, resource, sys, time
import pandas as pd
from scipy.stats import ks_2samp

log_dir, reference_csv = sys.argv[1], sys.argv[2]
start = time.perf_counter()
cpu_start = time.process_time()
reference = pd.read_csv(reference_csv)
rows = []
for name in sorted(os.listdir(log_dir)):
    if not name.startswith("predictions-"):
        continue
    path = os.path.join(log_dir, name)
    with (gzip.open(path, "rt") if name.endswith(".gz") else open(path)) as f:
        for line in f:
            r = json.loads(line)
            n = len(next(iter(r["inputs"].values())))
            for i in range(n):
                row = {k: v[i] for k, v in r["inputs"].items()}
                row["timestamp"] = r["timestamp"]
                row["score"] = r["outputs"]["probabilities"][i][1]
                rows.append(row)
df = pd.DataFrame(rows)
df["day"] = pd.to_datetime(df["timestamp"], utc=True).dt.floor("D")
features = [c for c in reference.columns]
drifted = {}
first = None
for day, w in df.groupby("day"):
    if first is None:
        first = w["score"].dropna()
    drifted[str(day.date())] = [c for c in features if ks_2samp(reference[c].dropna(), w[c].dropna()).pvalue <= 0.05]
    missing = {c: float(w[c].isna().mean()) for c in features}
    score = ks_2samp(first, w["score"].dropna()).statistic
seconds = time.perf_counter() - start
print(json.dumps(dict(seconds=seconds, cpuSeconds=time.process_time() - cpu_start, maxRssKb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, rows=len(df), drifted=drifted)))
