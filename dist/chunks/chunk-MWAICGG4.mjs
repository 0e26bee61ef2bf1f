import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }

// shared/data/table.ts
function findColumn(table, name) {
  return table.columns.find((c) => c.name === name);
}
function columnNames(table) {
  return [...table.columns.map((c) => c.name), ...table.featureMatrix?.columns ?? []];
}
function describeRow(table, row) {
  const line = table.rowLines?.[row];
  return line !== void 0 ? `${table.source}:${line}` : `${table.source}, row ${row + 1}`;
}

export {
  findColumn,
  columnNames,
  describeRow
};
