import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  SCORE_BOUNDS
} from "./chunk-5YE5YN4U.mjs";
import {
  NO_SPIN_OPTIONS,
  loadModel,
  planOutputs
} from "./chunk-RI7A7N37.mjs";
import {
  mainThreadRunner
} from "./chunk-BKFVP64E.mjs";
import {
  sha256Bytes
} from "./chunk-42RCFE6G.mjs";
import {
  UserError,
  describeError,
  isUserError
} from "./chunk-PWERFMPE.mjs";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-4NDXX6IS.mjs";

// node_modules/prom-client/lib/util.js
var require_util = __commonJS({
  "node_modules/prom-client/lib/util.js"(exports) {
    "use strict";
    exports.getValueAsString = function getValueString(value) {
      if (Number.isNaN(value)) {
        return "Nan";
      } else if (!Number.isFinite(value)) {
        if (value < 0) {
          return "-Inf";
        } else {
          return "+Inf";
        }
      } else {
        return `${value}`;
      }
    };
    exports.removeLabels = function removeLabels(hashMap, labels, sortedLabelNames) {
      const hash = hashObject(labels, sortedLabelNames);
      delete hashMap[hash];
    };
    exports.setValue = function setValue(hashMap, value, labels) {
      const hash = hashObject(labels);
      hashMap[hash] = {
        value: typeof value === "number" ? value : 0,
        labels: labels || {}
      };
      return hashMap;
    };
    exports.setValueDelta = function setValueDelta(hashMap, deltaValue, labels, hash = "") {
      const value = typeof deltaValue === "number" ? deltaValue : 0;
      if (hashMap[hash]) {
        hashMap[hash].value += value;
      } else {
        hashMap[hash] = { value, labels };
      }
      return hashMap;
    };
    exports.getLabels = function(labelNames, args) {
      if (typeof args[0] === "object") {
        return args[0];
      }
      if (labelNames.length !== args.length) {
        throw new Error(
          `Invalid number of arguments (${args.length}): "${args.join(
            ", "
          )}" for label names (${labelNames.length}): "${labelNames.join(", ")}".`
        );
      }
      const acc = {};
      for (let i = 0; i < labelNames.length; i++) {
        acc[labelNames[i]] = args[i];
      }
      return acc;
    };
    function fastHashObject(keys, labels) {
      if (keys.length === 0) {
        return "";
      }
      let hash = "";
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        const value = labels[key];
        if (value === void 0) continue;
        hash += `${key}:${value},`;
      }
      return hash;
    }
    function hashObject(labels, labelNames) {
      if (labelNames) {
        return fastHashObject(labelNames, labels);
      }
      const keys = Object.keys(labels);
      if (keys.length > 1) {
        keys.sort();
      }
      return fastHashObject(keys, labels);
    }
    exports.hashObject = hashObject;
    exports.isObject = function isObject2(obj) {
      return obj !== null && typeof obj === "object";
    };
    exports.nowTimestamp = function nowTimestamp() {
      return Date.now() / 1e3;
    };
    var Grouper = class extends Map {
      /**
       * Adds the `value` to the `key`'s array of values.
       * @param {*} key Key to set.
       * @param {*} value Value to add to `key`'s array.
       * @returns {undefined} undefined.
       */
      add(key, value) {
        if (this.has(key)) {
          this.get(key).push(value);
        } else {
          this.set(key, [value]);
        }
      }
    };
    exports.Grouper = Grouper;
  }
});

// node_modules/prom-client/lib/registry.js
var require_registry = __commonJS({
  "node_modules/prom-client/lib/registry.js"(exports, module) {
    "use strict";
    var { getValueAsString } = require_util();
    var Registry2 = class _Registry {
      static get PROMETHEUS_CONTENT_TYPE() {
        return "text/plain; version=0.0.4; charset=utf-8";
      }
      static get OPENMETRICS_CONTENT_TYPE() {
        return "application/openmetrics-text; version=1.0.0; charset=utf-8";
      }
      constructor(regContentType = _Registry.PROMETHEUS_CONTENT_TYPE) {
        this._metrics = {};
        this._collectors = [];
        this._defaultLabels = {};
        if (regContentType !== _Registry.PROMETHEUS_CONTENT_TYPE && regContentType !== _Registry.OPENMETRICS_CONTENT_TYPE) {
          throw new TypeError(`Content type ${regContentType} is unsupported`);
        }
        this._contentType = regContentType;
      }
      getMetricsAsArray() {
        return Object.values(this._metrics);
      }
      async getMetricsAsString(metrics) {
        const metric = typeof metrics.getForPromString === "function" ? await metrics.getForPromString() : await metrics.get();
        const name = escapeString(metric.name);
        const help = `# HELP ${name} ${escapeString(metric.help)}`;
        const type = `# TYPE ${name} ${metric.type}`;
        const values = [help, type];
        const defaultLabels = Object.keys(this._defaultLabels).length > 0 ? this._defaultLabels : null;
        const isOpenMetrics = this.contentType === _Registry.OPENMETRICS_CONTENT_TYPE;
        for (const val of metric.values || []) {
          let { metricName = name, labels = {} } = val;
          const { sharedLabels = {} } = val;
          if (isOpenMetrics && metric.type === "counter") {
            metricName = `${metricName}_total`;
          }
          if (defaultLabels) {
            labels = { ...labels, ...defaultLabels, ...labels };
          }
          const formattedLabels = formatLabels(labels, sharedLabels);
          const flattenedShared = flattenSharedLabels(sharedLabels);
          const labelParts = [...formattedLabels, flattenedShared].filter(Boolean);
          const labelsString = labelParts.length ? `{${labelParts.join(",")}}` : "";
          let fullMetricLine = `${metricName}${labelsString} ${getValueAsString(
            val.value
          )}`;
          const { exemplar } = val;
          if (exemplar && isOpenMetrics) {
            const formattedExemplars = formatLabels(exemplar.labelSet);
            fullMetricLine += ` # {${formattedExemplars.join(
              ","
            )}} ${getValueAsString(exemplar.value)} ${exemplar.timestamp}`;
          }
          values.push(fullMetricLine);
        }
        return values.join("\n");
      }
      async metrics() {
        const isOpenMetrics = this.contentType === _Registry.OPENMETRICS_CONTENT_TYPE;
        const promises = this.getMetricsAsArray().map((metric) => {
          if (isOpenMetrics && metric.type === "counter") {
            metric.name = standardizeCounterName(metric.name);
          }
          return this.getMetricsAsString(metric);
        });
        const resolves = await Promise.all(promises);
        return isOpenMetrics ? `${resolves.join("\n")}
# EOF
` : `${resolves.join("\n\n")}
`;
      }
      registerMetric(metric) {
        if (this._metrics[metric.name] && this._metrics[metric.name] !== metric) {
          throw new Error(
            `A metric with the name ${metric.name} has already been registered.`
          );
        }
        this._metrics[metric.name] = metric;
      }
      clear() {
        this._metrics = {};
        this._defaultLabels = {};
      }
      async getMetricsAsJSON() {
        const metrics = [];
        const defaultLabelNames = Object.keys(this._defaultLabels);
        const promises = [];
        for (const metric of this.getMetricsAsArray()) {
          promises.push(metric.get());
        }
        const resolves = await Promise.all(promises);
        for (const item of resolves) {
          if (item.values && defaultLabelNames.length > 0) {
            for (const val of item.values) {
              val.labels = Object.assign({}, val.labels);
              for (const labelName of defaultLabelNames) {
                val.labels[labelName] = val.labels[labelName] || this._defaultLabels[labelName];
              }
            }
          }
          metrics.push(item);
        }
        return metrics;
      }
      removeSingleMetric(name) {
        delete this._metrics[name];
      }
      getSingleMetricAsString(name) {
        return this.getMetricsAsString(this._metrics[name]);
      }
      getSingleMetric(name) {
        return this._metrics[name];
      }
      setDefaultLabels(labels) {
        this._defaultLabels = labels;
      }
      resetMetrics() {
        for (const metric in this._metrics) {
          this._metrics[metric].reset();
        }
      }
      get contentType() {
        return this._contentType;
      }
      setContentType(metricsContentType) {
        if (metricsContentType === _Registry.OPENMETRICS_CONTENT_TYPE || metricsContentType === _Registry.PROMETHEUS_CONTENT_TYPE) {
          this._contentType = metricsContentType;
        } else {
          throw new Error(`Content type ${metricsContentType} is unsupported`);
        }
      }
      static merge(registers) {
        const regType = registers[0].contentType;
        for (const reg of registers) {
          if (reg.contentType !== regType) {
            throw new Error(
              "Registers can only be merged if they have the same content type"
            );
          }
        }
        const mergedRegistry = new _Registry(regType);
        const metricsToMerge = registers.reduce(
          (acc, reg) => acc.concat(reg.getMetricsAsArray()),
          []
        );
        metricsToMerge.forEach(mergedRegistry.registerMetric, mergedRegistry);
        return mergedRegistry;
      }
    };
    function formatLabels(labels, exclude) {
      const { hasOwnProperty } = Object.prototype;
      const formatted = [];
      for (const [name, value] of Object.entries(labels)) {
        if (!exclude || !hasOwnProperty.call(exclude, name)) {
          formatted.push(`${name}="${escapeLabelValue(value)}"`);
        }
      }
      return formatted;
    }
    var sharedLabelCache = /* @__PURE__ */ new WeakMap();
    function flattenSharedLabels(labels) {
      const cached = sharedLabelCache.get(labels);
      if (cached) {
        return cached;
      }
      const formattedLabels = formatLabels(labels);
      const flattened = formattedLabels.join(",");
      sharedLabelCache.set(labels, flattened);
      return flattened;
    }
    function escapeLabelValue(str) {
      if (typeof str !== "string") {
        return str;
      }
      return escapeString(str).replace(/"/g, '\\"');
    }
    function escapeString(str) {
      return str.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
    }
    function standardizeCounterName(name) {
      return name.replace(/_total$/, "");
    }
    module.exports = Registry2;
    module.exports.globalRegistry = new Registry2();
  }
});

// node_modules/prom-client/lib/validation.js
var require_validation = __commonJS({
  "node_modules/prom-client/lib/validation.js"(exports) {
    "use strict";
    var util = __require("util");
    var metricRegexp = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
    var labelRegexp = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
    exports.validateMetricName = function(name) {
      return metricRegexp.test(name);
    };
    exports.validateLabelName = function(names = []) {
      return names.every((name) => labelRegexp.test(name));
    };
    exports.validateLabel = function validateLabel(savedLabels, labels) {
      for (const label in labels) {
        if (!savedLabels.includes(label)) {
          throw new Error(
            `Added label "${label}" is not included in initial labelset: ${util.inspect(
              savedLabels
            )}`
          );
        }
      }
    };
  }
});

// node_modules/prom-client/lib/metric.js
var require_metric = __commonJS({
  "node_modules/prom-client/lib/metric.js"(exports, module) {
    "use strict";
    var Registry2 = require_registry();
    var { isObject: isObject2 } = require_util();
    var { validateMetricName, validateLabelName } = require_validation();
    var Metric = class {
      constructor(config, defaults = {}) {
        if (!isObject2(config)) {
          throw new TypeError("constructor expected a config object");
        }
        Object.assign(
          this,
          {
            labelNames: [],
            registers: [Registry2.globalRegistry],
            aggregator: "sum",
            enableExemplars: false
          },
          defaults,
          config
        );
        if (!this.registers) {
          this.registers = [Registry2.globalRegistry];
        }
        if (!this.help) {
          throw new Error("Missing mandatory help parameter");
        }
        if (!this.name) {
          throw new Error("Missing mandatory name parameter");
        }
        if (!validateMetricName(this.name)) {
          throw new Error("Invalid metric name");
        }
        if (!validateLabelName(this.labelNames)) {
          throw new Error("Invalid label name");
        }
        if (this.collect && typeof this.collect !== "function") {
          throw new Error('Optional "collect" parameter must be a function');
        }
        if (this.labelNames) {
          this.sortedLabelNames = [...this.labelNames].sort();
        } else {
          this.sortedLabelNames = [];
        }
        this.reset();
        for (const register of this.registers) {
          if (this.enableExemplars && register.contentType === Registry2.PROMETHEUS_CONTENT_TYPE) {
            throw new TypeError(
              "Exemplars are supported only on OpenMetrics registries"
            );
          }
          register.registerMetric(this);
        }
      }
      reset() {
      }
    };
    module.exports = { Metric };
  }
});

// node_modules/prom-client/lib/exemplar.js
var require_exemplar = __commonJS({
  "node_modules/prom-client/lib/exemplar.js"(exports, module) {
    "use strict";
    var Exemplar = class {
      constructor(labelSet = {}, value = null) {
        this.labelSet = labelSet;
        this.value = value;
      }
      /**
       * Validation for the label set format.
       * https://github.com/OpenObservability/OpenMetrics/blob/d99b705f611b75fec8f450b05e344e02eea6921d/specification/OpenMetrics.md#exemplars
       *
       * @param {object} labelSet - Exemplar labels.
       * @throws {RangeError}
       * @return {void}
       */
      validateExemplarLabelSet(labelSet) {
        let res = "";
        for (const [labelName, labelValue] of Object.entries(labelSet)) {
          res += `${labelName}${labelValue}`;
        }
        if (res.length > 128) {
          throw new RangeError(
            "Label set size must be smaller than 128 UTF-8 chars"
          );
        }
      }
    };
    module.exports = Exemplar;
  }
});

// node_modules/prom-client/lib/counter.js
var require_counter = __commonJS({
  "node_modules/prom-client/lib/counter.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var {
      hashObject,
      isObject: isObject2,
      getLabels,
      removeLabels,
      nowTimestamp
    } = require_util();
    var { validateLabel } = require_validation();
    var { Metric } = require_metric();
    var Exemplar = require_exemplar();
    var Counter2 = class extends Metric {
      constructor(config) {
        super(config);
        this.type = "counter";
        this.defaultLabels = {};
        this.defaultValue = 1;
        this.defaultExemplarLabelSet = {};
        if (config.enableExemplars) {
          this.enableExemplars = true;
          this.inc = this.incWithExemplar;
        } else {
          this.inc = this.incWithoutExemplar;
        }
      }
      /**
       * Increment counter
       * @param {object} labels - What label you want to be incremented
       * @param {Number} value - Value to increment, if omitted increment with 1
       * @returns {object} results - object with information about the inc operation
       * @returns {string} results.labelHash - hash representation of the labels
       */
      incWithoutExemplar(labels, value) {
        let hash = "";
        if (isObject2(labels)) {
          hash = hashObject(labels, this.sortedLabelNames);
          validateLabel(this.labelNames, labels);
        } else {
          value = labels;
          labels = {};
        }
        if (value && !Number.isFinite(value)) {
          throw new TypeError(`Value is not a valid number: ${util.format(value)}`);
        }
        if (value < 0) {
          throw new Error("It is not possible to decrease a counter");
        }
        if (value === null || value === void 0) value = 1;
        setValue(this.hashMap, value, labels, hash);
        return { labelHash: hash };
      }
      /**
       * Increment counter with exemplar, same as inc but accepts labels for an
       * exemplar.
       * If no label is provided the current exemplar labels are kept unchanged
       * (defaults to empty set).
       *
       * @param {object} incOpts - Object with options about what metric to increase
       * @param {object} incOpts.labels - What label you want to be incremented,
       *                                  defaults to null (metric with no labels)
       * @param {Number} incOpts.value - Value to increment, defaults to 1
       * @param {object} incOpts.exemplarLabels - Key-value  labels for the
       *                                          exemplar, defaults to empty set {}
       * @returns {void}
       */
      incWithExemplar({
        labels = this.defaultLabels,
        value = this.defaultValue,
        exemplarLabels = this.defaultExemplarLabelSet
      } = {}) {
        const res = this.incWithoutExemplar(labels, value);
        this.updateExemplar(exemplarLabels, value, res.labelHash);
      }
      updateExemplar(exemplarLabels, value, hash) {
        if (exemplarLabels === this.defaultExemplarLabelSet) return;
        if (!isObject2(this.hashMap[hash].exemplar)) {
          this.hashMap[hash].exemplar = new Exemplar();
        }
        this.hashMap[hash].exemplar.validateExemplarLabelSet(exemplarLabels);
        this.hashMap[hash].exemplar.labelSet = exemplarLabels;
        this.hashMap[hash].exemplar.value = value ? value : 1;
        this.hashMap[hash].exemplar.timestamp = nowTimestamp();
      }
      /**
       * Reset counter
       * @returns {void}
       */
      reset() {
        this.hashMap = {};
        if (this.labelNames.length === 0) {
          setValue(this.hashMap, 0);
        }
      }
      async get() {
        if (this.collect) {
          const v = this.collect();
          if (v instanceof Promise) await v;
        }
        return {
          help: this.help,
          name: this.name,
          type: this.type,
          values: Object.values(this.hashMap),
          aggregator: this.aggregator
        };
      }
      labels(...args) {
        const labels = getLabels(this.labelNames, args) || {};
        return {
          inc: this.inc.bind(this, labels)
        };
      }
      remove(...args) {
        const labels = getLabels(this.labelNames, args) || {};
        validateLabel(this.labelNames, labels);
        return removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function setValue(hashMap, value, labels = {}, hash = "") {
      if (hashMap[hash]) {
        hashMap[hash].value += value;
      } else {
        hashMap[hash] = { value, labels };
      }
      return hashMap;
    }
    module.exports = Counter2;
  }
});

// node_modules/prom-client/lib/gauge.js
var require_gauge = __commonJS({
  "node_modules/prom-client/lib/gauge.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var {
      setValue,
      setValueDelta,
      getLabels,
      hashObject,
      isObject: isObject2,
      removeLabels
    } = require_util();
    var { validateLabel } = require_validation();
    var { Metric } = require_metric();
    var Gauge2 = class extends Metric {
      constructor(config) {
        super(config);
        this.type = "gauge";
      }
      /**
       * Set a gauge to a value
       * @param {object} labels - Object with labels and their values
       * @param {Number} value - Value to set the gauge to, must be positive
       * @returns {void}
       */
      set(labels, value) {
        value = getValueArg(labels, value);
        labels = getLabelArg(labels);
        set(this, labels, value);
      }
      /**
       * Reset gauge
       * @returns {void}
       */
      reset() {
        this.hashMap = {};
        if (this.labelNames.length === 0) {
          setValue(this.hashMap, 0, {});
        }
      }
      /**
       * Increment a gauge value
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to increment - if omitted, increment with 1
       * @returns {void}
       */
      inc(labels, value) {
        value = getValueArg(labels, value);
        labels = getLabelArg(labels);
        if (value === void 0) value = 1;
        setDelta(this, labels, value);
      }
      /**
       * Decrement a gauge value
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to decrement - if omitted, decrement with 1
       * @returns {void}
       */
      dec(labels, value) {
        value = getValueArg(labels, value);
        labels = getLabelArg(labels);
        if (value === void 0) value = 1;
        setDelta(this, labels, -value);
      }
      /**
       * Set the gauge to current unix epoch
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {void}
       */
      setToCurrentTime(labels) {
        const now = Date.now() / 1e3;
        if (labels === void 0) {
          this.set(now);
        } else {
          this.set(labels, now);
        }
      }
      /**
       * Start a timer
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {function} - Invoke this function to set the duration in seconds since you started the timer.
       * @example
       * var done = gauge.startTimer();
       * makeXHRRequest(function(err, response) {
       *	done(); //Duration of the request will be saved
       * });
       */
      startTimer(labels) {
        const start = process.hrtime();
        return (endLabels) => {
          const delta = process.hrtime(start);
          const value = delta[0] + delta[1] / 1e9;
          this.set(Object.assign({}, labels, endLabels), value);
          return value;
        };
      }
      async get() {
        if (this.collect) {
          const v = this.collect();
          if (v instanceof Promise) await v;
        }
        return {
          help: this.help,
          name: this.name,
          type: this.type,
          values: Object.values(this.hashMap),
          aggregator: this.aggregator
        };
      }
      _getValue(labels) {
        const hash = hashObject(labels || {}, this.sortedLabelNames);
        return this.hashMap[hash] ? this.hashMap[hash].value : 0;
      }
      labels(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        return {
          inc: this.inc.bind(this, labels),
          dec: this.dec.bind(this, labels),
          set: this.set.bind(this, labels),
          setToCurrentTime: this.setToCurrentTime.bind(this, labels),
          startTimer: this.startTimer.bind(this, labels)
        };
      }
      remove(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function set(gauge, labels, value) {
      if (typeof value !== "number") {
        throw new TypeError(`Value is not a valid number: ${util.format(value)}`);
      }
      validateLabel(gauge.labelNames, labels);
      setValue(gauge.hashMap, value, labels);
    }
    function setDelta(gauge, labels, delta) {
      if (typeof delta !== "number") {
        throw new TypeError(`Delta is not a valid number: ${util.format(delta)}`);
      }
      validateLabel(gauge.labelNames, labels);
      const hash = hashObject(labels, gauge.sortedLabelNames);
      setValueDelta(gauge.hashMap, delta, labels, hash);
    }
    function getLabelArg(labels) {
      return isObject2(labels) ? labels : {};
    }
    function getValueArg(labels, value) {
      return isObject2(labels) ? value : labels;
    }
    module.exports = Gauge2;
  }
});

// node_modules/prom-client/lib/histogram.js
var require_histogram = __commonJS({
  "node_modules/prom-client/lib/histogram.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var {
      getLabels,
      hashObject,
      isObject: isObject2,
      removeLabels,
      nowTimestamp
    } = require_util();
    var { validateLabel } = require_validation();
    var { Metric } = require_metric();
    var Exemplar = require_exemplar();
    var Histogram = class extends Metric {
      constructor(config) {
        super(config, {
          buckets: [5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
        });
        this.type = "histogram";
        this.defaultLabels = {};
        this.defaultExemplarLabelSet = {};
        this.enableExemplars = false;
        for (const label of this.labelNames) {
          if (label === "le") {
            throw new Error("le is a reserved label keyword");
          }
        }
        this.upperBounds = this.buckets;
        this.bucketValues = this.upperBounds.reduce((acc, upperBound) => {
          acc[upperBound] = 0;
          return acc;
        }, {});
        if (config.enableExemplars) {
          this.enableExemplars = true;
          this.bucketExemplars = this.upperBounds.reduce((acc, upperBound) => {
            acc[upperBound] = null;
            return acc;
          }, {});
          Object.freeze(this.bucketExemplars);
          this.observe = this.observeWithExemplar;
        } else {
          this.observe = this.observeWithoutExemplar;
        }
        Object.freeze(this.bucketValues);
        Object.freeze(this.upperBounds);
        if (this.labelNames.length === 0) {
          this.hashMap = {
            [hashObject({})]: createBaseValues(
              {},
              this.bucketValues,
              this.bucketExemplars
            )
          };
        }
      }
      /**
       * Observe a value in histogram
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to observe in the histogram
       * @returns {void}
       */
      observeWithoutExemplar(labels, value) {
        observe.call(this, labels === 0 ? 0 : labels || {})(value);
      }
      observeWithExemplar({
        labels = this.defaultLabels,
        value,
        exemplarLabels = this.defaultExemplarLabelSet
      } = {}) {
        observe.call(this, labels === 0 ? 0 : labels || {})(value);
        this.updateExemplar(labels, value, exemplarLabels);
      }
      updateExemplar(labels, value, exemplarLabels) {
        if (Object.keys(exemplarLabels).length === 0) return;
        const hash = hashObject(labels, this.sortedLabelNames);
        const bound = findBound(this.upperBounds, value);
        const { bucketExemplars } = this.hashMap[hash];
        let exemplar = bucketExemplars[bound];
        if (!isObject2(exemplar)) {
          exemplar = new Exemplar();
          bucketExemplars[bound] = exemplar;
        }
        exemplar.validateExemplarLabelSet(exemplarLabels);
        exemplar.labelSet = exemplarLabels;
        exemplar.value = value;
        exemplar.timestamp = nowTimestamp();
      }
      async get() {
        const data = await this.getForPromString();
        data.values = data.values.map(splayLabels);
        return data;
      }
      async getForPromString() {
        if (this.collect) {
          const v = this.collect();
          if (v instanceof Promise) await v;
        }
        const data = Object.values(this.hashMap);
        const values = data.map(extractBucketValuesForExport(this)).reduce(addSumAndCountForExport(this), []);
        return {
          name: this.name,
          help: this.help,
          type: this.type,
          values,
          aggregator: this.aggregator
        };
      }
      reset() {
        this.hashMap = {};
      }
      /**
       * Initialize the metrics for the given combination of labels to zero
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {void}
       */
      zero(labels) {
        const hash = hashObject(labels, this.sortedLabelNames);
        this.hashMap[hash] = createBaseValues(
          labels,
          this.bucketValues,
          this.bucketExemplars
        );
      }
      /**
       * Start a timer that could be used to logging durations
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {object} exemplarLabels - Object with labels for exemplar where key is the label key and value is label value. Can only be one level deep
       * @returns {function} - Function to invoke when you want to stop the timer and observe the duration in seconds
       * @example
       * var end = histogram.startTimer();
       * makeExpensiveXHRRequest(function(err, res) {
       * 	const duration = end(); //Observe the duration of expensiveXHRRequest and returns duration in seconds
       * 	console.log('Duration', duration);
       * });
       */
      startTimer(labels, exemplarLabels) {
        return this.enableExemplars ? startTimerWithExemplar.call(this, labels, exemplarLabels)() : startTimer.call(this, labels)();
      }
      labels(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        return {
          observe: observe.call(this, labels),
          startTimer: startTimer.call(this, labels)
        };
      }
      remove(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function startTimer(startLabels) {
      return () => {
        const start = process.hrtime();
        return (endLabels) => {
          const delta = process.hrtime(start);
          const value = delta[0] + delta[1] / 1e9;
          this.observe(Object.assign({}, startLabels, endLabels), value);
          return value;
        };
      };
    }
    function startTimerWithExemplar(startLabels, startExemplarLabels) {
      return () => {
        const start = process.hrtime();
        return (endLabels, endExemplarLabels) => {
          const delta = process.hrtime(start);
          const value = delta[0] + delta[1] / 1e9;
          this.observe({
            labels: Object.assign({}, startLabels, endLabels),
            value,
            exemplarLabels: Object.assign(
              {},
              startExemplarLabels,
              endExemplarLabels
            )
          });
          return value;
        };
      };
    }
    function setValuePair(labels, value, metricName, exemplar, sharedLabels = {}) {
      return {
        labels,
        sharedLabels,
        value,
        metricName,
        exemplar
      };
    }
    function findBound(upperBounds, value) {
      for (let i = 0; i < upperBounds.length; i++) {
        const bound = upperBounds[i];
        if (value <= bound) {
          return bound;
        }
      }
      return -1;
    }
    function observe(labels) {
      return (value) => {
        const labelValuePair = convertLabelsAndValues(labels, value);
        validateLabel(this.labelNames, labelValuePair.labels);
        if (!Number.isFinite(labelValuePair.value)) {
          throw new TypeError(
            `Value is not a valid number: ${util.format(labelValuePair.value)}`
          );
        }
        const hash = hashObject(labelValuePair.labels, this.sortedLabelNames);
        let valueFromMap = this.hashMap[hash];
        if (!valueFromMap) {
          valueFromMap = createBaseValues(
            labelValuePair.labels,
            this.bucketValues,
            this.bucketExemplars
          );
        }
        const b = findBound(this.upperBounds, labelValuePair.value);
        valueFromMap.sum += labelValuePair.value;
        valueFromMap.count += 1;
        if (Object.prototype.hasOwnProperty.call(valueFromMap.bucketValues, b)) {
          valueFromMap.bucketValues[b] += 1;
        }
        this.hashMap[hash] = valueFromMap;
      };
    }
    function createBaseValues(labels, bucketValues, bucketExemplars) {
      const result = {
        labels,
        bucketValues: { ...bucketValues },
        sum: 0,
        count: 0
      };
      if (bucketExemplars) {
        result.bucketExemplars = { ...bucketExemplars };
      }
      return result;
    }
    function convertLabelsAndValues(labels, value) {
      return isObject2(labels) ? {
        labels,
        value
      } : {
        value: labels,
        labels: {}
      };
    }
    function extractBucketValuesForExport(histogram) {
      const name = `${histogram.name}_bucket`;
      return (bucketData) => {
        let acc = 0;
        const buckets = histogram.upperBounds.map((upperBound) => {
          acc += bucketData.bucketValues[upperBound];
          return setValuePair(
            { le: upperBound },
            acc,
            name,
            bucketData.bucketExemplars ? bucketData.bucketExemplars[upperBound] : null,
            bucketData.labels
          );
        });
        return { buckets, data: bucketData };
      };
    }
    function addSumAndCountForExport(histogram) {
      return (acc, d) => {
        acc.push(...d.buckets);
        const infLabel = { le: "+Inf" };
        acc.push(
          setValuePair(
            infLabel,
            d.data.count,
            `${histogram.name}_bucket`,
            d.data.bucketExemplars ? d.data.bucketExemplars["-1"] : null,
            d.data.labels
          ),
          setValuePair(
            {},
            d.data.sum,
            `${histogram.name}_sum`,
            void 0,
            d.data.labels
          ),
          setValuePair(
            {},
            d.data.count,
            `${histogram.name}_count`,
            void 0,
            d.data.labels
          )
        );
        return acc;
      };
    }
    function splayLabels(bucket) {
      const { sharedLabels, labels, ...newBucket } = bucket;
      for (const label of Object.keys(sharedLabels)) {
        labels[label] = sharedLabels[label];
      }
      newBucket.labels = labels;
      return newBucket;
    }
    module.exports = Histogram;
  }
});

// node_modules/bintrees/lib/treebase.js
var require_treebase = __commonJS({
  "node_modules/bintrees/lib/treebase.js"(exports, module) {
    function TreeBase() {
    }
    TreeBase.prototype.clear = function() {
      this._root = null;
      this.size = 0;
    };
    TreeBase.prototype.find = function(data) {
      var res = this._root;
      while (res !== null) {
        var c = this._comparator(data, res.data);
        if (c === 0) {
          return res.data;
        } else {
          res = res.get_child(c > 0);
        }
      }
      return null;
    };
    TreeBase.prototype.findIter = function(data) {
      var res = this._root;
      var iter = this.iterator();
      while (res !== null) {
        var c = this._comparator(data, res.data);
        if (c === 0) {
          iter._cursor = res;
          return iter;
        } else {
          iter._ancestors.push(res);
          res = res.get_child(c > 0);
        }
      }
      return null;
    };
    TreeBase.prototype.lowerBound = function(item) {
      var cur = this._root;
      var iter = this.iterator();
      var cmp = this._comparator;
      while (cur !== null) {
        var c = cmp(item, cur.data);
        if (c === 0) {
          iter._cursor = cur;
          return iter;
        }
        iter._ancestors.push(cur);
        cur = cur.get_child(c > 0);
      }
      for (var i = iter._ancestors.length - 1; i >= 0; --i) {
        cur = iter._ancestors[i];
        if (cmp(item, cur.data) < 0) {
          iter._cursor = cur;
          iter._ancestors.length = i;
          return iter;
        }
      }
      iter._ancestors.length = 0;
      return iter;
    };
    TreeBase.prototype.upperBound = function(item) {
      var iter = this.lowerBound(item);
      var cmp = this._comparator;
      while (iter.data() !== null && cmp(iter.data(), item) === 0) {
        iter.next();
      }
      return iter;
    };
    TreeBase.prototype.min = function() {
      var res = this._root;
      if (res === null) {
        return null;
      }
      while (res.left !== null) {
        res = res.left;
      }
      return res.data;
    };
    TreeBase.prototype.max = function() {
      var res = this._root;
      if (res === null) {
        return null;
      }
      while (res.right !== null) {
        res = res.right;
      }
      return res.data;
    };
    TreeBase.prototype.iterator = function() {
      return new Iterator(this);
    };
    TreeBase.prototype.each = function(cb) {
      var it = this.iterator(), data;
      while ((data = it.next()) !== null) {
        if (cb(data) === false) {
          return;
        }
      }
    };
    TreeBase.prototype.reach = function(cb) {
      var it = this.iterator(), data;
      while ((data = it.prev()) !== null) {
        if (cb(data) === false) {
          return;
        }
      }
    };
    function Iterator(tree) {
      this._tree = tree;
      this._ancestors = [];
      this._cursor = null;
    }
    Iterator.prototype.data = function() {
      return this._cursor !== null ? this._cursor.data : null;
    };
    Iterator.prototype.next = function() {
      if (this._cursor === null) {
        var root = this._tree._root;
        if (root !== null) {
          this._minNode(root);
        }
      } else {
        if (this._cursor.right === null) {
          var save;
          do {
            save = this._cursor;
            if (this._ancestors.length) {
              this._cursor = this._ancestors.pop();
            } else {
              this._cursor = null;
              break;
            }
          } while (this._cursor.right === save);
        } else {
          this._ancestors.push(this._cursor);
          this._minNode(this._cursor.right);
        }
      }
      return this._cursor !== null ? this._cursor.data : null;
    };
    Iterator.prototype.prev = function() {
      if (this._cursor === null) {
        var root = this._tree._root;
        if (root !== null) {
          this._maxNode(root);
        }
      } else {
        if (this._cursor.left === null) {
          var save;
          do {
            save = this._cursor;
            if (this._ancestors.length) {
              this._cursor = this._ancestors.pop();
            } else {
              this._cursor = null;
              break;
            }
          } while (this._cursor.left === save);
        } else {
          this._ancestors.push(this._cursor);
          this._maxNode(this._cursor.left);
        }
      }
      return this._cursor !== null ? this._cursor.data : null;
    };
    Iterator.prototype._minNode = function(start) {
      while (start.left !== null) {
        this._ancestors.push(start);
        start = start.left;
      }
      this._cursor = start;
    };
    Iterator.prototype._maxNode = function(start) {
      while (start.right !== null) {
        this._ancestors.push(start);
        start = start.right;
      }
      this._cursor = start;
    };
    module.exports = TreeBase;
  }
});

// node_modules/bintrees/lib/rbtree.js
var require_rbtree = __commonJS({
  "node_modules/bintrees/lib/rbtree.js"(exports, module) {
    var TreeBase = require_treebase();
    function Node(data) {
      this.data = data;
      this.left = null;
      this.right = null;
      this.red = true;
    }
    Node.prototype.get_child = function(dir) {
      return dir ? this.right : this.left;
    };
    Node.prototype.set_child = function(dir, val) {
      if (dir) {
        this.right = val;
      } else {
        this.left = val;
      }
    };
    function RBTree(comparator) {
      this._root = null;
      this._comparator = comparator;
      this.size = 0;
    }
    RBTree.prototype = new TreeBase();
    RBTree.prototype.insert = function(data) {
      var ret2 = false;
      if (this._root === null) {
        this._root = new Node(data);
        ret2 = true;
        this.size++;
      } else {
        var head = new Node(void 0);
        var dir = 0;
        var last = 0;
        var gp = null;
        var ggp = head;
        var p = null;
        var node = this._root;
        ggp.right = this._root;
        while (true) {
          if (node === null) {
            node = new Node(data);
            p.set_child(dir, node);
            ret2 = true;
            this.size++;
          } else if (is_red(node.left) && is_red(node.right)) {
            node.red = true;
            node.left.red = false;
            node.right.red = false;
          }
          if (is_red(node) && is_red(p)) {
            var dir2 = ggp.right === gp;
            if (node === p.get_child(last)) {
              ggp.set_child(dir2, single_rotate(gp, !last));
            } else {
              ggp.set_child(dir2, double_rotate(gp, !last));
            }
          }
          var cmp = this._comparator(node.data, data);
          if (cmp === 0) {
            break;
          }
          last = dir;
          dir = cmp < 0;
          if (gp !== null) {
            ggp = gp;
          }
          gp = p;
          p = node;
          node = node.get_child(dir);
        }
        this._root = head.right;
      }
      this._root.red = false;
      return ret2;
    };
    RBTree.prototype.remove = function(data) {
      if (this._root === null) {
        return false;
      }
      var head = new Node(void 0);
      var node = head;
      node.right = this._root;
      var p = null;
      var gp = null;
      var found = null;
      var dir = 1;
      while (node.get_child(dir) !== null) {
        var last = dir;
        gp = p;
        p = node;
        node = node.get_child(dir);
        var cmp = this._comparator(data, node.data);
        dir = cmp > 0;
        if (cmp === 0) {
          found = node;
        }
        if (!is_red(node) && !is_red(node.get_child(dir))) {
          if (is_red(node.get_child(!dir))) {
            var sr = single_rotate(node, dir);
            p.set_child(last, sr);
            p = sr;
          } else if (!is_red(node.get_child(!dir))) {
            var sibling = p.get_child(!last);
            if (sibling !== null) {
              if (!is_red(sibling.get_child(!last)) && !is_red(sibling.get_child(last))) {
                p.red = false;
                sibling.red = true;
                node.red = true;
              } else {
                var dir2 = gp.right === p;
                if (is_red(sibling.get_child(last))) {
                  gp.set_child(dir2, double_rotate(p, last));
                } else if (is_red(sibling.get_child(!last))) {
                  gp.set_child(dir2, single_rotate(p, last));
                }
                var gpc = gp.get_child(dir2);
                gpc.red = true;
                node.red = true;
                gpc.left.red = false;
                gpc.right.red = false;
              }
            }
          }
        }
      }
      if (found !== null) {
        found.data = node.data;
        p.set_child(p.right === node, node.get_child(node.left === null));
        this.size--;
      }
      this._root = head.right;
      if (this._root !== null) {
        this._root.red = false;
      }
      return found !== null;
    };
    function is_red(node) {
      return node !== null && node.red;
    }
    function single_rotate(root, dir) {
      var save = root.get_child(!dir);
      root.set_child(!dir, save.get_child(dir));
      save.set_child(dir, root);
      root.red = true;
      save.red = false;
      return save;
    }
    function double_rotate(root, dir) {
      root.set_child(!dir, single_rotate(root.get_child(!dir), !dir));
      return single_rotate(root, dir);
    }
    module.exports = RBTree;
  }
});

// node_modules/bintrees/lib/bintree.js
var require_bintree = __commonJS({
  "node_modules/bintrees/lib/bintree.js"(exports, module) {
    var TreeBase = require_treebase();
    function Node(data) {
      this.data = data;
      this.left = null;
      this.right = null;
    }
    Node.prototype.get_child = function(dir) {
      return dir ? this.right : this.left;
    };
    Node.prototype.set_child = function(dir, val) {
      if (dir) {
        this.right = val;
      } else {
        this.left = val;
      }
    };
    function BinTree(comparator) {
      this._root = null;
      this._comparator = comparator;
      this.size = 0;
    }
    BinTree.prototype = new TreeBase();
    BinTree.prototype.insert = function(data) {
      if (this._root === null) {
        this._root = new Node(data);
        this.size++;
        return true;
      }
      var dir = 0;
      var p = null;
      var node = this._root;
      while (true) {
        if (node === null) {
          node = new Node(data);
          p.set_child(dir, node);
          ret = true;
          this.size++;
          return true;
        }
        if (this._comparator(node.data, data) === 0) {
          return false;
        }
        dir = this._comparator(node.data, data) < 0;
        p = node;
        node = node.get_child(dir);
      }
    };
    BinTree.prototype.remove = function(data) {
      if (this._root === null) {
        return false;
      }
      var head = new Node(void 0);
      var node = head;
      node.right = this._root;
      var p = null;
      var found = null;
      var dir = 1;
      while (node.get_child(dir) !== null) {
        p = node;
        node = node.get_child(dir);
        var cmp = this._comparator(data, node.data);
        dir = cmp > 0;
        if (cmp === 0) {
          found = node;
        }
      }
      if (found !== null) {
        found.data = node.data;
        p.set_child(p.right === node, node.get_child(node.left === null));
        this._root = head.right;
        this.size--;
        return true;
      } else {
        return false;
      }
    };
    module.exports = BinTree;
  }
});

// node_modules/bintrees/index.js
var require_bintrees = __commonJS({
  "node_modules/bintrees/index.js"(exports, module) {
    module.exports = {
      RBTree: require_rbtree(),
      BinTree: require_bintree()
    };
  }
});

// node_modules/tdigest/tdigest.js
var require_tdigest = __commonJS({
  "node_modules/tdigest/tdigest.js"(exports, module) {
    var RBTree = require_bintrees().RBTree;
    function TDigest(delta, K, CX) {
      this.discrete = delta === false;
      this.delta = delta || 0.01;
      this.K = K === void 0 ? 25 : K;
      this.CX = CX === void 0 ? 1.1 : CX;
      this.centroids = new RBTree(compare_centroid_means);
      this.nreset = 0;
      this.reset();
    }
    TDigest.prototype.reset = function() {
      this.centroids.clear();
      this.n = 0;
      this.nreset += 1;
      this.last_cumulate = 0;
    };
    TDigest.prototype.size = function() {
      return this.centroids.size;
    };
    TDigest.prototype.toArray = function(everything) {
      var result = [];
      if (everything) {
        this._cumulate(true);
        this.centroids.each(function(c) {
          result.push(c);
        });
      } else {
        this.centroids.each(function(c) {
          result.push({ mean: c.mean, n: c.n });
        });
      }
      return result;
    };
    TDigest.prototype.summary = function() {
      var approx = this.discrete ? "exact " : "approximating ";
      var s = [
        approx + this.n + " samples using " + this.size() + " centroids",
        "min = " + this.percentile(0),
        "Q1  = " + this.percentile(0.25),
        "Q2  = " + this.percentile(0.5),
        "Q3  = " + this.percentile(0.75),
        "max = " + this.percentile(1)
      ];
      return s.join("\n");
    };
    function compare_centroid_means(a, b) {
      return a.mean > b.mean ? 1 : a.mean < b.mean ? -1 : 0;
    }
    function compare_centroid_mean_cumns(a, b) {
      return a.mean_cumn - b.mean_cumn;
    }
    TDigest.prototype.push = function(x, n) {
      n = n || 1;
      x = Array.isArray(x) ? x : [x];
      for (var i = 0; i < x.length; i++) {
        this._digest(x[i], n);
      }
    };
    TDigest.prototype.push_centroid = function(c) {
      c = Array.isArray(c) ? c : [c];
      for (var i = 0; i < c.length; i++) {
        this._digest(c[i].mean, c[i].n);
      }
    };
    TDigest.prototype._cumulate = function(exact) {
      if (this.n === this.last_cumulate || !exact && this.CX && this.CX > this.n / this.last_cumulate) {
        return;
      }
      var cumn = 0;
      this.centroids.each(function(c) {
        c.mean_cumn = cumn + c.n / 2;
        cumn = c.cumn = cumn + c.n;
      });
      this.n = this.last_cumulate = cumn;
    };
    TDigest.prototype.find_nearest = function(x) {
      if (this.size() === 0) {
        return null;
      }
      var iter = this.centroids.lowerBound({ mean: x });
      var c = iter.data() === null ? iter.prev() : iter.data();
      if (c.mean === x || this.discrete) {
        return c;
      }
      var prev = iter.prev();
      if (prev && Math.abs(prev.mean - x) < Math.abs(c.mean - x)) {
        return prev;
      } else {
        return c;
      }
    };
    TDigest.prototype._new_centroid = function(x, n, cumn) {
      var c = { mean: x, n, cumn };
      this.centroids.insert(c);
      this.n += n;
      return c;
    };
    TDigest.prototype._addweight = function(nearest, x, n) {
      if (x !== nearest.mean) {
        nearest.mean += n * (x - nearest.mean) / (nearest.n + n);
      }
      nearest.cumn += n;
      nearest.mean_cumn += n / 2;
      nearest.n += n;
      this.n += n;
    };
    TDigest.prototype._digest = function(x, n) {
      var min = this.centroids.min();
      var max = this.centroids.max();
      var nearest = this.find_nearest(x);
      if (nearest && nearest.mean === x) {
        this._addweight(nearest, x, n);
      } else if (nearest === min) {
        this._new_centroid(x, n, 0);
      } else if (nearest === max) {
        this._new_centroid(x, n, this.n);
      } else if (this.discrete) {
        this._new_centroid(x, n, nearest.cumn);
      } else {
        var p = nearest.mean_cumn / this.n;
        var max_n = Math.floor(4 * this.n * this.delta * p * (1 - p));
        if (max_n - nearest.n >= n) {
          this._addweight(nearest, x, n);
        } else {
          this._new_centroid(x, n, nearest.cumn);
        }
      }
      this._cumulate(false);
      if (!this.discrete && this.K && this.size() > this.K / this.delta) {
        this.compress();
      }
    };
    TDigest.prototype.bound_mean = function(x) {
      var iter = this.centroids.upperBound({ mean: x });
      var lower = iter.prev();
      var upper = lower.mean === x ? lower : iter.next();
      return [lower, upper];
    };
    TDigest.prototype.p_rank = function(x_or_xlist) {
      var xs = Array.isArray(x_or_xlist) ? x_or_xlist : [x_or_xlist];
      var ps = xs.map(this._p_rank, this);
      return Array.isArray(x_or_xlist) ? ps : ps[0];
    };
    TDigest.prototype._p_rank = function(x) {
      if (this.size() === 0) {
        return void 0;
      } else if (x < this.centroids.min().mean) {
        return 0;
      } else if (x > this.centroids.max().mean) {
        return 1;
      }
      this._cumulate(true);
      var bound = this.bound_mean(x);
      var lower = bound[0], upper = bound[1];
      if (this.discrete) {
        return lower.cumn / this.n;
      } else {
        var cumn = lower.mean_cumn;
        if (lower !== upper) {
          cumn += (x - lower.mean) * (upper.mean_cumn - lower.mean_cumn) / (upper.mean - lower.mean);
        }
        return cumn / this.n;
      }
    };
    TDigest.prototype.bound_mean_cumn = function(cumn) {
      this.centroids._comparator = compare_centroid_mean_cumns;
      var iter = this.centroids.upperBound({ mean_cumn: cumn });
      this.centroids._comparator = compare_centroid_means;
      var lower = iter.prev();
      var upper = lower && lower.mean_cumn === cumn ? lower : iter.next();
      return [lower, upper];
    };
    TDigest.prototype.percentile = function(p_or_plist) {
      var ps = Array.isArray(p_or_plist) ? p_or_plist : [p_or_plist];
      var qs = ps.map(this._percentile, this);
      return Array.isArray(p_or_plist) ? qs : qs[0];
    };
    TDigest.prototype._percentile = function(p) {
      if (this.size() === 0) {
        return void 0;
      }
      this._cumulate(true);
      var h = this.n * p;
      var bound = this.bound_mean_cumn(h);
      var lower = bound[0], upper = bound[1];
      if (upper === lower || lower === null || upper === null) {
        return (lower || upper).mean;
      } else if (!this.discrete) {
        return lower.mean + (h - lower.mean_cumn) * (upper.mean - lower.mean) / (upper.mean_cumn - lower.mean_cumn);
      } else if (h <= lower.cumn) {
        return lower.mean;
      } else {
        return upper.mean;
      }
    };
    function pop_random(choices) {
      var idx = Math.floor(Math.random() * choices.length);
      return choices.splice(idx, 1)[0];
    }
    TDigest.prototype.compress = function() {
      if (this.compressing) {
        return;
      }
      var points = this.toArray();
      this.reset();
      this.compressing = true;
      while (points.length > 0) {
        this.push_centroid(pop_random(points));
      }
      this._cumulate(true);
      this.compressing = false;
    };
    function Digest(config) {
      this.config = config || {};
      this.mode = this.config.mode || "auto";
      TDigest.call(this, this.mode === "cont" ? config.delta : false);
      this.digest_ratio = this.config.ratio || 0.9;
      this.digest_thresh = this.config.thresh || 1e3;
      this.n_unique = 0;
    }
    Digest.prototype = Object.create(TDigest.prototype);
    Digest.prototype.constructor = Digest;
    Digest.prototype.push = function(x_or_xlist) {
      TDigest.prototype.push.call(this, x_or_xlist);
      this.check_continuous();
    };
    Digest.prototype._new_centroid = function(x, n, cumn) {
      this.n_unique += 1;
      TDigest.prototype._new_centroid.call(this, x, n, cumn);
    };
    Digest.prototype._addweight = function(nearest, x, n) {
      if (nearest.n === 1) {
        this.n_unique -= 1;
      }
      TDigest.prototype._addweight.call(this, nearest, x, n);
    };
    Digest.prototype.check_continuous = function() {
      if (this.mode !== "auto" || this.size() < this.digest_thresh) {
        return false;
      }
      if (this.n_unique / this.size() > this.digest_ratio) {
        this.mode = "cont";
        this.discrete = false;
        this.delta = this.config.delta || 0.01;
        this.compress();
        return true;
      }
      return false;
    };
    module.exports = {
      "TDigest": TDigest,
      "Digest": Digest
    };
  }
});

// node_modules/prom-client/lib/timeWindowQuantiles.js
var require_timeWindowQuantiles = __commonJS({
  "node_modules/prom-client/lib/timeWindowQuantiles.js"(exports, module) {
    "use strict";
    var { TDigest } = require_tdigest();
    var TimeWindowQuantiles = class {
      constructor(maxAgeSeconds, ageBuckets) {
        this.maxAgeSeconds = maxAgeSeconds || 0;
        this.ageBuckets = ageBuckets || 0;
        this.shouldRotate = maxAgeSeconds && ageBuckets;
        this.ringBuffer = Array(ageBuckets).fill(new TDigest());
        this.currentBuffer = 0;
        this.lastRotateTimestampMillis = Date.now();
        this.durationBetweenRotatesMillis = maxAgeSeconds * 1e3 / ageBuckets || Infinity;
      }
      size() {
        const bucket = rotate.call(this);
        return bucket.size();
      }
      percentile(quantile) {
        const bucket = rotate.call(this);
        return bucket.percentile(quantile);
      }
      push(value) {
        rotate.call(this);
        this.ringBuffer.forEach((bucket) => {
          bucket.push(value);
        });
      }
      reset() {
        this.ringBuffer.forEach((bucket) => {
          bucket.reset();
        });
      }
      compress() {
        this.ringBuffer.forEach((bucket) => {
          bucket.compress();
        });
      }
    };
    function rotate() {
      let timeSinceLastRotateMillis = Date.now() - this.lastRotateTimestampMillis;
      while (timeSinceLastRotateMillis > this.durationBetweenRotatesMillis && this.shouldRotate) {
        this.ringBuffer[this.currentBuffer] = new TDigest();
        if (++this.currentBuffer >= this.ringBuffer.length) {
          this.currentBuffer = 0;
        }
        timeSinceLastRotateMillis -= this.durationBetweenRotatesMillis;
        this.lastRotateTimestampMillis += this.durationBetweenRotatesMillis;
      }
      return this.ringBuffer[this.currentBuffer];
    }
    module.exports = TimeWindowQuantiles;
  }
});

// node_modules/prom-client/lib/summary.js
var require_summary = __commonJS({
  "node_modules/prom-client/lib/summary.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var { getLabels, hashObject, removeLabels } = require_util();
    var { validateLabel } = require_validation();
    var { Metric } = require_metric();
    var timeWindowQuantiles = require_timeWindowQuantiles();
    var DEFAULT_COMPRESS_COUNT = 1e3;
    var Summary = class extends Metric {
      constructor(config) {
        super(config, {
          percentiles: [0.01, 0.05, 0.5, 0.9, 0.95, 0.99, 0.999],
          compressCount: DEFAULT_COMPRESS_COUNT,
          hashMap: {}
        });
        this.type = "summary";
        for (const label of this.labelNames) {
          if (label === "quantile")
            throw new Error("quantile is a reserved label keyword");
        }
        if (this.labelNames.length === 0) {
          this.hashMap = {
            [hashObject({})]: {
              labels: {},
              td: new timeWindowQuantiles(this.maxAgeSeconds, this.ageBuckets),
              count: 0,
              sum: 0
            }
          };
        }
      }
      /**
       * Observe a value
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to observe
       * @returns {void}
       */
      observe(labels, value) {
        observe.call(this, labels === 0 ? 0 : labels || {})(value);
      }
      async get() {
        if (this.collect) {
          const v = this.collect();
          if (v instanceof Promise) await v;
        }
        const hashKeys = Object.keys(this.hashMap);
        const values = [];
        hashKeys.forEach((hashKey) => {
          const s = this.hashMap[hashKey];
          if (s) {
            if (this.pruneAgedBuckets && s.td.size() === 0) {
              delete this.hashMap[hashKey];
            } else {
              extractSummariesForExport(s, this.percentiles).forEach((v) => {
                values.push(v);
              });
              values.push(getSumForExport(s, this));
              values.push(getCountForExport(s, this));
            }
          }
        });
        return {
          name: this.name,
          help: this.help,
          type: this.type,
          values,
          aggregator: this.aggregator
        };
      }
      reset() {
        const data = Object.values(this.hashMap);
        data.forEach((s) => {
          s.td.reset();
          s.count = 0;
          s.sum = 0;
        });
      }
      /**
       * Start a timer that could be used to logging durations
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {function} - Function to invoke when you want to stop the timer and observe the duration in seconds
       * @example
       * var end = summary.startTimer();
       * makeExpensiveXHRRequest(function(err, res) {
       *	end(); //Observe the duration of expensiveXHRRequest
       * });
       */
      startTimer(labels) {
        return startTimer.call(this, labels)();
      }
      labels(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        return {
          observe: observe.call(this, labels),
          startTimer: startTimer.call(this, labels)
        };
      }
      remove(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function extractSummariesForExport(summaryOfLabels, percentiles) {
      summaryOfLabels.td.compress();
      return percentiles.map((percentile) => {
        const percentileValue = summaryOfLabels.td.percentile(percentile);
        return {
          labels: Object.assign({ quantile: percentile }, summaryOfLabels.labels),
          value: percentileValue ? percentileValue : 0
        };
      });
    }
    function getCountForExport(value, summary) {
      return {
        metricName: `${summary.name}_count`,
        labels: value.labels,
        value: value.count
      };
    }
    function getSumForExport(value, summary) {
      return {
        metricName: `${summary.name}_sum`,
        labels: value.labels,
        value: value.sum
      };
    }
    function startTimer(startLabels) {
      return () => {
        const start = process.hrtime();
        return (endLabels) => {
          const delta = process.hrtime(start);
          const value = delta[0] + delta[1] / 1e9;
          this.observe(Object.assign({}, startLabels, endLabels), value);
          return value;
        };
      };
    }
    function observe(labels) {
      return (value) => {
        const labelValuePair = convertLabelsAndValues(labels, value);
        validateLabel(this.labelNames, labels);
        if (!Number.isFinite(labelValuePair.value)) {
          throw new TypeError(
            `Value is not a valid number: ${util.format(labelValuePair.value)}`
          );
        }
        const hash = hashObject(labelValuePair.labels, this.sortedLabelNames);
        let summaryOfLabel = this.hashMap[hash];
        if (!summaryOfLabel) {
          summaryOfLabel = {
            labels: labelValuePair.labels,
            td: new timeWindowQuantiles(this.maxAgeSeconds, this.ageBuckets),
            count: 0,
            sum: 0
          };
        }
        summaryOfLabel.td.push(labelValuePair.value);
        summaryOfLabel.count++;
        if (summaryOfLabel.count % this.compressCount === 0) {
          summaryOfLabel.td.compress();
        }
        summaryOfLabel.sum += labelValuePair.value;
        this.hashMap[hash] = summaryOfLabel;
      };
    }
    function convertLabelsAndValues(labels, value) {
      if (value === void 0) {
        return {
          value: labels,
          labels: {}
        };
      }
      return {
        labels,
        value
      };
    }
    module.exports = Summary;
  }
});

// node_modules/prom-client/lib/pushgateway.js
var require_pushgateway = __commonJS({
  "node_modules/prom-client/lib/pushgateway.js"(exports, module) {
    "use strict";
    var url = __require("url");
    var http = __require("http");
    var https = __require("https");
    var { gzipSync } = __require("zlib");
    var { globalRegistry } = require_registry();
    var Pushgateway = class {
      constructor(gatewayUrl, options, registry) {
        if (!registry) {
          registry = globalRegistry;
        }
        this.registry = registry;
        this.gatewayUrl = gatewayUrl;
        const { requireJobName, ...requestOptions } = {
          requireJobName: true,
          ...options
        };
        this.requireJobName = requireJobName;
        this.requestOptions = requestOptions;
      }
      pushAdd(params = {}) {
        if (this.requireJobName && !params.jobName) {
          throw new Error("Missing jobName parameter");
        }
        return useGateway.call(this, "POST", params.jobName, params.groupings);
      }
      push(params = {}) {
        if (this.requireJobName && !params.jobName) {
          throw new Error("Missing jobName parameter");
        }
        return useGateway.call(this, "PUT", params.jobName, params.groupings);
      }
      delete(params = {}) {
        if (this.requireJobName && !params.jobName) {
          throw new Error("Missing jobName parameter");
        }
        return useGateway.call(this, "DELETE", params.jobName, params.groupings);
      }
    };
    async function useGateway(method, job, groupings) {
      const gatewayUrlParsed = url.parse(this.gatewayUrl);
      const gatewayUrlPath = gatewayUrlParsed.pathname && gatewayUrlParsed.pathname !== "/" ? gatewayUrlParsed.pathname : "";
      const jobPath = job ? `/job/${encodeURIComponent(job)}${generateGroupings(groupings)}` : "";
      const path = `${gatewayUrlPath}/metrics${jobPath}`;
      const target = url.resolve(this.gatewayUrl, path);
      const requestParams = url.parse(target);
      const httpModule = isHttps(requestParams.href) ? https : http;
      const options = Object.assign(requestParams, this.requestOptions, {
        method
      });
      return new Promise((resolve2, reject) => {
        if (method === "DELETE" && options.headers) {
          delete options.headers["Content-Encoding"];
        }
        const req = httpModule.request(options, (resp) => {
          let body = "";
          resp.setEncoding("utf8");
          resp.on("data", (chunk) => {
            body += chunk;
          });
          resp.on("end", () => {
            if (resp.statusCode >= 400) {
              reject(
                new Error(`push failed with status ${resp.statusCode}, ${body}`)
              );
            } else {
              resolve2({ resp, body });
            }
          });
        });
        req.on("error", (err) => {
          reject(err);
        });
        req.on("timeout", () => {
          req.destroy(new Error("Pushgateway request timed out"));
        });
        if (method !== "DELETE") {
          this.registry.metrics().then((metrics) => {
            if (options.headers && options.headers["Content-Encoding"] === "gzip") {
              metrics = gzipSync(metrics);
            }
            req.write(metrics);
            req.end();
          }).catch((err) => {
            reject(err);
          });
        } else {
          req.end();
        }
      });
    }
    function generateGroupings(groupings) {
      if (!groupings) {
        return "";
      }
      return Object.keys(groupings).map(
        (key) => `/${encodeURIComponent(key)}/${encodeURIComponent(groupings[key])}`
      ).join("");
    }
    function isHttps(href) {
      return href.search(/^https/) !== -1;
    }
    module.exports = Pushgateway;
  }
});

// node_modules/prom-client/lib/bucketGenerators.js
var require_bucketGenerators = __commonJS({
  "node_modules/prom-client/lib/bucketGenerators.js"(exports) {
    "use strict";
    exports.linearBuckets = (start, width, count) => {
      if (count < 1) {
        throw new Error("Linear buckets needs a positive count");
      }
      const buckets = new Array(count);
      for (let i = 0; i < count; i++) {
        buckets[i] = start + i * width;
      }
      return buckets;
    };
    exports.exponentialBuckets = (start, factor, count) => {
      if (start <= 0) {
        throw new Error("Exponential buckets needs a positive start");
      }
      if (count < 1) {
        throw new Error("Exponential buckets needs a positive count");
      }
      if (factor <= 1) {
        throw new Error("Exponential buckets needs a factor greater than 1");
      }
      const buckets = new Array(count);
      for (let i = 0; i < count; i++) {
        buckets[i] = start;
        start *= factor;
      }
      return buckets;
    };
  }
});

// node_modules/@opentelemetry/api/dist/diag/types.cjs
var require_types = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/types.cjs"(exports) {
    var DiagLogLevel = /* @__PURE__ */ (function(DiagLogLevel2) {
      DiagLogLevel2[DiagLogLevel2["NONE"] = 0] = "NONE";
      DiagLogLevel2[DiagLogLevel2["ERROR"] = 30] = "ERROR";
      DiagLogLevel2[DiagLogLevel2["WARN"] = 50] = "WARN";
      DiagLogLevel2[DiagLogLevel2["INFO"] = 60] = "INFO";
      DiagLogLevel2[DiagLogLevel2["DEBUG"] = 70] = "DEBUG";
      DiagLogLevel2[DiagLogLevel2["VERBOSE"] = 80] = "VERBOSE";
      DiagLogLevel2[DiagLogLevel2["ALL"] = 9999] = "ALL";
      return DiagLogLevel2;
    })({});
    exports.DiagLogLevel = DiagLogLevel;
  }
});

