import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);

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
