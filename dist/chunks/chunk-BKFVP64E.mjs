import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  columnNames,
  describeRow,
  findColumn
} from "./chunk-MWAICGG4.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/model/row-major.ts
var MAX_GENERATED_WIDTH = 512;
var WARM_UP_CALLS = 1e3;
var WARM_UP_ROWS = 4;
var copiers = /* @__PURE__ */ new WeakMap();
function rowMajorCopier(columns, kind = Float32Array) {
  const width = columns.length;
  if (width === 0 || width > MAX_GENERATED_WIDTH) return (target, start, count) => copyRowMajorLoop(target, columns, start, count);
  const known = copiers.get(columns[0]) ?? [];
  const same = known.find((k) => k.kind === kind && k.columns.length === width && k.columns.every((column, c) => column === columns[c]));
  if (same) return same.copy;
  const copy = generateCopier(columns);
  const rows = Math.min(WARM_UP_ROWS, ...columns.map((column) => column.length));
  if (rows > 0) {
    const scratch = new kind(rows * width);
    for (let i = 0; i < WARM_UP_CALLS; i++) copy(scratch, 0, rows);
  }
  copiers.set(columns[0], [...known, { columns: [...columns], kind, copy }]);
  return copy;
}
function generateCopier(columns) {
  const width = columns.length;
  const params = Array.from({ length: width }, (_, c) => `c${c}`);
  const body = params.map((p, c) => `t[o + ${c}] = ${p}[i];`).join("\n");
  const source = `return (t, start, count) => {
for (let i = start, o = 0, end = start + count; i < end; i++, o += ${width}) {
${body}
}
};`;
  return new Function(...params, source)(...columns);
}
function copyRowMajorLoop(target, columns, start, count) {
  const width = columns.length;
  for (let c = 0; c < width; c++) {
    const column = columns[c];
    for (let r = 0, o = c; r < count; r++, o += width) target[o] = column[start + r];
  }
}

