// The DuckDB peer of bench/validate.mjs, in its own process; prints one JSON line as the pandas peer does.
//   node bench/validate_duckdb.mjs CSV NUMERIC CATEGORICAL profile|scan
// profile: the same profile as mlci and pandas, in SQL: the file loaded into a table, then per
//   numeric column count, nulls, min, max, mean, std, quantiles and distinct count, and per
//   categorical column the distinct count and top 10 values.
// scan: one pass of read_csv with count, min and max of every column: the least a profile can cost.
// DuckDB runs on every core it sees (its default), with the memory it wants.
import { DuckDBInstance } from '@duckdb/node-api';

const [csv, numericArg, categoricalArg, mode] = process.argv.slice(2);
const numeric = Array.from({ length: Number(numericArg) }, (_, i) => `x${i}`);
const categorical = Array.from({ length: Number(categoricalArg) }, (_, i) => `c${i}`);
const quote = (text) => `'${text.replaceAll("'", "''")}'`;
const QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];

const started = performance.now();
const cpuStarted = process.cpuUsage();
const connection = await (await DuckDBInstance.create(':memory:')).connect();
const rowsOf = async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJson();
const check = {};
let rows;

if (mode === 'scan') {
  const aggregates = [...numeric, ...categorical].flatMap((c) => [`min(${c}) AS "${c}_min"`, `max(${c}) AS "${c}_max"`, `count(${c}) AS "${c}_count"`]);
  const [row] = await rowsOf(`SELECT count(*) AS n, ${aggregates.join(', ')} FROM read_csv(${quote(csv)})`);
  rows = Number(row.n);
  for (const c of numeric) check[c] = { min: Number(row[`${c}_min`]), max: Number(row[`${c}_max`]), missing: rows - Number(row[`${c}_count`]) };
} else {
  await connection.run(`CREATE TABLE data AS SELECT * FROM read_csv(${quote(csv)})`);
  const numericAggregates = numeric.flatMap((c) => [
    `count(${c}) AS "${c}_count"`,
    `count(*) - count(${c}) AS "${c}_missing"`,
    `min(${c}) AS "${c}_min"`,
    `max(${c}) AS "${c}_max"`,
    `avg(${c}) AS "${c}_mean"`,
    `stddev_samp(${c}) AS "${c}_std"`,
    `quantile_cont(${c}, [${QUANTILES.join(', ')}]) AS "${c}_quantiles"`,
    `count(DISTINCT ${c}) AS "${c}_distinct"`,
  ]);
  const categoricalAggregates = categorical.map((c) => `count(DISTINCT ${c}) AS "${c}_distinct"`);
  const [row] = await rowsOf(`SELECT count(*) AS n, ${[...numericAggregates, ...categoricalAggregates].join(', ')} FROM data`);
  rows = Number(row.n);
  for (const c of numeric) check[c] = { mean: Number(row[`${c}_mean`]), min: Number(row[`${c}_min`]), max: Number(row[`${c}_max`]), missing: Number(row[`${c}_missing`]) };
  for (const c of categorical) await rowsOf(`SELECT ${c}, count(*) AS n FROM data GROUP BY ${c} ORDER BY n DESC LIMIT 10`);
}

const usage = process.cpuUsage(cpuStarted);
console.log(JSON.stringify({ seconds: (performance.now() - started) / 1000, cpuSeconds: (usage.user + usage.system) / 1e6, maxRssKb: process.resourceUsage().maxRSS, rows, check }));