// node_modules/@opentelemetry/api/dist/version.cjs
var require_version = __commonJS({
  "node_modules/@opentelemetry/api/dist/version.cjs"(exports) {
    var VERSION = "1.10.0";
    exports.VERSION = VERSION;
  }
});

// node_modules/@opentelemetry/api/dist/internal/semver.cjs
var require_semver = __commonJS({
  "node_modules/@opentelemetry/api/dist/internal/semver.cjs"(exports) {
    var require_version3 = require_version();
    var re = /^(\d+)\.(\d+)\.(\d+)(-(.+))?$/;
    function _makeCompatibilityCheck(ownVersion) {
      const acceptedVersions = /* @__PURE__ */ new Set([ownVersion]);
      const rejectedVersions = /* @__PURE__ */ new Set();
      const myVersionMatch = ownVersion.match(re);
      if (!myVersionMatch) return () => false;
      const ownVersionParsed = {
        major: +myVersionMatch[1],
        minor: +myVersionMatch[2],
        patch: +myVersionMatch[3],
        prerelease: myVersionMatch[4]
      };
      if (ownVersionParsed.prerelease != null) return function isExactmatch(globalVersion) {
        return globalVersion === ownVersion;
      };
      function _reject(v) {
        rejectedVersions.add(v);
        return false;
      }
      function _accept(v) {
        acceptedVersions.add(v);
        return true;
      }
      return function isCompatible2(globalVersion) {
        if (acceptedVersions.has(globalVersion)) return true;
        if (rejectedVersions.has(globalVersion)) return false;
        const globalVersionMatch = globalVersion.match(re);
        if (!globalVersionMatch) return _reject(globalVersion);
        const globalVersionParsed = {
          major: +globalVersionMatch[1],
          minor: +globalVersionMatch[2],
          patch: +globalVersionMatch[3],
          prerelease: globalVersionMatch[4]
        };
        if (globalVersionParsed.prerelease != null) return _reject(globalVersion);
        if (ownVersionParsed.major !== globalVersionParsed.major) return _reject(globalVersion);
        if (ownVersionParsed.major === 0) {
          if (ownVersionParsed.minor === globalVersionParsed.minor && ownVersionParsed.patch <= globalVersionParsed.patch) return _accept(globalVersion);
          return _reject(globalVersion);
        }
        if (ownVersionParsed.minor <= globalVersionParsed.minor) return _accept(globalVersion);
        return _reject(globalVersion);
      };
    }
    var isCompatible = _makeCompatibilityCheck(require_version3.VERSION);
    exports._makeCompatibilityCheck = _makeCompatibilityCheck;
    exports.isCompatible = isCompatible;
  }
});

// node_modules/@opentelemetry/api/dist/internal/global-utils.cjs
var require_global_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/internal/global-utils.cjs"(exports) {
    var require_version3 = require_version();
    var require_semver2 = require_semver();
    var major = require_version3.VERSION.split(".")[0];
    var GLOBAL_OPENTELEMETRY_API_KEY = /* @__PURE__ */ Symbol.for(`opentelemetry.js.api.${major}`);
    var _global = typeof globalThis === "object" ? globalThis : typeof self === "object" ? self : typeof window === "object" ? window : typeof global === "object" ? global : {};
    function _makeGlobalApi() {
      return Object.defineProperty({}, "version", {
        value: require_version3.VERSION,
        enumerable: true,
        writable: false,
        configurable: false
      });
    }
    function registerGlobal(type, instance, diag, allowOverride = false) {
      var _global$GLOBAL_OPENTE;
      const api = _global[GLOBAL_OPENTELEMETRY_API_KEY] = (_global$GLOBAL_OPENTE = _global[GLOBAL_OPENTELEMETRY_API_KEY]) !== null && _global$GLOBAL_OPENTE !== void 0 ? _global$GLOBAL_OPENTE : _makeGlobalApi();
      if (!allowOverride && api[type]) {
        const err = /* @__PURE__ */ new Error(`@opentelemetry/api: Attempted duplicate registration of API: ${type}`);
        diag.error(err.stack || err.message);
        return false;
      }
      if (api.version !== "1.10.0") {
        const err = /* @__PURE__ */ new Error(`@opentelemetry/api: Registration of version v${api.version} for ${type} does not match previously registered API v${require_version3.VERSION}`);
        diag.error(err.stack || err.message);
        return false;
      }
      api[type] = instance;
      diag.debug(`@opentelemetry/api: Registered a global for ${type} v${require_version3.VERSION}.`);
      return true;
    }
    var _compatibleGlobalApi;
    function getGlobal(type) {
      const api = _global[GLOBAL_OPENTELEMETRY_API_KEY];
      if (api == null) return;
      if (api !== _compatibleGlobalApi) {
        if (!api.version || !require_semver2.isCompatible(api.version)) return;
        _compatibleGlobalApi = api;
      }
      return api[type];
    }
    function unregisterGlobal(type, diag) {
      diag.debug(`@opentelemetry/api: Unregistering a global for ${type} v${require_version3.VERSION}.`);
      const api = _global[GLOBAL_OPENTELEMETRY_API_KEY];
      if (api) delete api[type];
    }
    exports.getGlobal = getGlobal;
    exports.registerGlobal = registerGlobal;
    exports.unregisterGlobal = unregisterGlobal;
  }
});

// node_modules/@opentelemetry/api/dist/diag/ComponentLogger.cjs
var require_ComponentLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/ComponentLogger.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var DiagComponentLogger = class {
      constructor(props) {
        this._namespace = props.namespace || "DiagComponentLogger";
      }
      debug(...args) {
        return logProxy("debug", this._namespace, args);
      }
      error(...args) {
        return logProxy("error", this._namespace, args);
      }
      info(...args) {
        return logProxy("info", this._namespace, args);
      }
      warn(...args) {
        return logProxy("warn", this._namespace, args);
      }
      verbose(...args) {
        return logProxy("verbose", this._namespace, args);
      }
    };
    function logProxy(funcName, namespace, args) {
      const logger = require_global_utils2.getGlobal("diag");
      if (!logger) return;
      return logger[funcName](namespace, ...args);
    }
    exports.DiagComponentLogger = DiagComponentLogger;
  }
});

