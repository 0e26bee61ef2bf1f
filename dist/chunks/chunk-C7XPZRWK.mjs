import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  didYouMean,
  readConfigFile
} from "./chunk-43IUD2SB.mjs";
import {
  configError,
  parseYamlConfigLazily
} from "./chunk-3S52KM2R.mjs";

// shared/validate/schema/schema-format-validator.ts
var validate = validate0;
var schema0 = { "type": "object", "additionalProperties": false, "required": ["columns"], "properties": { "version": { "const": 1 }, "columns": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "enum": ["numeric", "integer", "categorical", "text", "boolean"] }, "nullable": { "type": "boolean" }, "max_missing": { "type": "number", "minimum": 0, "maximum": 1 }, "required": { "type": "boolean" }, "min": { "anyOf": [{ "type": "number" }, { "type": "object", "properties": { "value": { "type": "number" }, "mostly": { "type": "number", "minimum": 0, "maximum": 1 } }, "required": ["value"], "additionalProperties": false }] }, "max": { "anyOf": [{ "type": "number" }, { "type": "object", "properties": { "value": { "type": "number" }, "mostly": { "type": "number", "minimum": 0, "maximum": 1 } }, "required": ["value"], "additionalProperties": false }] }, "allowed_values": { "anyOf": [{ "type": "array", "items": { "type": ["string", "number", "boolean"] }, "minItems": 1 }, { "type": "object", "properties": { "value": { "type": "array", "items": { "type": ["string", "number", "boolean"] }, "minItems": 1 }, "mostly": { "type": "number", "minimum": 0, "maximum": 1 } }, "required": ["value"], "additionalProperties": false }] }, "regex": { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "object", "properties": { "value": { "type": "string", "minLength": 1 }, "mostly": { "type": "number", "minimum": 0, "maximum": 1 } }, "required": ["value"], "additionalProperties": false }] }, "unique": { "anyOf": [{ "type": "boolean" }, { "type": "object", "properties": { "value": { "type": "boolean" }, "mostly": { "type": "number", "minimum": 0, "maximum": 1 } }, "required": ["value"], "additionalProperties": false }] }, "mostly": { "type": "number", "minimum": 0, "maximum": 1 }, "drift": { "anyOf": [{ "type": "boolean" }, { "type": "object", "additionalProperties": false, "properties": { "method": { "enum": ["ks", "chisquare", "wasserstein", "psi", "jensenshannon"] }, "threshold": { "type": "number", "minimum": 0 } } }] } } } }, "dataset": { "type": "object", "additionalProperties": false, "properties": { "rows": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "min": { "type": "integer", "minimum": 0 }, "max": { "type": "integer", "minimum": 0 } } }, "duplicate_rows": { "type": "object", "additionalProperties": false, "required": ["max_share"], "properties": { "max_share": { "type": "number", "minimum": 0, "maximum": 1 } } }, "target": { "type": "string", "minLength": 1 }, "label_balance": { "type": "object", "additionalProperties": false, "required": ["min_share"], "properties": { "min_share": { "type": "number", "minimum": 0, "maximum": 1 } } }, "drift_share": { "type": "number", "minimum": 0, "maximum": 1 }, "extra_columns": { "enum": ["allow", "fail"] } } } } };
var func0 = Object.prototype.hasOwnProperty;
var func1 = (text) => [...text].length;
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.columns === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "columns" }, message: "must have required property 'columns'", schema: schema0.required, parentSchema: schema0, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "columns" || key0 === "dataset")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (1 !== data0) {
        const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema0.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.columns !== void 0) {
      let data1 = data.columns;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          let data2 = data1[key1];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.type === void 0) {
              const err3 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/columns/additionalProperties/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema0.properties.columns.additionalProperties.required, parentSchema: schema0.properties.columns.additionalProperties, data: data2 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            for (const key2 in data2) {
              if (!func0.call(schema0.properties.columns.additionalProperties.properties, key2)) {
                const err4 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/columns/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.columns.additionalProperties, data: data2 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data2.type !== void 0) {
              let data3 = data2.type;
              if (!(data3 === "numeric" || data3 === "integer" || data3 === "categorical" || data3 === "text" || data3 === "boolean")) {
                const err5 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/properties/columns/additionalProperties/properties/type/enum", keyword: "enum", params: { allowedValues: schema0.properties.columns.additionalProperties.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.columns.additionalProperties.properties.type.enum, parentSchema: schema0.properties.columns.additionalProperties.properties.type, data: data3 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data2.nullable !== void 0) {
              let data4 = data2.nullable;
              if (typeof data4 !== "boolean") {
                const err6 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/nullable", schemaPath: "#/properties/columns/additionalProperties/properties/nullable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.columns.additionalProperties.properties.nullable.type, parentSchema: schema0.properties.columns.additionalProperties.properties.nullable, data: data4 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data2.max_missing !== void 0) {
              let data5 = data2.max_missing;
              if (typeof data5 == "number" && isFinite(data5)) {
                if (data5 > 1 || isNaN(data5)) {
                  const err7 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_missing", schemaPath: "#/properties/columns/additionalProperties/properties/max_missing/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema0.properties.columns.additionalProperties.properties.max_missing, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
                if (data5 < 0 || isNaN(data5)) {
                  const err8 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_missing", schemaPath: "#/properties/columns/additionalProperties/properties/max_missing/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.properties.columns.additionalProperties.properties.max_missing, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              } else {
                const err9 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_missing", schemaPath: "#/properties/columns/additionalProperties/properties/max_missing/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.columns.additionalProperties.properties.max_missing.type, parentSchema: schema0.properties.columns.additionalProperties.properties.max_missing, data: data5 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data2.required !== void 0) {
              let data6 = data2.required;
              if (typeof data6 !== "boolean") {
                const err10 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/required", schemaPath: "#/properties/columns/additionalProperties/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.columns.additionalProperties.properties.required.type, parentSchema: schema0.properties.columns.additionalProperties.properties.required, data: data6 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data2.min !== void 0) {
              let data7 = data2.min;
              const _errs17 = errors;
              let valid3 = false;
              const _errs18 = errors;
              if (!(typeof data7 == "number" && isFinite(data7))) {
                const err11 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/properties/columns/additionalProperties/properties/min/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.columns.additionalProperties.properties.min.anyOf[0].type, parentSchema: schema0.properties.columns.additionalProperties.properties.min.anyOf[0], data: data7 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
              var _valid0 = _errs18 === errors;
              valid3 = valid3 || _valid0;
              if (!valid3) {
                const _errs20 = errors;
                if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                  if (data7.value === void 0) {
                    const err12 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/properties/columns/additionalProperties/properties/min/anyOf/1/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema0.properties.columns.additionalProperties.properties.min.anyOf[1].required, parentSchema: schema0.properties.columns.additionalProperties.properties.min.anyOf[1], data: data7 };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                  for (const key3 in data7) {
                    if (!(key3 === "value" || key3 === "mostly")) {
                      const err13 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/properties/columns/additionalProperties/properties/min/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.columns.additionalProperties.properties.min.anyOf[1], data: data7 };
                      if (vErrors === null) {
                        vErrors = [err13];
                      } else {
                        vErrors.push(err13);
                      }
                      errors++;
                    }
                  }
                  if (data7.value !== void 0) {
                    let data8 = data7.value;
                    if (!(typeof data8 == "number" && isFinite(data8))) {
                      const err14 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/min/value", schemaPath: "#/properties/columns/additionalProperties/properties/min/anyOf/1/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.columns.additionalProperties.properties.min.anyOf[1].properties.value.type, parentSchema: schema0.properties.columns.additionalProperties.properties.min.anyOf[1].properties.value, data: data8 };
                      if (vErrors === null) {
                        vErrors = [err14];
                      } else {
                        vErrors.push(err14);
                      }
                      errors++;
                    }
                  }
                  if (data7.mostly !== void 0) {
                    let data9 = data7.mostly;
                    if (typeof data9 == "number" && isFinite(data9)) {
                      if (data9 > 1 || isNaN(data9)) {
                        const err15 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/min/mostly", schemaPath: "#/properties/columns/additionalProperties/properties/min/anyOf/1/properties/mostly/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema0.properties.columns.additionalProperties.properties.min.anyOf[1].properties.mostly, data: data9 };
                        if (vErrors === null) {
                          vErrors = [err15];
                        } else {
                          vErrors.push(err15);
                        }
                        errors++;
                      }
                      if (data9 < 0 || isNaN(data9)) {
                        const err16 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/min/mostly", schemaPath: "#/properties/columns/additionalProperties/properties/min/anyOf/1/properties/mostly/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.properties.columns.additionalProperties.properties.min.anyOf[1].properties.mostly, data: data9 };
                        if (vErrors === null) {
                          vErrors = [err16];
                        } else {
                          vErrors.push(err16);
                        }
                        errors++;
                      }
                    } else {
                      const err17 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/min/mostly", schemaPath: "#/properties/columns/additionalProperties/properties/min/anyOf/1/properties/mostly/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.columns.additionalProperties.properties.min.anyOf[1].properties.mostly.type, parentSchema: schema0.properties.columns.additionalProperties.properties.min.anyOf[1].properties.mostly, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err18 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/properties/columns/additionalProperties/properties/min/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.columns.additionalProperties.properties.min.anyOf[1].type, parentSchema: schema0.properties.columns.additionalProperties.properties.min.anyOf[1], data: data7 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
                var _valid0 = _errs20 === errors;
                valid3 = valid3 || _valid0;
              }
              if (!valid3) {
                const err19 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/properties/columns/additionalProperties/properties/min/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.columns.additionalProperties.properties.min.anyOf, parentSchema: schema0.properties.columns.additionalProperties.properties.min, data: data7 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              } else {
                errors = _errs17;
                if (vErrors !== null) {
                  if (_errs17) {
                    vErrors.length = _errs17;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data2.max !== void 0) {
              let data10 = data2.max;
              const _errs28 = errors;
              let valid5 = false;
              const _errs29 = errors;
              if (!(typeof data10 == "number" && isFinite(data10))) {
                const err20 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/properties/columns/additionalProperties/properties/max/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.columns.additionalProperties.properties.max.anyOf[0].type, parentSchema: schema0.properties.columns.additionalProperties.properties.max.anyOf[0], data: data10 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              var _valid1 = _errs29 === errors;
              valid5 = valid5 || _valid1;
              if (!valid5) {
                const _errs31 = errors;
                if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                  if (data10.value === void 0) {
                    const err21 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/properties/columns/additionalProperties/properties/max/anyOf/1/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema0.properties.columns.additionalProperties.properties.max.anyOf[1].required, parentSchema: schema0.properties.columns.additionalProperties.properties.max.anyOf[1], data: data10 };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                  for (const key4 in data10) {
                    if (!(key4 === "value" || key4 === "mostly")) {
                      const err22 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/properties/columns/additionalProperties/properties/max/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.columns.additionalProperties.properties.max.anyOf[1], data: data10 };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                  }
                  if (data10.value !== void 0) {
                    let data11 = data10.value;
                    if (!(typeof data11 == "number" && isFinite(data11))) {
                      const err23 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max/value", schemaPath: "#/properties/columns/additionalProperties/properties/max/anyOf/1/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.columns.additionalProperties.properties.max.anyOf[1].properties.value.type, parentSchema: schema0.properties.columns.additionalProperties.properties.max.anyOf[1].properties.value, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                  }
                  if (data10.mostly !== void 0) {
                    let data12 = data10.mostly;
                    if (typeof data12 == "number" && isFinite(data12)) {
                      if (data12 > 1 || isNaN(data12)) {
                        const err24 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max/mostly", schemaPath: "#/properties/columns/additionalProperties/properties/max/anyOf/1/properties/mostly/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema0.properties.columns.additionalProperties.properties.max.anyOf[1].properties.mostly, data: data12 };
                        if (vErrors === null) {
                          vErrors = [err24];
                        } else {
                          vErrors.push(err24);
                        }
                        errors++;
                      }
                      if (data12 < 0 || isNaN(data12)) {
                        const err25 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max/mostly", schemaPath: "#/properties/columns/additionalProperties/properties/max/anyOf/1/properties/mostly/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.properties.columns.additionalProperties.properties.max.anyOf[1].properties.mostly, data: data12 };
                        if (vErrors === null) {
                          vErrors = [err25];
                        } else {
                          vErrors.push(err25);
                        }
                        errors++;
                      }
                    } else {
                      const err26 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max/mostly", schemaPath: "#/properties/columns/additionalProperties/properties/max/anyOf/1/properties/mostly/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.columns.additionalProperties.properties.max.anyOf[1].properties.mostly.type, parentSchema: schema0.properties.columns.additionalProperties.properties.max.anyOf[1].properties.mostly, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err27 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/properties/columns/additionalProperties/properties/max/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.columns.additionalProperties.properties.max.anyOf[1].type, parentSchema: schema0.properties.columns.additionalProperties.properties.max.anyOf[1], data: data10 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                var _valid1 = _errs31 === errors;
                valid5 = valid5 || _valid1;
              }
              if (!valid5) {
                const err28 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/properties/columns/additionalProperties/properties/max/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.columns.additionalProperties.properties.max.anyOf, parentSchema: schema0.properties.columns.additionalProperties.properties.max, data: data10 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              } else {
                errors = _errs28;
                if (vErrors !== null) {
                  if (_errs28) {
                    vErrors.length = _errs28;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data2.allowed_values !== void 0) {
              let data13 = data2.allowed_values;
              const _errs39 = errors;
              let valid7 = false;
              const _errs40 = errors;
              if (Array.isArray(data13)) {
                if (data13.length < 1) {
                  const err29 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed_values", schemaPath: "#/properties/columns/additionalProperties/properties/allowed_values/anyOf/0/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.columns.additionalProperties.properties.allowed_values.anyOf[0], data: data13 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                const len0 = data13.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data14 = data13[i0];
                  if (typeof data14 !== "string" && !(typeof data14 == "number" && isFinite(data14)) && typeof data14 !== "boolean") {
                    const err30 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed_values/" + i0, schemaPath: "#/properties/columns/additionalProperties/properties/allowed_values/anyOf/0/items/type", keyword: "type", params: { type: schema0.properties.columns.additionalProperties.properties.allowed_values.anyOf[0].items.type }, message: "must be string,number,boolean", schema: schema0.properties.columns.additionalProperties.properties.allowed_values.anyOf[0].items.type, parentSchema: schema0.properties.columns.additionalProperties.properties.allowed_values.anyOf[0].items, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
              } else {
                const err31 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed_values", schemaPath: "#/properties/columns/additionalProperties/properties/allowed_values/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.columns.additionalProperties.properties.allowed_values.anyOf[0].type, parentSchema: schema0.properties.columns.additionalProperties.properties.allowed_values.anyOf[0], data: data13 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              var _valid2 = _errs40 === errors;
              valid7 = valid7 || _valid2;
              if (!valid7) {
                const _errs44 = errors;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                  if (data13.value === void 0) {
                    const err32 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed_values", schemaPath: "#/properties/columns/additionalProperties/properties/allowed_values/anyOf/1/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema0.properties.columns.additionalProperties.properties.allowed_values.anyOf[1].required, parentSchema: schema0.properties.columns.additionalProperties.properties.allowed_values.anyOf[1], data: data13 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                  for (const key5 in data13) {
                    if (!(key5 === "value" || key5 === "mostly")) {
                      const err33 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed_values", schemaPath: "#/properties/columns/additionalProperties/properties/allowed_values/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.columns.additionalProperties.properties.allowed_values.anyOf[1], data: data13 };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                  }
                  if (data13.value !== void 0) {
                    let data15 = data13.value;
                    if (Array.isArray(data15)) {
                      if (data15.length < 1) {
                        const err34 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed_values/value", schemaPath: "#/properties/columns/additionalProperties/properties/allowed_values/anyOf/1/properties/value/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.columns.additionalProperties.properties.allowed_values.anyOf[1].properties.value, data: data15 };
                        if (vErrors === null) {
                          vErrors = [err34];
                        } else {
                          vErrors.push(err34);
                        }
                        errors++;
                      }
                      const len1 = data15.length;
                      for (let i1 = 0; i1 < len1; i1++) {
                        let data16 = data15[i1];
                        if (typeof data16 !== "string" && !(typeof data16 == "number" && isFinite(data16)) && typeof data16 !== "boolean") {
                          const err35 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed_values/value/" + i1, schemaPath: "#/properties/columns/additionalProperties/properties/allowed_values/anyOf/1/properties/value/items/type", keyword: "type", params: { type: schema0.properties.columns.additionalProperties.properties.allowed_values.anyOf[1].properties.value.items.type }, message: "must be string,number,boolean", schema: schema0.properties.columns.additionalProperties.properties.allowed_values.anyOf[1].properties.value.items.type, parentSchema: schema0.properties.columns.additionalProperties.properties.allowed_values.anyOf[1].properties.value.items, data: data16 };
                          if (vErrors === null) {
                            vErrors = [err35];
                          } else {
                            vErrors.push(err35);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err36 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed_values/value", schemaPath: "#/properties/columns/additionalProperties/properties/allowed_values/anyOf/1/properties/value/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.columns.additionalProperties.properties.allowed_values.anyOf[1].properties.value.type, parentSchema: schema0.properties.columns.additionalProperties.properties.allowed_values.anyOf[1].properties.value, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                  }
                  if (data13.mostly !== void 0) {
                    let data17 = data13.mostly;
                    if (typeof data17 == "number" && isFinite(data17)) {
                      if (data17 > 1 || isNaN(data17)) {
                        const err37 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed_values/mostly", schemaPath: "#/properties/columns/additionalProperties/properties/allowed_values/anyOf/1/properties/mostly/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema0.properties.columns.additionalProperties.properties.allowed_values.anyOf[1].properties.mostly, data: data17 };
                        if (vErrors === null) {
                          vErrors = [err37];
                        } else {
                          vErrors.push(err37);
                        }
                        errors++;
                      }
                      if (data17 < 0 || isNaN(data17)) {
                        const err38 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed_values/mostly", schemaPath: "#/properties/columns/additionalProperties/properties/allowed_values/anyOf/1/properties/mostly/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.properties.columns.additionalProperties.properties.allowed_values.anyOf[1].properties.mostly, data: data17 };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                    } else {
                      const err39 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed_values/mostly", schemaPath: "#/properties/columns/additionalProperties/properties/allowed_values/anyOf/1/properties/mostly/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.columns.additionalProperties.properties.allowed_values.anyOf[1].properties.mostly.type, parentSchema: schema0.properties.columns.additionalProperties.properties.allowed_values.anyOf[1].properties.mostly, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err39];
                      } else {
                        vErrors.push(err39);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err40 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed_values", schemaPath: "#/properties/columns/additionalProperties/properties/allowed_values/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.columns.additionalProperties.properties.allowed_values.anyOf[1].type, parentSchema: schema0.properties.columns.additionalProperties.properties.allowed_values.anyOf[1], data: data13 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                var _valid2 = _errs44 === errors;
                valid7 = valid7 || _valid2;
              }
              if (!valid7) {
                const err41 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed_values", schemaPath: "#/properties/columns/additionalProperties/properties/allowed_values/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.columns.additionalProperties.properties.allowed_values.anyOf, parentSchema: schema0.properties.columns.additionalProperties.properties.allowed_values, data: data13 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              } else {
                errors = _errs39;
                if (vErrors !== null) {
                  if (_errs39) {
                    vErrors.length = _errs39;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data2.regex !== void 0) {
              let data18 = data2.regex;
              const _errs54 = errors;
              let valid13 = false;
              const _errs55 = errors;
              if (typeof data18 === "string") {
                if (func1(data18) < 1) {
                  const err42 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/regex", schemaPath: "#/properties/columns/additionalProperties/properties/regex/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.columns.additionalProperties.properties.regex.anyOf[0], data: data18 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              } else {
                const err43 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/regex", schemaPath: "#/properties/columns/additionalProperties/properties/regex/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.columns.additionalProperties.properties.regex.anyOf[0].type, parentSchema: schema0.properties.columns.additionalProperties.properties.regex.anyOf[0], data: data18 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
              var _valid3 = _errs55 === errors;
              valid13 = valid13 || _valid3;
              if (!valid13) {
                const _errs57 = errors;
                if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                  if (data18.value === void 0) {
                    const err44 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/regex", schemaPath: "#/properties/columns/additionalProperties/properties/regex/anyOf/1/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema0.properties.columns.additionalProperties.properties.regex.anyOf[1].required, parentSchema: schema0.properties.columns.additionalProperties.properties.regex.anyOf[1], data: data18 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                  for (const key6 in data18) {
                    if (!(key6 === "value" || key6 === "mostly")) {
                      const err45 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/regex", schemaPath: "#/properties/columns/additionalProperties/properties/regex/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.columns.additionalProperties.properties.regex.anyOf[1], data: data18 };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  }
                  if (data18.value !== void 0) {
                    let data19 = data18.value;
                    if (typeof data19 === "string") {
                      if (func1(data19) < 1) {
                        const err46 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/regex/value", schemaPath: "#/properties/columns/additionalProperties/properties/regex/anyOf/1/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.columns.additionalProperties.properties.regex.anyOf[1].properties.value, data: data19 };
                        if (vErrors === null) {
                          vErrors = [err46];
                        } else {
                          vErrors.push(err46);
                        }
                        errors++;
                      }
                    } else {
                      const err47 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/regex/value", schemaPath: "#/properties/columns/additionalProperties/properties/regex/anyOf/1/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.columns.additionalProperties.properties.regex.anyOf[1].properties.value.type, parentSchema: schema0.properties.columns.additionalProperties.properties.regex.anyOf[1].properties.value, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                  }
                  if (data18.mostly !== void 0) {
                    let data20 = data18.mostly;
                    if (typeof data20 == "number" && isFinite(data20)) {
                      if (data20 > 1 || isNaN(data20)) {
                        const err48 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/regex/mostly", schemaPath: "#/properties/columns/additionalProperties/properties/regex/anyOf/1/properties/mostly/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema0.properties.columns.additionalProperties.properties.regex.anyOf[1].properties.mostly, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err48];
                        } else {
                          vErrors.push(err48);
                        }
                        errors++;
                      }
                      if (data20 < 0 || isNaN(data20)) {
                        const err49 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/regex/mostly", schemaPath: "#/properties/columns/additionalProperties/properties/regex/anyOf/1/properties/mostly/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.properties.columns.additionalProperties.properties.regex.anyOf[1].properties.mostly, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err49];
                        } else {
                          vErrors.push(err49);
                        }
                        errors++;
                      }
                    } else {
                      const err50 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/regex/mostly", schemaPath: "#/properties/columns/additionalProperties/properties/regex/anyOf/1/properties/mostly/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.columns.additionalProperties.properties.regex.anyOf[1].properties.mostly.type, parentSchema: schema0.properties.columns.additionalProperties.properties.regex.anyOf[1].properties.mostly, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err51 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/regex", schemaPath: "#/properties/columns/additionalProperties/properties/regex/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.columns.additionalProperties.properties.regex.anyOf[1].type, parentSchema: schema0.properties.columns.additionalProperties.properties.regex.anyOf[1], data: data18 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                var _valid3 = _errs57 === errors;
                valid13 = valid13 || _valid3;
              }
              if (!valid13) {
                const err52 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/regex", schemaPath: "#/properties/columns/additionalProperties/properties/regex/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.columns.additionalProperties.properties.regex.anyOf, parentSchema: schema0.properties.columns.additionalProperties.properties.regex, data: data18 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              } else {
                errors = _errs54;
                if (vErrors !== null) {
                  if (_errs54) {
                    vErrors.length = _errs54;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data2.unique !== void 0) {
              let data21 = data2.unique;
              const _errs65 = errors;
              let valid15 = false;
              const _errs66 = errors;
              if (typeof data21 !== "boolean") {
                const err53 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/unique", schemaPath: "#/properties/columns/additionalProperties/properties/unique/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.columns.additionalProperties.properties.unique.anyOf[0].type, parentSchema: schema0.properties.columns.additionalProperties.properties.unique.anyOf[0], data: data21 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
              var _valid4 = _errs66 === errors;
              valid15 = valid15 || _valid4;
              if (!valid15) {
                const _errs68 = errors;
                if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                  if (data21.value === void 0) {
                    const err54 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/unique", schemaPath: "#/properties/columns/additionalProperties/properties/unique/anyOf/1/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema0.properties.columns.additionalProperties.properties.unique.anyOf[1].required, parentSchema: schema0.properties.columns.additionalProperties.properties.unique.anyOf[1], data: data21 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                  for (const key7 in data21) {
                    if (!(key7 === "value" || key7 === "mostly")) {
                      const err55 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/unique", schemaPath: "#/properties/columns/additionalProperties/properties/unique/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.columns.additionalProperties.properties.unique.anyOf[1], data: data21 };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                  }
                  if (data21.value !== void 0) {
                    let data22 = data21.value;
                    if (typeof data22 !== "boolean") {
                      const err56 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/unique/value", schemaPath: "#/properties/columns/additionalProperties/properties/unique/anyOf/1/properties/value/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.columns.additionalProperties.properties.unique.anyOf[1].properties.value.type, parentSchema: schema0.properties.columns.additionalProperties.properties.unique.anyOf[1].properties.value, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                  }
                  if (data21.mostly !== void 0) {
                    let data23 = data21.mostly;
                    if (typeof data23 == "number" && isFinite(data23)) {
                      if (data23 > 1 || isNaN(data23)) {
                        const err57 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/unique/mostly", schemaPath: "#/properties/columns/additionalProperties/properties/unique/anyOf/1/properties/mostly/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema0.properties.columns.additionalProperties.properties.unique.anyOf[1].properties.mostly, data: data23 };
                        if (vErrors === null) {
                          vErrors = [err57];
                        } else {
                          vErrors.push(err57);
                        }
                        errors++;
                      }
                      if (data23 < 0 || isNaN(data23)) {
                        const err58 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/unique/mostly", schemaPath: "#/properties/columns/additionalProperties/properties/unique/anyOf/1/properties/mostly/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.properties.columns.additionalProperties.properties.unique.anyOf[1].properties.mostly, data: data23 };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                    } else {
                      const err59 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/unique/mostly", schemaPath: "#/properties/columns/additionalProperties/properties/unique/anyOf/1/properties/mostly/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.columns.additionalProperties.properties.unique.anyOf[1].properties.mostly.type, parentSchema: schema0.properties.columns.additionalProperties.properties.unique.anyOf[1].properties.mostly, data: data23 };
                      if (vErrors === null) {
                        vErrors = [err59];
                      } else {
                        vErrors.push(err59);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err60 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/unique", schemaPath: "#/properties/columns/additionalProperties/properties/unique/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.columns.additionalProperties.properties.unique.anyOf[1].type, parentSchema: schema0.properties.columns.additionalProperties.properties.unique.anyOf[1], data: data21 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
                var _valid4 = _errs68 === errors;
                valid15 = valid15 || _valid4;
              }
              if (!valid15) {
                const err61 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/unique", schemaPath: "#/properties/columns/additionalProperties/properties/unique/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.columns.additionalProperties.properties.unique.anyOf, parentSchema: schema0.properties.columns.additionalProperties.properties.unique, data: data21 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              } else {
                errors = _errs65;
                if (vErrors !== null) {
                  if (_errs65) {
                    vErrors.length = _errs65;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data2.mostly !== void 0) {
              let data24 = data2.mostly;
              if (typeof data24 == "number" && isFinite(data24)) {
                if (data24 > 1 || isNaN(data24)) {
                  const err62 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/mostly", schemaPath: "#/properties/columns/additionalProperties/properties/mostly/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema0.properties.columns.additionalProperties.properties.mostly, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                if (data24 < 0 || isNaN(data24)) {
                  const err63 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/mostly", schemaPath: "#/properties/columns/additionalProperties/properties/mostly/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.properties.columns.additionalProperties.properties.mostly, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
              } else {
                const err64 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/mostly", schemaPath: "#/properties/columns/additionalProperties/properties/mostly/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.columns.additionalProperties.properties.mostly.type, parentSchema: schema0.properties.columns.additionalProperties.properties.mostly, data: data24 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data2.drift !== void 0) {
              let data25 = data2.drift;
              const _errs78 = errors;
              let valid17 = false;
              const _errs79 = errors;
              if (typeof data25 !== "boolean") {
                const err65 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/drift", schemaPath: "#/properties/columns/additionalProperties/properties/drift/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.columns.additionalProperties.properties.drift.anyOf[0].type, parentSchema: schema0.properties.columns.additionalProperties.properties.drift.anyOf[0], data: data25 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
              var _valid5 = _errs79 === errors;
              valid17 = valid17 || _valid5;
              if (!valid17) {
                const _errs81 = errors;
                if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                  for (const key8 in data25) {
                    if (!(key8 === "method" || key8 === "threshold")) {
                      const err66 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/drift", schemaPath: "#/properties/columns/additionalProperties/properties/drift/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.columns.additionalProperties.properties.drift.anyOf[1], data: data25 };
                      if (vErrors === null) {
                        vErrors = [err66];
                      } else {
                        vErrors.push(err66);
                      }
                      errors++;
                    }
                  }
                  if (data25.method !== void 0) {
                    let data26 = data25.method;
                    if (!(data26 === "ks" || data26 === "chisquare" || data26 === "wasserstein" || data26 === "psi" || data26 === "jensenshannon")) {
                      const err67 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/drift/method", schemaPath: "#/properties/columns/additionalProperties/properties/drift/anyOf/1/properties/method/enum", keyword: "enum", params: { allowedValues: schema0.properties.columns.additionalProperties.properties.drift.anyOf[1].properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.columns.additionalProperties.properties.drift.anyOf[1].properties.method.enum, parentSchema: schema0.properties.columns.additionalProperties.properties.drift.anyOf[1].properties.method, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                  }
                  if (data25.threshold !== void 0) {
                    let data27 = data25.threshold;
                    if (typeof data27 == "number" && isFinite(data27)) {
                      if (data27 < 0 || isNaN(data27)) {
                        const err68 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/drift/threshold", schemaPath: "#/properties/columns/additionalProperties/properties/drift/anyOf/1/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.properties.columns.additionalProperties.properties.drift.anyOf[1].properties.threshold, data: data27 };
                        if (vErrors === null) {
                          vErrors = [err68];
                        } else {
                          vErrors.push(err68);
                        }
                        errors++;
                      }
                    } else {
                      const err69 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/drift/threshold", schemaPath: "#/properties/columns/additionalProperties/properties/drift/anyOf/1/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.columns.additionalProperties.properties.drift.anyOf[1].properties.threshold.type, parentSchema: schema0.properties.columns.additionalProperties.properties.drift.anyOf[1].properties.threshold, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err70 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/drift", schemaPath: "#/properties/columns/additionalProperties/properties/drift/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.columns.additionalProperties.properties.drift.anyOf[1].type, parentSchema: schema0.properties.columns.additionalProperties.properties.drift.anyOf[1], data: data25 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
                var _valid5 = _errs81 === errors;
                valid17 = valid17 || _valid5;
              }
              if (!valid17) {
                const err71 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/drift", schemaPath: "#/properties/columns/additionalProperties/properties/drift/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.columns.additionalProperties.properties.drift.anyOf, parentSchema: schema0.properties.columns.additionalProperties.properties.drift, data: data25 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              } else {
                errors = _errs78;
                if (vErrors !== null) {
                  if (_errs78) {
                    vErrors.length = _errs78;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err72 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/columns/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.columns.additionalProperties.type, parentSchema: schema0.properties.columns.additionalProperties, data: data2 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
      } else {
        const err73 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.columns.type, parentSchema: schema0.properties.columns, data: data1 };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.dataset !== void 0) {
      let data28 = data.dataset;
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
        for (const key9 in data28) {
          if (!(key9 === "rows" || key9 === "duplicate_rows" || key9 === "target" || key9 === "label_balance" || key9 === "drift_share" || key9 === "extra_columns")) {
            const err74 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.dataset, data: data28 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data28.rows !== void 0) {
          let data29 = data28.rows;
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            if (Object.keys(data29).length < 1) {
              const err75 = { instancePath: instancePath + "/dataset/rows", schemaPath: "#/properties/dataset/properties/rows/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema0.properties.dataset.properties.rows, data: data29 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
            for (const key10 in data29) {
              if (!(key10 === "min" || key10 === "max")) {
                const err76 = { instancePath: instancePath + "/dataset/rows", schemaPath: "#/properties/dataset/properties/rows/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.dataset.properties.rows, data: data29 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data29.min !== void 0) {
              let data30 = data29.min;
              if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)) && isFinite(data30))) {
                const err77 = { instancePath: instancePath + "/dataset/rows/min", schemaPath: "#/properties/dataset/properties/rows/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.dataset.properties.rows.properties.min.type, parentSchema: schema0.properties.dataset.properties.rows.properties.min, data: data30 };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
              if (typeof data30 == "number" && isFinite(data30)) {
                if (data30 < 0 || isNaN(data30)) {
                  const err78 = { instancePath: instancePath + "/dataset/rows/min", schemaPath: "#/properties/dataset/properties/rows/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.properties.dataset.properties.rows.properties.min, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
              }
            }
            if (data29.max !== void 0) {
              let data31 = data29.max;
              if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
                const err79 = { instancePath: instancePath + "/dataset/rows/max", schemaPath: "#/properties/dataset/properties/rows/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.dataset.properties.rows.properties.max.type, parentSchema: schema0.properties.dataset.properties.rows.properties.max, data: data31 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
              if (typeof data31 == "number" && isFinite(data31)) {
                if (data31 < 0 || isNaN(data31)) {
                  const err80 = { instancePath: instancePath + "/dataset/rows/max", schemaPath: "#/properties/dataset/properties/rows/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.properties.dataset.properties.rows.properties.max, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err81 = { instancePath: instancePath + "/dataset/rows", schemaPath: "#/properties/dataset/properties/rows/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.dataset.properties.rows.type, parentSchema: schema0.properties.dataset.properties.rows, data: data29 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data28.duplicate_rows !== void 0) {
          let data32 = data28.duplicate_rows;
          if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
            if (data32.max_share === void 0) {
              const err82 = { instancePath: instancePath + "/dataset/duplicate_rows", schemaPath: "#/properties/dataset/properties/duplicate_rows/required", keyword: "required", params: { missingProperty: "max_share" }, message: "must have required property 'max_share'", schema: schema0.properties.dataset.properties.duplicate_rows.required, parentSchema: schema0.properties.dataset.properties.duplicate_rows, data: data32 };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
            for (const key11 in data32) {
              if (!(key11 === "max_share")) {
                const err83 = { instancePath: instancePath + "/dataset/duplicate_rows", schemaPath: "#/properties/dataset/properties/duplicate_rows/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.dataset.properties.duplicate_rows, data: data32 };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data32.max_share !== void 0) {
              let data33 = data32.max_share;
              if (typeof data33 == "number" && isFinite(data33)) {
                if (data33 > 1 || isNaN(data33)) {
                  const err84 = { instancePath: instancePath + "/dataset/duplicate_rows/max_share", schemaPath: "#/properties/dataset/properties/duplicate_rows/properties/max_share/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema0.properties.dataset.properties.duplicate_rows.properties.max_share, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
                if (data33 < 0 || isNaN(data33)) {
                  const err85 = { instancePath: instancePath + "/dataset/duplicate_rows/max_share", schemaPath: "#/properties/dataset/properties/duplicate_rows/properties/max_share/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.properties.dataset.properties.duplicate_rows.properties.max_share, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
              } else {
                const err86 = { instancePath: instancePath + "/dataset/duplicate_rows/max_share", schemaPath: "#/properties/dataset/properties/duplicate_rows/properties/max_share/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.dataset.properties.duplicate_rows.properties.max_share.type, parentSchema: schema0.properties.dataset.properties.duplicate_rows.properties.max_share, data: data33 };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
          } else {
            const err87 = { instancePath: instancePath + "/dataset/duplicate_rows", schemaPath: "#/properties/dataset/properties/duplicate_rows/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.dataset.properties.duplicate_rows.type, parentSchema: schema0.properties.dataset.properties.duplicate_rows, data: data32 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data28.target !== void 0) {
          let data34 = data28.target;
          if (typeof data34 === "string") {
            if (func1(data34) < 1) {
              const err88 = { instancePath: instancePath + "/dataset/target", schemaPath: "#/properties/dataset/properties/target/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.dataset.properties.target, data: data34 };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
          } else {
            const err89 = { instancePath: instancePath + "/dataset/target", schemaPath: "#/properties/dataset/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.dataset.properties.target.type, parentSchema: schema0.properties.dataset.properties.target, data: data34 };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
        }
        if (data28.label_balance !== void 0) {
          let data35 = data28.label_balance;
          if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
            if (data35.min_share === void 0) {
              const err90 = { instancePath: instancePath + "/dataset/label_balance", schemaPath: "#/properties/dataset/properties/label_balance/required", keyword: "required", params: { missingProperty: "min_share" }, message: "must have required property 'min_share'", schema: schema0.properties.dataset.properties.label_balance.required, parentSchema: schema0.properties.dataset.properties.label_balance, data: data35 };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
            for (const key12 in data35) {
              if (!(key12 === "min_share")) {
                const err91 = { instancePath: instancePath + "/dataset/label_balance", schemaPath: "#/properties/dataset/properties/label_balance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.dataset.properties.label_balance, data: data35 };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
            if (data35.min_share !== void 0) {
              let data36 = data35.min_share;
              if (typeof data36 == "number" && isFinite(data36)) {
                if (data36 > 1 || isNaN(data36)) {
                  const err92 = { instancePath: instancePath + "/dataset/label_balance/min_share", schemaPath: "#/properties/dataset/properties/label_balance/properties/min_share/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema0.properties.dataset.properties.label_balance.properties.min_share, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
                if (data36 < 0 || isNaN(data36)) {
                  const err93 = { instancePath: instancePath + "/dataset/label_balance/min_share", schemaPath: "#/properties/dataset/properties/label_balance/properties/min_share/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.properties.dataset.properties.label_balance.properties.min_share, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              } else {
                const err94 = { instancePath: instancePath + "/dataset/label_balance/min_share", schemaPath: "#/properties/dataset/properties/label_balance/properties/min_share/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.dataset.properties.label_balance.properties.min_share.type, parentSchema: schema0.properties.dataset.properties.label_balance.properties.min_share, data: data36 };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
          } else {
            const err95 = { instancePath: instancePath + "/dataset/label_balance", schemaPath: "#/properties/dataset/properties/label_balance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.dataset.properties.label_balance.type, parentSchema: schema0.properties.dataset.properties.label_balance, data: data35 };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
        if (data28.drift_share !== void 0) {
          let data37 = data28.drift_share;
          if (typeof data37 == "number" && isFinite(data37)) {
            if (data37 > 1 || isNaN(data37)) {
              const err96 = { instancePath: instancePath + "/dataset/drift_share", schemaPath: "#/properties/dataset/properties/drift_share/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema0.properties.dataset.properties.drift_share, data: data37 };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
            if (data37 < 0 || isNaN(data37)) {
              const err97 = { instancePath: instancePath + "/dataset/drift_share", schemaPath: "#/properties/dataset/properties/drift_share/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.properties.dataset.properties.drift_share, data: data37 };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
          } else {
            const err98 = { instancePath: instancePath + "/dataset/drift_share", schemaPath: "#/properties/dataset/properties/drift_share/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.dataset.properties.drift_share.type, parentSchema: schema0.properties.dataset.properties.drift_share, data: data37 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
        if (data28.extra_columns !== void 0) {
          let data38 = data28.extra_columns;
          if (!(data38 === "allow" || data38 === "fail")) {
            const err99 = { instancePath: instancePath + "/dataset/extra_columns", schemaPath: "#/properties/dataset/properties/extra_columns/enum", keyword: "enum", params: { allowedValues: schema0.properties.dataset.properties.extra_columns.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.dataset.properties.extra_columns.enum, parentSchema: schema0.properties.dataset.properties.extra_columns, data: data38 };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
        }
      } else {
        const err100 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.dataset.type, parentSchema: schema0.properties.dataset, data: data28 };
        if (vErrors === null) {
          vErrors = [err100];
        } else {
          vErrors.push(err100);
        }
        errors++;
      }
    }
  } else {
    const err101 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.type, parentSchema: schema0, data };
    if (vErrors === null) {
      vErrors = [err101];
    } else {
      vErrors.push(err101);
    }
    errors++;
  }
  validate0.errors = vErrors;
  return errors === 0;
}

// shared/validate/schema/schema-errors.ts
var DOCS = "See docs/validate-data.md for the schema format.";
function schemaFormatError(errors, file, locator) {
  const explained = errors.flatMap((e) => explain(e, errors, locator) ?? []);
  explained.sort((a, b) => a.line - b.line);
  const first = explained[0];
  if (!first) return configError(file, 1, "The data schema does not match its format.", DOCS);
  const more = new Set(explained.map((e) => e.line)).size - 1;
  const tail = more > 0 ? ` (The file has ${more} more problem${more === 1 ? "" : "s"} after this one.)` : "";
  return configError(file, first.line, first.what + tail, first.fix);
}
function explain(error, all, locator) {
  const path = error.instancePath ? error.instancePath.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")) : [];
  const name = path.length ? `"${path.join(".")}"` : "the top level";
  const value = JSON.stringify(error.data);
  if (all.some((o) => o.keyword === "anyOf" && o !== error && o.instancePath === error.instancePath && error.schemaPath.startsWith(o.schemaPath))) return void 0;
  if (all.some((o) => o.keyword === "anyOf" && error.instancePath.startsWith(`${o.instancePath}/`) && error.schemaPath.startsWith(o.schemaPath.replace(/anyOf$/, "")))) return void 0;
  const params = error.params;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(error.parentSchema.properties ?? {});
      return { line: locator.keyLine([...path, key]), what: `Unknown key "${key}" in ${name}.${didYouMean(key, allowed)}`, fix: `Use one of: ${allowed.join(", ")}.` };
    }
    case "required":
      return { line: locator.keyLine(path), what: `${name} needs the key "${String(params.missingProperty)}".`, fix: params.missingProperty === "type" ? "Give the column a type: numeric, integer, categorical, text or boolean." : `Add ${String(params.missingProperty)}. ${DOCS}` };
    case "enum": {
      const allowed = params.allowedValues.map(String);
      return { line: locator.valueLine(path), what: `${name} is ${value}.${didYouMean(String(error.data), allowed)}`, fix: `Use one of: ${allowed.join(", ")}.` };
    }
    case "const":
      return { line: locator.valueLine(path), what: `${name} is ${value}.`, fix: `Use ${JSON.stringify(params.allowedValue)}.` };
    case "type":
      return { line: locator.valueLine(path), what: `${name} is ${value}, but it must be ${String(params.type)}.`, fix: DOCS };
    case "minimum":
    case "maximum":
      return { line: locator.valueLine(path), what: `${name} is ${value}, but it must be ${String(params.comparison)} ${String(params.limit)}.`, fix: path[path.length - 1] === "mostly" || /share|missing/.test(path[path.length - 1] ?? "") ? "Write a fraction between 0 and 1, such as 0.95." : DOCS };
    case "anyOf":
      return { line: locator.valueLine(path), what: `${name} is ${value}, which is neither a value nor { value, mostly }.`, fix: `Write, for example, min: 0 or min: { value: 0, mostly: 0.99 }. ${DOCS}` };
    default:
      return { line: locator.valueLine(path), what: `${name} ${error.message ?? "is not valid"}.`, fix: DOCS };
  }
}

// shared/validate/schema/schema-format.ts
var SCHEMA_FORMAT_AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, strictNumbers: true, allowUnionTypes: true, validateSchema: false };
var fraction = { type: "number", minimum: 0, maximum: 1 };
function check(value) {
  return {
    anyOf: [value, { type: "object", properties: { value, mostly: fraction }, required: ["value"], additionalProperties: false }]
  };
}
var driftMethod = { enum: ["ks", "chisquare", "wasserstein", "psi", "jensenshannon"] };
var columnSchema = {
  type: "object",
  additionalProperties: false,
  required: ["type"],
  properties: {
    type: { enum: ["numeric", "integer", "categorical", "text", "boolean"] },
    nullable: { type: "boolean" },
    max_missing: fraction,
    required: { type: "boolean" },
    min: check({ type: "number" }),
    max: check({ type: "number" }),
    allowed_values: check({ type: "array", items: { type: ["string", "number", "boolean"] }, minItems: 1 }),
    regex: check({ type: "string", minLength: 1 }),
    unique: check({ type: "boolean" }),
    mostly: fraction,
    drift: {
      anyOf: [
        { type: "boolean" },
        { type: "object", additionalProperties: false, properties: { method: driftMethod, threshold: { type: "number", minimum: 0 } } }
      ]
    }
  }
};

// shared/validate/schema/load-schema.ts
async function loadDataSchema(path) {
  const text = await readConfigFile(path, { what: "data schema", input: "schema", fix: 'Set schema to the path of your schema file, or to "infer" to derive one from the reference data (mlci infer-schema writes one to commit).' });
  return parseDataSchema(text, path);
}
var checkFormat = validate;
async function parseDataSchema(text, file) {
  const { raw, locator } = await parseYamlConfigLazily(text, file, { what: "data schema", emptyFix: "Describe the columns under `columns:` (mlci infer-schema writes a starting point)." });
  if (!checkFormat(raw)) throw schemaFormatError(checkFormat.errors ?? [], file, locator);
  const schema = raw;
  const columns = Object.entries(schema.columns).map(([name, c]) => {
    const at = (key) => locator.valueLine(["columns", name, key]);
    const mostly = c.mostly ?? 1;
    const checkOf = (key, v) => {
      if (v === void 0) return void 0;
      const obj = typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
      return obj ? { value: obj.value, mostly: obj.mostly ?? mostly, line: at(key) } : { value: v, mostly, line: at(key) };
    };
    if (c.nullable !== void 0 && c.max_missing !== void 0) {
      throw configError(file, at("max_missing"), `Column "${name}" sets both nullable and max_missing.`, "Keep one: nullable: false means max_missing: 0.");
    }
    const column = {
      name,
      type: { value: c.type, mostly, line: at("type") },
      maxMissing: c.max_missing ?? (c.nullable === false ? 0 : 1),
      required: c.required ?? true,
      line: locator.keyLine(["columns", name])
    };
    const min = checkOf("min", c.min);
    const max = checkOf("max", c.max);
    if (min) column.min = min;
    if (max) column.max = max;
    if (min && max && min.value > max.value) throw configError(file, max.line, `Column "${name}" has min ${min.value} above max ${max.value}.`, "Swap them, or fix the one that is wrong.");
    if ((min || max) && (c.type === "categorical" || c.type === "text" || c.type === "boolean")) {
      throw configError(file, (min ?? max).line, `Column "${name}" is ${c.type} but sets a ${min ? "min" : "max"}.`, "Use type: numeric or integer for a range, or allowed_values for categories.");
    }
    const allowed = checkOf("allowed_values", c.allowed_values);
    if (allowed) column.allowedValues = { ...allowed, value: allowed.value.map(String) };
    const regex = checkOf("regex", c.regex);
    if (regex) {
      try {
        new RegExp(regex.value, "u");
      } catch (err) {
        throw configError(file, regex.line, `The regex of column "${name}" is not valid: ${err.message}.`, "Write a JavaScript regular expression; quote it in single quotes so YAML keeps backslashes.");
      }
      column.regex = regex;
    }
    const unique = checkOf("unique", c.unique);
    if (unique?.value) column.unique = unique;
    if (c.drift === false) column.drift = false;
    else if (typeof c.drift === "object") column.drift = c.drift;
    return column;
  });
  const d = schema.dataset ?? {};
  if (d.rows?.min !== void 0 && d.rows.max !== void 0 && d.rows.min > d.rows.max) {
    throw configError(file, locator.valueLine(["dataset", "rows", "max"]), `dataset.rows has min ${d.rows.min} above max ${d.rows.max}.`, "Swap them, or fix the one that is wrong.");
  }
  if (d.label_balance && !d.target) {
    throw configError(file, locator.keyLine(["dataset", "label_balance"]), "dataset.label_balance needs dataset.target, the label column.", "Add target: <label column> under dataset.");
  }
  if (d.target && !schema.columns[d.target]) {
    throw configError(file, locator.valueLine(["dataset", "target"]), `dataset.target is "${d.target}", which is not a column of the schema.`, `Use one of the columns: ${Object.keys(schema.columns).slice(0, 10).join(", ")}.`);
  }
  const dataset = { extraColumns: d.extra_columns ?? "allow" };
  if (d.rows) dataset.rows = d.rows;
  if (d.duplicate_rows) dataset.maxDuplicateShare = d.duplicate_rows.max_share;
  if (d.target) dataset.target = d.target;
  if (d.label_balance) dataset.minClassShare = d.label_balance.min_share;
  if (d.drift_share !== void 0) dataset.driftShare = d.drift_share;
  return { source: file, columns, dataset };
}

export {
  SCHEMA_FORMAT_AJV_OPTIONS,
  loadDataSchema,
  parseDataSchema
};