// shared/model/feeds.ts
var INPUT_TYPES = ["float32", "float64", "int64", "int32"];
function planFeeds(signature, table, features) {
  const inputs = signature.inputs;
  if (inputs.length === 0) throw new UserError("The model declares no inputs.", "model inputs", "Re-export the model with its feature input.");
  if (inputs.length === 1) {
    const input = inputs[0];
    const rank = Math.max(1, input.shape.length);
    const declared = rank >= 2 ? input.shape[1] : 1;
    if (typeof declared === "number" && declared > 0 && declared !== features.length) {
      throw new UserError(
        `The model's input "${input.name}" takes ${declared} feature${declared === 1 ? "" : "s"} per row, but ${table.source} has ${features.length} feature columns: ${features.join(", ")}.`,
        table.source,
        `Evaluate on data with exactly the ${declared} feature columns the model was trained on (plus the target), or drop the extra columns.`
      );
    }
    return [matrixFeed(input, features, rank, table) ?? makeFeed(input, features, rank, table)];
  }
  const missing = inputs.filter((i) => !findColumn(table, i.name)).map((i) => i.name);
  if (missing.length > 0) {
    throw new UserError(
      `The model has one input per feature, and ${missing.length === 1 ? "the column" : "the columns"} ${missing.map((m) => `"${m}"`).join(", ")} ${missing.length === 1 ? "is" : "are"} missing from ${table.source}.`,
      table.source,
      `Add the missing columns. The model's inputs are: ${inputs.map((i) => i.name).join(", ")}; the data has: ${columnNames(table).join(", ")}.`
    );
  }
  return inputs.map((input) => {
    const width = input.shape.length >= 2 ? input.shape[1] : 1;
    if (typeof width === "number" && width > 1) {
      throw new UserError(
        `The model's input "${input.name}" takes ${width} values per row, but a column holds one.`,
        "model inputs",
        "Export the model with one [N, 1] input per feature column, or one [N, k] input for all of them."
      );
    }
    return makeFeed(input, [input.name], Math.max(1, input.shape.length), table);
  });
}
function makeFeed(input, names, rank, table) {
  checkInputType(input, table);
  const columns = names.map((name) => numericColumn(table, name));
  const kind = input.type === "float64" ? Float64Array : input.type === "int32" ? Int32Array : Float32Array;
  return { from: "columns", name: input.name, type: input.type, columns, columnNames: names, width: columns.length, rank, copyRows: rowMajorCopier(columns, kind) };
}
function checkInputType(input, table) {
  if (!INPUT_TYPES.includes(input.type)) {
    throw new UserError(
      `The model's input "${input.name}" has type ${input.type}; mlci feeds ${INPUT_TYPES.join(", ")} inputs from ${table.source}.`,
      "model inputs",
      "Re-export the model with a float input (FloatTensorType in skl2onnx)."
    );
  }
}
function matrixFeed(input, features, rank, table) {
  const matrix = table.featureMatrix;
  if (!matrix || !features.some((name) => matrix.columns.includes(name))) return void 0;
  if (matrix.type !== input.type || matrix.columns.length !== features.length || matrix.columns.some((name, i) => name !== features[i])) {
    throw new Error(`${table.source} was read with a ${matrix.type} feature matrix of ${matrix.columns.join(", ")}, which does not fit the model's input "${input.name}" (${input.type}: ${features.join(", ")}); read it without featureMatrix`);
  }
  if (matrix.textCell) {
    const { column, row, text } = matrix.textCell;
    throw textCellError(table, column, row, text);
  }
  return { from: "matrix", name: input.name, type: input.type, columnNames: features, width: features.length, rank, matrix: matrix.data };
}
function allocateInput(feed, rows) {
  if (feed.from === "matrix") return void 0;
  const size = rows * feed.width;
  switch (feed.type) {
    case "float64":
      return new Float64Array(size);
    case "int64":
      return new BigInt64Array(size);
    case "int32":
      return new Int32Array(size);
    default:
      return new Float32Array(size);
  }
}
function numericColumn(table, name) {
  const column = findColumn(table, name);
  if (!column) throw new UserError(`The feature column "${name}" is not in ${table.source}.`, table.source, `Use columns from: ${columnNames(table).join(", ")}.`);
  if (column.kind === "numeric") return column.values;
  const row = firstTextRow(column);
  throw textCellError(table, name, row, row === void 0 ? void 0 : column.values[row]);
}
function textCellError(table, column, row, text) {
  return new UserError(
    `The feature column "${column}" holds text${row === void 0 ? "" : ` ("${text}" at ${describeRow(table, row)})`}, and the model takes numbers.`,
    row === void 0 ? table.source : describeRow(table, row),
    "Encode the column as numbers before evaluation (or fix the cell if it is a typo), or exclude it from the features.",
    row === void 0 ? void 0 : { file: table.source, ...table.rowLines ? { line: table.rowLines[row] } : {} }
  );
}
function firstTextRow(column) {
  if (column.firstNonNumericRow !== void 0) return column.firstNonNumericRow;
  const row = column.values.findIndex((v) => v !== null && Number.isNaN(Number(v)));
  return row < 0 ? void 0 : row;
}
function fillFeed(feed, buffer, table, start, end) {
  const n = end - start;
  const dims = feed.rank === 1 ? [n] : [n, feed.width];
  if (feed.from === "matrix") return { name: feed.name, type: feed.type, data: feed.matrix.subarray(start * feed.width, end * feed.width), dims };
  const size = n * feed.width;
  if (feed.type === "int64") fillInt64(feed, buffer, table, start, n);
  else feed.copyRows(buffer, start, n);
  const data = buffer.length === size ? buffer : buffer.subarray(0, size);
  return { name: feed.name, type: feed.type, data, dims };
}
function fillInt64(feed, buffer, table, start, n) {
  const { width } = feed;
  for (let c = 0; c < width; c++) {
    const column = feed.columns[c];
    for (let r = 0, o = c; r < n; r++, o += width) {
      const value = column[start + r];
      if (!Number.isFinite(value)) {
        throw new UserError(
          `The feature column "${feed.columnNames[c]}" has a missing value at ${describeRow(table, start + r)}, and the model's input "${feed.name}" is int64, which has no missing value.`,
          describeRow(table, start + r),
          "Fill or drop rows with missing values before evaluation, or export the model with a float input."
        );
      }
      buffer[o] = BigInt(Math.trunc(value));
    }
  }
}
function featureMatrixRequest(signature, exclude) {
  const inputs = signature.inputs;
  if (inputs.length !== 1 || inputs[0].shape.length !== 2) return void 0;
  const type = inputs[0].type;
  return type === "float32" || type === "float64" ? { exclude, type } : void 0;
}

// shared/model/batch-runner.ts
function mainThreadRunner(ort, session) {
  return {
    async run(inputs, fetches, targets) {
      const feeds = {};
      for (const input of inputs) feeds[input.name] = new ort.Tensor(input.type, input.data, input.dims);
      const wanted = {};
      for (const name of fetches) {
        const target = targets?.[name];
        wanted[name] = target ? new ort.Tensor(target.type, target.data, target.dims) : null;
      }
      let started = performance.now();
      let result;
      let placed = targets;
      try {
        result = await session.run(feeds, placed ? wanted : fetches);
      } catch (error) {
        if (!placed) throw error;
        placed = void 0;
        started = performance.now();
        result = await session.run(feeds, fetches);
      }
      const ms = performance.now() - started;
      const outputs = {};
      for (const name of fetches) outputs[name] = { dims: result[name].dims, data: placed?.[name]?.data ?? result[name].data };
      return { outputs, ms };
    }
  };
}

export {
  mainThreadRunner,
  planFeeds,
  allocateInput,
  fillFeed,
  featureMatrixRequest
};