// node_modules/@opentelemetry/api/dist/diag/internal/logLevelLogger.cjs
var require_logLevelLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/internal/logLevelLogger.cjs"(exports) {
    require_types();
    function createLogLevelDiagLogger(maxLevel, logger) {
      if (maxLevel < 0) maxLevel = 0;
      else if (maxLevel > 9999) maxLevel = 9999;
      logger = logger || {};
      function _filterFunc(funcName, theLevel) {
        const theFunc = logger[funcName];
        if (typeof theFunc === "function" && maxLevel >= theLevel) return theFunc.bind(logger);
        return function() {
        };
      }
      return {
        error: _filterFunc("error", 30),
        warn: _filterFunc("warn", 50),
        info: _filterFunc("info", 60),
        debug: _filterFunc("debug", 70),
        verbose: _filterFunc("verbose", 80)
      };
    }
    exports.createLogLevelDiagLogger = createLogLevelDiagLogger;
  }
});

// node_modules/@opentelemetry/api/dist/api/diag.cjs
var require_diag = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/diag.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_ComponentLogger2 = require_ComponentLogger();
    require_types();
    var require_logLevelLogger2 = require_logLevelLogger();
    var API_NAME = "diag";
    var DiagAPI = class DiagAPI2 {
      /** Get the singleton instance of the DiagAPI API */
      static instance() {
        if (!this._instance) this._instance = new DiagAPI2();
        return this._instance;
      }
      /**
      * Private internal constructor
      * @private
      */
      constructor() {
        function _logProxy(funcName) {
          return function(...args) {
            const logger = require_global_utils2.getGlobal("diag");
            if (!logger) return;
            return logger[funcName](...args);
          };
        }
        const self2 = this;
        const setLogger = (logger, optionsOrLogLevel = { logLevel: 60 }) => {
          var _optionsOrLogLevel$lo;
          if (logger === self2) {
            var _err$stack;
            const err = /* @__PURE__ */ new Error("Cannot use diag as the logger for itself. Please use a DiagLogger implementation like ConsoleDiagLogger or a custom implementation");
            self2.error((_err$stack = err.stack) !== null && _err$stack !== void 0 ? _err$stack : err.message);
            return false;
          }
          if (typeof optionsOrLogLevel === "number") optionsOrLogLevel = { logLevel: optionsOrLogLevel };
          const oldLogger = require_global_utils2.getGlobal("diag");
          const newLogger = require_logLevelLogger2.createLogLevelDiagLogger((_optionsOrLogLevel$lo = optionsOrLogLevel.logLevel) !== null && _optionsOrLogLevel$lo !== void 0 ? _optionsOrLogLevel$lo : 60, logger);
          if (oldLogger && !optionsOrLogLevel.suppressOverrideMessage) {
            var _Error$stack;
            const stack2 = (_Error$stack = (/* @__PURE__ */ new Error()).stack) !== null && _Error$stack !== void 0 ? _Error$stack : "<failed to generate stacktrace>";
            oldLogger.warn(`Current logger will be overwritten from ${stack2}`);
            newLogger.warn(`Current logger will overwrite one already registered from ${stack2}`);
          }
          return require_global_utils2.registerGlobal("diag", newLogger, self2, true);
        };
        self2.setLogger = setLogger;
        self2.disable = () => {
          require_global_utils2.unregisterGlobal(API_NAME, self2);
        };
        self2.createComponentLogger = (options) => {
          return new require_ComponentLogger2.DiagComponentLogger(options);
        };
        self2.verbose = _logProxy("verbose");
        self2.debug = _logProxy("debug");
        self2.info = _logProxy("info");
        self2.warn = _logProxy("warn");
        self2.error = _logProxy("error");
      }
    };
    exports.DiagAPI = DiagAPI;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/internal/baggage-impl.cjs
var require_baggage_impl = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/internal/baggage-impl.cjs"(exports) {
    var BaggageImpl = class BaggageImpl2 {
      constructor(entries) {
        this._entries = entries ? new Map(entries) : /* @__PURE__ */ new Map();
      }
      getEntry(key) {
        const entry = this._entries.get(key);
        if (!entry) return;
        return Object.assign({}, entry);
      }
      getAllEntries() {
        return Array.from(this._entries.entries());
      }
      setEntry(key, entry) {
        const newBaggage = new BaggageImpl2(this._entries);
        newBaggage._entries.set(key, entry);
        return newBaggage;
      }
      removeEntry(key) {
        const newBaggage = new BaggageImpl2(this._entries);
        newBaggage._entries.delete(key);
        return newBaggage;
      }
      removeEntries(...keys) {
        const newBaggage = new BaggageImpl2(this._entries);
        for (const key of keys) newBaggage._entries.delete(key);
        return newBaggage;
      }
      clear() {
        return new BaggageImpl2();
      }
    };
    exports.BaggageImpl = BaggageImpl;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/internal/symbol.cjs
var require_symbol = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/internal/symbol.cjs"(exports) {
    var baggageEntryMetadataSymbol = /* @__PURE__ */ Symbol("BaggageEntryMetadata");
    exports.baggageEntryMetadataSymbol = baggageEntryMetadataSymbol;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/utils.cjs
var require_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/utils.cjs"(exports) {
    var require_diag2 = require_diag();
    var require_baggage_impl2 = require_baggage_impl();
    var require_symbol2 = require_symbol();
    var diag = require_diag2.DiagAPI.instance();
    function createBaggage(entries = {}) {
      return new require_baggage_impl2.BaggageImpl(new Map(Object.entries(entries)));
    }
    function baggageEntryMetadataFromString(str) {
      if (typeof str !== "string") {
        diag.error(`Cannot create baggage metadata from unknown type: ${typeof str}`);
        str = "";
      }
      return {
        __TYPE__: require_symbol2.baggageEntryMetadataSymbol,
        toString() {
          return str;
        }
      };
    }
    exports.baggageEntryMetadataFromString = baggageEntryMetadataFromString;
    exports.createBaggage = createBaggage;
  }
});

// node_modules/@opentelemetry/api/dist/context/context.cjs
var require_context = __commonJS({
  "node_modules/@opentelemetry/api/dist/context/context.cjs"(exports) {
    function createContextKey(description) {
      return Symbol.for(description);
    }
    var ROOT_CONTEXT = new class BaseContext {
      /**
      * Construct a new context which inherits values from an optional parent context.
      *
      * @param parentContext a context from which to inherit values
      */
      constructor(parentContext) {
        const self2 = this;
        self2._currentContext = parentContext ? new Map(parentContext) : /* @__PURE__ */ new Map();
        self2.getValue = (key) => self2._currentContext.get(key);
        self2.setValue = (key, value) => {
          const context = new BaseContext(self2._currentContext);
          context._currentContext.set(key, value);
          return context;
        };
        self2.deleteValue = (key) => {
          const context = new BaseContext(self2._currentContext);
          context._currentContext.delete(key);
          return context;
        };
      }
    }();
    exports.ROOT_CONTEXT = ROOT_CONTEXT;
    exports.createContextKey = createContextKey;
  }
});

// node_modules/@opentelemetry/api/dist/diag/consoleLogger.cjs
var require_consoleLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/consoleLogger.cjs"(exports) {
    var consoleMap = [
      {
        n: "error",
        c: "error"
      },
      {
        n: "warn",
        c: "warn"
      },
      {
        n: "info",
        c: "info"
      },
      {
        n: "debug",
        c: "debug"
      },
      {
        n: "verbose",
        c: "trace"
      }
    ];
    var _originalConsoleMethods = {};
    if (typeof console !== "undefined") {
      for (const key of [
        "error",
        "warn",
        "info",
        "debug",
        "trace",
        "log"
      ]) if (typeof console[key] === "function") _originalConsoleMethods[key] = console[key];
    }
    var DiagConsoleLogger = class {
      constructor() {
        function _consoleFunc(funcName) {
          return function(...args) {
            let theFunc = _originalConsoleMethods[funcName];
            if (typeof theFunc !== "function") theFunc = _originalConsoleMethods["log"];
            if (typeof theFunc !== "function" && console) {
              theFunc = console[funcName];
              if (typeof theFunc !== "function") theFunc = console.log;
            }
            if (typeof theFunc === "function") return theFunc.apply(console, args);
          };
        }
        for (let i = 0; i < consoleMap.length; i++) this[consoleMap[i].n] = _consoleFunc(consoleMap[i].c);
      }
    };
    exports.DiagConsoleLogger = DiagConsoleLogger;
    exports._originalConsoleMethods = _originalConsoleMethods;
  }
});

// node_modules/@opentelemetry/api/dist/metrics/NoopMeter.cjs
var require_NoopMeter = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics/NoopMeter.cjs"(exports) {
    var NoopMeter = class {
      constructor() {
      }
      /**
      * @see {@link Meter.createGauge}
      */
      createGauge(_name, _options) {
        return NOOP_GAUGE_METRIC;
      }
      /**
      * @see {@link Meter.createHistogram}
      */
      createHistogram(_name, _options) {
        return NOOP_HISTOGRAM_METRIC;
      }
      /**
      * @see {@link Meter.createCounter}
      */
      createCounter(_name, _options) {
        return NOOP_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createUpDownCounter}
      */
      createUpDownCounter(_name, _options) {
        return NOOP_UP_DOWN_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createObservableGauge}
      */
      createObservableGauge(_name, _options) {
        return NOOP_OBSERVABLE_GAUGE_METRIC;
      }
      /**
      * @see {@link Meter.createObservableCounter}
      */
      createObservableCounter(_name, _options) {
        return NOOP_OBSERVABLE_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createObservableUpDownCounter}
      */
      createObservableUpDownCounter(_name, _options) {
        return NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.addBatchObservableCallback}
      */
      addBatchObservableCallback(_callback, _observables) {
      }
      /**
      * @see {@link Meter.removeBatchObservableCallback}
      */
      removeBatchObservableCallback(_callback) {
      }
    };
    var NoopMetric = class {
    };
    var NoopCounterMetric = class extends NoopMetric {
      add(_value, _attributes) {
      }
    };
    var NoopUpDownCounterMetric = class extends NoopMetric {
      add(_value, _attributes) {
      }
    };
    var NoopGaugeMetric = class extends NoopMetric {
      record(_value, _attributes) {
      }
    };
    var NoopHistogramMetric = class extends NoopMetric {
      record(_value, _attributes) {
      }
    };
    var NoopObservableMetric = class {
      addCallback(_callback) {
      }
      removeCallback(_callback) {
      }
    };
    var NoopObservableCounterMetric = class extends NoopObservableMetric {
    };
    var NoopObservableGaugeMetric = class extends NoopObservableMetric {
    };
    var NoopObservableUpDownCounterMetric = class extends NoopObservableMetric {
    };
    var NOOP_METER = new NoopMeter();
    var NOOP_COUNTER_METRIC = new NoopCounterMetric();
    var NOOP_GAUGE_METRIC = new NoopGaugeMetric();
    var NOOP_HISTOGRAM_METRIC = new NoopHistogramMetric();
    var NOOP_UP_DOWN_COUNTER_METRIC = new NoopUpDownCounterMetric();
    var NOOP_OBSERVABLE_COUNTER_METRIC = new NoopObservableCounterMetric();
    var NOOP_OBSERVABLE_GAUGE_METRIC = new NoopObservableGaugeMetric();
    var NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC = new NoopObservableUpDownCounterMetric();
    function createNoopMeter() {
      return NOOP_METER;
    }
    exports.NOOP_COUNTER_METRIC = NOOP_COUNTER_METRIC;
    exports.NOOP_GAUGE_METRIC = NOOP_GAUGE_METRIC;
    exports.NOOP_HISTOGRAM_METRIC = NOOP_HISTOGRAM_METRIC;
    exports.NOOP_METER = NOOP_METER;
    exports.NOOP_OBSERVABLE_COUNTER_METRIC = NOOP_OBSERVABLE_COUNTER_METRIC;
    exports.NOOP_OBSERVABLE_GAUGE_METRIC = NOOP_OBSERVABLE_GAUGE_METRIC;
    exports.NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC = NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC;
    exports.NOOP_UP_DOWN_COUNTER_METRIC = NOOP_UP_DOWN_COUNTER_METRIC;
    exports.NoopCounterMetric = NoopCounterMetric;
    exports.NoopGaugeMetric = NoopGaugeMetric;
    exports.NoopHistogramMetric = NoopHistogramMetric;
    exports.NoopMeter = NoopMeter;
    exports.NoopMetric = NoopMetric;
    exports.NoopObservableCounterMetric = NoopObservableCounterMetric;
    exports.NoopObservableGaugeMetric = NoopObservableGaugeMetric;
    exports.NoopObservableMetric = NoopObservableMetric;
    exports.NoopObservableUpDownCounterMetric = NoopObservableUpDownCounterMetric;
    exports.NoopUpDownCounterMetric = NoopUpDownCounterMetric;
    exports.createNoopMeter = createNoopMeter;
  }
});

// node_modules/@opentelemetry/api/dist/metrics/Metric.cjs
var require_Metric = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics/Metric.cjs"(exports) {
    var ValueType = /* @__PURE__ */ (function(ValueType2) {
      ValueType2[ValueType2["INT"] = 0] = "INT";
      ValueType2[ValueType2["DOUBLE"] = 1] = "DOUBLE";
      return ValueType2;
    })({});
    exports.ValueType = ValueType;
  }
});

// node_modules/@opentelemetry/api/dist/logs/NoopLogger.cjs
var require_NoopLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/NoopLogger.cjs"(exports) {
    var NoopLogger = class {
      emit(_logRecord) {
      }
      enabled() {
        return false;
      }
    };
    var NOOP_LOGGER = new NoopLogger();
    function createNoopLogger() {
      return NOOP_LOGGER;
    }
    exports.NOOP_LOGGER = NOOP_LOGGER;
    exports.NoopLogger = NoopLogger;
    exports.createNoopLogger = createNoopLogger;
  }
});

// node_modules/@opentelemetry/api/dist/logs/LogRecord.cjs
var require_LogRecord = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/LogRecord.cjs"(exports) {
    var SeverityNumber = /* @__PURE__ */ (function(SeverityNumber2) {
      SeverityNumber2[SeverityNumber2["UNSPECIFIED"] = 0] = "UNSPECIFIED";
      SeverityNumber2[SeverityNumber2["TRACE"] = 1] = "TRACE";
      SeverityNumber2[SeverityNumber2["TRACE2"] = 2] = "TRACE2";
      SeverityNumber2[SeverityNumber2["TRACE3"] = 3] = "TRACE3";
      SeverityNumber2[SeverityNumber2["TRACE4"] = 4] = "TRACE4";
      SeverityNumber2[SeverityNumber2["DEBUG"] = 5] = "DEBUG";
      SeverityNumber2[SeverityNumber2["DEBUG2"] = 6] = "DEBUG2";
      SeverityNumber2[SeverityNumber2["DEBUG3"] = 7] = "DEBUG3";
      SeverityNumber2[SeverityNumber2["DEBUG4"] = 8] = "DEBUG4";
      SeverityNumber2[SeverityNumber2["INFO"] = 9] = "INFO";
      SeverityNumber2[SeverityNumber2["INFO2"] = 10] = "INFO2";
      SeverityNumber2[SeverityNumber2["INFO3"] = 11] = "INFO3";
      SeverityNumber2[SeverityNumber2["INFO4"] = 12] = "INFO4";
      SeverityNumber2[SeverityNumber2["WARN"] = 13] = "WARN";
      SeverityNumber2[SeverityNumber2["WARN2"] = 14] = "WARN2";
      SeverityNumber2[SeverityNumber2["WARN3"] = 15] = "WARN3";
      SeverityNumber2[SeverityNumber2["WARN4"] = 16] = "WARN4";
      SeverityNumber2[SeverityNumber2["ERROR"] = 17] = "ERROR";
      SeverityNumber2[SeverityNumber2["ERROR2"] = 18] = "ERROR2";
      SeverityNumber2[SeverityNumber2["ERROR3"] = 19] = "ERROR3";
      SeverityNumber2[SeverityNumber2["ERROR4"] = 20] = "ERROR4";
      SeverityNumber2[SeverityNumber2["FATAL"] = 21] = "FATAL";
      SeverityNumber2[SeverityNumber2["FATAL2"] = 22] = "FATAL2";
      SeverityNumber2[SeverityNumber2["FATAL3"] = 23] = "FATAL3";
      SeverityNumber2[SeverityNumber2["FATAL4"] = 24] = "FATAL4";
      return SeverityNumber2;
    })({});
    exports.SeverityNumber = SeverityNumber;
  }
});

// node_modules/@opentelemetry/api/dist/propagation/TextMapPropagator.cjs
var require_TextMapPropagator = __commonJS({
  "node_modules/@opentelemetry/api/dist/propagation/TextMapPropagator.cjs"(exports) {
    var defaultTextMapGetter = {
      get(carrier, key) {
        if (carrier == null) return;
        return carrier[key];
      },
      keys(carrier) {
        if (carrier == null) return [];
        return Object.keys(carrier);
      }
    };
    var defaultTextMapSetter = { set(carrier, key, value) {
      if (carrier == null) return;
      carrier[key] = value;
    } };
    exports.defaultTextMapGetter = defaultTextMapGetter;
    exports.defaultTextMapSetter = defaultTextMapSetter;
  }
});

// node_modules/@opentelemetry/api/dist/trace/trace_flags.cjs
var require_trace_flags = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/trace_flags.cjs"(exports) {
    var TraceFlags = /* @__PURE__ */ (function(TraceFlags2) {
      TraceFlags2[TraceFlags2["NONE"] = 0] = "NONE";
      TraceFlags2[TraceFlags2["SAMPLED"] = 1] = "SAMPLED";
      return TraceFlags2;
    })({});
    exports.TraceFlags = TraceFlags;
  }
});

// node_modules/@opentelemetry/api/dist/trace/invalid-span-constants.cjs
var require_invalid_span_constants = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/invalid-span-constants.cjs"(exports) {
    require_trace_flags();
    var INVALID_SPANID = "0000000000000000";
    var INVALID_TRACEID = "00000000000000000000000000000000";
    var INVALID_SPAN_CONTEXT = {
      traceId: INVALID_TRACEID,
      spanId: INVALID_SPANID,
      traceFlags: 0
    };
    exports.INVALID_SPANID = INVALID_SPANID;
    exports.INVALID_SPAN_CONTEXT = INVALID_SPAN_CONTEXT;
    exports.INVALID_TRACEID = INVALID_TRACEID;
  }
});

// node_modules/@opentelemetry/api/dist/trace/NonRecordingSpan.cjs
var require_NonRecordingSpan = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/NonRecordingSpan.cjs"(exports) {
    var require_invalid_span_constants2 = require_invalid_span_constants();
    var NonRecordingSpan = class {
      constructor(spanContext = require_invalid_span_constants2.INVALID_SPAN_CONTEXT) {
        this._spanContext = spanContext;
      }
      spanContext() {
        return this._spanContext;
      }
      setAttribute(_key, _value) {
        return this;
      }
      setAttributes(_attributes) {
        return this;
      }
      addEvent(_name, _attributes) {
        return this;
      }
      addLink(_link) {
        return this;
      }
      addLinks(_links) {
        return this;
      }
      setStatus(_status) {
        return this;
      }
      updateName(_name) {
        return this;
      }
      end(_endTime) {
      }
      isRecording() {
        return false;
      }
      recordException(_exception, _time) {
      }
    };
    exports.NonRecordingSpan = NonRecordingSpan;
  }
});

// node_modules/@opentelemetry/api/dist/trace/spancontext-utils.cjs
var require_spancontext_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/spancontext-utils.cjs"(exports) {
    require_invalid_span_constants();
    var require_NonRecordingSpan2 = require_NonRecordingSpan();
    var isHex = new Uint8Array([
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1
    ]);
    function isValidHex(id, length) {
      if (typeof id !== "string" || id.length !== length) return false;
      let r = 0;
      for (let i = 0; i < id.length; i += 4) r += (isHex[id.charCodeAt(i)] | 0) + (isHex[id.charCodeAt(i + 1)] | 0) + (isHex[id.charCodeAt(i + 2)] | 0) + (isHex[id.charCodeAt(i + 3)] | 0);
      return r === length;
    }
    function isValidTraceId(traceId) {
      return isValidHex(traceId, 32) && traceId !== "00000000000000000000000000000000";
    }
    function isValidSpanId(spanId) {
      return isValidHex(spanId, 16) && spanId !== "0000000000000000";
    }
    function isSpanContextValid(spanContext) {
      return isValidTraceId(spanContext.traceId) && isValidSpanId(spanContext.spanId);
    }
    function wrapSpanContext(spanContext) {
      return new require_NonRecordingSpan2.NonRecordingSpan(spanContext);
    }
    exports.isSpanContextValid = isSpanContextValid;
    exports.isValidSpanId = isValidSpanId;
    exports.isValidTraceId = isValidTraceId;
    exports.wrapSpanContext = wrapSpanContext;
  }
});

// node_modules/@opentelemetry/api/dist/context/NoopContextManager.cjs
var require_NoopContextManager = __commonJS({
  "node_modules/@opentelemetry/api/dist/context/NoopContextManager.cjs"(exports) {
    var require_context3 = require_context();
    var NoopContextManager = class {
      active() {
        return require_context3.ROOT_CONTEXT;
      }
      with(_context, fn, thisArg, ...args) {
        return fn.call(thisArg, ...args);
      }
      bind(_context, target) {
        return target;
      }
      enable() {
        return this;
      }
      disable() {
        return this;
      }
      /** @experimental This API is experimental and may change in minor releases without prior notice. */
      attach(_context) {
        return { dispose() {
        } };
      }
    };
    exports.NoopContextManager = NoopContextManager;
  }
});

// node_modules/@opentelemetry/api/dist/api/context.cjs
var require_context2 = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/context.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_NoopContextManager2 = require_NoopContextManager();
    var API_NAME = "context";
    var NOOP_CONTEXT_MANAGER = new require_NoopContextManager2.NoopContextManager();
    var NOOP_TOKEN = Object.freeze({ dispose: () => {
    } });
    var ContextAPI = class ContextAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this._attachUnsupportedWarned = false;
      }
      /** Get the singleton instance of the Context API */
      static getInstance() {
        if (!this._instance) this._instance = new ContextAPI2();
        return this._instance;
      }
      /**
      * Set the current context manager.
      *
      * @returns true if the context manager was successfully registered, else false
      */
      setGlobalContextManager(contextManager) {
        return require_global_utils2.registerGlobal(API_NAME, contextManager, require_diag2.DiagAPI.instance());
      }
      /**
      * Get the currently active context
      */
      active() {
        return this._getContextManager().active();
      }
      /**
      * Execute a function with an active context
      *
      * @param context context to be active during function execution
      * @param fn function to execute in a context
      * @param thisArg optional receiver to be used for calling fn
      * @param args optional arguments forwarded to fn
      */
      with(context, fn, thisArg, ...args) {
        return this._getContextManager().with(context, fn, thisArg, ...args);
      }
      /**
      * Bind a context to a target function or event emitter
      *
      * @param context context to bind to the event emitter or function. Defaults to the currently active context
      * @param target function or event emitter to bind
      */
      bind(context, target) {
        return this._getContextManager().bind(context, target);
      }
      /**
      * Imperatively sets `context` as active, returning a {@link ContextManagementToken} whose
      * {@link ContextManagementToken.dispose} restores the previous context.
      *
      * This is a delicate, low-level API - prefer {@link with}/{@link bind}, which
      * restore context automatically. Use `attach` only to bridge callback
      * boundaries that `with` cannot wrap. Call `token.dispose()` when the
      * operation is done.
      *
      * **Caveat for async functions:** If called inside an async function before
      * the first `await`, the context change may leak into the caller's context
      * and remain active there. Prefer {@link with} for async code.
      *
      * Support is best-effort and varies by the active ContextManager (see
      * {@link ContextManager.attach}); if it does not implement `attach`, this logs
      * a warning and returns a no-op token.
      *
      * @param context The Context to attach
      * @returns A {@link ContextManagementToken} whose dispose() restores the previous Context
      * @since 1.10.0
      * @experimental This API is experimental and may change in minor releases without prior notice.
      */
      attach(context) {
        const contextManager = this._getContextManager();
        if (contextManager.attach) return contextManager.attach(context);
        if (!this._attachUnsupportedWarned) {
          this._attachUnsupportedWarned = true;
          require_diag2.DiagAPI.instance().warn("The current ContextManager does not implement attach(). The context will not be attached. Use a ContextManager that supports attach() (e.g. AsyncLocalStorageContextManager) or use with()/bind() instead.");
        }
        return NOOP_TOKEN;
      }
      _getContextManager() {
        return require_global_utils2.getGlobal(API_NAME) || NOOP_CONTEXT_MANAGER;
      }
      /** Disable and remove the global context manager */
      disable() {
        this._getContextManager().disable();
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
      }
    };
    exports.ContextAPI = ContextAPI;
  }
});

// node_modules/@opentelemetry/api/dist/trace/context-utils.cjs
var require_context_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/context-utils.cjs"(exports) {
    var require_context3 = require_context();
    var require_context$1 = require_context2();
    var require_NonRecordingSpan2 = require_NonRecordingSpan();
    var SPAN_KEY = require_context3.createContextKey("OpenTelemetry Context Key SPAN");
    function getSpan(context) {
      return context.getValue(SPAN_KEY) || void 0;
    }
    function getActiveSpan() {
      return getSpan(require_context$1.ContextAPI.getInstance().active());
    }
    function setSpan(context, span) {
      return context.setValue(SPAN_KEY, span);
    }
    function deleteSpan(context) {
      return context.deleteValue(SPAN_KEY);
    }
    function setSpanContext(context, spanContext) {
      return setSpan(context, new require_NonRecordingSpan2.NonRecordingSpan(spanContext));
    }
    function getSpanContext(context) {
      var _getSpan;
      return (_getSpan = getSpan(context)) === null || _getSpan === void 0 ? void 0 : _getSpan.spanContext();
    }
    exports.deleteSpan = deleteSpan;
    exports.getActiveSpan = getActiveSpan;
    exports.getSpan = getSpan;
    exports.getSpanContext = getSpanContext;
    exports.setSpan = setSpan;
    exports.setSpanContext = setSpanContext;
  }
});

// node_modules/@opentelemetry/api/dist/trace/NoopTracer.cjs
var require_NoopTracer = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/NoopTracer.cjs"(exports) {
    var require_context3 = require_context2();
    var require_NonRecordingSpan2 = require_NonRecordingSpan();
    var require_context_utils2 = require_context_utils();
    var require_spancontext_utils2 = require_spancontext_utils();
    var contextApi = require_context3.ContextAPI.getInstance();
    var NoopTracer = class {
      startSpan(name, options, context = contextApi.active()) {
        if (Boolean(options === null || options === void 0 ? void 0 : options.root)) return new require_NonRecordingSpan2.NonRecordingSpan();
        const parentFromContext = context && require_context_utils2.getSpanContext(context);
        if (isSpanContext(parentFromContext) && require_spancontext_utils2.isSpanContextValid(parentFromContext)) return new require_NonRecordingSpan2.NonRecordingSpan(parentFromContext);
        else return new require_NonRecordingSpan2.NonRecordingSpan();
      }
      startActiveSpan(name, arg2, arg3, arg4) {
        var _ctx;
        let opts;
        let ctx;
        let fn;
        if (arguments.length < 2) return;
        else if (arguments.length === 2) fn = arg2;
        else if (arguments.length === 3) {
          opts = arg2;
          fn = arg3;
        } else {
          opts = arg2;
          ctx = arg3;
          fn = arg4;
        }
        const parentContext = (_ctx = ctx) !== null && _ctx !== void 0 ? _ctx : contextApi.active();
        const span = this.startSpan(name, opts, parentContext);
        const contextWithSpanSet = require_context_utils2.setSpan(parentContext, span);
        return contextApi.with(contextWithSpanSet, fn, void 0, span);
      }
    };
    function isSpanContext(spanContext) {
      return spanContext !== null && typeof spanContext === "object" && "spanId" in spanContext && typeof spanContext["spanId"] === "string" && "traceId" in spanContext && typeof spanContext["traceId"] === "string" && "traceFlags" in spanContext && typeof spanContext["traceFlags"] === "number";
    }
    exports.NoopTracer = NoopTracer;
  }
});

// node_modules/@opentelemetry/api/dist/trace/ProxyTracer.cjs
var require_ProxyTracer = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/ProxyTracer.cjs"(exports) {
    var NOOP_TRACER = new (require_NoopTracer()).NoopTracer();
    var ProxyTracer = class {
      constructor(provider, name, version, options) {
        this._provider = provider;
        this.name = name;
        this.version = version;
        this.options = options;
      }
      startSpan(name, options, context) {
        return this._getTracer().startSpan(name, options, context);
      }
      startActiveSpan(_name, _options, _context, _fn) {
        const tracer = this._getTracer();
        return Reflect.apply(tracer.startActiveSpan, tracer, arguments);
      }
      /**
      * Try to get a tracer from the proxy tracer provider.
      * If the proxy tracer provider has no delegate, return a noop tracer.
      */
      _getTracer() {
        if (this._delegate) return this._delegate;
        const tracer = this._provider.getDelegateTracer(this.name, this.version, this.options);
        if (!tracer) return NOOP_TRACER;
        this._delegate = tracer;
        return this._delegate;
      }
    };
    exports.ProxyTracer = ProxyTracer;
  }
});

// node_modules/@opentelemetry/api/dist/trace/span_kind.cjs
var require_span_kind = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/span_kind.cjs"(exports) {
    var SpanKind = /* @__PURE__ */ (function(SpanKind2) {
      SpanKind2[SpanKind2["INTERNAL"] = 0] = "INTERNAL";
      SpanKind2[SpanKind2["SERVER"] = 1] = "SERVER";
      SpanKind2[SpanKind2["CLIENT"] = 2] = "CLIENT";
      SpanKind2[SpanKind2["PRODUCER"] = 3] = "PRODUCER";
      SpanKind2[SpanKind2["CONSUMER"] = 4] = "CONSUMER";
      return SpanKind2;
    })({});
    exports.SpanKind = SpanKind;
  }
});

// node_modules/@opentelemetry/api/dist/trace/status.cjs
var require_status = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/status.cjs"(exports) {
    var SpanStatusCode = /* @__PURE__ */ (function(SpanStatusCode2) {
      SpanStatusCode2[SpanStatusCode2["UNSET"] = 0] = "UNSET";
      SpanStatusCode2[SpanStatusCode2["OK"] = 1] = "OK";
      SpanStatusCode2[SpanStatusCode2["ERROR"] = 2] = "ERROR";
      return SpanStatusCode2;
    })({});
    exports.SpanStatusCode = SpanStatusCode;
  }
});

// node_modules/@opentelemetry/api/dist/trace/internal/tracestate-validators.cjs
var require_tracestate_validators = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/internal/tracestate-validators.cjs"(exports) {
    var VALID_KEY_CHAR_RANGE = "[_0-9a-z-*/]";
    var VALID_KEY_REGEX = new RegExp(`^(?:${`[a-z]${VALID_KEY_CHAR_RANGE}{0,255}`}|${`[a-z0-9]${VALID_KEY_CHAR_RANGE}{0,240}@[a-z]${VALID_KEY_CHAR_RANGE}{0,13}`})$`);
    var VALID_VALUE_BASE_REGEX = /^[ -~]{0,255}[!-~]$/;
    var INVALID_VALUE_COMMA_EQUAL_REGEX = /,|=/;
    function validateKey(key) {
      return VALID_KEY_REGEX.test(key);
    }
    function validateValue(value) {
      return VALID_VALUE_BASE_REGEX.test(value) && !INVALID_VALUE_COMMA_EQUAL_REGEX.test(value);
    }
    exports.validateKey = validateKey;
    exports.validateValue = validateValue;
  }
});

