#!/usr/bin/env python3
"""Trains a scikit-learn model and exports it to ONNX, the way mlci's train-model step runs it.

mlci hands the script everything through the environment:
  MLCI_DATA         the training data file (CSV)
  MLCI_TARGET       the label column
  MLCI_PARAMS_FILE  a JSON file of the hyperparameters (from params.yml and set-params)
  MLCI_PARAM_<NAME> each hyperparameter on its own (e.g. MLCI_PARAM_C)
  MLCI_OUTPUT_DIR   where to write model.onnx and metrics.json

The ONNX graph is written with the `onnx` package's helper functions, so no skl2onnx is needed:
standardization, then a logistic regression, with outputs `label` (int64 [N]) and
`probabilities` (float [N, k]), the form mlci's evaluate-gate reads.

Run it alone:  MLCI_DATA=train.csv MLCI_TARGET=target MLCI_OUTPUT_DIR=out python3 train.py
"""
import csv
import json
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler


def read_params():
    path = os.environ.get("MLCI_PARAMS_FILE")
    if not path:
        return {}
    with open(path) as f:
        return json.load(f)


def read_csv(path, target):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    if target not in header:
        sys.exit(f"target column {target!r} is not in {path} (columns: {', '.join(header)})")
    t = header.index(target)
    features = [name for i, name in enumerate(header) if i != t]
    X = np.array([[float(v) for i, v in enumerate(r) if i != t] for r in body], dtype=np.float64)
    y = np.array([int(float(r[t])) for r in body])
    return X, y, features


def export_onnx(scaler, clf, features, path):
    classes = clf.classes_.astype(np.int64)
    inits = [
        numpy_helper.from_array(scaler.mean_.astype(np.float32), "mean"),
        numpy_helper.from_array(scaler.scale_.astype(np.float32), "scale"),
        numpy_helper.from_array(clf.coef_.T.astype(np.float32), "coef"),
        numpy_helper.from_array(clf.intercept_.astype(np.float32), "intercept"),
        numpy_helper.from_array(classes, "classes"),
    ]
    nodes = [
        helper.make_node("Sub", ["input", "mean"], ["centered"]),
        helper.make_node("Div", ["centered", "scale"], ["scaled"]),
        helper.make_node("MatMul", ["scaled", "coef"], ["z0"]),
        helper.make_node("Add", ["z0", "intercept"], ["z"]),
    ]
    if len(classes) == 2:
        inits.append(numpy_helper.from_array(np.array([1.0], dtype=np.float32), "one"))
        nodes += [
            helper.make_node("Sigmoid", ["z"], ["p1"]),
            helper.make_node("Sub", ["one", "p1"], ["p0"]),
            helper.make_node("Concat", ["p0", "p1"], ["probabilities"], axis=1),
        ]
    else:
        nodes.append(helper.make_node("Softmax", ["z"], ["probabilities"], axis=1))
    nodes += [
        helper.make_node("ArgMax", ["probabilities"], ["position"], axis=1, keepdims=0),
        helper.make_node("Gather", ["classes", "position"], ["label"], axis=0),
    ]
    graph = helper.make_graph(
        nodes,
        "logistic_regression",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", len(features)])],
        [
            helper.make_tensor_value_info("label", TensorProto.INT64, ["N"]),
            helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", len(classes)]),
        ],
        inits,
    )
    model = helper.make_model(graph, producer_name="examples/python-training", opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    # mlci checks that the model takes the data's feature columns; naming them makes that exact
    helper.set_model_props(model, {"mlci.feature_names": json.dumps(features)})
    onnx.checker.check_model(model)
    onnx.save(model, path)


def main():
    params = read_params()
    data, target = os.environ["MLCI_DATA"].splitlines()[0], os.environ["MLCI_TARGET"]
    out = os.environ.get("MLCI_OUTPUT_DIR", ".")
    os.makedirs(out, exist_ok=True)

    X, y, features = read_csv(data, target)
    X_train, X_valid, y_train, y_valid = train_test_split(X, y, test_size=float(params.get("valid_size", 0.2)), random_state=int(params.get("seed", 0)), stratify=y)
    scaler = StandardScaler().fit(X_train)
    clf = LogisticRegression(C=float(params.get("C", 1.0)), max_iter=int(params.get("max_iter", 1000))).fit(scaler.transform(X_train), y_train)
    accuracy = float(clf.score(scaler.transform(X_valid), y_valid))
    print(f"trained on {len(y_train)} rows, validation accuracy {accuracy:.4f}", flush=True)

    export_onnx(scaler, clf, features, os.path.join(out, "model.onnx"))
    with open(os.path.join(out, "metrics.json"), "w") as f:
        json.dump({"validation_accuracy": accuracy, "rows": len(y_train), "params": params}, f, indent=2)


if __name__ == "__main__":
    main()