// node_modules/@opentelemetry/api/dist/trace/internal/tracestate-impl.cjs
var require_tracestate_impl = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/internal/tracestate-impl.cjs"(exports) {
    var require_tracestate_validators2 = require_tracestate_validators();
    var MAX_TRACE_STATE_ITEMS = 32;
    var MAX_TRACE_STATE_LEN = 512;
    var LIST_MEMBERS_SEPARATOR = ",";
    var LIST_MEMBER_KEY_VALUE_SPLITTER = "=";
    var TraceStateImpl = class TraceStateImpl2 {
      constructor(rawTraceState) {
        this._internalState = /* @__PURE__ */ new Map();
        if (rawTraceState) this._parse(rawTraceState);
      }
      set(key, value) {
        const currValue = this._internalState.get(key);
        let newLength = this.serialize().length;
        if (typeof currValue === "string") newLength += value.length - currValue.length;
        else {
          if (this._internalState.size >= MAX_TRACE_STATE_ITEMS) return this;
          newLength += key.length + value.length + (this._internalState.size > 0 ? 2 : 1);
        }
        if (newLength > MAX_TRACE_STATE_LEN) return this;
        const traceState = this._clone();
        if (traceState._internalState.has(key)) traceState._internalState.delete(key);
        traceState._internalState.set(key, value);
        return traceState;
      }
      unset(key) {
        const traceState = this._clone();
        traceState._internalState.delete(key);
        return traceState;
      }
      get(key) {
        return this._internalState.get(key);
      }
      serialize() {
        return Array.from(this._internalState.keys()).reduceRight((agg, key) => {
          agg.push(key + LIST_MEMBER_KEY_VALUE_SPLITTER + this.get(key));
          return agg;
        }, []).join(LIST_MEMBERS_SEPARATOR);
      }
      _parse(rawTraceState) {
        if (rawTraceState.length > MAX_TRACE_STATE_LEN) return;
        this._internalState = rawTraceState.split(LIST_MEMBERS_SEPARATOR).reduceRight((agg, part) => {
          const listMember = part.trim();
          const i = listMember.indexOf(LIST_MEMBER_KEY_VALUE_SPLITTER);
          if (i !== -1) {
            const key = listMember.slice(0, i);
            const value = listMember.slice(i + 1, part.length);
            if (require_tracestate_validators2.validateKey(key) && require_tracestate_validators2.validateValue(value)) agg.set(key, value);
          }
          return agg;
        }, /* @__PURE__ */ new Map());
        if (this._internalState.size > MAX_TRACE_STATE_ITEMS) this._internalState = new Map(Array.from(this._internalState.entries()).reverse().slice(0, MAX_TRACE_STATE_ITEMS));
      }
      _keys() {
        return Array.from(this._internalState.keys()).reverse();
      }
      _clone() {
        const traceState = new TraceStateImpl2();
        traceState._internalState = new Map(this._internalState);
        return traceState;
      }
    };
    exports.TraceStateImpl = TraceStateImpl;
  }
});

// node_modules/@opentelemetry/api/dist/trace/internal/utils.cjs
var require_utils2 = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/internal/utils.cjs"(exports) {
    var require_tracestate_impl2 = require_tracestate_impl();
    function createTraceState(rawTraceState) {
      return new require_tracestate_impl2.TraceStateImpl(rawTraceState);
    }
    exports.createTraceState = createTraceState;
  }
});

// node_modules/@opentelemetry/api/dist/trace/NoopTracerProvider.cjs
var require_NoopTracerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/NoopTracerProvider.cjs"(exports) {
    var require_NoopTracer2 = require_NoopTracer();
    var NoopTracerProvider = class {
      getTracer(_name, _version, _options) {
        return new require_NoopTracer2.NoopTracer();
      }
    };
    exports.NoopTracerProvider = NoopTracerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/trace/ProxyTracerProvider.cjs
var require_ProxyTracerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/ProxyTracerProvider.cjs"(exports) {
    var require_ProxyTracer2 = require_ProxyTracer();
    var NOOP_TRACER_PROVIDER = new (require_NoopTracerProvider()).NoopTracerProvider();
    var ProxyTracerProvider = class {
      /**
      * Get a {@link ProxyTracer}
      */
      getTracer(name, version, options) {
        var _this$getDelegateTrac;
        return (_this$getDelegateTrac = this.getDelegateTracer(name, version, options)) !== null && _this$getDelegateTrac !== void 0 ? _this$getDelegateTrac : new require_ProxyTracer2.ProxyTracer(this, name, version, options);
      }
      getDelegate() {
        var _this$_delegate;
        return (_this$_delegate = this._delegate) !== null && _this$_delegate !== void 0 ? _this$_delegate : NOOP_TRACER_PROVIDER;
      }
      /**
      * Set the delegate tracer provider
      */
      setDelegate(delegate) {
        this._delegate = delegate;
      }
      getDelegateTracer(name, version, options) {
        var _this$_delegate2;
        return (_this$_delegate2 = this._delegate) === null || _this$_delegate2 === void 0 ? void 0 : _this$_delegate2.getTracer(name, version, options);
      }
    };
    exports.ProxyTracerProvider = ProxyTracerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/trace/SamplingResult.cjs
var require_SamplingResult = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/SamplingResult.cjs"(exports) {
    var SamplingDecision = /* @__PURE__ */ (function(SamplingDecision2) {
      SamplingDecision2[SamplingDecision2["NOT_RECORD"] = 0] = "NOT_RECORD";
      SamplingDecision2[SamplingDecision2["RECORD"] = 1] = "RECORD";
      SamplingDecision2[SamplingDecision2["RECORD_AND_SAMPLED"] = 2] = "RECORD_AND_SAMPLED";
      return SamplingDecision2;
    })({});
    exports.SamplingDecision = SamplingDecision;
  }
});

// node_modules/@opentelemetry/api/dist/context-api.cjs
var require_context_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/context-api.cjs"(exports) {
    var context = require_context2().ContextAPI.getInstance();
    exports.context = context;
  }
});

// node_modules/@opentelemetry/api/dist/diag-api.cjs
var require_diag_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag-api.cjs"(exports) {
    var diag = require_diag().DiagAPI.instance();
    exports.diag = diag;
  }
});

// node_modules/@opentelemetry/api/dist/logs/NoopLoggerProvider.cjs
var require_NoopLoggerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/NoopLoggerProvider.cjs"(exports) {
    var require_NoopLogger2 = require_NoopLogger();
    var NoopLoggerProvider = class {
      getLogger(_name, _version, _options) {
        return new require_NoopLogger2.NoopLogger();
      }
    };
    var NOOP_LOGGER_PROVIDER = new NoopLoggerProvider();
    exports.NOOP_LOGGER_PROVIDER = NOOP_LOGGER_PROVIDER;
    exports.NoopLoggerProvider = NoopLoggerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/logs/ProxyLogger.cjs
var require_ProxyLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/ProxyLogger.cjs"(exports) {
    var require_NoopLogger2 = require_NoopLogger();
    var ProxyLogger = class {
      constructor(provider, name, version, options) {
        this._provider = provider;
        this.name = name;
        this.version = version;
        this.options = options;
      }
      /**
      * Emit a log record. This method should only be used by log appenders.
      *
      * @param logRecord
      */
      emit(logRecord) {
        this._getLogger().emit(logRecord);
      }
      enabled(options) {
        return this._getLogger().enabled(options);
      }
      /**
      * Try to get a logger from the proxy logger provider.
      * If the proxy logger provider has no delegate, return a noop logger.
      */
      _getLogger() {
        if (this._delegate) return this._delegate;
        const logger = this._provider._getDelegateLogger(this.name, this.version, this.options);
        if (!logger) return require_NoopLogger2.NOOP_LOGGER;
        this._delegate = logger;
        return this._delegate;
      }
    };
    exports.ProxyLogger = ProxyLogger;
  }
});

// node_modules/@opentelemetry/api/dist/logs/ProxyLoggerProvider.cjs
var require_ProxyLoggerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/ProxyLoggerProvider.cjs"(exports) {
    var require_NoopLoggerProvider2 = require_NoopLoggerProvider();
    var require_ProxyLogger2 = require_ProxyLogger();
    var ProxyLoggerProvider = class {
      getLogger(name, version, options) {
        var _this$_getDelegateLog;
        return (_this$_getDelegateLog = this._getDelegateLogger(name, version, options)) !== null && _this$_getDelegateLog !== void 0 ? _this$_getDelegateLog : new require_ProxyLogger2.ProxyLogger(this, name, version, options);
      }
      /**
      * Get the delegate logger provider.
      * Used by tests only.
      * @internal
      */
      _getDelegate() {
        var _this$_delegate;
        return (_this$_delegate = this._delegate) !== null && _this$_delegate !== void 0 ? _this$_delegate : require_NoopLoggerProvider2.NOOP_LOGGER_PROVIDER;
      }
      /**
      * Set the delegate logger provider
      * @internal
      */
      _setDelegate(delegate) {
        this._delegate = delegate;
      }
      /**
      * @internal
      */
      _getDelegateLogger(name, version, options) {
        var _this$_delegate2;
        return (_this$_delegate2 = this._delegate) === null || _this$_delegate2 === void 0 ? void 0 : _this$_delegate2.getLogger(name, version, options);
      }
    };
    exports.ProxyLoggerProvider = ProxyLoggerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/api/logs.cjs
var require_logs = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/logs.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_ProxyLoggerProvider2 = require_ProxyLoggerProvider();
    var API_NAME = "logs";
    var LogsAPI = class LogsAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this._proxyLoggerProvider = new require_ProxyLoggerProvider2.ProxyLoggerProvider();
      }
      /** Get the singleton instance of the Logs API */
      static getInstance() {
        if (!this._instance) this._instance = new LogsAPI2();
        return this._instance;
      }
      setGlobalLoggerProvider(provider) {
        const success = require_global_utils2.registerGlobal(API_NAME, provider, require_diag2.DiagAPI.instance());
        if (success) this._proxyLoggerProvider._setDelegate(provider);
        return success;
      }
      /**
      * Returns the global logger provider.
      *
      * @returns LoggerProvider
      */
      getLoggerProvider() {
        return require_global_utils2.getGlobal(API_NAME) || this._proxyLoggerProvider;
      }
      /**
      * Returns a Logger, creating one if one with the given name, version,
      * schemaUrl, and attributes is not already created.
      *
      * Getting a Logger may be expensive, especially when `attributes` are
      * provided. Reuse Logger instances where possible instead of calling
      * `getLogger()` on hot paths.
      *
      * @param name The name of the logger or instrumentation library.
      * @param version The version of the logger or instrumentation library.
      * @param options The options of the logger or instrumentation library.
      * @returns {@link Logger}
      */
      getLogger(name, version, options) {
        return this.getLoggerProvider().getLogger(name, version, options);
      }
      /** Remove the global logger provider */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
        this._proxyLoggerProvider = new require_ProxyLoggerProvider2.ProxyLoggerProvider();
      }
    };
    exports.LogsAPI = LogsAPI;
  }
});

// node_modules/@opentelemetry/api/dist/logs-api.cjs
var require_logs_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs-api.cjs"(exports) {
    var logs = require_logs().LogsAPI.getInstance();
    exports.logs = logs;
  }
});

// node_modules/@opentelemetry/api/dist/metrics/NoopMeterProvider.cjs
var require_NoopMeterProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics/NoopMeterProvider.cjs"(exports) {
    var require_NoopMeter2 = require_NoopMeter();
    var NoopMeterProvider = class {
      getMeter(_name, _version, _options) {
        return require_NoopMeter2.NOOP_METER;
      }
    };
    var NOOP_METER_PROVIDER = new NoopMeterProvider();
    exports.NOOP_METER_PROVIDER = NOOP_METER_PROVIDER;
    exports.NoopMeterProvider = NoopMeterProvider;
  }
});

// node_modules/@opentelemetry/api/dist/api/metrics.cjs
var require_metrics = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/metrics.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_NoopMeterProvider2 = require_NoopMeterProvider();
    var API_NAME = "metrics";
    var MetricsAPI = class MetricsAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
      }
      /** Get the singleton instance of the Metrics API */
      static getInstance() {
        if (!this._instance) this._instance = new MetricsAPI2();
        return this._instance;
      }
      /**
      * Set the current global meter provider.
      * Returns true if the meter provider was successfully registered, else false.
      */
      setGlobalMeterProvider(provider) {
        return require_global_utils2.registerGlobal(API_NAME, provider, require_diag2.DiagAPI.instance());
      }
      /**
      * Returns the global meter provider.
      */
      getMeterProvider() {
        return require_global_utils2.getGlobal(API_NAME) || require_NoopMeterProvider2.NOOP_METER_PROVIDER;
      }
      /**
      * Returns a meter from the global meter provider.
      */
      getMeter(name, version, options) {
        return this.getMeterProvider().getMeter(name, version, options);
      }
      /** Remove the global meter provider */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
      }
    };
    exports.MetricsAPI = MetricsAPI;
  }
});

// node_modules/@opentelemetry/api/dist/metrics-api.cjs
var require_metrics_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics-api.cjs"(exports) {
    var metrics = require_metrics().MetricsAPI.getInstance();
    exports.metrics = metrics;
  }
});

// node_modules/@opentelemetry/api/dist/propagation/NoopTextMapPropagator.cjs
var require_NoopTextMapPropagator = __commonJS({
  "node_modules/@opentelemetry/api/dist/propagation/NoopTextMapPropagator.cjs"(exports) {
    var NoopTextMapPropagator = class {
      /** Noop inject function does nothing */
      inject(_context, _carrier) {
      }
      /** Noop extract function does nothing and returns the input context */
      extract(context, _carrier) {
        return context;
      }
      fields() {
        return [];
      }
    };
    exports.NoopTextMapPropagator = NoopTextMapPropagator;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/context-helpers.cjs
var require_context_helpers = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/context-helpers.cjs"(exports) {
    var require_context3 = require_context();
    var require_context$1 = require_context2();
    var BAGGAGE_KEY = require_context3.createContextKey("OpenTelemetry Baggage Key");
    function getBaggage(context) {
      return context.getValue(BAGGAGE_KEY) || void 0;
    }
    function getActiveBaggage() {
      return getBaggage(require_context$1.ContextAPI.getInstance().active());
    }
    function setBaggage(context, baggage) {
      return context.setValue(BAGGAGE_KEY, baggage);
    }
    function deleteBaggage(context) {
      return context.deleteValue(BAGGAGE_KEY);
    }
    exports.deleteBaggage = deleteBaggage;
    exports.getActiveBaggage = getActiveBaggage;
    exports.getBaggage = getBaggage;
    exports.setBaggage = setBaggage;
  }
});

// node_modules/@opentelemetry/api/dist/api/propagation.cjs
var require_propagation = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/propagation.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_utils3 = require_utils();
    var require_TextMapPropagator2 = require_TextMapPropagator();
    var require_NoopTextMapPropagator2 = require_NoopTextMapPropagator();
    var require_context_helpers2 = require_context_helpers();
    var API_NAME = "propagation";
    var NOOP_TEXT_MAP_PROPAGATOR = new require_NoopTextMapPropagator2.NoopTextMapPropagator();
    var PropagationAPI = class PropagationAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this.createBaggage = require_utils3.createBaggage;
        this.getBaggage = require_context_helpers2.getBaggage;
        this.getActiveBaggage = require_context_helpers2.getActiveBaggage;
        this.setBaggage = require_context_helpers2.setBaggage;
        this.deleteBaggage = require_context_helpers2.deleteBaggage;
      }
      /** Get the singleton instance of the Propagator API */
      static getInstance() {
        if (!this._instance) this._instance = new PropagationAPI2();
        return this._instance;
      }
      /**
      * Set the current propagator.
      *
      * @returns true if the propagator was successfully registered, else false
      */
      setGlobalPropagator(propagator) {
        return require_global_utils2.registerGlobal(API_NAME, propagator, require_diag2.DiagAPI.instance());
      }
      /**
      * Inject context into a carrier to be propagated inter-process
      *
      * @param context Context carrying tracing data to inject
      * @param carrier carrier to inject context into
      * @param setter Function used to set values on the carrier
      */
      inject(context, carrier, setter = require_TextMapPropagator2.defaultTextMapSetter) {
        return this._getGlobalPropagator().inject(context, carrier, setter);
      }
      /**
      * Extract context from a carrier
      *
      * @param context Context which the newly created context will inherit from
      * @param carrier Carrier to extract context from
      * @param getter Function used to extract keys from a carrier
      */
      extract(context, carrier, getter = require_TextMapPropagator2.defaultTextMapGetter) {
        return this._getGlobalPropagator().extract(context, carrier, getter);
      }
      /**
      * Return a list of all fields which may be used by the propagator.
      */
      fields() {
        return this._getGlobalPropagator().fields();
      }
      /** Remove the global propagator */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
      }
      _getGlobalPropagator() {
        return require_global_utils2.getGlobal(API_NAME) || NOOP_TEXT_MAP_PROPAGATOR;
      }
    };
    exports.PropagationAPI = PropagationAPI;
  }
});

// node_modules/@opentelemetry/api/dist/propagation-api.cjs
var require_propagation_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/propagation-api.cjs"(exports) {
    var propagation = require_propagation().PropagationAPI.getInstance();
    exports.propagation = propagation;
  }
});

// node_modules/@opentelemetry/api/dist/api/trace.cjs
var require_trace = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/trace.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_context_utils2 = require_context_utils();
    var require_spancontext_utils2 = require_spancontext_utils();
    var require_ProxyTracerProvider2 = require_ProxyTracerProvider();
    var API_NAME = "trace";
    var TraceAPI = class TraceAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this._proxyTracerProvider = new require_ProxyTracerProvider2.ProxyTracerProvider();
        this.wrapSpanContext = require_spancontext_utils2.wrapSpanContext;
        this.isSpanContextValid = require_spancontext_utils2.isSpanContextValid;
        this.deleteSpan = require_context_utils2.deleteSpan;
        this.getSpan = require_context_utils2.getSpan;
        this.getActiveSpan = require_context_utils2.getActiveSpan;
        this.getSpanContext = require_context_utils2.getSpanContext;
        this.setSpan = require_context_utils2.setSpan;
        this.setSpanContext = require_context_utils2.setSpanContext;
      }
      /** Get the singleton instance of the Trace API */
      static getInstance() {
        if (!this._instance) this._instance = new TraceAPI2();
        return this._instance;
      }
      /**
      * Set the current global tracer.
      *
      * @returns true if the tracer provider was successfully registered, else false
      */
      setGlobalTracerProvider(provider) {
        const success = require_global_utils2.registerGlobal(API_NAME, this._proxyTracerProvider, require_diag2.DiagAPI.instance());
        if (success) this._proxyTracerProvider.setDelegate(provider);
        return success;
      }
      /**
      * Returns the global tracer provider.
      */
      getTracerProvider() {
        return require_global_utils2.getGlobal(API_NAME) || this._proxyTracerProvider;
      }
      /**
      * Returns a tracer from the global tracer provider.
      */
      getTracer(name, version) {
        return this.getTracerProvider().getTracer(name, version);
      }
      /** Remove the global tracer provider */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
        this._proxyTracerProvider = new require_ProxyTracerProvider2.ProxyTracerProvider();
      }
    };
    exports.TraceAPI = TraceAPI;
  }
});

// node_modules/@opentelemetry/api/dist/trace-api.cjs
var require_trace_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace-api.cjs"(exports) {
    var trace = require_trace().TraceAPI.getInstance();
    exports.trace = trace;
  }
});

// node_modules/@opentelemetry/api/dist/index.cjs
var require_dist = __commonJS({
  "node_modules/@opentelemetry/api/dist/index.cjs"(exports) {
    Object.defineProperties(exports, {
      __esModule: { value: true },
      [Symbol.toStringTag]: { value: "Module" }
    });
    var require_types2 = require_types();
    var require_utils3 = require_utils();
    var require_context3 = require_context();
    var require_consoleLogger2 = require_consoleLogger();
    var require_NoopMeter2 = require_NoopMeter();
    var require_Metric2 = require_Metric();
    var require_NoopLogger2 = require_NoopLogger();
    var require_LogRecord2 = require_LogRecord();
    var require_TextMapPropagator2 = require_TextMapPropagator();
    var require_trace_flags2 = require_trace_flags();
    var require_invalid_span_constants2 = require_invalid_span_constants();
    var require_spancontext_utils2 = require_spancontext_utils();
    var require_ProxyTracer2 = require_ProxyTracer();
    var require_span_kind2 = require_span_kind();
    var require_status2 = require_status();
    var require_utils$1 = require_utils2();
    var require_ProxyTracerProvider2 = require_ProxyTracerProvider();
    var require_SamplingResult2 = require_SamplingResult();
    var require_context_api2 = require_context_api();
    var require_diag_api2 = require_diag_api();
    var require_logs_api2 = require_logs_api();
    var require_metrics_api2 = require_metrics_api();
    var require_propagation_api2 = require_propagation_api();
    var require_trace_api2 = require_trace_api();
    var src_default = {
      context: require_context_api2.context,
      diag: require_diag_api2.diag,
      logs: require_logs_api2.logs,
      metrics: require_metrics_api2.metrics,
      propagation: require_propagation_api2.propagation,
      trace: require_trace_api2.trace
    };
    exports.DiagConsoleLogger = require_consoleLogger2.DiagConsoleLogger;
    exports.DiagLogLevel = require_types2.DiagLogLevel;
    exports.INVALID_SPANID = require_invalid_span_constants2.INVALID_SPANID;
    exports.INVALID_SPAN_CONTEXT = require_invalid_span_constants2.INVALID_SPAN_CONTEXT;
    exports.INVALID_TRACEID = require_invalid_span_constants2.INVALID_TRACEID;
    exports.ProxyTracer = require_ProxyTracer2.ProxyTracer;
    exports.ProxyTracerProvider = require_ProxyTracerProvider2.ProxyTracerProvider;
    exports.ROOT_CONTEXT = require_context3.ROOT_CONTEXT;
    exports.SamplingDecision = require_SamplingResult2.SamplingDecision;
    exports.SeverityNumber = require_LogRecord2.SeverityNumber;
    exports.SpanKind = require_span_kind2.SpanKind;
    exports.SpanStatusCode = require_status2.SpanStatusCode;
    exports.TraceFlags = require_trace_flags2.TraceFlags;
    exports.ValueType = require_Metric2.ValueType;
    exports.baggageEntryMetadataFromString = require_utils3.baggageEntryMetadataFromString;
    exports.context = require_context_api2.context;
    exports.createContextKey = require_context3.createContextKey;
    exports.createNoopLogger = require_NoopLogger2.createNoopLogger;
    exports.createNoopMeter = require_NoopMeter2.createNoopMeter;
    exports.createTraceState = require_utils$1.createTraceState;
    exports.default = src_default;
    exports.defaultTextMapGetter = require_TextMapPropagator2.defaultTextMapGetter;
    exports.defaultTextMapSetter = require_TextMapPropagator2.defaultTextMapSetter;
    exports.diag = require_diag_api2.diag;
    exports.isSpanContextValid = require_spancontext_utils2.isSpanContextValid;
    exports.isValidSpanId = require_spancontext_utils2.isValidSpanId;
    exports.isValidTraceId = require_spancontext_utils2.isValidTraceId;
    exports.logs = require_logs_api2.logs;
    exports.metrics = require_metrics_api2.metrics;
    exports.propagation = require_propagation_api2.propagation;
    exports.trace = require_trace_api2.trace;
  }
});

// node_modules/prom-client/lib/metrics/processCpuTotal.js
var require_processCpuTotal = __commonJS({
  "node_modules/prom-client/lib/metrics/processCpuTotal.js"(exports, module) {
    "use strict";
    var OtelApi = require_dist();
    var Counter2 = require_counter();
    var PROCESS_CPU_USER_SECONDS = "process_cpu_user_seconds_total";
    var PROCESS_CPU_SYSTEM_SECONDS = "process_cpu_system_seconds_total";
    var PROCESS_CPU_SECONDS = "process_cpu_seconds_total";
    module.exports = (registry, config = {}) => {
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const exemplars = config.enableExemplars ? config.enableExemplars : false;
      const labelNames = Object.keys(labels);
      let lastCpuUsage = process.cpuUsage();
      const cpuUserUsageCounter = new Counter2({
        name: namePrefix + PROCESS_CPU_USER_SECONDS,
        help: "Total user CPU time spent in seconds.",
        enableExemplars: exemplars,
        registers,
        labelNames,
        // Use this one metric's `collect` to set all metrics' values.
        collect() {
          const cpuUsage = process.cpuUsage();
          const userUsageMicros = cpuUsage.user - lastCpuUsage.user;
          const systemUsageMicros = cpuUsage.system - lastCpuUsage.system;
          lastCpuUsage = cpuUsage;
          if (this.enableExemplars) {
            let exemplarLabels = {};
            const currentSpan = OtelApi.trace.getSpan(OtelApi.context.active());
            if (currentSpan) {
              exemplarLabels = {
                traceId: currentSpan.spanContext().traceId,
                spanId: currentSpan.spanContext().spanId
              };
            }
            cpuUserUsageCounter.inc({
              labels,
              value: userUsageMicros / 1e6,
              exemplarLabels
            });
            cpuSystemUsageCounter.inc({
              labels,
              value: systemUsageMicros / 1e6,
              exemplarLabels
            });
            cpuUsageCounter.inc({
              labels,
              value: (userUsageMicros + systemUsageMicros) / 1e6,
              exemplarLabels
            });
          } else {
            cpuUserUsageCounter.inc(labels, userUsageMicros / 1e6);
            cpuSystemUsageCounter.inc(labels, systemUsageMicros / 1e6);
            cpuUsageCounter.inc(
              labels,
              (userUsageMicros + systemUsageMicros) / 1e6
            );
          }
        }
      });
      const cpuSystemUsageCounter = new Counter2({
        name: namePrefix + PROCESS_CPU_SYSTEM_SECONDS,
        help: "Total system CPU time spent in seconds.",
        enableExemplars: exemplars,
        registers,
        labelNames
      });
      const cpuUsageCounter = new Counter2({
        name: namePrefix + PROCESS_CPU_SECONDS,
        help: "Total user and system CPU time spent in seconds.",
        enableExemplars: exemplars,
        registers,
        labelNames
      });
    };
    module.exports.metricNames = [
      PROCESS_CPU_USER_SECONDS,
      PROCESS_CPU_SYSTEM_SECONDS,
      PROCESS_CPU_SECONDS
    ];
  }
});

// node_modules/prom-client/lib/metrics/processStartTime.js
var require_processStartTime = __commonJS({
  "node_modules/prom-client/lib/metrics/processStartTime.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var startInSeconds = Math.round(Date.now() / 1e3 - process.uptime());
    var PROCESS_START_TIME = "process_start_time_seconds";
    module.exports = (registry, config = {}) => {
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + PROCESS_START_TIME,
        help: "Start time of the process since unix epoch in seconds.",
        registers: registry ? [registry] : void 0,
        labelNames,
        aggregator: "omit",
        collect() {
          this.set(labels, startInSeconds);
        }
      });
    };
    module.exports.metricNames = [PROCESS_START_TIME];
  }
});

// node_modules/prom-client/lib/metrics/osMemoryHeapLinux.js
var require_osMemoryHeapLinux = __commonJS({
  "node_modules/prom-client/lib/metrics/osMemoryHeapLinux.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var fs = __require("fs");
    var values = ["VmSize", "VmRSS", "VmData"];
    var PROCESS_RESIDENT_MEMORY = "process_resident_memory_bytes";
    var PROCESS_VIRTUAL_MEMORY = "process_virtual_memory_bytes";
    var PROCESS_HEAP = "process_heap_bytes";
    function structureOutput(input) {
      return input.split("\n").reduce((acc, string) => {
        if (!values.some((value2) => string.startsWith(value2))) {
          return acc;
        }
        const split2 = string.split(":");
        let value = split2[1].trim();
        value = value.substr(0, value.length - 3);
        value = Number(value) * 1024;
        acc[split2[0]] = value;
        return acc;
      }, {});
    }
    module.exports = (registry, config = {}) => {
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      const residentMemGauge = new Gauge2({
        name: namePrefix + PROCESS_RESIDENT_MEMORY,
        help: "Resident memory size in bytes.",
        registers,
        labelNames,
        // Use this one metric's `collect` to set all metrics' values.
        collect() {
          try {
            const stat3 = fs.readFileSync("/proc/self/status", "utf8");
            const structuredOutput = structureOutput(stat3);
            residentMemGauge.set(labels, structuredOutput.VmRSS);
            virtualMemGauge.set(labels, structuredOutput.VmSize);
            heapSizeMemGauge.set(labels, structuredOutput.VmData);
          } catch {
          }
        }
      });
      const virtualMemGauge = new Gauge2({
        name: namePrefix + PROCESS_VIRTUAL_MEMORY,
        help: "Virtual memory size in bytes.",
        registers,
        labelNames
      });
      const heapSizeMemGauge = new Gauge2({
        name: namePrefix + PROCESS_HEAP,
        help: "Process heap size in bytes.",
        registers,
        labelNames
      });
    };
    module.exports.metricNames = [
      PROCESS_RESIDENT_MEMORY,
      PROCESS_VIRTUAL_MEMORY,
      PROCESS_HEAP
    ];
  }
});

// node_modules/prom-client/lib/metrics/helpers/safeMemoryUsage.js
var require_safeMemoryUsage = __commonJS({
  "node_modules/prom-client/lib/metrics/helpers/safeMemoryUsage.js"(exports, module) {
    "use strict";
    function safeMemoryUsage() {
      try {
        return process.memoryUsage();
      } catch {
        return;
      }
    }
    module.exports = safeMemoryUsage;
  }
});

// node_modules/prom-client/lib/metrics/osMemoryHeap.js
var require_osMemoryHeap = __commonJS({
  "node_modules/prom-client/lib/metrics/osMemoryHeap.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var linuxVariant = require_osMemoryHeapLinux();
    var safeMemoryUsage = require_safeMemoryUsage();
    var PROCESS_RESIDENT_MEMORY = "process_resident_memory_bytes";
    function notLinuxVariant(registry, config = {}) {
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + PROCESS_RESIDENT_MEMORY,
        help: "Resident memory size in bytes.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          const memUsage = safeMemoryUsage();
          if (memUsage) {
            this.set(labels, memUsage.rss);
          }
        }
      });
    }
    module.exports = (registry, config) => process.platform === "linux" ? linuxVariant(registry, config) : notLinuxVariant(registry, config);
    module.exports.metricNames = process.platform === "linux" ? linuxVariant.metricNames : [PROCESS_RESIDENT_MEMORY];
  }
});

// node_modules/prom-client/lib/metrics/processOpenFileDescriptors.js
var require_processOpenFileDescriptors = __commonJS({
  "node_modules/prom-client/lib/metrics/processOpenFileDescriptors.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var fs = __require("fs");
    var process2 = __require("process");
    var PROCESS_OPEN_FDS = "process_open_fds";
    module.exports = (registry, config = {}) => {
      if (process2.platform !== "linux") {
        return;
      }
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + PROCESS_OPEN_FDS,
        help: "Number of open file descriptors.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          try {
            const fds = fs.readdirSync("/proc/self/fd");
            this.set(labels, fds.length - 1);
          } catch {
          }
        }
      });
    };
    module.exports.metricNames = [PROCESS_OPEN_FDS];
  }
});

// node_modules/prom-client/lib/metrics/processMaxFileDescriptors.js
var require_processMaxFileDescriptors = __commonJS({
  "node_modules/prom-client/lib/metrics/processMaxFileDescriptors.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var fs = __require("fs");
    var PROCESS_MAX_FDS = "process_max_fds";
    var maxFds;
    module.exports = (registry, config = {}) => {
      if (maxFds === void 0) {
        try {
          const limits = fs.readFileSync("/proc/self/limits", "utf8");
          const lines = limits.split("\n");
          for (const line of lines) {
            if (line.startsWith("Max open files")) {
              const parts = line.split(/  +/);
              maxFds = Number(parts[1]);
              break;
            }
          }
        } catch {
          return;
        }
      }
      if (maxFds === void 0) return;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + PROCESS_MAX_FDS,
        help: "Maximum number of open file descriptors.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          if (maxFds !== void 0) this.set(labels, maxFds);
        }
      });
    };
    module.exports.metricNames = [PROCESS_MAX_FDS];
  }
});

// node_modules/prom-client/lib/metrics/eventLoopLag.js
var require_eventLoopLag = __commonJS({
  "node_modules/prom-client/lib/metrics/eventLoopLag.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var perf_hooks;
    try {
      perf_hooks = __require("perf_hooks");
    } catch {
    }
    var NODEJS_EVENTLOOP_LAG = "nodejs_eventloop_lag_seconds";
    var NODEJS_EVENTLOOP_LAG_MIN = "nodejs_eventloop_lag_min_seconds";
    var NODEJS_EVENTLOOP_LAG_MAX = "nodejs_eventloop_lag_max_seconds";
    var NODEJS_EVENTLOOP_LAG_MEAN = "nodejs_eventloop_lag_mean_seconds";
    var NODEJS_EVENTLOOP_LAG_STDDEV = "nodejs_eventloop_lag_stddev_seconds";
    var NODEJS_EVENTLOOP_LAG_P50 = "nodejs_eventloop_lag_p50_seconds";
    var NODEJS_EVENTLOOP_LAG_P90 = "nodejs_eventloop_lag_p90_seconds";
    var NODEJS_EVENTLOOP_LAG_P99 = "nodejs_eventloop_lag_p99_seconds";
    function reportEventloopLag(start, gauge, labels) {
      const delta = process.hrtime(start);
      const nanosec = delta[0] * 1e9 + delta[1];
      const seconds = nanosec / 1e9;
      gauge.set(labels, seconds);
    }
    module.exports = (registry, config = {}) => {
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      const registers = registry ? [registry] : void 0;
      let collect = () => {
        const start = process.hrtime();
        setImmediate(reportEventloopLag, start, lag, labels);
      };
      if (perf_hooks && perf_hooks.monitorEventLoopDelay) {
        try {
          const histogram = perf_hooks.monitorEventLoopDelay({
            resolution: config.eventLoopMonitoringPrecision
          });
          histogram.enable();
          collect = () => {
            const start = process.hrtime();
            setImmediate(reportEventloopLag, start, lag, labels);
            lagMin.set(labels, histogram.min / 1e9);
            lagMax.set(labels, histogram.max / 1e9);
            lagMean.set(labels, histogram.mean / 1e9);
            lagStddev.set(labels, histogram.stddev / 1e9);
            lagP50.set(labels, histogram.percentile(50) / 1e9);
            lagP90.set(labels, histogram.percentile(90) / 1e9);
            lagP99.set(labels, histogram.percentile(99) / 1e9);
            histogram.reset();
          };
        } catch (e) {
          if (e.code === "ERR_NOT_IMPLEMENTED") {
            return;
          }
          throw e;
        }
      }
      const lag = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG,
        help: "Lag of event loop in seconds.",
        registers,
        labelNames,
        aggregator: "average",
        // Use this one metric's `collect` to set all metrics' values.
        collect
      });
      const lagMin = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_MIN,
        help: "The minimum recorded event loop delay.",
        registers,
        labelNames,
        aggregator: "min"
      });
      const lagMax = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_MAX,
        help: "The maximum recorded event loop delay.",
        registers,
        labelNames,
        aggregator: "max"
      });
      const lagMean = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_MEAN,
        help: "The mean of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
      const lagStddev = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_STDDEV,
        help: "The standard deviation of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
      const lagP50 = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_P50,
        help: "The 50th percentile of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
      const lagP90 = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_P90,
        help: "The 90th percentile of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
      const lagP99 = new Gauge2({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_P99,
        help: "The 99th percentile of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
    };
    module.exports.metricNames = [
      NODEJS_EVENTLOOP_LAG,
      NODEJS_EVENTLOOP_LAG_MIN,
      NODEJS_EVENTLOOP_LAG_MAX,
      NODEJS_EVENTLOOP_LAG_MEAN,
      NODEJS_EVENTLOOP_LAG_STDDEV,
      NODEJS_EVENTLOOP_LAG_P50,
      NODEJS_EVENTLOOP_LAG_P90,
      NODEJS_EVENTLOOP_LAG_P99
    ];
  }
});

// node_modules/prom-client/lib/metrics/helpers/processMetricsHelpers.js
var require_processMetricsHelpers = __commonJS({
  "node_modules/prom-client/lib/metrics/helpers/processMetricsHelpers.js"(exports, module) {
    "use strict";
    function aggregateByObjectName(list) {
      const data = {};
      for (let i = 0; i < list.length; i++) {
        const listElement = list[i];
        if (!listElement || typeof listElement.constructor === "undefined") {
          continue;
        }
        if (Object.hasOwnProperty.call(data, listElement.constructor.name)) {
          data[listElement.constructor.name] += 1;
        } else {
          data[listElement.constructor.name] = 1;
        }
      }
      return data;
    }
    function updateMetrics(gauge, data, labels) {
      gauge.reset();
      for (const key in data) {
        gauge.set(Object.assign({ type: key }, labels || {}), data[key]);
      }
    }
    module.exports = {
      aggregateByObjectName,
      updateMetrics
    };
  }
});

// node_modules/prom-client/lib/metrics/processHandles.js
var require_processHandles = __commonJS({
  "node_modules/prom-client/lib/metrics/processHandles.js"(exports, module) {
    "use strict";
    var { aggregateByObjectName } = require_processMetricsHelpers();
    var { updateMetrics } = require_processMetricsHelpers();
    var Gauge2 = require_gauge();
    var NODEJS_ACTIVE_HANDLES = "nodejs_active_handles";
    var NODEJS_ACTIVE_HANDLES_TOTAL = "nodejs_active_handles_total";
    module.exports = (registry, config = {}) => {
      if (typeof process._getActiveHandles !== "function") {
        return;
      }
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_HANDLES,
        help: "Number of active libuv handles grouped by handle type. Every handle type is C++ class name.",
        labelNames: ["type", ...labelNames],
        registers,
        collect() {
          const handles = process._getActiveHandles();
          updateMetrics(this, aggregateByObjectName(handles), labels);
        }
      });
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_HANDLES_TOTAL,
        help: "Total number of active handles.",
        registers,
        labelNames,
        collect() {
          const handles = process._getActiveHandles();
          this.set(labels, handles.length);
        }
      });
    };
    module.exports.metricNames = [
      NODEJS_ACTIVE_HANDLES,
      NODEJS_ACTIVE_HANDLES_TOTAL
    ];
  }
});

// node_modules/prom-client/lib/metrics/processRequests.js
var require_processRequests = __commonJS({
  "node_modules/prom-client/lib/metrics/processRequests.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var { aggregateByObjectName } = require_processMetricsHelpers();
    var { updateMetrics } = require_processMetricsHelpers();
    var NODEJS_ACTIVE_REQUESTS = "nodejs_active_requests";
    var NODEJS_ACTIVE_REQUESTS_TOTAL = "nodejs_active_requests_total";
    module.exports = (registry, config = {}) => {
      if (typeof process._getActiveRequests !== "function") {
        return;
      }
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_REQUESTS,
        help: "Number of active libuv requests grouped by request type. Every request type is C++ class name.",
        labelNames: ["type", ...labelNames],
        registers: registry ? [registry] : void 0,
        collect() {
          const requests = process._getActiveRequests();
          updateMetrics(this, aggregateByObjectName(requests), labels);
        }
      });
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_REQUESTS_TOTAL,
        help: "Total number of active requests.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          const requests = process._getActiveRequests();
          this.set(labels, requests.length);
        }
      });
    };
    module.exports.metricNames = [
      NODEJS_ACTIVE_REQUESTS,
      NODEJS_ACTIVE_REQUESTS_TOTAL
    ];
  }
});

// node_modules/prom-client/lib/metrics/processResources.js
var require_processResources = __commonJS({
  "node_modules/prom-client/lib/metrics/processResources.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var { updateMetrics } = require_processMetricsHelpers();
    var NODEJS_ACTIVE_RESOURCES = "nodejs_active_resources";
    var NODEJS_ACTIVE_RESOURCES_TOTAL = "nodejs_active_resources_total";
    module.exports = (registry, config = {}) => {
      if (typeof process.getActiveResourcesInfo !== "function") {
        return;
      }
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_RESOURCES,
        help: "Number of active resources that are currently keeping the event loop alive, grouped by async resource type.",
        labelNames: ["type", ...labelNames],
        registers: registry ? [registry] : void 0,
        collect() {
          const resources = process.getActiveResourcesInfo();
          const data = {};
          for (let i = 0; i < resources.length; i++) {
            const resource = resources[i];
            if (Object.hasOwn(data, resource)) {
              data[resource] += 1;
            } else {
              data[resource] = 1;
            }
          }
          updateMetrics(this, data, labels);
        }
      });
      new Gauge2({
        name: namePrefix + NODEJS_ACTIVE_RESOURCES_TOTAL,
        help: "Total number of active resources.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          const resources = process.getActiveResourcesInfo();
          this.set(labels, resources.length);
        }
      });
    };
    module.exports.metricNames = [
      NODEJS_ACTIVE_RESOURCES,
      NODEJS_ACTIVE_RESOURCES_TOTAL
    ];
  }
});

// node_modules/prom-client/lib/metrics/heapSizeAndUsed.js
var require_heapSizeAndUsed = __commonJS({
  "node_modules/prom-client/lib/metrics/heapSizeAndUsed.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var safeMemoryUsage = require_safeMemoryUsage();
    var NODEJS_HEAP_SIZE_TOTAL = "nodejs_heap_size_total_bytes";
    var NODEJS_HEAP_SIZE_USED = "nodejs_heap_size_used_bytes";
    var NODEJS_EXTERNAL_MEMORY = "nodejs_external_memory_bytes";
    module.exports = (registry, config = {}) => {
      if (typeof process.memoryUsage !== "function") {
        return;
      }
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const collect = () => {
        const memUsage = safeMemoryUsage();
        if (memUsage) {
          heapSizeTotal.set(labels, memUsage.heapTotal);
          heapSizeUsed.set(labels, memUsage.heapUsed);
          if (memUsage.external !== void 0) {
            externalMemUsed.set(labels, memUsage.external);
          }
        }
      };
      const heapSizeTotal = new Gauge2({
        name: namePrefix + NODEJS_HEAP_SIZE_TOTAL,
        help: "Process heap size from Node.js in bytes.",
        registers,
        labelNames,
        // Use this one metric's `collect` to set all metrics' values.
        collect
      });
      const heapSizeUsed = new Gauge2({
        name: namePrefix + NODEJS_HEAP_SIZE_USED,
        help: "Process heap size used from Node.js in bytes.",
        registers,
        labelNames
      });
      const externalMemUsed = new Gauge2({
        name: namePrefix + NODEJS_EXTERNAL_MEMORY,
        help: "Node.js external memory size in bytes.",
        registers,
        labelNames
      });
    };
    module.exports.metricNames = [
      NODEJS_HEAP_SIZE_TOTAL,
      NODEJS_HEAP_SIZE_USED,
      NODEJS_EXTERNAL_MEMORY
    ];
  }
});

// node_modules/prom-client/lib/metrics/heapSpacesSizeAndUsed.js
var require_heapSpacesSizeAndUsed = __commonJS({
  "node_modules/prom-client/lib/metrics/heapSpacesSizeAndUsed.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var v8 = __require("v8");
    var METRICS = ["total", "used", "available"];
    var NODEJS_HEAP_SIZE = {};
    METRICS.forEach((metricType) => {
      NODEJS_HEAP_SIZE[metricType] = `nodejs_heap_space_size_${metricType}_bytes`;
    });
    module.exports = (registry, config = {}) => {
      try {
        v8.getHeapSpaceStatistics();
      } catch (e) {
        if (e.code === "ERR_NOT_IMPLEMENTED") {
          return;
        }
        throw e;
      }
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = ["space", ...Object.keys(labels)];
      const gauges = {};
      METRICS.forEach((metricType) => {
        gauges[metricType] = new Gauge2({
          name: namePrefix + NODEJS_HEAP_SIZE[metricType],
          help: `Process heap space size ${metricType} from Node.js in bytes.`,
          labelNames,
          registers
        });
      });
      gauges.total.collect = () => {
        for (const space of v8.getHeapSpaceStatistics()) {
          const spaceName = space.space_name.substr(
            0,
            space.space_name.indexOf("_space")
          );
          gauges.total.set({ space: spaceName, ...labels }, space.space_size);
          gauges.used.set({ space: spaceName, ...labels }, space.space_used_size);
          gauges.available.set(
            { space: spaceName, ...labels },
            space.space_available_size
          );
        }
      };
    };
    module.exports.metricNames = Object.values(NODEJS_HEAP_SIZE);
  }
});

// node_modules/prom-client/lib/metrics/version.js
var require_version2 = __commonJS({
  "node_modules/prom-client/lib/metrics/version.js"(exports, module) {
    "use strict";
    var Gauge2 = require_gauge();
    var version = process.version;
    var versionSegments = version.slice(1).split(".").map(Number);
    var NODE_VERSION_INFO = "nodejs_version_info";
    module.exports = (registry, config = {}) => {
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge2({
        name: namePrefix + NODE_VERSION_INFO,
        help: "Node.js version info.",
        labelNames: ["version", "major", "minor", "patch", ...labelNames],
        registers: registry ? [registry] : void 0,
        aggregator: "first",
        collect() {
          this.labels(
            version,
            versionSegments[0],
            versionSegments[1],
            versionSegments[2],
            ...Object.values(labels)
          ).set(1);
        }
      });
    };
    module.exports.metricNames = [NODE_VERSION_INFO];
  }
});

// node_modules/prom-client/lib/metrics/gc.js
var require_gc = __commonJS({
  "node_modules/prom-client/lib/metrics/gc.js"(exports, module) {
    "use strict";
    var Histogram = require_histogram();
    var perf_hooks;
    try {
      perf_hooks = __require("perf_hooks");
    } catch {
    }
    var NODEJS_GC_DURATION_SECONDS = "nodejs_gc_duration_seconds";
    var DEFAULT_GC_DURATION_BUCKETS = [1e-3, 0.01, 0.1, 1, 2, 5];
    var kinds = [];
    if (perf_hooks && perf_hooks.constants) {
      kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_MAJOR] = "major";
      kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_MINOR] = "minor";
      kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_INCREMENTAL] = "incremental";
      kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_WEAKCB] = "weakcb";
    }
    module.exports = (registry, config = {}) => {
      if (!perf_hooks) {
        return;
      }
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      const buckets = config.gcDurationBuckets ? config.gcDurationBuckets : DEFAULT_GC_DURATION_BUCKETS;
      const gcHistogram = new Histogram({
        name: namePrefix + NODEJS_GC_DURATION_SECONDS,
        help: "Garbage collection duration by kind, one of major, minor, incremental or weakcb.",
        labelNames: ["kind", ...labelNames],
        enableExemplars: false,
        buckets,
        registers: registry ? [registry] : void 0
      });
      const obs = new perf_hooks.PerformanceObserver((list) => {
        const entry = list.getEntries()[0];
        const kind = entry.detail ? kinds[entry.detail.kind] : kinds[entry.kind];
        gcHistogram.observe(Object.assign({ kind }, labels), entry.duration / 1e3);
      });
      obs.observe({ entryTypes: ["gc"] });
    };
    module.exports.metricNames = [NODEJS_GC_DURATION_SECONDS];
  }
});

// node_modules/prom-client/lib/defaultMetrics.js
var require_defaultMetrics = __commonJS({
  "node_modules/prom-client/lib/defaultMetrics.js"(exports, module) {
    "use strict";
    var { isObject: isObject2 } = require_util();
    var processCpuTotal = require_processCpuTotal();
    var processStartTime = require_processStartTime();
    var osMemoryHeap = require_osMemoryHeap();
    var processOpenFileDescriptors = require_processOpenFileDescriptors();
    var processMaxFileDescriptors = require_processMaxFileDescriptors();
    var eventLoopLag = require_eventLoopLag();
    var processHandles = require_processHandles();
    var processRequests = require_processRequests();
    var processResources = require_processResources();
    var heapSizeAndUsed = require_heapSizeAndUsed();
    var heapSpacesSizeAndUsed = require_heapSpacesSizeAndUsed();
    var version = require_version2();
    var gc = require_gc();
    var metrics = {
      processCpuTotal,
      processStartTime,
      osMemoryHeap,
      processOpenFileDescriptors,
      processMaxFileDescriptors,
      eventLoopLag,
      ...typeof process.getActiveResourcesInfo === "function" ? { processResources } : {},
      processHandles,
      processRequests,
      heapSizeAndUsed,
      heapSpacesSizeAndUsed,
      version,
      gc
    };
    var metricsList = Object.keys(metrics);
    module.exports = function collectDefaultMetrics2(config) {
      if (config !== null && config !== void 0 && !isObject2(config)) {
        throw new TypeError("config must be null, undefined, or an object");
      }
      config = { eventLoopMonitoringPrecision: 10, ...config };
      for (const metric of Object.values(metrics)) {
        metric(config.register, config);
      }
    };
    module.exports.metricsList = metricsList;
  }
});

// node_modules/prom-client/lib/metricAggregators.js
var require_metricAggregators = __commonJS({
  "node_modules/prom-client/lib/metricAggregators.js"(exports) {
    "use strict";
    var { Grouper, hashObject } = require_util();
    function AggregatorFactory(aggregatorFn) {
      return (metrics) => {
        if (metrics.length === 0) return;
        const result = {
          help: metrics[0].help,
          name: metrics[0].name,
          type: metrics[0].type,
          values: [],
          aggregator: metrics[0].aggregator
        };
        const byLabels = new Grouper();
        metrics.forEach((metric) => {
          metric.values.forEach((value) => {
            const key = hashObject(value.labels);
            byLabels.add(`${value.metricName}_${key}`, value);
          });
        });
        byLabels.forEach((values) => {
          if (values.length === 0) return;
          const valObj = {
            value: aggregatorFn(values),
            labels: values[0].labels
          };
          if (values[0].metricName) {
            valObj.metricName = values[0].metricName;
          }
          result.values.push(valObj);
        });
        return result;
      };
    }
    exports.AggregatorFactory = AggregatorFactory;
    exports.aggregators = {
      /**
       * @return The sum of values.
       */
      sum: AggregatorFactory((v) => v.reduce((p, c) => p + c.value, 0)),
      /**
       * @return The first value.
       */
      first: AggregatorFactory((v) => v[0].value),
      /**
       * @return {undefined} Undefined; omits the metric.
       */
      omit: () => {
      },
      /**
       * @return The arithmetic mean of the values.
       */
      average: AggregatorFactory(
        (v) => v.reduce((p, c) => p + c.value, 0) / v.length
      ),
      /**
       * @return The minimum of the values.
       */
      min: AggregatorFactory(
        (v) => v.reduce((p, c) => Math.min(p, c.value), Infinity)
      ),
      /**
       * @return The maximum of the values.
       */
      max: AggregatorFactory(
        (v) => v.reduce((p, c) => Math.max(p, c.value), -Infinity)
      )
    };
  }
});

// node_modules/prom-client/lib/cluster.js
var require_cluster = __commonJS({
  "node_modules/prom-client/lib/cluster.js"(exports, module) {
    "use strict";
    var Registry2 = require_registry();
    var { Grouper } = require_util();
    var { aggregators } = require_metricAggregators();
    var cluster = () => {
      const data = __require("cluster");
      cluster = () => data;
      return data;
    };
    var GET_METRICS_REQ = "prom-client:getMetricsReq";
    var GET_METRICS_RES = "prom-client:getMetricsRes";
    var registries = [Registry2.globalRegistry];
    var requestCtr = 0;
    var listenersAdded = false;
    var requests = /* @__PURE__ */ new Map();
    var AggregatorRegistry = class extends Registry2 {
      constructor(regContentType = Registry2.PROMETHEUS_CONTENT_TYPE) {
        super(regContentType);
        addListeners();
      }
      /**
       * Gets aggregated metrics for all workers. The optional callback and
       * returned Promise resolve with the same value; either may be used.
       * @return {Promise<string>} Promise that resolves with the aggregated
       *   metrics.
       */
      clusterMetrics() {
        const requestId = requestCtr++;
        return new Promise((resolve2, reject) => {
          let settled = false;
          function done(err, result) {
            if (settled) return;
            settled = true;
            if (err) reject(err);
            else resolve2(result);
          }
          const request = {
            responses: [],
            pending: 0,
            done,
            errorTimeout: setTimeout(() => {
              const err = new Error("Operation timed out.");
              request.done(err);
            }, 5e3)
          };
          requests.set(requestId, request);
          const message = {
            type: GET_METRICS_REQ,
            requestId
          };
          for (const id in cluster().workers) {
            if (cluster().workers[id].isConnected()) {
              cluster().workers[id].send(message);
              request.pending++;
            }
          }
          if (request.pending === 0) {
            clearTimeout(request.errorTimeout);
            process.nextTick(() => done(null, ""));
          }
        });
      }
      get contentType() {
        return super.contentType;
      }
      /**
       * Creates a new Registry instance from an array of metrics that were
       * created by `registry.getMetricsAsJSON()`. Metrics are aggregated using
       * the method specified by their `aggregator` property, or by summation if
       * `aggregator` is undefined.
       * @param {Array} metricsArr Array of metrics, each of which created by
       *   `registry.getMetricsAsJSON()`.
       * @param {string} registryType content type of the new registry. Defaults
       * to PROMETHEUS_CONTENT_TYPE.
       * @return {Registry} aggregated registry.
       */
      static aggregate(metricsArr, registryType = Registry2.PROMETHEUS_CONTENT_TYPE) {
        const aggregatedRegistry = new Registry2();
        const metricsByName = new Grouper();
        aggregatedRegistry.setContentType(registryType);
        metricsArr.forEach((metrics) => {
          metrics.forEach((metric) => {
            metricsByName.add(metric.name, metric);
          });
        });
        metricsByName.forEach((metrics) => {
          const aggregatorName = metrics[0].aggregator;
          const aggregatorFn = aggregators[aggregatorName];
          if (typeof aggregatorFn !== "function") {
            throw new Error(`'${aggregatorName}' is not a defined aggregator.`);
          }
          const aggregatedMetric = aggregatorFn(metrics);
          if (aggregatedMetric) {
            const aggregatedMetricWrapper = Object.assign(
              {
                get: () => aggregatedMetric
              },
              aggregatedMetric
            );
            aggregatedRegistry.registerMetric(aggregatedMetricWrapper);
          }
        });
        return aggregatedRegistry;
      }
      /**
       * Sets the registry or registries to be aggregated. Call from workers to
       * use a registry/registries other than the default global registry.
       * @param {Array<Registry>|Registry} regs Registry or registries to be
       *   aggregated.
       * @return {void}
       */
      static setRegistries(regs) {
        if (!Array.isArray(regs)) regs = [regs];
        regs.forEach((reg) => {
          if (!(reg instanceof Registry2)) {
            throw new TypeError(`Expected Registry, got ${typeof reg}`);
          }
        });
        registries = regs;
      }
    };
    function addListeners() {
      if (listenersAdded) return;
      listenersAdded = true;
      if (cluster().isMaster) {
        cluster().on("message", (worker, message) => {
          if (message.type === GET_METRICS_RES) {
            const request = requests.get(message.requestId);
            if (message.error) {
              request.done(new Error(message.error));
              return;
            }
            message.metrics.forEach((registry) => request.responses.push(registry));
            request.pending--;
            if (request.pending === 0) {
              requests.delete(message.requestId);
              clearTimeout(request.errorTimeout);
              const registry = AggregatorRegistry.aggregate(request.responses);
              const promString = registry.metrics();
              request.done(null, promString);
            }
          }
        });
      }
      if (cluster().isWorker) {
        process.on("message", (message) => {
          if (message.type === GET_METRICS_REQ) {
            Promise.all(registries.map((r) => r.getMetricsAsJSON())).then((metrics) => {
              process.send({
                type: GET_METRICS_RES,
                requestId: message.requestId,
                metrics
              });
            }).catch((error) => {
              process.send({
                type: GET_METRICS_RES,
                requestId: message.requestId,
                error: error.message
              });
            });
          }
        });
      }
    }
    module.exports = AggregatorRegistry;
  }
});

// node_modules/prom-client/index.js
var require_prom_client = __commonJS({
  "node_modules/prom-client/index.js"(exports) {
    "use strict";
    exports.register = require_registry().globalRegistry;
    exports.Registry = require_registry();
    Object.defineProperty(exports, "contentType", {
      configurable: false,
      enumerable: true,
      get() {
        return exports.register.contentType;
      },
      set(value) {
        exports.register.setContentType(value);
      }
    });
    exports.prometheusContentType = exports.Registry.PROMETHEUS_CONTENT_TYPE;
    exports.openMetricsContentType = exports.Registry.OPENMETRICS_CONTENT_TYPE;
    exports.validateMetricName = require_validation().validateMetricName;
    exports.Counter = require_counter();
    exports.Gauge = require_gauge();
    exports.Histogram = require_histogram();
    exports.Summary = require_summary();
    exports.Pushgateway = require_pushgateway();
    exports.linearBuckets = require_bucketGenerators().linearBuckets;
    exports.exponentialBuckets = require_bucketGenerators().exponentialBuckets;
    exports.collectDefaultMetrics = require_defaultMetrics();
    exports.aggregators = require_metricAggregators().aggregators;
    exports.AggregatorRegistry = require_cluster();
  }
});

// shared/serve/server.ts
import { createServer as createServer2 } from "node:http";
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";

// shared/serve/http-error.ts
var HttpError = class extends Error {
  constructor(status, what, where, fix, retryAfter) {
    super(`${what} (${where}) Fix: ${fix}`);
    this.status = status;
    this.what = what;
    this.where = where;
    this.fix = fix;
    this.retryAfter = retryAfter;
  }
  status;
  what;
  where;
  fix;
  retryAfter;
  name = "HttpError";
};
var badRequest = (what, where, fix) => new HttpError(400, what, where, fix);
var notFound = (what, where, fix) => new HttpError(404, what, where, fix);
var unavailable = (what, where, fix, retryAfter = 1) => new HttpError(503, what, where, fix, retryAfter);

// shared/serve/http-io.ts
import { createHash, timingSafeEqual } from "node:crypto";

// shared/serve/encode-response.ts
import { Buffer as Buffer2 } from "node:buffer";
function bodyLength(body) {
  if (typeof body === "string") return Buffer2.byteLength(body);
  if (!Array.isArray(body)) return body.length;
  let n = 0;
  for (const part of body) n += part.length;
  return n;
}
function encodeInferResponse(response) {
  let binary = false;
  for (const o of response.outputs) if (o.binary) binary = true;
  if (!binary) return { headers: JSON_HEADERS, body: jsonResponse(response) };
  const parts = [];
  const outputs = response.outputs.map(({ binary: binary2, data, ...tensor }) => {
    if (!binary2) return { ...tensor, data: jsonValues(data, tensor.datatype) };
    const bytes2 = binaryBytes(data);
    parts.push(bytes2);
    return { ...tensor, parameters: { ...tensor.parameters, binary_data_size: bytes2.length } };
  });
  const header = Buffer2.from(JSON.stringify({ model_name: response.model_name, model_version: response.model_version, ...response.id !== void 0 ? { id: response.id } : {}, outputs }));
  return {
    headers: { "content-type": "application/octet-stream", "inference-header-content-length": String(header.length) },
    body: [header, ...parts]
  };
}
var JSON_HEADERS = Object.freeze({ "content-type": "application/json" });
function jsonResponse(response) {
  let text2 = modelText(response.model_name, response.model_version);
  if (response.id !== void 0) text2 += `,"id":${JSON.stringify(response.id)}`;
  text2 += ',"outputs":[';
  const outputs = response.outputs;
  for (let k = 0; k < outputs.length; k++) {
    const o = outputs[k];
    if (k > 0) text2 += ",";
    text2 += `${outputText(o.name, o.datatype)}"shape":[${o.shape.length === 2 ? `${o.shape[0]},${o.shape[1]}` : o.shape.join(",")}]`;
    if (o.parameters !== void 0) text2 += `,"parameters":${parametersText(o.parameters)}`;
    text2 += `,"data":${jsonArrayText(o.data, o.datatype)}}`;
  }
  return `${text2}]}`;
}
var lastModel = ["", "", ""];
var outputTexts = /* @__PURE__ */ new Map();
var lastParameters;
var lastParametersText = "";
function modelText(name, version) {
  if (name !== lastModel[0] || version !== lastModel[1]) lastModel = [name, version, `{"model_name":${JSON.stringify(name)},"model_version":${JSON.stringify(version)}`];
  return lastModel[2];
}
function outputText(name, datatype) {
  const known = outputTexts.get(name);
  if (known !== void 0 && known[0] === datatype) return known[1];
  const text2 = `{"name":${JSON.stringify(name)},"datatype":"${datatype}",`;
  if (outputTexts.size >= 256) outputTexts.clear();
  outputTexts.set(name, [datatype, text2]);
  return text2;
}
function parametersText(parameters) {
  if (parameters !== lastParameters || !Object.isFrozen(parameters)) {
    lastParametersText = JSON.stringify(parameters);
    lastParameters = parameters;
  }
  return lastParametersText;
}
var SMALL_ARRAY = 64;
function jsonArrayText(data, datatype) {
  if (data.length > SMALL_ARRAY || Array.isArray(data) || datatype === "BOOL") return JSON.stringify(jsonValues(data, datatype));
  let text2 = "[";
  for (let i = 0; i < data.length; i++) {
    const value = Number(data[i]);
    if (i > 0) text2 += ",";
    text2 += Number.isFinite(value) ? String(value) : "null";
  }
  return `${text2}]`;
}
function jsonValues(data, datatype) {
  if (Array.isArray(data)) return data;
  if (data instanceof BigInt64Array || data instanceof BigUint64Array) return Array.from(data, Number);
  if (datatype === "BOOL") return Array.from(data, Boolean);
  return Array.from(data);
}
function binaryBytes(data) {
  if (!Array.isArray(data)) return Buffer2.from(data.buffer, data.byteOffset, data.byteLength);
  const encoded = data.map((s) => Buffer2.from(s, "utf8"));
  const out = Buffer2.alloc(encoded.reduce((n, b) => n + 4 + b.length, 0));
  let offset = 0;
  for (const b of encoded) {
    out.writeUInt32LE(b.length, offset);
    b.copy(out, offset + 4);
    offset += 4 + b.length;
  }
  return out;
}

// shared/serve/http-io.ts
function readBody(req, limit) {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge(declared, limit));
  return new Promise((resolve2, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.pause();
        reject(tooLarge(size, limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve2(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size)));
    req.on("error", reject);
    req.on("aborted", () => reject(new HttpError(400, "The client closed the connection before sending the whole body.", "request body", "Send the whole body.")));
  });
}
function tooLarge(size, limit) {
  return new HttpError(413, `The body has ${size} bytes or more; this server takes at most ${limit}.`, "request body", "Split the rows into several requests, use the binary tensor form, or raise --max-body-bytes.");
}
function sendJson(res, status, body, headers = {}) {
  sendBytes(res, status, JSON.stringify(body), { "content-type": "application/json", ...headers });
}
function sendBytes(res, status, body, headers, requestId) {
  if (res.headersSent || res.destroyed) return;
  const flat = [];
  for (const name in headers) flat.push(name, headers[name]);
  flat.push("content-length", String(bodyLength(body)));
  if (requestId !== void 0) flat.push("x-request-id", requestId);
  res.writeHead(status, flat);
  if (!Array.isArray(body)) return void res.end(body);
  res.cork();
  for (const part of body) res.write(part);
  res.end();
  res.uncork();
}
function sendError(res, error, extra = {}) {
  const { body, headers } = errorResponse(error);
  sendBytes(res, error.status, body, { ...headers, ...extra });
}
function errorResponse(error) {
  const headers = { "content-type": "application/json" };
  if (error.retryAfter !== void 0) headers["retry-after"] = String(error.retryAfter);
  return { body: JSON.stringify({ error: error.message }), headers };
}
function authorized(req, token) {
  return bearerMatches(req.headers.authorization, token);
}
function bearerMatches(header, token) {
  if (!token) return true;
  const match = /^Bearer\s+(.+)$/i.exec(header ?? "");
  if (!match) return false;
  const digest = (s) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(match[1].trim()), digest(token));
}

// shared/serve/model-source.ts
import { readFile, readdir, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
var NAME = /^[a-z0-9]+([._-][a-z0-9]+)*$/;
async function modelSourcesFor(spec, options) {
  const eq = spec.indexOf("=");
  const named = eq > 0 && NAME.test(spec.slice(0, eq)) ? spec.slice(0, eq) : void 0;
  const reference = named ? spec.slice(eq + 1) : spec;
  const info = await stat(reference).catch(() => void 0);
  if (info?.isDirectory()) {
    const files = (await readdir(reference)).filter((f) => f.endsWith(".onnx")).sort();
    if (files.length === 0) throw new UserError(`The directory ${reference} holds no .onnx files.`, `--model ${spec}`, "Point --model at an .onnx file, a directory of them, or a registry reference such as demo@champion.");
    return files.map((f) => {
      const source3 = fileSource(join(reference, f));
      return { name: named && files.length === 1 ? named : source3.defaultName, source: source3 };
    });
  }
  if (info?.isFile() || reference.endsWith(".onnx")) {
    const source3 = fileSource(reference);
    return [{ name: named ?? source3.defaultName, source: source3 }];
  }
  if (!options.registry) {
    throw new UserError(
      `${reference} is neither an .onnx file nor a directory, and this build has no model registry to resolve it.`,
      `--model ${spec}`,
      "Pass the path of an .onnx file or a directory of them."
    );
  }
  const source2 = registrySource(reference, options.registry, options.cacheDir);
  return [{ name: named ?? source2.defaultName, source: source2 }];
}
function fileSource(path) {
  const full = resolve(path);
  const defaultName = basename(path, ".onnx").toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[._-]+|[._-]+$/g, "") || "model";
  let known;
  const unreadable = (err) => new UserError(`The model file ${path} cannot be read: ${describeError(err)}`, path, "Check the path and that the file exists.");
  return {
    reference: path,
    defaultName,
    follows: true,
    async current() {
      const info = await stat(full, { bigint: true }).catch((err) => {
        throw unreadable(err);
      });
      const stamp = `${info.size}:${info.ino}:${info.mtimeNs}:${info.ctimeNs}`;
      if (known?.stamp === stamp) return known.identity;
      const bytes2 = await readFile(full).catch((err) => {
        throw unreadable(err);
      });
      const hex = sha256Bytes(bytes2);
      const identity = { version: hex.slice(0, 12), digest: `sha256:${hex}`, modelDigest: `sha256:${hex}` };
      known = { stamp, identity };
      return identity;
    },
    materialize: async () => full
  };
}
function registrySource(reference, registry, cacheDir) {
  const ref = registry.parse(reference);
  const client = registry.open(ref.store);
  return {
    reference,
    defaultName: ref.name,
    // a pinned version or digest never moves; an alias (or no version: latest) may
    follows: !ref.version && !ref.digest,
    async current() {
      const resolved = await client.resolve(ref);
      return { version: resolved.version, digest: resolved.manifestDigest, modelDigest: resolved.modelDigest };
    },
    async materialize(version) {
      const dir = join(cacheDir, ref.name, `${version.version}-${version.digest.replace(/^sha256:/, "").slice(0, 16)}`);
      const pulled = await client.pull({ store: ref.store, name: ref.name, digest: version.digest }, dir);
      if (pulled.modelDigest !== version.modelDigest) {
        throw new UserError(`The registry served ${pulled.modelDigest} for ${reference}, not ${version.modelDigest}.`, reference, "Check the registry; the pulled model is not the resolved one.");
      }
      return pulled.modelFile;
    }
  };
}

// shared/serve/batcher.ts
import { performance as performance2 } from "node:perf_hooks";
var Fifo = class {
  items = [];
  head = 0;
  rows = 0;
  get length() {
    return this.items.length - this.head;
  }
  peek() {
    return this.items[this.head];
  }
  push(p) {
    this.items.push(p);
    this.rows += p.rows;
  }
  shift() {
    const p = this.items[this.head];
    this.items[this.head++] = void 0;
    this.rows -= p.rows;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return p;
  }
};
var DynamicBatcher = class {
  constructor(options) {
    this.options = options;
  }
  options;
  /** one FIFO per input shape (batchKey): only requests of one shape stack */
  queues = /* @__PURE__ */ new Map();
  queuedRequests = 0;
  queuedRows = 0;
  seq = 0;
  running = false;
  scheduled = false;
  /** onBatch has failed once (and been reported) */
  countFailed = false;
  timer;
  get queueLength() {
    return this.queuedRequests;
  }
  submit(inputs, rows) {
    return new Promise((resolve2, reject) => this.enqueue(inputs, rows, { settle: (error, outputs) => outputs ? resolve2(outputs) : reject(error) }));
  }
  /**
   * As submit, told through `waiter`, never before enqueue has returned (a full queue: a 503
   * HttpError, in a microtask). The waiters of a run are settled after the next run has been
   * started, so the requests that queued meanwhile are on their way while the answers are written.
   */
  enqueue(inputs, rows, waiter) {
    const { maxQueueRows, maxQueueDelayUs, where } = this.options;
    if (this.queuedRequests === 0 && !this.running && !this.scheduled && maxQueueDelayUs <= 0) {
      return this.runAlone(inputs, rows, waiter);
    }
    if (this.queuedRequests > 0 && this.queuedRows + rows > maxQueueRows) {
      const full = unavailable(`The model's queue is full (${this.queuedRows} rows waiting, at most ${maxQueueRows}).`, where, "Retry after the Retry-After delay, send fewer concurrent requests, or raise --max-queue-rows.");
      return queueMicrotask(() => waiter.settle(full, void 0));
    }
    const key = this.options.batchable ? batchKey(inputs) : "";
    let fifo = this.queues.get(key);
    if (!fifo) this.queues.set(key, fifo = new Fifo());
    fifo.push({ inputs, rows, seq: this.seq++, enqueued: performance2.now(), waiter });
    this.queuedRequests++;
    this.queuedRows += rows;
    this.schedule();
  }
  runAlone(inputs, rows, waiter) {
    this.running = true;
    this.countBatch(rows, [0]);
    startRun(() => this.options.run(inputs)).then(
      (outputs) => this.ranAlone(waiter, void 0, outputs),
      (error) => this.ranAlone(waiter, error, void 0)
    );
  }
  ranAlone(waiter, error, outputs) {
    this.running = false;
    this.schedule();
    settle(waiter, error, outputs);
  }
  /**
   * onBatch, which counts: a count that fails must not stop the serving. Thrown here, it left the
   * batcher marked running with its requests never answered, and every later request queued behind
   * them (or, in flush, an unhandled rejection).
   */
  countBatch(rows, waited) {
    try {
      this.options.onBatch?.(rows, waited);
    } catch (error) {
      if (this.countFailed) return;
      this.countFailed = true;
      this.options.onBatchError?.(error);
    }
  }
  schedule() {
    if (this.running || this.scheduled || this.queuedRequests === 0) return;
    const full = this.queuedRows >= this.options.maxBatchRows;
    const waitMs = this.options.maxQueueDelayUs / 1e3;
    this.scheduled = true;
    if (full || waitMs <= 0) {
      void this.flush();
    } else {
      this.timer = setTimeout(() => void this.flush(), waitMs);
    }
  }
  async flush() {
    this.scheduled = false;
    clearTimeout(this.timer);
    const batch = this.take();
    if (batch.length === 0) return;
    this.running = true;
    const started = performance2.now();
    let rows = 0;
    const waited = new Array(batch.length);
    for (let i = 0; i < batch.length; i++) {
      rows += batch[i].rows;
      waited[i] = (started - batch[i].enqueued) / 1e3;
    }
    this.countBatch(rows, waited);
    const running = startRun(() => this.options.run(batch.length === 1 ? batch[0].inputs : stack(batch)));
    let error;
    let answers;
    try {
      const outputs = await running;
      answers = batch.length === 1 ? [outputs] : split(outputs, batch, rows);
    } catch (err) {
      error = err;
    }
    this.running = false;
    this.schedule();
    for (let i = 0; i < batch.length; i++) settle(batch[i].waiter, error, answers?.[i]);
  }
  /**
   * The oldest waiting request and the requests of its shape behind it, in arrival order, up to
   * maxBatchRows (the first is taken whatever its size); one request when the model cannot stack.
   */
  take() {
    let oldest;
    let oldestKey = "";
    for (const [key, fifo] of this.queues) {
      if (!oldest || fifo.peek().seq < oldest.peek().seq) {
        oldest = fifo;
        oldestKey = key;
      }
    }
    if (!oldest) return [];
    const { batchable, maxBatchRows } = this.options;
    const batch = [oldest.shift()];
    let rows = batch[0].rows;
    while (batchable && oldest.length > 0 && rows + oldest.peek().rows <= maxBatchRows) {
      const p = oldest.shift();
      batch.push(p);
      rows += p.rows;
    }
    if (oldest.length === 0) this.queues.delete(oldestKey);
    this.queuedRequests -= batch.length;
    this.queuedRows -= rows;
    return batch;
  }
};
function settle(waiter, error, outputs) {
  try {
    waiter.settle(error, outputs);
  } catch (thrown) {
    queueMicrotask(() => {
      throw thrown;
    });
  }
}
var lastKey = { name: "", datatype: "", width: -1, key: "" };
function batchKey(inputs) {
  if (inputs.length === 1 && inputs[0].shape.length === 2) {
    const { name, datatype, shape } = inputs[0];
    const last = lastKey;
    if (name === last.name && datatype === last.datatype && shape[1] === last.width) return last.key;
    lastKey = { name, datatype, width: shape[1], key: `${name}:${datatype}:${shape[1]}` };
    return lastKey.key;
  }
  return inputs.map((t) => `${t.name}:${t.datatype}:${t.shape.slice(1).join("x")}`).join("|");
}
function stack(batch) {
  const first = batch[0].inputs;
  return first.map((input, k) => {
    const parts = batch.map((p) => p.inputs.find((t) => t.name === input.name) ?? p.inputs[k]);
    const rows = parts.reduce((n, t) => n + (t.shape[0] ?? 1), 0);
    return { name: input.name, datatype: input.datatype, shape: [rows, ...input.shape.slice(1)], data: concat(parts.map((t) => t.data)) };
  });
}
function concat(arrays) {
  const first = arrays[0];
  if (Array.isArray(first)) return [].concat(...arrays);
  const total = arrays.reduce((n, a) => n + a.length, 0);
  const out = new first.constructor(total);
  let offset = 0;
  for (const a of arrays) {
    out.set(a, offset);
    offset += a.length;
  }
  return out;
}
function split(outputs, batch, rows) {
  for (const output of outputs) {
    if (output.shape[0] !== rows) throw new Error(`the output "${output.name}" has ${output.shape[0]} rows for a batch of ${rows}`);
  }
  const answers = new Array(batch.length);
  let start = 0;
  for (let i = 0; i < batch.length; i++) {
    const p = batch[i];
    const end2 = start + p.rows;
    const own = new Array(outputs.length);
    for (let k = 0; k < outputs.length; k++) {
      const o = outputs[k];
      const width = rows === 0 ? 0 : o.data.length / rows;
      const data = Array.isArray(o.data) ? o.data.slice(start * width, end2 * width) : o.data.subarray(start * width, end2 * width);
      const shape = o.shape.length === 2 ? [p.rows, o.shape[1]] : [p.rows, ...o.shape.slice(1)];
      own[k] = o.parameters === void 0 ? { name: o.name, datatype: o.datatype, shape, data } : { name: o.name, datatype: o.datatype, shape, data, parameters: o.parameters };
    }
    answers[i] = own;
    start = end2;
  }
  return answers;
}
function startRun(run) {
  try {
    return run();
  } catch (error) {
    return Promise.reject(error);
  }
}

// shared/serve/metrics.ts
var import_prom_client = __toESM(require_prom_client(), 1);

// shared/serve/cheap-metrics.ts
var Series = class {
  constructor(labels, bounds) {
    this.labels = labels;
    this.bounds = bounds;
    this.counts = new Float64Array(bounds.length + 1);
  }
  labels;
  bounds;
  /** per bucket, not cumulative; the last slot is above every bound (+Inf only) */
  counts;
  sum = 0;
  count = 0;
  observe(value) {
    if (!Number.isFinite(value)) return;
    const bounds = this.bounds;
    let low = 0;
    let high = bounds.length;
    while (low < high) {
      const middle = low + high >>> 1;
      if (value > bounds[middle]) low = middle + 1;
      else high = middle;
    }
    this.counts[low] += 1;
    this.sum += value;
    this.count += 1;
  }
  observeMany(values) {
    for (let i = 0; i < values.length; i++) this.observe(values[i]);
  }
};
var TallyHistogram = class {
  constructor(name, help, labelNames, buckets, registry) {
    this.name = name;
    this.help = help;
    this.labelNames = labelNames;
    this.bounds = [...buckets].sort((a, b) => a - b);
    registry.registerMetric(this);
  }
  name;
  help;
  labelNames;
  type = "histogram";
  aggregator = "sum";
  series = /* @__PURE__ */ new Map();
  bounds;
  /** the series of one label set, created on first use; keep it */
  labels(labels) {
    const key = this.labelNames.map((n) => labels[n] ?? "").join("\0");
    let found = this.series.get(key);
    if (!found) this.series.set(key, found = new Series({ ...labels }, this.bounds));
    return found;
  }
  /** as prom-client's Histogram reports its values: cumulative buckets with `le` first, then +Inf, sum and count */
  async get() {
    const values = [];
    const bucket = `${this.name}_bucket`;
    for (const s of this.series.values()) {
      let cumulative = 0;
      this.bounds.forEach((le, i) => {
        cumulative += s.counts[i];
        values.push({ labels: { le, ...s.labels }, value: cumulative, metricName: bucket });
      });
      values.push({ labels: { le: "+Inf", ...s.labels }, value: s.count, metricName: bucket });
      values.push({ labels: { ...s.labels }, value: s.sum, metricName: `${this.name}_sum` });
      values.push({ labels: { ...s.labels }, value: s.count, metricName: `${this.name}_count` });
    }
    return { name: this.name, help: this.help, type: "histogram", values, aggregator: "sum" };
  }
  reset() {
    this.series.clear();
  }
};
var CounterTally = class {
  constructor(labels) {
    this.labels = labels;
  }
  labels;
  pending = 0;
  inc(n = 1) {
    this.pending += n;
  }
};
var GaugeTally = class {
  constructor(labels) {
    this.labels = labels;
  }
  labels;
  value = 0;
  touched = false;
  inc() {
    this.value++;
    this.touched = true;
  }
  dec() {
    this.value--;
    this.touched = true;
  }
};
function flushCounter(counter, tallies) {
  for (const t of tallies) {
    if (t.pending === 0) continue;
    counter.inc(t.labels, t.pending);
    t.pending = 0;
  }
}
function flushGauge(gauge, tallies) {
  for (const t of tallies) if (t.touched) gauge.set(t.labels, t.value);
}

// shared/serve/metrics.ts
var LATENCY_BUCKETS = [5e-4, 1e-3, 25e-4, 5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
var BATCH_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 4096, 16384, 65536];
function createServerMetrics(options = {}) {
  const registry = new import_prom_client.Registry();
  if (options.defaultMetrics !== false) {
    (0, import_prom_client.collectDefaultMetrics)({ register: registry });
    for (const metric of registry.getMetricsAsArray()) {
      const { name, type } = metric;
      if (name.endsWith("_total") && type !== "counter") registry.removeSingleMetric(name);
    }
  }
  const registers = [registry];
  const tallies = { requests: [], rows: [], inflight: /* @__PURE__ */ new Map(), fastLane: new CounterTally({}), bridged: new CounterTally({}), handovers: new CounterTally({}) };
  return {
    registry,
    tallies,
    requests: new import_prom_client.Counter({ name: "mlci_inference_requests_total", help: "Inference requests by model, version, role and HTTP status code.", labelNames: ["model", "version", "role", "code"], registers, collect() {
      flushCounter(this, tallies.requests);
    } }),
    duration: new TallyHistogram("mlci_inference_request_duration_seconds", "Time from a request's body read to its response written.", ["model", "version", "role"], LATENCY_BUCKETS, registry),
    queue: new TallyHistogram("mlci_inference_queue_duration_seconds", "Time a request waited in the dynamic batcher's queue.", ["model", "version"], LATENCY_BUCKETS, registry),
    batchSize: new TallyHistogram("mlci_inference_batch_size", "Rows per session.run.", ["model", "version"], BATCH_BUCKETS, registry),
    rows: new import_prom_client.Counter({ name: "mlci_inference_rows_total", help: "Rows inferred.", labelNames: ["model", "version", "role"], registers, collect() {
      flushCounter(this, tallies.rows);
    } }),
    inflight: new import_prom_client.Gauge({ name: "mlci_inference_inflight_requests", help: "Inference requests being served now.", labelNames: ["model"], registers, collect() {
      flushGauge(this, tallies.inflight.values());
    } }),
    ready: new import_prom_client.Gauge({ name: "mlci_model_ready", help: "1 when the model version is loaded, warmed up and routed to.", labelNames: ["model", "version", "role"], registers }),
    loadDuration: new import_prom_client.Gauge({ name: "mlci_model_load_duration_seconds", help: "Time to load and warm up the model version.", labelNames: ["model", "version"], registers }),
    loadFailures: new import_prom_client.Counter({ name: "mlci_model_load_failures_total", help: "Model versions that failed to load or warm up (the previous version kept serving).", labelNames: ["model"], registers }),
    info: new import_prom_client.Gauge({ name: "mlci_model_info", help: "The model version served in each role and its digests; always 1.", labelNames: ["model", "version", "role", "digest", "model_digest"], registers }),
    shadowComparisons: new import_prom_client.Counter({ name: "mlci_shadow_comparisons_total", help: "Requests run on the shadow version and compared with the response.", labelNames: ["model", "version"], registers }),
    shadowDisagreements: new import_prom_client.Counter({ name: "mlci_shadow_disagreements_total", help: "Shadow runs whose predictions differ from the response's.", labelNames: ["model", "version"], registers }),
    score: new TallyHistogram("mlci_prediction_score", "Binary: the positive class's probability; multiclass: the predicted class's probability.", ["model", "version", "role"], [...SCORE_BOUNDS], registry),
    logRecords: new import_prom_client.Counter({ name: "mlci_prediction_log_records_total", help: "Prediction log records written.", registers }),
    logDropped: new import_prom_client.Counter({ name: "mlci_prediction_log_dropped_total", help: "Prediction log records dropped because the writer fell behind or failed.", registers }),
    fastLaneRequests: new import_prom_client.Counter({ name: "mlci_http_fast_lane_requests_total", help: "Inference requests read and answered by the fast lane rather than node:http.", registers, collect() {
      flushCounter(this, [tallies.fastLane]);
    } }),
    bridged: new import_prom_client.Counter({ name: "mlci_http_bridged_requests_total", help: "Requests the fast lane read and node:http answered (other routes, errors), the connection staying with the lane.", registers, collect() {
      flushCounter(this, [tallies.bridged]);
    } }),
    handovers: new import_prom_client.Counter({ name: "mlci_http_handovers_total", help: "Connections the fast lane handed to node:http for good (chunked, Expect, Upgrade, HTTP/1.0, a head outside its strict grammar).", registers, collect() {
      flushCounter(this, [tallies.handovers]);
    } })
  };
}
var versionCache = /* @__PURE__ */ new WeakMap();
function versionMetrics(metrics, model, version, role) {
  let byKey = versionCache.get(metrics);
  if (!byKey) versionCache.set(metrics, byKey = /* @__PURE__ */ new Map());
  const key = `${model}\0${version}\0${role}`;
  let found = byKey.get(key);
  if (!found) {
    const labels = { model, version, role };
    const { tallies } = metrics;
    let inflight = tallies.inflight.get(model);
    if (!inflight) tallies.inflight.set(model, inflight = new GaugeTally({ model }));
    const rows = new CounterTally(labels);
    tallies.rows.push(rows);
    const byCode = /* @__PURE__ */ new Map();
    found = {
      duration: metrics.duration.labels(labels),
      rows,
      score: metrics.score.labels(labels),
      inflight,
      requests(code) {
        let tally = byCode.get(code);
        if (!tally) {
          byCode.set(code, tally = new CounterTally({ ...labels, code: String(code) }));
          tallies.requests.push(tally);
        }
        return tally;
      }
    };
    byKey.set(key, found);
  }
  return found;
}

// shared/serve/datatypes.ts
var TABLE = [
  { oip: "BOOL", ort: "bool", size: 1, array: Uint8Array, json: "bool" },
  { oip: "UINT8", ort: "uint8", size: 1, array: Uint8Array, json: "int", min: 0, max: 255 },
  { oip: "UINT16", ort: "uint16", size: 2, array: Uint16Array, json: "int", min: 0, max: 65535 },
  { oip: "UINT32", ort: "uint32", size: 4, array: Uint32Array, json: "int", min: 0, max: 4294967295 },
  { oip: "UINT64", ort: "uint64", size: 8, array: BigUint64Array, json: "bigint", min: 0 },
  { oip: "INT8", ort: "int8", size: 1, array: Int8Array, json: "int", min: -128, max: 127 },
  { oip: "INT16", ort: "int16", size: 2, array: Int16Array, json: "int", min: -32768, max: 32767 },
  { oip: "INT32", ort: "int32", size: 4, array: Int32Array, json: "int", min: -2147483648, max: 2147483647 },
  { oip: "INT64", ort: "int64", size: 8, array: BigInt64Array, json: "bigint" },
  { oip: "FP16", ort: "float16", size: 2, array: Uint16Array },
  { oip: "FP32", ort: "float32", size: 4, array: Float32Array, json: "float" },
  { oip: "FP64", ort: "float64", size: 8, array: Float64Array, json: "float" },
  { oip: "BYTES", ort: "string", size: 0, json: "string" }
];
var BY_OIP = new Map(TABLE.map((t) => [t.oip, t]));
var BY_ORT = new Map(TABLE.map((t) => [t.ort, t]));
function datatypeInfo(oip) {
  return BY_OIP.get(oip);
}
function oipDatatypeOf(ortType) {
  return BY_ORT.get(ortType)?.oip;
}
function ortTypeOf(oip) {
  return BY_OIP.get(oip).ort;
}
function allocateArray(oip, length) {
  const info = BY_OIP.get(oip);
  return info.array ? new info.array(length) : new Array(length).fill("");
}

// shared/serve/served-model.ts
var DEFAULT_INTRA_OP_THREADS = 1;
async function loadServedModel(path, identity, ort, intraOpThreads = DEFAULT_INTRA_OP_THREADS) {
  const started = performance.now();
  const loaded = await loadModel(path, { ort, sessionOptions: intraOpThreads > 0 ? { ...NO_SPIN_OPTIONS, intraOpNumThreads: intraOpThreads } : NO_SPIN_OPTIONS });
  const modelDigest = `sha256:${loaded.sha256}`;
  const inputs = loaded.signature.inputs.map((i) => metadataTensor(i.name, i.type, i.shape, path));
  const outputs = loaded.signature.outputs.map((o) => loaded.fetchNames[o.name] ? zipMapMetadata(o.name, loaded) : metadataTensor(o.name, o.type, o.shape, path));
  const runner = mainThreadRunner(ort, loaded.session);
  const labelParameters = loaded.signature.classLabels ? Object.freeze({ class_labels: JSON.stringify(loaded.signature.classLabels) }) : void 0;
  const model = {
    version: identity.version ?? loaded.sha256.slice(0, 12),
    digest: identity.digest ?? modelDigest,
    modelDigest,
    path,
    inputs,
    outputs,
    classLabels: classLabelsOf(loaded),
    ...featureNamesOf(loaded),
    ...outputPlanOf(loaded),
    batchable: false,
    loadSeconds: 0,
    check: (tensors, where) => checkInputs(inputs, tensors, where),
    run: (tensors) => runOnce(runner, loaded, outputs, labelParameters, tensors),
    release: () => loaded.session.release()
  };
  model.batchable = await warmUp(model);
  model.loadSeconds = (performance.now() - started) / 1e3;
  return model;
}
function metadataTensor(name, type, shape, path) {
  const datatype = oipDatatypeOf(type);
  if (!datatype) throw new Error(`${path}: the tensor "${name}" has type ${type}, which the Open Inference Protocol cannot carry`);
  return { name, datatype, shape: shape.map((d) => typeof d === "number" && d >= 0 ? d : -1) };
}
function zipMapMetadata(name, loaded) {
  const classes = loaded.signature.classLabels?.length;
  return { name, datatype: "FP32", shape: [-1, classes ?? -1] };
}
function classLabelsOf(loaded) {
  const labels = loaded.signature.classLabels;
  if (!labels) return {};
  const out = {};
  for (const name of Object.keys(loaded.fetchNames)) out[name] = labels;
  return out;
}
function featureNamesOf(loaded) {
  try {
    const names = JSON.parse(loaded.metadata["mlci.feature_names"] ?? "null");
    return Array.isArray(names) && names.every((n) => typeof n === "string") ? { featureNames: names } : {};
  } catch {
    return {};
  }
}
function outputPlanOf(loaded) {
  try {
    return { plan: planOutputs(loaded.signature) };
  } catch {
    return {};
  }
}
function checkInputs(declared, tensors, where) {
  if (declared.length === 1 && tensors.length === 1) {
    const [spec, tensor] = [declared[0], tensors[0]];
    if (tensor.name === spec.name && tensor.datatype === spec.datatype && fitsShape(spec.shape, tensor.shape)) return tensor.shape[0] ?? 1;
  }
  const names = declared.map((d) => d.name).join(", ");
  const seen = /* @__PURE__ */ new Set();
  let rows;
  for (const tensor of tensors) {
    const spec = declared.find((d) => d.name === tensor.name);
    const at2 = `${where}: input "${tensor.name}"`;
    if (!spec) throw badRequest(`The model has no input "${tensor.name}".`, at2, `Send the model's inputs: ${names}.`);
    if (seen.has(tensor.name)) throw badRequest(`The input "${tensor.name}" is sent twice.`, at2, "Send each input once.");
    seen.add(tensor.name);
    if (tensor.datatype !== spec.datatype) throw badRequest(`The input "${tensor.name}" is ${spec.datatype}, and the request sends ${tensor.datatype}.`, at2, `Send it as ${spec.datatype}.`);
    if (!fitsShape(spec.shape, tensor.shape)) {
      throw badRequest(
        `The input "${tensor.name}" has shape [${spec.shape.join(", ")}] (-1: any size), and the request sends [${tensor.shape.join(", ")}].`,
        at2,
        "Send the shape the model metadata lists, with the number of rows first."
      );
    }
    const n = tensor.shape[0] ?? 1;
    if (rows !== void 0 && n !== rows) throw badRequest(`The inputs have different numbers of rows (${rows} and ${n}).`, at2, "Send the same rows in every input.");
    rows = n;
  }
  const missing = declared.filter((d) => !seen.has(d.name)).map((d) => d.name);
  if (missing.length > 0) throw badRequest(`The request lacks the input${missing.length === 1 ? "" : "s"} ${missing.join(", ")}.`, where, `Send the model's inputs: ${names}.`);
  return rows ?? 1;
}
function fitsShape(declared, shape) {
  if (shape.length !== declared.length) return false;
  for (let i = 0; i < declared.length; i++) if (declared[i] !== -1 && declared[i] !== shape[i]) return false;
  return true;
}
async function runOnce(runner, loaded, outputs, labelParameters, tensors) {
  const inputs = tensors.map((t) => ({ name: t.name, type: ortTypeOf(t.datatype), data: t.data, dims: t.shape }));
  const fetches = outputs.map((o) => loaded.fetchNames[o.name] ?? o.name);
  const result = await runner.run(inputs, fetches);
  return outputs.map((o, i) => {
    const out = result.outputs[fetches[i]];
    const tensor = { name: o.name, datatype: o.datatype, shape: [...out.dims], data: out.data };
    if (labelParameters && loaded.fetchNames[o.name]) tensor.parameters = labelParameters;
    return tensor;
  });
}
async function warmUp(model) {
  const sample = (rows) => model.inputs.map((i) => {
    const shape = i.shape.map((d, k) => k === 0 && d === -1 ? rows : d === -1 ? 1 : d);
    return { name: i.name, datatype: i.datatype, shape, data: allocateArray(i.datatype, shape.reduce((a, b) => a * b, 1)) };
  });
  try {
    await model.run(sample(1));
  } catch (err) {
    throw new Error(`the warm-up run on one row of zeros failed: ${describeError(err)}`);
  }
  if (!model.inputs.every((i) => i.shape.length > 0 && i.shape[0] === -1)) return false;
  try {
    const outputs = await model.run(sample(2));
    return outputs.every((o) => o.shape[0] === 2);
  } catch {
    return false;
  }
}

// shared/serve/model-slot.ts
var ModelSlot = class {
  constructor(name, role, source2, deps) {
    this.name = name;
    this.role = role;
    this.source = source2;
    this.deps = deps;
  }
  name;
  role;
  source;
  deps;
  active;
  polling;
  /** a digest that failed to load: not retried until the source moves on */
  failedDigest;
  get current() {
    return this.active?.model;
  }
  /** loads the source's current version; throws when it cannot (the caller decides what that means) */
  async start() {
    const identity = await this.source.current();
    this.swapIn(await this.load(identity));
  }
  /** a version for one request; give it back with `release` */
  acquire() {
    const active = this.active;
    if (active) active.inflight++;
    return active;
  }
  release(active) {
    active.inflight--;
    if (active.retired && active.inflight === 0) void this.dispose(active);
  }
  /** follows the source once: a new version is loaded, warmed up and swapped in */
  poll() {
    this.polling ??= this.pollOnce().finally(() => {
      this.polling = void 0;
    });
    return this.polling;
  }
  async pollOnce() {
    let identity;
    try {
      identity = await this.source.current();
    } catch (err) {
      this.deps.log({ level: "warning", msg: "model source unreachable; serving the loaded version", model: this.name, role: this.role, reference: this.source.reference, error: describeError(err) });
      return;
    }
    const current = this.active?.model;
    if (current && current.modelDigest === identity.modelDigest && current.digest === identity.digest) return;
    if (identity.digest === this.failedDigest) return;
    let next2;
    try {
      next2 = await this.load(identity);
    } catch (err) {
      this.failedDigest = identity.digest;
      this.deps.metrics.loadFailures.inc({ model: this.name });
      this.deps.log({ level: "error", msg: "new model version failed to load; the previous version keeps serving", model: this.name, role: this.role, version: identity.version, digest: identity.digest, error: describeError(err) });
      return;
    }
    this.swapIn(next2);
  }
  async stop() {
    const active = this.active;
    this.active = void 0;
    if (active) this.retire(active);
  }
  async load(identity) {
    const path = await this.source.materialize(identity);
    const model = await loadServedModel(path, identity, this.deps.ort, this.deps.intraOpThreads);
    const { metrics } = this.deps;
    const labels = { model: this.name, version: model.version };
    const batchSize = metrics.batchSize.labels(labels);
    const queue = metrics.queue.labels(labels);
    const batcher = new DynamicBatcher({
      ...this.deps.batching,
      batchable: model.batchable,
      where: `model "${this.name}" version ${model.version}`,
      run: (inputs) => model.run(inputs),
      onBatch(rows, waited) {
        batchSize.observe(rows);
        for (const s of waited) queue.observe(s);
      },
      onBatchError: (error) => this.deps.log({ level: "warning", msg: "batch metrics failed; requests are served, batches no longer counted", model: this.name, version: model.version, error: describeError(error) })
    });
    metrics.loadDuration.set(labels, model.loadSeconds);
    this.deps.log({ level: "info", msg: "model loaded", model: this.name, role: this.role, version: model.version, digest: model.digest, model_digest: model.modelDigest, load_seconds: model.loadSeconds, batchable: model.batchable });
    return { model, batcher, counted: versionMetrics(metrics, this.name, model.version, this.role), inflight: 0, retired: false };
  }
  swapIn(next2) {
    const previous = this.active;
    this.active = next2;
    this.failedDigest = void 0;
    if (previous) {
      this.deps.log({ level: "info", msg: "model swapped", model: this.name, role: this.role, from: previous.model.version, to: next2.model.version });
      this.retire(previous);
    }
    const { metrics } = this.deps;
    metrics.ready.set({ model: this.name, version: next2.model.version, role: this.role }, 1);
    metrics.info.set({ model: this.name, version: next2.model.version, role: this.role, digest: next2.model.digest, model_digest: next2.model.modelDigest }, 1);
  }
  retire(active) {
    const { metrics } = this.deps;
    const { version, digest, modelDigest } = active.model;
    if (this.active?.model.version !== version) metrics.ready.remove({ model: this.name, version, role: this.role });
    metrics.info.remove({ model: this.name, version, role: this.role, digest, model_digest: modelDigest });
    active.retired = true;
    if (active.inflight === 0) void this.dispose(active);
  }
  async dispose(active) {
    await active.model.release().catch(() => {
    });
  }
};

// shared/serve/admin.ts
function routesView(routes) {
  const models = {};
  for (const [name, route] of routes) models[name] = modelRouteView(route);
  return { models };
}
function modelRouteView(route) {
  return {
    stable: slotView(route.stable),
    ...route.canary ? { canary: { ...slotView(route.canary.slot), weight: route.canary.weight } } : {},
    ...route.shadow ? { shadow: slotView(route.shadow) } : {}
  };
}
function slotView(slot) {
  const model = slot.current;
  return { reference: slot.source.reference, version: model?.version ?? "", digest: model?.digest ?? "", model_digest: model?.modelDigest ?? "", ready: model !== void 0 };
}
async function putRoute(ctx, req, name) {
  const route = ctx.routes.get(name);
  const where = `PUT /v2/admin/models/${name}/route`;
  if (!route) throw notFound(`There is no model "${name}".`, where, `Set routes of a served model: ${[...ctx.routes.keys()].join(", ")}.`);
  const body = parseBody(await readBody(req, 1 << 20), where);
  const canary = body.canary;
  const shadow = body.shadow;
  const newCanary = canary && canary.reference !== route.canary?.slot.source.reference ? await loadSlot(ctx, name, "canary", canary.reference, where) : void 0;
  let newShadow;
  try {
    newShadow = shadow && shadow.reference !== route.shadow?.source.reference ? await loadSlot(ctx, name, "shadow", shadow.reference, where) : void 0;
  } catch (err) {
    await newCanary?.stop();
    throw err;
  }
  if (canary === null && route.canary) {
    await route.canary.slot.stop();
    delete route.canary;
  } else if (canary) {
    if (newCanary) {
      await route.canary?.slot.stop();
      route.canary = { slot: newCanary, weight: canary.weight };
    } else route.canary.weight = canary.weight;
  }
  if (shadow === null && route.shadow) {
    await route.shadow.stop();
    delete route.shadow;
  } else if (newShadow) {
    await route.shadow?.stop();
    route.shadow = newShadow;
  }
  return modelRouteView(route);
}
async function loadSlot(ctx, name, role, reference, where) {
  let sources;
  try {
    sources = await modelSourcesFor(reference, { ...ctx.registry ? { registry: ctx.registry } : {}, cacheDir: ctx.cacheDir });
  } catch (err) {
    throw badRequest(`The ${role} reference "${reference}" cannot be used: ${describeError(err)}`, where, "Give an .onnx file or a registry reference such as demo:v3.");
  }
  if (sources.length !== 1) throw badRequest(`The ${role} reference "${reference}" names ${sources.length} models.`, where, "Give one model: an .onnx file or a registry reference.");
  const slot = new ModelSlot(name, role, sources[0].source, ctx.slotDeps);
  try {
    await slot.start();
  } catch (err) {
    ctx.slotDeps.metrics.loadFailures.inc({ model: name });
    const status = isUserError(err) ? 400 : 500;
    throw new HttpError(status, `The ${role} model ${reference} failed to load: ${describeError(err)}`, where, "Check the reference and that the model loads with onnxruntime; the route is unchanged.");
  }
  return slot;
}
function parseBody(body, where) {
  let json;
  try {
    json = JSON.parse(body.toString("utf8"));
  } catch (err) {
    throw badRequest(`The body is not JSON: ${describeError(err)}.`, where, 'Send {"canary": {"reference", "weight"} | null, "shadow": {"reference"} | null}.');
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw badRequest("The body is not a JSON object.", where, 'Send {"canary": \u2026, "shadow": \u2026}.');
  const { canary, shadow, ...rest } = json;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) throw badRequest(`Unknown field${unknown.length === 1 ? "" : "s"} ${unknown.join(", ")}.`, where, 'Send only "canary" and "shadow".');
  const change = {};
  if (canary !== void 0) {
    if (canary === null) change.canary = null;
    else {
      const c = canary;
      if (typeof c !== "object" || typeof c.reference !== "string" || typeof c.weight !== "number" || !(c.weight >= 0 && c.weight <= 100)) {
        throw badRequest('"canary" must be {"reference": string, "weight": 0..100} or null.', `${where}: canary`, "Send a model reference and a weight in percent.");
      }
      change.canary = { reference: c.reference, weight: c.weight };
    }
  }
  if (shadow !== void 0) {
    if (shadow === null) change.shadow = null;
    else {
      const s = shadow;
      if (typeof s !== "object" || typeof s.reference !== "string") throw badRequest('"shadow" must be {"reference": string} or null.', `${where}: shadow`, "Send a model reference.");
      change.shadow = { reference: s.reference };
    }
  }
  return change;
}

// shared/serve/tensor.ts
import { Buffer as Buffer3 } from "node:buffer";
var MAX_ELEMENTS = 2 ** 30;
function elementCount(shape) {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}
function pooledFloats(datatype, count) {
  const bytes2 = Buffer3.allocUnsafe(count * (datatype === "FP32" ? 4 : 8));
  return datatype === "FP32" ? new Float32Array(bytes2.buffer, bytes2.byteOffset, count) : new Float64Array(bytes2.buffer, bytes2.byteOffset, count);
}

// shared/serve/decode-fast.ts
function decodeCommonRequest(json) {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return void 0;
  let inputs;
  let id;
  for (const key in json) {
    if (key === "inputs") inputs = json.inputs;
    else if (key === "id") id = json.id;
    else return void 0;
  }
  if (id !== void 0 && typeof id !== "string") return void 0;
  if (!Array.isArray(inputs) || inputs.length === 0) return void 0;
  const tensors = new Array(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const tensor = commonInput(inputs[i]);
    if (!tensor) return void 0;
    tensors[i] = tensor;
  }
  return id === void 0 ? { inputs: tensors, binaryOutputs: false } : { id, inputs: tensors, binaryOutputs: false };
}
function commonInput(input) {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return void 0;
  let name;
  let shape;
  let datatype;
  let data;
  let fields = 0;
  for (const key in input) {
    const value = input[key];
    if (key === "name") name = value;
    else if (key === "shape") shape = value;
    else if (key === "datatype") datatype = value;
    else if (key === "data") data = value;
    else return void 0;
    fields++;
  }
  if (fields !== 4 || typeof name !== "string" || name === "" || datatype !== "FP32" && datatype !== "FP64") return void 0;
  if (!Array.isArray(shape) || !Array.isArray(data)) return void 0;
  let count = 1;
  for (const d of shape) {
    if (!Number.isSafeInteger(d) || d < 0) return void 0;
    count *= d;
    if (count > MAX_ELEMENTS) return void 0;
  }
  let found = 0;
  for (const item of data) {
    if (typeof item === "number") found++;
    else if (!Array.isArray(item)) return void 0;
    else {
      for (const value of item) if (typeof value !== "number") return void 0;
      found += item.length;
    }
    if (found > count) return void 0;
  }
  if (found !== count) return void 0;
  const out = pooledFloats(datatype, count);
  let n = 0;
  for (const item of data) {
    if (typeof item === "number") out[n++] = item;
    else for (const value of item) out[n++] = value;
  }
  return { name, datatype, shape, data: out };
}

// shared/serve/decode-small.ts
import { Buffer as Buffer4 } from "node:buffer";
var SMALL_BODY_BYTES = 4096;
var FAIL = -1;
var POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
var scratch = new Float64Array(SMALL_BODY_BYTES / 2 + 1);
var dims = new Float64Array(SMALL_BODY_BYTES / 2 + 1);
var bytes = new Uint8Array(SMALL_BODY_BYTES + 1);
var end = 0;
var at = 0;
var EMPTY = Buffer4.alloc(0);
var source = EMPTY;
function decodeSmallRequest(body) {
  if (body.length > SMALL_BODY_BYTES) return void 0;
  bytes.set(body);
  bytes[body.length] = 0;
  end = body.length;
  at = 0;
  source = body;
  try {
    return readRequest();
  } finally {
    source = EMPTY;
  }
}
function readRequest() {
  if (!take(123)) return void 0;
  let inputs;
  let id;
  if (!take(125)) {
    do {
      const key = readKey();
      if (key === void 0 || !take(58)) return void 0;
      if (key === "inputs" && inputs === void 0) {
        inputs = readInputs();
        if (inputs === void 0) return void 0;
      } else if (key === "id" && id === void 0) {
        id = readString();
        if (id === void 0) return void 0;
      } else {
        return void 0;
      }
    } while (take(44));
    if (!take(125)) return void 0;
  }
  skipSpace();
  if (at !== end || inputs === void 0) return void 0;
  return id === void 0 ? { inputs, binaryOutputs: false } : { id, inputs, binaryOutputs: false };
}
function readInputs() {
  if (!take(91) || take(93)) return void 0;
  const inputs = [];
  do {
    const input = readInput();
    if (!input) return void 0;
    inputs.push(input);
  } while (take(44));
  return take(93) ? inputs : void 0;
}
function readInput() {
  if (!take(123)) return void 0;
  let name;
  let shape;
  let datatype;
  let found = FAIL;
  do {
    const key = readKey();
    if (key === void 0 || !take(58)) return void 0;
    if (key === "name" && name === void 0) {
      name = readString();
      if (!name) return void 0;
    } else if (key === "shape" && shape === void 0) {
      shape = readShape();
      if (!shape) return void 0;
    } else if (key === "datatype" && datatype === void 0) {
      const text2 = readString();
      if (text2 !== "FP32" && text2 !== "FP64") return void 0;
      datatype = text2;
    } else if (key === "data" && found === FAIL) {
      found = readData();
      if (found === FAIL) return void 0;
    } else {
      return void 0;
    }
  } while (take(44));
  if (!take(125) || name === void 0 || shape === void 0 || datatype === void 0 || found === FAIL) return void 0;
  const count = elementCount(shape);
  if (count !== found) return void 0;
  const data = pooledFloats(datatype, count);
  for (let i = 0; i < count; i++) data[i] = scratch[i];
  return { name, datatype, shape, data };
}
function readShape() {
  if (!take(91)) return void 0;
  if (take(93)) return [];
  let n = 0;
  let product = 1;
  do {
    skipSpace();
    const start = at;
    let value = 0;
    for (let c = bytes[at]; c >= 48 && c <= 57; c = bytes[++at]) value = value * 10 + c - 48;
    const digits = at - start;
    if (digits === 0 || digits > 15 || digits > 1 && bytes[start] === 48) return void 0;
    product *= value;
    if (product > MAX_ELEMENTS || n === dims.length) return void 0;
    dims[n++] = value;
  } while (take(44));
  if (!take(93)) return void 0;
  return n === 2 ? [dims[0], dims[1]] : n === 1 ? [dims[0]] : Array.from(dims.subarray(0, n));
}
function readData() {
  if (!take(91)) return FAIL;
  let n = 0;
  if (take(93)) return 0;
  do {
    if (take(91)) {
      if (take(93)) continue;
      do {
        if (n === scratch.length || !readNumber(n)) return FAIL;
        n++;
      } while (take(44));
      if (!take(93)) return FAIL;
    } else {
      if (n === scratch.length || !readNumber(n)) return FAIL;
      n++;
    }
  } while (take(44));
  return take(93) ? n : FAIL;
}
function readNumber(n) {
  skipSpace();
  const b = bytes;
  const start = at;
  let i = at;
  const negative = b[i] === 45;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let c = b[i];
  if (c === 48) {
    c = b[++i];
  } else if (c >= 49 && c <= 57) {
    do {
      mantissa = mantissa * 10 + c - 48;
      digits++;
      c = b[++i];
    } while (c >= 48 && c <= 57);
  } else {
    return false;
  }
  let exponent = 0;
  if (c === 46) {
    const first = ++i;
    c = b[i];
    while (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + c - 48;
      digits++;
      c = b[++i];
    }
    if (i === first) return false;
    exponent = first - i;
  }
  if (c === 101 || c === 69) {
    c = b[++i];
    let sign = 1;
    if (c === 43) c = b[++i];
    else if (c === 45) {
      sign = -1;
      c = b[++i];
    }
    const first = i;
    let e = 0;
    while (c >= 48 && c <= 57) {
      if (e < 1e5) e = e * 10 + c - 48;
      c = b[++i];
    }
    if (i === first) return false;
    exponent += sign * e;
  }
  at = i;
  if (digits <= 15 && exponent >= -22 && exponent <= 22) {
    const value = exponent < 0 ? mantissa / POW10[-exponent] : mantissa * POW10[exponent];
    scratch[n] = negative ? -value : value;
  } else {
    scratch[n] = Number(source.toString("latin1", start, i));
  }
  return true;
}
var KEYS = ["id", "inputs", "name", "shape", "datatype", "data"];
var KEY_BYTES = KEYS.map((k) => Buffer4.from(`"${k}"`, "latin1"));
function readKey() {
  skipSpace();
  for (let k = 0; k < KEYS.length; k++) {
    const key = KEY_BYTES[k];
    if (at + key.length > end) continue;
    let i = 0;
    while (i < key.length && bytes[at + i] === key[i]) i++;
    if (i === key.length) {
      at += key.length;
      return KEYS[k];
    }
  }
  return void 0;
}
function readString() {
  if (!take(34)) return void 0;
  const start = at;
  for (let c = bytes[at]; c !== 34; c = bytes[++at]) {
    if (c < 32 || c > 126 || c === 92) return void 0;
  }
  return source.toString("latin1", start, at++);
}
function take(byte) {
  skipSpace();
  if (bytes[at] !== byte) return false;
  at++;
  return true;
}
function skipSpace() {
  let c = bytes[at];
  while (c === 32 || c === 10 || c === 13 || c === 9) c = bytes[++at];
}

// shared/serve/decode-request.ts
var WHERE = "request body";
function decodeInferRequest(body, headerLength2) {
  if (headerLength2 === void 0) {
    const small = decodeSmallRequest(body);
    if (small) return small;
  }
  let jsonBytes = body;
  let binary = Buffer.alloc(0);
  if (headerLength2 !== void 0) {
    if (!Number.isSafeInteger(headerLength2) || headerLength2 < 0 || headerLength2 > body.length) {
      throw badRequest(
        `Inference-Header-Content-Length is ${headerLength2}, but the body has ${body.length} bytes.`,
        "Inference-Header-Content-Length header",
        "Set it to the byte length of the JSON part that starts the body."
      );
    }
    jsonBytes = body.subarray(0, headerLength2);
    binary = body.subarray(headerLength2);
  }
  const json = parseJson(jsonBytes);
  if (headerLength2 === void 0) {
    const common = decodeCommonRequest(json);
    if (common) return common;
  }
  if (!isObject(json)) throw badRequest("The inference request is not a JSON object.", WHERE, 'Send {"inputs": [{"name", "shape", "datatype", "data"}]}.');
  const request = { inputs: [], binaryOutputs: false };
  if (json.id !== void 0) {
    if (typeof json.id !== "string") throw badRequest(`"id" is ${typeof json.id}; the protocol makes it a string.`, `${WHERE}: id`, "Send the id as a string.");
    request.id = json.id;
  }
  const parameters = json.parameters;
  if (parameters !== void 0 && !isObject(parameters)) throw badRequest('"parameters" is not an object.', `${WHERE}: parameters`, "Send parameters as a JSON object.");
  if (parameters?.binary_data_output !== void 0) request.binaryOutputs = booleanParameter(parameters.binary_data_output, "parameters.binary_data_output");
  if (!Array.isArray(json.inputs) || json.inputs.length === 0) {
    throw badRequest('The request has no "inputs" array.', `${WHERE}: inputs`, 'Send at least one input: {"name", "shape", "datatype", "data"}.');
  }
  const reader = { binary, offset: 0 };
  json.inputs.forEach((input, i) => request.inputs.push(decodeInput(input, i, reader)));
  if (reader.offset !== binary.length) {
    throw badRequest(
      `The binary part of the body has ${binary.length} bytes, and the inputs' binary_data_size add up to ${reader.offset}.`,
      "binary tensor data",
      "Send exactly the bytes the inputs declare, in the order of the inputs."
    );
  }
  if (json.outputs !== void 0) request.outputs = decodeOutputs(json.outputs);
  return request;
}
function parseJson(bytes2) {
  try {
    return JSON.parse(bytes2.toString("utf8"));
  } catch (err) {
    const nonFinite = /\b(NaN|Infinity)\b/.test(bytes2.subarray(0, 1 << 20).toString("latin1"));
    throw badRequest(
      `The request body is not valid JSON: ${err.message}.`,
      WHERE,
      nonFinite ? "NaN and Infinity are not JSON numbers: send such values in binary form (the binary tensor data extension), or replace them." : "Send a JSON inference request (Content-Type: application/json), or set Inference-Header-Content-Length for the binary form."
    );
  }
}
function decodeInput(input, index, reader) {
  const at2 = `${WHERE}: inputs[${index}]`;
  if (!isObject(input)) throw badRequest(`inputs[${index}] is not an object.`, at2, 'Each input is {"name", "shape", "datatype", "data"}.');
  const name = input.name;
  if (typeof name !== "string" || name === "") throw badRequest(`inputs[${index}] has no "name".`, at2, "Name each input as the model metadata (GET /v2/models/NAME) lists it.");
  const where = `${WHERE}: input "${name}"`;
  const datatype = input.datatype;
  const info = typeof datatype === "string" ? datatypeInfo(datatype) : void 0;
  if (!info) throw badRequest(`Input "${name}" has datatype ${JSON.stringify(datatype)}, which is not an Open Inference Protocol datatype.`, where, "Use one of BOOL, UINT8\u2026UINT64, INT8\u2026INT64, FP16, FP32, FP64, BYTES, as the model metadata lists it.");
  const shape = decodeShape(input.shape, where);
  const count = elementCount(shape);
  const tensor = { name, datatype: info.oip, shape, data: [] };
  const parameters = input.parameters;
  if (parameters !== void 0 && !isObject(parameters)) throw badRequest(`Input "${name}" has "parameters" that are not an object.`, where, "Send parameters as a JSON object.");
  const binarySize = parameters?.binary_data_size;
  if (binarySize !== void 0) {
    if (input.data !== void 0) throw badRequest(`Input "${name}" has both "data" and binary_data_size.`, where, 'Send the values one way: in "data", or in the binary part.');
    tensor.data = readBinary(reader, binarySize, info.oip, info.size, count, shape, where);
    return tensor;
  }
  if (!Array.isArray(input.data)) throw badRequest(`Input "${name}" has no "data" array.`, where, 'Send the values in "data" (flat or nested, row-major), or in binary form with parameters.binary_data_size.');
  const found = countLeaves(input.data, count);
  if (found !== count) {
    throw badRequest(
      `Input "${name}" has shape [${shape.join(", ")}], which holds ${count} values, but its data has ${found > count ? `more than ${count}` : found}.`,
      where,
      "Make the shape match the data: rows \xD7 values per row."
    );
  }
  if (!info.json) throw badRequest(`Input "${name}" is ${info.oip}, which JSON cannot carry.`, where, "Send it in binary form (the binary tensor data extension).");
  tensor.data = fillFromJson(input.data, info.oip, info.json, count, where, info.min, info.max);
  return tensor;
}
function decodeShape(shape, where) {
  if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0)) {
    throw badRequest(`The shape ${JSON.stringify(shape)} is not a list of non-negative integers.`, where, `Send "shape" as the tensor's dims, e.g. [rows, features].`);
  }
  let count = 1;
  for (const d of shape) {
    count *= d;
    if (count > MAX_ELEMENTS) {
      throw badRequest(`The shape [${shape.join(", ")}] claims more than ${MAX_ELEMENTS} values.`, where, "Split the request into smaller batches.");
    }
  }
  return shape;
}
function countLeaves(data, limit) {
  let count = 0;
  const stack2 = [data];
  while (stack2.length > 0) {
    const list = stack2.pop();
    for (const item of list) {
      if (Array.isArray(item)) stack2.push(item);
      else if (++count > limit) return count;
    }
  }
  return count;
}
function fillFromJson(data, oip, kind, count, where, min, max) {
  const out = allocateArray(oip, count);
  let i = 0;
  const wrong = (value, expected) => badRequest(`Value ${JSON.stringify(value)?.slice(0, 40)} at position ${i} is not ${expected}, as datatype ${oip} needs.`, where, `Send ${expected} values, or the datatype the model metadata lists.`);
  const put = (value) => {
    switch (kind) {
      case "float":
        if (typeof value !== "number") throw wrong(value, "a number");
        out[i] = value;
        break;
      case "int":
        if (!Number.isInteger(value) || value < min || value > max) throw wrong(value, `an integer in [${min}, ${max}]`);
        out[i] = value;
        break;
      case "bigint":
        if (!Number.isInteger(value) || min !== void 0 && value < min) throw wrong(value, "an integer");
        out[i] = BigInt(value);
        break;
      case "bool":
        if (typeof value !== "boolean") throw wrong(value, "true or false");
        out[i] = value ? 1 : 0;
        break;
      default:
        if (typeof value !== "string") throw wrong(value, "a string");
        out[i] = value;
    }
    i++;
  };
  const walk = (list) => {
    for (const item of list) {
      if (Array.isArray(item)) walk(item);
      else put(item);
    }
  };
  walk(data);
  return out;
}
function readBinary(reader, size, oip, elementSize, count, shape, where) {
  if (!Number.isSafeInteger(size) || size < 0) throw badRequest(`binary_data_size ${JSON.stringify(size)} is not a byte count.`, where, "Set binary_data_size to the byte length of the input's binary data.");
  const bytes2 = size;
  const left = reader.binary.length - reader.offset;
  if (bytes2 > left) throw badRequest(`binary_data_size is ${bytes2}, but only ${left} bytes of binary data are left in the body.`, where, "Send every input's bytes after the JSON header, in the order of the inputs.");
  if (elementSize > 0 && bytes2 !== count * elementSize) {
    throw badRequest(
      `Shape [${shape.join(", ")}] of ${oip} takes ${count * elementSize} bytes (${count} \xD7 ${elementSize}), but binary_data_size is ${bytes2}.`,
      where,
      "Make the shape match the data: rows \xD7 values per row, little-endian."
    );
  }
  const slice = reader.binary.subarray(reader.offset, reader.offset + bytes2);
  reader.offset += bytes2;
  if (elementSize === 0) return readStrings(slice, count, where);
  const info = datatypeInfo(oip);
  if (slice.byteOffset % elementSize === 0) return new info.array(slice.buffer, slice.byteOffset, count);
  const copy = new info.array(count);
  new Uint8Array(copy.buffer).set(slice);
  return copy;
}
function readStrings(slice, count, where) {
  const out = [];
  let offset = 0;
  while (offset < slice.length) {
    if (out.length === count || offset + 4 > slice.length) break;
    const length = slice.readUInt32LE(offset);
    offset += 4;
    if (offset + length > slice.length) break;
    out.push(slice.toString("utf8", offset, offset + length));
    offset += length;
  }
  if (out.length !== count || offset !== slice.length) {
    throw badRequest(
      `The BYTES data holds ${out.length} complete elements${offset !== slice.length ? " and trailing bytes" : ""}; the shape needs ${count}.`,
      where,
      "Send each element as a 4-byte little-endian length followed by its bytes."
    );
  }
  return out;
}
function decodeOutputs(outputs) {
  if (!Array.isArray(outputs)) throw badRequest('"outputs" is not an array.', `${WHERE}: outputs`, 'Send outputs as [{"name": \u2026}], or leave it out for every output.');
  return outputs.map((output, i) => {
    const where = `${WHERE}: outputs[${i}]`;
    if (!isObject(output) || typeof output.name !== "string") throw badRequest(`outputs[${i}] has no "name".`, where, "Name each output as the model metadata lists it.");
    const parameters = output.parameters;
    if (parameters !== void 0 && !isObject(parameters)) throw badRequest(`outputs[${i}] has "parameters" that are not an object.`, where, "Send parameters as a JSON object.");
    const binary = parameters?.binary_data;
    return binary === void 0 ? { name: output.name } : { name: output.name, binary: booleanParameter(binary, `outputs[${i}].parameters.binary_data`) };
  });
}
function booleanParameter(value, where) {
  if (typeof value !== "boolean") throw badRequest(`${where} is ${JSON.stringify(value)}, not true or false.`, `${WHERE}: ${where}`, "Send true or false.");
  return value;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// shared/serve/log-record.ts
function predictionRecord(at2, requestId, model, role, served, inputs, outputs, latencyMs) {
  return {
    timestamp: at2.toISOString(),
    request_id: requestId,
    model,
    version: served.version,
    digest: served.digest,
    model_digest: served.modelDigest,
    role,
    inputs: inputColumns(inputs, served.featureNames),
    outputs: Object.fromEntries(outputs.map((o) => [o.name, perRow(o)])),
    latency_ms: Math.round(latencyMs * 1e3) / 1e3
  };
}
function inputColumns(inputs, featureNames) {
  const only = inputs.length === 1 ? inputs[0] : void 0;
  if (only && only.shape.length === 2) {
    const [rows, width] = only.shape;
    const values = jsonValues(only.data, only.datatype);
    const names = featureNames?.length === width ? featureNames : Array.from({ length: width }, (_, j) => `${only.name}_${j}`);
    const columns = {};
    names.forEach((name, j) => {
      const column = new Array(rows);
      for (let r = 0; r < rows; r++) column[r] = values[r * width + j];
      columns[name] = column;
    });
    return columns;
  }
  return Object.fromEntries(inputs.map((t) => [t.name, perRow(t)]));
}
function perRow(tensor) {
  const values = jsonValues(tensor.data, tensor.datatype);
  const rows = tensor.shape[0] ?? 1;
  const width = rows === 0 ? 0 : values.length / rows;
  if (tensor.shape.length <= 1 || width === 1) return values;
  return Array.from({ length: rows }, (_, r) => values.slice(r * width, (r + 1) * width));
}

// shared/serve/request-id.ts
import { randomFillSync } from "node:crypto";
var IDS_PER_FILL = 256;
var random = Buffer.alloc(16 * IDS_PER_FILL);
var next = IDS_PER_FILL;
var HEX = Buffer.from("0123456789abcdef", "latin1");
var text = Buffer.alloc(36);
function newRequestId() {
  if (next === IDS_PER_FILL) {
    randomFillSync(random);
    next = 0;
  }
  const at2 = 16 * next++;
  random[at2 + 6] = random[at2 + 6] & 15 | 64;
  random[at2 + 8] = random[at2 + 8] & 63 | 128;
  let t = 0;
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) text[t++] = 45;
    const byte = random[at2 + i];
    text[t++] = HEX[byte >> 4];
    text[t++] = HEX[byte & 15];
  }
  return text.toString("latin1", 0, 36);
}

// shared/serve/prediction-log.ts
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, open, readdir as readdir2, rename, rm, stat as stat2 } from "node:fs/promises";
import { join as join2 } from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
var PREFIX = "predictions-";
var DEFAULT_MAX_FILE_BYTES = 64 << 20;
var PredictionLog = class {
  constructor(options) {
    this.options = options;
    const every = Math.min(this.maxAge, 6e4);
    this.timer = setInterval(() => this.kick(), every);
    this.timer.unref();
  }
  options;
  pending = [];
  writing;
  file;
  seq = 0;
  timer;
  closed = false;
  get maxAge() {
    return this.options.maxFileAgeMs ?? 36e5;
  }
  /** true when the request id falls in the sample */
  sampled(requestId) {
    const rate = this.options.sampleRate ?? 1;
    if (rate >= 1) return true;
    if (rate <= 0) return false;
    return fnv1a(requestId) / 4294967296 < rate;
  }
  /** true when the record is queued: `build`, and what it refers to, is kept until it is written */
  offer(requestId, build) {
    if (this.closed || !this.sampled(requestId)) return false;
    if (this.pending.length >= (this.options.maxPending ?? 1e4)) {
      this.options.onDropped?.(1);
      return false;
    }
    this.pending.push(build);
    this.kick();
    return true;
  }
  /** resolves when every record offered so far is written (or dropped) */
  async flush() {
    while (this.writing || this.pending.length > 0) {
      this.kick();
      await this.writing;
    }
  }
  async close() {
    await this.flush();
    this.closed = true;
    clearInterval(this.timer);
    await this.rotate();
  }
  kick() {
    if (this.writing) return;
    this.writing = this.drain().catch((err) => this.options.onError?.(`prediction log: ${describeError(err)}`)).finally(() => {
      this.writing = void 0;
    });
  }
  async drain() {
    if (this.file && (this.file.bytes >= (this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES) || Date.now() - this.file.opened >= this.maxAge)) await this.rotate();
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      let text2 = "";
      for (const build of batch) text2 += `${JSON.stringify(build())}
`;
      try {
        const file = this.file ?? await this.openFile();
        await file.handle.appendFile(text2);
        file.bytes += Buffer.byteLength(text2);
        this.options.onWritten?.(batch.length);
      } catch (err) {
        this.options.onDropped?.(batch.length);
        this.options.onError?.(`prediction log: ${batch.length} records dropped: ${describeError(err)}`);
        await this.file?.handle.close().catch(() => {
        });
        this.file = void 0;
        return;
      }
      if (this.file.bytes >= (this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES)) await this.rotate();
    }
  }
  async openFile() {
    await mkdir(this.options.dir, { recursive: true });
    const stamp = this.options.now().toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
    for (; ; ) {
      const path = join2(this.options.dir, `${PREFIX}${stamp}-${String(++this.seq).padStart(6, "0")}.jsonl`);
      const handle = await open(path, "wx").catch((err) => {
        if (err.code === "EEXIST") return void 0;
        throw err;
      });
      if (!handle) continue;
      this.file = { handle, path, bytes: 0, opened: Date.now() };
      return this.file;
    }
  }
  /** closes the current file, gzips it and keeps the directory under maxTotalBytes */
  async rotate() {
    const file = this.file;
    if (!file) return;
    this.file = void 0;
    await file.handle.close();
    if (file.bytes === 0) {
      await rm(file.path, { force: true });
      return;
    }
    const gz = `${file.path}.gz`;
    await pipeline(createReadStream(file.path), createGzip(), createWriteStream(`${gz}.tmp`));
    await rename(`${gz}.tmp`, gz);
    await rm(file.path, { force: true });
    await this.enforceTotal();
  }
  async enforceTotal() {
    const limit = this.options.maxTotalBytes;
    if (!limit) return;
    const names = (await readdir2(this.options.dir)).filter((n) => n.startsWith(PREFIX) && n.endsWith(".jsonl.gz")).sort();
    const sizes = await Promise.all(names.map(async (n) => (await stat2(join2(this.options.dir, n))).size));
    let total = sizes.reduce((a, b) => a + b, 0);
    for (let i = 0; i < names.length - 1 && total > limit; i++) {
      await rm(join2(this.options.dir, names[i]), { force: true });
      total -= sizes[i];
    }
  }
};
function fnv1a(text2) {
  let hash = 2166136261;
  for (let i = 0; i < text2.length; i++) {
    hash ^= text2.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash >>> 0;
}

// shared/serve/traffic.ts
function chooseSlot(route, requestId, random2 = Math.random) {
  const canary = route.canary;
  if (!canary || canary.weight <= 0 || !canary.slot.current) return route.stable;
  if (canary.weight >= 100) return canary.slot;
  const point = requestId === void 0 ? random2() * 100 : fnv1a(requestId) % 1e4 / 100;
  return point < canary.weight ? canary.slot : route.stable;
}
function slotForVersion(route, version) {
  return [route.stable, route.canary?.slot, route.shadow].find((s) => s?.current?.version === version);
}
function routeSlots(route) {
  return [route.stable, ...route.canary ? [route.canary.slot] : [], ...route.shadow ? [route.shadow] : []];
}

// shared/serve/infer.ts
import { performance as performance3 } from "node:perf_hooks";
async function handleInfer(ctx, req, res, modelName, version) {
  const started = performance3.now();
  const route = ctx.routes.get(modelName);
  if (!route) throw unknownModel(ctx, modelName);
  let request;
  try {
    request = decodeInferRequest(await readBody(req, ctx.maxBodyBytes), headerLength(req));
  } catch (err) {
    const stable = route.stable.current;
    if (stable) versionMetrics(ctx.metrics, modelName, stable.version, "stable").requests(err instanceof HttpError ? err.status : 500).inc();
    throw err;
  }
  const headerId = req.headers["x-request-id"];
  await new Promise((resolve2, reject) => {
    answerInfer(
      ctx,
      route,
      request,
      typeof headerId === "string" ? headerId : void 0,
      version,
      started,
      (status, body, headers, id) => sendBytes(res, status, body, headers, id),
      (failure) => failure ? reject(failure.error) : resolve2()
    );
  });
}
function answerInfer(ctx, route, request, headerId, version, started, send, done) {
  const modelName = route.name;
  const givenId = request.id ?? headerId;
  let slot;
  let active;
  try {
    slot = version === void 0 ? chooseSlot(route, givenId) : slotForVersion(route, version);
    if (!slot) throw notFound(`The model "${modelName}" has no version "${version}".`, `/v2/models/${modelName}/versions/${version}`, `Use a version GET /v2/models/${modelName} lists, or leave the version out.`);
    active = slot.acquire();
    if (!active) throw unavailable(`The model "${modelName}" is not loaded yet.`, `/v2/models/${modelName}`, "Retry when GET /v2/health/ready answers 200.");
  } catch (error) {
    return void queueMicrotask(() => done({ error }));
  }
  active.counted.inflight.inc();
  const call = new InferCall(ctx, route, slot, active, request, givenId ?? newRequestId(), version === void 0, started, send, done);
  try {
    active.batcher.enqueue(request.inputs, checkRequest(active, request, `model "${modelName}"`), call);
  } catch (error) {
    queueMicrotask(() => call.finish(error));
  }
}
var InferCall = class {
  constructor(ctx, route, slot, active, request, requestId, mirror, started, send, done) {
    this.ctx = ctx;
    this.route = route;
    this.slot = slot;
    this.active = active;
    this.request = request;
    this.requestId = requestId;
    this.mirror = mirror;
    this.started = started;
    this.send = send;
    this.done = done;
  }
  ctx;
  route;
  slot;
  active;
  request;
  requestId;
  mirror;
  started;
  send;
  done;
  settle(error, outputs) {
    if (outputs === void 0) return this.finish(runFailure(error, `model "${this.route.name}" version ${this.active.model.version}`));
    const { active, request, requestId } = this;
    const counted = active.counted;
    try {
      const response = encodeInferResponse(answerOf(this.route.name, active.model.version, request, outputs));
      this.send(200, response.body, response.headers, requestId);
    } catch (err) {
      return this.finish(err);
    }
    const latencyMs = performance3.now() - this.started;
    counted.duration.observe(latencyMs / 1e3);
    counted.rows.inc(request.inputs[0]?.shape[0] ?? 1);
    this.close(200);
    let kept = true;
    try {
      kept = afterResponse(this.ctx, this.route, this.slot, active, request, outputs, requestId, latencyMs, this.mirror);
    } catch (err) {
      this.ctx.log({ level: "error", msg: "work after the answer failed (prediction log, score metric or shadow)", model: this.route.name, version: active.model.version, request_id: requestId, error: describeError(err) });
    }
    this.done(void 0, kept);
  }
  /** the request failed before an answer was sent: the error is the client's answer */
  finish(error) {
    this.close(error instanceof HttpError ? error.status : 500);
    this.done({ error });
  }
  close(code) {
    const counted = this.active.counted;
    counted.requests(code).inc();
    counted.inflight.dec();
    this.slot.release(this.active);
  }
};
function answerOf(modelName, version, request, outputs) {
  const selected = selectOutputs(request, outputs);
  return request.id === void 0 ? { model_name: modelName, model_version: version, outputs: selected } : { model_name: modelName, model_version: version, id: request.id, outputs: selected };
}
function decodeForFastLane(ctx, modelName, body, jsonLength) {
  const route = ctx.routes.get(modelName);
  if (!route) return void 0;
  let request;
  try {
    request = decodeInferRequest(body, jsonLength);
  } catch {
    return void 0;
  }
  if (request.id !== void 0 && !PLAIN_HEADER_VALUE.test(request.id)) return void 0;
  return { route, request };
}
var PLAIN_HEADER_VALUE = /^[\t\x20-\x7e]*$/;
function unknownModel(ctx, name) {
  return notFound(`There is no model "${name}".`, `/v2/models/${name}`, `Use one of: ${[...ctx.routes.keys()].join(", ") || "(none loaded)"}.`);
}
function headerLength(req) {
  const value = req.headers["inference-header-content-length"];
  if (value === void 0) return void 0;
  return /^\d+$/.test(String(value)) ? Number(value) : NaN;
}
function checkRequest(active, request, where) {
  const rows = active.model.check(request.inputs, `${where} version ${active.model.version}`);
  if (request.outputs) {
    for (const o of request.outputs) {
      if (!active.model.outputs.some((m) => m.name === o.name)) {
        throw badRequest(`The model has no output "${o.name}".`, `${where}: outputs`, `Ask for outputs the model has: ${active.model.outputs.map((m) => m.name).join(", ")}.`);
      }
    }
  }
  return rows;
}
async function runRequest(active, request, where) {
  const rows = checkRequest(active, request, where);
  try {
    return await active.batcher.submit(request.inputs, rows);
  } catch (err) {
    throw runFailure(err, `${where} version ${active.model.version}`);
  }
}
function runFailure(err, where) {
  if (err instanceof HttpError) return err;
  return new HttpError(500, `onnxruntime could not run the request: ${describeError(err).split("\n")[0]}`, where, "Check the input values against what the model was trained on; if they are right, report the model and request.");
}
function selectOutputs(request, outputs) {
  if (!request.outputs && !request.binaryOutputs) return outputs;
  if (!request.outputs) return outputs.map((o) => ({ ...o, binary: request.binaryOutputs }));
  return request.outputs.map((wanted) => ({ ...outputs.find((o) => o.name === wanted.name), binary: wanted.binary ?? request.binaryOutputs }));
}
function afterResponse(ctx, route, slot, active, request, outputs, requestId, latencyMs, mirror) {
  const model = active.model;
  observeScores(active.counted.score, model, outputs);
  const logged = ctx.predictionLog?.offer(requestId, () => predictionRecord(ctx.now(), requestId, route.name, slot.role, model, request.inputs, outputs, latencyMs)) ?? false;
  if (!mirror || !route.shadow || route.shadow === slot) return logged;
  void runShadow(ctx, route.name, route.shadow, model, request, outputs, requestId);
  return true;
}
async function runShadow(ctx, name, shadow, served, request, served_outputs, requestId) {
  const active = shadow.acquire();
  if (!active) return;
  const started = performance3.now();
  const counted = active.counted;
  let code = 200;
  try {
    const { outputs: _wanted, ...everything } = request;
    const outputs = await runRequest(active, everything, `shadow of model "${name}"`);
    const latencyMs = performance3.now() - started;
    counted.duration.observe(latencyMs / 1e3);
    counted.rows.inc(request.inputs[0]?.shape[0] ?? 1);
    observeScores(counted.score, active.model, outputs);
    ctx.predictionLog?.offer(requestId, () => predictionRecord(ctx.now(), requestId, name, "shadow", active.model, request.inputs, outputs, latencyMs));
    const compared = { model: name, version: active.model.version };
    ctx.metrics.shadowComparisons.inc(compared);
    if (!agree(served, served_outputs, active.model, outputs)) ctx.metrics.shadowDisagreements.inc(compared);
  } catch (err) {
    code = err instanceof HttpError ? err.status : 500;
    ctx.log({ level: "warning", msg: "shadow run failed", model: name, version: active.model.version, request_id: requestId, error: describeError(err) });
  } finally {
    counted.requests(code).inc();
    shadow.release(active);
  }
}
function agree(a, aOut, b, bOut) {
  const pick = (model, outputs) => {
    const name = model.plan?.label?.name ?? model.plan?.values?.name ?? outputs[0]?.name;
    return outputs.find((o) => o.name === name);
  };
  const x = pick(a, aOut);
  const y = pick(b, bOut);
  if (!x || !y || x.data.length !== y.data.length) return false;
  for (let i = 0; i < x.data.length; i++) {
    const p = x.data[i];
    const q = y.data[i];
    if (typeof p === "number" && typeof q === "number") {
      if (Math.abs(p - q) > 1e-6 * Math.max(1, Math.abs(p), Math.abs(q))) return false;
    } else if (p !== q) return false;
  }
  return true;
}
function observeScores(series, model, outputs) {
  const plan = model.plan;
  if (!plan?.probabilities || plan.task === "regression") return;
  const probabilities = outputs.find((o) => o.name === plan.probabilities.name);
  if (!probabilities || Array.isArray(probabilities.data) || probabilities.shape.length !== 2) return;
  const [rows, width] = probabilities.shape;
  const data = probabilities.data;
  for (let r = 0; r < rows; r++) {
    let score = data[r * width + width - 1];
    if (plan.task === "multiclass") {
      score = -Infinity;
      for (let c = 0; c < width; c++) score = Math.max(score, data[r * width + c]);
    }
    series.observe(score);
  }
}

// shared/serve/fast-lane.ts
import { STATUS_CODES } from "node:http";
import { createServer } from "node:net";

// shared/serve/body-pool.ts
var BodyPool = class {
  constructor(maxBytes = 16 << 20, maxSpares = 4) {
    this.maxBytes = maxBytes;
    this.maxSpares = maxSpares;
  }
  maxBytes;
  maxSpares;
  spares = [];
  bytes = 0;
  /** memory for `size` bytes or more, 8-byte aligned at its start, its contents left from before */
  take(size) {
    for (let i = 0; i < this.spares.length; i++) {
      const spare = this.spares[i];
      if (spare.length < size) continue;
      this.spares.splice(i, 1);
      this.bytes -= spare.length;
      return spare;
    }
    return Buffer.allocUnsafeSlow(Math.ceil(size / ROUND) * ROUND);
  }
  /** takes back memory nothing refers to any more; beyond the pool's bounds it is left to the GC */
  give(buffer) {
    if (this.spares.length >= this.maxSpares || this.bytes + buffer.length > this.maxBytes) return;
    this.spares.push(buffer);
    this.bytes += buffer.length;
  }
  get held() {
    return { count: this.spares.length, bytes: this.bytes };
  }
};
var ROUND = 16384;

// shared/serve/fast-head.ts
var MAX_FAST_HEAD_BYTES = 8192;
var MAX_FAST_HEADER_LINES = 64;
var REQUEST_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+) (\/[\x21-\x7e]*) HTTP\/1\.1$/;
var INFER_PATH = /^\/v2\/models\/([A-Za-z0-9._-]+)(?:\/versions\/([A-Za-z0-9._-]+))?\/infer$/;
var HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):([\t\x20-\x7e]*)$/;
var DIGITS = /^\d{1,15}$/;
var TOKEN_BYTE = new Uint8Array(128).map((_, b) => Number(/[!#$%&'*+.^_`|~0-9A-Za-z-]/.test(String.fromCharCode(b))));
var END = Buffer.from("\r\n\r\n", "latin1");
function readFastHead(bytes2, maxBodyBytes, searchFrom = 0) {
  if (bytes2.length > 0 && !TOKEN_BYTE[bytes2[0]]) return "handover";
  const end2 = bytes2.indexOf(END, Math.max(0, searchFrom - 3));
  if (end2 < 0) return bytes2.length > MAX_FAST_HEAD_BYTES ? "handover" : "incomplete";
  if (end2 + 4 > MAX_FAST_HEAD_BYTES) return "handover";
  const lines = bytes2.toString("latin1", 0, end2).split("\r\n");
  if (lines.length > MAX_FAST_HEADER_LINES + 1) return "handover";
  const requestLine = REQUEST_LINE.exec(lines[0]);
  if (!requestLine) return "handover";
  let contentLength;
  let jsonLength;
  let requestId;
  let authorization;
  let connection;
  let hosts = 0;
  for (let i = 1; i < lines.length; i++) {
    const header = HEADER_LINE.exec(lines[i]);
    if (!header) return "handover";
    const value = header[2].trim();
    switch (header[1].toLowerCase()) {
      case "content-length":
        if (contentLength !== void 0) return "handover";
        contentLength = value;
        break;
      case "inference-header-content-length":
        if (jsonLength !== void 0) return "handover";
        jsonLength = value;
        break;
      case "x-request-id":
        if (requestId !== void 0) return "handover";
        requestId = value;
        break;
      case "authorization":
        if (authorization !== void 0) return "handover";
        authorization = value;
        break;
      case "connection":
        if (connection !== void 0) return "handover";
        connection = value.toLowerCase();
        break;
      case "host":
        hosts++;
        break;
      case "transfer-encoding":
      case "expect":
      case "upgrade":
        return "handover";
    }
  }
  if (hosts !== 1 || contentLength !== void 0 && !DIGITS.test(contentLength)) return "handover";
  const length = contentLength === void 0 ? 0 : Number(contentLength);
  if (length > maxBodyBytes) return "handover";
  if (jsonLength !== void 0 && !DIGITS.test(jsonLength)) return "handover";
  let close = false;
  if (connection !== void 0) {
    for (const option of connection.split(",")) {
      const token = option.trim();
      if (token === "close") close = true;
      else if (token !== "keep-alive") return "handover";
    }
  }
  const target = requestLine[1] === "POST" ? INFER_PATH.exec(requestLine[2]) : null;
  return {
    infer: target ? { model: target[1], version: target[2] } : void 0,
    headBytes: end2 + 4,
    contentLength: length,
    jsonLength: jsonLength === void 0 ? void 0 : Number(jsonLength),
    requestId,
    authorization,
    close
  };
}

// shared/serve/shared-read-buffer.ts
import { Buffer as Buffer5 } from "node:buffer";
var READ_BUFFER_BYTES = 65536;
var shared;
var onreadFields;
function onreadFieldsOf(socket) {
  if (onreadFields !== void 0) return onreadFields;
  let buffer;
  let callback;
  for (const key of Object.getOwnPropertySymbols(socket)) {
    if (key.description === "kBuffer") buffer = key;
    else if (key.description === "kBufferCb") callback = key;
  }
  return onreadFields = buffer && callback ? { buffer, callback } : null;
}
function readFields(socket) {
  const handle = socket._handle;
  if (typeof handle?.useUserBuffer !== "function" || handle.reading) return void 0;
  const fields = onreadFieldsOf(socket);
  const values = socket;
  if (!fields || values[fields.buffer] !== null || values[fields.callback] !== null) return void 0;
  return fields;
}
function copyOut(buffer, bytes2) {
  const out = Buffer5.allocUnsafe(bytes2);
  buffer.copy(out, 0, 0, bytes2);
  return out;
}
function readThroughSharedBuffer(socket, onBytes) {
  const fields = readFields(socket);
  if (!fields) return false;
  shared ??= Buffer5.allocUnsafe(READ_BUFFER_BYTES);
  const onRead = (bytes2, buffer) => onBytes(copyOut(buffer, bytes2));
  const socketFields = socket;
  socketFields[fields.buffer] = shared;
  socketFields[fields.callback] = onRead;
  socket._handle.useUserBuffer(shared);
  return true;
}
function readIntoStream(socket) {
  const fields = onreadFieldsOf(socket);
  if (!fields) return;
  const onRead = (bytes2, buffer) => socket.push(copyOut(buffer, bytes2));
  socket[fields.callback] = onRead;
}

// shared/serve/fast-lane.ts
import { performance as performance4 } from "node:perf_hooks";
import { Buffer as Buffer6 } from "node:buffer";
var FastLane = class {
  constructor(options) {
    this.options = options;
    const keepAlive = options.keepAliveTimeoutMs;
    this.keepAliveLines = keepAlive > 0 ? `Connection: keep-alive\r
Keep-Alive: timeout=${Math.floor(keepAlive / 1e3)}\r
\r
` : "Connection: keep-alive\r\n\r\n";
    this.sweeper = setInterval(() => this.sweep(), options.checkIntervalMs);
    this.sweeper.unref();
  }
  options;
  connections = /* @__PURE__ */ new Set();
  sweeper;
  /** memory for large binary bodies, reused (body-pool.ts) */
  bodies = new BodyPool();
  draining = false;
  /** the end of a kept-alive response's head, the same for every response */
  keepAliveLines;
  /** connections read through the shared buffer, and those read the ordinary way */
  reads = { sharedBuffer: 0, stream: 0 };
  /** for net.Server's 'connection': `socket` arrives paused (fastLaneListener), its reading not started */
  accept(socket) {
    if (this.draining) {
      this.options.counts?.handedOver.inc();
      this.options.handOver(socket);
      socket.resume();
      return;
    }
    this.connections.add(new FastConnection(socket, this));
  }
  forget(connection) {
    this.connections.delete(connection);
  }
  /** idle and half-received connections close now, busy ones after their response */
  drain() {
    this.draining = true;
    for (const c of this.connections) c.closeIfIdle();
  }
  destroyAll() {
    clearInterval(this.sweeper);
    for (const c of this.connections) c.socket.destroy();
    this.connections.clear();
  }
  sweep() {
    const now = performance4.now();
    for (const c of this.connections) if (now > c.deadline) c.socket.destroy();
  }
};
function fastLaneListener(lane) {
  return createServer({ allowHalfOpen: true, noDelay: true, pauseOnConnect: true }, (socket) => lane.accept(socket));
}
var FastConnection = class {
  constructor(socket, lane) {
    this.socket = socket;
    this.lane = lane;
    this.deadline = performance4.now() + lane.options.headersTimeoutMs;
    this.sharedReads = lane.options.sharedReadBuffer !== false && readThroughSharedBuffer(socket, this.onData);
    if (this.sharedReads) lane.reads.sharedBuffer++;
    else {
      lane.reads.stream++;
      socket.on("data", this.onData);
    }
    socket.on("end", this.onEnd);
    socket.on("close", this.onClose);
    socket.on("error", ignore);
    socket.resume();
  }
  socket;
  lane;
  chunks = [];
  length = 0;
  /** the head of the request being received, once complete */
  head;
  /** the previous request's head, as bytes and as read */
  lastHead;
  searched = 0;
  /** the pool's memory the body being answered lies in, if it does */
  lent;
  requestStarted = 0;
  busy = false;
  paused = false;
  ended = false;
  closeAfter = false;
  /** false once handed over or ended */
  mine = true;
  /** whether the socket is read through the shared buffer (else through 'data' events) */
  sharedReads;
  deadline;
  onData = (chunk) => this.received(chunk);
  onEnd = () => this.clientEnded();
  onClose = () => this.lane.forget(this);
  reply = (status, body, headers, requestId) => this.write(status, body, headers, requestId);
  onAnswered = (released) => {
    this.giveBack(released);
    this.answered();
  };
  closeIfIdle() {
    if (this.busy) this.closeAfter = true;
    else this.socket.destroy();
  }
  received(chunk) {
    if (this.length === 0) this.requestStarted = performance4.now();
    this.chunks.push(chunk);
    this.length += chunk.length;
    if (!this.busy) return this.advance();
    if (!this.paused) {
      this.paused = true;
      this.socket.pause();
    }
  }
  /** answers every complete request in hand, one at a time; stops at an incomplete one or a busy lane */
  advance() {
    const { options } = this.lane;
    if (this.length === 0) {
      this.deadline = performance4.now() + (options.keepAliveTimeoutMs > 0 ? options.keepAliveTimeoutMs : Infinity);
      return;
    }
    if (this.lane.draining) return this.handOver();
    if (!this.head) {
      const bytes2 = this.joined();
      const last = this.lastHead;
      if (last && bytes2.length >= last.bytes.length && bytes2.compare(last.bytes, 0, last.bytes.length, 0, last.bytes.length) === 0) {
        this.head = last.head;
      } else {
        const reading = readFastHead(bytes2, options.maxBodyBytes, this.searched);
        if (reading === "handover") return this.handOver();
        if (reading === "incomplete") {
          this.searched = bytes2.length;
          this.deadline = this.requestStarted + options.headersTimeoutMs;
          return;
        }
        this.head = reading;
        this.lastHead = { bytes: Buffer6.from(bytes2.subarray(0, reading.headBytes)), head: reading };
      }
    }
    const head = this.head;
    const end2 = head.headBytes + head.contentLength;
    if (this.length < end2) {
      this.deadline = this.requestStarted + Math.max(options.requestTimeoutMs, options.headersTimeoutMs);
      return;
    }
    if (head.infer && this.answer(head, this.body(head))) {
      options.counts?.answered.inc();
    } else {
      options.counts?.bridged.inc();
      options.bridge(this.joined().subarray(0, end2), this.socket).then(
        (keepAlive) => {
          if (!keepAlive) this.closeAfter = true;
          this.answered();
        },
        () => this.socket.destroy()
      );
    }
    this.drop(end2);
    if (this.length > 0) this.requestStarted = performance4.now();
    this.head = void 0;
    this.searched = 0;
    this.busy = true;
    this.deadline = Infinity;
  }
  /** the pool's memory of the body just answered back to the pool, when nothing refers to it any more */
  giveBack(released) {
    const lent = this.lent;
    if (!lent) return;
    this.lent = void 0;
    if (released) this.lane.bodies.give(lent);
  }
  answered() {
    this.busy = false;
    const socket = this.socket;
    if (socket.destroyed) return;
    if (this.closeAfter) {
      socket.end();
      this.mine = false;
      return this.lane.forget(this);
    }
    if (this.ended) return this.clientEnded();
    if (socket.writableNeedDrain) socket.once("drain", () => this.resume());
    else this.resume();
  }
  resume() {
    this.advance();
    if (this.paused && !this.busy && this.mine && !this.socket.destroyed) {
      this.paused = false;
      this.socket.resume();
    }
  }
  answer(head, body) {
    if (head.close) this.closeAfter = true;
    const taken = this.lane.options.answer(head, body, this.reply, this.onAnswered);
    if (!taken) {
      this.closeAfter = false;
      this.giveBack(true);
    }
    return taken;
  }
  /** the client half-closed: answer nothing more; an unfinished request there is a 400, as node:http's parser makes it */
  clientEnded() {
    this.ended = true;
    if (this.busy) return;
    if (this.length > 0) this.socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n");
    else this.socket.end();
    this.mine = false;
    this.lane.forget(this);
  }
  write(status, body, headers, requestId) {
    const socket = this.socket;
    if (socket.destroyed || !socket.writable) return;
    let head = headLines(status, headers);
    head += `content-length: ${bodyLength(body)}\r
`;
    if (requestId !== void 0) head += `x-request-id: ${requestId}\r
`;
    head += `Date: ${utcDate()}\r
`;
    if (this.closeAfter || this.lane.draining) {
      this.closeAfter = true;
      head += "Connection: close\r\n\r\n";
    } else {
      head += this.lane.keepAliveLines;
    }
    if (typeof body === "string") {
      socket.write(head + body);
    } else {
      socket.cork();
      socket.write(head, "latin1");
      if (Array.isArray(body)) for (const part of body) socket.write(part);
      else socket.write(body);
      socket.uncork();
    }
  }
  joined() {
    if (this.chunks.length > 1) this.chunks = [Buffer6.concat(this.chunks, this.length)];
    return this.chunks[0] ?? EMPTY2;
  }
  /**
   * The body of the complete request in hand. A large body in the binary form is copied out of
   * the received chunks once, to where its binary part starts 8-byte aligned: the decoder then
   * reads the tensors in place (a typed array needs its element size's alignment) instead of
   * joining the chunks and copying the tensor bytes a second time.
   */
  body(head) {
    const { headBytes, contentLength, jsonLength } = head;
    if (jsonLength === void 0 || jsonLength > contentLength || contentLength < ALIGNED_BODY_BYTES) return this.joined().subarray(headBytes, headBytes + contentLength);
    const first = this.chunks[0];
    if (first.length >= headBytes + contentLength && (first.byteOffset + headBytes + jsonLength) % 8 === 0) return first.subarray(headBytes, headBytes + contentLength);
    const pad = (8 - jsonLength % 8) % 8;
    const out = this.lane.bodies.take(pad + contentLength);
    this.lent = out;
    let at2 = pad;
    let offset = 0;
    const end2 = headBytes + contentLength;
    for (const chunk of this.chunks) {
      const from = Math.max(headBytes - offset, 0);
      const to = Math.min(end2 - offset, chunk.length);
      if (from < to) at2 += chunk.copy(out, at2, from, to);
      offset += chunk.length;
      if (offset >= end2) break;
    }
    return out.subarray(pad, pad + contentLength);
  }
  /** forgets the first `count` bytes received: what follows begins the next request */
  drop(count) {
    if (count === this.length) {
      this.chunks.length = 0;
      this.length = 0;
      return;
    }
    let left = count;
    let i = 0;
    while (i < this.chunks.length && left >= this.chunks[i].length) left -= this.chunks[i++].length;
    const rest = this.chunks.slice(i);
    if (left > 0) rest[0] = rest[0].subarray(left);
    this.chunks = rest;
    this.length -= count;
  }
  /** node:http takes the connection, starting with the bytes this lane has read and not answered */
  handOver() {
    const socket = this.socket;
    this.mine = false;
    this.lane.forget(this);
    if (this.sharedReads) readIntoStream(socket);
    else socket.off("data", this.onData);
    socket.off("end", this.onEnd);
    socket.off("close", this.onClose);
    socket.off("error", ignore);
    socket.pause();
    if (this.length > 0) socket.unshift(this.joined());
    this.chunks = [];
    this.length = 0;
    this.lane.options.counts?.handedOver.inc();
    this.lane.options.handOver(socket);
    socket.resume();
  }
};
var EMPTY2 = Buffer6.alloc(0);
var ALIGNED_BODY_BYTES = 16384;
function ignore() {
}
var lastStatus = 0;
var lastHeaders;
var lastLines = "";
function headLines(status, headers) {
  if (status === lastStatus && headers === lastHeaders && Object.isFrozen(headers)) return lastLines;
  let lines = `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "unknown"}\r
`;
  for (const name in headers) lines += `${name}: ${headers[name]}\r
`;
  lastStatus = status;
  lastHeaders = headers;
  lastLines = lines;
  return lines;
}
var dateSecond = -1;
var dateText = "";
function utcDate() {
  const second = Math.floor(Date.now() / 1e3);
  if (second !== dateSecond) {
    dateSecond = second;
    dateText = new Date(second * 1e3).toUTCString();
  }
  return dateText;
}

// shared/serve/http-bridge.ts
import { Duplex } from "node:stream";
var BridgeSocket = class extends Duplex {
  constructor(client) {
    super();
    this.client = client;
    this.done = new Promise((resolve2) => this.settle = resolve2);
    this.on("error", () => {
    });
    this.on("close", () => this.finish(false));
  }
  client;
  detached = false;
  settle;
  done;
  /** from the server's request listener: the response to watch for its end */
  watch(res) {
    res.on("finish", () => this.finish(!this.writableEnded && !this.destroyed));
    res.on("close", () => this.finish(false));
  }
  _read() {
  }
  _write(chunk, encoding, callback) {
    if (!this.detached && !this.client.destroyed) this.client.write(chunk, encoding);
    callback();
  }
  _final(callback) {
    this.finish(false);
    callback();
  }
  /** the response is out (or will not come): settle, and let node:http release its parser */
  finish(keepAlive) {
    if (this.detached) return;
    this.detached = true;
    this.settle(keepAlive);
    setImmediate(() => this.destroy());
  }
};
function bridgeRequest(server, request, client) {
  const bridge = new BridgeSocket(client);
  server.emit("connection", bridge);
  bridge.push(request);
  const onClose = () => bridge.destroy();
  client.once("close", onClose);
  return bridge.done.finally(() => client.off("close", onClose));
}

// shared/serve/server.ts
import { performance as performance5 } from "node:perf_hooks";
var SERVER_NAME = "mlci";
var SERVER_VERSION = "0.1.0";
var EXTENSIONS = ["binary_tensor_data"];
async function startModelServer(options) {
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const sink = options.log ?? ((record) => process.stdout.write(`${JSON.stringify(record)}
`));
  const log = (record) => sink({ time: now().toISOString(), ...record });
  const metrics = createServerMetrics();
  const cacheDir = options.cacheDir ?? join3(tmpdir(), "mlci-serve-cache");
  const slotDeps = {
    ort: options.ort,
    metrics,
    log,
    batching: { maxBatchRows: options.maxBatchRows ?? 256, maxQueueDelayUs: options.maxQueueDelayUs ?? 0, maxQueueRows: options.maxQueueRows ?? 4096 },
    ...options.intraOpThreads !== void 0 ? { intraOpThreads: options.intraOpThreads } : {}
  };
  const routes = await planRoutes(options, cacheDir, slotDeps);
  const predictionLog = options.predictionLog ? new PredictionLog({
    ...options.predictionLog,
    now,
    onWritten: (n) => metrics.logRecords.inc(n),
    onDropped: (n) => metrics.logDropped.inc(n),
    onError: (message) => log({ level: "error", msg: message })
  }) : void 0;
  const inferCtx = { routes, metrics, ...predictionLog ? { predictionLog } : {}, maxBodyBytes: options.maxBodyBytes ?? 64 << 20, now, log };
  const adminCtx = { routes, slotDeps, ...options.registry ? { registry: options.registry } : {}, cacheDir };
  const state = { ready: false, draining: false, active: 0 };
  const headersTimeout = options.headersTimeoutMs ?? 1e4;
  const requestTimeout = Math.max(options.requestTimeoutMs ?? 3e4, headersTimeout);
  const keepAliveTimeout = options.keepAliveTimeoutMs ?? 5e3;
  const checkInterval = Math.max(50, Math.min(1e3, Math.floor(headersTimeout / 4)));
  const server = createServer2(
    { headersTimeout, requestTimeout, keepAliveTimeout, connectionsCheckingInterval: checkInterval },
    (req, res) => {
      if (req.socket instanceof BridgeSocket) req.socket.watch(res);
      state.active++;
      res.on("close", () => state.active--);
      dispatch(req, res).catch((err) => {
        const error = err instanceof HttpError ? err : internalError(err, log, req.url ?? "/");
        if (error.status === 413 || error.status === 400 && req.readableAborted) res.setHeader("connection", "close");
        sendError(res, error);
      });
    }
  );
  server.on("clientError", (err, socket) => {
    if (err.code !== "ERR_HTTP_REQUEST_TIMEOUT" && socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n");
    else socket.destroy();
  });
  function answerFast(head, body, reply, done) {
    if (state.draining || !bearerMatches(head.authorization, options.token)) return false;
    const started = performance5.now();
    const { model, version } = head.infer;
    const decoded = decodeForFastLane(inferCtx, model, body, head.jsonLength);
    if (!decoded) return false;
    const route = decoded.route;
    state.active++;
    answerInfer(inferCtx, route, decoded.request, head.requestId, version, started, reply, (failure, kept) => {
      if (failure) {
        const error = failure.error instanceof HttpError ? failure.error : internalError(failure.error, log, `/v2/models/${route.name}${version === void 0 ? "" : `/versions/${version}`}/infer`);
        const { body: text2, headers } = errorResponse(error);
        reply(error.status, text2, headers);
      }
      state.active--;
      done(!failure && !kept);
    });
    return true;
  }
  async function dispatch(req, res) {
    const path = (req.url ?? "/").split("?")[0].replace(/\/+$/, "") || "/";
    const method = req.method ?? "GET";
    if (state.draining) {
      res.setHeader("connection", "close");
      throw unavailable("The server is shutting down.", path, "Retry on another replica.");
    }
    if (path === "/v2/health/live") return sendJson(res, 200, { live: true });
    if (path === "/v2/health/ready") return sendJson(res, state.ready ? 200 : 503, { ready: state.ready }, state.ready ? {} : { "retry-after": "1" });
    if (path === "/metrics" && method === "GET") {
      res.writeHead(200, { "content-type": metrics.registry.contentType });
      res.end(await metrics.registry.metrics());
      return;
    }
    if (!authorized(req, options.token)) {
      throw new HttpError(401, "The request has no valid bearer token.", "Authorization header", "Send Authorization: Bearer <the server's MLCI_SERVE_TOKEN>.");
    }
    const parts = path.split("/").slice(1).map(decodeURIComponent);
    if (parts[0] !== "v2") throw notFound(`No route ${path}.`, path, "The Open Inference Protocol routes start with /v2.");
    if (parts.length === 1) return allow(method, "GET", path) && sendJson(res, 200, { name: SERVER_NAME, version: SERVER_VERSION, extensions: EXTENSIONS });
    if (parts[1] === "admin") {
      if (parts.length === 3 && parts[2] === "routes" && allow(method, "GET", path)) return sendJson(res, 200, routesView(routes));
      if (parts.length === 5 && parts[2] === "models" && parts[4] === "route" && allow(method, "PUT", path)) return sendJson(res, 200, await putRoute(adminCtx, req, parts[3]));
      throw notFound(`No admin route ${path}.`, path, "The admin routes are GET /v2/admin/routes and PUT /v2/admin/models/NAME/route.");
    }
    if (parts[1] !== "models" || parts.length < 3) throw notFound(`No route ${path}.`, path, "See GET /v2/models/NAME, \u2026/ready and POST \u2026/infer.");
    const name = parts[2];
    let rest = parts.slice(3);
    let version;
    if (rest[0] === "versions" && rest.length >= 2) {
      version = rest[1];
      rest = rest.slice(2);
    }
    const action = rest.join("/");
    if (action === "infer") return allow(method, "POST", path) && handleInfer(inferCtx, req, res, name, version);
    if (action !== "" && action !== "ready") throw notFound(`No route ${path}.`, path, "See GET /v2/models/NAME, \u2026/ready and POST \u2026/infer.");
    allow(method, "GET", path);
    const route = routes.get(name);
    if (!route) throw notFound(`There is no model "${name}".`, path, `Use one of: ${[...routes.keys()].join(", ")}.`);
    const slot = version === void 0 ? route.stable : slotForVersion(route, version);
    if (!slot) throw notFound(`The model "${name}" has no version "${version}".`, path, `Use a version GET /v2/models/${name} lists.`);
    const model = slot.current;
    if (action === "ready") return sendJson(res, model ? 200 : 503, { name, ready: model !== void 0 }, model ? {} : { "retry-after": "1" });
    if (!model) throw unavailable(`The model "${name}" is not loaded yet.`, path, "Retry when GET /v2/health/ready answers 200.");
    const versions = routeSlots(route).map((s) => s.current?.version).filter((v) => v !== void 0);
    return sendJson(res, 200, { name, versions: [...new Set(versions)], platform: "onnx_onnxv1", inputs: model.inputs, outputs: model.outputs.map((o) => ({ ...o, ...model.classLabels[o.name] ? { parameters: { class_labels: JSON.stringify(model.classLabels[o.name]) } } : {} })) });
  }
  let lane;
  let listener = server;
  if (options.fastLane !== false) {
    lane = new FastLane({
      maxBodyBytes: inferCtx.maxBodyBytes,
      headersTimeoutMs: headersTimeout,
      requestTimeoutMs: requestTimeout,
      keepAliveTimeoutMs: keepAliveTimeout,
      checkIntervalMs: checkInterval,
      answer: answerFast,
      bridge: (request, socket) => bridgeRequest(server, request, socket),
      handOver: (socket) => server.emit("connection", socket),
      counts: { answered: metrics.tallies.fastLane, bridged: metrics.tallies.bridged, handedOver: metrics.tallies.handovers },
      sharedReadBuffer: options.sharedReadBuffer
    });
    listener = fastLaneListener(lane);
    server.emit("listening");
  }
  await new Promise((resolve2, reject) => {
    listener.once(
      "error",
      (err) => reject(new UserError(`The server cannot listen on ${options.host ?? "127.0.0.1"}:${options.port ?? 8080}: ${err.message}.`, "--host/--port", "Choose a free port (--port 0 picks one) or stop the process holding it."))
    );
    listener.listen(options.port ?? 8080, options.host ?? "127.0.0.1", resolve2);
  });
  const address = listener.address();
  const url = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
  log({ level: "info", msg: "listening", url });
  const allSlots = () => [...routes.values()].flatMap(routeSlots);
  try {
    await Promise.all(allSlots().map((slot) => slot.start().catch((err) => Promise.reject(loadError(slot, err)))));
  } catch (err) {
    const closed = new Promise((resolve2) => listener.close(resolve2));
    lane?.destroyAll();
    if (lane) server.close();
    server.closeAllConnections();
    await closed;
    throw err;
  }
  state.ready = true;
  log({ level: "info", msg: "ready", models: [...routes.keys()] });
  const pollNow = async () => {
    await Promise.all(allSlots().filter((s) => s.source.follows).map((s) => s.poll()));
  };
  const pollMs = options.pollIntervalMs ?? 3e4;
  const poller = pollMs > 0 ? setInterval(() => void pollNow(), pollMs) : void 0;
  poller?.unref();
  let closing;
  const close = () => closing ??= (async () => {
    state.ready = false;
    state.draining = true;
    clearInterval(poller);
    log({ level: "info", msg: "draining", inflight: state.active });
    const closed = new Promise((resolve2) => listener.close(resolve2));
    server.closeIdleConnections();
    lane?.drain();
    const deadline = Date.now() + (options.drainTimeoutMs ?? 3e4);
    while (state.active > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    lane?.destroyAll();
    if (lane) server.close();
    server.closeAllConnections();
    await closed;
    await predictionLog?.close();
    await Promise.all(allSlots().map((s) => s.stop()));
    log({ level: "info", msg: "stopped" });
  })();
  return { url, close, pollNow, metricsText: () => metrics.registry.metrics() };
}
function allow(method, expected, path) {
  if (method !== expected) throw new HttpError(405, `${path} takes ${expected}, not ${method}.`, path, `Use ${expected}.`);
  return true;
}
function internalError(err, log, path) {
  log({ level: "error", msg: "internal error", path, error: describeError(err), stack: err?.stack });
  return new HttpError(500, "The server failed on this request.", path, "Retry; if it persists, report it with the server log.");
}
function loadError(slot, err) {
  if (isUserError(err)) return err;
  return new UserError(`The model "${slot.name}" (${slot.source.reference}) failed to load: ${describeError(err)}`, slot.source.reference, "Check that the model loads and runs with onnxruntime (its warm-up runs one row of zeros).");
}
async function planRoutes(options, cacheDir, deps) {
  if (options.models.length === 0) throw new UserError("No model to serve.", "--model", "Pass --model with an .onnx file, a directory of them, or a registry reference such as demo@champion.");
  const routes = /* @__PURE__ */ new Map();
  for (const spec of options.models) {
    for (const { name, source: source2 } of await modelSourcesFor(spec, { ...options.registry ? { registry: options.registry } : {}, cacheDir })) {
      if (routes.has(name)) throw new UserError(`Two models are named "${name}".`, `--model ${spec}`, "Name them apart: --model NAME=REF.");
      routes.set(name, { name, stable: new ModelSlot(name, "stable", source2, deps) });
    }
  }
  return routes;
}

export {
  SERVER_NAME,
  SERVER_VERSION,
  EXTENSIONS,
  startModelServer
};
