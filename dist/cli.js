import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports, module) {
    (function(global2, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      var load = function(received, defaults, onto = {}) {
        var k, ref, v;
        for (k in defaults) {
          v = defaults[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      };
      var overwrite = function(received, defaults, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      };
      var parser = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error) {
                e2 = error;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises)).find(function(x) {
              return x != null;
            });
          } catch (error) {
            e = error;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref, results;
            results = [];
            for (i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list) {
            return list.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len2, list;
          for (j = 0, len2 = arr.length; j < len2; j++) {
            list = arr[j];
            if (list.length > 0) {
              return list;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error, message: message2 = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error != null ? error : new BottleneckError$1(message2));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run2, free) {
          var error, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error = error1;
            return this._onFailure(error, eventInfo, clearGlobalState, run2, free);
          }
        }
        doExpire(clearGlobalState, run2, free) {
          var error, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error, eventInfo, clearGlobalState, run2, free);
        }
        async _onFailure(error, eventInfo, clearGlobalState, run2, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run2(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message2) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message2.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve3, reject) {
            return setTimeout(resolve3, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index2, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index2, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref = this._jobs;
            results = [];
            for (k in ref) {
              v = ref[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error, reject, resolve3, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve: resolve3, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve3(returned);
                };
              } catch (error1) {
                error = error1;
                return function() {
                  return reject(error);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve3;
          resolve3 = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve3 = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve: resolve3, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      });
      var require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key = "") {
            var ref;
            return (ref = this.instances[key]) != null ? ref : (() => {
              var limiter;
              limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key);
              return limiter;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances;
            results = [];
            for (k in ref) {
              v = ref[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len2, next, start;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len2 = found.length; i < len2; i++) {
                k = found[i];
                keys.push(k.slice(start, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k, ref, results, time, v;
              time = Date.now();
              ref = this.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (await v._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error) {
                  e = error;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck3, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck3 = (function() {
        class Bottleneck4 {
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck4.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options === "object" && invalid.length === 0)) {
              throw new Bottleneck4.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message2) {
            return this._store.__publish__(message2);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index2) {
            if (this._scheduled[index2] != null) {
              clearTimeout(this._scheduled[index2].expiration);
              delete this._scheduled[index2];
              return true;
            } else {
              return false;
            }
          }
          async _free(index2, job, options, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index2, options.weight));
              this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index2, job, wait) {
            var clearGlobalState, free, run2;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index2);
            run2 = this._run.bind(this, index2, job);
            free = this._free.bind(this, index2, job);
            return this._scheduled[index2] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run2, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run2, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index2, next, options, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options, args } = next = queue.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options.id}`, { args, options });
              index2 = this._randomIndex();
              return this._store.__register__(index2, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options });
                if (success) {
                  queue.shift();
                  empty = this.empty();
                  if (empty) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty);
                  }
                  this._run(index2, next, wait);
                  return this.Promise.resolve(options.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message2) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message: message2 });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = (at) => {
              var finished;
              finished = () => {
                var counts;
                counts = this._states.counts;
                return counts[0] + counts[1] + counts[2] + counts[3] === at;
              };
              return new this.Promise((resolve3, reject) => {
                if (finished()) {
                  return resolve3();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve3();
                    }
                  });
                }
              });
            };
            done = options.dropWaitingJobs ? (this._run = function(index2, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref, v;
                ref = this._scheduled;
                for (k in ref) {
                  v = ref[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck4.prototype.BottleneckError(options.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck4.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error });
              job.doDrop({ error });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck4.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck4.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck4.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck4.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck4.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options, ref, ref1, task;
            if (typeof args[0] === "function") {
              ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
              options = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options = parser$5.load(options, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise(function(resolve3, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve3)(args3);
                });
              });
            };
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            };
            wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck4.default = Bottleneck4;
        Bottleneck4.Events = Events$4;
        Bottleneck4.version = Bottleneck4.prototype.version = require$$8.version;
        Bottleneck4.strategy = Bottleneck4.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck4.BottleneckError = Bottleneck4.prototype.BottleneckError = BottleneckError_1;
        Bottleneck4.Group = Bottleneck4.prototype.Group = Group_1;
        Bottleneck4.RedisConnection = Bottleneck4.prototype.RedisConnection = require$$2;
        Bottleneck4.IORedisConnection = Bottleneck4.prototype.IORedisConnection = require$$3;
        Bottleneck4.Batcher = Bottleneck4.prototype.Batcher = Batcher_1;
        Bottleneck4.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck4.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck4.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck4.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck4.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck4.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck4.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck4;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck3;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// src/report/stack-limit.ts
function isStackOverflow(e) {
  return e instanceof RangeError && /call stack/i.test(e.message);
}
var NESTED_TOO_DEEPLY;
var init_stack_limit = __esm({
  "src/report/stack-limit.ts"() {
    "use strict";
    NESTED_TOO_DEEPLY = "unsupported: code nested too deeply for proofgate (its stack ran out); split this expression or block";
  }
});

// src/check/infer.ts
function intType(kind) {
  let t = INT_TYPES.get(kind);
  if (!t) INT_TYPES.set(kind, t = { k: "int", kind });
  return t;
}
function asVar(t) {
  return t.k === "var" ? t : void 0;
}
function substParams(t, map) {
  if (map.size === 0) return t;
  switch (t.k) {
    case "param":
      return map.get(t.name) ?? t;
    case "tuple":
      return { k: "tuple", elems: t.elems.map((e) => substParams(e, map)) };
    case "ref":
      return { k: "ref", mut: t.mut, inner: substParams(t.inner, map) };
    case "array":
      return { k: "array", elem: substParams(t.elem, map), len: t.len };
    case "slice":
      return { k: "slice", elem: substParams(t.elem, map) };
    case "builtin":
      return { k: "builtin", name: t.name, args: t.args.map((a) => substParams(a, map)) };
    case "adt":
      return { k: "adt", name: t.name, args: t.args.map((a) => substParams(a, map)) };
    default:
      return t;
  }
}
var INT_TYPES, ERROR, Infer;
var init_infer = __esm({
  "src/check/infer.ts"() {
    "use strict";
    INT_TYPES = /* @__PURE__ */ new Map();
    ERROR = { k: "error" };
    Infer = class {
      vars = [];
      /** How many variables are not integer-literal ones (only those can stay unresolved). */
      generalVars = 0;
      /** Whether any variable was created: if not, no type of this body needs zonking. */
      get hasVars() {
        return this.vars.length > 0;
      }
      /** Whether a non-literal variable was created: if not, nothing can be unresolved. */
      get hasGeneralVars() {
        return this.generalVars > 0;
      }
      /** A variable for an unknown type (generic argument, element type of `Vec::new()`). */
      fresh() {
        return this.make({ intOnly: false, fallback: "int" });
      }
      /** A variable for an unsuffixed integer literal. */
      freshInt(fallback) {
        return this.make({ intOnly: true, fallback });
      }
      make(info) {
        if (!info.intOnly) this.generalVars++;
        this.vars.push(info);
        return { k: "var", id: this.vars.length - 1 };
      }
      /** Follows bindings at the top level only. */
      shallow(t) {
        let cur = t;
        for (; ; ) {
          const v = asVar(cur);
          if (!v) return cur;
          const ref = this.vars[v.id].ref;
          if (!ref) return cur;
          cur = ref;
        }
      }
      isVar(t) {
        return asVar(this.shallow(t)) !== void 0;
      }
      /** An unbound literal variable (an integer of not-yet-known kind). */
      isIntVar(t) {
        const v = asVar(this.shallow(t));
        return v !== void 0 && this.vars[v.id].intOnly;
      }
      /** Integer type or integer-literal variable. */
      isIntegral(t) {
        const s = this.shallow(t);
        return s.k === "int" || this.isIntVar(s);
      }
      /** Whether t still contains a variable that is not an integer literal (which has a fallback). */
      hasUnresolved(t) {
        const s = this.shallow(t);
        const v = asVar(s);
        if (v) return !this.vars[v.id].intOnly;
        switch (s.k) {
          case "tuple":
            return s.elems.some((e) => this.hasUnresolved(e));
          case "ref":
            return this.hasUnresolved(s.inner);
          case "array":
          case "slice":
            return this.hasUnresolved(s.elem);
          case "builtin":
          case "adt":
            return s.args.some((a) => this.hasUnresolved(a));
          default:
            return false;
        }
      }
      /**
       * Substitutes all bound variables; unbound ones take their fallback (or become error).
       * Types are immutable, so a (sub)type without variables is returned as is, not copied.
       */
      zonk(t) {
        const s = this.shallow(t);
        const v = asVar(s);
        if (v) {
          const info = this.vars[v.id];
          return info.intOnly ? intType(info.fallback) : ERROR;
        }
        switch (s.k) {
          case "tuple": {
            const elems = this.zonkAll(s.elems);
            return elems === s.elems ? s : { k: "tuple", elems };
          }
          case "ref": {
            const inner = this.zonk(s.inner);
            return inner === s.inner ? s : { k: "ref", mut: s.mut, inner };
          }
          case "array": {
            const elem = this.zonk(s.elem);
            return elem === s.elem ? s : { k: "array", elem, len: s.len };
          }
          case "slice": {
            const elem = this.zonk(s.elem);
            return elem === s.elem ? s : { k: "slice", elem };
          }
          case "builtin": {
            const args = this.zonkAll(s.args);
            return args === s.args ? s : { k: "builtin", name: s.name, args };
          }
          case "adt": {
            const args = this.zonkAll(s.args);
            return args === s.args ? s : { k: "adt", name: s.name, args };
          }
          default:
            return s;
        }
      }
      /** Zonks each; the same array when nothing changed. */
      zonkAll(ts) {
        for (let i = 0; i < ts.length; i++) {
          const z = this.zonk(ts[i]);
          if (z === ts[i]) continue;
          const out = ts.slice(0, i);
          out.push(z);
          for (let j = i + 1; j < ts.length; j++) out.push(this.zonk(ts[j]));
          return out;
        }
        return ts;
      }
      /** Makes a and b equal if possible; returns false (binding nothing further) when not. */
      unify(a, b2) {
        const x = this.shallow(a);
        const y = this.shallow(b2);
        if (x === y) return true;
        const vx = asVar(x);
        const vy = asVar(y);
        if (vx && vy) {
          const ix = this.vars[vx.id];
          const iy = this.vars[vy.id];
          if (ix.intOnly && !iy.intOnly) {
            iy.ref = x;
          } else {
            ix.ref = y;
          }
          return true;
        }
        if (vx) return this.bind(vx, y);
        if (vy) return this.bind(vy, x);
        if (x.k === "error" || y.k === "error" || x.k === "never" || y.k === "never") return true;
        switch (x.k) {
          case "int":
            return y.k === "int" && x.kind === y.kind;
          case "bool":
          case "char":
          case "str":
            return y.k === x.k;
          case "tuple":
            return y.k === "tuple" && this.unifyAll(x.elems, y.elems);
          case "ref":
            return y.k === "ref" && x.mut === y.mut && this.unify(x.inner, y.inner);
          case "array":
            return y.k === "array" && x.len === y.len && this.unify(x.elem, y.elem);
          case "slice":
            return y.k === "slice" && this.unify(x.elem, y.elem);
          case "builtin":
            return y.k === "builtin" && x.name === y.name && this.unifyAll(x.args, y.args);
          case "adt":
            return y.k === "adt" && x.name === y.name && this.unifyAll(x.args, y.args);
          case "param":
            return y.k === "param" && x.name === y.name;
        }
      }
      unifyAll(xs, ys) {
        if (xs.length !== ys.length) return false;
        return xs.every((x, i) => this.unify(x, ys[i]));
      }
      bind(v, t) {
        const info = this.vars[v.id];
        if (info.intOnly && t.k !== "int" && t.k !== "error" && t.k !== "never") return false;
        if (t.k === "never") return true;
        if (this.occurs(v.id, t)) return false;
        info.ref = t;
        return true;
      }
      occurs(id, t) {
        const s = this.shallow(t);
        const v = asVar(s);
        if (v) return v.id === id;
        switch (s.k) {
          case "tuple":
            return s.elems.some((e) => this.occurs(id, e));
          case "ref":
            return this.occurs(id, s.inner);
          case "array":
          case "slice":
            return this.occurs(id, s.elem);
          case "builtin":
          case "adt":
            return s.args.some((a) => this.occurs(id, a));
          default:
            return false;
        }
      }
      /** Text for messages: variables print as `{integer}` or `_`. */
      show(t) {
        const s = this.shallow(t);
        const v = asVar(s);
        if (v) return this.vars[v.id].intOnly ? "{integer}" : "_";
        switch (s.k) {
          case "int":
            return s.kind;
          case "bool":
          case "char":
            return s.k;
          case "str":
            return "&str";
          case "tuple":
            return `(${s.elems.map((e) => this.show(e)).join(", ")}${s.elems.length === 1 ? "," : ""})`;
          case "ref":
            return `&${s.mut ? "mut " : ""}${this.show(s.inner)}`;
          case "array":
            return `[${this.show(s.elem)}; ${s.len}]`;
          case "slice":
            return `[${this.show(s.elem)}]`;
          case "builtin":
          case "adt": {
            const short = s.k === "adt" ? s.name.split("::").pop() : s.name;
            return s.args.length ? `${short}<${s.args.map((a) => this.show(a)).join(", ")}>` : short;
          }
          case "param":
            return s.name;
          case "never":
            return "!";
          case "error":
            return "{error}";
        }
      }
    };
  }
});

// src/check/context.ts
function ghostCode(cx) {
  return cx.mode !== "exec";
}
function specIntFits(a, b2) {
  if (a.k !== "int" || b2.k !== "int") return false;
  if (a.kind === b2.kind) return true;
  if (b2.kind === "int") return true;
  if (b2.kind === "nat") return a.kind.startsWith("u");
  return false;
}
var BodyChecker;
var init_context = __esm({
  "src/check/context.ts"() {
    "use strict";
    init_infer();
    BodyChecker = class {
      constructor(tables, sigs, scope, diags, ids2) {
        this.tables = tables;
        this.sigs = sigs;
        this.scope = scope;
        this.diags = diags;
        this.ids = ids2;
        scope.fresh = this.infer.fresh.bind(this.infer);
        this.diagsAtStart = diags.list.length;
      }
      tables;
      sigs;
      scope;
      diags;
      ids;
      infer = new Infer();
      /** Lexical scopes, innermost last; a scope's map is made by its first declaration (most blocks declare nothing). */
      scopes = [void 0];
      exprs = [];
      /** Run at the end, in order: closures, or integer literals whose range to check (no closure per literal). */
      fixups = [];
      /** Ids of tracked locals moved so far (linearity). */
      moved = /* @__PURE__ */ new Set();
      loopDepth = 0;
      /** The return type of the fn being checked (for `return e`). */
      retTy = { k: "tuple", elems: [] };
      /** Mode of the fn whose body this is. */
      fnMode = "exec";
      fn;
      /** Ids of `let x;` bindings without initializer: their first assignment initializes them. */
      deferredInit = /* @__PURE__ */ new Set();
      /** Inside an external_body fn body: typed, but no mode errors. */
      external = false;
      diagsAtStart;
      // --- locals -------------------------------------------------------------
      pushScope() {
        this.scopes.push(void 0);
      }
      popScope() {
        this.scopes.pop();
      }
      withScope(f) {
        this.pushScope();
        try {
          return f();
        } finally {
          this.popScope();
        }
      }
      declare(name, ty, mode, mutable, id) {
        const local2 = { id: id ?? this.ids.fresh(), name, mode, mutable, ty, loopDepth: this.loopDepth, res: void 0 };
        if (name !== "_") {
          const top = this.scopes.length - 1;
          let scope = this.scopes[top];
          if (!scope) this.scopes[top] = scope = /* @__PURE__ */ new Map();
          scope.set(name, local2);
        }
        return local2;
      }
      lookupLocal(name) {
        for (let i = this.scopes.length - 1; i >= 0; i--) {
          const l = this.scopes[i]?.get(name);
          if (l) return l;
        }
        return void 0;
      }
      /** The resolution of a use of local `l`: one per local, shared by all its uses (l.ty is never reassigned). */
      localRes(l) {
        if (l.res) return l.res;
        const res = { kind: "local", id: l.id, name: l.name, mode: l.mode, mutable: l.mutable, ty: l.ty };
        l.res = res;
        if (this.infer.hasVars) {
          this.fixups.push(() => {
            res.ty = this.infer.zonk(l.ty);
          });
        }
        return res;
      }
      // --- annotations --------------------------------------------------------
      record(e, t) {
        e.ty = t;
        this.exprs.push(e);
        return t;
      }
      later(f) {
        this.fixups.push(f);
      }
      /** Schedules the range check of an integer literal for when its type is final. */
      laterLiteral(e) {
        this.fixups.push(e);
      }
      /** Substitutes inference results into everything recorded, then runs the deferred checks. */
      finish(checkLiteral) {
        if (this.infer.hasGeneralVars && this.diags.list.length === this.diagsAtStart) {
          const unresolved = this.exprs.find((e) => e.ty && this.infer.hasUnresolved(e.ty));
          if (unresolved) this.diags.error("type", "type annotations needed", unresolved.span);
        }
        if (this.infer.hasVars) {
          for (const e of this.exprs) if (e.ty) e.ty = this.infer.zonk(e.ty);
        }
        for (const f of this.fixups) {
          if (typeof f === "function") f();
          else checkLiteral(this, f);
        }
      }
      // --- types --------------------------------------------------------------
      show(t) {
        return this.infer.show(t);
      }
      /** Strips references (and Box): auto-deref for fields, methods, indexing. */
      derefAll(t) {
        let cur = this.infer.shallow(t);
        for (; ; ) {
          if (cur.k === "ref") cur = this.infer.shallow(cur.inner);
          else if (cur.k === "builtin" && cur.name === "Box") cur = this.infer.shallow(cur.args[0] ?? { k: "error" });
          else return cur;
        }
      }
      isErrorLike(t) {
        const s = this.infer.shallow(t);
        return s.k === "error" || s.k === "never";
      }
      /**
       * Checks that a value of type `actual` may be used where `expected` is wanted.
       * Spec code compares integers by value: any integer fits `int`, unsigned ones fit `nat`.
       */
      coerce(actual, expected, span, cx) {
        const inf = this.infer;
        let a = inf.shallow(actual);
        let x = inf.shallow(expected);
        if (this.isErrorLike(a) || this.isErrorLike(x)) return;
        if (ghostCode(cx)) {
          a = this.stripRefs(a);
          x = this.stripRefs(x);
          if (inf.isIntegral(a) && inf.isIntegral(x)) {
            if (inf.isIntVar(a) || inf.isIntVar(x)) {
              inf.unify(a, x);
              return;
            }
            if (specIntFits(a, x)) return;
            this.diags.mismatch(inf.show(x), inf.show(a), span);
            return;
          }
        } else if (x.k === "ref" && !x.mut && a.k === "ref" && a.mut) {
          a = { k: "ref", mut: false, inner: a.inner };
        }
        if (!inf.unify(a, x)) this.diags.mismatch(inf.show(x), inf.show(a), span);
      }
      stripRefs(t) {
        let cur = this.infer.shallow(t);
        while (cur.k === "ref") cur = this.infer.shallow(cur.inner);
        return cur;
      }
    };
  }
});

// src/syntax/span.ts
function joinSpans(a, b2) {
  const first = a.start <= b2.start ? a : b2;
  const last = a.end >= b2.end ? a : b2;
  return { file: a.file, start: first.start, end: last.end, line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
}
var LineMap;
var init_span = __esm({
  "src/syntax/span.ts"() {
    "use strict";
    LineMap = class {
      constructor(file, text) {
        this.file = file;
        this.text = text;
        for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
      }
      file;
      text;
      starts = [0];
      position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >> 1;
          if (this.starts[mid] <= offset) lo = mid;
          else hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.starts[lo] + 1 };
      }
      span(start, end) {
        const a = this.position(start);
        const b2 = this.position(end);
        return { file: this.file, start, end, line: a.line, column: a.column, endLine: b2.line, endColumn: b2.column };
      }
      lineText(line) {
        const s = this.starts[line - 1];
        if (s === void 0) return "";
        const e = line < this.starts.length ? this.starts[line] - 1 : this.text.length;
        return this.text.slice(s, e).replace(/\r$/, "");
      }
    };
  }
});

// src/report/diagnostic.ts
function diag(kind, message2, span, extra = {}) {
  return { severity: "error", kind, message: message2, span, labels: [], ...extra };
}
var init_diagnostic = __esm({
  "src/report/diagnostic.ts"() {
    "use strict";
  }
});

// src/check/diagnostics.ts
function argCountMessage(expected, found) {
  const a = (n) => `${n} argument${n === 1 ? "" : "s"}`;
  return `this function takes ${a(expected)} but ${a(found)} ${found === 1 ? "was" : "were"} supplied`;
}
var Diags;
var init_diagnostics = __esm({
  "src/check/diagnostics.ts"() {
    "use strict";
    init_diagnostic();
    Diags = class {
      list = [];
      /** While > 0, diagnostics are dropped (bodies of external_body fns, unverified items). */
      muted = 0;
      error(kind, message2, span, extra = {}) {
        if (this.muted > 0) return;
        this.list.push(diag(kind, message2, span, extra));
      }
      mismatch(expected, found, span) {
        this.error("type", "mismatched types", span, { primaryLabel: `expected \`${expected}\`, found \`${found}\`` });
      }
      unsupported(what, span) {
        this.error("unsupported", `unsupported: ${what}`, span);
      }
      withMuted(mute, f) {
        if (mute) this.muted++;
        try {
          return f();
        } finally {
          if (mute) this.muted--;
        }
      }
    };
  }
});

// src/check/types.ts
function intRange(kind) {
  switch (kind) {
    case "int":
    case "nat":
      return void 0;
    default: {
      const signed = kind.startsWith("i");
      const bits = BigInt(intBits(kind));
      return signed ? { min: -(1n << bits - 1n), max: (1n << bits - 1n) - 1n } : { min: 0n, max: (1n << bits) - 1n };
    }
  }
}
function intBits(kind) {
  if (kind === "usize" || kind === "isize") return 64;
  if (kind === "int" || kind === "nat") throw new Error("unbounded integer has no width");
  return Number(kind.slice(1));
}
function isSigned(kind) {
  return kind.startsWith("i");
}
function typeToString(t) {
  switch (t.k) {
    case "int":
      return t.kind;
    case "bool":
      return "bool";
    case "char":
      return "char";
    case "str":
      return "&str";
    case "tuple":
      return `(${t.elems.map(typeToString).join(", ")}${t.elems.length === 1 ? "," : ""})`;
    case "ref":
      return `&${t.mut ? "mut " : ""}${typeToString(t.inner)}`;
    case "array":
      return `[${typeToString(t.elem)}; ${t.len}]`;
    case "slice":
      return `[${typeToString(t.elem)}]`;
    case "builtin":
    case "adt": {
      const short = t.k === "adt" ? t.name.split("::").pop() : t.name;
      return t.args.length ? `${short}<${t.args.map(typeToString).join(", ")}>` : short;
    }
    case "param":
      return t.name;
    case "never":
      return "!";
    case "error":
      return "{error}";
  }
}
var UNIT, INT;
var init_types = __esm({
  "src/check/types.ts"() {
    "use strict";
    UNIT = { k: "tuple", elems: [] };
    INT = { k: "int", kind: "int" };
  }
});

// src/check/prelude.ts
function preludeDef(name) {
  return PRELUDE.get(name);
}
function vstdMember(name) {
  return PRELUDE.get(name) ?? { kind: "vstd" };
}
function intConstant(kind, name) {
  if (kind === "int" || kind === "nat") return void 0;
  const r = intRange(kind);
  const ty = { k: "int", kind };
  if (name === "MAX") return { name: `${kind}::MAX`, ty, value: r.max };
  if (name === "MIN") return { name: `${kind}::MIN`, ty, value: r.min };
  if (name === "BITS") return { name: `${kind}::BITS`, ty: { k: "int", kind: "u32" }, value: BigInt(intBits(kind)) };
  return void 0;
}
function builtinAssocFn(owner, name, fresh, ownerArgs) {
  const t = ownerArgs[0] ?? fresh();
  const sig = (params, ret, mode, typeArgs) => ({ name: `${owner}::${name}`, params, ret, mode, typeArgs });
  switch (`${owner}::${name}`) {
    case "Vec::new":
      return sig([], b("Vec", t), "exec", [t]);
    case "Vec::with_capacity":
      return sig([USIZE], b("Vec", t), "exec", [t]);
    case "Seq::empty":
      return sig([], b("Seq", t), "spec", [t]);
    case "Set::empty":
      return sig([], b("Set", t), "spec", [t]);
    case "Map::empty": {
      const v = ownerArgs[1] ?? fresh();
      return sig([], b("Map", t, v), "spec", [t, v]);
    }
    case "Box::new":
      return sig([t], b("Box", t), "any", [t]);
    default:
      return void 0;
  }
}
function builtinMethod(recv, method) {
  if (recv.k === "builtin") return builtinTypeMethod(recv.name, recv.args, method);
  if (recv.k === "array" || recv.k === "slice") {
    const sig = (params, ret, mode) => ({ name: `slice::${method}`, params, ret, mode, typeArgs: [recv.elem] });
    if (method === "len") return sig([], USIZE, "any");
    if (method === "view") return sig([], b("Seq", recv.elem), "spec");
  }
  return void 0;
}
function builtinTypeMethod(owner, args, m) {
  const t = args[0] ?? { k: "error" };
  const sig = (params, ret, mode) => ({ name: `${owner}::${m}`, params, ret, mode, typeArgs: args });
  switch (owner) {
    case "Vec":
      switch (m) {
        case "len":
          return sig([], USIZE, "any");
        case "is_empty":
          return sig([], BOOL_T, "any");
        case "push":
          return sig([t], UNIT_T, "exec");
        case "pop":
          return sig([], b("Option", t), "exec");
        case "set":
          return sig([USIZE, t], UNIT_T, "exec");
        case "insert":
          return sig([USIZE, t], UNIT_T, "exec");
        case "remove":
          return sig([USIZE], t, "exec");
        case "clear":
          return sig([], UNIT_T, "exec");
        case "view":
          return sig([], b("Seq", t), "spec");
        case "clone":
          return sig([], b("Vec", t), "exec");
      }
      return void 0;
    case "Seq":
      switch (m) {
        case "len":
          return sig([], NAT_T, "spec");
        case "index":
          return sig([INT_T], t, "spec");
        case "push":
          return sig([t], b("Seq", t), "spec");
        case "update":
          return sig([INT_T, t], b("Seq", t), "spec");
        case "subrange":
          return sig([INT_T, INT_T], b("Seq", t), "spec");
        case "take":
        case "skip":
          return sig([INT_T], b("Seq", t), "spec");
        case "drop_last":
          return sig([], b("Seq", t), "spec");
        case "last":
        case "first":
          return sig([], t, "spec");
        case "add":
          return sig([b("Seq", t)], b("Seq", t), "spec");
        case "contains":
          return sig([t], BOOL_T, "spec");
        case "to_set":
          return sig([], b("Set", t), "spec");
      }
      return void 0;
    case "Set":
      switch (m) {
        case "insert":
        case "remove":
          return sig([t], b("Set", t), "spec");
        case "contains":
          return sig([t], BOOL_T, "spec");
        case "len":
          return sig([], NAT_T, "spec");
        case "union":
        case "intersect":
        case "difference":
          return sig([b("Set", t)], b("Set", t), "spec");
        case "subset_of":
          return sig([b("Set", t)], BOOL_T, "spec");
        case "finite":
          return sig([], BOOL_T, "spec");
      }
      return void 0;
    case "Map": {
      const v = args[1] ?? { k: "error" };
      switch (m) {
        case "insert":
          return sig([t, v], b("Map", t, v), "spec");
        case "remove":
          return sig([t], b("Map", t, v), "spec");
        case "dom":
          return sig([], b("Set", t), "spec");
        case "index":
          return sig([t], v, "spec");
        case "contains_key":
          return sig([t], BOOL_T, "spec");
        case "len":
          return sig([], NAT_T, "spec");
      }
      return void 0;
    }
    case "Option":
      switch (m) {
        case "is_some":
        case "is_none":
          return sig([], BOOL_T, "any");
        case "unwrap":
          return sig([], t, "any");
        case "unwrap_or":
          return sig([t], t, "any");
        case "get_Some_0":
          return sig([], t, "spec");
      }
      return void 0;
    case "Ghost":
      if (m === "view") return sig([], t, "spec");
      return void 0;
    case "Tracked":
      switch (m) {
        case "view":
          return sig([], t, "spec");
        case "borrow":
          return sig([], { k: "ref", mut: false, inner: t }, "proof");
        case "borrow_mut":
          return sig([], { k: "ref", mut: true, inner: t }, "proof");
        case "get":
          return sig([], t, "proof");
      }
      return void 0;
    case "Box":
      return void 0;
  }
}
var MACHINE_INTS, ALL_INTS, BUILTIN_TYPES, PRELUDE, INT_T, NAT_T, USIZE, BOOL_T, UNIT_T, b;
var init_prelude = __esm({
  "src/check/prelude.ts"() {
    "use strict";
    init_types();
    MACHINE_INTS = ["u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize"];
    ALL_INTS = [...MACHINE_INTS, "int", "nat"];
    BUILTIN_TYPES = ["Vec", "Seq", "Set", "Map", "Option", "Box", "Ghost", "Tracked"];
    PRELUDE = /* @__PURE__ */ new Map();
    for (const k of ALL_INTS) PRELUDE.set(k, { kind: "prim", ty: { k: "int", kind: k } });
    PRELUDE.set("bool", { kind: "prim", ty: { k: "bool" } });
    PRELUDE.set("char", { kind: "prim", ty: { k: "char" } });
    PRELUDE.set("str", { kind: "prim", ty: { k: "str" } });
    for (const b2 of BUILTIN_TYPES) PRELUDE.set(b2, { kind: "builtinType", name: b2 });
    for (const v of ["Some", "None", "arbitrary", "reveal", "use_type_invariant"]) PRELUDE.set(v, { kind: "builtinValue", name: v });
    for (const m of ["vstd", "std", "core", "alloc", "builtin"]) PRELUDE.set(m, { kind: "vstd" });
    INT_T = { k: "int", kind: "int" };
    NAT_T = { k: "int", kind: "nat" };
    USIZE = { k: "int", kind: "usize" };
    BOOL_T = { k: "bool" };
    UNIT_T = { k: "tuple", elems: [] };
    b = (name, ...args) => ({ k: "builtin", name, args });
  }
});

// src/check/consts.ts
function evalConst(e, lookup, constValue2) {
  const ev = (x) => evalConst(x, lookup, constValue2);
  switch (e.kind) {
    case "int":
      return e.value;
    case "bool":
      return e.value;
    case "path": {
      const d = lookup(e.segments);
      if (!d) return void 0;
      if (d.kind === "const") return constValue2(d);
      if (d.kind === "builtinValue") {
        const [kind, name] = d.name.split("::");
        if (kind && name) return intConstant(kind, name)?.value;
      }
      return void 0;
    }
    case "block":
      return e.block.stmts.length === 0 && e.block.tail ? ev(e.block.tail) : void 0;
    case "cast": {
      const v = ev(e.operand);
      if (typeof v !== "bigint" || e.target.kind !== "path" || e.target.segments.length !== 1) return v;
      const kind = e.target.segments[0];
      const r = isIntKind(kind) ? intRange(kind) : void 0;
      if (!r) return v;
      const span = r.max - r.min + 1n;
      const m = ((v - r.min) % span + span) % span;
      return m + r.min;
    }
    case "unary": {
      const v = ev(e.operand);
      if (e.op === "-" && typeof v === "bigint") return -v;
      if (e.op === "!" && typeof v === "boolean") return !v;
      return void 0;
    }
    case "binary": {
      const a = ev(e.left);
      const b2 = ev(e.right);
      if (typeof a === "bigint" && typeof b2 === "bigint") return intOp(e.op, a, b2);
      if (typeof a === "boolean" && typeof b2 === "boolean") {
        switch (e.op) {
          case "&&":
            return a && b2;
          case "||":
            return a || b2;
          case "==":
            return a === b2;
          case "!=":
            return a !== b2;
        }
      }
      return void 0;
    }
    default:
      return void 0;
  }
}
function intOp(op, a, b2) {
  switch (op) {
    case "+":
      return a + b2;
    case "-":
      return a - b2;
    case "*":
      return a * b2;
    case "/":
      return b2 === 0n ? void 0 : a / b2;
    case "%":
      return b2 === 0n ? void 0 : a % b2;
    case "&":
      return a & b2;
    case "|":
      return a | b2;
    case "^":
      return a ^ b2;
    case "<<":
      return b2 < 0n || b2 > 1024n ? void 0 : a << b2;
    case ">>":
      return b2 < 0n ? void 0 : a >> b2;
    case "==":
      return a === b2;
    case "!=":
      return a !== b2;
    case "<":
      return a < b2;
    case "<=":
      return a <= b2;
    case ">":
      return a > b2;
    case ">=":
      return a >= b2;
    default:
      return void 0;
  }
}
function isIntKind(s) {
  return INT_KINDS.has(s);
}
var INT_KINDS;
var init_consts = __esm({
  "src/check/consts.ts"() {
    "use strict";
    init_prelude();
    init_types();
    INT_KINDS = /* @__PURE__ */ new Set(["u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize", "int", "nat"]);
  }
});

// src/check/paths.ts
function lookupName(tables, module, name) {
  const own2 = module.defs.get(name);
  if (own2) return own2;
  const imp = module.imports.get(name);
  if (imp) {
    if (imp.state === "todo") {
      imp.state = "busy";
      const guard = enterGuard();
      importGuards.set(imp, guard);
      try {
        imp.def = resolveUsePath(tables, module, imp.path);
      } finally {
        leaveGuard();
      }
      imp.state = "done";
    } else if (imp.state === "busy") {
      blockedBy(importGuards.get(imp) ?? 0);
    }
    if (imp.def) return imp.def;
  }
  if (module.globs.length > 0) {
    const viaGlob = lookupViaGlobs(tables, module, name);
    if (viaGlob) return viaGlob;
  }
  return preludeDef(name);
}
function enterGuard() {
  return guardDepth++;
}
function leaveGuard() {
  guardDepth--;
}
function blockedBy(guard) {
  if (guard < shallowestBlock) shallowestBlock = guard;
}
function guardedCompute(compute) {
  const outerBlock = shallowestBlock;
  shallowestBlock = Infinity;
  const guard = enterGuard();
  let value;
  try {
    value = compute(guard);
  } finally {
    leaveGuard();
  }
  const cacheable = shallowestBlock >= guard;
  shallowestBlock = Math.min(outerBlock, shallowestBlock);
  return { value, cacheable };
}
function sealNameTables(tables) {
  sealedTables.add(tables);
}
function lookupViaGlobs(tables, module, name) {
  let answers = globAnswers.get(module);
  if (answers?.has(name)) return answers.get(name);
  let busy = globLookups.get(module);
  if (busy === void 0) {
    busy = /* @__PURE__ */ new Map();
    globLookups.set(module, busy);
  }
  const busyGuard = busy.get(name);
  if (busyGuard !== void 0) {
    blockedBy(busyGuard);
    return void 0;
  }
  const inProgress = busy;
  const { value: found, cacheable } = guardedCompute((guard) => {
    inProgress.set(name, guard);
    try {
      for (const glob of module.globs) {
        const target = globTarget(tables, module, glob);
        if (!target) continue;
        const d = memberOf(tables, target, name);
        if (d && d.kind !== "vstd") return d;
      }
      return void 0;
    } finally {
      inProgress.delete(name);
    }
  });
  if (cacheable && sealedTables.has(tables)) {
    if (answers === void 0) {
      answers = /* @__PURE__ */ new Map();
      globAnswers.set(module, answers);
    }
    answers.set(name, found);
  }
  return found;
}
function globTarget(tables, module, glob) {
  if (globTargets.has(glob)) return globTargets.get(glob);
  const busyGuard = globBusy.get(module);
  if (busyGuard !== void 0) {
    blockedBy(busyGuard);
    return void 0;
  }
  const { value: target, cacheable } = guardedCompute((guard) => {
    globBusy.set(module, guard);
    try {
      return resolveUsePath(tables, module, glob.path);
    } finally {
      globBusy.delete(module);
    }
  });
  if (cacheable && sealedTables.has(tables)) globTargets.set(glob, target);
  return target;
}
function resolveUsePath(tables, module, path2) {
  const r = walkPath({ tables, module }, path2);
  return r.def;
}
function walkPath(scope, segments) {
  const { tables } = scope;
  if (segments.length === 0) return { failedAt: 0 };
  let def;
  let i = 0;
  const first = segments[0];
  if (first === "crate") {
    def = { kind: "mod", module: scope.module.root };
    i = 1;
  } else if (first === "self" && segments.length > 1) {
    def = { kind: "mod", module: scope.module };
    i = 1;
  } else if (first === "super") {
    let m = scope.module;
    while (segments[i] === "super") {
      if (!m.parent) return { failedAt: i };
      m = m.parent;
      i++;
    }
    def = { kind: "mod", module: m };
  } else if (first === "Self" && scope.impl) {
    def = implSelfDef(scope);
    if (!def) return { failedAt: 0 };
    i = 1;
  } else {
    def = lookupName(tables, scope.module, first);
    if (!def) return { failedAt: 0 };
    i = 1;
  }
  for (; i < segments.length; i++) {
    const next = memberOf(tables, def, segments[i]);
    if (!next) return { failedAt: i };
    def = next;
  }
  return { def, failedAt: -1 };
}
function implSelfDef(scope) {
  const key = scope.impl?.ownerKey;
  if (key) {
    const s = scope.tables.structByName.get(key);
    if (s) return { kind: "struct", s };
    const e = scope.tables.enumByName.get(key);
    if (e) return { kind: "enum", e };
  }
  const t = scope.impl?.selfTy;
  if (t?.kind === "path") return walkPath({ tables: scope.tables, module: scope.module }, t.segments).def;
  return void 0;
}
function memberOf(tables, owner, name) {
  switch (owner.kind) {
    case "mod":
      return memberOfModule(tables, owner.module, name);
    case "vstd":
      return vstdMember(name);
    case "enum": {
      const v = owner.e.decl.variants.find((x) => x.name === name);
      if (v) return { kind: "variant", e: owner.e, variant: v };
      return tables.assoc.get(owner.e.qname)?.get(name);
    }
    case "struct":
      return tables.assoc.get(owner.s.qname)?.get(name);
    case "prim": {
      if (owner.ty.k !== "int") return void 0;
      const c = intConstant(owner.ty.kind, name);
      return c ? { kind: "builtinValue", name: c.name } : void 0;
    }
    case "builtinType": {
      if (owner.name === "Option" && (name === "Some" || name === "None")) return { kind: "builtinValue", name };
      const sig = builtinAssocFn(owner.name, name, () => ({ k: "error" }), []);
      return sig ? { kind: "builtinValue", name: sig.name } : void 0;
    }
    default:
      return void 0;
  }
}
function memberOfModule(tables, module, name) {
  const d = module.defs.get(name);
  if (d) return d;
  const viaUse = module.imports.has(name) || module.globs.length > 0 ? lookupName(tables, module, name) : void 0;
  if (viaUse && viaUse !== preludeDef(name)) return viaUse;
  return void 0;
}
var guardDepth, shallowestBlock, importGuards, globAnswers, globTargets, globLookups, globBusy, sealedTables;
var init_paths = __esm({
  "src/check/paths.ts"() {
    "use strict";
    init_prelude();
    guardDepth = 0;
    shallowestBlock = Infinity;
    importGuards = /* @__PURE__ */ new WeakMap();
    globAnswers = /* @__PURE__ */ new WeakMap();
    globTargets = /* @__PURE__ */ new WeakMap();
    globLookups = /* @__PURE__ */ new WeakMap();
    globBusy = /* @__PURE__ */ new Map();
    sealedTables = /* @__PURE__ */ new WeakSet();
  }
});

// src/check/lower-type.ts
function lowerType(te, scope, diags) {
  switch (te.kind) {
    case "ref":
      return { k: "ref", mut: te.mut, inner: lowerType(te.inner, scope, diags) };
    case "tuple":
      return { k: "tuple", elems: te.elems.map((e) => lowerType(e, scope, diags)) };
    case "slice":
      return { k: "slice", elem: lowerType(te.elem, scope, diags) };
    case "never":
      return { k: "never" };
    case "infer":
      if (scope.fresh) return scope.fresh();
      diags.error("type", "the placeholder `_` is not allowed within types on item signatures", te.span);
      return { k: "error" };
    case "array": {
      const elem = lowerType(te.elem, scope, diags);
      const len2 = evalConst(te.len, (segs) => walkPath(scope, segs).def, scope.constValue);
      if (typeof len2 !== "bigint") {
        diags.unsupported("array length that is not a constant", te.len.span);
        return { k: "error" };
      }
      annotateConstExpr(te.len, scope, { k: "int", kind: "usize" });
      return { k: "array", elem, len: len2 };
    }
    case "path":
      return lowerPathType(te, scope, diags);
  }
}
function lowerPathType(te, scope, diags) {
  const args = te.args.map((a) => lowerType(a, scope, diags));
  const segs = te.segments;
  if (segs.length === 1) {
    const name = segs[0];
    if (scope.generics.has(name)) return { k: "param", name };
    if (name === "Self") {
      if (scope.selfType) return scope.selfType;
      diags.error("type", "cannot find type `Self` in this scope", te.span);
      return { k: "error" };
    }
  }
  const def = walkPath(scope, segs).def;
  if (!def) {
    diags.error("type", `cannot find type \`${segs.join("::")}\` in this scope`, te.span);
    return { k: "error" };
  }
  switch (def.kind) {
    case "prim":
      return def.ty;
    case "builtinType": {
      const n = ARITY[def.name];
      const full = fillArgs(args, n, te, scope, diags);
      return { k: "builtin", name: def.name, args: full };
    }
    case "struct":
      return { k: "adt", name: def.s.qname, args: fillArgs(args, def.s.decl.generics.length, te, scope, diags) };
    case "enum":
      return { k: "adt", name: def.e.qname, args: fillArgs(args, def.e.decl.generics.length, te, scope, diags) };
    case "vstd":
      diags.unsupported(`type \`${segs.join("::")}\``, te.span);
      return { k: "error" };
    default:
      diags.error("type", `expected type, found ${describe2(def.kind)} \`${segs.join("::")}\``, te.span);
      return { k: "error" };
  }
}
function fillArgs(args, n, te, scope, diags) {
  if (args.length === n) return args;
  const shown = te.segments.join("::");
  if (args.length === 0 && scope.fresh) return Array.from({ length: n }, () => scope.fresh());
  diags.error("type", `type \`${shown}\` takes ${n} generic argument${n === 1 ? "" : "s"} but ${args.length} ${args.length === 1 ? "was" : "were"} supplied`, te.span);
  return Array.from({ length: n }, (_, i) => args[i] ?? { k: "error" });
}
function describe2(kind) {
  switch (kind) {
    case "fn":
      return "function";
    case "const":
      return "constant";
    case "mod":
      return "module";
    case "variant":
      return "variant";
    default:
      return "value";
  }
}
function annotateConstExpr(e, scope, ty) {
  e.ty = ty;
  switch (e.kind) {
    case "path": {
      const d = walkPath(scope, e.segments).def;
      if (d?.kind === "const") {
        e.res = { kind: "const", qname: d.c.qname, decl: d.c.decl };
        e.ty = d.c.info.ty.k === "error" ? e.ty : d.c.info.ty;
      } else if (d?.kind === "builtinValue") {
        e.res = { kind: "builtin", name: d.name, typeArgs: [] };
      }
      return;
    }
    case "binary":
      annotateConstExpr(e.left, scope, ty);
      annotateConstExpr(e.right, scope, ty);
      return;
    case "unary":
    case "cast":
      annotateConstExpr(e.operand, scope, ty);
      return;
    case "block":
      if (e.block.tail) annotateConstExpr(e.block.tail, scope, ty);
      return;
    default:
      return;
  }
}
var ARITY;
var init_lower_type = __esm({
  "src/check/lower-type.ts"() {
    "use strict";
    init_consts();
    init_paths();
    ARITY = { Vec: 1, Seq: 1, Set: 1, Map: 2, Option: 1, Box: 1, Ghost: 1, Tracked: 1 };
  }
});

// src/check/modes.ts
function checkCallMode(bc, cx, callee, qname, span) {
  if (bc.external || callee === "any") return;
  if (cx.mode === "spec" && callee !== "spec") {
    bc.diags.error("mode", `cannot call function \`${qname}\` with mode ${callee}`, span);
  } else if (cx.mode === "proof" && callee === "exec") {
    bc.diags.error("mode", `cannot call function \`${qname}\` with mode exec`, span);
  } else if (cx.mode === "exec" && (callee === "spec" || callee === "proof")) {
    bc.diags.error("mode", `cannot call function \`${qname}\` with mode ${callee}: cannot call ${callee} function from exec mode`, span);
  }
}
function checkCalleeVerified(bc, callee, span) {
  if (bc.external) return;
  const d = callee.decl;
  if (d.verified && !d.flags.external) return;
  bc.diags.error("mode", `cannot call function \`${callee.qname}\` that is not verified`, span);
}
function checkLocalRead(bc, cx, local2, span) {
  if (bc.external || cx.mode !== "exec") return;
  if (local2.mode === "ghost") bc.diags.error("mode", "expression has mode spec, expected mode exec", span);
  else if (local2.mode === "tracked") bc.diags.error("mode", "expression has mode proof, expected mode exec", span);
}
function noteMove(bc, cx, local2, span) {
  if (bc.external || cx.mode === "spec" || local2.mode !== "tracked") return;
  if (isCopy(bc, local2.ty)) return;
  if (bc.moved.has(local2.id) || bc.loopDepth > local2.loopDepth) {
    bc.diags.error("mode", `use of moved value: \`${local2.name}\``, span);
    return;
  }
  const moved = new Set(bc.moved);
  moved.add(local2.id);
  bc.moved = moved;
}
function isCopy(bc, t) {
  const s = bc.infer.shallow(t);
  switch (s.k) {
    case "int":
    case "bool":
    case "char":
    case "str":
    case "ref":
    case "never":
    case "error":
    case "param":
      return true;
    case "tuple":
      return s.elems.every((e) => isCopy(bc, e));
    case "array":
      return isCopy(bc, s.elem);
    case "builtin":
      return s.name === "Ghost";
    case "adt": {
      const st = bc.tables.structByName.get(s.name)?.decl ?? bc.tables.enumByName.get(s.name)?.decl;
      return !!st?.attrs.some((a) => a.name === "derive" && /\bCopy\b/.test(a.args));
    }
    default:
      return false;
  }
}
function branches(bc, runs) {
  const start = bc.moved;
  let after = start;
  for (const run2 of runs) {
    bc.moved = start;
    run2();
    after = unionMoves(start, after, bc.moved);
  }
  bc.moved = after;
}
function unionMoves(start, after, branch) {
  if (branch === start || branch === after) return after;
  if (after === start) return branch;
  const out = new Set(after);
  for (const id of branch) out.add(id);
  return out;
}
var init_modes = __esm({
  "src/check/modes.ts"() {
    "use strict";
  }
});

// src/check/calls.ts
function checkCall(bc, e, cx, expected) {
  const callee = e.callee;
  if (callee.kind !== "path") {
    checkExpr(bc, callee, cx);
    if (!bc.external) bc.diags.unsupported("calling a value that is not a named function", callee.span);
    for (const a of e.args) checkExpr(bc, a, cx);
    return ERR;
  }
  if (callee.segments.length === 1 && bc.lookupLocal(callee.segments[0])) {
    checkExpr(bc, callee, cx, void 0, "place");
    if (!bc.external) bc.diags.unsupported("calling closures or function values", callee.span);
    for (const a of e.args) checkExpr(bc, a, cx);
    return ERR;
  }
  const def = resolvePathDef(bc, callee, "function");
  const ret = (() => {
    if (!def) {
      for (const a of e.args) checkExpr(bc, a, cx);
      return ERR;
    }
    switch (def.kind) {
      case "fn":
        return userCall(bc, e, callee, def.fn, cx);
      case "struct": {
        if (def.s.decl.shape !== "tuple") break;
        const m = instantiate(bc, def.s.decl.generics, callee.generics);
        const typeArgs = [...m.values()];
        callee.res = { kind: "struct", qname: def.s.qname, decl: def.s.decl, typeArgs };
        zonkArgsLater(bc, callee.res);
        checkArgs(bc, e, def.s.info.fields.map((f) => substParams(f.ty, m)), cx);
        return { k: "adt", name: def.s.qname, args: typeArgs };
      }
      case "variant": {
        if (def.variant.shape !== "tuple") break;
        const m = instantiate(bc, def.e.decl.generics, callee.generics);
        const typeArgs = [...m.values()];
        callee.res = { kind: "variant", qname: `${def.e.qname}::${def.variant.name}`, enumDecl: def.e.decl, variant: def.variant, typeArgs };
        zonkArgsLater(bc, callee.res);
        const info = def.e.info.variants.find((v) => v.name === def.variant.name);
        checkArgs(bc, e, (info?.fields ?? []).map((f) => substParams(f.ty, m)), cx);
        return { k: "adt", name: def.e.qname, args: typeArgs };
      }
      case "builtinType":
        if (def.name === "Ghost" || def.name === "Tracked") return wrapperCall(bc, e, callee, def.name, cx, expected);
        break;
      case "builtinValue":
        return builtinCall(bc, e, callee, def.name, cx, expected);
      case "vstd":
        if (!bc.external) bc.diags.unsupported(`\`${callee.segments.join("::")}\``, callee.span);
        for (const a of e.args) checkExpr(bc, a, cx);
        return ERR;
      default:
        break;
    }
    if (!bc.external) bc.diags.error("type", `expected function, found ${describeDef(def)} \`${callee.segments.join("::")}\``, callee.span);
    for (const a of e.args) checkExpr(bc, a, cx);
    return ERR;
  })();
  bc.record(callee, ret);
  return ret;
}
function zonkArgsLater(bc, res) {
  bc.later(() => {
    if ("typeArgs" in res) res.typeArgs = res.typeArgs.map((t) => bc.infer.zonk(t));
  });
}
function checkArgs(bc, e, params, cx, argCx, span = e.span) {
  if (e.args.length !== params.length) bc.diags.error("type", argCountMessage(params.length, e.args.length), span);
  e.args.forEach((a, i) => checkExpr(bc, a, argCx?.(i) ?? cx, params[i]));
}
function instantiateFn(bc, entry, turbofish) {
  const sig = bc.sigs.sigs.get(entry.decl);
  if (!sig) return void 0;
  const m = /* @__PURE__ */ new Map();
  const fnGenerics = entry.decl.generics;
  const given = turbofish.length === fnGenerics.length ? turbofish.map((t) => lowerType(t, bc.scope, bc.diags)) : void 0;
  for (const g of sig.generics) m.set(g, bc.infer.fresh());
  fnGenerics.forEach((g, i) => {
    if (given?.[i]) m.set(g, given[i]);
  });
  return {
    entry,
    paramTys: sig.paramTys.map((t) => substParams(t, m)),
    retTy: substParams(sig.retTy, m),
    typeArgs: sig.generics.map((g) => m.get(g)),
    selfTy: sig.selfType ? substParams(sig.selfType, m) : void 0
  };
}
function argMode(cx, entry, i) {
  if (cx.mode === "spec") return cx;
  const p = entry.decl.params[i];
  if (p?.tracked && !p.unwrapped) return { mode: "proof" };
  if (p?.ghost && !p.unwrapped) return { mode: "spec" };
  if (entry.decl.mode === "spec") return { mode: "spec" };
  return cx;
}
function userCall(bc, e, callee, entry, cx) {
  const inst = instantiateFn(bc, entry, callee.generics);
  if (!inst) {
    for (const a of e.args) checkExpr(bc, a, cx);
    return ERR;
  }
  const res = { kind: "fn", qname: entry.qname, decl: entry.decl, typeArgs: inst.typeArgs };
  callee.res = res;
  zonkArgsLater(bc, res);
  checkCallMode(bc, cx, entry.decl.mode, entry.qname, e.span);
  checkCalleeVerified(bc, entry, e.span);
  checkArgs(bc, e, inst.paramTys, cx, (i) => argMode(cx, entry, i), callee.span);
  return inst.retTy;
}
function wrapperCall(bc, e, callee, name, cx, expected) {
  const x = expected ? bc.infer.shallow(expected) : void 0;
  const inner = x?.k === "builtin" && x.name === name ? x.args[0] : bc.infer.fresh();
  const innerCx = cx.mode === "spec" || name === "Ghost" ? { mode: "spec" } : { mode: "proof" };
  checkArgs(bc, e, [inner], cx, () => innerCx, callee.span);
  const res = { kind: "builtin", name, typeArgs: [inner] };
  callee.res = res;
  zonkArgsLater(bc, res);
  return { k: "builtin", name, args: [inner] };
}
function builtinCall(bc, e, callee, name, cx, expected) {
  const x = expected ? bc.infer.shallow(expected) : void 0;
  switch (name) {
    case "Some": {
      const t = x?.k === "builtin" && x.name === "Option" ? x.args[0] : bc.infer.fresh();
      const res = { kind: "builtin", name: "Some", typeArgs: [t] };
      callee.res = res;
      zonkArgsLater(bc, res);
      checkArgs(bc, e, [t], cx, void 0, callee.span);
      return { k: "builtin", name: "Option", args: [t] };
    }
    case "arbitrary": {
      const t = callee.generics[0] ? lowerType(callee.generics[0], bc.scope, bc.diags) : expected ?? bc.infer.fresh();
      const res = { kind: "builtin", name: "arbitrary", typeArgs: [t] };
      callee.res = res;
      zonkArgsLater(bc, res);
      checkCallMode(bc, cx, "spec", "vstd::pervasive::arbitrary", e.span);
      checkArgs(bc, e, [], cx, void 0, callee.span);
      return t;
    }
    case "use_type_invariant": {
      callee.res = { kind: "builtin", name: "use_type_invariant", typeArgs: [] };
      checkCallMode(bc, cx, "proof", "vstd::use_type_invariant", e.span);
      if (e.args.length !== 1) bc.diags.error("type", argCountMessage(1, e.args.length), callee.span);
      for (const a of e.args) {
        const t = bc.derefAll(checkExpr(bc, a, cx, void 0, "place"));
        if (t.k !== "adt" && !bc.isErrorLike(t)) bc.diags.error("type", `\`use_type_invariant\` needs a value of a type with a type invariant, found \`${bc.show(t)}\``, a.span);
      }
      return UNIT2;
    }
    case "reveal": {
      callee.res = { kind: "builtin", name: "reveal", typeArgs: [] };
      if (e.args.length !== 1) bc.diags.error("type", argCountMessage(1, e.args.length), callee.span);
      for (const a of e.args) revealTarget(bc, a);
      return UNIT2;
    }
    default:
      break;
  }
  const [owner, member] = name.split("::");
  if (owner && member) {
    const ownerArgs = callee.generics.map((g) => lowerType(g, bc.scope, bc.diags));
    const sig = builtinAssocFn(owner, member, () => bc.infer.fresh(), ownerArgs);
    if (sig) return builtinSigCall(bc, e, callee, sig, cx);
  }
  if (!bc.external) bc.diags.error("type", `expected function, found \`${callee.segments.join("::")}\``, callee.span);
  for (const a of e.args) checkExpr(bc, a, cx);
  return ERR;
}
function builtinSigCall(bc, e, callee, sig, cx) {
  const res = { kind: "builtin", name: sig.name, typeArgs: sig.typeArgs };
  callee.res = res;
  zonkArgsLater(bc, res);
  checkCallMode(bc, cx, sig.mode, sig.name, e.span);
  checkArgs(bc, e, sig.params, cx, void 0, callee.span);
  return sig.ret;
}
function revealTarget(bc, a) {
  if (a.kind !== "path") {
    checkExpr(bc, a, { mode: "spec" });
    return;
  }
  const d = walkPath(bc.scope, a.segments).def;
  if (d?.kind === "fn") {
    a.res = { kind: "fn", qname: d.fn.qname, decl: d.fn.decl, typeArgs: [] };
  } else {
    bc.diags.error("type", `cannot find function \`${a.segments.join("::")}\` in this scope`, a.span);
  }
  bc.record(a, UNIT2);
}
function userMethod(bc, recv, name) {
  if (recv.k !== "adt") return void 0;
  const d = bc.tables.assoc.get(recv.name)?.get(name);
  if (d?.kind !== "fn" || d.fn.decl.params[0]?.name !== "self") return void 0;
  const inst = instantiateFn(bc, d.fn, []);
  if (inst?.selfTy) bc.infer.unify(inst.selfTy, recv);
  return inst;
}
function checkMethodCall(bc, e, cx, _expected) {
  const recvTy = checkExpr(bc, e.receiver, cx, void 0, "place");
  const t = bc.derefAll(recvTy);
  if (bc.isErrorLike(t)) {
    for (const a of e.args) checkExpr(bc, a, cx);
    return ERR;
  }
  const um = userMethod(bc, t, e.method);
  if (um) {
    const res = { kind: "fn", qname: um.entry.qname, decl: um.entry.decl, typeArgs: um.typeArgs };
    e.res = res;
    zonkArgsLater(bc, res);
    checkCallMode(bc, cx, um.entry.decl.mode, um.entry.qname, e.span);
    checkCalleeVerified(bc, um.entry, e.span);
    checkArgs(bc, e, um.paramTys.slice(1), cx, (i) => argMode(cx, um.entry, i + 1), e.methodSpan);
    return um.retTy;
  }
  const sig = builtinMethod(t, e.method);
  if (sig) {
    const res = { kind: "builtin", name: sig.name, typeArgs: sig.typeArgs };
    e.res = res;
    zonkArgsLater(bc, res);
    checkCallMode(bc, cx, sig.mode, sig.name, e.span);
    const argCx = sig.mode === "spec" ? { mode: "spec" } : void 0;
    checkArgs(bc, e, sig.params, cx, argCx ? () => argCx : void 0, e.methodSpan);
    return sig.ret;
  }
  bc.diags.error("type", `no method named \`${e.method}\` found for type \`${bc.show(t)}\` in the current scope`, e.methodSpan);
  for (const a of e.args) checkExpr(bc, a, cx);
  return ERR;
}
var ERR, UNIT2;
var init_calls = __esm({
  "src/check/calls.ts"() {
    "use strict";
    init_diagnostics();
    init_expr();
    init_infer();
    init_lower_type();
    init_modes();
    init_paths();
    init_prelude();
    ERR = { k: "error" };
    UNIT2 = { k: "tuple", elems: [] };
  }
});

// src/check/pattern.ts
function through(bc, ty, cx, opts) {
  const s = bc.infer.shallow(ty);
  if (cx.mode !== "exec" || s.k !== "ref") return opts;
  return { ...opts, refMode: { mut: s.mut && (opts.refMode?.mut ?? true) } };
}
function defaultMode(cx) {
  return cx.mode === "exec" ? "exec" : "ghost";
}
function checkPattern(bc, p, ty, cx, opts = {}) {
  switch (p.kind) {
    case "wild":
      return;
    case "ident": {
      if (!p.mut && !p.byRef && bc.lookupLocal(p.name) === void 0) {
        const d = walkPath(bc.scope, [p.name]).def;
        if (d && isConstantLike(d)) {
          const asPath = p;
          asPath.kind = "path";
          asPath.path = [p.name];
          delete asPath.name;
          delete asPath.mut;
          delete asPath.byRef;
          checkPattern(bc, asPath, ty, cx, opts);
          return;
        }
      }
      const byRef = p.byRef ? { mut: p.mut } : opts.refMode;
      const bindTy = byRef ? { k: "ref", mut: byRef.mut, inner: ty } : ty;
      const mode = opts.mode ?? defaultMode(cx);
      const prior = opts.orBindings?.get(p.name);
      const local2 = bc.declare(p.name, bindTy, mode, p.mut && !byRef, prior?.id);
      if (prior) bc.infer.unify(prior.ty, bindTy);
      opts.orBindings?.set(p.name, local2);
      p.id = local2.id;
      p.ty = bindTy;
      bc.later(() => {
        p.ty = bc.infer.zonk(bindTy);
      });
      return;
    }
    case "tuple": {
      opts = through(bc, ty, cx, opts);
      const t = bc.stripRefs(ty);
      const elems = t.k === "tuple" && t.elems.length === p.elems.length ? t.elems : void 0;
      if (!elems) {
        const fresh = p.elems.map(() => bc.infer.fresh());
        if (!bc.infer.unify(t, { k: "tuple", elems: fresh }) && !bc.isErrorLike(t)) bc.diags.mismatch(bc.show(t), `(${p.elems.map(() => "_").join(", ")})`, p.span);
        p.elems.forEach((el, i) => checkPattern(bc, el, fresh[i], cx, opts));
        return;
      }
      p.elems.forEach((el, i) => checkPattern(bc, el, elems[i], cx, opts));
      return;
    }
    case "tuple_struct": {
      opts = through(bc, ty, cx, opts);
      const c = constructor(bc, p.path, ty, p.span);
      if (c) p.res = c.res;
      const fields = c?.fields;
      if (fields && fields.length !== p.elems.length) {
        bc.diags.error("type", `this pattern has ${p.elems.length} field${p.elems.length === 1 ? "" : "s"}, but the corresponding tuple ${c?.isVariant ? "variant" : "struct"} has ${fields.length} field${fields.length === 1 ? "" : "s"}`, p.span);
      }
      const wrapper = c?.res.kind === "builtin" && (c.res.name === "Tracked" || c.res.name === "Ghost") ? c.res.name : void 0;
      const sub2 = wrapper ? { ...opts, mode: wrapper === "Tracked" ? "tracked" : "ghost" } : opts;
      p.elems.forEach((el, i) => checkPattern(bc, el, fields?.[i]?.ty ?? ERR2, cx, sub2));
      return;
    }
    case "struct": {
      opts = through(bc, ty, cx, opts);
      const c = constructor(bc, p.path, ty, p.span);
      if (c) p.res = c.res;
      for (const f of p.fields) {
        const decl = c?.fields.find((x) => x.name === f.name);
        if (c && !decl) bc.diags.error("type", `no field \`${f.name}\` in \`${p.path.join("::")}\``, f.pattern.span);
        checkPattern(bc, f.pattern, decl?.ty ?? ERR2, cx, opts);
      }
      return;
    }
    case "path": {
      const d = walkPath(bc.scope, p.path).def;
      if (d?.kind === "const") {
        p.res = { kind: "const", qname: d.c.qname, decl: d.c.decl };
        bc.coerce(d.c.info.ty, ty, p.span, cx);
        return;
      }
      const c = constructor(bc, p.path, ty, p.span);
      if (c) p.res = c.res;
      return;
    }
    case "lit":
      checkExpr(bc, p.value, cx, bc.stripRefs(ty));
      return;
    case "range":
      if (p.lo) checkExpr(bc, p.lo, cx, bc.stripRefs(ty));
      if (p.hi) checkExpr(bc, p.hi, cx, bc.stripRefs(ty));
      return;
    case "or": {
      const orBindings = opts.orBindings ?? /* @__PURE__ */ new Map();
      for (const alt of p.alts) checkPattern(bc, alt, ty, cx, { ...opts, orBindings });
      return;
    }
  }
}
function isConstantLike(d) {
  if (d.kind === "const") return true;
  if (d.kind === "variant") return d.variant.shape === "unit";
  if (d.kind === "struct") return d.s.decl.shape === "unit";
  return d.kind === "builtinValue" && d.name === "None";
}
function constructor(bc, path2, scrutinee, span) {
  const t = bc.stripRefs(scrutinee);
  const d = walkPath(bc.scope, path2).def;
  const shown = path2.join("::");
  const fail = () => {
    bc.diags.error("type", `cannot find tuple struct or variant \`${shown}\` in this scope`, span);
    return void 0;
  };
  if (!d) return fail();
  const unifyWith = (built) => {
    if (!bc.infer.unify(t, built) && !bc.isErrorLike(t)) bc.diags.mismatch(bc.show(t), bc.show(built), span);
  };
  switch (d.kind) {
    case "builtinValue": {
      if (d.name !== "Some" && d.name !== "None") return fail();
      const elem = bc.infer.fresh();
      unifyWith({ k: "builtin", name: "Option", args: [elem] });
      const res = { kind: "builtin", name: d.name, typeArgs: [elem] };
      bc.later(() => {
        if (res.kind === "builtin") res.typeArgs = res.typeArgs.map((x) => bc.infer.zonk(x));
      });
      return { res, fields: d.name === "Some" ? [{ name: "0", ty: elem }] : [], isVariant: true };
    }
    case "builtinType": {
      if (d.name !== "Tracked" && d.name !== "Ghost") return fail();
      const inner = bc.infer.fresh();
      unifyWith({ k: "builtin", name: d.name, args: [inner] });
      return { res: { kind: "builtin", name: d.name, typeArgs: [inner] }, fields: [{ name: "0", ty: inner }], isVariant: false };
    }
    case "struct": {
      const m = instantiate(bc, d.s.decl.generics, []);
      const typeArgs = [...m.values()];
      unifyWith({ k: "adt", name: d.s.qname, args: typeArgs });
      const res = { kind: "struct", qname: d.s.qname, decl: d.s.decl, typeArgs };
      bc.later(() => {
        if (res.kind === "struct") res.typeArgs = res.typeArgs.map((x) => bc.infer.zonk(x));
      });
      return { res, fields: d.s.info.fields.map((f) => ({ name: f.name, ty: substParams(f.ty, m) })), isVariant: false };
    }
    case "variant": {
      const m = instantiate(bc, d.e.decl.generics, []);
      const typeArgs = [...m.values()];
      unifyWith({ k: "adt", name: d.e.qname, args: typeArgs });
      const res = { kind: "variant", qname: `${d.e.qname}::${d.variant.name}`, enumDecl: d.e.decl, variant: d.variant, typeArgs };
      bc.later(() => {
        if (res.kind === "variant") res.typeArgs = res.typeArgs.map((x) => bc.infer.zonk(x));
      });
      const info = d.e.info.variants.find((v) => v.name === d.variant.name);
      return { res, fields: (info?.fields ?? []).map((f) => ({ name: f.name, ty: substParams(f.ty, m) })), isVariant: true };
    }
    default:
      return fail();
  }
}
var ERR2;
var init_pattern = __esm({
  "src/check/pattern.ts"() {
    "use strict";
    init_expr();
    init_infer();
    init_paths();
    ERR2 = { k: "error" };
  }
});

// src/check/exhaustive.ts
function domainOf(t) {
  if (!t) return void 0;
  if (t.k === "ref") return domainOf(t.inner);
  if (t.k === "bool") return [[0n, 1n]];
  if (t.k === "char") return [[0n, 0xd7ffn], [0xe000n, 0x10ffffn]];
  if (t.k !== "int") return void 0;
  if (t.kind === "int") return [[-HUGE, HUGE]];
  if (t.kind === "nat") return [[0n, HUGE]];
  const r = intRange(t.kind);
  return r ? [[r.min, r.max]] : void 0;
}
function expandOr(rows) {
  const out = [];
  const push2 = (r) => {
    const h = r[0];
    if (h?.k === "or") for (const a of h.alts) push2([a, ...r.slice(1)]);
    else out.push(r);
  };
  rows.forEach(push2);
  return out;
}
function show(c, args) {
  if (c.label === "") return `(${args.join(", ")})`;
  return c.arity === 0 || c.label.endsWith("}") ? c.label : `${c.label}(${args.join(", ")})`;
}
function showRange(lo, hi, domain) {
  const isBool = domain?.length === 1 && domain[0][0] === 0n && domain[0][1] === 1n;
  if (isBool && lo === hi) return lo === 1n ? "true" : "false";
  const s = (v) => v <= -HUGE ? "" : v >= HUGE ? "" : String(v);
  return lo === hi ? String(lo) : `${s(lo)}..=${s(hi)}`.replace(/=$/, "");
}
function witness(rows, n) {
  if (n === 0) return rows.length === 0 ? [] : void 0;
  rows = expandOr(rows);
  const heads = rows.map((r) => r[0]);
  const ctors = heads.filter((h) => h.k === "ctor");
  const ranges = heads.filter((h) => h.k === "range");
  const rest = (r) => r.slice(1);
  const defaultRows = () => rows.filter((r) => r[0].k === "wild").map(rest);
  if (ctors.length > 0) {
    const first = ctors[0].c;
    const family = first.family ?? [first];
    const seen = new Set(ctors.map((h) => h.c.id));
    const missing = family.find((f) => !seen.has(f.id));
    if (missing || heads.some((h) => h.k === "opaque" || h.k === "range")) {
      const w2 = witness(defaultRows(), n - 1);
      if (!w2) return void 0;
      const m = missing ?? first;
      return [missing ? show(m, Array(m.arity).fill("_")) : "_", ...w2];
    }
    for (const c of family) {
      const spec = [];
      for (const r of rows) {
        const h = r[0];
        if (h.k === "wild") spec.push([...Array(c.arity).fill(WILD), ...rest(r)]);
        else if (h.k === "ctor" && h.c.id === c.id) spec.push([...h.args, ...rest(r)]);
      }
      const w2 = witness(spec, c.arity + n - 1);
      if (w2) return [show(c, w2.slice(0, c.arity)), ...w2.slice(c.arity)];
    }
    return void 0;
  }
  if (ranges.length > 0) {
    const domain = ranges.find((r) => r.domain)?.domain;
    if (domain && !heads.some((h) => h.k === "opaque")) {
      const cuts = /* @__PURE__ */ new Set();
      for (const r of ranges) {
        cuts.add(r.lo);
        cuts.add(r.hi + 1n);
      }
      const points = [...cuts].sort((a, b2) => a < b2 ? -1 : a > b2 ? 1 : 0);
      for (const [dlo, dhi] of domain) {
        let lo = dlo;
        for (const p of [...points.filter((x) => x > dlo && x <= dhi), dhi + 1n]) {
          const hi = p - 1n;
          const spec = rows.filter((r) => {
            const h = r[0];
            return h.k === "wild" || h.k === "range" && h.lo <= lo && hi <= h.hi;
          }).map(rest);
          const w3 = witness(spec, n - 1);
          if (w3) return [showRange(lo, hi, domain), ...w3];
          lo = p;
        }
      }
      return void 0;
    }
    const w2 = witness(defaultRows(), n - 1);
    return w2 ? ["_", ...w2] : void 0;
  }
  const w = witness(defaultRows(), n - 1);
  return w ? ["_", ...w] : void 0;
}
function uncoveredByArms(bc, arms) {
  const n = new Normalizer(bc);
  const rows = arms.filter((a) => !a.guard).map((a) => [n.pat(a.pattern)]);
  return witness(rows, 1)?.[0];
}
function uncoveredByPattern(bc, p) {
  return uncoveredByArms(bc, [{ pattern: p }]);
}
var WILD, HUGE, Normalizer;
var init_exhaustive = __esm({
  "src/check/exhaustive.ts"() {
    "use strict";
    init_types();
    WILD = { k: "wild" };
    HUGE = 1n << 256n;
    Normalizer = class {
      constructor(bc) {
        this.bc = bc;
      }
      bc;
      /** Value of a literal or const expression in a pattern (bool as 0/1, char as its code). */
      value(e) {
        switch (e.kind) {
          case "int":
            return e.value;
          case "bool":
            return e.value ? 1n : 0n;
          case "char":
            return BigInt(e.value.codePointAt(0) ?? 0);
          case "unary": {
            const v = e.op === "-" ? this.value(e.operand) : void 0;
            return v === void 0 ? void 0 : -v;
          }
          case "path":
            return e.res?.kind === "const" ? this.constValue(e.res) : void 0;
          default:
            return void 0;
        }
      }
      constValue(res) {
        const v = this.bc.tables.consts.find((c) => c.qname === res.qname)?.info.value;
        if (typeof v === "boolean") return v ? 1n : 0n;
        return v;
      }
      variantCtor(res) {
        const enumName = res.qname.slice(0, res.qname.length - res.variant.name.length - 2);
        const en = this.bc.tables.enumByName.get(enumName);
        if (!en) return void 0;
        const family = en.info.variants.map((v) => ({ id: v.name, label: `${en.decl.name}::${v.name}${v.shape === "named" ? " { .. }" : ""}`, arity: v.fields.length }));
        const me = family.find((f) => f.id === res.variant.name);
        return me ? { ...me, family } : void 0;
      }
      /** Positional sub-patterns of a constructor pattern, wildcards for fields not named. */
      fieldsOf(names, subs) {
        const out = names.map(() => WILD);
        for (const s of subs) {
          const i = names.indexOf(s.field);
          if (i < 0) return void 0;
          out[i] = this.pat(s.pat);
        }
        return out;
      }
      pat(p) {
        switch (p.kind) {
          case "wild":
          case "ident":
            return WILD;
          case "or":
            return { k: "or", alts: p.alts.map((a) => this.pat(a)) };
          case "tuple": {
            const c = { id: "tuple", label: "", arity: p.elems.length };
            return { k: "ctor", c, args: p.elems.map((x) => this.pat(x)) };
          }
          case "lit": {
            const v = this.value(p.value);
            return v === void 0 ? { k: "opaque" } : { k: "range", lo: v, hi: v, domain: domainOf(p.value.ty) };
          }
          case "range": {
            const dom = domainOf(p.lo?.ty ?? p.hi?.ty);
            const lo = p.lo ? this.value(p.lo) : dom?.[0]?.[0];
            let hi = p.hi ? this.value(p.hi) : dom?.[dom.length - 1]?.[1];
            if (lo === void 0 || hi === void 0) return { k: "opaque" };
            if (p.hi && !p.inclusive) hi -= 1n;
            return { k: "range", lo, hi, domain: dom };
          }
          case "path":
            return this.ctorPattern(p.res, []);
          case "tuple_struct":
            return this.ctorPattern(p.res, p.elems.map((q, i) => ({ field: String(i), pat: q })));
          case "struct":
            return this.ctorPattern(p.res, p.fields.map((f) => ({ field: f.name, pat: f.pattern })));
        }
      }
      ctorPattern(res, subs) {
        if (!res) return { k: "opaque" };
        switch (res.kind) {
          case "const": {
            const v = this.constValue(res);
            return v === void 0 ? { k: "opaque" } : { k: "range", lo: v, hi: v, domain: domainOf(this.bc.tables.consts.find((c) => c.qname === res.qname)?.info.ty) };
          }
          case "variant": {
            const c = this.variantCtor(res);
            const names = this.bc.tables.enumByName.get(res.qname.slice(0, res.qname.length - res.variant.name.length - 2))?.info.variants.find((v) => v.name === res.variant.name)?.fields.map((f) => f.name);
            const args = names ? this.fieldsOf(names, subs) : void 0;
            return c && args ? { k: "ctor", c, args } : { k: "opaque" };
          }
          case "struct": {
            const names = this.bc.tables.structByName.get(res.qname)?.info.fields.map((f) => f.name);
            const args = names ? this.fieldsOf(names, subs) : void 0;
            return args ? { k: "ctor", c: { id: res.qname, label: res.qname.split("::").pop(), arity: args.length }, args } : { k: "opaque" };
          }
          case "builtin": {
            if (res.name === "Some" || res.name === "None") {
              const family = [{ id: "Some", label: "Some", arity: 1 }, { id: "None", label: "None", arity: 0 }];
              const me = family.find((f) => f.id === res.name);
              const args = me.arity === 1 ? [subs[0] ? this.pat(subs[0].pat) : WILD] : [];
              return { k: "ctor", c: { ...me, family }, args };
            }
            if (res.name === "Tracked" || res.name === "Ghost" || res.name === "Box::new") {
              return { k: "ctor", c: { id: res.name, label: res.name.replace("::new", ""), arity: 1 }, args: [subs[0] ? this.pat(subs[0].pat) : WILD] };
            }
            return { k: "opaque" };
          }
          default:
            return { k: "opaque" };
        }
      }
    };
  }
});

// src/check/stmt.ts
function checkBlock(bc, b2, cx, expected) {
  bc.pushScope();
  try {
    return blockType(bc, b2, cx, expected);
  } finally {
    bc.popScope();
  }
}
function blockType(bc, b2, cx, expected) {
  let diverges = false;
  for (const s of b2.stmts) if (checkStmt(bc, s, cx)) diverges = true;
  if (b2.tail) {
    const t = checkExpr(bc, b2.tail, cx, expected);
    return diverges ? NEVER : t;
  }
  if (diverges) return NEVER;
  if (expected) bc.coerce(UNIT3, expected, b2.span, cx);
  return UNIT3;
}
function checkStmt(bc, s, cx) {
  const proofStmt = PROOF_STMTS[s.kind];
  if (proofStmt && cx.mode === "spec" && !bc.external) {
    bc.diags.error("unsupported", `not supported: \`${proofStmt}\` in spec code (spec code is not verified, so it would never be checked)`, s.span);
    if (s.kind === "proof") return false;
  }
  switch (s.kind) {
    case "let": {
      const initCx = s.mode === "ghost" ? SPEC : s.mode === "tracked" ? { mode: "proof" } : cx;
      const declared = s.ty ? lowerType(s.ty, bc.scope, bc.diags) : void 0;
      const t = s.init ? checkExpr(bc, s.init, initCx, declared) : declared ?? bc.infer.fresh();
      const mode = s.mode === "tracked" ? "tracked" : s.mode === "ghost" || cx.mode !== "exec" ? "ghost" : "exec";
      const errorsBefore = bc.diags.list.length;
      checkPattern(bc, s.pattern, declared ?? t, cx, { mode });
      if (bc.diags.list.length === errorsBefore) {
        bc.later(() => {
          const missing = uncoveredByPattern(bc, s.pattern);
          if (missing !== void 0) bc.diags.error("type", `refutable pattern in local binding: \`${missing}\` not covered`, s.pattern.span);
        });
      }
      if (!s.init && s.pattern.kind === "ident" && s.pattern.id !== void 0) bc.deferredInit.add(s.pattern.id);
      return isNever(bc, t);
    }
    case "expr":
      return isNever(bc, checkExpr(bc, s.expr, cx));
    case "assign": {
      const target = checkExpr(bc, s.target, cx, void 0, s.target.kind === "path" ? "write" : "place");
      const root = placeRoot(s.target);
      const local2 = root?.kind === "path" && root.res?.kind === "local" ? root.res : void 0;
      const valueCx = local2 && local2.mode !== "exec" && cx.mode === "exec" ? local2.mode === "ghost" ? SPEC : { mode: "proof" } : cx;
      if (local2?.kind === "local" && s.target.kind === "path" && !local2.mutable && bc.deferredInit.has(local2.id)) {
      } else if (local2 && s.target.kind === "path" && !local2.mutable && !bc.external) {
        bc.diags.error("type", `cannot assign twice to immutable variable \`${local2.name}\``, s.span);
      }
      if (local2 && !bc.external) checkAssignMode(bc, cx, local2.mode, s.target);
      if (s.op === "<<=" || s.op === ">>=") checkExpr(bc, s.value, valueCx);
      else if (GHOST_ARITH_ASSIGN.has(s.op) && ghostCode(valueCx) && bc.infer.isIntegral(target)) checkGhostArithAssign(bc, s, target, valueCx);
      else checkExpr(bc, s.value, valueCx, target);
      return false;
    }
    case "while":
      checkBool(bc, s.cond, cx);
      checkLoop(bc, s, s.body, cx);
      return false;
    case "loop":
      checkLoop(bc, s, s.body, cx);
      return !hasBreak(s.body);
    case "for": {
      const start = checkExpr(bc, s.start, cx);
      const end = checkExpr(bc, s.end, cx, start);
      if (!bc.infer.isIntegral(start) && !bc.isErrorLike(start)) bc.diags.unsupported("for loops over anything but integer ranges", s.start.span);
      void end;
      bc.withScope(() => {
        checkPattern(bc, s.pattern, start, cx);
        checkLoop(bc, s, s.body, cx);
      });
      return false;
    }
    case "assert":
      checkBool(bc, s.expr, SPEC);
      if (s.by) {
        switch (s.by.kind) {
          case "block":
            checkBlock(bc, s.by.block, { mode: "proof" });
            break;
          case "bit_vector":
            for (const r of s.by.requires) checkBool(bc, r, SPEC);
            break;
          case "nonlinear_arith":
            for (const r of s.by.requires) checkBool(bc, r, SPEC);
            if (s.by.block) checkBlock(bc, s.by.block, { mode: "proof" });
            break;
          case "compute":
            if (!bc.external) bc.diags.unsupported("assert by (compute)", s.span);
            break;
        }
      }
      return false;
    case "assume":
      checkBool(bc, s.expr, SPEC);
      return false;
    case "assert_forall":
      bc.withScope(() => {
        for (const b2 of s.binders) {
          const ty = b2.ty ? lowerType(b2.ty, bc.scope, bc.diags) : bc.infer.fresh();
          b2.id = bc.declare(b2.name, ty, "ghost", false).id;
        }
        for (const g of s.triggers) for (const t of g) checkExpr(bc, t, SPEC);
        if (s.assumption) checkBool(bc, s.assumption, SPEC);
        checkBool(bc, s.conclusion, SPEC);
        if (s.proof) checkBlock(bc, s.proof, { mode: "proof" });
      });
      return false;
    case "proof":
      checkBlock(bc, s.block, cx.mode === "spec" ? SPEC : { mode: "proof" });
      return false;
    case "item":
      if (!bc.external) bc.diags.unsupported("items nested inside function bodies", s.span);
      return false;
  }
}
function checkGhostArithAssign(bc, s, target, cx) {
  const value = checkExpr(bc, s.value, cx);
  if (!bc.infer.isIntegral(value)) {
    bc.coerce(value, target, s.value.span, cx);
    return;
  }
  const span = { ...s.target.span, end: s.value.span.end, endLine: s.value.span.endLine, endColumn: s.value.span.endColumn };
  bc.coerce(specArithType(bc, s.op.slice(0, -1), target, value), target, span, cx);
}
function checkAssignMode(bc, cx, mode, target) {
  const placeMode = mode === "exec" ? "exec" : mode === "ghost" ? "spec" : "proof";
  const throughMutRef = hasDeref(target);
  if (cx.mode === "proof" && mode === "exec" && !throughMutRef) {
    bc.diags.error("mode", "cannot mutate exec-mode place in proof-code", target.span);
  } else if (cx.mode === "exec" && mode !== "exec") {
    bc.diags.error("mode", `cannot access ${placeMode}-mode place in executable context`, target.span);
  }
}
function hasDeref(e) {
  switch (e.kind) {
    case "unary":
      return e.op === "*" || hasDeref(e.operand);
    case "field":
      return hasDeref(e.base);
    case "index":
      return hasDeref(e.base);
    default:
      return false;
  }
}
function checkLoop(bc, spec, body, cx) {
  for (const e of spec.invariants) checkBool(bc, e, SPEC);
  for (const e of spec.invariantsExceptBreak) checkBool(bc, e, SPEC);
  for (const e of spec.ensures) checkBool(bc, e, SPEC);
  for (const e of spec.decreases) checkExpr(bc, e, SPEC);
  bc.loopDepth++;
  try {
    branches(bc, [() => checkBlock(bc, body, cx, UNIT3), () => {
    }]);
  } finally {
    bc.loopDepth--;
  }
}
function isNever(bc, t) {
  return bc.infer.shallow(t).k === "never";
}
function placeRoot(e) {
  switch (e.kind) {
    case "path":
      return e;
    case "field":
      return placeRoot(e.base);
    case "index":
      return placeRoot(e.base);
    case "unary":
      return e.op === "*" ? placeRoot(e.operand) : void 0;
    default:
      return void 0;
  }
}
function hasBreak(b2) {
  let found = false;
  const visit = (x, depth) => {
    if (found || !x || typeof x !== "object") return;
    const node = x;
    if (node.kind === "break" && (depth === 0 || node.label)) {
      found = true;
      return;
    }
    const nested = node.kind === "while" || node.kind === "loop" || node.kind === "for";
    for (const [k, v] of Object.entries(x)) {
      if (k === "ty" || k === "res" || k === "span") continue;
      if (Array.isArray(v)) v.forEach((y) => visit(y, nested && k === "body" ? depth + 1 : depth));
      else visit(v, nested && k === "body" ? depth + 1 : depth);
    }
  };
  visit(b2, 0);
  return found;
}
var UNIT3, NEVER, SPEC, PROOF_STMTS, GHOST_ARITH_ASSIGN;
var init_stmt = __esm({
  "src/check/stmt.ts"() {
    "use strict";
    init_context();
    init_expr();
    init_lower_type();
    init_modes();
    init_pattern();
    init_exhaustive();
    UNIT3 = { k: "tuple", elems: [] };
    NEVER = { k: "never" };
    SPEC = { mode: "spec" };
    PROOF_STMTS = { assert: "assert", assume: "assume", assert_forall: "assert forall", proof: "proof { }" };
    GHOST_ARITH_ASSIGN = /* @__PURE__ */ new Set(["+=", "-=", "*=", "/=", "%="]);
  }
});

// src/check/expr.ts
function checkExpr(bc, e, cx, expected, use = "move") {
  const t = typeOf(bc, e, cx, expected, use);
  bc.record(e, t);
  if (expected) bc.coerce(t, expected, e.span, cx);
  return t;
}
function checkBool(bc, e, cx) {
  checkExpr(bc, e, cx, BOOL);
}
function typeOf(bc, e, cx, expected, use) {
  switch (e.kind) {
    case "int": {
      const t = literalType(bc, e.suffix, e.span, cx, expected);
      bc.laterLiteral(e);
      return t;
    }
    case "bool":
      return BOOL;
    case "char":
      return CHAR;
    case "str":
      return STR_REF;
    case "path":
      return pathValue(bc, e, cx, use);
    case "unary":
      return unary(bc, e, cx, expected);
    case "ref": {
      const x = expected ? bc.infer.shallow(expected) : void 0;
      const inner = checkExpr(bc, e.operand, cx, x?.k === "ref" ? x.inner : void 0, "place");
      return { k: "ref", mut: e.mut, inner };
    }
    case "binary":
      return binary(bc, e, cx, expected);
    case "chain": {
      let prev = checkExpr(bc, e.operands[0], cx);
      for (let i = 1; i < e.operands.length; i++) {
        const cur = checkExpr(bc, e.operands[i], cx);
        compareOperands(bc, prev, cur, e.operands[i].span, cx, true);
        prev = cur;
      }
      return BOOL;
    }
    case "call":
      return checkCall(bc, e, cx, expected);
    case "method":
      return checkMethodCall(bc, e, cx, expected);
    case "field":
      return field(bc, e, cx);
    case "index":
      return index(bc, e, cx);
    case "cast": {
      const target = lowerType(e.target, bc.scope, bc.diags);
      const from = checkExpr(bc, e.operand, cx);
      const f = bc.infer.shallow(from);
      const to = bc.infer.shallow(target);
      if (!(castablePrimitive(bc, f) && (to.k === "int" || to.k === "error")) && !bc.infer.unify(f, to)) {
        bc.diags.error("type", `non-primitive cast: \`${bc.show(f)}\` as \`${bc.show(to)}\``, e.span);
      }
      return target;
    }
    case "view":
      return view(bc, e.operand, cx, e.span);
    case "old":
    case "final": {
      const t = checkExpr(bc, e.operand, cx, void 0, "place");
      const s = bc.infer.shallow(t);
      if (e.operand.kind !== "path" || s.k !== "ref" && !bc.isErrorLike(s) || s.k === "ref" && !s.mut) {
        bc.diags.error("type", `\`${e.kind}\` can only be applied to a \`&mut\` parameter`, e.span);
      }
      return t;
    }
    case "quant": {
      const sub2 = { mode: "spec" };
      return bc.withScope(() => {
        const tys = e.binders.map((b2) => {
          const ty = b2.ty ? lowerType(b2.ty, bc.scope, bc.diags) : bc.infer.fresh();
          const l = bc.declare(b2.name, ty, "ghost", false);
          b2.id = l.id;
          return ty;
        });
        for (const group of e.triggers) for (const t of group) checkExpr(bc, t, sub2);
        if (e.quant === "choose") {
          checkBool(bc, e.body, sub2);
          return tys.length === 1 ? tys[0] : { k: "tuple", elems: tys };
        }
        checkBool(bc, e.body, sub2);
        return BOOL;
      });
    }
    case "trigger":
      return checkExpr(bc, e.operand, cx, expected);
    case "if":
      return ifExpr(bc, e, cx, expected);
    case "match":
      return matchExpr(bc, e, cx, expected);
    case "is":
      return isExpr(bc, e, cx);
    case "block":
      return checkBlock(bc, e.block, cx, expected);
    case "struct":
      return structLit(bc, e, cx);
    case "tuple": {
      const x = expected ? bc.infer.shallow(expected) : void 0;
      const hints = x?.k === "tuple" && x.elems.length === e.elems.length ? x.elems : void 0;
      return { k: "tuple", elems: e.elems.map((el, i) => checkExpr(bc, el, cx, hints?.[i])) };
    }
    case "array": {
      const x = expected ? bc.infer.shallow(expected) : void 0;
      const elem = x?.k === "array" || x?.k === "slice" ? x.elem : bc.infer.fresh();
      if (e.repeat) {
        checkExpr(bc, e.repeat.value, cx, elem);
        checkExpr(bc, e.repeat.count, cx, { k: "int", kind: "usize" });
        const n = e.repeat.count.kind === "int" ? e.repeat.count.value : void 0;
        if (n === void 0) {
          bc.diags.unsupported("array repeat count that is not a literal", e.repeat.count.span);
          return ERR3;
        }
        return { k: "array", elem, len: n };
      }
      for (const el of e.elems) checkExpr(bc, el, cx, elem);
      return { k: "array", elem, len: BigInt(e.elems.length) };
    }
    case "seq": {
      const x = expected ? bc.infer.shallow(expected) : void 0;
      const elem = x?.k === "builtin" && x.name === "Seq" ? x.args[0] : bc.infer.fresh();
      for (const el of e.elems) checkExpr(bc, el, { mode: "spec" }, elem);
      return { k: "builtin", name: "Seq", args: [elem] };
    }
    case "macro":
      return macro(bc, e, cx, expected);
    case "return": {
      if (e.value) checkExpr(bc, e.value, cx, bc.retTy);
      else bc.coerce(UNIT4, bc.retTy, e.span, cx);
      return NEVER2;
    }
    case "break":
    case "continue":
      return NEVER2;
    case "unsupported":
      return ERR3;
  }
}
function castablePrimitive(bc, t) {
  return bc.infer.isIntegral(t) || t.k === "char" || t.k === "bool" || bc.isErrorLike(t);
}
function literalType(bc, suffix, span, cx, expected) {
  if (suffix) {
    if (isIntKind(suffix)) return { k: "int", kind: suffix };
    bc.diags.error("type", `invalid suffix \`${suffix}\` for number literal`, span);
    return ERR3;
  }
  if (expected) {
    const x = ghostCode(cx) ? bc.stripRefs(expected) : bc.infer.shallow(expected);
    if (x.k === "int" || bc.infer.isIntVar(x)) return x;
  }
  return bc.infer.freshInt(ghostCode(cx) ? "int" : "i32");
}
function checkLiteralRange(bc, e) {
  const t = e.ty;
  if (t?.k !== "int" || t.kind === "int" || t.kind === "nat") return;
  const r = intRange(t.kind);
  const v = negatedLiterals.has(e) ? -e.value : e.value;
  if (v < r.min || v > r.max) {
    if (!bc.external) bc.diags.error("type", `literal out of range for \`${t.kind}\``, e.span);
  }
}
function pathValue(bc, e, cx, use) {
  if (e.segments.length === 1) {
    const local2 = bc.lookupLocal(e.segments[0]);
    if (local2) {
      e.res = bc.localRes(local2);
      if (use !== "write") checkLocalRead(bc, cx, local2, e.span);
      if (use === "move") noteMove(bc, cx, local2, e.span);
      return local2.ty;
    }
  }
  const def = resolvePathDef(bc, e, "value");
  if (!def) return ERR3;
  return valueOfDef(bc, e, def, cx);
}
function resolvePathDef(bc, e, what) {
  const r = walkPath(bc.scope, e.segments);
  if (r.def) return r.def;
  const name = e.segments[r.failedAt] ?? e.segments[0];
  if (e.segments.length === 1) {
    bc.diags.error("type", `cannot find ${what} \`${name}\` in this scope`, e.span);
  } else if (r.failedAt === 0) {
    bc.diags.error("type", `failed to resolve: use of undeclared type or module \`${name}\``, e.span);
  } else {
    const owner = e.segments.slice(0, r.failedAt).join("::");
    bc.diags.error("type", `cannot find ${what} \`${name}\` in \`${owner}\``, e.span);
  }
  return void 0;
}
function instantiate(bc, generics, explicit) {
  const m = /* @__PURE__ */ new Map();
  const given = explicit.length === generics.length ? explicit.map((t) => lowerType(t, bc.scope, bc.diags)) : void 0;
  generics.forEach((g, i) => m.set(g, given?.[i] ?? bc.infer.fresh()));
  return m;
}
function valueOfDef(bc, e, def, cx) {
  switch (def.kind) {
    case "const": {
      e.res = { kind: "const", qname: def.c.qname, decl: def.c.decl };
      if (cx.mode === "exec" && def.c.decl.mode === "spec" && !bc.external) bc.diags.error("mode", "expression has mode spec, expected mode exec", e.span);
      return def.c.info.ty;
    }
    case "struct": {
      if (def.s.decl.shape !== "unit") break;
      const m = instantiate(bc, def.s.decl.generics, e.generics);
      const typeArgs = [...m.values()];
      e.res = { kind: "struct", qname: def.s.qname, decl: def.s.decl, typeArgs };
      bc.later(() => {
        if (e.res?.kind === "struct") e.res.typeArgs = typeArgs.map((t) => bc.infer.zonk(t));
      });
      return { k: "adt", name: def.s.qname, args: typeArgs };
    }
    case "variant": {
      if (def.variant.shape !== "unit") break;
      const m = instantiate(bc, def.e.decl.generics, e.generics);
      const typeArgs = [...m.values()];
      e.res = { kind: "variant", qname: `${def.e.qname}::${def.variant.name}`, enumDecl: def.e.decl, variant: def.variant, typeArgs };
      bc.later(() => {
        if (e.res?.kind === "variant") e.res.typeArgs = typeArgs.map((t) => bc.infer.zonk(t));
      });
      return { k: "adt", name: def.e.qname, args: typeArgs };
    }
    case "builtinValue": {
      if (def.name === "None") {
        const t = e.generics[0] ? lowerType(e.generics[0], bc.scope, bc.diags) : bc.infer.fresh();
        const typeArgs = [t];
        e.res = { kind: "builtin", name: "None", typeArgs };
        bc.later(() => {
          if (e.res?.kind === "builtin") e.res.typeArgs = typeArgs.map((x) => bc.infer.zonk(x));
        });
        return { k: "builtin", name: "Option", args: [t] };
      }
      const [kind, name] = def.name.split("::");
      const c = kind && name && isIntKind(kind) ? intConstant(kind, name) : void 0;
      if (c) {
        e.res = { kind: "builtin", name: c.name, typeArgs: [] };
        return c.ty;
      }
      break;
    }
    case "fn":
      e.res = { kind: "fn", qname: def.fn.qname, decl: def.fn.decl, typeArgs: [] };
      if (!bc.external) bc.diags.unsupported("functions used as values", e.span);
      return ERR3;
    default:
      break;
  }
  if (!bc.external) bc.diags.error("type", `expected value, found ${describeDef(def)} \`${e.segments.join("::")}\``, e.span);
  return ERR3;
}
function describeDef(def) {
  switch (def.kind) {
    case "mod":
      return "module";
    case "fn":
      return "function";
    case "const":
      return "constant";
    case "struct":
      return "struct";
    case "enum":
      return "enum";
    case "variant":
      return "variant";
    case "prim":
    case "builtinType":
      return "builtin type";
    case "builtinValue":
      return "builtin";
    case "vstd":
      return "module";
  }
}
function unary(bc, e, cx, expected) {
  switch (e.op) {
    case "!": {
      const t = checkExpr(bc, e.operand, cx, expected && bc.infer.shallow(expected).k === "bool" ? BOOL : void 0);
      const s = bc.infer.shallow(t);
      if (s.k === "bool" || bc.infer.isIntegral(s) || bc.isErrorLike(s)) return t;
      bc.diags.error("type", `cannot apply unary operator \`!\` to type \`${bc.show(t)}\``, e.span);
      return ERR3;
    }
    case "-": {
      if (ghostCode(cx)) {
        const t2 = checkExpr(bc, e.operand, cx);
        if (!bc.infer.isIntegral(t2) && !bc.isErrorLike(t2)) bc.diags.error("type", `cannot apply unary operator \`-\` to type \`${bc.show(t2)}\``, e.span);
        return INT2;
      }
      if (e.operand.kind === "int") negatedLiterals.add(e.operand);
      const t = checkExpr(bc, e.operand, cx, expected && bc.infer.isIntegral(expected) ? expected : void 0);
      const s = bc.infer.shallow(t);
      if (bc.infer.isIntVar(s) || bc.isErrorLike(s) || s.k === "int" && s.kind.startsWith("i")) return t;
      bc.diags.error("type", `cannot apply unary operator \`-\` to type \`${bc.show(t)}\``, e.span);
      return ERR3;
    }
    case "*": {
      const t = bc.infer.shallow(checkExpr(bc, e.operand, cx, void 0, "place"));
      if (t.k === "ref") return t.inner;
      if (t.k === "builtin" && t.name === "Box") return t.args[0] ?? ERR3;
      if (bc.isErrorLike(t)) return t;
      if (ghostCode(cx)) return t;
      bc.diags.error("type", `type \`${bc.show(t)}\` cannot be dereferenced`, e.span);
      return ERR3;
    }
  }
}
function binary(bc, e, cx, expected) {
  const op = e.op;
  if (LOGIC.has(op)) {
    checkBool(bc, e.left, cx);
    checkBool(bc, e.right, cx);
    return BOOL;
  }
  if (EQ2.has(op) || ORD.has(op)) {
    const l2 = checkExpr(bc, e.left, cx, void 0, "place");
    const r2 = checkExpr(bc, e.right, cx, void 0, "place");
    compareOperands(bc, l2, r2, e.right.span, cx, ORD.has(op));
    return BOOL;
  }
  if (op === "=~=" || op === "=~~=") {
    const l2 = checkExpr(bc, e.left, cx, void 0, "place");
    checkExpr(bc, e.right, cx, l2, "place");
    return BOOL;
  }
  const l = derefInt(bc, checkExpr(bc, e.left, cx));
  const ls = bc.infer.shallow(l);
  if (op === "+" && ghostCode(cx) && ls.k === "builtin" && ls.name === "Seq") {
    checkExpr(bc, e.right, cx, l);
    return l;
  }
  if ((op === "&" || op === "|" || op === "^") && ls.k === "bool") {
    checkExpr(bc, e.right, cx, BOOL);
    return BOOL;
  }
  if (SHIFTS.has(op)) {
    const r2 = derefInt(bc, checkExpr(bc, e.right, cx));
    requireIntegral(bc, l, e, op);
    requireIntegral(bc, r2, e, op);
    hintLiteral(bc, l, expected, cx);
    return l;
  }
  if (ghostCode(cx) && ARITH.has(op)) {
    const r2 = checkExpr(bc, e.right, cx);
    if (!requireIntegral(bc, l, e, op) || !requireIntegral(bc, r2, e, op)) return ERR3;
    return specArithType(bc, op, l, r2);
  }
  const r = derefInt(bc, checkExpr(bc, e.right, cx));
  if (requireIntegral(bc, l, e, op) && requireIntegral(bc, r, e, op)) bc.coerce(r, l, e.right.span, cx);
  hintLiteral(bc, l, expected, cx);
  return l;
}
function hintLiteral(bc, t, expected, cx) {
  if (expected && !ghostCode(cx) && bc.infer.isIntVar(t) && bc.infer.isIntegral(expected)) bc.infer.unify(t, expected);
}
function derefInt(bc, t) {
  const s = bc.infer.shallow(t);
  if (s.k === "ref" && bc.infer.isIntegral(s.inner)) return bc.infer.shallow(s.inner);
  return t;
}
function specArithType(bc, op, l, r) {
  if (op !== "-" && natOrLit(bc, l) && natOrLit(bc, r) && (isNat(bc, l) || isNat(bc, r))) return NAT;
  return INT2;
}
function isNat(bc, t) {
  const s = bc.infer.shallow(t);
  return s.k === "int" && s.kind === "nat";
}
function natOrLit(bc, t) {
  return isNat(bc, t) || bc.infer.isIntVar(t);
}
function requireIntegral(bc, t, e, op) {
  if (bc.infer.isIntegral(t) || bc.isErrorLike(t)) return true;
  bc.diags.error("type", `cannot apply binary operator \`${op}\` to type \`${bc.show(t)}\``, e.span);
  return false;
}
function compareOperands(bc, l, r, span, cx, ordered) {
  const inf = bc.infer;
  if (inf.isIntegral(l) && inf.isIntegral(r)) {
    if (ghostCode(cx)) return;
  }
  if (ghostCode(cx)) {
    const a = bc.stripRefs(l);
    const b2 = bc.stripRefs(r);
    if (!inf.unify(a, b2) && !bc.isErrorLike(a) && !bc.isErrorLike(b2)) bc.diags.mismatch(bc.show(a), bc.show(b2), span);
  } else if (!inf.unify(l, r) && !bc.isErrorLike(l) && !bc.isErrorLike(r)) {
    bc.diags.mismatch(bc.show(l), bc.show(r), span);
  }
  if (ordered) {
    const s = bc.stripRefs(l);
    if (!inf.isIntegral(s) && s.k !== "char" && !bc.isErrorLike(s)) {
      bc.diags.error("type", `binary operation \`<\` cannot be applied to type \`${bc.show(s)}\``, span);
    }
  }
}
function field(bc, e, cx) {
  const baseTy = checkExpr(bc, e.base, cx, void 0, "place");
  const t = bc.derefAll(baseTy);
  if (bc.isErrorLike(t)) return ERR3;
  if (t.k === "tuple") {
    const i = Number(e.name);
    if (Number.isInteger(i) && i >= 0 && i < t.elems.length) return t.elems[i];
  }
  if (t.k === "adt") {
    const s = bc.tables.structByName.get(t.name);
    const f = s?.info.fields.find((x) => x.name === e.name);
    if (s && f) {
      const mode = s.decl.fields.find((x) => x.name === e.name)?.mode ?? "exec";
      if (mode !== "exec" && cx.mode === "exec" && !bc.external) {
        bc.diags.error("mode", `expression has mode ${mode}, expected mode exec`, e.span);
      }
      if (s.decl.generics.length === 0) return f.ty;
      const m = /* @__PURE__ */ new Map();
      s.decl.generics.forEach((g, i) => m.set(g, t.args[i] ?? ERR3));
      return substParams(f.ty, m);
    }
  }
  bc.diags.error("type", `no field \`${e.name}\` on type \`${bc.show(t)}\``, e.nameSpan);
  return ERR3;
}
function index(bc, e, cx) {
  const baseTy = checkExpr(bc, e.base, cx, void 0, "place");
  const t = bc.derefAll(baseTy);
  if (t.k === "builtin" && t.name === "Vec") return indexInt(bc, e, cx, t.args[0] ?? ERR3, false);
  if (t.k === "builtin" && t.name === "Seq") return indexInt(bc, e, cx, t.args[0] ?? ERR3, true);
  if (t.k === "array" || t.k === "slice") return indexInt(bc, e, cx, t.elem, false);
  if (t.k === "builtin" && t.name === "Map") {
    checkExpr(bc, e.index, { mode: "spec" }, t.args[0]);
    return t.args[1] ?? ERR3;
  }
  checkExpr(bc, e.index, cx);
  if (!bc.isErrorLike(t)) bc.diags.error("type", `cannot index into a value of type \`${bc.show(t)}\``, e.span);
  return ERR3;
}
function indexInt(bc, e, cx, elem, specOnly) {
  if (ghostCode(cx) || specOnly) {
    const it = checkExpr(bc, e.index, cx);
    if (!bc.infer.isIntegral(it) && !bc.isErrorLike(it)) bc.diags.mismatch("int", bc.show(it), e.index.span);
  } else {
    checkExpr(bc, e.index, cx, USIZE2);
  }
  return elem;
}
function view(bc, operand, cx, span) {
  if (cx.mode === "exec" && !bc.external) bc.diags.error("mode", "expression has mode spec, expected mode exec", span);
  const t = bc.derefAll(checkExpr(bc, operand, ghostCode(cx) ? cx : { mode: "spec" }, void 0, "place"));
  if (bc.isErrorLike(t)) return ERR3;
  if (t.k === "builtin") {
    switch (t.name) {
      case "Vec":
        return { k: "builtin", name: "Seq", args: [t.args[0] ?? ERR3] };
      case "Ghost":
      case "Tracked":
        return t.args[0] ?? ERR3;
      case "Seq":
      case "Set":
      case "Map":
        return t;
      default:
        break;
    }
  }
  if (t.k === "array" || t.k === "slice") return { k: "builtin", name: "Seq", args: [t.elem] };
  if (t.k === "adt") {
    const m = userMethod(bc, t, "view");
    if (m) return m.retTy;
  }
  bc.diags.error("type", `no method named \`view\` found for type \`${bc.show(t)}\` in the current scope`, span);
  return ERR3;
}
function ifExpr(bc, e, cx, expected) {
  checkBool(bc, e.cond, cx);
  const elseBranch = e.else;
  if (!elseBranch) {
    branches(bc, [() => checkBlock(bc, e.then, cx, UNIT4), () => {
    }]);
    return UNIT4;
  }
  let thenTy = ERR3;
  let elseTy = ERR3;
  branches(bc, [
    () => {
      thenTy = checkBlock(bc, e.then, cx, expected);
    },
    () => {
      elseTy = "kind" in elseBranch ? checkExpr(bc, elseBranch, cx, expected) : checkBlock(bc, elseBranch, cx, expected);
    }
  ]);
  if (expected) return expected;
  return joinTypes(bc, thenTy, elseTy, elseBranch.span, cx);
}
function joinTypes(bc, a, b2, span, cx) {
  if (bc.infer.shallow(a).k === "never") return b2;
  if (bc.infer.shallow(b2).k === "never") return a;
  bc.coerce(b2, a, span, cx);
  return a;
}
function matchExpr(bc, e, cx, expected) {
  const scrut = checkExpr(bc, e.scrutinee, cx, void 0, "place");
  let result = expected;
  const errorsBefore = bc.diags.list.length;
  branches(bc, e.arms.map((arm) => () => {
    bc.withScope(() => {
      checkPattern(bc, arm.pattern, scrut, cx);
      if (arm.guard) checkBool(bc, arm.guard, cx);
      if (result) {
        checkExpr(bc, arm.body, cx, result);
      } else {
        const t = checkExpr(bc, arm.body, cx);
        if (bc.infer.shallow(t).k !== "never") result = t;
      }
    });
  }));
  if (bc.diags.list.length === errorsBefore) {
    bc.later(() => {
      const missing = uncoveredByArms(bc, e.arms);
      if (missing !== void 0) bc.diags.error("type", `non-exhaustive patterns: \`${missing}\` not covered`, e.scrutinee.span, { primaryLabel: `pattern \`${missing}\` not covered` });
    });
  }
  return result ?? NEVER2;
}
function isExpr(bc, e, cx) {
  const t = bc.derefAll(checkExpr(bc, e.operand, cx, void 0, "place"));
  const name = e.variant[e.variant.length - 1];
  if (t.k === "adt") {
    const en = bc.tables.enumByName.get(t.name);
    const v = en?.decl.variants.find((x) => x.name === name);
    if (en && v) {
      e.res = { kind: "variant", qname: `${en.qname}::${v.name}`, enumDecl: en.decl, variant: v, typeArgs: t.args };
      return BOOL;
    }
  }
  if (t.k === "builtin" && t.name === "Option" && (name === "Some" || name === "None")) {
    e.res = { kind: "builtin", name, typeArgs: t.args };
    return BOOL;
  }
  if (!bc.isErrorLike(t)) bc.diags.error("type", `no variant named \`${name}\` for type \`${bc.show(t)}\``, joinSpans(e.operand.span, e.span));
  return BOOL;
}
function structLit(bc, e, cx) {
  const r = walkPath(bc.scope, e.path);
  const def = r.def;
  let fields;
  let result;
  let generics;
  const shown = e.path.join("::");
  if (def?.kind === "struct") {
    generics = def.s.decl.generics;
    const m = instantiate(bc, generics, []);
    const typeArgs = [...m.values()];
    e.res = { kind: "struct", qname: def.s.qname, decl: def.s.decl, typeArgs };
    bc.later(() => {
      if (e.res?.kind === "struct") e.res.typeArgs = typeArgs.map((t) => bc.infer.zonk(t));
    });
    fields = def.s.info.fields.map((f) => ({ name: f.name, ty: substParams(f.ty, m) }));
    result = { k: "adt", name: def.s.qname, args: typeArgs };
  } else if (def?.kind === "variant") {
    generics = def.e.decl.generics;
    const m = instantiate(bc, generics, []);
    const typeArgs = [...m.values()];
    e.res = { kind: "variant", qname: `${def.e.qname}::${def.variant.name}`, enumDecl: def.e.decl, variant: def.variant, typeArgs };
    bc.later(() => {
      if (e.res?.kind === "variant") e.res.typeArgs = typeArgs.map((t) => bc.infer.zonk(t));
    });
    const info = def.e.info.variants.find((v) => v.name === def.variant.name);
    fields = (info?.fields ?? []).map((f) => ({ name: f.name, ty: substParams(f.ty, m) }));
    result = { k: "adt", name: def.e.qname, args: typeArgs };
  } else {
    bc.diags.error("type", `cannot find struct, variant or union type \`${shown}\` in this scope`, e.pathSpan);
    for (const f of e.fields) checkExpr(bc, f.value, cx);
    if (e.base) checkExpr(bc, e.base, cx);
    return ERR3;
  }
  const seen = /* @__PURE__ */ new Set();
  for (const f of e.fields) {
    const decl = fields.find((x) => x.name === f.name);
    seen.add(f.name);
    if (!decl) {
      bc.diags.error("type", `struct \`${shown}\` has no field named \`${f.name}\``, f.span);
      checkExpr(bc, f.value, cx);
    } else {
      const mode = fieldMode(def, f.name);
      checkExpr(bc, f.value, mode === "exec" || cx.mode === "spec" ? cx : { mode: mode === "spec" ? "spec" : "proof" }, decl.ty);
    }
  }
  if (e.base) checkExpr(bc, e.base, cx, result, "place");
  else {
    const missing = fields.filter((f) => !seen.has(f.name)).map((f) => `\`${f.name}\``);
    if (missing.length) bc.diags.error("type", `missing field${missing.length > 1 ? "s" : ""} ${missing.join(", ")} in initializer of \`${shown}\``, e.pathSpan);
  }
  return result;
}
function fieldMode(def, name) {
  const fields = def.kind === "struct" ? def.s.decl.fields : def.kind === "variant" ? def.variant.fields : [];
  return fields.find((f) => f.name === name)?.mode ?? "exec";
}
function macro(bc, e, cx, expected) {
  if (DIVERGING_MACROS.has(e.name)) return NEVER2;
  if (e.name === "vec") {
    const x = expected ? bc.infer.shallow(expected) : void 0;
    const elem = x?.k === "builtin" && x.name === "Vec" ? x.args[0] : bc.infer.fresh();
    for (const a of e.args ?? []) checkExpr(bc, a, cx, elem);
    return { k: "builtin", name: "Vec", args: [elem] };
  }
  if (!bc.external) bc.diags.unsupported(`macro \`${e.name}!\``, e.span);
  return ERR3;
}
var BOOL, UNIT4, INT2, NAT, USIZE2, ERR3, NEVER2, CHAR, STR_REF, negatedLiterals, ARITH, SHIFTS, LOGIC, EQ2, ORD, DIVERGING_MACROS;
var init_expr = __esm({
  "src/check/expr.ts"() {
    "use strict";
    init_span();
    init_calls();
    init_context();
    init_consts();
    init_lower_type();
    init_modes();
    init_paths();
    init_pattern();
    init_exhaustive();
    init_prelude();
    init_stmt();
    init_infer();
    init_modes();
    init_types();
    BOOL = { k: "bool" };
    UNIT4 = { k: "tuple", elems: [] };
    INT2 = { k: "int", kind: "int" };
    NAT = { k: "int", kind: "nat" };
    USIZE2 = { k: "int", kind: "usize" };
    ERR3 = { k: "error" };
    NEVER2 = { k: "never" };
    CHAR = { k: "char" };
    STR_REF = { k: "ref", mut: false, inner: { k: "str" } };
    negatedLiterals = /* @__PURE__ */ new WeakSet();
    ARITH = /* @__PURE__ */ new Set(["+", "-", "*", "/", "%"]);
    SHIFTS = /* @__PURE__ */ new Set(["<<", ">>"]);
    LOGIC = /* @__PURE__ */ new Set(["&&", "||", "==>", "<==", "<==>"]);
    EQ2 = /* @__PURE__ */ new Set(["==", "!=", "===", "!=="]);
    ORD = /* @__PURE__ */ new Set(["<", "<=", ">", ">="]);
    DIVERGING_MACROS = /* @__PURE__ */ new Set(["unimplemented", "panic", "unreachable", "todo"]);
  }
});

// src/check/signatures.ts
function bindingType(p, declared) {
  if (p.unwrapped && declared.k === "builtin" && (declared.name === "Tracked" || declared.name === "Ghost")) return declared.args[0] ?? { k: "error" };
  return declared;
}
function paramMode(fn, p) {
  if (p.tracked) return "tracked";
  if (p.ghost) return "ghost";
  return fn.mode === "exec" ? "exec" : "ghost";
}
function retMode(fn) {
  if (fn.retTracked) return "tracked";
  return fn.mode === "exec" ? "exec" : "ghost";
}
var IdGen, Signatures;
var init_signatures = __esm({
  "src/check/signatures.ts"() {
    "use strict";
    init_consts();
    init_lower_type();
    init_paths();
    IdGen = class {
      next = 1;
      fresh() {
        return this.next++;
      }
    };
    Signatures = class {
      constructor(tables, diags, ids2) {
        this.tables = tables;
        this.diags = diags;
        this.ids = ids2;
      }
      tables;
      diags;
      ids;
      sigs = /* @__PURE__ */ new Map();
      constValues = /* @__PURE__ */ new Map();
      constValue = (d) => this.valueOf(d.c);
      typeScope(module, impl, fnGenerics) {
        const generics = new Set(fnGenerics);
        if (impl) for (const g of impl.generics) generics.add(g);
        const base = { tables: this.tables, module, impl, generics, constValue: this.constValue, selfType: void 0, fresh: void 0 };
        if (impl) base.selfType = this.selfTypeOf(impl, base);
        return base;
      }
      /** Lowered self types of impls, by impl and module: lowered once, not once per member and use. */
      selfTypes = /* @__PURE__ */ new Map();
      /** The impl's self type (muted: an unresolved one is reported once, by `signature`). */
      selfTypeOf(impl, base) {
        const known = this.selfTypes.get(impl);
        if (known && known.module === base.module) return known.ty;
        const ty = this.diags.withMuted(true, () => lowerType(impl.selfTy, { ...base, generics: new Set(impl.generics) }, this.diags));
        this.selfTypes.set(impl, { module: base.module, ty });
        return ty;
      }
      run() {
        const t = this.tables;
        for (const s of t.structs) {
          const scope = this.typeScope(s.module, void 0, s.decl.generics);
          this.diags.withMuted(!s.decl.verified, () => {
            s.info.fields = s.decl.fields.map((f) => ({ name: f.name, ty: lowerType(f.ty, scope, this.diags) }));
          });
        }
        for (const e of t.enums) {
          const scope = this.typeScope(e.module, void 0, e.decl.generics);
          this.diags.withMuted(!e.decl.verified, () => {
            let nextDisc = 0n;
            e.info.variants = e.decl.variants.map((v) => {
              if (v.discriminant) annotateConstExpr(v.discriminant, scope, { k: "int", kind: "isize" });
              const disc = v.discriminant ? evalConst(v.discriminant, (segs) => walkPath(scope, segs).def, this.constValue) : nextDisc;
              if (typeof disc === "bigint") nextDisc = disc + 1n;
              return {
                name: v.name,
                shape: v.shape,
                fields: v.fields.map((f) => ({ name: f.name, ty: lowerType(f.ty, scope, this.diags) })),
                discriminant: typeof disc === "bigint" ? disc : void 0
              };
            });
          });
        }
        for (const c of t.consts) {
          const scope = this.typeScope(c.module, c.impl, []);
          this.diags.withMuted(!c.decl.verified, () => {
            c.info.ty = lowerType(c.decl.ty, scope, this.diags);
          });
        }
        for (const f of t.fns) this.signature(f);
        for (const c of t.consts) {
          const v = this.valueOf(c);
          if (v !== void 0) c.info.value = v;
        }
      }
      reportedImpls = /* @__PURE__ */ new Set();
      signature(f) {
        const d = f.decl;
        if (f.impl && !f.impl.ownerKey && f.info.verified && !this.reportedImpls.has(f.impl)) {
          this.reportedImpls.add(f.impl);
          const scope2 = this.typeScope(f.module, void 0, f.impl.generics);
          lowerType(f.impl.selfTy, scope2, this.diags);
        }
        const scope = this.typeScope(f.module, f.impl, d.generics);
        this.diags.withMuted(!f.info.verified, () => this.lowerSignature(f, scope));
      }
      lowerSignature(f, scope) {
        const d = f.decl;
        const paramTys = [];
        const params = [];
        for (const p of d.params) {
          const declared = lowerType(p.ty, scope, this.diags);
          paramTys.push(declared);
          const id = this.ids.fresh();
          p.id = id;
          params.push({ name: p.name, id, ty: bindingType(p, declared), mode: paramMode(d, p) });
        }
        const retTy = d.ret ? lowerType(d.ret, scope, this.diags) : { k: "tuple", elems: [] };
        f.info.params = params;
        f.info.retTy = retTy;
        if (d.retName) f.info.retId = this.ids.fresh();
        const generics = f.impl?.generics.length ? [...f.impl.generics, ...d.generics] : d.generics;
        this.sigs.set(d, { entry: f, generics, paramTys, retTy, selfType: scope.selfType });
      }
      valueOf(c) {
        const known = this.constValues.get(c);
        if (known === "busy") return void 0;
        if (this.constValues.has(c)) return known;
        if (!c.decl.value) return void 0;
        this.constValues.set(c, "busy");
        const scope = this.typeScope(c.module, c.impl, []);
        const v = evalConst(c.decl.value, (segs) => walkPath(scope, segs).def, this.constValue);
        this.constValues.set(c, v);
        return v;
      }
    };
  }
});

// src/check/body.ts
function checkFnBody(f, tables, sigs, diags, ids2) {
  const d = f.decl;
  const sig = sigs.sigs.get(d);
  if (!sig) return;
  const bc = new BodyChecker(tables, sigs, sigs.typeScope(f.module, f.impl, d.generics), diags, ids2);
  bc.fn = d;
  bc.fnMode = d.mode;
  bc.retTy = sig.retTy;
  const params = f.info.params;
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    bc.declare(p.name, p.ty, p.mode, d.params[i]?.mutBinding ?? false, p.id);
  }
  for (const r of d.requires) checkBool(bc, r, SPEC2);
  for (const e of d.decreases) checkExpr(bc, e, SPEC2);
  bc.withScope(() => {
    if (d.retName) bc.declare(d.retName, sig.retTy, retMode(d), false, f.info.retId);
    for (const e of d.ensures) checkBool(bc, e, SPEC2);
  });
  for (const e of d.returns) checkExpr(bc, e, SPEC2, sig.retTy);
  if (d.body && !d.uninterp) {
    const body = d.body;
    bc.external = d.flags.externalBody;
    diags.withMuted(bc.external, () => checkBlock(bc, body, { mode: bc.fnMode }, sig.retTy));
  }
  bc.finish(checkLiteralRange);
}
function checkConstBody(c, tables, sigs, diags, ids2) {
  if (!c.decl.value) return;
  const bc = new BodyChecker(tables, sigs, sigs.typeScope(c.module, c.impl, []), diags, ids2);
  checkExpr(bc, c.decl.value, { mode: c.decl.mode === "spec" ? "spec" : "exec" }, c.info.ty);
  bc.finish(checkLiteralRange);
}
var SPEC2;
var init_body = __esm({
  "src/check/body.ts"() {
    "use strict";
    init_context();
    init_expr();
    init_signatures();
    init_stmt();
    SPEC2 = { mode: "spec" };
  }
});

// src/check/scopes.ts
var ModuleScope;
var init_scopes = __esm({
  "src/check/scopes.ts"() {
    "use strict";
    ModuleScope = class {
      constructor(crateName2, path2, parent, file) {
        this.crateName = crateName2;
        this.path = path2;
        this.parent = parent;
        this.file = file;
      }
      crateName;
      path;
      parent;
      file;
      defs = /* @__PURE__ */ new Map();
      imports = /* @__PURE__ */ new Map();
      globs = [];
      children = /* @__PURE__ */ new Map();
      get qprefix() {
        return [this.crateName, ...this.path].join("::");
      }
      get root() {
        return this.parent ? this.parent.root : this;
      }
      addUse(tree) {
        if (tree.glob) {
          this.globs.push({ path: tree.path, span: tree.span });
          return;
        }
        const last = tree.path[tree.path.length - 1];
        if (!last) return;
        const path2 = last === "self" ? tree.path.slice(0, -1) : tree.path;
        const name = tree.alias ?? path2[path2.length - 1];
        if (!name || name === "_") return;
        this.imports.set(name, { name, path: path2, span: tree.span, state: "todo" });
      }
    };
  }
});

// src/check/collect.ts
function collectCrate(crate) {
  const root = new ModuleScope(crate.name, [], void 0, crate.root);
  const tables = {
    name: crate.name,
    root,
    fns: [],
    structs: [],
    enums: [],
    consts: [],
    assoc: /* @__PURE__ */ new Map(),
    fnByDecl: /* @__PURE__ */ new Map(),
    structByName: /* @__PURE__ */ new Map(),
    enumByName: /* @__PURE__ */ new Map(),
    broadcastUses: []
  };
  const impls = [];
  collectItems(crate.root.items, root, crate.root, tables, impls, crate);
  for (const { item, module, file } of impls) collectImpl(item, module, file, tables);
  sealNameTables(tables);
  return tables;
}
function collectItems(items, module, file, tables, impls, crate) {
  for (const item of items ?? []) {
    switch (item.kind) {
      case "verus":
        collectItems(item.items, module, file, tables, impls, crate);
        break;
      case "include":
        collectItems(item.items, module, fileOf(crate, item.items, file), tables, impls, crate);
        break;
      case "mod": {
        const child = new ModuleScope(tables.name, [...module.path, item.name], module, fileOf(crate, item.items, file));
        module.children.set(item.name, child);
        define2(module, item.name, { kind: "mod", module: child });
        collectItems(item.items, child, child.file, tables, impls, crate);
        break;
      }
      case "use":
        for (const t of item.trees) module.addUse(t);
        break;
      case "broadcast_use":
        for (const p of item.paths) tables.broadcastUses.push({ path: p.path, span: p.span, module });
        break;
      case "fn": {
        const entry = makeFn(item, module, file, void 0, `${module.qprefix}::${item.name}`);
        tables.fns.push(entry);
        tables.fnByDecl.set(item, entry);
        define2(module, item.name, { kind: "fn", fn: entry });
        break;
      }
      case "const": {
        const entry = makeConst(item, module, file, void 0, `${module.qprefix}::${item.name}`);
        tables.consts.push(entry);
        define2(module, item.name, { kind: "const", c: entry });
        break;
      }
      case "struct": {
        const qname = `${module.qprefix}::${item.name}`;
        const entry = { qname, decl: item, module, info: { qname, decl: item, generics: item.generics, fields: [] } };
        tables.structs.push(entry);
        tables.structByName.set(qname, entry);
        define2(module, item.name, { kind: "struct", s: entry });
        break;
      }
      case "enum": {
        const qname = `${module.qprefix}::${item.name}`;
        const entry = { qname, decl: item, module, info: { qname, decl: item, generics: item.generics, variants: [] } };
        tables.enums.push(entry);
        tables.enumByName.set(qname, entry);
        define2(module, item.name, { kind: "enum", e: entry });
        break;
      }
      case "impl":
        impls.push({ item, module, file });
        break;
      case "opaque":
        break;
    }
  }
}
function fileOf(crate, items, fallback) {
  const first = items?.[0];
  if (!first) return fallback;
  return crate.files.find((f) => f.path === first.span.file) ?? fallback;
}
function define2(module, name, def) {
  if (!module.defs.has(name)) module.defs.set(name, def);
}
function collectImpl(item, module, file, tables) {
  const ownerKey = implOwnerKey(item, module, tables);
  const impl = { selfTy: item.selfTy, generics: item.generics, ownerKey };
  const ownerName = ownerKey ?? typeText(item);
  let table = ownerKey ? tables.assoc.get(ownerKey) : void 0;
  if (ownerKey && !table) {
    table = /* @__PURE__ */ new Map();
    tables.assoc.set(ownerKey, table);
  }
  const isTraitImpl = item.traitName !== void 0;
  for (const sub2 of item.items) {
    const qname = `${ownerName.startsWith(tables.name + "::") ? ownerName : `${module.qprefix}::${ownerName}`}::${sub2.name}`;
    if (sub2.kind === "fn") {
      const entry = makeFn(sub2, module, file, impl, qname);
      tables.fns.push(entry);
      tables.fnByDecl.set(sub2, entry);
      if (!isTraitImpl && table && !table.has(sub2.name)) table.set(sub2.name, { kind: "fn", fn: entry });
    } else {
      const entry = makeConst(sub2, module, file, impl, qname);
      tables.consts.push(entry);
      if (!isTraitImpl && table && !table.has(sub2.name)) table.set(sub2.name, { kind: "const", c: entry });
    }
  }
}
function implOwnerKey(item, module, tables) {
  const t = item.selfTy;
  if (t.kind !== "path") return void 0;
  const d = walkPath({ tables, module }, t.segments).def;
  if (d?.kind === "struct") return d.s.qname;
  if (d?.kind === "enum") return d.e.qname;
  return void 0;
}
function typeText(item) {
  return item.selfTy.kind === "path" ? item.selfTy.segments.join("::") : "impl";
}
function makeFn(decl, module, file, impl, qname) {
  const verified = decl.verified && !decl.flags.external;
  return {
    qname,
    decl,
    file,
    module,
    impl,
    info: {
      qname,
      decl,
      file,
      modulePath: module.path,
      implType: impl?.ownerKey,
      params: [],
      retTy: { k: "tuple", elems: [] },
      verified
    }
  };
}
function makeConst(decl, module, file, impl, qname) {
  return { qname, decl, file, module, impl, info: { qname, decl, ty: { k: "error" } } };
}
var init_collect = __esm({
  "src/check/collect.ts"() {
    "use strict";
    init_paths();
    init_scopes();
  }
});

// src/check/unsupported.ts
function reportUnsupportedItems(items, diags) {
  for (const it of items ?? []) {
    switch (it.kind) {
      case "verus":
      case "mod":
      case "include":
        reportUnsupportedItems(it.items, diags);
        break;
      case "const":
        if (it.verified && it.isStatic) diags.unsupported("static items", it.span);
        break;
      case "impl":
        for (const sub2 of it.items) if (sub2.kind === "const" && sub2.verified && sub2.isStatic) diags.unsupported("static items", sub2.span);
        break;
      default:
        break;
    }
  }
}
var init_unsupported = __esm({
  "src/check/unsupported.ts"() {
    "use strict";
  }
});

// src/check/index.ts
function checkCrate(crate, options = {}) {
  const result = checkCrateAll(crate);
  const quiet = options.quietFiles;
  if (!quiet || quiet.size === 0) return result;
  return { checked: result.checked, diagnostics: result.diagnostics.filter((d) => !quiet.has(d.span.file)) };
}
function checkCrateAll(crate) {
  const diags = new Diags();
  const ids2 = new IdGen();
  const empty = {
    name: crate.name,
    files: crate.files,
    fns: [],
    fnByDecl: /* @__PURE__ */ new Map(),
    structs: /* @__PURE__ */ new Map(),
    enums: /* @__PURE__ */ new Map(),
    consts: /* @__PURE__ */ new Map(),
    broadcastLemmas: []
  };
  let tables;
  let sigs;
  try {
    tables = collectCrate(crate);
    sigs = new Signatures(tables, diags, ids2);
    sigs.run();
  } catch (err) {
    diags.error("internal", `internal checker error: ${errorText(err)}`, crate.root.items[0]?.span ?? { file: crate.root.path, start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 });
    return { checked: empty, diagnostics: diags.list };
  }
  guarded(diags, crate.root.items[0]?.span, () => reportUnsupportedItems(crate.root.items, diags));
  for (const f of tables.fns) {
    if (!f.info.verified) continue;
    guarded(diags, f.decl.span, () => checkFnBody(f, tables, sigs, diags, ids2));
  }
  for (const c of tables.consts) {
    if (!c.decl.verified) continue;
    guarded(diags, c.decl.span, () => checkConstBody(c, tables, sigs, diags, ids2));
  }
  return { checked: buildChecked(crate, tables, diags), diagnostics: diags.list };
}
function guarded(diags, span, f) {
  try {
    f();
  } catch (err) {
    if (!span) return;
    if (isStackOverflow(err)) diags.error("unsupported", NESTED_TOO_DEEPLY, span);
    else diags.error("internal", `internal checker error: ${errorText(err)}`, span);
  }
}
function errorText(err) {
  return err instanceof Error ? err.message : String(err);
}
function attachTypeInvariant(f, t, diags) {
  const p0 = f.info.params[0]?.ty;
  const p0s = p0?.k === "ref" ? p0.inner : p0;
  const owner = f.impl?.ownerKey ?? (p0s?.k === "adt" ? p0s.name : void 0);
  const shapeOk = f.decl.mode === "spec" && f.info.params.length === 1 && f.info.retTy.k === "bool" && p0s?.k === "adt" && p0s.name === owner;
  const s = owner ? t.structByName.get(owner) : void 0;
  const e = owner ? t.enumByName.get(owner) : void 0;
  if (!shapeOk || !s && !e) {
    diags.error("unsupported", "not supported: `#[verifier::type_invariant]` on a fn that is not a `spec fn(&self) -> bool` of a struct or enum", f.decl.nameSpan);
    return;
  }
  if (s?.info.typeInvariant || e && t.fns.some((g) => g !== f && g.decl.flags.typeInvariant && g.info.params.length === 1 && (g.impl?.ownerKey ?? adtName(g.info.params[0].ty)) === owner && t.fns.indexOf(g) < t.fns.indexOf(f))) {
    diags.error("unsupported", "not supported: a second `#[verifier::type_invariant]` for one type", f.decl.nameSpan);
    return;
  }
  if (s) s.info.typeInvariant = f.info;
}
function adtName(ty) {
  const t = ty.k === "ref" ? ty.inner : ty;
  return t.k === "adt" ? t.name : void 0;
}
function buildChecked(crate, t, diags) {
  const fnByDecl = /* @__PURE__ */ new Map();
  for (const f of t.fns) fnByDecl.set(f.decl, f.info);
  for (const f of t.fns) if (f.decl.flags.typeInvariant) attachTypeInvariant(f, t, diags);
  const broadcastLemmas = [];
  for (const u of t.broadcastUses) {
    const d = walkPath({ tables: t, module: u.module }, u.path).def;
    if (d?.kind === "fn") {
      if (!broadcastLemmas.includes(d.fn.qname)) broadcastLemmas.push(d.fn.qname);
    } else if (!d) {
      diags.error("type", `cannot find \`${u.path.join("::")}\` in this scope`, u.span);
    }
  }
  return {
    name: crate.name,
    files: crate.files,
    fns: t.fns.map((f) => f.info),
    fnByDecl,
    structs: new Map(t.structs.map((s) => [s.qname, s.info])),
    enums: new Map(t.enums.map((e) => [e.qname, e.info])),
    consts: new Map(t.consts.map((c) => [c.qname, c.info])),
    broadcastLemmas
  };
}
var init_check = __esm({
  "src/check/index.ts"() {
    "use strict";
    init_stack_limit();
    init_body();
    init_collect();
    init_diagnostics();
    init_paths();
    init_signatures();
    init_unsupported();
  }
});

// src/report/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprint(d, clauseText, crateName2) {
  const crate = crateName2 ?? d.function?.split("::")[0];
  const neutral = (s) => crate ? s.replace(new RegExp(`(?<![\\w:])${escapeRegExp(crate)}::`, "g"), "crate::") : s;
  const parts = [d.span.file, neutral(d.function ?? ""), d.kind, neutral(d.message), neutral(clauseText.replace(/\s+/g, " ").trim())];
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 20);
}
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var init_fingerprint = __esm({
  "src/report/fingerprint.ts"() {
    "use strict";
  }
});

// src/report/kinds.ts
function kindUrl(kind) {
  return `${DOCS_BASE}#${kind}`;
}
var DOCS_BASE, KIND_HELP;
var init_kinds = __esm({
  "src/report/kinds.ts"() {
    "use strict";
    DOCS_BASE = "https://github.com/proofgate/proofgate/blob/v0/docs/diagnostics.md";
    KIND_HELP = {
      precondition: { title: "Call precondition", help: "establish the callee's `requires` before the call (an `assert`, or a `requires` of the caller's own that implies it)" },
      postcondition: { title: "Postcondition", help: "every path out of the function must establish this `ensures`: strengthen the `requires`, or prove it on each path with `assert`s or lemma calls" },
      assertion: { title: "Assertion", help: "the counterexample gives values for which the `assert` is false: add the fact that rules them out to a `requires` or an invariant, or prove it first" },
      "invariant-entry": { title: "Loop invariant on entry", help: "the invariant must hold before the first iteration: initialise the variables it mentions, or weaken it" },
      "invariant-end": { title: "Loop invariant preserved", help: "the loop body must re-establish the invariant at the end of each iteration; facts from before the loop are only known through the invariant" },
      "invariant-break": { title: "Loop invariant at exit", help: "the invariant (or `ensures` of the loop) must hold at each `break`; prove it before breaking" },
      decreases: { title: "Decreases", help: "the `decreases` measure must shrink on every iteration or recursive call and stay bounded below (e.g. `n - i` with `i <= n` in the invariant)" },
      termination: { title: "Termination", help: "recursion must stop: give the function a `decreases` clause that every recursive call makes smaller" },
      overflow: { title: "Arithmetic overflow", help: "bound the operands with a `requires` or an invariant so the result fits the type, or use wrapping or checked arithmetic" },
      division: { title: "Division by zero", help: "prove the divisor non-zero (a `requires` or an `assert` before the division)" },
      shift: { title: "Shift amount", help: "the shift amount must be below the bit width of the type: bound it with a `requires` or an `assert`" },
      index: { title: "Index in bounds", help: "prove the index below the length (`i < v.len()`) before indexing" },
      "type-invariant": { title: "Type invariant", help: "a value built or changed here must satisfy its type's `#[verifier::type_invariant]` function" },
      timeout: { title: "Solver gave up", help: "this is not a proof: split the function, add intermediate `assert`s or lemmas, or raise --timeout-ms" },
      disagreement: { title: "Solvers disagree", help: "z3 and cvc5 (--cross-check) decided this goal differently, so neither answer is trusted: report it with the --dump-smt query" },
      syntax: { title: "Syntax", help: "the file must parse as Rust with Verus notation; the message says what was expected" },
      type: { title: "Types and names", help: "rustc would reject this too: fix the name or the type the message points at" },
      mode: { title: "Modes (spec, proof, exec)", help: "spec, proof and exec code mix only as Verus allows: exec code cannot use ghost values, spec code cannot call exec functions" },
      unsupported: { title: "Not supported", help: "Proofgate cannot check this construct, so it refuses rather than pass it unproved; rewrite it or report it" },
      internal: { title: "Proofgate failed here", help: "Proofgate crashed or ran out of stack on this file or function; nothing here was checked, the rest of the run went on: please report it with the file" },
      "verifier-output": { title: "Verifier output not understood", help: "a line of the verifier's output could not be read, so it is reported rather than dropped: look at the verifier's log" }
    };
  }
});

// src/report/human.ts
function renderHuman(d, sources) {
  const snippets = [{ span: d.span, marker: "^", text: d.primaryLabel }, ...d.labels.map((l) => ({ span: l.span, marker: "-", text: l.message }))];
  const width = Math.max(...snippets.map((s) => String(s.span.line).length));
  const pad = " ".repeat(width);
  const out = [`${d.severity}: ${d.message}`];
  snippets.forEach((s, i) => {
    const sameFileAsPrevious = i > 0 && snippets[i - 1].span.file === s.span.file;
    if (i === 0) out.push(`${pad}--> ${location2(s.span)}`);
    else if (!sameFileAsPrevious || s.span.line !== snippets[i - 1].span.line) out.push(`${pad}::: ${location2(s.span)}`);
    out.push(`${pad} |`);
    const map = sources.get(s.span.file);
    const raw = map ? map.lineText(s.span.line) : "";
    const endCol = s.span.endLine === s.span.line ? s.span.endColumn : raw.length + 1;
    const from = expandTabs(raw.slice(0, s.span.column - 1)).length;
    const to = Math.max(from + 1, expandTabs(raw.slice(0, endCol - 1)).length);
    const view2 = clip(expandTabs(raw), from, to);
    out.push(`${String(s.span.line).padEnd(width)} | ${view2.text}`);
    out.push(`${pad} | ${" ".repeat(view2.from)}${s.marker.repeat(view2.to - view2.from)}${s.text ? " " + s.text : ""}`);
  });
  const notes = [...d.notes ?? []];
  if (d.counterexample && Object.keys(d.counterexample).length > 0) notes.push(`counterexample: ${formatCounterexample(d.counterexample)}`);
  out.push(`${pad} |`);
  for (const n of notes) out.push(`${pad} = note: ${n}`);
  out.push(`${pad} = help: ${KIND_HELP[d.kind].help}`);
  out.push(`${pad} = note: for more information, see ${kindUrl(d.kind)}`);
  return out.join("\n");
}
function formatCounterexample(cex) {
  return Object.entries(cex).map(([k, v]) => `${k} = ${withHex(v)}`).join(", ");
}
function withHex(v) {
  if (!/^-?\d+$/.test(v)) return v;
  const n = BigInt(v);
  const abs = n < 0n ? -n : n;
  if (abs <= 0xffffn) return v;
  const hex = abs.toString(16).replace(/\B(?=(?:[0-9a-f]{4})+$)/g, "_");
  return `${v} (${n < 0n ? "-" : ""}0x${hex})`;
}
function location2(s) {
  return `${s.file}:${s.line}:${s.column}`;
}
function clip(line, from, to) {
  if (line.length <= MAX_LINE) return { text: line, from, to };
  const start = Math.max(0, Math.min(from - 40, line.length - MAX_LINE));
  const end = start + MAX_LINE;
  const head = start > 0 ? "..." : "";
  const text = head + line.slice(start, end) + (end < line.length ? "..." : "");
  const shift2 = head.length - start;
  return { text, from: from + shift2, to: Math.min(to, end) + shift2 };
}
function expandTabs(s) {
  return s.replace(/\t/g, "    ");
}
var MAX_LINE;
var init_human = __esm({
  "src/report/human.ts"() {
    "use strict";
    init_kinds();
    MAX_LINE = 160;
  }
});

// src/report/build-results.ts
function buildResults(input, sources) {
  const diagnostics = sortDiagnostics(input.diagnostics).map((d) => toResultsDiagnostic(d, sources, input.crateOfFile?.get(d.span.file)));
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  return {
    tool: { name: "proofgate", version: input.version, solver: input.solver },
    mode: input.mode,
    summary: {
      verified: input.units.filter((u) => u.status === "verified" || u.status === "cached").length,
      errors,
      functions: new Set(input.units.map((u) => u.function)).size,
      cached: input.units.filter((u) => u.status === "cached").length,
      seconds: Math.round(input.seconds * 1e3) / 1e3,
      ...input.itemsChecked !== void 0 ? { items: input.itemsChecked } : {}
    },
    ...input.shard ? { shard: { index: input.shard.index, count: input.shard.count } } : {},
    diagnostics,
    units: input.units.map((u) => ({ ...u }))
  };
}
function toResultsDiagnostic(d, sources, crateName2) {
  const clause = sources.slice(clauseSpan(d));
  return {
    severity: d.severity,
    kind: d.kind,
    message: d.message,
    ...position(d.span),
    ...d.function ? { function: d.function } : {},
    labels: d.labels.map((l) => ({ message: l.message, ...position(l.span) })),
    ...d.counterexample ? { counterexample: d.counterexample } : {},
    fingerprint: fingerprint(d, clause, crateName2),
    rendered: renderHuman(d, sources),
    ...clause ? { clause } : {}
  };
}
function clauseSpan(d) {
  if (d.primaryLabel?.startsWith("failed")) return d.span;
  return d.labels.find((l) => l.message.startsWith("failed"))?.span ?? d.span;
}
function position(s) {
  return { file: s.file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn };
}
function sortDiagnostics(ds) {
  return [...ds].sort((a, b2) => a.span.file < b2.span.file ? -1 : a.span.file > b2.span.file ? 1 : a.span.line - b2.span.line || a.span.column - b2.span.column || (a.message < b2.message ? -1 : a.message > b2.message ? 1 : 0));
}
function summaryLine(r) {
  if (r.mode === "analyze") return `analysis results:: ${r.summary.functions} functions analyzed, ${r.summary.warnings ?? 0} warnings, ${r.summary.skipped ?? 0} skipped`;
  return r.mode === "verify" ? `verification results:: ${r.summary.verified} verified, ${r.summary.errors} errors` : `check results:: ${r.summary.items ?? 0} items checked, ${r.summary.errors} errors`;
}
var init_build_results = __esm({
  "src/report/build-results.ts"() {
    "use strict";
    init_fingerprint();
    init_human();
  }
});

// src/report/internal-error.ts
function internalError(stage, err, span, fn) {
  const reason = isStackOverflow(err) ? "code nested too deeply for proofgate (its stack ran out); split this expression or block" : (err instanceof Error ? err.message : String(err)).split("\n")[0];
  return diag("internal", `internal error while ${stage}: ${reason}`, span, fn ? { function: fn } : {});
}
var init_internal_error = __esm({
  "src/report/internal-error.ts"() {
    "use strict";
    init_diagnostic();
    init_stack_limit();
  }
});

// src/report/sources.ts
var SourceSet;
var init_sources = __esm({
  "src/report/sources.ts"() {
    "use strict";
    init_span();
    SourceSet = class {
      maps = /* @__PURE__ */ new Map();
      add(path2, text) {
        if (!this.maps.has(path2)) this.maps.set(path2, new LineMap(path2, text));
      }
      get(path2) {
        return this.maps.get(path2);
      }
      /** The source text a span covers, or '' when the file is unknown. */
      slice(span) {
        const m = this.maps.get(span.file);
        return m ? m.text.slice(span.start, span.end) : "";
      }
    };
  }
});

// src/smt/cache.ts
import { createHash as createHash2, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync as readFileSync3, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
function queryKey(q, solverName, timeoutMs) {
  const material = JSON.stringify({
    format: FORMAT,
    solverName,
    timeoutMs: q.timeoutMs ?? timeoutMs,
    logic: q.logic ?? "ALL",
    prelude: q.prelude,
    goals: q.goals.map((g) => [g.label, g.term, g.cex.map((c) => [c.name, c.term, c.sort])])
  });
  return createHash2("sha256").update(material).digest("hex");
}
function isEntry(v) {
  if (typeof v !== "object" || v === null) return false;
  const e = v;
  return e.format === FORMAT && typeof e.key === "string" && Array.isArray(e.goals) && e.goals.every(isGoalResult);
}
function isGoalResult(v) {
  if (typeof v !== "object" || v === null) return false;
  const g = v;
  if (typeof g.label !== "string" || g.status !== "proved" && g.status !== "failed") return false;
  if (g.model === void 0) return true;
  return typeof g.model === "object" && g.model !== null && Object.values(g.model).every((x) => typeof x === "string");
}
var FORMAT, ProofCache;
var init_cache = __esm({
  "src/smt/cache.ts"() {
    "use strict";
    FORMAT = 1;
    ProofCache = class {
      constructor(dir) {
        this.dir = dir;
      }
      dir;
      get(key) {
        let text;
        try {
          text = readFileSync3(this.file(key), "utf8");
        } catch {
          return void 0;
        }
        try {
          const entry = JSON.parse(text);
          if (isEntry(entry) && entry.key === key) return entry.goals;
        } catch {
        }
        try {
          rmSync(this.file(key), { force: true });
        } catch {
        }
        return void 0;
      }
      /** Stores the goals if every one has a definite answer; otherwise does nothing. */
      put(key, goals) {
        if (!goals.every((g) => g.status === "proved" || g.status === "failed")) return;
        const file = this.file(key);
        const entry = { format: FORMAT, key, goals };
        const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
        try {
          mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
          writeFileSync(tmp, JSON.stringify(entry));
          renameSync(tmp, file);
        } catch {
          try {
            rmSync(tmp, { force: true });
          } catch {
          }
        }
      }
      file(key) {
        return join(this.dir, key.slice(0, 2), `${key}.json`);
      }
    };
  }
});

// src/smt/backend.ts
function guardFor(timeoutMs) {
  return Math.round(timeoutMs * 1.2) + 1e3;
}
var SolverTimeoutError, SolverCrashError;
var init_backend = __esm({
  "src/smt/backend.ts"() {
    "use strict";
    SolverTimeoutError = class extends Error {
      constructor(message2) {
        super(message2);
        this.name = "SolverTimeoutError";
      }
    };
    SolverCrashError = class extends Error {
      constructor(message2) {
        super(message2);
        this.name = "SolverCrashError";
      }
    };
  }
});

// src/smt/sexpr.ts
function parseSexprs(text) {
  const out = [];
  const stack = [];
  let i = 0;
  const push2 = (e) => {
    const top = stack[stack.length - 1];
    if (top) top.push(e);
    else out.push(e);
  };
  while (i < text.length) {
    const c = text[i];
    if (c === " " || c === "\n" || c === "	" || c === "\r") {
      i++;
      continue;
    }
    if (c === ";") {
      while (i < text.length && text[i] !== "\n") i++;
      continue;
    }
    if (c === "(") {
      stack.push([]);
      i++;
      continue;
    }
    if (c === ")") {
      const done = stack.pop();
      if (done) push2(done);
      i++;
      continue;
    }
    if (c === '"') {
      let j2 = i + 1;
      for (; ; ) {
        if (j2 >= text.length) break;
        if (text[j2] === '"') {
          if (text[j2 + 1] === '"') {
            j2 += 2;
            continue;
          }
          break;
        }
        j2++;
      }
      push2(text.slice(i, j2 + 1));
      i = j2 + 1;
      continue;
    }
    if (c === "|") {
      const j2 = text.indexOf("|", i + 1);
      const end = j2 < 0 ? text.length : j2 + 1;
      push2(text.slice(i, end));
      i = end;
      continue;
    }
    let j = i;
    while (j < text.length && !' \n	\r()";'.includes(text[j])) j++;
    push2(text.slice(i, j));
    i = j;
  }
  return out;
}
function printSexpr(e) {
  return typeof e === "string" ? e : `(${e.map(printSexpr).join(" ")})`;
}
function unquote(s) {
  return s.startsWith('"') && s.endsWith('"') && s.length >= 2 ? s.slice(1, -1).replace(/""/g, '"') : s;
}
function renderValue(v) {
  const n = integerValue(v);
  if (n !== void 0) return n.toString();
  return printSexpr(v);
}
function integerValue(v) {
  if (typeof v === "string") {
    if (/^\d+$/.test(v)) return BigInt(v);
    if (/^#x[0-9a-fA-F]+$/.test(v)) return BigInt("0x" + v.slice(2));
    if (/^#b[01]+$/.test(v)) return BigInt("0b" + v.slice(2));
    return void 0;
  }
  if (v.length === 2 && v[0] === "-") {
    const inner = integerValue(v[1]);
    return inner === void 0 ? void 0 : -inner;
  }
  if (v.length === 3 && v[0] === "_" && typeof v[1] === "string" && /^bv\d+$/.test(v[1])) {
    return BigInt(v[1].slice(2));
  }
  return void 0;
}
function isBalanced(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === SEMICOLON) {
      const eol = text.indexOf("\n", i);
      if (eol < 0) break;
      i = eol;
    } else if (c === QUOTE) {
      for (i++; ; i += 2) {
        i = text.indexOf('"', i);
        if (i < 0) return false;
        if (text.charCodeAt(i + 1) !== QUOTE) break;
      }
    } else if (c === BAR) {
      i = text.indexOf("|", i + 1);
      if (i < 0) return false;
    } else if (c === OPEN) depth++;
    else if (c === CLOSE && --depth < 0) return false;
  }
  return depth === 0;
}
var SEMICOLON, QUOTE, BAR, OPEN, CLOSE;
var init_sexpr = __esm({
  "src/smt/sexpr.ts"() {
    "use strict";
    SEMICOLON = 59;
    QUOTE = 34;
    BAR = 124;
    OPEN = 40;
    CLOSE = 41;
  }
});

// src/smt/replies.ts
function readReply(text) {
  const errors = [];
  const items = [];
  for (const e of parseSexprs(text)) {
    if (Array.isArray(e) && e[0] === "error") errors.push(e.slice(1).map((x) => typeof x === "string" ? unquote(x) : printSexpr(x)).join(" "));
    else if (e === "unsupported" || e === "success") continue;
    else items.push(e);
  }
  return { errors, items };
}
function satAnswer(reply) {
  for (const e of reply.items) if (e === "sat" || e === "unsat" || e === "unknown") return e;
  return void 0;
}
function reasonUnknown(reply) {
  for (const e of reply.items) {
    if (Array.isArray(e) && e[0] === ":reason-unknown" && e[1] !== void 0) {
      const text = typeof e[1] === "string" ? unquote(e[1]) : printSexpr(e[1]);
      return text.replace(/^\((.*)\)$/s, "$1");
    }
  }
  return void 0;
}
function isResourceOut(reason) {
  return /timeout|canceled|cancelled|rlimit|resource limit|interrupted/i.test(reason);
}
function valuesOf(reply) {
  for (const e of reply.items) {
    if (Array.isArray(e) && e.every((p) => Array.isArray(p) && p.length === 2)) {
      return e.map((p) => p[1]);
    }
  }
  return void 0;
}
var init_replies = __esm({
  "src/smt/replies.ts"() {
    "use strict";
    init_sexpr();
  }
});

// src/smt/session-lease.ts
function soleLease(backend) {
  const send = async (commands, guardMs) => {
    const start = performance.now();
    const out = await backend.send(commands, guardMs);
    return { out, ms: performance.now() - start };
  };
  return { open: send, send, claim: () => Promise.resolve(true), release: () => void 0 };
}
var SharedSession, Lease;
var init_session_lease = __esm({
  "src/smt/session-lease.ts"() {
    "use strict";
    SharedSession = class {
      constructor(backend) {
        this.backend = backend;
      }
      backend;
      /** The lease holding the session alone, if any; openings and claims wait while one does. */
      holder;
      waiters = [];
      /** Whose commands were written last: only that query's state can still be in z3. */
      lastWriter;
      lease() {
        return new Lease(this);
      }
      async writeOpening(lease, commands, guardMs) {
        while (this.holder) await this.released();
        this.lastWriter = lease;
        return this.backend.sendFresh(commands, guardMs);
      }
      /** Takes the session for `lease` alone; true if `lease` wrote last, in z3 process `process`. */
      async take(lease, process2) {
        while (this.holder) await this.released();
        this.holder = lease;
        await this.backend.idle();
        return this.lastWriter === lease && this.backend.processNumber === process2;
      }
      writeFollowUp(lease, commands, guardMs) {
        if (this.holder !== lease) return Promise.reject(new Error("internal: solver follow-up without a claim"));
        this.lastWriter = lease;
        return this.backend.sendTimed(commands, guardMs);
      }
      give(lease) {
        if (this.holder !== lease) return;
        this.holder = void 0;
        for (const w of this.waiters.splice(0)) w();
      }
      released() {
        return new Promise((resolve3) => this.waiters.push(resolve3));
      }
    };
    Lease = class {
      constructor(session) {
        this.session = session;
      }
      session;
      /** The z3 process that answered the opening (a restart loses the state). */
      process = -1;
      async open(commands, guardMs) {
        const reply = await this.session.writeOpening(this, commands, guardMs);
        this.process = this.session.backend.processNumber;
        return reply;
      }
      claim() {
        return this.session.take(this, this.process);
      }
      send(commands, guardMs) {
        return this.session.writeFollowUp(this, commands, guardMs);
      }
      release() {
        this.session.give(this);
      }
    };
  }
});

// src/smt/settings.ts
function coreSettings(logic2, timeoutMs) {
  const lines = [
    "(set-option :print-success false)",
    "(set-option :produce-models true)",
    "(set-option :auto_config false)",
    "(set-option :smt.mbqi false)",
    "(set-option :smt.case_split 3)",
    "(set-option :smt.qi.eager_threshold 100.0)",
    "(set-option :smt.delay_units true)"
  ];
  if (logic2 !== "QF_BV") {
    const nonlinear = logic2 === "QF_NIA";
    lines.push(`(set-option :smt.arith.solver ${nonlinear ? 2 : 6})`);
    lines.push(`(set-option :smt.arith.nl ${nonlinear})`);
  }
  lines.push(`(set-option :timeout ${Math.max(1, Math.round(timeoutMs))})`);
  if (logic2 === "QF_BV") lines.push("(set-logic QF_BV)");
  return lines.join("\n");
}
function optionalSettings() {
  return ["(set-option :pi.enabled true)", "(set-option :rewriter.sort_disjunctions false)"].join("\n");
}
var init_settings = __esm({
  "src/smt/settings.ts"() {
    "use strict";
  }
});

// src/smt/check-goals.ts
async function checkQuery(backend, q, opts, lease = soleLease(backend)) {
  return new GoalChecker(lease, q, opts).run();
}
function label(i) {
  return `pg_fail__${i}`;
}
function labelledGoals(q) {
  return q.goals.map((g, i) => `(declare-const ${label(i)} Bool)
(assert (=> ${label(i)} (not ${g.term})))`).join("\n");
}
function failureCheck(goals) {
  const disjunction = goals.length === 1 ? label(goals[0]) : `(or ${goals.map(label).join(" ")})`;
  return `(push 1)
(assert ${disjunction})
(check-sat)`;
}
function checkCommands(goals) {
  return `${failureCheck(goals)}
(get-info :reason-unknown)`;
}
function getValue(terms) {
  return terms.length > 0 ? `(get-value (${terms.join(" ")}))` : "";
}
function valuesIn(reply, count) {
  if (count === 0) return [];
  const values = valuesOf(reply);
  return reply.errors.length === 0 && values && values.length === count ? values : void 0;
}
function lostOutcome(e) {
  if (e instanceof SolverTimeoutError) return { kind: "timeout", reason: e.message };
  if (e instanceof SolverCrashError) return { kind: "unknown", reason: e.message };
  throw e;
}
function outcomeOf(reply) {
  const answer = satAnswer(reply);
  if (reply.errors.length > 0 || !answer) throw new QueryRejected(`solver error: ${reply.errors[0] ?? "no answer to check-sat"}`);
  if (answer === "unsat") return { kind: "unsat" };
  if (answer === "sat") return { kind: "model" };
  const reason = reasonUnknown(reply) ?? "unknown";
  if (isResourceOut(reason)) return { kind: "timeout", reason };
  return { kind: "model", reason };
}
var QueryRejected, GoalChecker, PART_MARK, PART_LINE;
var init_check_goals = __esm({
  "src/smt/check-goals.ts"() {
    "use strict";
    init_backend();
    init_replies();
    init_session_lease();
    init_sexpr();
    init_settings();
    QueryRejected = class extends Error {
    };
    GoalChecker = class {
      constructor(lease, q, opts) {
        this.lease = lease;
        this.q = q;
        this.opts = opts;
        this.timeoutMs = q.timeoutMs ?? opts.timeoutMs;
      }
      lease;
      q;
      opts;
      results = /* @__PURE__ */ new Map();
      timeoutMs;
      failures = 0;
      solverMs = 0;
      /** Whether check() left a pushed scope that must be popped. */
      scoped = false;
      /**
       * A `(pop 1)` owed to the solver, sent in front of the next command rather than on its
       * own: a query's last pop never needs sending, as the next query starts with (reset).
       */
      popOwed = false;
      /**
       * The opening's model, read in the opening itself: label values by goal, and the values
       * of every goal's cex terms. A queued query then reports its first failures without the
       * session's state, which later queries have usually replaced by the time it is answered.
       * Valid until the next check.
       */
      openingModel;
      /** The session lost this query's state; rebuild it before the next command. */
      needsSetUp = false;
      async run() {
        const open = this.q.goals.map((_, i) => i);
        try {
          if (open.length > 0) {
            let first = await this.opening(open);
            if (first.outcome.kind !== "unsat") {
              const intact = await this.lease.claim();
              if (first.lost) await this.setUp();
              else if (!intact && this.openingModelCovers(open)) this.needsSetUp = true;
              else if (!intact) {
                await this.setUp();
                first = { outcome: await this.check(open), lost: false };
              }
            }
            await this.checkTogether(open, first.outcome);
          }
        } catch (e) {
          const status = e instanceof SolverTimeoutError ? "timeout" : "unknown";
          const reason = e instanceof QueryRejected || e instanceof SolverCrashError || e instanceof SolverTimeoutError ? e.message : `solver error: ${e instanceof Error ? e.message : String(e)}`;
          for (let i = 0; i < this.q.goals.length; i++) if (!this.results.has(i)) this.set(i, { status, reason });
        } finally {
          this.lease.release();
        }
        return {
          id: this.q.id,
          goals: this.q.goals.map((g, i) => this.results.get(i) ?? { label: g.label, status: "unknown", reason: "not checked" }),
          solverMs: Math.round(this.solverMs),
          cached: false
        };
      }
      /** The disjunction loop: one check finds all proved goals or some failing ones. */
      async checkTogether(open, first) {
        while (open.length > 0) {
          const limitReached = this.failures >= this.opts.maxFailures;
          const outcome = first ?? await this.check(open);
          first = void 0;
          if (outcome.kind === "unsat") {
            this.pop();
            for (const i of open) this.set(i, { status: "proved" });
            return;
          }
          if (limitReached) {
            this.pop();
            for (const i of open) this.set(i, { status: "unknown", reason: `not reported: ${this.opts.maxFailures} goals of this query already failed`, skipped: true });
            return;
          }
          if (outcome.kind === "model") {
            const failing = await this.failingLabels(open);
            if (failing.length > 0) {
              const named = failing.slice(0, this.opts.maxFailures - this.failures);
              if (outcome.reason === void 0 || open.length === 1) {
                await this.reportFailed(named, outcome.reason);
                this.pop();
              } else {
                this.pop();
                for (const i of named) await this.checkAlone(i);
              }
              open = open.filter((i) => !named.includes(i));
              continue;
            }
          }
          this.pop();
          if (open.length === 1) {
            const only = open[0];
            if (outcome.kind === "timeout") this.set(only, { status: "timeout", reason: outcome.reason });
            else this.set(only, { status: "unknown", reason: outcome.kind === "unknown" ? outcome.reason : "the solver gave no usable model" });
            return;
          }
          await this.checkEach(open);
          return;
        }
      }
      async checkEach(open) {
        for (const i of open) {
          if (this.failures >= this.opts.maxFailures) {
            await this.checkTogether(open.filter((j) => !this.results.has(j)));
            return;
          }
          await this.checkAlone(i);
        }
      }
      /** Checks one goal on its own and records what the solver says about it. */
      async checkAlone(i) {
        const outcome = await this.check([i]);
        if (outcome.kind === "unsat") this.set(i, { status: "proved" });
        else if (outcome.kind === "model" && (await this.failingLabels([i])).length === 1) await this.reportFailed([i], outcome.reason);
        else if (outcome.kind === "timeout") this.set(i, { status: "timeout", reason: outcome.reason });
        else this.set(i, { status: "unknown", reason: outcome.kind === "model" ? "the solver gave no usable model" : outcome.reason });
        this.pop();
      }
      /** Pushes a scope asserting "one of these goals fails" and checks it. The scope stays open. */
      async check(goals) {
        this.openingModel = void 0;
        let reply;
        try {
          this.scoped = true;
          reply = await this.send(checkCommands(goals));
        } catch (e) {
          const lost = lostOutcome(e);
          this.scoped = false;
          await this.setUp();
          return lost;
        }
        return outcomeOf(reply);
      }
      /**
       * Set-up and the first check of `goals` as one command group, the query's opening. `lost`:
       * the solver timed out or crashed on it, so the session holds none of this query's state.
       */
      async opening(goals) {
        const terms = this.cexTerms();
        let replies;
        try {
          this.scoped = true;
          replies = await this.sendParts([...this.setUpParts(), checkCommands(goals), getValue(goals.map(label)), getValue(terms)], true);
        } catch (e) {
          const outcome2 = lostOutcome(e);
          this.scoped = false;
          return { outcome: outcome2, lost: true };
        }
        this.checkSetUp(replies);
        const outcome = outcomeOf(replies[3]);
        if (outcome.kind === "model") {
          const labels = valuesIn(replies[4], goals.length);
          const values = valuesIn(replies[5], terms.length);
          this.openingModel = {
            ...labels ? { labels: new Map(goals.map((g, k) => [g, labels[k]])) } : {},
            ...values ? { values: new Map(terms.map((t, k) => [t, values[k]])) } : {}
          };
        }
        return { outcome, lost: false };
      }
      /** Every goal's counterexample terms, each once. */
      cexTerms() {
        return [...new Set(this.q.goals.flatMap((g) => g.cex.map((c) => c.term)))];
      }
      /** Whether the opening's model answers everything reporting its failures among `goals` needs. */
      openingModelCovers(goals) {
        const m = this.openingModel;
        return !!m?.labels && goals.every((i) => m.labels.has(i) && this.q.goals[i].cex.every((c) => m.values?.has(c.term)));
      }
      /** Labels true in the current model, i.e. goals false in it. */
      async failingLabels(goals) {
        const known = this.openingModel?.labels;
        if (known && goals.every((i) => known.has(i))) return goals.filter((i) => known.get(i) === "true");
        const values = valuesIn(await this.send(getValue(goals.map(label))), goals.length);
        return values ? goals.filter((_, k) => values[k] === "true") : [];
      }
      async reportFailed(goals, reason) {
        for (const i of goals) {
          const goal = this.q.goals[i];
          const model = await this.counterexample(goal);
          this.set(i, { status: "failed", model, ...reason ? { reason: `solver answered unknown (${reason})` } : {} });
          this.failures++;
        }
      }
      /** Model values of the goal's cex terms; a term the solver cannot evaluate is left out. */
      async counterexample(goal) {
        const model = {};
        if (goal.cex.length === 0) return model;
        const known = this.openingModel?.values;
        if (known && goal.cex.every((c) => known.has(c.term))) {
          for (const c of goal.cex) model[c.name] = renderValue(known.get(c.term));
          return model;
        }
        const values = valuesIn(await this.send(getValue(goal.cex.map((c) => c.term))), goal.cex.length);
        if (values) {
          goal.cex.forEach((c, k) => model[c.name] = renderValue(values[k]));
          return model;
        }
        for (const c of goal.cex) {
          const v = valuesIn(await this.send(getValue([c.term])), 1)?.[0];
          if (v !== void 0) model[c.name] = renderValue(v);
        }
        return model;
      }
      /**
       * Fresh session state: settings, the prelude, and the goal labels, in one round trip
       * (echo markers split the reply, since errors from the optional settings are ignored).
       */
      async setUp() {
        this.checkSetUp(await this.sendParts(this.setUpParts()));
      }
      setUpParts() {
        this.popOwed = false;
        return [`(reset)
${coreSettings(this.q.logic, this.timeoutMs)}`, optionalSettings(), `${this.q.prelude}
${labelledGoals(this.q)}`];
      }
      checkSetUp([core, , body]) {
        if (core.errors.length > 0) throw new QueryRejected(`solver rejected its settings: ${core.errors[0]}`);
        if (body.errors.length > 0) throw new QueryRejected(`solver rejected the query: ${body.errors[0]}`);
      }
      /**
       * Sends several command groups at once and returns one reply per group. The first must
       * begin with (reset); `opening` sends them as the query's opening (session-lease.ts).
       */
      async sendParts(parts, opening = false) {
        const commands = parts.map((p, i) => i === 0 ? p : `(echo "${PART_MARK}")
${p}`).join("\n");
        const { out } = await this.timed(opening ? this.lease.open(commands, guardFor(this.timeoutMs)) : this.lease.send(commands, guardFor(this.timeoutMs)));
        const chunks = out.split(PART_LINE);
        return parts.map((_, i) => readReply(chunks[i] ?? ""));
      }
      /** Closes check()'s scope; the `(pop 1)` goes out in front of the next command. */
      pop() {
        if (!this.scoped) return;
        this.scoped = false;
        this.popOwed = true;
      }
      async send(commands) {
        if (this.needsSetUp) {
          this.needsSetUp = false;
          await this.setUp();
        }
        if (this.popOwed) {
          commands = `(pop 1)
${commands}`;
          this.popOwed = false;
        }
        return readReply((await this.timed(this.lease.send(commands, guardFor(this.timeoutMs)))).out);
      }
      /** Adds the solver's time on a reply to the query's solverMs. */
      async timed(reply) {
        const start = performance.now();
        try {
          const r = await reply;
          this.solverMs += r.ms;
          return r;
        } catch (e) {
          this.solverMs += performance.now() - start;
          throw e;
        }
      }
      set(i, r) {
        this.results.set(i, { label: this.q.goals[i].label, ...r });
      }
    };
    PART_MARK = "pg-part-boundary";
    PART_LINE = new RegExp(`^${PART_MARK}$`, "m");
  }
});

// src/smt/dump.ts
import { mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join2 } from "node:path";
function standaloneScript(q, timeoutMs, { eachAlone = true } = {}) {
  const out = [`; proofgate query for ${q.id}`, coreSettings(q.logic, q.timeoutMs ?? timeoutMs), q.prelude, labelledGoals(q)];
  if (q.goals.length > 0) out.push(`(echo "${ALL_GOALS_MARK}")`, failureCheck(q.goals.map((_, i) => i)), "(pop 1)");
  if (eachAlone) q.goals.forEach((g, i) => out.push(`(echo "${g.label}")`, failureCheck([i]), "(pop 1)"));
  return out.join("\n") + "\n";
}
function dumpFileName(id, taken) {
  const base = id.replace(/::/g, ".").replace(/[^A-Za-z0-9._-]/g, "_");
  let name = `${base}.smt2`;
  for (let i = 2; taken.has(name); i++) name = `${base}.${i}.smt2`;
  taken.add(name);
  return name;
}
function dumpQueries(dir, queries, timeoutMs, taken = /* @__PURE__ */ new Set()) {
  mkdirSync2(dir, { recursive: true });
  for (const q of queries) writeFileSync2(join2(dir, dumpFileName(q.id, taken)), standaloneScript(q, timeoutMs));
}
var ALL_GOALS_MARK;
var init_dump = __esm({
  "src/smt/dump.ts"() {
    "use strict";
    init_check_goals();
    init_settings();
    ALL_GOALS_MARK = "all goals";
  }
});

// src/smt/native-backend.ts
import { spawn, spawnSync } from "node:child_process";
function nativeZ3Name(binary3 = "z3") {
  const key = `${binary3}\0${process.env.PATH ?? ""}`;
  if (!probed.has(key)) probed.set(key, probeZ3(binary3));
  return probed.get(key);
}
function probeZ3(binary3) {
  try {
    const r = spawnSync(binary3, ["--version"], { encoding: "utf8", timeout: 1e4 });
    if (r.status !== 0 || typeof r.stdout !== "string") return void 0;
    const m = /version\s+(\d+\.\d+\.\d+)/i.exec(r.stdout);
    return m ? `z3 ${m[1]} (native)` : void 0;
  } catch {
    return void 0;
  }
}
var probed, NativeZ3Backend;
var init_native_backend = __esm({
  "src/smt/native-backend.ts"() {
    "use strict";
    init_backend();
    init_sexpr();
    probed = /* @__PURE__ */ new Map();
    NativeZ3Backend = class _NativeZ3Backend {
      constructor(solverName, binary3 = "z3") {
        this.solverName = solverName;
        this.binary = binary3;
      }
      solverName;
      binary;
      proc;
      buffer = "";
      /** Command groups written to z3 and not yet answered, oldest (the one z3 is on) first. */
      queue = [];
      idleWaiters = [];
      counter = 0;
      closed = false;
      /** How many z3 processes this session has started: a new one has none of the old state. */
      processNumber = 0;
      /** Throws when no z3 can be run. */
      static create(binary3 = "z3") {
        const name = nativeZ3Name(binary3);
        if (!name) throw new Error(`no runnable z3 found (${binary3})`);
        return new _NativeZ3Backend(name, binary3);
      }
      async send(commands, guardMs) {
        return (await this.enqueue(commands, guardMs, false)).out;
      }
      /** send(), with the time z3 spent on the group. */
      sendTimed(commands, guardMs) {
        return this.enqueue(commands, guardMs, false);
      }
      /**
       * Queues a command group that begins with (reset), behind whatever z3 is still working on.
       * If z3 is restarted before the group ran (another group hit its guard or crashed it),
       * the group is written again to the new process; `ms` counts only z3's time on it.
       */
      sendFresh(commands, guardMs) {
        return this.enqueue(commands, guardMs, true);
      }
      /** Resolves once every queued group has been answered (or failed). */
      idle() {
        if (this.queue.length === 0) return Promise.resolve();
        return new Promise((resolve3) => this.idleWaiters.push(resolve3));
      }
      async close() {
        this.closed = true;
        this.failAll(new Error("solver session closed"));
        const proc = this.proc;
        if (!proc) return;
        this.proc = void 0;
        await new Promise((resolve3) => {
          if (proc.exitCode !== null || proc.signalCode !== null) return resolve3();
          proc.once("exit", () => resolve3());
          proc.stdin.end("(exit)\n");
          setTimeout(() => proc.kill("SIGKILL"), 500).unref();
        });
      }
      enqueue(commands, guardMs, fresh) {
        if (this.closed) return Promise.reject(new Error("solver session is closed"));
        if (!isBalanced(commands)) return Promise.resolve({ out: '(error "unbalanced parentheses in the input")\n', ms: 0 });
        return new Promise((resolve3, reject) => {
          const p = { commands, sentinel: `@@pg-done-${++this.counter}@@`, fresh, resolve: resolve3, reject, ...guardMs !== void 0 ? { guardMs } : {} };
          this.queue.push(p);
          this.write(p);
          if (this.queue.length === 1) this.startHead();
        });
      }
      write(p) {
        this.process().stdin.write(`${p.commands}
(echo "${p.sentinel}")
`);
      }
      /** The head of the queue is what z3 works on now: its guard runs from here. */
      startHead() {
        const head = this.queue[0];
        if (!head) {
          for (const w of this.idleWaiters.splice(0)) w();
          return;
        }
        head.startedAt = performance.now();
        if (head.guardMs !== void 0) {
          const guardMs = head.guardMs;
          head.timer = setTimeout(() => {
            this.restart(new SolverTimeoutError(`z3 gave no answer within ${guardMs} ms; restarted it`));
          }, guardMs);
        }
      }
      process() {
        if (this.proc) return this.proc;
        const proc = spawn(this.binary, ["-in"], { stdio: ["pipe", "pipe", "pipe"] });
        this.processNumber++;
        this.buffer = "";
        proc.stdout.setEncoding("utf8");
        proc.stdout.on("data", (chunk) => {
          if (proc !== this.proc) return;
          this.buffer += chunk;
          this.deliver();
        });
        proc.stderr.on("data", () => {
        });
        proc.stdin.on("error", () => {
        });
        proc.on("error", (e) => {
          if (proc !== this.proc) return;
          this.proc = void 0;
          this.failAll(new SolverCrashError(`z3 could not run: ${e.message}`));
        });
        proc.on("exit", (code, signal) => {
          if (proc !== this.proc) return;
          this.restart(new SolverCrashError(`z3 exited (${signal ?? `code ${code}`})`));
        });
        this.proc = proc;
        return proc;
      }
      deliver() {
        for (; ; ) {
          const head = this.queue[0];
          if (!head) return;
          const at = this.buffer.indexOf(head.sentinel + "\n");
          if (at < 0) return;
          const out = this.buffer.slice(0, at);
          this.buffer = this.buffer.slice(at + head.sentinel.length + 1);
          this.queue.shift();
          if (head.timer) clearTimeout(head.timer);
          head.resolve({ out, ms: performance.now() - (head.startedAt ?? performance.now()) });
          this.startHead();
        }
      }
      /**
       * Ends the process and fails the group z3 was on with `headError`. Groups queued behind
       * it that start from (reset) are written again to a new process; others (which relied on
       * the lost state) fail as a crash.
       */
      restart(headError) {
        const proc = this.proc;
        this.proc = void 0;
        proc?.kill("SIGKILL");
        const [head, ...rest] = this.queue.splice(0);
        if (head) this.settleFailed(head, headError);
        for (const p of rest) {
          if (p.fresh && !this.closed) {
            this.queue.push(p);
            this.write(p);
          } else {
            this.settleFailed(p, new SolverCrashError("z3 was restarted before these commands ran"));
          }
        }
        this.startHead();
      }
      failAll(e) {
        for (const p of this.queue.splice(0)) this.settleFailed(p, e);
        this.startHead();
      }
      settleFailed(p, e) {
        if (p.timer) clearTimeout(p.timer);
        p.reject(e);
      }
    };
  }
});

// src/smt/pool.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
async function createSolverPool(opts) {
  const jobs = Math.max(1, Math.floor(opts.jobs));
  const native = nativeZ3Name();
  const kind = opts.backend === "auto" ? native ? "native" : "wasm" : opts.backend;
  const config = { backend: kind, timeoutMs: opts.timeoutMs, maxFailures: opts.maxFailures };
  if (kind === "native") {
    if (!native) throw new Error("--solver native: no runnable `z3` on PATH");
    const depth = Math.max(1, Math.floor(opts.pipelineDepth ?? (jobs === 1 ? Infinity : 2)));
    const slots2 = Array.from({ length: jobs }, () => new NativeSlot(native, config, depth));
    return new Pool(native, slots2);
  }
  const slots = Array.from({ length: jobs }, () => new WorkerSlot(config));
  let name;
  try {
    name = await slots[0].start();
  } catch (e) {
    await slots[0].close();
    throw e;
  }
  return new Pool(name, slots);
}
function workerEntry() {
  const bundled = new URL("./smt-worker.js", import.meta.url);
  if (existsSync(fileURLToPath(bundled))) return { code: bundled, eval: false };
  const source = new URL("./worker.ts", import.meta.url).href;
  const tsx = import.meta.resolve("tsx/esm/api");
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); });`;
  return { code, eval: true };
}
function unchecked(q, reason) {
  return { id: q.id, goals: q.goals.map((g) => ({ label: g.label, status: "unknown", reason })), solverMs: 0, cached: false };
}
var Pool, NativeSlot, WorkerSlot;
var init_pool = __esm({
  "src/smt/pool.ts"() {
    "use strict";
    init_check_goals();
    init_native_backend();
    init_session_lease();
    Pool = class {
      constructor(solverName, slots) {
        this.solverName = solverName;
        this.slots = slots;
        this.running = slots.map(() => 0);
      }
      solverName;
      slots;
      /** Queries running in each slot. */
      running;
      queue = [];
      closed = false;
      /** The most sessions ever busy at once (a pool of N that never reaches N serialises). */
      peakBusy = 0;
      /** The most queries ever running in one session at once (native pipelining). */
      peakRunning = 0;
      check(q) {
        if (this.closed) return Promise.resolve(unchecked(q, "the solver pool is closed"));
        return new Promise((resolve3) => {
          this.queue.push({ q, resolve: resolve3 });
          this.dispatch();
        });
      }
      async close() {
        this.closed = true;
        for (const job of this.queue.splice(0)) job.resolve(unchecked(job.q, "the solver pool is closed"));
        await Promise.all(this.slots.map((s) => s.close()));
      }
      /** Test hook: ends session `index` abruptly, as a WASM heap abort would. */
      crashSessionForTesting(index2) {
        const slot = this.slots[index2];
        if (slot instanceof WorkerSlot) slot.crashForTesting();
      }
      dispatch() {
        while (this.queue.length > 0) {
          let k = -1;
          for (let i = 0; i < this.slots.length; i++) {
            if (this.running[i] < this.slots[i].depth && (k < 0 || this.running[i] < this.running[k])) k = i;
          }
          if (k < 0) return;
          const job = this.queue.shift();
          this.running[k]++;
          this.peakRunning = Math.max(this.peakRunning, this.running[k]);
          this.peakBusy = Math.max(this.peakBusy, this.running.filter((n) => n > 0).length);
          void this.slots[k].run(job.q).then((result) => {
            job.resolve(result);
            this.running[k]--;
            if (!this.closed) this.dispatch();
          });
        }
      }
    };
    NativeSlot = class {
      constructor(solverName, config, depth) {
        this.config = config;
        this.depth = depth;
        this.backend = new NativeZ3Backend(solverName);
        this.session = new SharedSession(this.backend);
      }
      config;
      depth;
      backend;
      session;
      async run(q) {
        try {
          return await checkQuery(this.backend, q, this.config, this.session.lease());
        } catch (e) {
          return unchecked(q, `solver error: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      close() {
        return this.backend.close();
      }
    };
    WorkerSlot = class {
      constructor(config) {
        this.config = config;
      }
      config;
      /** One check at a time per WASM instance (Z3-NOTES). */
      depth = 1;
      /** Resolves with the solver name once the current worker is ready; none before first use. */
      ready;
      worker;
      nextId = 0;
      running;
      closing = false;
      /** Starts the worker if it is not running; resolves with the solver name. */
      start() {
        return this.ready ??= this.spawn();
      }
      async run(q) {
        try {
          await this.start();
        } catch (e) {
          return unchecked(q, `solver worker could not start: ${e instanceof Error ? e.message : String(e)}`);
        }
        return new Promise((resolve3) => {
          const id = ++this.nextId;
          this.running = { id, q, resolve: resolve3 };
          this.worker.postMessage({ type: "check", id, query: q });
        });
      }
      async close() {
        this.closing = true;
        this.ready?.catch(() => void 0);
        await this.worker?.terminate();
      }
      crashForTesting() {
        void this.worker?.terminate();
      }
      spawn() {
        const entry = workerEntry();
        const execArgv = process.execArgv.filter((a) => !/^(--input-type|--eval|-e$|--print|-p$)/.test(a));
        const worker = new Worker(entry.code, { workerData: this.config, eval: entry.eval, execArgv });
        this.worker = worker;
        return new Promise((resolve3, reject) => {
          worker.on("message", (m) => {
            if (m.type === "ready") resolve3(m.solverName);
            else if (m.type === "start-failed") reject(new Error(m.message));
            else if (m.type === "result" && this.running?.id === m.id) {
              const job = this.running;
              this.running = void 0;
              job.resolve(m.result);
            }
          });
          const died = (why) => {
            if (worker !== this.worker) return;
            reject(new Error(why));
            const job = this.running;
            this.running = void 0;
            if (this.closing) {
              job?.resolve(unchecked(job.q, "the solver pool is closed"));
              return;
            }
            job?.resolve(unchecked(job.q, `the solver worker died (${why}); it was restarted`));
            this.ready = this.spawn();
            this.ready.catch(() => void 0);
          };
          worker.on("error", (e) => died(e.message));
          worker.on("exit", (code) => died(`exit code ${code}`));
        });
      }
    };
  }
});

// src/syntax/tokens.ts
function describeToken(t) {
  if (t.kind === "eof") return "`<eof>`";
  if (t.kind === "ident" && RUST_KEYWORDS.has(t.text)) return "keyword `" + t.text + "`";
  return "`" + t.text + "`";
}
var PUNCTUATION, RUST_KEYWORDS, KINDS, KIND_CODE, IDENT_CODE, LIFETIME_CODE, PUNCT_CODE, EOF_CODE, LITERAL_FIRST, LITERAL_LAST, TokenTable;
var init_tokens = __esm({
  "src/syntax/tokens.ts"() {
    "use strict";
    PUNCTUATION = [
      "<==>",
      "=~~=",
      "<<=",
      ">>=",
      "...",
      "..=",
      "==>",
      "<==",
      "&&&",
      "|||",
      "===",
      "!==",
      "=~=",
      "::",
      "->",
      "=>",
      "==",
      "!=",
      "<=",
      ">=",
      "&&",
      "||",
      "+=",
      "-=",
      "*=",
      "/=",
      "%=",
      "^=",
      "&=",
      "|=",
      "<<",
      ">>",
      "..",
      "+",
      "-",
      "*",
      "/",
      "%",
      "^",
      "!",
      "&",
      "|",
      "=",
      "<",
      ">",
      "@",
      ".",
      ",",
      ";",
      ":",
      "#",
      "$",
      "?",
      "~",
      "(",
      ")",
      "[",
      "]",
      "{",
      "}"
    ];
    RUST_KEYWORDS = /* @__PURE__ */ new Set([
      "as",
      "break",
      "const",
      "continue",
      "crate",
      "else",
      "enum",
      "extern",
      "false",
      "fn",
      "for",
      "if",
      "impl",
      "in",
      "let",
      "loop",
      "match",
      "mod",
      "move",
      "mut",
      "pub",
      "ref",
      "return",
      "self",
      "Self",
      "static",
      "struct",
      "super",
      "trait",
      "true",
      "type",
      "unsafe",
      "use",
      "where",
      "while",
      "async",
      "await",
      "dyn",
      "abstract",
      "become",
      "box",
      "do",
      "final",
      "macro",
      "override",
      "priv",
      "typeof",
      "unsized",
      "virtual",
      "yield",
      "try"
    ]);
    KINDS = ["ident", "lifetime", "int", "float", "str", "char", "punct", "eof"];
    KIND_CODE = { ident: 0, lifetime: 1, int: 2, float: 3, str: 4, char: 5, punct: 6, eof: 7 };
    IDENT_CODE = 0;
    LIFETIME_CODE = 1;
    PUNCT_CODE = 6;
    EOF_CODE = 7;
    LITERAL_FIRST = 2;
    LITERAL_LAST = 5;
    TokenTable = class {
      count = 0;
      kinds;
      starts;
      ends;
      lines;
      cols;
      endLines;
      endCols;
      /** Preallocated and grown by hand: pushing a million elements is far slower. */
      texts;
      /** Literal values and suffixes by token index (literals are few). */
      values = /* @__PURE__ */ new Map();
      suffixes = /* @__PURE__ */ new Map();
      constructor(capacity) {
        this.allocate(Math.max(16, capacity));
      }
      /**
       * Empties the table for a new file, keeping its arrays when they are large enough: the
       * parser lexes every file into one table, and fresh memory is slow to touch.
       */
      reset(capacity) {
        this.count = 0;
        this.values.clear();
        this.suffixes.clear();
        if (this.kinds.length < capacity) this.allocate(capacity);
      }
      allocate(n) {
        this.kinds = new Uint8Array(n);
        this.starts = new Int32Array(n);
        this.ends = new Int32Array(n);
        this.lines = new Int32Array(n);
        this.cols = new Int32Array(n);
        this.endLines = new Int32Array(n);
        this.endCols = new Int32Array(n);
        this.texts = new Array(n);
      }
      add(kind, text, start, end, line, col, endLine, endCol) {
        const i = this.count;
        if (i === this.kinds.length) this.grow();
        this.kinds[i] = KIND_CODE[kind];
        this.texts[i] = text;
        this.starts[i] = start;
        this.ends[i] = end;
        this.lines[i] = line;
        this.cols[i] = col;
        this.endLines[i] = endLine;
        this.endCols[i] = endCol;
        this.count = i + 1;
        return i;
      }
      setLiteral(i, value, suffix) {
        if (value !== void 0) this.values.set(i, value);
        if (suffix !== void 0) this.suffixes.set(i, suffix);
      }
      /** The value and suffix of literal token `i` (as `token(i)` has them). */
      valueAt(i) {
        return this.values.get(i);
      }
      suffixAt(i) {
        return this.suffixes.get(i);
      }
      kind(i) {
        return KINDS[this.kinds[i]];
      }
      /** Token `i` as an object (a fresh copy: changing it does not change the table). */
      token(i) {
        const code = this.kinds[i];
        const literal = code >= LITERAL_FIRST && code <= LITERAL_LAST;
        return {
          kind: KINDS[code],
          text: this.texts[i],
          start: this.starts[i],
          end: this.ends[i],
          line: this.lines[i],
          col: this.cols[i],
          endLine: this.endLines[i],
          endCol: this.endCols[i],
          value: literal ? this.values.get(i) : void 0,
          suffix: literal ? this.suffixes.get(i) : void 0
        };
      }
      /** Replaces token `i` (the parser splits `>>` and `&&` in place). */
      replace(i, t) {
        this.kinds[i] = KIND_CODE[t.kind];
        this.texts[i] = t.text;
        this.starts[i] = t.start;
        this.ends[i] = t.end;
        this.lines[i] = t.line;
        this.cols[i] = t.col;
        this.endLines[i] = t.endLine;
        this.endCols[i] = t.endCol;
        this.values.delete(i);
        this.suffixes.delete(i);
        this.setLiteral(i, t.value, t.suffix);
      }
      toArray() {
        const out = new Array(this.count);
        for (let i = 0; i < this.count; i++) out[i] = this.token(i);
        return out;
      }
      grow() {
        const n = this.kinds.length * 2;
        const bigger = (a) => {
          const b2 = new a.constructor(n);
          b2.set(a);
          return b2;
        };
        this.kinds = bigger(this.kinds);
        this.starts = bigger(this.starts);
        this.ends = bigger(this.ends);
        this.lines = bigger(this.lines);
        this.cols = bigger(this.cols);
        this.endLines = bigger(this.endLines);
        this.endCols = bigger(this.endCols);
        const texts = new Array(n);
        for (let i = 0; i < this.count; i++) texts[i] = this.texts[i];
        this.texts = texts;
      }
    };
  }
});

// src/syntax/delimiters.ts
function tokenSpan(file, t) {
  return { file, start: t.start, end: t.end, line: t.line, column: t.col, endLine: t.endLine, endColumn: t.endCol };
}
function matchDelimiters(file, table) {
  const match = new Int32Array(table.count).fill(-1);
  const diagnostics = [];
  const stack = [];
  const texts = table.texts;
  const tokens = { at: (k) => table.token(k) };
  for (let i = 0; i < table.count; i++) {
    if (table.kinds[i] !== PUNCT_CODE) continue;
    const s = texts[i];
    if (s === "(" || s === "[" || s === "{") {
      stack.push(i);
    } else if (s === ")" || s === "]" || s === "}") {
      const top = stack.length ? stack[stack.length - 1] : -1;
      if (top >= 0 && CLOSER[texts[top]] === s) {
        stack.pop();
        match[top] = i;
        match[i] = top;
        continue;
      }
      let k = stack.length - 1;
      while (k >= 0 && CLOSER[texts[stack[k]]] !== s) k--;
      if (k < 0) {
        diagnostics.push(diag("syntax", `unexpected closing delimiter: \`${s}\``, tokenSpan(file, tokens.at(i)), { primaryLabel: "unexpected closing delimiter" }));
        continue;
      }
      const unclosed = tokens.at(stack[stack.length - 1]);
      diagnostics.push(diag("syntax", `mismatched closing delimiter: \`${s}\``, tokenSpan(file, unclosed), {
        primaryLabel: "unclosed delimiter",
        labels: [{ message: "mismatched closing delimiter", span: tokenSpan(file, tokens.at(i)) }]
      }));
      const opener = stack[k];
      stack.length = k;
      match[opener] = i;
      match[i] = opener;
    }
  }
  if (stack.length > 0) {
    const eof = tokens.at(table.count - 1);
    diagnostics.push(diag("syntax", "this file contains an unclosed delimiter", tokenSpan(file, eof), {
      labels: stack.map((k) => ({ message: "unclosed delimiter", span: tokenSpan(file, tokens.at(k)) }))
    }));
  }
  return { match, diagnostics };
}
var CLOSER;
var init_delimiters = __esm({
  "src/syntax/delimiters.ts"() {
    "use strict";
    init_diagnostic();
    init_tokens();
    CLOSER = { "(": ")", "[": "]", "{": "}" };
  }
});

// src/syntax/lexer.ts
function lex(file, text) {
  const r = lexTable(file, text);
  return { tokens: r.tokens.toArray(), docs: r.docs, diagnostics: r.diagnostics };
}
function isIdentStart(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c > 127 && new RegExp("\\p{XID_Start}", "u").test(String.fromCharCode(c));
}
function isIdentContinue(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c >= 48 && c <= 57 || c > 127 && new RegExp("\\p{XID_Continue}", "u").test(String.fromCharCode(c));
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isHexDigit(c) {
  return isDigit(c) || c >= 97 && c <= 102 || c >= 65 && c <= 70;
}
function isWhitespace(c) {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 11 || c === 12 || c === 8206 || c === 8207 || c === 8232 || c === 8233 || c === 133;
}
function capacityFor(text) {
  return Math.ceil(text.length / 3) + 16;
}
function lexTable(file, text, into) {
  const tokens = into ?? new TokenTable(capacityFor(text));
  if (into) into.reset(capacityFor(text));
  const names = /* @__PURE__ */ new Map();
  const name = (s) => {
    const known = names.get(s);
    if (known !== void 0) return known;
    names.set(s, s);
    return s;
  };
  const docs = [];
  const diagnostics = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const countLines = (from, to) => {
    for (let k = from; k < to; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
  };
  const spanOf = (start, sLine, sCol) => ({
    file,
    start,
    end: i,
    line: sLine,
    column: sCol,
    endLine: line,
    endColumn: i - lineStart + 1
  });
  const push2 = (kind, start, sLine, sCol, tokText, value, suffix) => {
    const k = tokens.add(kind, tokText, start, i, sLine, sCol, line, i - lineStart + 1);
    if (value !== void 0 || suffix !== void 0) tokens.setLiteral(k, value, suffix);
  };
  const error = (message2, start, sLine, sCol) => {
    diagnostics.push(diag("syntax", message2, spanOf(start, sLine, sCol)));
  };
  if (text.startsWith("#!") && !text.startsWith("#![")) {
    while (i < n && text.charCodeAt(i) !== 10) i++;
  }
  const scanEscape = () => {
    i++;
    const c = text[i];
    i++;
    switch (c) {
      case "n":
        return "\n";
      case "t":
        return "	";
      case "r":
        return "\r";
      case "0":
        return "\0";
      case "\\":
        return "\\";
      case "'":
        return "'";
      case '"':
        return '"';
      case "x": {
        const h = text.slice(i, i + 2);
        i += 2;
        return String.fromCharCode(parseInt(h, 16) || 0);
      }
      case "u": {
        if (text[i] !== "{") return "u";
        const close = text.indexOf("}", i);
        if (close < 0 || close - i > 10) return "u";
        const hex = text.slice(i + 1, close).replace(/_/g, "");
        i = close + 1;
        const cp = parseInt(hex, 16);
        return Number.isFinite(cp) && cp <= 1114111 ? String.fromCodePoint(cp) : "\uFFFD";
      }
      case "\n": {
        line++;
        lineStart = i;
        while (i < n && isWhitespace(text.charCodeAt(i))) {
          if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
          }
          i++;
        }
        return "";
      }
      default:
        return c ?? "";
    }
  };
  const scanQuoted = () => {
    let out = "";
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return out;
      }
      if (c === 92) {
        out += scanEscape();
        continue;
      }
      if (c === 10) {
        line++;
        lineStart = i + 1;
      }
      out += text[i];
      i++;
    }
    return void 0;
  };
  const scanRaw = (start, sLine, sCol) => {
    i++;
    let hashes = 0;
    while (text.charCodeAt(i) === 35) {
      hashes++;
      i++;
    }
    if (text.charCodeAt(i) !== 34) {
      error("found invalid character; only `#` is allowed in raw string delimitation", start, sLine, sCol);
      push2("str", start, sLine, sCol, text.slice(start, i), "");
      return;
    }
    i++;
    const closer = '"' + "#".repeat(hashes);
    const close = text.indexOf(closer, i);
    if (close < 0) {
      countLines(i, n);
      i = n;
      error("unterminated raw string", start, sLine, sCol);
      push2("str", start, sLine, sCol, text.slice(start, i), "");
      return;
    }
    const value = text.slice(i, close);
    countLines(i, close);
    i = close + closer.length;
    push2("str", start, sLine, sCol, text.slice(start, i), value, scanSuffix());
  };
  const scanSuffix = () => {
    if (i < n && isIdentStart(text.charCodeAt(i))) {
      const s = i;
      while (i < n && isIdentContinue(text.charCodeAt(i))) i++;
      return text.slice(s, i);
    }
    return void 0;
  };
  const scanCharBody = (start, sLine, sCol) => {
    let value = "";
    if (text.charCodeAt(i) === 92) value = scanEscape();
    else {
      const cp = text.codePointAt(i) ?? 0;
      value = String.fromCodePoint(cp);
      i += value.length;
    }
    if (text.charCodeAt(i) !== 39) {
      error("unterminated character literal", start, sLine, sCol);
      push2("char", start, sLine, sCol, text.slice(start, i), value);
      return;
    }
    i++;
    push2("char", start, sLine, sCol, text.slice(start, i), value, scanSuffix());
  };
  const scanNumber = (start, sLine, sCol) => {
    let radix = 10;
    let digitsStart = i;
    if (text.charCodeAt(i) === 48) {
      const p = text[i + 1];
      if (p === "x") radix = 16;
      else if (p === "b") radix = 2;
      else if (p === "o") radix = 8;
      if (radix !== 10) {
        i += 2;
        digitsStart = i;
      }
    }
    const isRadixDigit = radix === 16 ? isHexDigit : isDigit;
    while (i < n && (isRadixDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 95)) i++;
    let digits = text.slice(digitsStart, i);
    if (digits.indexOf("_") >= 0) digits = digits.replace(/_/g, "");
    let isFloat = false;
    if (radix === 10) {
      if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
        isFloat = true;
        i++;
        while (i < n && (isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 95)) i++;
      }
      const e = text.charCodeAt(i);
      if ((e === 101 || e === 69) && (isDigit(text.charCodeAt(i + 1)) || (text[i + 1] === "+" || text[i + 1] === "-") && isDigit(text.charCodeAt(i + 2)))) {
        isFloat = true;
        i += 2;
        while (i < n && (isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 95)) i++;
      }
    }
    const suffix = scanSuffix();
    const tokText = text.slice(start, i);
    if (isFloat || suffix === "f32" || suffix === "f64") {
      push2("float", start, sLine, sCol, tokText, void 0, suffix);
      return;
    }
    if (digits === "") {
      error("no valid digits found for number", start, sLine, sCol);
      digits = "0";
    }
    let value;
    try {
      value = BigInt((radix === 16 ? "0x" : radix === 2 ? "0b" : radix === 8 ? "0o" : "") + digits);
    } catch {
      error(`invalid digit for a base ${radix} literal`, start, sLine, sCol);
      value = 0n;
    }
    push2("int", start, sLine, sCol, tokText, value, suffix);
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      i++;
      line++;
      lineStart = i;
      while (text.charCodeAt(i) === 32) i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || isWhitespace(c)) {
      i++;
      continue;
    }
    const start = i;
    const sLine = line;
    const sCol = i - lineStart + 1;
    if (c === 47) {
      const d = text.charCodeAt(i + 1);
      if (d === 47) {
        let e = text.indexOf("\n", i);
        if (e < 0) e = n;
        const body = text.slice(i, e);
        if (body.startsWith("///") && !body.startsWith("////") || body.startsWith("//!")) {
          docs.push({ text: body.slice(3), inner: body[2] === "!", start: i, end: e });
        }
        i = e;
        continue;
      }
      if (d === 42) {
        let depth = 1;
        i += 2;
        while (i < n && depth > 0) {
          const k = text.charCodeAt(i);
          if (k === 47 && text.charCodeAt(i + 1) === 42) {
            depth++;
            i += 2;
          } else if (k === 42 && text.charCodeAt(i + 1) === 47) {
            depth--;
            i += 2;
          } else {
            if (k === 10) {
              line++;
              lineStart = i + 1;
            }
            i++;
          }
        }
        if (depth > 0) error("unterminated block comment", start, sLine, sCol);
        const body = text.slice(start, i);
        if (body.startsWith("/**") && !body.startsWith("/***") && body !== "/**/" || body.startsWith("/*!")) {
          docs.push({ text: body.slice(3, -2), inner: body[2] === "!", start, end: i });
        }
        continue;
      }
    }
    if (isIdentStart(c)) {
      if (c === 98) {
        const d = text.charCodeAt(i + 1);
        if (d === 39) {
          i += 2;
          scanCharBody(start, sLine, sCol);
          continue;
        }
        if (d === 34) {
          i += 2;
          const v = scanQuoted();
          if (v === void 0) error("unterminated double quote byte string", start, sLine, sCol);
          push2("str", start, sLine, sCol, text.slice(start, i), v ?? "", v === void 0 ? void 0 : scanSuffix());
          continue;
        }
        if (d === 114 && (text.charCodeAt(i + 2) === 34 || text.charCodeAt(i + 2) === 35)) {
          i++;
          scanRaw(start, sLine, sCol);
          continue;
        }
      }
      if (c === 114) {
        const d = text.charCodeAt(i + 1);
        if (d === 34 || d === 35 && (text.charCodeAt(i + 2) === 34 || text.charCodeAt(i + 2) === 35)) {
          scanRaw(start, sLine, sCol);
          continue;
        }
        if (d === 35 && isIdentStart(text.charCodeAt(i + 2))) {
          i += 2;
          const s = i;
          while (i < n && isIdentContinue(text.charCodeAt(i))) i++;
          push2("ident", start, sLine, sCol, text.slice(s, i));
          continue;
        }
      }
      i++;
      while (i < n && isIdentContinue(text.charCodeAt(i))) i++;
      push2("ident", start, sLine, sCol, name(text.slice(start, i)));
      continue;
    }
    if (isDigit(c)) {
      scanNumber(start, sLine, sCol);
      continue;
    }
    if (c === 34) {
      i++;
      const v = scanQuoted();
      if (v === void 0) error("unterminated double quote string", start, sLine, sCol);
      push2("str", start, sLine, sCol, text.slice(start, i), v ?? "", v === void 0 ? void 0 : scanSuffix());
      continue;
    }
    if (c === 39) {
      i++;
      const d = text.charCodeAt(i);
      if (d === 92) {
        scanCharBody(start, sLine, sCol);
        continue;
      }
      const cp2 = text.codePointAt(i) ?? 0;
      const w = cp2 > 65535 ? 2 : 1;
      if (text.charCodeAt(i + w) === 39) {
        scanCharBody(start, sLine, sCol);
        continue;
      }
      if (isIdentStart(d)) {
        while (i < n && isIdentContinue(text.charCodeAt(i))) i++;
        push2("lifetime", start, sLine, sCol, text.slice(start, i));
        continue;
      }
      if (i >= n || d === 10) {
        error("unterminated character literal", start, sLine, sCol);
        push2("char", start, sLine, sCol, "'", "");
        continue;
      }
      scanCharBody(start, sLine, sCol);
      continue;
    }
    const candidates = PUNCT_BY_CHAR.get(c);
    if (candidates) {
      let matched = candidates[candidates.length - 1];
      const next = text.charCodeAt(i + 1);
      for (const p of candidates) {
        if (p.length === 1) break;
        if (p.charCodeAt(1) === next && text.startsWith(p, i)) {
          matched = p;
          break;
        }
      }
      i += matched.length;
      push2("punct", start, sLine, sCol, matched);
      continue;
    }
    const cp = text.codePointAt(i) ?? 0;
    i += cp > 65535 ? 2 : 1;
    error(`unknown start of token: ${String.fromCodePoint(cp)}`, start, sLine, sCol);
  }
  let eofAt = n;
  let eofLine = line;
  let eofCol = n - lineStart + 1;
  if (n > 0 && text.charCodeAt(n - 1) === 10 && line > 1) {
    eofAt = n - 1;
    eofLine = line - 1;
    const prevStart = text.lastIndexOf("\n", n - 2) + 1;
    eofCol = n - 1 - prevStart + 1;
  }
  tokens.add("eof", "", eofAt, eofAt, eofLine, eofCol, eofLine, eofCol);
  return { tokens, docs, diagnostics };
}
var PUNCT_BY_CHAR;
var init_lexer = __esm({
  "src/syntax/lexer.ts"() {
    "use strict";
    init_diagnostic();
    init_tokens();
    PUNCT_BY_CHAR = (() => {
      const m = /* @__PURE__ */ new Map();
      for (const p of PUNCTUATION) {
        const c = p.charCodeAt(0);
        if (!m.has(c)) m.set(c, []);
        m.get(c).push(p);
      }
      for (const list of m.values()) list.sort((a, b2) => b2.length - a.length);
      return m;
    })();
  }
});

// src/syntax/parser-core.ts
function tight(list) {
  return list.length === 0 ? list : list.slice();
}
function append(list, more) {
  return list.length === 0 ? more : list.concat(more);
}
var WORDS, NO_TYPES, ParseFail, CLAUSE_KEYWORDS, Parser;
var init_parser_core = __esm({
  "src/syntax/parser-core.ts"() {
    "use strict";
    init_diagnostic();
    init_tokens();
    WORDS = /* @__PURE__ */ new Set(["expression", "pattern", "type", "identifier", "literal"]);
    NO_TYPES = Object.freeze([]);
    ParseFail = class extends Error {
      constructor(diagnostic, at) {
        super(diagnostic.message);
        this.diagnostic = diagnostic;
        this.at = at;
      }
      diagnostic;
      at;
    };
    CLAUSE_KEYWORDS = /* @__PURE__ */ new Set([
      "requires",
      "ensures",
      "returns",
      "decreases",
      "recommends",
      "invariant",
      "invariant_except_break",
      "invariant_ensures",
      "opens_invariants",
      "no_unwind",
      "via",
      "when"
    ]);
    Parser = class {
      constructor(file, text, tokens, match) {
        this.file = file;
        this.text = text;
        this.tokens = tokens;
        this.match = match;
        this.limit = tokens.count - 1;
        this.eofToken = tokens.token(tokens.count - 1);
      }
      file;
      text;
      tokens;
      match;
      pos = 0;
      /** Tokens at or after `limit` read as end of input (used to parse attribute arguments in place). */
      limit;
      diagnostics = [];
      /** Inside verified code: unsupported constructs get diagnostics; outside they abort the item. */
      verified = false;
      /** Expression context where `Path {` is not a struct literal (if/while/match heads, clauses). */
      noStruct = false;
      /**
       * Tokens tested and not found since the last bump: rustc's "expected one of" list. An array
       * with duplicates (deduplicated only when a message is built): tests miss far more often
       * than they fail, so recording must be cheap. Its first `expectedCount` entries are the
       * list: emptying it with `length = 0` would free the backing store, and the next push would
       * allocate a new one (about as many allocations as tokens).
       */
      expected = [];
      expectedCount = 0;
      eofToken;
      /** One frozen `[name]` per name: the segments of every one-name path (most paths). */
      oneNames = /* @__PURE__ */ new Map();
      /** The last token made into an object (the parser asks for the current token many times). */
      cachedIndex = -1;
      cachedToken;
      /** Token `i` of the file, ignoring `limit`. */
      token(i) {
        if (i === this.cachedIndex) return this.cachedToken;
        const t = this.tokens.token(i);
        this.cachedIndex = i;
        this.cachedToken = t;
        return t;
      }
      get tok() {
        return this.pos < this.limit ? this.token(this.pos) : this.limitToken();
      }
      nth(k) {
        const i = this.pos + k;
        return i < this.limit ? this.token(i) : this.limitToken();
      }
      limitToken() {
        if (this.limit === this.tokens.count - 1) return this.eofToken;
        const t = this.tokens.token(this.limit);
        return { ...t, kind: "eof", text: t.text };
      }
      /** Whether token `i` (within the limit) is punctuation or an identifier/keyword with text `s`. */
      tokenIs(i, s) {
        const tokens = this.tokens;
        if (i >= this.limit) {
          return false;
        }
        const k = tokens.kinds[i];
        return tokens.texts[i] === s && (k === PUNCT_CODE || k === IDENT_CODE);
      }
      /**
       * Kind code (tokens.ts) and text of the current token, read from the columns without making
       * a Token object; at the limit, the stand-in end token's (kind eof).
       */
      get tokKind() {
        return this.pos < this.limit ? this.tokens.kinds[this.pos] : EOF_CODE;
      }
      get tokKindName() {
        return this.pos < this.limit ? this.tokens.kind(this.pos) : "eof";
      }
      get tokText() {
        return this.tokens.texts[this.pos < this.limit ? this.pos : this.limit];
      }
      /** Like tokKind and tokText, for the token `k` places ahead (as `nth(k)` sees it). */
      nthKind(k) {
        const i = this.pos + k;
        return i < this.limit ? this.tokens.kinds[i] : EOF_CODE;
      }
      nthText(k) {
        const i = this.pos + k;
        return this.tokens.texts[i < this.limit ? i : this.limit];
      }
      atEnd() {
        return this.pos >= this.limit;
      }
      bump() {
        const t = this.tok;
        this.advance();
        return t;
      }
      /** Moves past the current token without making it into an object (most callers only skip it). */
      advance() {
        if (this.pos < this.limit) this.pos++;
        this.clearExpected();
      }
      /** Whether the current token is punctuation or keyword `s` (records it as expected). */
      at(s) {
        if (this.tokenIs(this.pos, s)) return true;
        this.expected[this.expectedCount++] = s;
        return false;
      }
      /** Like `at`, without recording an expectation. */
      is(s, k = 0) {
        return this.tokenIs(this.pos + k, s);
      }
      eat(s) {
        if (this.at(s)) {
          this.advance();
          return true;
        }
        return false;
      }
      expect(s) {
        if (this.at(s)) this.advance();
        else this.failExpected();
      }
      /** Record extra alternatives for the next "expected one of" message. */
      hint(...alts) {
        for (const a of alts) this.expected[this.expectedCount++] = a;
      }
      clearExpected() {
        this.expectedCount = 0;
      }
      isIdent(k = 0) {
        const i = this.pos + k;
        return i < this.limit && this.tokens.kinds[i] === IDENT_CODE;
      }
      expectIdent() {
        const t = this.tok;
        if (t.kind === "ident") return this.bump();
        this.fail(`expected identifier, found ${describeToken(t)}`);
      }
      /** expectIdent(), for callers that only want the name: reads it without a token object. */
      expectIdentText() {
        if (this.isIdent()) {
          const text = this.tokens.texts[this.pos];
          this.advance();
          return text;
        }
        return this.expectIdent().text;
      }
      /** Throws rustc's "expected one of ..., found ..." for the current token. */
      failExpected() {
        const found = describeToken(this.tok);
        const expected = this.expected.slice(0, this.expectedCount);
        const word = ["expression", "pattern", "type", "identifier", "literal"].find((w) => expected.includes(w));
        const list = [...new Set(expected)].filter((s) => !WORDS.has(s)).sort().map((s) => "`" + s + "`");
        let message2;
        if (word) message2 = `expected ${word}, found ${found}`;
        else if (list.length === 0) message2 = `unexpected token: ${found}`;
        else if (list.length === 1) message2 = `expected ${list[0]}, found ${found}`;
        else if (list.length === 2) message2 = `expected one of ${list[0]} or ${list[1]}, found ${found}`;
        else message2 = `expected one of ${list.slice(0, -1).join(", ")}, or ${list[list.length - 1]}, found ${found}`;
        const prev = this.pos > 0 ? this.token(this.pos - 1) : void 0;
        const cur = this.tok;
        if (!word && prev && cur.line > prev.endLine) {
          const at = { file: this.file, start: prev.end, end: prev.end, line: prev.endLine, column: prev.endCol, endLine: prev.endLine, endColumn: prev.endCol };
          throw new ParseFail(diag("syntax", message2, at, { labels: [{ message: "unexpected token", span: this.spanOf(cur) }] }), this.pos);
        }
        this.fail(message2);
      }
      fail(message2, span = this.spanOf(this.tok)) {
        throw new ParseFail(diag("syntax", message2, span), this.pos);
      }
      spanOf(t) {
        return { file: this.file, start: t.start, end: t.end, line: t.line, column: t.col, endLine: t.endLine, endColumn: t.endCol };
      }
      /** The span of token `i` (within the file), without making it an object. */
      spanAt(i) {
        const t = this.tokens;
        return { file: this.file, start: t.starts[i], end: t.ends[i], line: t.lines[i], column: t.cols[i], endLine: t.endLines[i], endColumn: t.endCols[i] };
      }
      /** The segment list `[name]`, shared by all one-name paths with that name (frozen, like NO_TYPES). */
      oneName(name) {
        let list = this.oneNames.get(name);
        if (list === void 0) {
          list = Object.freeze([name]);
          this.oneNames.set(name, list);
        }
        return list;
      }
      /** `joinSpan(a, spanAt(i))`, without making the token's span. */
      spanToToken(a, i) {
        const t = this.tokens;
        return { file: a.file, start: a.start, end: t.ends[i], line: a.line, column: a.column, endLine: t.endLines[i], endColumn: t.endCols[i] };
      }
      /** Span from token index `from` through the last consumed token. */
      spanFrom(from) {
        const t = this.tokens;
        const a = Math.min(from, t.count - 1);
        const b2 = Math.min(Math.max(from, this.pos - 1), t.count - 1);
        return { file: this.file, start: t.starts[a], end: t.ends[b2], line: t.lines[a], column: t.cols[a], endLine: t.endLines[b2], endColumn: t.endCols[b2] };
      }
      /**
       * A construct outside the verified subset. In verified code: a diagnostic and an
       * UnsupportedExpr; in ordinary Rust: abort the item (it becomes an OpaqueItem).
       */
      unsupported(what, span) {
        if (!this.verified) throw new ParseFail(diag("unsupported", `unsupported: ${what}`, span), this.pos);
        this.diagnostics.push(diag("unsupported", `unsupported: ${what}`, span));
        return { kind: "unsupported", what, span };
      }
      /** Skip a balanced group starting at the current open delimiter. */
      skipGroup() {
        const m = this.match[this.pos];
        if (m !== void 0 && m > this.pos) this.pos = Math.min(m + 1, this.limit);
        else this.bump();
        this.clearExpected();
      }
      /** Run `fn` with the cursor restricted to tokens [from, to); restores position and limit. */
      within(from, to, fn) {
        const saved = { pos: this.pos, limit: this.limit, noStruct: this.noStruct };
        this.pos = from;
        this.limit = to;
        this.noStruct = false;
        this.clearExpected();
        try {
          return fn();
        } finally {
          this.pos = saved.pos;
          this.limit = saved.limit;
          this.noStruct = saved.noStruct;
          this.clearExpected();
        }
      }
      /** Parse with struct literals disallowed at the top level (if/while/match heads). */
      noStructExpr(fn) {
        const saved = this.noStruct;
        this.noStruct = true;
        try {
          return fn();
        } finally {
          this.noStruct = saved;
        }
      }
      withStruct(fn) {
        const saved = this.noStruct;
        this.noStruct = false;
        try {
          return fn();
        } finally {
          this.noStruct = saved;
        }
      }
      /** Split a compound token starting with `>` (`>>`, `>=`, `>>=`) and consume one `>`. */
      eatGt() {
        const t = this.tok;
        if (t.kind !== "punct") return this.eat(">");
        if (t.text === ">") {
          this.bump();
          return true;
        }
        if (t.text.startsWith(">") && this.pos < this.limit) {
          this.replaceToken(this.pos, { ...t, text: t.text.slice(1), start: t.start + 1, col: t.col + 1 });
          this.clearExpected();
          return true;
        }
        this.expected[this.expectedCount++] = ">";
        return false;
      }
      /** Split `&&` into two `&` (for `&&x` patterns and expressions). */
      splitFirst() {
        const t = this.tok;
        this.replaceToken(this.pos, { ...t, text: t.text.slice(1), start: t.start + 1, col: t.col + 1 });
      }
      replaceToken(i, t) {
        this.tokens.replace(i, t);
        this.cachedIndex = -1;
        this.cachedToken = void 0;
      }
      /** Skip `<...>` with nesting (generic parameter lists, `for<'a>`, qualified paths). */
      skipAngle() {
        this.expect("<");
        let depth = 1;
        while (depth > 0 && !this.atEnd()) {
          const t = this.tok;
          if (t.text === "(" || t.text === "[" || t.text === "{") {
            this.skipGroup();
            continue;
          }
          if (t.kind === "punct") {
            if (t.text === "<") depth++;
            else if (t.text === ">" || t.text === ">=") depth--;
            else if (t.text === ">>" || t.text === ">>=") depth -= 2;
          }
          this.bump();
        }
      }
    };
  }
});

// src/syntax/parser-attrs.ts
function atAttr(p, inner) {
  return inner ? p.is("#") && p.is("!", 1) && p.is("[", 2) : p.is("#") && p.is("[", 1);
}
function parseAttrs(p, inner) {
  const out = [];
  while (atAttr(p, inner)) out.push(parseAttr(p));
  return tight(out);
}
function parseAttr(p) {
  const start = p.pos;
  p.expect("#");
  const inner = p.eat("!");
  const open = p.pos;
  p.expect("[");
  const close = p.match[open] ?? -1;
  p.eat("unsafe");
  const segs = [];
  p.eat("::");
  segs.push(p.expectIdentText());
  while (p.eat("::")) segs.push(p.expectIdentText());
  let name = segs.join("::");
  let args = "";
  let argsFrom = -1;
  let argsTo = -1;
  const t = p.tok;
  if (t.text === "(" || t.text === "[" || t.text === "{") {
    const m = p.match[p.pos] ?? -1;
    argsFrom = p.pos + 1;
    argsTo = m;
    args = m > p.pos ? p.text.slice(t.end, p.token(m).start) : "";
    p.skipGroup();
  } else if (p.eat("=")) {
    argsFrom = p.pos;
    argsTo = close;
    args = close > p.pos ? p.text.slice(p.tok.start, p.token(close).start).trim() : "";
  }
  if (name === "verifier" && /^\s*\w+\s*$/.test(args)) {
    name = "verifier::" + args.trim();
    args = "";
    argsFrom = -1;
    argsTo = -1;
  }
  if (close > 0) p.pos = Math.min(close, p.limit);
  p.expect("]");
  return { attr: { name, args: args.trim(), inner, span: p.spanFrom(start) }, argsFrom, argsTo };
}
function hasAttr(attrs, name, args) {
  return attrs.some((a) => a.attr.name === name && (args === void 0 || a.attr.args.replace(/\s+/g, "") === args));
}
function isVerusVerify(attrs) {
  return attrs.some((a) => a.attr.name === "verus_verify" || a.attr.name === "verus_verifier::verus_verify");
}
function fnFlags(attrs) {
  if (attrs.length === 0) return { ...NO_FLAGS };
  const flags = {
    externalBody: hasAttr(attrs, "verifier::external_body") || hasAttr(attrs, "verus_verify", "external_body"),
    external: hasAttr(attrs, "verifier::external") || hasAttr(attrs, "verus_verify", "external"),
    opaque: hasAttr(attrs, "verifier::opaque"),
    typeInvariant: hasAttr(attrs, "verifier::type_invariant"),
    execAllowsNoDecreases: hasAttr(attrs, "verifier::exec_allows_no_decreases_clause"),
    test: hasAttr(attrs, "test")
  };
  const rl = attrs.find((a) => a.attr.name === "verifier::rlimit");
  if (rl) {
    const n = Number(rl.attr.args);
    if (Number.isFinite(n)) flags.rlimit = n;
  }
  return flags;
}
function reportUnimplementedVerifierAttrs(p, attrs) {
  for (const { attr } of attrs) {
    if (!attr.name.startsWith("verifier::")) continue;
    const args = attr.args.replace(/\s+/g, "");
    if (IMPLEMENTED_VERIFIER_ATTRS.get(attr.name)?.(args)) continue;
    const shown = `#${attr.inner ? "!" : ""}[${attr.name}${attr.args ? `(${attr.args})` : ""}]`;
    p.diagnostics.push(diag("unsupported", `not supported: attribute \`${shown}\``, attr.span));
  }
}
var NO_FLAGS, IMPLEMENTED_VERIFIER_ATTRS;
var init_parser_attrs = __esm({
  "src/syntax/parser-attrs.ts"() {
    "use strict";
    init_diagnostic();
    init_parser_core();
    NO_FLAGS = { externalBody: false, external: false, opaque: false, typeInvariant: false, execAllowsNoDecreases: false, test: false };
    IMPLEMENTED_VERIFIER_ATTRS = /* @__PURE__ */ new Map([
      ["verifier::external_body", (a) => a === ""],
      ["verifier::external", (a) => a === ""],
      ["verifier::opaque", (a) => a === ""],
      ["verifier::type_invariant", (a) => a === ""],
      ["verifier::exec_allows_no_decreases_clause", (a) => a === ""],
      ["verifier::rlimit", (a) => /^(\d+|infinity)$/.test(a)],
      ["verifier::loop_isolation", (a) => a === "true"],
      ["verifier::spinoff_prover", (a) => a === ""]
    ]);
  }
});

// src/syntax/parser-patterns.ts
function parsePattern(p) {
  const start = p.pos;
  p.eat("|");
  const first = parsePatternNoAlt(p);
  if (!p.is("|")) return first;
  const alts = [first];
  while (p.eat("|")) alts.push(parsePatternNoAlt(p));
  return { kind: "or", alts, span: p.spanFrom(start) };
}
function parsePatternNoAlt(p) {
  const start = p.pos;
  const t = p.tok;
  if (t.kind === "int" || t.kind === "char" || t.kind === "str" || t.kind === "float" || t.text === "-" && p.nth(1).kind === "int") {
    const lo = parseLitPatternExpr(p);
    return maybeRange(p, start, lo);
  }
  if (t.kind === "punct") {
    switch (t.text) {
      case "(": {
        p.advance();
        const elems = [];
        let trailing = false;
        while (!p.at(")")) {
          elems.push(parseElemPattern(p));
          trailing = false;
          if (!p.eat(",")) break;
          trailing = true;
        }
        p.expect(")");
        if (elems.length === 1 && !trailing) return elems[0];
        return { kind: "tuple", elems: tight(elems), span: p.spanFrom(start) };
      }
      case "&":
      case "&&":
        p.advance();
        p.eat("mut");
        parsePatternNoAlt(p);
        p.unsupported("reference patterns", p.spanFrom(start));
        return { kind: "wild", span: p.spanFrom(start) };
      case "[":
        p.skipGroup();
        p.unsupported("slice patterns", p.spanFrom(start));
        return { kind: "wild", span: p.spanFrom(start) };
      case "..=":
      case "...": {
        p.advance();
        const hi = parseLitPatternExpr(p);
        return { kind: "range", hi, inclusive: true, span: p.spanFrom(start) };
      }
      case "::":
        break;
      default:
        p.hint("pattern");
        p.failExpected();
    }
  }
  if (t.kind !== "ident" && t.text !== "::") {
    p.hint("pattern");
    p.failExpected();
  }
  if (t.text === "_") {
    p.advance();
    return { kind: "wild", span: p.spanFrom(start) };
  }
  if (t.text === "true" || t.text === "false") {
    p.advance();
    return { kind: "lit", value: { kind: "bool", value: t.text === "true", span: p.spanFrom(start) }, span: p.spanFrom(start) };
  }
  if (t.text === "ref" || t.text === "mut") {
    const byRef = p.eat("ref");
    const mut = p.eat("mut");
    const name = p.expectIdentText();
    if (p.eat("@")) parsePatternNoAlt(p);
    return { kind: "ident", name, mut, byRef, span: p.spanFrom(start), id: void 0, ty: void 0 };
  }
  let path2 = [];
  p.eat("::");
  for (; ; ) {
    path2.push(p.expectIdentText());
    if (p.is("::") && p.is("<", 1)) {
      p.advance();
      p.skipAngle();
    }
    if (p.is("::") && p.nth(1).kind === "ident") {
      p.advance();
      continue;
    }
    break;
  }
  path2 = tight(path2);
  if (p.is("(")) {
    p.advance();
    const elems = [];
    while (!p.at(")")) {
      elems.push(parseElemPattern(p));
      if (!p.eat(",")) break;
    }
    p.expect(")");
    return { kind: "tuple_struct", path: path2, elems: tight(elems), span: p.spanFrom(start) };
  }
  if (p.is("{")) {
    p.advance();
    const fields = [];
    let rest = false;
    while (!p.at("}")) {
      if (p.eat("..")) {
        rest = true;
        break;
      }
      const fs2 = p.pos;
      const byRef = p.eat("ref");
      const mut = p.eat("mut");
      const nameTok = p.tok.kind === "int" ? p.bump() : p.expectIdent();
      if (!byRef && !mut && p.eat(":")) fields.push({ name: nameTok.text, pattern: parsePattern(p) });
      else fields.push({ name: nameTok.text, pattern: { kind: "ident", name: nameTok.text, mut, byRef, span: p.spanFrom(fs2), id: void 0, ty: void 0 } });
      if (!p.eat(",")) break;
    }
    p.expect("}");
    return { kind: "struct", path: path2, fields: tight(fields), rest, span: p.spanFrom(start) };
  }
  if (path2.length === 1 && /^[a-z_]/.test(path2[0]) && !p.is("..=") && !p.is("..")) {
    if (p.eat("@")) parsePatternNoAlt(p);
    return { kind: "ident", name: path2[0], mut: false, byRef: false, span: p.spanFrom(start), id: void 0, ty: void 0 };
  }
  const pat = { kind: "path", path: path2, span: p.spanFrom(start) };
  if (p.is("..=") || p.is("..")) {
    return maybeRange(p, start, { kind: "path", segments: path2, generics: [], span: p.spanFrom(start) });
  }
  return pat;
}
function parseElemPattern(p) {
  if (p.is("..") && (p.is(",", 1) || p.is(")", 1))) {
    const t = p.bump();
    p.unsupported("rest patterns (`..`) in tuples", p.spanOf(t));
    return { kind: "wild", span: p.spanOf(t) };
  }
  return parsePattern(p);
}
function parseLitPatternExpr(p) {
  const start = p.pos;
  if (p.eat("-")) {
    const lit2 = parseLiteral(p);
    return { kind: "unary", op: "-", operand: lit2, span: p.spanFrom(start) };
  }
  if (p.tok.kind === "ident") {
    const segs = [p.bump().text];
    while (p.eat("::")) segs.push(p.expectIdentText());
    return { kind: "path", segments: tight(segs), generics: [], span: p.spanFrom(start) };
  }
  return parseLiteral(p);
}
function maybeRange(p, start, lo) {
  if (p.is("..=") || p.is("...") || p.is("..")) {
    const inclusive = p.bump().text !== "..";
    const t = p.tok;
    const hasHi = t.kind === "int" || t.kind === "char" || t.text === "-" || t.kind === "ident" && t.text !== "if";
    const hi = hasHi ? parseLitPatternExpr(p) : void 0;
    return { kind: "range", lo, hi, inclusive, span: p.spanFrom(start) };
  }
  return { kind: "lit", value: lo, span: p.spanFrom(start) };
}
var init_parser_patterns = __esm({
  "src/syntax/parser-patterns.ts"() {
    "use strict";
    init_parser_core();
    init_parser_exprs();
  }
});

// src/syntax/parser-types.ts
function parseType(p, noGenerics = false) {
  const start = p.pos;
  const kind = p.tokKind;
  const text = p.tokText;
  if (kind === PUNCT_CODE) {
    switch (text) {
      case "&":
      case "&&": {
        const double = text === "&&";
        p.advance();
        if (p.tokKind === LIFETIME_CODE) p.advance();
        const mut = p.eat("mut");
        const inner = parseType(p, noGenerics);
        const ref = { kind: "ref", mut, inner, span: p.spanFrom(start) };
        return double ? { kind: "ref", mut: false, inner: ref, span: p.spanFrom(start) } : ref;
      }
      case "(": {
        p.advance();
        const elems = [];
        let trailingComma = false;
        while (!p.at(")")) {
          elems.push(parseType(p));
          trailingComma = false;
          if (!p.eat(",")) break;
          trailingComma = true;
        }
        p.expect(")");
        if (elems.length === 1 && !trailingComma) return elems[0];
        return { kind: "tuple", elems: tight(elems), span: p.spanFrom(start) };
      }
      case "[": {
        p.advance();
        const elem = parseType(p);
        if (p.eat(";")) {
          const len2 = p.withStruct(() => parseExpr(p));
          p.expect("]");
          return { kind: "array", elem, len: len2, span: p.spanFrom(start) };
        }
        p.expect("]");
        return { kind: "slice", elem, span: p.spanFrom(start) };
      }
      case "!":
        p.advance();
        return { kind: "never", span: p.spanFrom(start) };
      case "*": {
        p.advance();
        if (!p.eat("const")) p.expect("mut");
        parseType(p);
        return unsupportedType(p, "raw pointer types", start);
      }
      case "<":
        p.skipAngle();
        while (p.eat("::")) p.expectIdent();
        return unsupportedType(p, "qualified paths", start);
      case "::":
        break;
      default:
        p.hint("type");
        p.failExpected();
    }
  }
  if (kind === IDENT_CODE) {
    switch (text) {
      case "_":
        p.advance();
        return { kind: "infer", span: p.spanFrom(start) };
      case "dyn":
      case "impl":
        p.advance();
        parseBounds(p);
        return unsupportedType(p, text === "dyn" ? "trait objects (`dyn`)" : "`impl Trait` types", start);
      case "fn":
      case "unsafe":
      case "extern":
      case "for":
        skipFnPointer(p);
        return unsupportedType(p, "function pointer types", start);
    }
  } else if (kind !== PUNCT_CODE) {
    p.hint("type");
    p.failExpected();
  }
  return parseTypePath(p, start, noGenerics);
}
function unsupportedType(p, what, start) {
  const span = p.spanFrom(start);
  p.unsupported(what, span);
  return { kind: "infer", span };
}
function skipFnPointer(p) {
  if (p.eat("for")) p.skipAngle();
  p.eat("unsafe");
  if (p.eat("extern") && p.tok.kind === "str") p.advance();
  p.expect("fn");
  if (p.is("(")) p.skipGroup();
  else p.expect("(");
  if (p.eat("->")) parseType(p);
}
function parseTypePath(p, start, noGenerics = false) {
  let first;
  let segments;
  let args = NO_TYPES;
  p.eat("::");
  for (; ; ) {
    const seg = p.expectIdentText();
    if (first === void 0) first = seg;
    else if (segments === void 0) segments = [first, seg];
    else segments.push(seg);
    if (!(noGenerics && segments === void 0 && PRIMITIVES.has(seg))) {
      if (p.is("::") && p.is("<", 1)) p.advance();
      if (p.at("<")) args = append(args, parseGenericArgs(p));
      else if (p.is("(") && /^Fn(Mut|Once)?$/.test(seg)) {
        p.skipGroup();
        if (p.eat("->")) parseType(p);
        return unsupportedType(p, "closure types", start);
      }
    }
    if (p.is("::") && p.isIdent(1)) {
      p.advance();
      continue;
    }
    p.hint("::", "<", "!", "(", "+");
    break;
  }
  return { kind: "path", segments: segments === void 0 ? p.oneName(first) : tight(segments), args, span: p.spanFrom(start) };
}
function parseGenericArgs(p) {
  p.expect("<");
  const out = [];
  while (!p.eatGt()) {
    const t = p.tok;
    if (t.kind === "lifetime") p.advance();
    else if (t.kind === "int" || t.text === "{" || t.text === "-") {
      const s = p.pos;
      if (t.text === "{") p.skipGroup();
      else {
        p.eat("-");
        p.advance();
      }
      out.push({ kind: "infer", span: p.spanFrom(s) });
    } else if (t.kind === "ident" && (p.is("=", 1) || p.is(":", 1) && !p.is("::", 1))) {
      p.advance();
      p.advance();
      if (p.nth(-1).text === "=") parseType(p);
      else parseBounds(p);
    } else out.push(parseType(p));
    if (!p.eat(",")) {
      if (!p.eatGt()) p.failExpected();
      break;
    }
  }
  return tight(out);
}
function parseBounds(p) {
  for (; ; ) {
    if (p.tok.kind === "lifetime") p.advance();
    else if (p.is("(")) p.skipGroup();
    else {
      p.eat("?");
      p.eat("~");
      p.eat("const");
      if (p.eat("for")) p.skipAngle();
      if (p.tok.kind !== "ident" && !p.is("::")) return;
      parseTypePath(p, p.pos);
    }
    if (!p.eat("+")) return;
  }
}
var PRIMITIVES;
var init_parser_types = __esm({
  "src/syntax/parser-types.ts"() {
    "use strict";
    init_parser_core();
    init_parser_exprs();
    init_tokens();
    PRIMITIVES = /* @__PURE__ */ new Set(["bool", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize", "char", "int", "nat", "str"]);
  }
});

// src/syntax/parser-stmts.ts
function parseBlock(p) {
  const open = p.pos;
  p.expect("{");
  const close = p.match[open] ?? -1;
  const stmts2 = [];
  let tail;
  const saved = p.noStruct;
  p.noStruct = false;
  try {
    const inner = parseAttrs(p, true);
    if (p.verified) reportUnimplementedVerifierAttrs(p, inner);
    while (p.pos < close && !p.atEnd()) {
      const start = p.pos;
      try {
        const stmt2 = parseStmt(p, close);
        if (stmt2) stmts2.push(stmt2);
      } catch (e) {
        if (!(e instanceof ParseFail) || !p.verified) throw e;
        p.diagnostics.push(e.diagnostic);
        resyncStatement(p, start, e.at, close);
      }
    }
  } finally {
    p.noStruct = saved;
  }
  p.expect("}");
  const last = stmts2[stmts2.length - 1];
  if (last && last.kind === "expr" && !last.semi) {
    stmts2.pop();
    tail = last.expr;
  }
  return { stmts: tight(stmts2), tail, span: p.spanFrom(open) };
}
function resyncStatement(p, start, errorAt, close) {
  let i = start;
  while (i < close) {
    const t = p.token(i);
    const m = p.match[i];
    if (m > i) {
      i = m + 1;
      continue;
    }
    if (t.text === ";" && t.kind === "punct" && i >= errorAt) {
      i++;
      break;
    }
    i++;
  }
  p.pos = Math.max(Math.min(i, close), start + 1);
  if (p.pos > close) p.pos = close;
}
function isBlockLike(e) {
  return e.kind === "block" || e.kind === "if" || e.kind === "match";
}
function parseStmt(p, close) {
  const start = p.pos;
  if (p.eat(";")) return void 0;
  const attrs = atAttr(p, false) ? parseAttrs(p, false) : [];
  if (attrs.length > 0 && p.verified && !(p.tokKind === IDENT_CODE && isItemStart(p))) reportUnimplementedVerifierAttrs(p, attrs);
  const kind = p.tokKind;
  if (kind === IDENT_CODE) {
    const text = p.tokText;
    switch (text) {
      case "let":
        return parseLet(p);
      case "while":
      case "loop":
      case "for":
        return parseLoopLike(p, attrs);
      case "assert":
      case "assume":
        if (p.is("(", 1) || text === "assert" && p.is("forall", 1)) {
          const s = parseAssertLike(p);
          return s;
        }
        break;
      case "proof":
        if (p.is("{", 1)) {
          p.advance();
          const block = parseBlock(p);
          return { kind: "proof", block, span: p.spanFrom(start) };
        }
        if (p.is("!", 1) && ["{", "(", "["].includes(p.nth(2).text)) {
          p.advance();
          p.advance();
          const open = p.pos;
          const end = p.match[open] ?? -1;
          if (end < 0) p.failExpected();
          const block = parseBracedStmts(p, open, end);
          p.eat(";");
          return { kind: "proof", block, span: p.spanFrom(start) };
        }
        break;
    }
    if (isItemStart(p)) {
      const item = parseItemAfterAttrs(p, start, attrs, p.verified);
      return { kind: "item", item, span: p.spanFrom(start) };
    }
  }
  if (kind === LIFETIME_CODE && p.is(":", 1)) return parseLoopLike(p, attrs);
  const expr2 = parseExpr(p);
  if (p.tokKind === PUNCT_CODE && ASSIGN_OPS.has(p.tokText)) {
    const op = p.tokText;
    const opIndex = p.pos;
    p.advance();
    const value = parseExpr(p);
    if (!p.is("}") || p.pos !== close) p.expect(";");
    return { kind: "assign", op, target: expr2, value, opSpan: p.spanAt(opIndex), span: p.spanFrom(start) };
  }
  if (p.eat(";")) return { kind: "expr", expr: expr2, semi: true, span: p.spanFrom(start) };
  if (p.pos === close || isBlockLike(expr2)) return { kind: "expr", expr: expr2, semi: false, span: p.spanFrom(start) };
  p.hint(";", "}");
  p.failExpected();
}
function parseBracedStmts(p, open, close) {
  const stmts2 = [];
  p.pos = open + 1;
  while (p.pos < close) {
    const start = p.pos;
    try {
      const s = parseStmt(p, close);
      if (s) stmts2.push(s);
    } catch (e) {
      if (!(e instanceof ParseFail) || !p.verified) throw e;
      p.diagnostics.push(e.diagnostic);
      resyncStatement(p, start, e.at, close);
    }
  }
  p.pos = close;
  p.advance();
  let tail;
  const last = stmts2[stmts2.length - 1];
  if (last && last.kind === "expr" && !last.semi) {
    stmts2.pop();
    tail = last.expr;
  }
  return { stmts: tight(stmts2), tail, span: p.spanFrom(open) };
}
function parseLet(p) {
  const start = p.pos;
  p.expect("let");
  let mode = "exec";
  if ((p.is("ghost") || p.is("tracked")) && (p.nth(1).kind === "ident" || p.is("(", 1))) mode = p.bump().text;
  const pattern = parsePattern(p);
  const ty = p.eat(":") ? parseType(p) : void 0;
  const init = p.eat("=") ? parseExpr(p) : void 0;
  if (p.is("else")) {
    const s = p.pos;
    p.advance();
    parseBlock(p);
    p.unsupported("`let ... else`", p.spanFrom(s));
  }
  p.expect(";");
  return { kind: "let", pattern, ty, init, mode, span: p.spanFrom(start) };
}
function parseClauseList(p) {
  const out = [];
  p.noStructExpr(() => {
    while (!p.atEnd() && !p.is("{") && !p.is(";") && !(p.tok.kind === "ident" && CLAUSE_KEYWORDS.has(p.tok.text))) {
      out.push(parseExpr(p));
      if (!p.eat(",")) break;
    }
    return out[0];
  });
  return tight(out);
}
function emptyLoopSpec() {
  return { invariants: [], invariantsExceptBreak: [], ensures: [], decreases: [] };
}
function parseLoopClauses(p, spec) {
  for (; ; ) {
    const t = p.tok;
    if (t.kind !== "ident") return;
    switch (t.text) {
      case "invariant":
        p.advance();
        spec.invariants = append(spec.invariants, parseClauseList(p));
        break;
      case "invariant_except_break":
        p.advance();
        spec.invariantsExceptBreak = append(spec.invariantsExceptBreak, parseClauseList(p));
        break;
      case "ensures":
        p.advance();
        spec.ensures = append(spec.ensures, parseClauseList(p));
        break;
      case "decreases":
        p.advance();
        spec.decreases = append(spec.decreases, parseClauseList(p));
        break;
      case "invariant_ensures":
      case "opens_invariants": {
        const s = p.pos;
        p.advance();
        parseClauseList(p);
        p.unsupported(`\`${t.text}\``, p.spanFrom(s));
        break;
      }
      default:
        return;
    }
  }
}
function loopSpecFromAttrs(p, attrs, spec) {
  if (!p.verified) return;
  for (const a of attrs) {
    if (a.argsFrom < 0) continue;
    const name = a.attr.name;
    if (name === "verus_spec" || name === "verus_verifier::verus_spec") {
      p.within(a.argsFrom, a.argsTo, () => {
        parseLoopClauses(p, spec);
        if (!p.atEnd()) p.failExpected();
      });
    } else if (name === "invariant") {
      spec.invariants = append(spec.invariants, p.within(a.argsFrom, a.argsTo, () => parseClauseList(p)));
    } else if (name === "decreases") {
      spec.decreases = append(spec.decreases, p.within(a.argsFrom, a.argsTo, () => parseClauseList(p)));
    }
  }
}
function parseLoopLike(p, attrs) {
  const start = p.pos;
  const label2 = p.tok.kind === "lifetime" ? p.bump().text : void 0;
  if (label2 !== void 0) p.expect(":");
  const spec = emptyLoopSpec();
  loopSpecFromAttrs(p, attrs, spec);
  const kw = p.tok;
  const kwIndex = p.pos;
  if (p.eat("while")) {
    if (p.is("let")) {
      p.advance();
      parsePattern(p);
      p.expect("=");
      p.noStructExpr(() => parseExpr(p));
      parseLoopClauses(p, spec);
      parseBlock(p);
      const u = p.unsupported("`while let`", p.spanFrom(start));
      return { kind: "expr", expr: u, semi: false, span: u.span };
    }
    const cond2 = p.noStructExpr(() => parseExpr(p));
    const headSpan2 = p.spanFrom(kwIndex);
    parseLoopClauses(p, spec);
    const body2 = parseBlock(p);
    return { kind: "while", label: label2, cond: cond2, body: body2, headSpan: headSpan2, span: p.spanFrom(start), ...spec };
  }
  if (p.eat("loop")) {
    const headSpan2 = p.spanOf(kw);
    parseLoopClauses(p, spec);
    const body2 = parseBlock(p);
    return { kind: "loop", label: label2, body: body2, headSpan: headSpan2, span: p.spanFrom(start), ...spec };
  }
  p.expect("for");
  const pattern = parsePattern(p);
  p.expect("in");
  const iterStart = p.pos;
  const range = p.noStructExpr(() => parseExpr(p));
  const headSpan = p.spanFrom(kwIndex);
  parseLoopClauses(p, spec);
  const body = parseBlock(p);
  const bounds = rangeBounds(p, iterStart, range);
  return { kind: "for", label: label2, pattern, start: bounds.start, end: bounds.end, inclusive: bounds.inclusive, body, headSpan, span: p.spanFrom(start), ...spec };
}
function rangeBounds(p, iterStart, parsed) {
  if (parsed.kind !== "unsupported" || parsed.what !== "range expressions") {
    const u = p.unsupported("`for` loops over anything but an integer range", parsed.span);
    return { start: u, end: u, inclusive: false };
  }
  const idx = p.diagnostics.findIndex((d) => d.message === "unsupported: range expressions" && d.span.start === parsed.span.start && d.span.end === parsed.span.end);
  if (idx >= 0) p.diagnostics.splice(idx, 1);
  return p.within(iterStart, p.pos, () => readRange(p));
}
function readRange(p) {
  let i = p.pos;
  let dots = -1;
  while (i < p.limit) {
    const t = p.token(i);
    const m = p.match[i];
    if (m > i) {
      i = m + 1;
      continue;
    }
    if (t.kind === "punct" && (t.text === ".." || t.text === "..=")) {
      dots = i;
      break;
    }
    if (t.text === "{") break;
    i++;
  }
  if (dots < 0) p.fail("expected a range");
  const savedLimit = p.limit;
  const start = p.noStructExpr(() => p.within(p.pos, dots, () => parseExpr(p)));
  p.pos = dots;
  const inclusive = p.bump().text === "..=";
  p.limit = savedLimit;
  let e = p.pos;
  while (e < p.limit) {
    const t = p.token(e);
    const m = p.match[e];
    if (t.text === "{" && t.kind === "punct") break;
    if (t.kind === "ident" && CLAUSE_KEYWORDS.has(t.text)) break;
    if (m > e) {
      e = m + 1;
      continue;
    }
    e++;
  }
  const end = p.noStructExpr(() => p.within(p.pos, e, () => {
    const x = parseExpr(p);
    if (!p.atEnd()) p.failExpected();
    return x;
  }));
  return { start, end, inclusive };
}
function parseAssertLike(p) {
  const start = p.pos;
  const kw = p.bump().text;
  if (kw === "assert" && p.is("forall")) {
    p.advance();
    const binders2 = parseBinders(p);
    const { triggers, auto } = parseTriggerAttrs(p);
    const first = p.noStructExpr(() => parseExpr(p));
    let assumption;
    let conclusion = first;
    if (p.eat("implies")) {
      assumption = first;
      conclusion = p.noStructExpr(() => parseExpr(p));
    }
    let proof;
    if (p.eat("by")) proof = parseBlock(p);
    else p.hint("by", "implies");
    if (!proof) p.expect(";");
    else p.eat(";");
    return { kind: "assert_forall", binders: binders2, assumption, conclusion, triggers, auto, proof, span: p.spanFrom(start) };
  }
  p.expect("(");
  const expr2 = p.withStruct(() => parseExpr(p));
  p.expect(")");
  if (kw === "assume") {
    const span2 = p.spanFrom(start);
    p.expect(";");
    return { kind: "assume", expr: expr2, span: span2 };
  }
  let by;
  let endsWithBlock = false;
  if (p.eat("by")) {
    if (p.is("{")) {
      by = { kind: "block", block: parseBlock(p) };
      endsWithBlock = true;
    } else {
      p.expect("(");
      const prover = p.expectIdent();
      p.expect(")");
      const requires = p.eat("requires") ? parseClauseList(p) : [];
      switch (prover.text) {
        case "bit_vector":
          by = { kind: "bit_vector", requires };
          break;
        case "nonlinear_arith": {
          const block = p.is("{") ? parseBlock(p) : void 0;
          endsWithBlock = block !== void 0;
          by = { kind: "nonlinear_arith", requires, block };
          break;
        }
        case "compute":
        case "compute_only":
          by = { kind: "compute" };
          break;
        default:
          p.unsupported(`prover \`${prover.text}\``, p.spanOf(prover));
      }
    }
  }
  const span = p.spanFrom(start);
  if (endsWithBlock) p.eat(";");
  else p.expect(";");
  return { kind: "assert", expr: expr2, by, span };
}
var ASSIGN_OPS;
var init_parser_stmts = __esm({
  "src/syntax/parser-stmts.ts"() {
    "use strict";
    init_parser_attrs();
    init_parser_core();
    init_parser_exprs();
    init_parser_items();
    init_parser_patterns();
    init_parser_types();
    init_tokens();
    ASSIGN_OPS = /* @__PURE__ */ new Set(["=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>="]);
  }
});

// src/syntax/parser-exprs.ts
function parseExpr(p) {
  if (p.tokKind === PUNCT_CODE && (p.tokText === "&&&" || p.tokText === "|||")) return parseListExpr(p);
  const e = parseBinary(p, 1);
  if (p.is("..") || p.is("..=")) {
    const start = p.pos;
    p.advance();
    if (startsExpr(p)) parseBinary(p, 1);
    return p.unsupported("range expressions", joinSpan(e.span, p.spanFrom(start)));
  }
  return e;
}
function parseListExpr(p) {
  const sep4 = p.tok.text;
  const op = sep4 === "&&&" ? "&&" : "||";
  let result;
  while (p.is(sep4)) {
    const opTok = p.bump();
    const t = p.tok;
    const elem = t.kind === "punct" && (t.text === "&&&" || t.text === "|||") && t.text !== sep4 ? parseListExpr(p) : parseBinary(p, 1);
    result = result === void 0 ? elem : { kind: "binary", op, left: result, right: elem, opSpan: p.spanOf(opTok), ty: void 0, span: joinSpan(result.span, elem.span) };
  }
  return result;
}
function joinSpan(a, b2) {
  return { file: a.file, start: a.start, end: b2.end, line: a.line, column: a.column, endLine: b2.endLine, endColumn: b2.endColumn };
}
function parseBinary(p, minLevel) {
  let left = parseCastLevel(p);
  for (; ; ) {
    if (p.tokKind !== PUNCT_CODE) return left;
    const info = BINARY[p.tokText];
    if (!info || info.level < minLevel) return left;
    if (info.level === COMPARISON_LEVEL) {
      left = parseComparison(p, left);
      continue;
    }
    const op = p.tokText;
    const opIndex = p.pos;
    p.advance();
    const right = parseBinary(p, info.right ? info.level : info.level + 1);
    left = { kind: "binary", op, left, right, opSpan: p.spanAt(opIndex), ty: void 0, span: joinSpan(left.span, right.span) };
  }
}
function atComparison(p) {
  return p.tokKind === PUNCT_CODE && BINARY[p.tokText]?.level === COMPARISON_LEVEL;
}
function parseComparison(p, first) {
  const op = p.tokText;
  const opIndex = p.pos;
  p.advance();
  const second = parseBinary(p, COMPARISON_LEVEL + 1);
  if (!atComparison(p)) {
    return { kind: "binary", op, left: first, right: second, opSpan: p.spanAt(opIndex), ty: void 0, span: joinSpan(first.span, second.span) };
  }
  const operands = [first, second];
  const ops = [op];
  const opIndices = [opIndex];
  while (atComparison(p)) {
    ops.push(p.tokText);
    opIndices.push(p.pos);
    p.advance();
    operands.push(parseBinary(p, COMPARISON_LEVEL + 1));
  }
  const span = joinSpan(first.span, operands[operands.length - 1].span);
  if (!ops.every((o) => CHAINABLE.has(o))) {
    const bad = opIndices[ops.findIndex((o) => !CHAINABLE.has(o))];
    p.fail("comparison operators cannot be chained", p.spanAt(bad));
  }
  return { kind: "chain", operands: tight(operands), ops: tight(ops), ty: void 0, span };
}
function parseCastLevel(p) {
  let e = parseUnary(p);
  for (; ; ) {
    if (p.is("as")) {
      p.advance();
      const target = parseType(p, true);
      e = { kind: "cast", operand: e, target, ty: void 0, span: joinSpan(e.span, target.span) };
    } else if (p.is("is") && p.nth(1).kind === "ident") {
      p.advance();
      const s = p.pos;
      const variant = [p.bump().text];
      while (p.is("::") && p.nth(1).kind === "ident") {
        p.advance();
        variant.push(p.bump().text);
      }
      e = { kind: "is", operand: e, variant, ty: void 0, res: void 0, span: joinSpan(e.span, p.spanFrom(s)) };
    } else return e;
  }
}
function parseUnary(p) {
  const start = p.pos;
  if (p.tokKind === PUNCT_CODE) {
    const text = p.tokText;
    switch (text) {
      case "!":
      case "-":
      case "*": {
        p.advance();
        const operand = parseUnary(p);
        return { kind: "unary", op: text, operand, ty: void 0, span: p.spanFrom(start) };
      }
      case "&":
      case "&&": {
        if (text === "&&") {
          p.splitFirst();
          const inner = parseUnary(p);
          return { kind: "ref", mut: false, operand: inner, ty: void 0, span: p.spanFrom(start) };
        }
        p.advance();
        const mut = p.eat("mut");
        const operand = parseUnary(p);
        return { kind: "ref", mut, operand, ty: void 0, span: p.spanFrom(start) };
      }
      case "#":
        if (atAttr(p, false)) {
          const a = parseAttr(p);
          if (p.verified) reportUnimplementedVerifierAttrs(p, [a]);
          const operand = parseUnary(p);
          if (a.attr.name === "trigger") return { kind: "trigger", operand, ty: void 0, span: p.spanFrom(start) };
          return operand;
        }
        break;
    }
  }
  return parsePostfix(p, parsePrimary(p));
}
function parsePostfix(p, base) {
  let e = base;
  for (; ; ) {
    if (p.tokKind !== PUNCT_CODE) return e;
    const at = p.pos;
    switch (p.tokText) {
      case ".": {
        p.advance();
        const nameIndex = p.pos;
        if (p.tokKindName === "int") {
          p.advance();
          const nameSpan2 = p.spanAt(nameIndex);
          e = { kind: "field", base: e, name: p.tokens.texts[nameIndex], nameSpan: nameSpan2, ty: void 0, span: joinSpan(e.span, nameSpan2) };
          continue;
        }
        const n = p.tok;
        if (n.kind === "float" && /^\d+\.\d+$/.test(n.text)) {
          p.advance();
          const [a, b2] = n.text.split(".");
          const sa = { ...p.spanOf(n), end: n.start + a.length, endColumn: n.col + a.length };
          const sb = { ...p.spanOf(n), start: n.start + a.length + 1, column: n.col + a.length + 1 };
          e = { kind: "field", base: e, name: a, nameSpan: sa, ty: void 0, span: joinSpan(e.span, sa) };
          e = { kind: "field", base: e, name: b2, nameSpan: sb, ty: void 0, span: joinSpan(e.span, sb) };
          continue;
        }
        if (n.text === "await") {
          p.advance();
          e = p.unsupported("`.await`", joinSpan(e.span, p.spanOf(n)));
          continue;
        }
        const name = p.expectIdentText();
        let generics = NO_TYPES;
        if (p.is("::") && p.is("<", 1)) {
          p.advance();
          generics = parseGenericArgs(p);
        }
        const nameSpan = p.spanAt(nameIndex);
        if (p.is("(")) {
          const args = parseCallArgs(p);
          e = { kind: "method", receiver: e, method: name, methodSpan: nameSpan, generics, args, ty: void 0, res: void 0, span: p.spanToToken(e.span, p.pos - 1) };
        } else {
          e = { kind: "field", base: e, name, nameSpan, ty: void 0, span: joinSpan(e.span, nameSpan) };
        }
        continue;
      }
      case "(": {
        const args = parseCallArgs(p);
        e = { kind: "call", callee: e, args, ty: void 0, span: p.spanToToken(e.span, p.pos - 1) };
        continue;
      }
      case "[": {
        p.advance();
        const index2 = p.withStruct(() => parseExpr(p));
        const close = p.pos;
        p.expect("]");
        e = { kind: "index", base: e, index: index2, ty: void 0, span: p.spanToToken(e.span, close) };
        continue;
      }
      case "@":
        p.advance();
        e = { kind: "view", operand: e, ty: void 0, span: p.spanToToken(e.span, at) };
        continue;
      case "?":
        p.advance();
        e = p.unsupported("the `?` operator", joinSpan(e.span, p.spanAt(at)));
        continue;
      default:
        return e;
    }
  }
}
function parseCallArgs(p) {
  p.expect("(");
  const args = [];
  p.withStruct(() => {
    while (!p.at(")")) {
      args.push(parseExpr(p));
      if (!p.eat(",")) {
        p.expect(")");
        return;
      }
    }
    p.advance();
  });
  return tight(args);
}
function parseExprList(p, close) {
  const out = [];
  p.withStruct(() => {
    while (!p.at(close)) {
      out.push(parseExpr(p));
      if (!p.eat(",")) break;
    }
  });
  p.expect(close);
  return tight(out);
}
function parseLiteral(p) {
  if (p.tokKindName === "int") {
    const i = p.pos;
    p.advance();
    return { kind: "int", value: p.tokens.valueAt(i), suffix: p.tokens.suffixAt(i), ty: void 0, span: p.spanAt(i) };
  }
  const t = p.tok;
  const span = p.spanOf(t);
  switch (t.kind) {
    case "int":
      p.advance();
      return { kind: "int", value: t.value, suffix: t.suffix, ty: void 0, span };
    case "str":
      p.advance();
      if (t.text.startsWith("b")) return p.unsupported("byte string literals", span);
      return { kind: "str", value: t.value, ty: void 0, span };
    case "char":
      p.advance();
      if (t.text.startsWith("b")) return { kind: "int", value: BigInt(t.value.charCodeAt(0) || 0), suffix: "u8", ty: void 0, span };
      return { kind: "char", value: t.value, ty: void 0, span };
    case "float":
      p.advance();
      return p.unsupported("floating-point numbers", span);
    default:
      p.hint("literal");
      return p.failExpected();
  }
}
function startsExpr(p) {
  const t = p.tok;
  if (t.kind === "eof") return false;
  if (t.kind !== "punct") return !(t.kind === "ident" && (t.text === "else" || t.text === "as"));
  return ["(", "[", "{", "!", "-", "*", "&", "&&", "|", "||", "#", "::", "<", "..", "&&&", "|||"].includes(t.text);
}
function parsePrimary(p) {
  const start = p.pos;
  switch (p.tokKindName) {
    case "int":
    case "str":
    case "char":
    case "float":
      return parseLiteral(p);
    case "lifetime":
      if (p.is(":", 1)) return wrapStmtExpr(p, start);
      break;
    case "punct":
      switch (p.tokText) {
        case "(": {
          p.advance();
          const elems = [];
          let trailing = false;
          p.withStruct(() => {
            while (!p.at(")")) {
              elems.push(parseExpr(p));
              trailing = false;
              if (!p.eat(",")) break;
              trailing = true;
            }
          });
          p.expect(")");
          if (elems.length === 1 && !trailing) {
            const inner = elems[0];
            return { ...inner, span: p.spanFrom(start) };
          }
          return { kind: "tuple", elems: tight(elems), ty: void 0, span: p.spanFrom(start) };
        }
        case "[": {
          p.advance();
          if (p.at("]")) {
            p.advance();
            return { kind: "array", elems: [], ty: void 0, span: p.spanFrom(start) };
          }
          const first = p.withStruct(() => parseExpr(p));
          if (p.eat(";")) {
            const count = p.withStruct(() => parseExpr(p));
            p.expect("]");
            return { kind: "array", elems: [], repeat: { value: first, count }, ty: void 0, span: p.spanFrom(start) };
          }
          let elems = [first];
          if (p.eat(",")) elems = [first, ...parseExprList(p, "]")];
          else p.expect("]");
          return { kind: "array", elems, ty: void 0, span: p.spanFrom(start) };
        }
        case "{": {
          const block = parseBlock(p);
          return { kind: "block", block, ty: void 0, span: block.span };
        }
        case "|":
        case "||":
          return parseClosure(p, start);
        case "::":
          return parsePathExpr(p);
        case "..":
        case "..=": {
          p.advance();
          if (startsExpr(p)) parseBinary(p, 1);
          return p.unsupported("range expressions", p.spanFrom(start));
        }
      }
      break;
    case "ident":
      return parseIdentStart(p, start);
    default:
      break;
  }
  p.hint("expression");
  return p.failExpected();
}
function parseIdentStart(p, start) {
  const text = p.tokText;
  switch (text) {
    case "true":
    case "false":
      p.advance();
      return { kind: "bool", value: text === "true", ty: void 0, span: p.spanFrom(start) };
    case "if":
      return parseIf(p);
    case "match":
      return parseMatch(p);
    case "while":
    case "loop":
    case "for":
      return wrapStmtExpr(p, start);
    case "return": {
      p.advance();
      const value = startsExpr(p) ? parseExpr(p) : void 0;
      return { kind: "return", value, ty: void 0, span: p.spanFrom(start) };
    }
    case "break": {
      p.advance();
      const label2 = p.tok.kind === "lifetime" ? p.bump().text : void 0;
      if (startsExpr(p) && !p.is("{")) {
        parseExpr(p);
        return p.unsupported("`break` with a value", p.spanFrom(start));
      }
      return { kind: "break", label: label2, ty: void 0, span: p.spanFrom(start) };
    }
    case "continue": {
      p.advance();
      const label2 = p.tok.kind === "lifetime" ? p.bump().text : void 0;
      return { kind: "continue", label: label2, ty: void 0, span: p.spanFrom(start) };
    }
    case "unsafe":
      if (p.is("{", 1)) {
        p.advance();
        parseBlock(p);
        return p.unsupported("`unsafe` blocks", p.spanFrom(start));
      }
      break;
    case "async":
      p.advance();
      p.eat("move");
      if (p.is("{")) parseBlock(p);
      else parseClosure(p, p.pos);
      return p.unsupported("`async`", p.spanFrom(start));
    case "move":
      if (p.is("|", 1) || p.is("||", 1)) {
        p.advance();
        return parseClosure(p, start);
      }
      break;
    case "forall":
    case "exists":
    case "choose":
      if (p.is("|", 1) || p.is("||", 1)) return parseQuantifier(p);
      break;
    case "old":
    case "final":
      if (p.is("(", 1)) {
        p.advance();
        p.advance();
        const operand = p.withStruct(() => parseExpr(p));
        p.expect(")");
        return { kind: text === "old" ? "old" : "final", operand, span: p.spanFrom(start) };
      }
      break;
    case "assert":
    case "assume":
      if (p.is("(", 1) || text === "assert" && p.is("forall", 1)) return wrapStmtExpr(p, start);
      break;
  }
  const path2 = parsePathExpr(p);
  if (p.is("!") && path2.kind === "path" && path2.segments.length === 1 && ["(", "[", "{"].includes(p.nth(1).text)) {
    return parseMacro(p, start, path2.segments[0]);
  }
  if (path2.kind === "path" && p.is("{") && looksLikeStructLit(p)) return parseStructLit(p, start, path2.segments, path2.span);
  return path2;
}
function looksLikeStructLit(p) {
  if (p.noStruct) return false;
  const a = p.nth(1);
  if (a.text === "}" && a.kind === "punct") return true;
  if (a.text === ".." && a.kind === "punct") return true;
  if (a.kind === "ident" || a.kind === "int") {
    const b2 = p.nth(2);
    return b2.kind === "punct" && (b2.text === ":" || b2.text === "," || b2.text === "}");
  }
  return false;
}
function parseStructLit(p, start, path2, pathSpan) {
  p.expect("{");
  const fields = [];
  let base;
  p.withStruct(() => {
    while (!p.at("}")) {
      if (p.eat("..")) {
        base = parseExpr(p);
        break;
      }
      const fs2 = p.pos;
      const nameTok = p.tok.kind === "int" ? p.bump() : p.expectIdent();
      let value;
      if (p.eat(":")) value = parseExpr(p);
      else value = { kind: "path", segments: [nameTok.text], generics: [], ty: void 0, res: void 0, span: p.spanOf(nameTok) };
      fields.push({ name: nameTok.text, value, span: p.spanFrom(fs2) });
      if (!p.eat(",")) break;
    }
  });
  p.expect("}");
  return { kind: "struct", path: path2, pathSpan, fields: tight(fields), base, ty: void 0, res: void 0, span: p.spanFrom(start) };
}
function parsePathExpr(p) {
  const start = p.pos;
  if (p.is("<")) {
    p.skipAngle();
    while (p.eat("::")) p.expectIdent();
    return p.unsupported("qualified paths", p.spanFrom(start));
  }
  p.eat("::");
  const first = p.expectIdentText();
  if (!p.is("::") || !(p.is("<", 1) || p.isIdent(1))) return { kind: "path", segments: p.oneName(first), generics: NO_TYPES, ty: void 0, res: void 0, span: p.spanFrom(start) };
  const segments = [first];
  const generics = [];
  for (; ; ) {
    if (p.is("<", 1)) {
      p.advance();
      generics.push(...parseGenericArgs(p));
      if (!(p.is("::") && p.isIdent(1))) break;
    } else if (!p.isIdent(1)) break;
    p.advance();
    segments.push(p.expectIdentText());
    if (!p.is("::")) break;
  }
  return { kind: "path", segments: tight(segments), generics: generics.length === 0 ? NO_TYPES : tight(generics), ty: void 0, res: void 0, span: p.spanFrom(start) };
}
function parseExprListWithin(p, open, close) {
  return p.within(open + 1, close, () => {
    const list = [];
    while (!p.atEnd()) {
      list.push(parseExpr(p));
      if (!p.eat(",")) break;
    }
    if (!p.atEnd()) p.failExpected();
    return tight(list);
  });
}
function parseMacro(p, start, name) {
  p.advance();
  const open = p.pos;
  const close = p.match[open] ?? -1;
  if (close < 0) p.failExpected();
  if (name === "seq") {
    const elems = parseExprListWithin(p, open, close);
    p.pos = close;
    p.advance();
    return { kind: "seq", elems, ty: void 0, span: p.spanFrom(start) };
  }
  if (name === "set" || name === "map") {
    p.pos = close;
    p.advance();
    return p.unsupported(`\`${name}!\``, p.spanFrom(start));
  }
  const savedDiags = p.diagnostics.length;
  let args;
  try {
    args = parseExprListWithin(p, open, close);
  } catch (e) {
    if (!(e instanceof ParseFail)) throw e;
    p.diagnostics.length = savedDiags;
    args = void 0;
  }
  p.pos = close;
  p.advance();
  return { kind: "macro", name, args, ty: void 0, span: p.spanFrom(start) };
}
function parseClosure(p, start) {
  if (!p.eat("||")) {
    p.expect("|");
    while (!p.at("|")) {
      parsePattern(p);
      if (p.eat(":")) parseType(p);
      if (!p.eat(",")) break;
    }
    p.expect("|");
  }
  if (p.eat("->")) {
    parseType(p);
    parseBlock(p);
  } else parseExpr(p);
  return p.unsupported("closures", p.spanFrom(start));
}
function parseBinders(p) {
  const binders2 = [];
  if (p.eat("||")) return binders2;
  p.expect("|");
  while (!p.at("|")) {
    const s = p.pos;
    const name = p.expectIdentText();
    const ty = p.eat(":") ? parseType(p) : void 0;
    binders2.push({ name, ty, span: p.spanFrom(s), id: void 0 });
    if (!p.eat(",")) break;
  }
  p.expect("|");
  return tight(binders2);
}
function parseTriggerAttrs(p) {
  const triggers = [];
  let auto = false;
  while (atAttr(p, true)) {
    const a = parseAttr(p);
    if (a.attr.name === "auto") auto = true;
    else if (a.attr.name === "trigger") {
      const nameIdx = findIndexOfText(p, a.attr.span.start, "trigger");
      const close = findClosingBracket(p, nameIdx);
      triggers.push(parseExprListWithin(p, nameIdx, close));
    } else p.unsupported(`attribute \`#![${a.attr.name}]\` here`, a.attr.span);
  }
  return { triggers: tight(triggers), auto };
}
function findIndexOfText(p, fromOffset, text) {
  let i = p.pos - 1;
  while (i > 0 && p.token(i).start > fromOffset) i--;
  while (p.token(i).text !== text) i++;
  return i;
}
function findClosingBracket(p, from) {
  let i = from;
  while (i >= 0 && p.token(i).text !== "[") i--;
  return p.match[i] ?? from + 1;
}
function parseQuantifier(p) {
  const start = p.pos;
  const quant2 = p.bump().text;
  const binders2 = parseBinders(p);
  const { triggers, auto } = parseTriggerAttrs(p);
  const body = parseExpr(p);
  return { kind: "quant", quant: quant2, binders: binders2, triggers, auto, body, ty: void 0, span: p.spanFrom(start) };
}
function parseIf(p) {
  const start = p.pos;
  p.expect("if");
  if (p.is("let")) return parseIfLet(p, start);
  const cond2 = p.noStructExpr(() => parseExpr(p));
  const then = parseBlock(p);
  let elseBranch;
  if (p.eat("else")) {
    if (p.is("if")) {
      const e = parseIf(p);
      elseBranch = e.kind === "if" ? e : { stmts: [], tail: e, span: e.span };
    } else elseBranch = parseBlock(p);
  }
  return { kind: "if", cond: cond2, then, else: elseBranch, ty: void 0, span: p.spanFrom(start) };
}
function parseIfLet(p, start) {
  p.expect("let");
  const pattern = parsePattern(p);
  p.expect("=");
  const scrutinee = p.noStructExpr(() => parseExpr(p));
  const then = parseBlock(p);
  let elseExpr;
  if (p.eat("else")) {
    if (p.is("if")) elseExpr = parseIf(p);
    else {
      const b2 = parseBlock(p);
      elseExpr = { kind: "block", block: b2, ty: void 0, span: b2.span };
    }
  }
  const span = p.spanFrom(start);
  const arms = [
    { pattern, body: { kind: "block", block: then, ty: void 0, span: then.span }, span: joinSpan(pattern.span, then.span) },
    {
      pattern: { kind: "wild", span },
      body: elseExpr ?? { kind: "block", block: { stmts: [], span }, ty: void 0, span },
      span
    }
  ];
  return { kind: "match", scrutinee, arms, ty: void 0, span };
}
function parseMatch(p) {
  const start = p.pos;
  p.expect("match");
  const scrutinee = p.noStructExpr(() => parseExpr(p));
  p.expect("{");
  const arms = [];
  p.withStruct(() => {
    while (!p.at("}")) {
      while (atAttr(p, false)) {
        const a = parseAttr(p);
        if (p.verified) reportUnimplementedVerifierAttrs(p, [a]);
      }
      const as = p.pos;
      const pattern = parsePattern(p);
      const guard = p.eat("if") ? parseExpr(p) : void 0;
      p.expect("=>");
      const body = parseExpr(p);
      arms.push({ pattern, guard, body, span: p.spanFrom(as) });
      const blockLike = body.kind === "block" || body.kind === "if" || body.kind === "match";
      if (!p.eat(",") && !blockLike && !p.is("}")) {
        p.hint(",", "}", ".", "?");
        p.failExpected();
      }
    }
  });
  p.expect("}");
  return { kind: "match", scrutinee, arms: tight(arms), ty: void 0, span: p.spanFrom(start) };
}
function wrapStmtExpr(p, start) {
  const stmt2 = p.is("assert") || p.is("assume") ? parseAssertLike(p) : parseLoopLike(p, []);
  const span = p.spanFrom(start);
  return { kind: "block", block: { stmts: [stmt2], span }, ty: void 0, span };
}
var BINARY, CHAINABLE, COMPARISON_LEVEL;
var init_parser_exprs = __esm({
  "src/syntax/parser-exprs.ts"() {
    "use strict";
    init_parser_attrs();
    init_parser_core();
    init_parser_patterns();
    init_parser_stmts();
    init_parser_types();
    init_tokens();
    BINARY = {
      "<==>": { level: 1, right: false },
      "==>": { level: 2, right: true },
      "<==": { level: 2, right: false },
      "||": { level: 3, right: false },
      "&&": { level: 4, right: false },
      "==": { level: 5, right: false },
      "!=": { level: 5, right: false },
      "<": { level: 5, right: false },
      "<=": { level: 5, right: false },
      ">": { level: 5, right: false },
      ">=": { level: 5, right: false },
      "===": { level: 5, right: false },
      "!==": { level: 5, right: false },
      "=~=": { level: 5, right: false },
      "=~~=": { level: 5, right: false },
      "|": { level: 6, right: false },
      "^": { level: 7, right: false },
      "&": { level: 8, right: false },
      "<<": { level: 9, right: false },
      ">>": { level: 9, right: false },
      "+": { level: 10, right: false },
      "-": { level: 10, right: false },
      "*": { level: 11, right: false },
      "/": { level: 11, right: false },
      "%": { level: 11, right: false }
    };
    CHAINABLE = /* @__PURE__ */ new Set(["<", "<=", ">", ">=", "=="]);
    COMPARISON_LEVEL = 5;
  }
});

// src/syntax/parser-items.ts
function isItemStart(p) {
  let k = 0;
  if (p.is("pub")) return true;
  for (; ; ) {
    if (p.nthKind(k) !== IDENT_CODE) return false;
    const text = p.nthText(k);
    if (text === "const") {
      const next = p.nthText(k + 1);
      if (p.nthKind(k + 1) === IDENT_CODE && next !== "fn" && next !== "unsafe" && next !== "async" && next !== "extern" && next !== "move") return true;
      if (next === "_") return true;
    }
    if (ITEM_KEYWORDS.has(text)) return text !== "macro_rules" || p.is("!", k + 1);
    if (text === "unsafe" && p.is("{", k + 1)) return false;
    if (text === "broadcast" && p.is("use", k + 1)) return true;
    if (MODIFIERS.has(text) && p.nthKind(k + 1) === IDENT_CODE) {
      k++;
      continue;
    }
    return false;
  }
}
function parseItems(p, close, verifiedCtx) {
  const items = [];
  while (p.pos < close && !p.atEnd()) {
    const start = p.pos;
    try {
      if (p.eat(";")) continue;
      const attrs = parseAttrs(p, false);
      items.push(parseItemAfterAttrs(p, start, attrs, verifiedCtx));
    } catch (e) {
      if (!(e instanceof ParseFail)) throw e;
      p.diagnostics.push(e.diagnostic);
      resyncItem(p, start, e.at, close);
    }
  }
  return tight(items);
}
function resyncItem(p, start, errorAt, close) {
  if (errorAt <= start || isGarbageStart(p, start)) {
    let i = Math.max(start + 1, errorAt + 1);
    while (i < close) {
      const t = p.token(i);
      if (t.kind === "ident" && (ITEM_KEYWORDS.has(t.text) || MODIFIERS.has(t.text) || t.text === "pub" || t.text === "verus") || t.text === "#" && t.kind === "punct") break;
      const m = p.match[i];
      i = m > i ? m + 1 : i + 1;
    }
    p.pos = Math.min(i, close);
    return;
  }
  p.pos = skipItemTokens(p, start, close);
  if (p.pos <= start) p.pos = start + 1;
}
function isGarbageStart(p, start) {
  const saved = p.pos;
  p.pos = start;
  try {
    while (p.is("#")) p.pos = (p.match[p.pos + (p.is("!", 1) ? 2 : 1)] ?? p.pos) + 1;
    return !isItemStart(p) && !(p.tok.kind === "ident" && p.is("!", 1));
  } finally {
    p.pos = saved;
  }
}
function skipItemTokens(p, start, close) {
  let i = start;
  let sawEq = false;
  while (i < close) {
    const t = p.token(i);
    const m = p.match[i];
    if (t.kind === "punct") {
      if (t.text === ";") return i + 1;
      if (t.text === "=") sawEq = true;
      if (m > i) {
        if (t.text === "{" && !sawEq) return m + 1;
        if (t.text === "#") {
          i++;
          continue;
        }
        i = m + 1;
        continue;
      }
    }
    i++;
  }
  return close;
}
function parseVis(p) {
  if (!p.eat("pub")) return "private";
  if (p.is("(") && (p.is("crate", 1) || p.is("super", 1) || p.is("self", 1) || p.is("in", 1))) {
    p.skipGroup();
    return "pub(crate)";
  }
  return "pub";
}
function parseItemAfterAttrs(p, start, attrs, verifiedCtx) {
  const markedVerified = verifiedCtx || isVerusVerify(attrs);
  const external = hasAttr(attrs, "verifier::external") || hasAttr(attrs, "verus_verify", "external");
  const savedVerified = p.verified;
  if (markedVerified && !external) {
    reportUnimplementedVerifierAttrs(p, attrs);
    p.verified = true;
    try {
      return parseItemKind(p, start, attrs, true);
    } finally {
      p.verified = savedVerified;
    }
  }
  const savedDiags = p.diagnostics.length;
  p.verified = false;
  try {
    return parseItemKind(p, start, attrs, markedVerified);
  } catch (e) {
    if (!(e instanceof ParseFail)) throw e;
    p.diagnostics.length = savedDiags;
    return opaqueItem(p, start, attrs, p.limit);
  } finally {
    p.verified = savedVerified;
  }
}
function opaqueItem(p, start, attrs, close) {
  p.pos = start;
  parseAttrs(p, false);
  const vis = parseVis(p);
  let what = "item";
  let name;
  for (let k = 0; k < 6; k++) {
    const t = p.nth(k);
    if (t.kind !== "ident") break;
    if (ITEM_KEYWORDS.has(t.text) || t.text === "const") {
      what = t.text;
      const n = p.nth(k + 1);
      if (t.text === "macro_rules") name = p.nth(k + 2).text;
      else if (n.kind === "ident") name = n.text;
      break;
    }
    if (p.is("!", k + 1)) {
      what = "macro";
      name = t.text;
      break;
    }
  }
  p.pos = skipItemTokens(p, start, close);
  if (p.pos <= start) p.pos = start + 1;
  return { kind: "opaque", what, name, span: p.spanFrom(start), attrs: attrs.map((a) => a.attr), vis, verified: false };
}
function parseItemKind(p, start, attrs, verified) {
  const vis = parseVis(p);
  const base = { attrs: attrs.map((a) => a.attr), vis, verified };
  const t = p.tok;
  if (t.kind === "ident" && p.is("!", 1)) {
    if (t.text === "verus" && p.is("{", 2)) {
      p.advance();
      p.advance();
      const open = p.pos;
      const close = p.match[open];
      p.advance();
      const savedVerified = p.verified;
      p.verified = true;
      let items;
      try {
        items = parseItems(p, close, true);
      } finally {
        p.verified = savedVerified;
      }
      p.pos = close;
      p.advance();
      p.eat(";");
      return { kind: "verus", items, span: p.spanFrom(start), ...base, verified: true };
    }
    if (t.text === "include" && p.is("(", 2)) {
      p.advance();
      p.advance();
      p.advance();
      const lit2 = p.tok;
      if (lit2.kind !== "str") {
        p.hint("literal");
        p.failExpected();
      }
      p.advance();
      p.expect(")");
      p.eat(";");
      return { kind: "include", target: lit2.value, span: p.spanFrom(start), ...base };
    }
    if (verified && t.text !== "macro_rules") {
      const end = skipItemTokens(p, start, p.limit);
      p.pos = end;
      p.unsupported(`macro invocation \`${t.text}!\` as an item`, p.spanFrom(start));
    }
    return opaqueItem(p, start, attrs, p.limit);
  }
  const mods = { uninterp: false, broadcast: false, isConst: false };
  for (; ; ) {
    const m = p.tok;
    if (m.kind !== "ident" || !MODIFIERS.has(m.text)) break;
    if (m.text === "const" && !(p.is("fn", 1) || p.is("unsafe", 1) || p.is("extern", 1) || p.is("async", 1))) break;
    if (m.text === "extern" && !(p.nth(1).kind === "str" || p.is("fn", 1))) break;
    if (m.text === "broadcast" && p.is("use", 1)) break;
    if (m.text === "unsafe" && (p.is("impl", 1) || p.is("trait", 1))) {
      p.advance();
      break;
    }
    p.advance();
    switch (m.text) {
      case "open":
      case "closed":
        mods.openness = m.text;
        break;
      case "uninterp":
        mods.uninterp = true;
        break;
      case "broadcast":
        mods.broadcast = true;
        break;
      case "spec":
      case "proof":
      case "exec":
        mods.mode = m.text;
        if (p.is("(")) p.skipGroup();
        break;
      case "const":
        mods.isConst = true;
        break;
      case "extern":
        if (p.tok.kind === "str") p.advance();
        break;
      case "async":
        if (verified) p.unsupported("`async` functions", p.spanOf(m));
        break;
      default:
        break;
    }
  }
  const kw = p.tok;
  if (kw.kind === "ident") {
    switch (kw.text) {
      case "fn":
        return parseFn(p, start, attrs, base, mods);
      case "const":
      case "static":
        return parseConst(p, start, base, mods.mode ?? "exec");
      case "struct":
        return parseStruct(p, start, base);
      case "enum":
        return parseEnum(p, start, base);
      case "impl":
        return parseImpl(p, start, base);
      case "mod":
        return parseMod(p, start, base);
      case "use":
        return parseUse(p, start, base);
      case "broadcast": {
        p.advance();
        p.expect("use");
        const paths = [];
        const one = () => {
          const s = p.pos;
          const path2 = [p.expectIdentText()];
          while (p.eat("::")) path2.push(p.expectIdentText());
          paths.push({ path: path2, span: p.spanFrom(s) });
        };
        if (p.eat("{")) {
          while (!p.at("}")) {
            one();
            if (!p.eat(",")) break;
          }
          p.expect("}");
        } else {
          one();
          while (p.eat(",")) one();
        }
        p.expect(";");
        return { kind: "broadcast_use", paths, span: p.spanFrom(start), ...base };
      }
      case "trait":
      case "type":
      case "union":
      case "extern":
      case "macro_rules":
        if (verified) {
          const end = skipItemTokens(p, start, p.limit);
          const what = kw.text === "type" ? "type aliases" : kw.text === "trait" ? "traits" : `\`${kw.text}\` items`;
          p.pos = end;
          p.diagnostics.push({ severity: "error", kind: "unsupported", message: `unsupported: ${what}`, span: p.spanFrom(start), labels: [] });
        }
        return opaqueItem(p, start, attrs, p.limit);
    }
  }
  p.fail(`expected item, found ${describe3(p)}`);
}
function describe3(p) {
  const t = p.tok;
  if (t.kind === "eof") return "`<eof>`";
  return "`" + t.text + "`";
}
function parseGenericParams(p) {
  const names = [];
  if (!p.is("<")) return names;
  p.advance();
  while (!p.eatGt()) {
    const t = p.tok;
    if (t.kind === "lifetime") {
      p.advance();
      if (p.eat(":")) parseBounds(p);
    } else if (p.is("const")) {
      const s = p.pos;
      p.advance();
      p.expectIdent();
      p.expect(":");
      parseType(p);
      p.unsupported("const generics", p.spanFrom(s));
    } else {
      names.push(p.expectIdentText());
      if (p.eat(":")) parseBounds(p);
      if (p.eat("=")) parseType(p);
    }
    if (!p.eat(",")) {
      if (!p.eatGt()) p.failExpected();
      break;
    }
  }
  return tight(names);
}
function skipWhere(p) {
  if (!p.eat("where")) return;
  while (!p.atEnd() && !p.is("{") && !p.is(";") && !(p.tok.kind === "ident" && CLAUSE_KEYWORDS.has(p.tok.text))) {
    if (p.is("(") || p.is("[")) p.skipGroup();
    else p.advance();
  }
}
function parseParam(p) {
  const start = p.pos;
  parseAttrs(p, false);
  const selfSpanStart = p.pos;
  if (p.is("self") || p.is("mut") && p.is("self", 1) || p.is("&") && (p.is("self", 1) || p.is("mut", 1) && p.is("self", 2) || p.nth(1).kind === "lifetime")) {
    const selfStart = p.pos;
    let ref = p.eat("&");
    if (ref && p.tok.kind === "lifetime") p.advance();
    const mut = p.eat("mut");
    if (p.is("self")) {
      const nameTok2 = p.bump();
      const selfTy = { kind: "path", segments: ["Self"], args: [], span: p.spanOf(nameTok2) };
      let ty2 = ref ? { kind: "ref", mut, inner: selfTy, span: p.spanFrom(selfStart) } : selfTy;
      if (!ref && p.eat(":")) {
        ty2 = parseType(p);
        ref = false;
      }
      return { name: "self", nameSpan: p.spanOf(nameTok2), ty: ty2, mutBinding: !ref && mut, tracked: false, ghost: false, unwrapped: false, span: p.spanFrom(start), id: void 0 };
    }
    p.pos = selfSpanStart;
  }
  let tracked = false;
  if (p.is("tracked") && p.nth(1).kind === "ident") {
    p.advance();
    tracked = true;
  }
  let ghost2 = false;
  let unwrapped = false;
  let mutBinding = false;
  let nameTok;
  if ((p.is("Tracked") || p.is("Ghost")) && p.is("(", 1)) {
    const w = p.bump().text;
    p.advance();
    mutBinding = p.eat("mut");
    nameTok = p.expectIdent();
    p.expect(")");
    unwrapped = true;
    if (w === "Tracked") tracked = true;
    else ghost2 = true;
  } else {
    mutBinding = p.eat("mut");
    if (p.is("(") || p.is("&") || p.is("[")) {
      const s = p.pos;
      p.skipGroup();
      p.unsupported("patterns in parameters", p.spanFrom(s));
      nameTok = p.token(s);
    } else nameTok = p.expectIdent();
  }
  p.expect(":");
  const ty = parseType(p);
  return { name: nameTok.text, nameSpan: p.spanOf(nameTok), ty, mutBinding, tracked, ghost: ghost2, unwrapped, span: p.spanFrom(start), id: void 0 };
}
function parseFnClauses(p, spec) {
  for (; ; ) {
    if (p.tokKind !== IDENT_CODE) return;
    const text = p.tokText;
    switch (text) {
      case "requires":
        p.advance();
        spec.requires.push(...parseClauseList(p));
        break;
      case "ensures":
        p.advance();
        spec.ensures.push(...parseClauseList(p));
        break;
      case "returns":
        p.advance();
        spec.returns.push(...parseClauseList(p));
        break;
      case "recommends":
        p.advance();
        parseClauseList(p);
        break;
      case "decreases":
        p.advance();
        spec.decreases.push(...parseClauseList(p));
        if (p.is("when") || p.is("via")) {
          const s = p.pos;
          p.advance();
          parseClauseList(p);
          p.unsupported(`\`decreases ... ${text}\``, p.spanFrom(s));
        }
        break;
      case "opens_invariants": {
        const s = p.pos;
        p.advance();
        if (p.is("any") || p.is("none")) p.advance();
        else {
          parseClauseList(p);
          if (p.verified) p.diagnostics.push(diag("unsupported", "not supported: `opens_invariants` with a list of invariants", p.spanFrom(s)));
        }
        break;
      }
      case "no_unwind":
        p.advance();
        break;
      default:
        return;
    }
  }
}
function specFromAttrs(p, attrs, spec) {
  for (const a of attrs) {
    if (a.argsFrom < 0) continue;
    const name = a.attr.name.replace(/^verus_verifier::/, "");
    if (name === "verus_spec") {
      p.within(a.argsFrom, a.argsTo, () => {
        if (p.isIdent() && p.is("=>", 1)) {
          const r = p.bump();
          p.advance();
          spec.retName = r.text;
          spec.retNameSpan = p.spanOf(r);
        }
        if (p.is("with")) p.unsupported("`with` parameters in `verus_spec`", p.spanOf(p.tok));
        parseFnClauses(p, spec);
        if (!p.atEnd()) p.failExpected();
      });
    } else if (name === "requires" || name === "recommends" || name === "decreases") {
      const list = p.within(a.argsFrom, a.argsTo, () => parseClauseList(p));
      if (name === "requires") spec.requires.push(...list);
      if (name === "decreases") spec.decreases.push(...list);
    } else if (name === "ensures") {
      p.within(a.argsFrom, a.argsTo, () => {
        if (p.is("|") || p.is("||")) {
          const binders2 = parseBinders(p);
          if (binders2[0]) {
            spec.retName = binders2[0].name;
            spec.retNameSpan = binders2[0].span;
          }
        }
        if (p.is("[")) {
          const open = p.pos;
          const close = p.match[open];
          p.advance();
          spec.ensures.push(...p.within(open + 1, close, () => parseClauseList(p)));
          p.pos = close;
          p.advance();
        } else spec.ensures.push(...parseClauseList(p));
        if (!p.atEnd()) p.failExpected();
      });
    }
  }
}
function parseFn(p, start, attrs, base, mods) {
  p.expect("fn");
  const nameTok = p.expectIdent();
  const generics = parseGenericParams(p);
  p.expect("(");
  const params = [];
  while (!p.at(")")) {
    params.push(parseParam(p));
    if (!p.eat(",")) break;
  }
  p.expect(")");
  let ret;
  let retName;
  let retNameSpan;
  let retTracked = false;
  if (p.eat("->")) {
    const namedTracked = p.is("(") && p.is("tracked", 1) && p.isIdent(2) && p.is(":", 3);
    const named = p.is("(") && p.isIdent(1) && p.is(":", 2);
    if (named || namedTracked) {
      p.advance();
      if (namedTracked) {
        p.advance();
        retTracked = true;
      }
      const r = p.bump();
      retName = r.text;
      retNameSpan = p.spanOf(r);
      p.expect(":");
      ret = parseType(p);
      p.expect(")");
    } else ret = parseType(p);
  }
  skipWhere(p);
  const spec = { requires: [], ensures: [], returns: [], decreases: [], retName, retNameSpan };
  parseFnClauses(p, spec);
  const flags = fnFlags(attrs);
  if (base.verified && p.verified) specFromAttrs(p, attrs, spec);
  let body;
  if (!p.eat(";")) {
    if (!p.is("{")) {
      p.hint("{", ";", "where", "requires", "ensures");
      p.failExpected();
    }
    body = flags.externalBody || flags.external ? parseTrustedBody(p) : parseBlock(p);
  }
  return {
    kind: "fn",
    ...base,
    name: nameTok.text,
    nameSpan: p.spanOf(nameTok),
    mode: mods.mode ?? "exec",
    openness: mods.openness,
    uninterp: mods.uninterp,
    broadcast: mods.broadcast,
    isConst: mods.isConst,
    generics,
    params: tight(params),
    ret,
    retName: spec.retName,
    retNameSpan: spec.retNameSpan,
    retTracked,
    requires: tight(spec.requires),
    ensures: tight(spec.ensures),
    returns: tight(spec.returns),
    decreases: tight(spec.decreases),
    body,
    flags,
    span: p.spanFrom(start)
  };
}
function parseTrustedBody(p) {
  const open = p.pos;
  const savedVerified = p.verified;
  const savedDiags = p.diagnostics.length;
  p.verified = false;
  try {
    return parseBlock(p);
  } catch (e) {
    if (!(e instanceof ParseFail)) throw e;
    p.diagnostics.length = savedDiags;
    p.pos = open;
    p.skipGroup();
    const span = p.spanFrom(open);
    return { stmts: [], tail: { kind: "unsupported", what: "trusted body outside the subset", span }, span };
  } finally {
    p.verified = savedVerified;
  }
}
function parseConst(p, start, base, mode) {
  const isStatic = p.bump().text === "static";
  if (isStatic) p.eat("mut");
  const nameTok = p.is("_") ? p.bump() : p.expectIdent();
  p.expect(":");
  const ty = parseType(p);
  const value = p.eat("=") ? parseExpr(p) : void 0;
  p.expect(";");
  return { kind: "const", ...base, name: nameTok.text, nameSpan: p.spanOf(nameTok), mode, ty, value, isStatic, span: p.spanFrom(start) };
}
function fieldMode2(p) {
  if ((p.is("ghost") || p.is("tracked")) && p.isIdent(1)) {
    return p.bump().text === "ghost" ? "spec" : "proof";
  }
  return "exec";
}
function parseNamedFields(p) {
  p.expect("{");
  const fields = [];
  while (!p.at("}")) {
    const s = p.pos;
    parseAttrs(p, false);
    const vis = parseVis(p);
    const mode = fieldMode2(p);
    const name = p.expectIdentText();
    p.expect(":");
    const ty = parseType(p);
    fields.push({ name, ty, vis, mode, span: p.spanFrom(s) });
    if (!p.eat(",")) break;
  }
  p.expect("}");
  return tight(fields);
}
function parseTupleFields(p) {
  p.expect("(");
  const fields = [];
  while (!p.at(")")) {
    const s = p.pos;
    parseAttrs(p, false);
    const vis = parseVis(p);
    const mode = (p.is("ghost") || p.is("tracked")) && !p.is(",", 1) && !p.is(")", 1) ? p.bump().text === "ghost" ? "spec" : "proof" : "exec";
    const ty = parseType(p);
    fields.push({ name: String(fields.length), ty, vis, mode, span: p.spanFrom(s) });
    if (!p.eat(",")) break;
  }
  p.expect(")");
  return tight(fields);
}
function parseStruct(p, start, base) {
  p.expect("struct");
  const nameTok = p.expectIdent();
  const generics = parseGenericParams(p);
  skipWhere(p);
  let shape;
  let fields = [];
  if (p.is("{")) {
    shape = "named";
    fields = parseNamedFields(p);
  } else if (p.is("(")) {
    shape = "tuple";
    fields = parseTupleFields(p);
    skipWhere(p);
    p.expect(";");
  } else {
    shape = "unit";
    p.hint("{", "(", "<", "where");
    p.expect(";");
  }
  return { kind: "struct", ...base, name: nameTok.text, nameSpan: p.spanOf(nameTok), generics, shape, fields, span: p.spanFrom(start) };
}
function parseEnum(p, start, base) {
  p.expect("enum");
  const nameTok = p.expectIdent();
  const generics = parseGenericParams(p);
  skipWhere(p);
  p.expect("{");
  const variants = [];
  while (!p.at("}")) {
    const s = p.pos;
    parseAttrs(p, false);
    const vt = p.expectIdent();
    let shape = "unit";
    let fields = [];
    if (p.is("{")) {
      shape = "named";
      fields = parseNamedFields(p);
    } else if (p.is("(")) {
      shape = "tuple";
      fields = parseTupleFields(p);
    }
    const discriminant = p.eat("=") ? parseExpr(p) : void 0;
    variants.push({ name: vt.text, nameSpan: p.spanOf(vt), shape, fields, discriminant, span: p.spanFrom(s) });
    if (!p.eat(",")) break;
  }
  p.expect("}");
  return { kind: "enum", ...base, name: nameTok.text, nameSpan: p.spanOf(nameTok), generics, variants: tight(variants), span: p.spanFrom(start) };
}
function parseImpl(p, start, base) {
  p.expect("impl");
  const generics = p.is("<") ? parseGenericParams(p) : [];
  const negative = p.eat("!");
  let selfTy = parseType(p);
  let traitName;
  if (p.eat("for")) {
    traitName = selfTy.kind === "path" ? selfTy.segments.join("::") : "trait";
    const traitSpan = selfTy.span;
    selfTy = parseType(p);
    if (base.verified && p.verified) p.unsupported("trait implementations (`impl Trait for T`)", traitSpan);
  } else if (negative) p.failExpected();
  skipWhere(p);
  const open = p.pos;
  p.expect("{");
  const close = p.match[open];
  const inner = parseAttrs(p, true);
  if (p.verified) reportUnimplementedVerifierAttrs(p, inner);
  const items = [];
  while (p.pos < close) {
    const s = p.pos;
    try {
      if (p.eat(";")) continue;
      const attrs = parseAttrs(p, false);
      const item = parseImplMember(p, s, attrs, base.verified);
      if (item) {
        item.implSelf = selfTy;
        items.push(item);
      }
    } catch (e) {
      if (!(e instanceof ParseFail)) throw e;
      if (p.verified) p.diagnostics.push(e.diagnostic);
      resyncItem(p, s, e.at, close);
    }
  }
  p.pos = close;
  p.advance();
  return { kind: "impl", ...base, generics, selfTy, traitName, items: tight(items), span: p.spanFrom(start) };
}
function parseImplMember(p, start, attrs, implVerified) {
  const item = parseItemAfterAttrs(p, start, attrs, implVerified);
  if (item.kind === "fn" || item.kind === "const") return item;
  if (item.kind === "opaque" && !(implVerified && p.verified)) return void 0;
  if (implVerified && item.kind !== "opaque") p.unsupported(`${item.kind} items inside impl blocks`, item.span);
  return void 0;
}
function parseMod(p, start, base) {
  p.expect("mod");
  const nameTok = p.expectIdent();
  if (p.eat(";")) return { kind: "mod", ...base, name: nameTok.text, nameSpan: p.spanOf(nameTok), span: p.spanFrom(start) };
  const open = p.pos;
  p.expect("{");
  const close = p.match[open];
  const inner = parseAttrs(p, true);
  if (base.verified) reportUnimplementedVerifierAttrs(p, inner);
  const items = parseItems(p, close, base.verified);
  p.pos = close;
  p.advance();
  return { kind: "mod", ...base, name: nameTok.text, nameSpan: p.spanOf(nameTok), items, span: p.spanFrom(start) };
}
function parseUse(p, start, base) {
  p.expect("use");
  const trees = [];
  parseUseTree(p, [], trees);
  p.expect(";");
  return { kind: "use", ...base, trees, span: p.spanFrom(start) };
}
function parseUseTree(p, prefix, out) {
  const s = p.pos;
  const path2 = [...prefix];
  p.eat("::");
  for (; ; ) {
    if (p.eat("*")) {
      out.push({ path: path2, glob: true, span: p.spanFrom(s) });
      return;
    }
    if (p.is("{")) {
      p.advance();
      while (!p.at("}")) {
        parseUseTree(p, path2, out);
        if (!p.eat(",")) break;
      }
      p.expect("}");
      return;
    }
    const seg = p.expectIdentText();
    if (seg === "self" && path2.length > 0 && path2.length > prefix.length - 1 && !p.is("::")) {
      const alias2 = p.eat("as") ? p.expectIdentText() : void 0;
      out.push({ path: path2, glob: false, alias: alias2, span: p.spanFrom(s) });
      return;
    }
    path2.push(seg);
    if (!p.eat("::")) break;
  }
  const alias = p.eat("as") ? p.is("_") ? p.bump().text : p.expectIdentText() : void 0;
  out.push({ path: path2, glob: false, alias, span: p.spanFrom(s) });
}
var ITEM_KEYWORDS, MODIFIERS;
var init_parser_items = __esm({
  "src/syntax/parser-items.ts"() {
    "use strict";
    init_diagnostic();
    init_parser_attrs();
    init_parser_core();
    init_parser_exprs();
    init_parser_stmts();
    init_parser_types();
    init_tokens();
    ITEM_KEYWORDS = /* @__PURE__ */ new Set(["fn", "struct", "enum", "union", "impl", "mod", "use", "trait", "type", "static", "extern", "macro_rules"]);
    MODIFIERS = /* @__PURE__ */ new Set(["open", "closed", "uninterp", "broadcast", "spec", "proof", "exec", "unsafe", "async", "default", "const", "extern"]);
  }
});

// src/syntax/parser.ts
function parseFile(path2, text) {
  const file = { path: path2, text, items: [] };
  let table;
  try {
    table = sharedTable ?? new TokenTable(16);
    sharedTable = void 0;
    const lexed = lexTable(path2, text, table);
    const { match, diagnostics: delimDiags } = matchDelimiters(path2, lexed.tokens);
    const diagnostics = [...lexed.diagnostics, ...delimDiags];
    if (delimDiags.length > 0) return { file, diagnostics };
    const p = new Parser(path2, text, lexed.tokens, match);
    reportUnimplementedVerifierAttrs(p, parseAttrs(p, true));
    file.items = parseItems(p, lexed.tokens.count - 1, false);
    diagnostics.push(...p.diagnostics);
    return { file, diagnostics };
  } catch (e) {
    const span = new LineMap(path2, text).span(0, 0);
    if (isStackOverflow(e)) return { file, diagnostics: [diag("unsupported", NESTED_TOO_DEEPLY, span)] };
    const message2 = `internal parser error: ${e instanceof Error ? e.message : String(e)}`;
    return { file, diagnostics: [diag("internal", message2, span)] };
  } finally {
    if (table && table.kinds.length <= MAX_SHARED_CAPACITY) sharedTable = table;
  }
}
var sharedTable, MAX_SHARED_CAPACITY;
var init_parser = __esm({
  "src/syntax/parser.ts"() {
    "use strict";
    init_diagnostic();
    init_delimiters();
    init_lexer();
    init_parser_attrs();
    init_parser_core();
    init_parser_items();
    init_stack_limit();
    init_span();
    init_tokens();
    MAX_SHARED_CAPACITY = 4e6;
  }
});

// src/syntax/load.ts
import * as fs from "node:fs";
import * as path from "node:path";
function displayPath(abs) {
  const rel = path.relative(process.cwd(), abs) || path.basename(abs);
  return rel.split(path.sep).join("/");
}
function isSkippedDir(name) {
  return name === "target" || name === "node_modules" || name.startsWith(".");
}
function fileSpan(file) {
  return new LineMap(file, "").span(0, 0);
}
function crateRootOf(dir) {
  for (const r of ROOT_NAMES) {
    const p = path.join(dir, r);
    if (isFile(p)) return p;
  }
  return void 0;
}
function isFile(p) {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
function* loadCratesInTurn(paths, workspaceRoot2) {
  const claimed = /* @__PURE__ */ new Set();
  const boundary = workspaceRoot2 === void 0 ? null : new Boundary(workspaceRoot2);
  const loadCrate = (name, rootAbs) => {
    if (claimed.has(rootAbs)) return void 0;
    const diagnostics = [];
    const builder = new CrateBuilder(diagnostics, claimed, boundary);
    try {
      const root = builder.loadFile(rootAbs, true);
      return root ? { crate: { name, root, files: builder.files }, diagnostics } : { diagnostics };
    } catch (err) {
      return { diagnostics: [...diagnostics, internalError("loading this crate", err, fileSpan(displayPath(rootAbs)))] };
    }
  };
  function* visitDir(dir, top) {
    const root = crateRootOf(dir);
    if (root) {
      const step = loadCrate(crateName(path.basename(dir)), root);
      if (step) yield step;
      return;
    }
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      if (top) yield { diagnostics: [diag("syntax", `couldn't read \`${displayPath(dir)}\``, fileSpan(displayPath(dir)))] };
      return;
    }
    entries.sort((a, b2) => a.name < b2.name ? -1 : a.name > b2.name ? 1 : 0);
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!isSkippedDir(e.name)) yield* visitDir(full, false);
      } else if (e.name.endsWith(".rs") && !e.name.endsWith(".verus.rs")) {
        const step = loadCrate(crateName(e.name.slice(0, -3)), full);
        if (step) yield step;
      }
    }
  }
  for (const given of paths) {
    const abs = path.resolve(given);
    let stat;
    try {
      stat = fs.statSync(abs);
    } catch {
      yield { diagnostics: [diag("syntax", `couldn't read \`${displayPath(abs)}\`: no such file or directory`, fileSpan(displayPath(abs)))] };
      continue;
    }
    const refused = boundary?.refusal(abs, fileSpan(displayPath(abs)));
    if (refused) {
      yield { diagnostics: [refused] };
      continue;
    }
    if (stat.isDirectory()) yield* visitDir(abs, true);
    else if (abs.endsWith(".verus.rs")) continue;
    else {
      const step = loadCrate(crateName(path.basename(abs).replace(/\.rs$/, "")), abs);
      if (step) yield step;
    }
  }
}
function crateName(stem) {
  return stem.replace(/-/g, "_");
}
var ROOT_NAMES, Boundary, CrateBuilder;
var init_load = __esm({
  "src/syntax/load.ts"() {
    "use strict";
    init_diagnostic();
    init_internal_error();
    init_parser();
    init_span();
    ROOT_NAMES = ["lib.rs", "main.rs", path.join("src", "lib.rs"), path.join("src", "main.rs")];
    Boundary = class {
      realRoot;
      /** The folder as messages name it ('.' for the working folder itself). */
      shown;
      constructor(root) {
        const abs = path.resolve(root);
        this.shown = abs === process.cwd() ? "." : displayPath(abs);
        try {
          this.realRoot = fs.realpathSync(abs);
        } catch {
          this.realRoot = abs;
        }
      }
      /** Null when `abs` is inside (or does not exist: reading it reports that), else the refusal. */
      refusal(abs, span) {
        let real;
        try {
          real = fs.realpathSync(abs);
        } catch {
          return null;
        }
        const rel = path.relative(this.realRoot, real);
        if (rel === "" || rel.split(path.sep)[0] !== ".." && !path.isAbsolute(rel)) return null;
        const via = real === abs ? "" : ` (it resolves to \`${real}\`)`;
        return diag("syntax", `refusing to read \`${displayPath(abs)}\`${via}: it is outside the workspace folder \`${this.shown}\``, span, {
          notes: ["files outside the workspace are not read, so their text never reaches a report; the CLI reads outside its working folder with --allow-outside-cwd"]
        });
      }
    };
    CrateBuilder = class {
      constructor(diagnostics, claimed, boundary) {
        this.diagnostics = diagnostics;
        this.claimed = claimed;
        this.boundary = boundary;
      }
      diagnostics;
      claimed;
      boundary;
      files = [];
      seen = /* @__PURE__ */ new Set();
      loadFile(abs, isModRoot, fromSpan) {
        if (this.seen.has(abs)) return void 0;
        const file = this.readAndParse(abs, `couldn't read \`${displayPath(abs)}\``, fromSpan ?? fileSpan(displayPath(abs)));
        if (!file) return void 0;
        const dir = path.dirname(abs);
        const base = path.basename(abs);
        const modDir = isModRoot || base === "mod.rs" ? dir : path.join(dir, base.replace(/\.rs$/, ""));
        this.resolveItems(file.items, modDir, dir);
        return file;
      }
      resolveItems(items, modDir, fileDir) {
        for (const item of items) {
          switch (item.kind) {
            case "verus":
              this.resolveItems(item.items, modDir, fileDir);
              break;
            case "mod":
              if (item.items) this.resolveItems(item.items, path.join(modDir, item.name), fileDir);
              else this.loadModFile(item, modDir);
              break;
            case "include": {
              const target = path.resolve(fileDir, item.target);
              if (this.seen.has(target)) break;
              const sub2 = this.loadIncluded(target, item.span);
              if (sub2) {
                item.items = sub2.items;
                this.resolveItems(sub2.items, modDir, path.dirname(target));
              }
              break;
            }
            default:
              break;
          }
        }
      }
      loadIncluded(abs, span) {
        return this.readAndParse(abs, `couldn't read \`${displayPath(abs)}\`: No such file or directory`, span);
      }
      /** Reads and parses one file of the crate; an unreadable file is a diagnostic at `span`. */
      readAndParse(abs, unreadable, span) {
        const refused = this.boundary?.refusal(abs, span);
        if (refused) {
          this.diagnostics.push(refused);
          return void 0;
        }
        let text;
        try {
          text = fs.readFileSync(abs, "utf8");
        } catch {
          this.diagnostics.push(diag("syntax", unreadable, span));
          return void 0;
        }
        this.seen.add(abs);
        this.claimed.add(abs);
        const { file, diagnostics } = parseFile(displayPath(abs), text);
        this.diagnostics.push(...diagnostics);
        this.files.push(file);
        return file;
      }
      loadModFile(item, modDir) {
        const pathAttr = item.attrs.find((a) => a.name === "path");
        const candidates = pathAttr ? [path.resolve(modDir, pathAttr.args.replace(/^"|"$/g, ""))] : [path.join(modDir, `${item.name}.rs`), path.join(modDir, item.name, "mod.rs")];
        const found = candidates.find(isFile);
        if (!found) {
          this.diagnostics.push(diag("syntax", `file not found for module \`${item.name}\``, item.span, {
            notes: [`to create the module \`${item.name}\`, create file "${displayPath(candidates[0])}"`]
          }));
          item.items = [];
          return;
        }
        if (this.seen.has(found)) {
          item.items = [];
          return;
        }
        const file = this.loadFile(found, false, item.span);
        item.items = file ? file.items : [];
      }
    };
  }
});

// src/smt/encode/context.ts
function mangle(name) {
  let m = mangled.get(name);
  if (m === void 0) {
    m = name.replace(/::/g, ".").replace(/[^A-Za-z0-9_.@%<>$+-]/g, "_");
    if (/^[0-9]/.test(m)) m = `_${m}`;
    mangled.set(name, m);
  }
  return m;
}
function sortKey(sort) {
  return sort.replace(/[() ]+/g, "_").replace(/_+$/, "");
}
var mangled, SmtContext;
var init_context2 = __esm({
  "src/smt/encode/context.ts"() {
    "use strict";
    mangled = /* @__PURE__ */ new Map();
    SmtContext = class {
      constructor(source) {
        this.source = source;
      }
      source;
      sections = { sorts: [], funs: [], axioms: [] };
      done = /* @__PURE__ */ new Set();
      adts = /* @__PURE__ */ new Map();
      /** Substitution for generic type parameters (by name), set while translating a callee. */
      typeSubst = /* @__PURE__ */ new Map();
      /** Run `emit` once per key. */
      once(key, emit2) {
        if (this.done.has(key)) return;
        this.done.add(key);
        emit2();
      }
      sort(line) {
        this.sections.sorts.push(line);
      }
      fun(line) {
        this.sections.funs.push(line);
      }
      axiom(term) {
        this.sections.axioms.push(`(assert ${term})`);
      }
      prelude() {
        return [...this.sections.sorts, ...this.sections.funs, ...this.sections.axioms].join("\n");
      }
      substitute(t) {
        if (this.typeSubst.size === 0) return t;
        const go = (t2) => {
          switch (t2.k) {
            case "param":
              return this.typeSubst.get(t2.name) ?? t2;
            case "tuple":
              return { k: "tuple", elems: t2.elems.map(go) };
            case "ref":
              return { k: "ref", mut: t2.mut, inner: go(t2.inner) };
            case "array":
              return { k: "array", elem: go(t2.elem), len: t2.len };
            case "slice":
              return { k: "slice", elem: go(t2.elem) };
            case "builtin":
              return { k: "builtin", name: t2.name, args: t2.args.map(go) };
            case "adt":
              return { k: "adt", name: t2.name, args: t2.args.map(go) };
            default:
              return t2;
          }
        };
        return go(t);
      }
      /** The SMT sort of a Rust type; references and ghost/tracked wrappers are erased. */
      sortOf(ty) {
        if (this.typeSubst.size > 0) return this.computeSortOf(ty);
        let s = this.sorts.get(ty);
        if (s === void 0) {
          s = this.computeSortOf(ty);
          this.sorts.set(ty, s);
        }
        return s;
      }
      sorts = /* @__PURE__ */ new WeakMap();
      computeSortOf(ty) {
        const t = this.substitute(ty);
        switch (t.k) {
          case "int":
          case "char":
          case "str":
          case "never":
          case "error":
            return "Int";
          case "bool":
            return "Bool";
          case "tuple":
            return this.tupleSort(t.elems.map((e) => this.sortOf(e)));
          case "ref":
            return this.sortOf(t.inner);
          case "array":
          case "slice":
            return this.seqSort(this.sortOf(t.elem));
          case "param": {
            const s = `P%${mangle(t.name)}`;
            this.once(`sort:${s}`, () => this.sort(`(declare-sort ${s} 0)`));
            return s;
          }
          case "adt":
            return this.adtSort(t.name, t.args).sort;
          case "builtin": {
            const a = t.args.map((x) => this.sortOf(x));
            switch (t.name) {
              case "Box":
              case "Ghost":
              case "Tracked":
                return a[0] ?? "Int";
              case "Vec":
              case "Seq":
                return this.seqSort(a[0] ?? "Int");
              case "Set":
                return `(Array ${a[0] ?? "Int"} Bool)`;
              case "Option":
                return this.optionSort(a[0] ?? "Int");
              case "Map":
                return this.mapSort(a[0] ?? "Int", a[1] ?? "Int");
            }
          }
        }
        return "Int";
      }
      unitSort() {
        return this.tupleSort([]);
      }
      tupleSort(elems) {
        const s = elems.length === 0 ? "Unit" : `Tuple${elems.length}%${elems.map(sortKey).join("%")}`;
        this.once(`sort:${s}`, () => {
          if (elems.length === 0) this.sort(`(declare-datatypes ((Unit 0)) (((unit))))`);
          else this.sort(`(declare-datatypes ((${s} 0)) (((${s}.mk ${elems.map((e, i) => `(${s}.${i} ${e})`).join(" ")}))))`);
        });
        return s;
      }
      optionSort(elem) {
        const s = `Option%${sortKey(elem)}`;
        this.once(`sort:${s}`, () => this.sort(`(declare-datatypes ((${s} 0)) (((${s}.None) (${s}.Some (${s}.Some.0 ${elem})))))`));
        return s;
      }
      /**
       * Map<K, V> as an uninterpreted sort of mathematical maps: `dom`, `vals` (meaningful only
       * inside the domain), a constructor `mk` from a domain and values, and extensionality
       * (`ext`, which `=~=` is, implies `=`). A datatype of (dom, vals) arrays would make `==`
       * see values outside the domain (left behind by `remove`), which Verus's maps do not have.
       * Model: pairs (d, f restricted to d); `vals` extends f by any fixed default outside d.
       */
      mapSort(k, v) {
        const s = `Map%${sortKey(k)}%${sortKey(v)}`;
        this.once(`sort:${s}`, () => {
          this.sort(`(declare-sort ${s} 0)`);
          const D = `(Array ${k} Bool)`;
          const A = `(Array ${k} ${v})`;
          this.fun([
            `(declare-fun ${s}.dom (${s}) ${D})`,
            `(declare-fun ${s}.vals (${s}) ${A})`,
            `(declare-fun ${s}.mk (${D} ${A}) ${s})`,
            `(declare-fun ${s}.ext (${s} ${s}) Bool)`,
            `(declare-const ${s}.default ${A})`
          ].join("\n"));
          const mk = `(${s}.mk d v)`;
          this.axiom(`(forall ((d ${D}) (v ${A})) (! (= (${s}.dom ${mk}) d) :pattern (${mk})))`);
          const at = `(select (${s}.vals ${mk}) x)`;
          this.axiom(`(forall ((d ${D}) (v ${A}) (x ${k})) (! (=> (select d x) (= ${at} (select v x))) :pattern (${at})))`);
          const agree = `(forall ((x ${k})) (! (=> (select (${s}.dom a) x) (= (select (${s}.vals a) x) (select (${s}.vals b) x))) :pattern ((select (${s}.vals a) x)) :pattern ((select (${s}.vals b) x))))`;
          this.axiom(`(forall ((a ${s}) (b ${s})) (! (= (${s}.ext a b) (and (= (${s}.dom a) (${s}.dom b)) ${agree})) :pattern ((${s}.ext a b))))`);
          this.axiom(`(forall ((a ${s}) (b ${s})) (! (=> (${s}.ext a b) (= a b)) :pattern ((${s}.ext a b))))`);
        });
        return s;
      }
      /** Seq<T> as an uninterpreted sort with Verus-style axioms (all guarded by index ranges). */
      seqSort(elem) {
        const Q = `Seq%${sortKey(elem)}`;
        this.once(`sort:${Q}`, () => {
          this.sort(`(declare-sort ${Q} 0)`);
          this.fun([
            `(declare-fun ${Q}.len (${Q}) Int)`,
            `(declare-fun ${Q}.index (${Q} Int) ${elem})`,
            `(declare-fun ${Q}.empty () ${Q})`,
            `(declare-fun ${Q}.push (${Q} ${elem}) ${Q})`,
            `(declare-fun ${Q}.update (${Q} Int ${elem}) ${Q})`,
            `(declare-fun ${Q}.subrange (${Q} Int Int) ${Q})`,
            `(declare-fun ${Q}.add (${Q} ${Q}) ${Q})`,
            `(declare-fun ${Q}.ext (${Q} ${Q}) Bool)`
          ].join("\n"));
          const len2 = (s) => `(${Q}.len ${s})`;
          const idx = (s, i) => `(${Q}.index ${s} ${i})`;
          this.axiom(`(forall ((s ${Q})) (! (<= 0 ${len2("s")}) :pattern (${len2("s")})))`);
          this.axiom(`(= ${len2(`${Q}.empty`)} 0)`);
          const push2 = `(${Q}.push s a)`;
          this.axiom(`(forall ((s ${Q}) (a ${elem})) (! (and (= ${len2(push2)} (+ 1 ${len2("s")})) (= ${idx(push2, len2("s"))} a)) :pattern (${push2})))`);
          this.axiom(`(forall ((s ${Q}) (a ${elem}) (i Int)) (! (=> (and (<= 0 i) (< i ${len2("s")})) (= ${idx(push2, "i")} ${idx("s", "i")})) :pattern (${idx(push2, "i")})))`);
          const upd = `(${Q}.update s i a)`;
          this.axiom(`(forall ((s ${Q}) (i Int) (a ${elem})) (! (=> (and (<= 0 i) (< i ${len2("s")})) (and (= ${len2(upd)} ${len2("s")}) (= ${idx(upd, "i")} a))) :pattern (${upd})))`);
          this.axiom(`(forall ((s ${Q}) (i Int) (a ${elem}) (j Int)) (! (=> (and (<= 0 i) (< i ${len2("s")}) (<= 0 j) (< j ${len2("s")}) (not (= i j))) (= ${idx(upd, "j")} ${idx("s", "j")})) :pattern (${idx(upd, "j")})))`);
          const sub2 = `(${Q}.subrange s lo hi)`;
          this.axiom(`(forall ((s ${Q}) (lo Int) (hi Int)) (! (=> (and (<= 0 lo) (<= lo hi) (<= hi ${len2("s")})) (= ${len2(sub2)} (- hi lo))) :pattern (${sub2})))`);
          this.axiom(`(forall ((s ${Q}) (lo Int) (hi Int) (j Int)) (! (=> (and (<= 0 lo) (<= lo hi) (<= hi ${len2("s")}) (<= 0 j) (< j (- hi lo))) (= ${idx(sub2, "j")} ${idx("s", "(+ j lo)")})) :pattern (${idx(sub2, "j")})))`);
          const add2 = `(${Q}.add s t)`;
          this.axiom(`(forall ((s ${Q}) (t ${Q})) (! (= ${len2(add2)} (+ ${len2("s")} ${len2("t")})) :pattern (${add2})))`);
          this.axiom(`(forall ((s ${Q}) (t ${Q}) (i Int)) (! (=> (and (<= 0 i) (< i (+ ${len2("s")} ${len2("t")}))) (= ${idx(add2, "i")} (ite (< i ${len2("s")}) ${idx("s", "i")} ${idx("t", `(- i ${len2("s")})`)}))) :pattern (${idx(add2, "i")})))`);
          this.axiom(`(forall ((s ${Q}) (t ${Q})) (! (= (${Q}.ext s t) (and (= ${len2("s")} ${len2("t")}) (forall ((i Int)) (! (=> (and (<= 0 i) (< i ${len2("s")})) (= ${idx("s", "i")} ${idx("t", "i")})) :pattern (${idx("s", "i")}) :pattern (${idx("t", "i")}))))) :pattern ((${Q}.ext s t))))`);
          this.axiom(`(forall ((s ${Q}) (t ${Q})) (! (=> (${Q}.ext s t) (= s t)) :pattern ((${Q}.ext s t))))`);
        });
        return Q;
      }
      /**
       * `Seq::contains` as a function defined by its `exists` over indices (trigger: the index
       * term, as in vstd), plus consequences of that definition that rewrite it structurally
       * over `empty`, `push` and `+`, so literal and pushed sequences need no witness hint.
       * Each extra axiom only creates `contains` terms on strictly smaller sequences.
       */
      seqContains(elem) {
        const Q = this.seqSort(elem);
        const C = `${Q}.contains`;
        this.once(`fn:${C}`, () => {
          this.fun(`(declare-fun ${C} (${Q} ${elem}) Bool)`);
          const def = `(exists ((i Int)) (! (and (<= 0 i) (< i (${Q}.len s)) (= (${Q}.index s i) x)) :pattern ((${Q}.index s i))))`;
          this.axiom(`(forall ((s ${Q}) (x ${elem})) (! (= (${C} s x) ${def}) :pattern ((${C} s x))))`);
          this.axiom(`(forall ((x ${elem})) (! (not (${C} ${Q}.empty x)) :pattern ((${C} ${Q}.empty x))))`);
          const push2 = `(${Q}.push s a)`;
          this.axiom(`(forall ((s ${Q}) (a ${elem}) (x ${elem})) (! (= (${C} ${push2} x) (or (= a x) (${C} s x))) :pattern ((${C} ${push2} x))))`);
          const add2 = `(${Q}.add s t)`;
          this.axiom(`(forall ((s ${Q}) (t ${Q}) (x ${elem})) (! (= (${C} ${add2} x) (or (${C} s x) (${C} t x))) :pattern ((${C} ${add2} x))))`);
        });
        return C;
      }
      /**
       * Union (`or`) or intersection (`and`) on sets `(Array K Bool)`: a declared function with
       * its pointwise axiom, in standard SMT-LIB (z3's `(_ map or)` is not, and cvc5 rejects it).
       * Array extensionality still decides equalities of such sets.
       */
      setPointwise(op, setSort, keySort) {
        const F = `set.${op === "or" ? "union" : "inter"}%${sortKey(setSort)}`;
        this.once(`fn:${F}`, () => {
          this.fun(`(declare-fun ${F} (${setSort} ${setSort}) ${setSort})`);
          const at = `(select (${F} a b) x)`;
          this.axiom(`(forall ((a ${setSort}) (b ${setSort}) (x ${keySort})) (! (= ${at} (${op} (select a x) (select b x))) :pattern (${at})))`);
        });
        return F;
      }
      adtSort(name, args) {
        const argSorts = args.map((a) => sortKey(this.sortOf(a)));
        const sort = [mangle(name), ...argSorts].join("%");
        const existing = this.adts.get(sort);
        if (existing) return existing;
        const shape = { sort, ctors: [] };
        this.adts.set(sort, shape);
        const variants = this.source.adtFields(name, args) ?? [];
        for (const v of variants) {
          const ctor = v.variant === "" ? `${sort}.mk` : `${sort}.${v.variant}`;
          shape.ctors.push({
            name: ctor,
            variant: v.variant,
            fields: v.fields.map((f) => ({ name: f.name, accessor: `${ctor}.${mangle(f.name)}`, ty: f.ty, sort: this.sortOf(f.ty) }))
          });
        }
        const ctorText = shape.ctors.length === 0 ? `((${sort}.mk))` : shape.ctors.map((c) => `(${c.name}${c.fields.map((f) => ` (${f.accessor} ${f.sort})`).join("")})`).join(" ");
        this.sort(`(declare-datatypes ((${sort} 0)) ((${ctorText})))`);
        return shape;
      }
    };
  }
});

// src/vc/errors.ts
var Unsupported;
var init_errors = __esm({
  "src/vc/errors.ts"() {
    "use strict";
    Unsupported = class extends Error {
      constructor(what, span) {
        super(what);
        this.what = what;
        this.span = span;
      }
      what;
      span;
    };
  }
});

// src/vc/terms.ts
function num(v) {
  return v < 0n ? `(- ${-v})` : v.toString();
}
function strip(t) {
  let cur = t;
  for (; ; ) {
    if (cur.k === "ref") cur = cur.inner;
    else if (cur.k === "builtin" && (cur.name === "Box" || cur.name === "Ghost" || cur.name === "Tracked") && cur.args[0]) cur = cur.args[0];
    else return cur;
  }
}
function intKindOf(t) {
  if (!t) return void 0;
  const s = strip(t);
  return s.k === "int" ? s.kind : void 0;
}
function isBounded(k) {
  return k !== void 0 && k !== "int" && k !== "nat";
}
function andAll(ts) {
  const xs = ts.filter((t) => t !== "true");
  if (xs.length === 0) return "true";
  if (xs.length === 1) return xs[0];
  return `(and ${xs.join(" ")})`;
}
function orAll(ts) {
  const xs = ts.filter((t) => t !== "false");
  if (xs.length === 0) return "false";
  if (xs.length === 1) return xs[0];
  return `(or ${xs.join(" ")})`;
}
function implies(a, b2) {
  if (a === "true") return b2;
  return `(=> ${a} ${b2})`;
}
function inRange(term, k) {
  if (k === "nat") return `(<= 0 ${term})`;
  const r = intRange(k);
  if (!r) return "true";
  return `(and (<= ${num(r.min)} ${term}) (<= ${term} ${num(r.max)}))`;
}
var UNKNOWN_SPAN, Terms;
var init_terms = __esm({
  "src/vc/terms.ts"() {
    "use strict";
    init_types();
    init_errors();
    UNKNOWN_SPAN = { file: "", start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };
    Terms = class {
      constructor(crate, ctx) {
        this.crate = crate;
        this.ctx = ctx;
      }
      crate;
      ctx;
      bitFns = /* @__PURE__ */ new Set();
      sortOf(t) {
        return this.ctx.sortOf(t);
      }
      /** Truncating conversion to a machine integer kind (exec `as`); identity when the range fits. */
      cast(term, from, to, span) {
        const target = strip(to);
        const source = from ? strip(from) : void 0;
        if (target.k === "int") {
          if (source?.k === "bool") return `(ite ${term} 1 0)`;
          const fk = source?.k === "int" ? source.kind : source?.k === "char" ? "u32" : void 0;
          if (target.kind === "int") return term;
          if (target.kind === "nat") return fk && (fk === "nat" || !isSigned(fk)) ? term : `(ite (<= 0 ${term}) ${term} 0)`;
          const tr = intRange(target.kind);
          if (fk && fk !== "int" && fk !== "nat") {
            const fr = intRange(fk);
            if (fr.min >= tr.min && fr.max <= tr.max) return term;
          }
          const m = 1n << BigInt(intBits(target.kind));
          if (!isSigned(target.kind)) return `(mod ${term} ${m})`;
          const h = m >> 1n;
          return `(- (mod (+ ${term} ${h}) ${m}) ${h})`;
        }
        if (target.k === "char") return term;
        if (target.k === "bool" && source?.k === "bool") return term;
        if (source && this.sortOf(source) === this.sortOf(target)) return term;
        throw new Unsupported("this cast", span ?? UNKNOWN_SPAN);
      }
      /** An uninterpreted bitwise operation on integers of a kind, with range facts for unsigned kinds. */
      bitFn(op, k, arity) {
        const kind = k ?? "int";
        const name = `bit.${op}.${kind}`;
        if (!this.bitFns.has(name)) {
          this.bitFns.add(name);
          this.ctx.once(`fn:${name}`, () => {
            this.ctx.fun(`(declare-fun ${name} (${arity === 1 ? "Int" : "Int Int"}) Int)`);
            if (isBounded(kind) && !isSigned(kind)) {
              const vars = arity === 1 ? "((x Int))" : "((x Int) (y Int))";
              const app = arity === 1 ? `(${name} x)` : `(${name} x y)`;
              const pre = arity === 1 ? inRange("x", kind) : `(and ${inRange("x", kind)} ${inRange("y", kind)})`;
              let post = inRange(app, kind);
              if (op === "and") post = `(and ${post} (<= ${app} x) (<= ${app} y))`;
              if (op === "or") post = `(and ${post} (<= x ${app}) (<= y ${app}))`;
              this.ctx.axiom(`(forall ${vars} (! (=> ${pre} ${post}) :pattern (${app})))`);
            }
          });
        }
        return name;
      }
      /** Integer/boolean binary operation with mathematical (unchecked) semantics. */
      arith(op, a, b2, k, truncDiv2, bLit) {
        switch (op) {
          case "+":
            return `(+ ${a} ${b2})`;
          case "-":
            return `(- ${a} ${b2})`;
          case "*":
            return `(* ${a} ${b2})`;
          case "/":
            if (truncDiv2 && k && isSigned(k)) return `(ite (>= ${a} 0) (ite (> ${b2} 0) (div ${a} ${b2}) (- (div ${a} (- ${b2})))) (ite (> ${b2} 0) (- (div (- ${a}) ${b2})) (div (- ${a}) (- ${b2}))))`;
            return `(div ${a} ${b2})`;
          case "%":
            if (truncDiv2 && k && isSigned(k)) return `(- ${a} (* ${b2} ${this.arith("/", a, b2, k, true)}))`;
            return `(mod ${a} ${b2})`;
          case "&":
            return `(${this.bitFn("and", k, 2)} ${a} ${b2})`;
          case "|":
            return `(${this.bitFn("or", k, 2)} ${a} ${b2})`;
          case "^":
            return `(${this.bitFn("xor", k, 2)} ${a} ${b2})`;
          case ">>":
            if (bLit !== void 0 && bLit >= 0n && bLit < 128n) return `(div ${a} ${1n << bLit})`;
            return `(${this.bitFn("shr", k, 2)} ${a} ${b2})`;
          case "<<":
            if (bLit !== void 0 && bLit >= 0n && bLit < 128n && isBounded(k)) {
              const shifted = `(* ${a} ${1n << bLit})`;
              return this.cast(shifted, { k: "int", kind: "int" }, { k: "int", kind: k });
            }
            if (bLit !== void 0 && bLit >= 0n && bLit < 128n) return `(* ${a} ${1n << bLit})`;
            return `(${this.bitFn("shl", k, 2)} ${a} ${b2})`;
        }
        throw new Error(`arith ${op}`);
      }
      /** Accessor term for a field of a struct/tuple value. */
      field(base, baseTy, name, span) {
        const t = this.ctx.substitute(strip(baseTy));
        if (t.k === "tuple") return `(${this.sortOf(t)}.${name} ${base})`;
        if (t.k === "adt") {
          const shape = this.ctx.adtSort(t.name, t.args);
          if (shape.ctors.length === 1) {
            const f = shape.ctors[0].fields.find((x) => x.name === name);
            if (f) return `(${f.accessor} ${base})`;
          }
        }
        throw new Unsupported(`field access \`.${name}\` on this type`, span);
      }
      /** The fields of a struct type with their accessors and types. */
      structFields(t) {
        const s = this.ctx.substitute(strip(t));
        if (s.k === "adt" && this.crate.structs.has(s.name)) {
          const shape = this.ctx.adtSort(s.name, s.args);
          return shape.ctors[0]?.fields.map((f) => ({ ...f }));
        }
        if (s.k === "tuple" && s.elems.length > 0) {
          const sort = this.sortOf(s);
          return s.elems.map((e, i) => ({ name: String(i), accessor: `${sort}.${i}`, ty: e, sort: this.sortOf(e) }));
        }
        return void 0;
      }
      /** Struct constructor application with fields in declared order. */
      construct(t, values, span) {
        const fields = this.structFields(t);
        if (!fields) throw new Unsupported("this constructor", span);
        const s = this.ctx.substitute(strip(t));
        if (s.k === "tuple") return `(${this.sortOf(s)}.mk ${fields.map((f) => values.get(f.name)).join(" ")})`;
        const shape = this.ctx.adtSort(s.name, s.args);
        const ctor = shape.ctors[0];
        if (ctor.fields.length === 0) return ctor.name;
        return `(${ctor.name} ${ctor.fields.map((f) => {
          const v = values.get(f.name);
          if (v === void 0) throw new Unsupported(`missing field \`${f.name}\``, span);
          return v;
        }).join(" ")})`;
      }
      variantCtor(enumTy, variant, args, span) {
        const s = this.ctx.substitute(strip(enumTy));
        if (s.k !== "adt") throw new Unsupported("this enum constructor", span);
        const shape = this.ctx.adtSort(s.name, s.args);
        const c = shape.ctors.find((x) => x.variant === variant);
        if (!c) throw new Unsupported(`variant ${variant}`, span);
        return c.fields.length === 0 ? c.name : `(${c.name} ${args.join(" ")})`;
      }
      variantInfo(enumTy, variant) {
        const s = this.ctx.substitute(strip(enumTy));
        if (s.k !== "adt") return void 0;
        return this.ctx.adtSort(s.name, s.args).ctors.find((x) => x.variant === variant);
      }
      unit() {
        this.ctx.unitSort();
        return "unit";
      }
      /**
       * Facts every value of the type satisfies (ranges, Vec length), depth-limited. With `inv`,
       * also the type invariants of the value and its parts: only sound for exec values (every
       * exec construction and field update is checked); Ghost/Tracked contents never get them.
       */
      typeFacts(term, ty, depth = 2, inv = false) {
        const t = this.ctx.substitute(ty);
        const out = [];
        switch (t.k) {
          case "int":
            if (t.kind !== "int") out.push(inRange(term, t.kind));
            break;
          case "char":
            out.push(`(and (<= 0 ${term}) (<= ${term} 1114111))`);
            break;
          case "ref":
            return this.typeFacts(term, t.inner, depth, inv);
          case "builtin": {
            const a0 = t.args[0];
            if (["Box", "Ghost", "Tracked"].includes(t.name) && a0) return this.typeFacts(term, a0, depth, inv && t.name === "Box");
            if ((t.name === "Vec" || t.name === "Seq") && a0) {
              const Q = this.sortOf(t);
              if (t.name === "Vec") out.push(`(<= (${Q}.len ${term}) 18446744073709551615)`);
              if (depth > 0) {
                const inner = this.typeFacts(`(${Q}.index ${term} i)`, a0, 0);
                if (inner.length > 0) out.push(`(forall ((i Int)) (! (=> (and (<= 0 i) (< i (${Q}.len ${term}))) ${andAll(inner)}) :pattern ((${Q}.index ${term} i))))`);
              }
            }
            if (t.name === "Option" && a0 && depth > 0) {
              const O = this.sortOf(t);
              const inner = this.typeFacts(`(${O}.Some.0 ${term})`, a0, depth - 1, inv);
              if (inner.length > 0) out.push(`(=> ((_ is ${O}.Some) ${term}) ${andAll(inner)})`);
            }
            break;
          }
          case "array": {
            const Q = this.sortOf(t);
            out.push(`(= (${Q}.len ${term}) ${t.len})`);
            if (depth > 0) {
              const inner = this.typeFacts(`(${Q}.index ${term} i)`, t.elem, 0);
              if (inner.length > 0) out.push(`(forall ((i Int)) (! (=> (and (<= 0 i) (< i (${Q}.len ${term}))) ${andAll(inner)}) :pattern ((${Q}.index ${term} i))))`);
            }
            break;
          }
          case "slice": {
            const Q = this.sortOf(t);
            out.push(`(<= (${Q}.len ${term}) 18446744073709551615)`);
            break;
          }
          case "tuple":
            if (depth > 0 && t.elems.length > 0) {
              const S = this.sortOf(t);
              t.elems.forEach((e, i) => out.push(...this.typeFacts(`(${S}.${i} ${term})`, e, depth - 1, inv)));
            }
            break;
          case "adt": {
            if (depth <= 0) break;
            const shape = this.ctx.adtSort(t.name, t.args);
            if (shape.ctors.length === 1) {
              for (const f of shape.ctors[0].fields) out.push(...this.typeFacts(`(${f.accessor} ${term})`, f.ty, depth - 1, inv));
            } else {
              for (const c of shape.ctors) {
                const inner = c.fields.flatMap((f) => this.typeFacts(`(${f.accessor} ${term})`, f.ty, depth - 1, inv));
                if (inner.length > 0) out.push(`(=> ((_ is ${c.name}) ${term}) ${andAll(inner)})`);
              }
            }
            const invTerm = inv ? this.typeInvariantTerm(term, t) : void 0;
            if (invTerm) out.push(invTerm);
            break;
          }
        }
        return out;
      }
      /** Hook: the type invariant applied to a value (set up by the spec translator). */
      typeInvariantTerm(_term, _t) {
        return void 0;
      }
    };
  }
});

// src/vc/walk.ts
function walkExpr(e, f, s) {
  if (!e) return;
  f(e);
  switch (e.kind) {
    case "unary":
    case "ref":
    case "cast":
    case "view":
    case "old":
    case "final":
    case "trigger":
      walkExpr(e.operand, f, s);
      break;
    case "binary":
      walkExpr(e.left, f, s);
      walkExpr(e.right, f, s);
      break;
    case "chain":
      e.operands.forEach((x) => walkExpr(x, f, s));
      break;
    case "call":
      walkExpr(e.callee, f, s);
      e.args.forEach((x) => walkExpr(x, f, s));
      break;
    case "method":
      walkExpr(e.receiver, f, s);
      e.args.forEach((x) => walkExpr(x, f, s));
      break;
    case "field":
      walkExpr(e.base, f, s);
      break;
    case "index":
      walkExpr(e.base, f, s);
      walkExpr(e.index, f, s);
      break;
    case "quant":
      e.triggers.forEach((g) => g.forEach((x) => walkExpr(x, f, s)));
      walkExpr(e.body, f, s);
      break;
    case "if":
      walkExpr(e.cond, f, s);
      walkBlock(e.then, f, s);
      if (e.else) {
        if ("stmts" in e.else) walkBlock(e.else, f, s);
        else walkExpr(e.else, f, s);
      }
      break;
    case "match":
      walkExpr(e.scrutinee, f, s);
      e.arms.forEach((a) => {
        walkPattern(a.pattern, f);
        walkExpr(a.guard, f, s);
        walkExpr(a.body, f, s);
      });
      break;
    case "is":
      walkExpr(e.operand, f, s);
      break;
    case "block":
      walkBlock(e.block, f, s);
      break;
    case "struct":
      e.fields.forEach((x) => walkExpr(x.value, f, s));
      walkExpr(e.base, f, s);
      break;
    case "tuple":
    case "seq":
      e.elems.forEach((x) => walkExpr(x, f, s));
      break;
    case "array":
      e.elems.forEach((x) => walkExpr(x, f, s));
      if (e.repeat) {
        walkExpr(e.repeat.value, f, s);
        walkExpr(e.repeat.count, f, s);
      }
      break;
    case "macro":
      e.args?.forEach((x) => walkExpr(x, f, s));
      break;
    case "return":
      walkExpr(e.value, f, s);
      break;
    default:
      break;
  }
}
function walkPattern(p, f) {
  if (p.kind === "lit") walkExpr(p.value, f);
}
function walkBlock(b2, f, s) {
  if (!b2) return;
  for (const st of b2.stmts) walkStmt(st, f, s);
  walkExpr(b2.tail, f, s);
}
function walkStmt(st, f, s) {
  s?.(st);
  const spec = (x) => [...x.invariants, ...x.invariantsExceptBreak, ...x.ensures, ...x.decreases].forEach((e) => walkExpr(e, f));
  switch (st.kind) {
    case "let":
      walkExpr(st.init, f, s);
      break;
    case "expr":
      walkExpr(st.expr, f, s);
      break;
    case "assign":
      walkExpr(st.target, f, s);
      walkExpr(st.value, f, s);
      break;
    case "while":
      walkExpr(st.cond, f, s);
      spec(st);
      walkBlock(st.body, f, s);
      break;
    case "loop":
      spec(st);
      walkBlock(st.body, f, s);
      break;
    case "for":
      walkExpr(st.start, f, s);
      walkExpr(st.end, f, s);
      spec(st);
      walkBlock(st.body, f, s);
      break;
    case "assert":
      walkExpr(st.expr, f, s);
      if (st.by?.kind === "block") walkBlock(st.by.block, f, s);
      if (st.by?.kind === "bit_vector" || st.by?.kind === "nonlinear_arith") st.by.requires.forEach((e) => walkExpr(e, f));
      if (st.by?.kind === "nonlinear_arith") walkBlock(st.by.block, f, s);
      break;
    case "assume":
      walkExpr(st.expr, f);
      break;
    case "assert_forall":
      walkExpr(st.assumption, f);
      walkExpr(st.conclusion, f);
      walkBlock(st.proof, f, s);
      break;
    case "proof":
      walkBlock(st.block, f, s);
      break;
    case "item":
      break;
  }
}
var init_walk = __esm({
  "src/vc/walk.ts"() {
    "use strict";
  }
});

// src/vc/bitvec.ts
function freeLocals(es) {
  const out = /* @__PURE__ */ new Map();
  const bound = /* @__PURE__ */ new Set();
  for (const e of es) {
    walkExpr(e, (x) => {
      if (x.kind === "quant") x.binders.forEach((b2) => b2.id !== void 0 && bound.add(b2.id));
      if (x.kind === "path" && x.res?.kind === "local" && !out.has(x.res.id)) out.set(x.res.id, { id: x.res.id, name: x.res.name, ty: x.res.ty });
    });
  }
  return [...out.values()].filter((l) => !bound.has(l.id));
}
function kindOf(t) {
  if (!t) return void 0;
  const s = strip(t);
  return s.k === "int" ? s.kind : void 0;
}
function bitLength(v) {
  let n = 0;
  for (let x = v; x > 0n; x >>= 1n) n++;
  return n;
}
function bvLit(v, width) {
  return `(_ bv${BigInt.asUintN(width, v)} ${width})`;
}
function constant(v) {
  if (v >= 0n) {
    const width2 = Math.max(1, bitLength(v));
    return { term: bvLit(v, width2), width: width2, signed: false };
  }
  const width = bitLength(-v - 1n) + 1;
  return { term: bvLit(v, width), width, signed: true };
}
function need(x, signed) {
  return x.width + (signed && !x.signed ? 1 : 0);
}
function extend(x, width, signed = x.signed) {
  if (!signed && x.signed) throw new Error("a signed bit-vector value read as unsigned");
  if (width < need(x, signed)) throw new Error("a bit-vector extension that loses bits");
  const term = width === x.width ? x.term : `((_ ${x.signed ? "sign" : "zero"}_extend ${width - x.width}) ${x.term})`;
  return { term, width, signed };
}
function bitsAt(x, width) {
  return width === x.width ? x.term : `((_ zero_extend ${width - x.width}) ${x.term})`;
}
function common(a, b2, extra, forceSigned = false) {
  const signed = forceSigned || a.signed || b2.signed;
  const width = Math.max(need(a, signed), need(b2, signed)) + extra;
  return [extend(a, width, signed), extend(b2, width, signed)];
}
function wrap2(x, width, signed) {
  const y = x.width < width ? extend(x, width) : x;
  const term = y.width === width ? y.term : `((_ extract ${width - 1} 0) ${y.term})`;
  return { term, width, signed };
}
function unlessNegative(amount, r) {
  if (!amount.signed) return r;
  return { ...r, term: `(ite (bvslt ${amount.term} ${bvLit(0n, amount.width)}) ${bvLit(0n, r.width)} ${r.term})` };
}
function bitVectorGoal(claim, requires, span, tag) {
  const tr = new BvTranslator(span, tag);
  const pre = requires.map((r) => tr.bool(r));
  const body = tr.bool(claim);
  const term = pre.length ? `(=> (and ${pre.join(" ")}) ${body})` : body;
  const decls = [...tr.vars.values()].map((v) => `(declare-const ${v.name} ${v.width === 0 ? "Bool" : `(_ BitVec ${v.width})`})`);
  return { decls, term };
}
var MAX_WIDTH, BvTranslator;
var init_bitvec = __esm({
  "src/vc/bitvec.ts"() {
    "use strict";
    init_types();
    init_context2();
    init_errors();
    init_terms();
    init_walk();
    MAX_WIDTH = 1024;
    BvTranslator = class {
      constructor(span, tag) {
        this.span = span;
        this.tag = tag;
      }
      span;
      tag;
      vars = /* @__PURE__ */ new Map();
      fail(what, span) {
        throw new Unsupported(`${what} in a bit_vector assertion`, span ?? this.span);
      }
      checked(x, span) {
        if (x.width > MAX_WIDTH) this.fail(`an expression wider than ${MAX_WIDTH} bits`, span);
        return x;
      }
      /** The value of a constant expression (literal, `T::MAX`, a const with a literal value), if it is one. */
      constValue(e) {
        switch (e.kind) {
          case "int":
            return e.value;
          case "unary": {
            const v = this.constValue(e.operand);
            return e.op === "-" && v !== void 0 ? -v : void 0;
          }
          case "path": {
            const res = e.res;
            if (res?.kind === "builtin") {
              const m = /^(\w+)::(MAX|MIN)$/.exec(res.name);
              const k = m?.[1];
              if (!m || !isBounded(k)) return void 0;
              const bits = BigInt(intBits(k));
              if (m[2] === "MAX") return isSigned(k) ? (1n << bits - 1n) - 1n : (1n << bits) - 1n;
              return isSigned(k) ? -(1n << bits - 1n) : 0n;
            }
            if (res?.kind === "const" && typeof res.decl.value === "object" && res.decl.value?.kind === "int") return res.decl.value.value;
            return void 0;
          }
          default:
            return void 0;
        }
      }
      int(e) {
        return this.checked(this.intUnchecked(e), e.span);
      }
      intUnchecked(e) {
        const c = e.kind === "int" || e.kind === "path" ? this.constValue(e) : void 0;
        if (c !== void 0) return constant(c);
        switch (e.kind) {
          case "path": {
            const res = e.res;
            if (res?.kind !== "local") return this.fail("this name", e.span);
            const k = kindOf(res.ty);
            if (!isBounded(k)) return this.fail(`the unbounded integer \`${res.name}\``, e.span);
            const v = this.vars.get(res.id) ?? { name: `${mangle(res.name)}$${this.tag}_${this.vars.size}`, width: intBits(k), signed: isSigned(k) };
            this.vars.set(res.id, v);
            return { term: v.name, width: v.width, signed: v.signed };
          }
          case "ref":
          case "trigger":
            return this.int(e.operand);
          case "unary": {
            if (e.op === "*") return this.int(e.operand);
            const x = this.int(e.operand);
            if (e.op === "-") {
              const y = extend(x, need(x, true) + 1, true);
              return { ...y, term: `(bvneg ${y.term})` };
            }
            if (e.op === "!") return this.not(x, kindOf(e.operand.ty), e.span);
            return this.fail(`\`${e.op}\``, e.span);
          }
          case "cast":
            return this.cast(this.int(e.operand), kindOf(e.operand.ty), kindOf(e.ty), e.span);
          case "binary":
            return this.binary(e);
          default:
            return this.fail("this expression", e.span);
        }
      }
      /** `!x` at the operand's kind: within the word for unsigned kinds, `-x - 1` otherwise. */
      not(x, k, span) {
        if (k === void 0 || k === "nat") return this.fail("`!` on this type", span);
        if (isBounded(k) && !isSigned(k)) {
          const w = wrap2(x, intBits(k), false);
          return { ...w, term: `(bvnot ${w.term})` };
        }
        const y = extend(x, need(x, true), true);
        return { ...y, term: `(bvnot ${y.term})` };
      }
      /** `x as T`: wraps into a machine type, the identity to `int`, clamps at 0 to `nat` (as the main query). */
      cast(x, from, to, span) {
        if (from === void 0 || to === void 0) return this.fail("this cast", span);
        if (isBounded(to)) return wrap2(x, intBits(to), isSigned(to));
        if (to === "int" || !x.signed) return x;
        return { ...x, term: `(ite (bvslt ${x.term} ${bvLit(0n, x.width)}) ${bvLit(0n, x.width)} ${x.term})` };
      }
      binary(e) {
        const a = this.int(e.left);
        switch (e.op) {
          case "<<":
          case ">>":
            return this.shift(e, a);
          case "/":
          case "%": {
            const d = this.constValue(e.right);
            if (d === void 0 || d <= 0n || a.signed) return this.fail(`\`${e.op}\` (only a non-negative value by a positive constant)`, e.span);
            const [x, y] = common(a, constant(d), 0);
            return { ...x, term: `(${e.op === "/" ? "bvudiv" : "bvurem"} ${x.term} ${y.term})` };
          }
        }
        const b2 = this.int(e.right);
        switch (e.op) {
          case "+": {
            const [x, y] = common(a, b2, 1);
            return { ...x, term: `(bvadd ${x.term} ${y.term})` };
          }
          case "-": {
            const [x, y] = common(a, b2, 1, true);
            return { ...x, term: `(bvsub ${x.term} ${y.term})` };
          }
          case "*": {
            const signed = a.signed || b2.signed;
            const width = need(a, signed) + need(b2, signed);
            const x = extend(a, width, signed);
            return { ...x, term: `(bvmul ${x.term} ${extend(b2, width, signed).term})` };
          }
          // bitwise operations of two's complement values do not depend on the width
          case "&":
          case "|":
          case "^": {
            const [x, y] = common(a, b2, 0);
            const f = e.op === "&" ? "bvand" : e.op === "|" ? "bvor" : "bvxor";
            return { ...x, term: `(${f} ${x.term} ${y.term})` };
          }
        }
        return this.fail(`\`${e.op}\``, e.span);
      }
      /**
       * `a << n` (literal n) wraps `a * 2^n` into the result's machine type (exact for `int`);
       * `a >> n` is `a / 2^n` rounded down. A non-literal amount means the same, and 0 when negative.
       */
      shift(e, a) {
        const k = kindOf(e.ty);
        const lit2 = e.right.kind === "int" && e.right.value < 128n ? e.right.value : void 0;
        if (e.op === ">>") {
          const f = a.signed ? "bvashr" : "bvlshr";
          if (lit2 !== void 0) {
            const n = lit2 < BigInt(a.width) ? lit2 : BigInt(a.width);
            return { ...a, term: `(${f} ${a.term} ${bvLit(n, a.width)})` };
          }
          const b3 = this.int(e.right);
          const width = Math.max(a.width, b3.width);
          const x2 = extend(a, width);
          return unlessNegative(b3, { ...x2, term: `(${f} ${x2.term} ${bitsAt(b3, width)})` });
        }
        if (lit2 !== void 0 && !isBounded(k)) {
          const x2 = extend(a, a.width + Number(lit2));
          return { ...x2, term: `(bvshl ${x2.term} ${bvLit(lit2, x2.width)})` };
        }
        if (!isBounded(k)) return this.fail("a shift of an unbounded integer by a variable amount", e.span);
        const w = intBits(k);
        if (lit2 !== void 0) {
          const x2 = extend(a, Math.max(a.width, w));
          const shifted = lit2 >= BigInt(x2.width) ? bvLit(0n, x2.width) : `(bvshl ${x2.term} ${bvLit(lit2, x2.width)})`;
          return wrap2({ ...x2, term: shifted }, w, isSigned(k));
        }
        const b2 = this.int(e.right);
        const x = extend(a, Math.max(a.width, w, b2.width));
        return unlessNegative(b2, wrap2({ ...x, term: `(bvshl ${x.term} ${bitsAt(b2, x.width)})` }, w, isSigned(k)));
      }
      bool(e) {
        switch (e.kind) {
          case "bool":
            return String(e.value);
          case "unary":
            if (e.op === "!") return `(not ${this.bool(e.operand)})`;
            break;
          case "chain": {
            const parts = [];
            for (let i = 0; i < e.ops.length; i++) parts.push(this.compare(e.ops[i], e.operands[i], e.operands[i + 1]));
            return `(and ${parts.join(" ")})`;
          }
          case "binary": {
            switch (e.op) {
              case "&&":
              case "&":
                return `(and ${this.bool(e.left)} ${this.bool(e.right)})`;
              case "||":
              case "|":
                return `(or ${this.bool(e.left)} ${this.bool(e.right)})`;
              case "^":
                return `(xor ${this.bool(e.left)} ${this.bool(e.right)})`;
              case "==>":
                return `(=> ${this.bool(e.left)} ${this.bool(e.right)})`;
              case "<==":
                return `(=> ${this.bool(e.right)} ${this.bool(e.left)})`;
              case "<==>":
                return `(= ${this.bool(e.left)} ${this.bool(e.right)})`;
              default:
                return this.compare(e.op, e.left, e.right);
            }
          }
          case "path":
            if (e.res?.kind === "local" && strip(e.res.ty).k === "bool") {
              const v = this.vars.get(e.res.id) ?? { name: `${mangle(e.res.name)}$${this.tag}_${this.vars.size}`, width: 0, signed: false };
              this.vars.set(e.res.id, v);
              return v.name;
            }
            break;
        }
        return this.fail("this expression", e.span);
      }
      compare(op, l, r) {
        if (strip(l.ty ?? { k: "int", kind: "int" }).k === "bool") {
          if (op !== "==" && op !== "!=") return this.fail(`\`${op}\``, l.span);
          const t = `(= ${this.bool(l)} ${this.bool(r)})`;
          return op === "==" ? t : `(not ${t})`;
        }
        const [a, b2] = common(this.int(l), this.int(r), 0);
        const s = a.signed ? "s" : "u";
        switch (op) {
          case "==":
          case "===":
            return `(= ${a.term} ${b2.term})`;
          case "!=":
          case "!==":
            return `(not (= ${a.term} ${b2.term}))`;
          case "<":
            return `(bv${s}lt ${a.term} ${b2.term})`;
          case "<=":
            return `(bv${s}le ${a.term} ${b2.term})`;
          case ">":
            return `(bv${s}gt ${a.term} ${b2.term})`;
          case ">=":
            return `(bv${s}ge ${a.term} ${b2.term})`;
        }
        return this.fail(`\`${op}\``);
      }
    };
  }
});

// src/vc/crate-attrs.ts
function leadingInnerAttrs(file) {
  const known = cache.get(file);
  if (known) return known;
  const names = [];
  const toks = lex(file.path, file.text).tokens;
  let i = 0;
  while (toks[i]?.text === "#" && toks[i + 1]?.text === "!" && toks[i + 2]?.text === "[") {
    let j = i + 3;
    let name = "";
    while (toks[j]?.kind === "ident" || toks[j]?.text === "::") name += toks[j++].text;
    let depth = 1;
    for (; j < toks.length && toks[j].kind !== "eof"; j++) {
      const t = toks[j];
      if (t.kind !== "punct") continue;
      if (t.text === "[" || t.text === "(" || t.text === "{") depth++;
      if ((t.text === "]" || t.text === ")" || t.text === "}") && --depth === 0) break;
    }
    if (depth !== 0) break;
    names.push(name);
    i = j + 1;
  }
  cache.set(file, names);
  return names;
}
function hasEnclosingInnerAttr(crate, fn, name) {
  const root = crate.files[0];
  if (root && leadingInnerAttrs(root).includes(name)) return true;
  return leadingInnerAttrs(fn.file).includes(name);
}
var cache;
var init_crate_attrs = __esm({
  "src/vc/crate-attrs.ts"() {
    "use strict";
    init_lexer();
    cache = /* @__PURE__ */ new WeakMap();
  }
});

// src/vc/ir.ts
var PassiveProgram;
var init_ir = __esm({
  "src/vc/ir.ts"() {
    "use strict";
    PassiveProgram = class {
      lines = [];
      counter = 0;
      names = /* @__PURE__ */ new Map();
      /** The conjunction of assumptions in force (a Bool symbol or 'true'). */
      scope = "true";
      /** The current path condition. 'false' = unreachable. */
      pc = "true";
      goals = [];
      /** A fresh SSA constant named after a Rust name. */
      fresh(base, sort) {
        const clean = base.replace(/[^A-Za-z0-9_]/g, "_") || "tmp";
        const n = this.names.get(clean) ?? 0;
        this.names.set(clean, n + 1);
        const name = `${clean}@${n}`;
        this.lines.push(`(declare-const ${name} ${sort})`);
        return name;
      }
      /** A definition visible to everything after (used for path-condition names). */
      define(base, term) {
        const name = `${base}!${this.counter++}`;
        this.lines.push(`(define-fun ${name} () Bool ${term})`);
        return name;
      }
      /** Extra prelude text (e.g. a skolem function's axiom) that is a conservative extension. */
      raw(line) {
        this.lines.push(line);
      }
      assume(term) {
        if (this.pc === "false" || term === "true") return;
        const guarded2 = this.pc === "true" ? term : `(=> ${this.pc} ${term})`;
        this.scope = this.define("s", this.scope === "true" ? guarded2 : `(and ${this.scope} ${guarded2})`);
      }
      /** Assume without the path-condition guard (for terms already guarded). */
      assumeRaw(term) {
        if (term === "true") return;
        this.scope = this.define("s", this.scope === "true" ? term : `(and ${this.scope} ${term})`);
      }
      /** The goal text for P at the current point, or undefined when the path is dead. */
      goalTerm(p) {
        if (this.pc === "false") return void 0;
        let t = p;
        if (this.pc !== "true") t = `(=> ${this.pc} ${t})`;
        if (this.scope !== "true") t = `(=> ${this.scope} ${t})`;
        return t;
      }
      addGoal(goal) {
        this.goals.push(goal);
      }
      nextLabel() {
        return `g${this.goals.length}`;
      }
      text() {
        return this.lines.join("\n");
      }
    };
  }
});

// src/vc/spec.ts
function childEnv(env, extra = {}) {
  return { ...env, vars: new Map(env.vars), ...extra };
}
function typeExprToType(t) {
  if (!t || t.kind !== "path" || t.segments.length !== 1) return void 0;
  const n = t.segments[0];
  if (n === "bool") return { k: "bool" };
  if (/^(u|i)(8|16|32|64|128|size)$/.test(n) || n === "int" || n === "nat") return { k: "int", kind: n };
  return void 0;
}
function typeKey(t) {
  switch (t.k) {
    case "int":
      return t.kind;
    case "bool":
    case "char":
    case "str":
    case "never":
    case "error":
      return t.k;
    case "tuple":
      return `tup<${t.elems.map(typeKey).join("+")}>`;
    case "ref":
      return `${t.mut ? "refmut" : "ref"}<${typeKey(t.inner)}>`;
    case "array":
      return `arr<${typeKey(t.elem)}+${t.len}>`;
    case "slice":
      return `slice<${typeKey(t.elem)}>`;
    case "builtin":
      return `${t.name}<${t.args.map(typeKey).join("+")}>`;
    case "adt":
      return `${mangle(t.name)}<${t.args.map(typeKey).join("+")}>`;
    case "param":
      return `P%${mangle(t.name)}`;
  }
}
function fitsType(v, ty) {
  const k = intKindOf(ty);
  if (k === void 0 || k === "int") return true;
  if (k === "nat") return v >= 0n;
  const r = intRange(k);
  return r.min <= v && v <= r.max;
}
var NON_PATTERN_HEADS, SpecTranslator;
var init_spec = __esm({
  "src/vc/spec.ts"() {
    "use strict";
    init_types();
    init_context2();
    init_errors();
    init_terms();
    init_walk();
    NON_PATTERN_HEADS = /* @__PURE__ */ new Set(["+", "-", "*", "div", "mod", "and", "or", "not", "=>", "=", "<", "<=", ">", ">=", "ite", "forall", "exists", "let", "_"]);
    SpecTranslator = class extends Terms {
      specFnNames = /* @__PURE__ */ new Map();
      chooseCount = 0;
      // ------------------------------------------------------------------ spec fns
      fnInfo(decl) {
        return this.crate.fnByDecl.get(decl);
      }
      /** Set by the driver: the recursion component of a fn (empty when not recursive). */
      scc = () => /* @__PURE__ */ new Set();
      isSelfRecursive(info) {
        return this.scc(info.decl).has(info.decl);
      }
      /** Whether a call from `from` to `to` is recursive (same component). */
      sameComponent(from, to) {
        return this.scc(from).has(to);
      }
      implGenericsMap;
      /** Type parameters of a fn as the checker instantiates them: the impl's, then the fn's own. */
      genericsOf(decl) {
        if (!this.implGenericsMap) {
          const m = /* @__PURE__ */ new Map();
          const visit = (items) => {
            for (const it of items ?? []) {
              if (it.kind === "impl") {
                for (const f of it.items) if (f.kind === "fn") m.set(f, it.generics);
              }
              if (it.kind === "mod" || it.kind === "verus" || it.kind === "include") visit(it.items);
            }
          };
          for (const f of this.crate.files) visit(f.items);
          this.implGenericsMap = m;
        }
        return [...this.implGenericsMap.get(decl) ?? [], ...decl.generics];
      }
      /** Declares spec fn `info` (instantiated at typeArgs) and its axioms; returns the SMT function name. */
      specFn(info, typeArgs) {
        const generics = this.genericsOf(info.decl);
        const inst = generics.length > 0 && typeArgs.length === generics.length ? typeArgs.map((t) => this.ctx.substitute(t)) : [];
        const key = [info.qname, ...inst.map((t) => typeKey(t))].join("%");
        const existing = this.specFnNames.get(key);
        if (existing) return existing;
        const name = `f.${mangle(key)}`;
        this.specFnNames.set(key, name);
        const savedSubst = this.ctx.typeSubst;
        this.ctx.typeSubst = new Map(savedSubst);
        inst.forEach((t, i) => this.ctx.typeSubst.set(generics[i], t));
        try {
          const paramSorts = info.params.map((p) => this.sortOf(p.ty));
          const retSort = this.sortOf(info.retTy);
          const params = info.params.map((p, i) => `${mangle(p.name)}$${i}`);
          const binders2 = params.map((p, i) => `(${p} ${paramSorts[i]})`).join(" ");
          const recursive = !!info.decl.body && this.isSelfRecursive(info);
          const reveal = info.decl.flags.opaque ? `reveal%${mangle(key)}` : void 0;
          if (reveal) this.ctx.fun(`(declare-const ${reveal} Bool)`);
          const guard = (ax) => reveal ? `(=> ${reveal} ${ax})` : ax;
          if (!recursive) {
            this.ctx.fun(`(declare-fun ${name} (${paramSorts.join(" ")}) ${retSort})`);
            if (info.decl.body && !info.decl.uninterp) {
              const env = { vars: /* @__PURE__ */ new Map(), old: /* @__PURE__ */ new Map(), bound: params.map((p, i) => [p, paramSorts[i]]), guards: [] };
              info.params.forEach((p, i) => env.vars.set(p.id, params[i]));
              const body = this.block(info.decl.body, env);
              const app = params.length ? `(${name} ${params.join(" ")})` : name;
              this.ctx.axiom(guard(params.length ? `(forall (${binders2}) (! (= ${app} ${body}) :pattern (${app})))` : `(= ${app} ${body})`));
            }
          } else {
            this.ctx.once("sort:Fuel", () => {
              this.ctx.sort("(declare-sort Fuel 0)");
              this.ctx.fun("(declare-fun fuel.zero () Fuel)\n(declare-fun fuel.succ (Fuel) Fuel)");
            });
            const rec = `${name}.rec`;
            this.ctx.fun(`(declare-fun ${rec} (Fuel${paramSorts.map((s) => " " + s).join("")}) ${retSort})`);
            this.ctx.fun(`(define-fun ${name} (${binders2}) ${retSort} (${rec} (fuel.succ fuel.zero)${params.map((p) => " " + p).join("")}))`);
            const env = { vars: /* @__PURE__ */ new Map(), old: /* @__PURE__ */ new Map(), bound: [["fuel", "Fuel"], ...params.map((p, i) => [p, paramSorts[i]])], guards: [], selfRec: { decl: info.decl, fuel: "fuel" } };
            info.params.forEach((p, i) => env.vars.set(p.id, params[i]));
            const body = this.block(info.decl.body, env);
            const app = `(${rec} (fuel.succ fuel)${params.map((p) => " " + p).join("")})`;
            const all = `(forall ((fuel Fuel) ${binders2})`;
            this.ctx.axiom(guard(`${all} (! (= ${app} ${body}) :pattern (${app})))`));
            this.ctx.axiom(`${all} (! (= ${app} (${rec} fuel${params.map((p) => " " + p).join("")})) :pattern (${app})))`);
          }
        } finally {
          this.ctx.typeSubst = savedSubst;
        }
        return name;
      }
      revealName(info) {
        if (!info.decl.flags.opaque) return void 0;
        this.specFn(info, []);
        return `reveal%${mangle(info.qname)}`;
      }
      specApp(info, typeArgs, args, span, env) {
        if (env.selfRec && this.sameComponent(env.selfRec.decl, info.decl)) {
          env.selfRec.onCall?.(info, args, span, env);
          const f2 = this.specFn(info, typeArgs);
          return `(${f2}.rec ${env.selfRec.fuel}${args.map((a) => " " + a).join("")})`;
        }
        const f = this.specFn(info, typeArgs);
        return args.length ? `(${f} ${args.join(" ")})` : f;
      }
      enumInvariants;
      /**
       * The `#[verifier::type_invariant]` fn of a struct or enum. The checker records it for
       * structs; for enums it is found here by its impl's self type (or its parameter's type).
       */
      typeInvariantOf(adtName2) {
        const s = this.crate.structs.get(adtName2);
        if (s) return s.typeInvariant;
        if (!this.crate.enums.has(adtName2)) return void 0;
        if (!this.enumInvariants) {
          this.enumInvariants = /* @__PURE__ */ new Map();
          for (const f of this.crate.fns) {
            if (!f.decl.flags.typeInvariant || f.decl.mode !== "spec" || f.params.length !== 1) continue;
            const p = strip(f.params[0].ty);
            const owner = f.implType ?? (p.k === "adt" ? p.name : void 0);
            if (owner && this.crate.enums.has(owner) && !this.enumInvariants.has(owner)) this.enumInvariants.set(owner, f);
          }
        }
        return this.enumInvariants.get(adtName2);
      }
      typeInvariantTerm(term, t) {
        if (t.k !== "adt") return void 0;
        const inv = this.typeInvariantOf(t.name);
        if (!inv) return void 0;
        return `(${this.specFn(inv, t.args)} ${term})`;
      }
      // ------------------------------------------------------------------ expressions
      ty(e) {
        return this.ctx.substitute(e.ty ?? INT);
      }
      block(b2, env) {
        const inner = childEnv(env);
        const lets = [];
        for (const st of b2.stmts) {
          if (st.kind === "let" && st.init) {
            const v = this.spec(st.init, inner);
            this.bindPattern(st.pattern, v, st.init.ty ?? INT, inner);
            lets.push({ id: 0, term: v });
          } else if (st.kind === "assert" || st.kind === "assume" || st.kind === "proof" || st.kind === "expr" && st.expr.kind === "call" && st.expr.callee.kind === "path" && st.expr.callee.res?.kind === "builtin" && st.expr.callee.res.name === "reveal") {
            continue;
          } else if (st.kind === "expr" && !st.semi) {
            return this.spec(st.expr, inner);
          } else {
            throw new Unsupported("this statement in spec code", st.span);
          }
        }
        if (!b2.tail) return this.unit();
        return this.spec(b2.tail, inner);
      }
      /** Binds the variables of an irrefutable pattern to parts of `v` (spec). */
      bindPattern(p, v, ty, env) {
        const { binds } = this.matchPattern(p, v, ty, env);
        for (const [id, t] of binds) env.vars.set(id, t);
      }
      /** Condition under which `v` matches `p`, and the bindings it makes. */
      matchPattern(p, v, ty, env) {
        const t = strip(this.ctx.substitute(ty));
        switch (p.kind) {
          case "wild":
            return { cond: "true", binds: [] };
          case "ident":
            if (p.id === void 0) throw new Unsupported("unresolved pattern", p.span);
            return { cond: "true", binds: [[p.id, v]] };
          case "tuple": {
            if (t.k !== "tuple") throw new Unsupported("this tuple pattern", p.span);
            const S = this.sortOf(t);
            const parts = p.elems.map((q, i) => this.matchPattern(q, `(${S}.${i} ${v})`, t.elems[i] ?? INT, env));
            return { cond: andAll(parts.map((x) => x.cond)), binds: parts.flatMap((x) => x.binds) };
          }
          case "tuple_struct":
          case "struct": {
            const res = p.res;
            const subs = p.kind === "tuple_struct" ? p.elems.map((q, i) => ({ pat: q, field: String(i) })) : p.fields.map((f) => ({ pat: f.pattern, field: f.name }));
            if (res?.kind === "builtin" && (res.name === "Tracked" || res.name === "Ghost" || res.name === "Box::new") && subs[0]) return this.matchPattern(subs[0].pat, v, t, env);
            if (res?.kind === "builtin" && res.name === "Some") {
              const O = this.sortOf(t);
              const elemTy = t.k === "builtin" ? t.args[0] ?? INT : INT;
              const inner = subs[0] ? this.matchPattern(subs[0].pat, `(${O}.Some.0 ${v})`, elemTy, env) : { cond: "true", binds: [] };
              return { cond: andAll([`((_ is ${O}.Some) ${v})`, inner.cond]), binds: inner.binds };
            }
            if (res?.kind === "variant") {
              const c = this.variantInfo(t, res.variant.name);
              if (!c) throw new Unsupported("this pattern", p.span);
              const parts = subs.map((s) => {
                const f = c.fields.find((x) => x.name === s.field);
                if (!f) throw new Unsupported(`field ${s.field}`, p.span);
                return this.matchPattern(s.pat, `(${f.accessor} ${v})`, f.ty, env);
              });
              return { cond: andAll([`((_ is ${c.name}) ${v})`, ...parts.map((x) => x.cond)]), binds: parts.flatMap((x) => x.binds) };
            }
            if (res?.kind === "struct") {
              const fields = this.structFields(t) ?? [];
              const parts = subs.map((s) => {
                const f = fields.find((x) => x.name === s.field);
                if (!f) throw new Unsupported(`field ${s.field}`, p.span);
                return this.matchPattern(s.pat, `(${f.accessor} ${v})`, f.ty, env);
              });
              return { cond: andAll(parts.map((x) => x.cond)), binds: parts.flatMap((x) => x.binds) };
            }
            throw new Unsupported("this pattern", p.span);
          }
          case "path": {
            const res = p.res;
            if (res?.kind === "builtin" && res.name === "None") return { cond: `((_ is ${this.sortOf(t)}.None) ${v})`, binds: [] };
            if (res?.kind === "variant") {
              const c = this.variantInfo(t, res.variant.name);
              if (!c) throw new Unsupported("this pattern", p.span);
              return { cond: `((_ is ${c.name}) ${v})`, binds: [] };
            }
            if (res?.kind === "const") return { cond: `(= ${v} ${this.constTerm(res, p.span, env)})`, binds: [] };
            if (res?.kind === "struct") return { cond: "true", binds: [] };
            throw new Unsupported("this pattern", p.span);
          }
          case "lit":
            return { cond: `(= ${v} ${this.spec(p.value, env)})`, binds: [] };
          case "range": {
            const lo = p.lo ? `(<= ${this.spec(p.lo, env)} ${v})` : "true";
            const hi = p.hi ? p.inclusive ? `(<= ${v} ${this.spec(p.hi, env)})` : `(< ${v} ${this.spec(p.hi, env)})` : "true";
            return { cond: andAll([lo, hi]), binds: [] };
          }
          case "or": {
            const parts = p.alts.map((q) => this.matchPattern(q, v, ty, env));
            const ids2 = parts[0]?.binds.map(([id]) => id) ?? [];
            const binds = ids2.map((id) => {
              let t2;
              for (let i = parts.length - 1; i >= 0; i--) {
                const b2 = parts[i].binds.find(([x]) => x === id)?.[1];
                if (b2 === void 0) throw new Unsupported("or-patterns binding different names", p.span);
                t2 = t2 === void 0 ? b2 : `(ite ${parts[i].cond} ${b2} ${t2})`;
              }
              return [id, t2];
            });
            return { cond: orAll(parts.map((x) => x.cond)), binds };
          }
        }
      }
      constTerm(res, span, env) {
        const info = this.crate.consts.get(res.qname);
        if (typeof info?.value === "bigint" && !fitsType(info.value, info.ty)) {
          const name = `const.${mangle(res.qname)}`;
          this.ctx.once(`const:${name}`, () => {
            this.ctx.fun(`(declare-const ${name} Int)`);
            this.ctx.axiom(andAll(this.typeFacts(name, info.ty)));
          });
          return name;
        }
        if (info?.value !== void 0) return typeof info.value === "boolean" ? String(info.value) : num(info.value);
        if (res.decl.value) return this.spec(res.decl.value, { vars: /* @__PURE__ */ new Map(), old: /* @__PURE__ */ new Map(), bound: [], guards: [], local: env.local });
        throw new Unsupported("a constant without a value", span);
      }
      /** Value of a built-in constant such as `u64::MAX`. */
      builtinConst(name) {
        const m = /^(\w+)::(MAX|MIN|BITS)$/.exec(name);
        if (!m) return void 0;
        const k = m[1];
        const r = intRange(k);
        if (!r) return void 0;
        if (m[2] === "MAX") return num(r.max);
        if (m[2] === "MIN") return num(r.min);
        return String(k === "usize" || k === "isize" ? 64 : Number(k.slice(1)));
      }
      pathTerm(e, env) {
        const res = e.res;
        if (!res) throw new Unsupported(`unresolved name \`${e.segments.join("::")}\``, e.span);
        switch (res.kind) {
          case "local": {
            const v = env.vars.get(res.id);
            if (v === void 0) throw new Unsupported(`variable \`${res.name}\` in this position`, e.span);
            return v;
          }
          case "const":
            return this.constTerm(res, e.span, env);
          case "builtin": {
            const c = this.builtinConst(res.name);
            if (c !== void 0) return c;
            if (res.name === "None") return `${this.sortOf(this.ty(e))}.None`;
            break;
          }
          case "variant":
            return this.variantCtor(this.ty(e), res.variant.name, [], e.span);
          case "struct":
            return this.construct(this.ty(e), /* @__PURE__ */ new Map(), e.span);
          case "fn":
            if (res.decl.mode === "spec" && res.decl.params.length === 0) {
              const info = this.fnInfo(res.decl);
              if (info) return this.specApp(info, res.typeArgs, [], e.span, env);
            }
            break;
        }
        throw new Unsupported(`\`${e.segments.join("::")}\` as a value`, e.span);
      }
      /** `==` at a type: datatypes and sequences compare structurally. */
      eq(a, b2) {
        return `(= ${a} ${b2})`;
      }
      extEq(a, b2, ty) {
        const t = strip(this.ctx.substitute(ty));
        const s = this.sortOf(t);
        if (s.startsWith("Seq%")) return `(${s}.ext ${a} ${b2})`;
        if (s.startsWith("Map%")) return `(${s}.ext ${a} ${b2})`;
        return `(= ${a} ${b2})`;
      }
      compare(op, a, b2, operandTy) {
        switch (op) {
          case "==":
          case "===":
            return this.eq(a, b2);
          case "!=":
          case "!==":
            return `(not ${this.eq(a, b2)})`;
          case "<":
            return `(< ${a} ${b2})`;
          case "<=":
            return `(<= ${a} ${b2})`;
          case ">":
            return `(> ${a} ${b2})`;
          case ">=":
            return `(>= ${a} ${b2})`;
          case "=~=":
          case "=~~=":
            return this.extEq(a, b2, operandTy);
          case "&&":
            return `(and ${a} ${b2})`;
          case "||":
            return `(or ${a} ${b2})`;
          case "==>":
            return `(=> ${a} ${b2})`;
          case "<==":
            return `(=> ${b2} ${a})`;
          case "<==>":
            return `(= ${a} ${b2})`;
        }
        return void 0;
      }
      spec(e, env) {
        switch (e.kind) {
          case "int":
            return num(e.value);
          case "bool":
            return String(e.value);
          case "char":
            return String(e.value.codePointAt(0) ?? 0);
          case "path":
            return this.pathTerm(e, env);
          case "unary": {
            const x = this.spec(e.operand, env);
            if (e.op === "*") return x;
            if (e.op === "-") return `(- ${x})`;
            if (strip(this.ty(e.operand)).k === "bool") return `(not ${x})`;
            return `(${this.bitFn("not", intKindOf(e.operand.ty), 1)} ${x})`;
          }
          case "ref":
          case "trigger":
            return this.spec(e.operand, env);
          case "view":
            return this.spec(e.operand, env);
          case "old": {
            const base = e.operand;
            if (base.kind === "path" && base.res?.kind === "local") {
              const o = env.old.get(base.res.id);
              if (o !== void 0) return o;
            }
            return this.spec(base, env);
          }
          case "final":
            return this.spec(e.operand, env);
          case "binary": {
            const lt = this.ty(e.left);
            if (e.op === "&&" || e.op === "||" || e.op === "==>") {
              const a2 = this.spec(e.left, env);
              const g = e.op === "||" ? `(not ${a2})` : a2;
              const b3 = this.spec(e.right, { ...env, guards: [...env.guards, g] });
              return this.compare(e.op, a2, b3, lt);
            }
            const a = this.spec(e.left, env);
            const b2 = this.spec(e.right, env);
            const c = this.compare(e.op, a, b2, lt);
            if (c) return c;
            if (strip(lt).k === "bool") {
              if (e.op === "&") return `(and ${a} ${b2})`;
              if (e.op === "|") return `(or ${a} ${b2})`;
              if (e.op === "^") return `(xor ${a} ${b2})`;
            }
            const ls = this.sortOf(strip(lt));
            if (e.op === "+" && ls.startsWith("Seq%")) return `(${ls}.add ${a} ${b2})`;
            const lit2 = e.right.kind === "int" ? e.right.value : void 0;
            return this.arith(e.op, a, b2, intKindOf(e.ty), false, lit2);
          }
          case "chain": {
            const ts = e.operands.map((x) => this.spec(x, env));
            return andAll(e.ops.map((op, i) => this.compare(op, ts[i], ts[i + 1], this.ty(e.operands[i]))));
          }
          case "call":
            return this.callTerm(e, env);
          case "method":
            return this.methodTerm(e, env);
          case "field":
            return this.field(this.spec(e.base, env), this.ty(e.base), e.name, e.span);
          case "index":
            return this.indexTerm(this.spec(e.base, env), this.ty(e.base), this.spec(e.index, env), e.span);
          case "cast":
            return this.cast(this.spec(e.operand, env), e.operand.ty, this.ty(e), e.span);
          case "quant":
            return this.quant(e, env);
          case "if": {
            const c = this.spec(e.cond, env);
            const t = this.block(e.then, { ...env, guards: [...env.guards, c] });
            const elseEnv = { ...env, guards: [...env.guards, `(not ${c})`] };
            const f = !e.else ? this.unit() : "stmts" in e.else ? this.block(e.else, elseEnv) : this.spec(e.else, elseEnv);
            return `(ite ${c} ${t} ${f})`;
          }
          case "match":
            return this.matchTerm(e.scrutinee, e.arms, env, e.span);
          case "is": {
            const v = this.spec(e.operand, env);
            const t = this.ty(e.operand);
            const name = e.variant[e.variant.length - 1];
            const st = strip(t);
            if (st.k === "builtin" && st.name === "Option") return `((_ is ${this.sortOf(st)}.${name}) ${v})`;
            const c = this.variantInfo(t, name);
            if (!c) throw new Unsupported(`\`is ${name}\``, e.span);
            return `((_ is ${c.name}) ${v})`;
          }
          case "block":
            return this.block(e.block, env);
          case "struct":
            return this.structLit(e, (x) => this.spec(x, env));
          case "tuple":
            return e.elems.length === 0 ? this.unit() : `(${this.sortOf(this.ty(e))}.mk ${e.elems.map((x) => this.spec(x, env)).join(" ")})`;
          case "array":
          case "seq": {
            if (e.kind === "array" && e.repeat) throw new Unsupported("array repeat expressions", e.span);
            return this.seqLit(this.ty(e), e.elems.map((x) => this.spec(x, env)));
          }
          default:
            throw new Unsupported(`this expression (${e.kind}) in spec code`, e.span);
        }
      }
      seqLit(ty, elems) {
        const Q = this.sortOf(ty);
        let t = `${Q}.empty`;
        for (const x of elems) t = `(${Q}.push ${t} ${x})`;
        return t;
      }
      structLit(e, sub2) {
        const ty = this.ty(e);
        const res = e.res;
        const values = /* @__PURE__ */ new Map();
        for (const f of e.fields) values.set(f.name, sub2(f.value));
        if (res?.kind === "variant") {
          const c = this.variantInfo(ty, res.variant.name);
          if (!c) throw new Unsupported("this enum constructor", e.span);
          return this.variantCtor(ty, res.variant.name, c.fields.map((f) => {
            const v = values.get(f.name);
            if (v === void 0) throw new Unsupported(`missing field \`${f.name}\``, e.span);
            return v;
          }), e.span);
        }
        if (e.base) {
          const b2 = sub2(e.base);
          for (const f of this.structFields(ty) ?? []) if (!values.has(f.name)) values.set(f.name, `(${f.accessor} ${b2})`);
        }
        return this.construct(ty, values, e.span);
      }
      indexTerm(base, baseTy, idx, span) {
        const t = strip(this.ctx.substitute(baseTy));
        const s = this.sortOf(t);
        if (s.startsWith("Seq%")) return `(${s}.index ${base} ${idx})`;
        if (s.startsWith("Map%")) return `(select (${s}.vals ${base}) ${idx})`;
        throw new Unsupported("indexing this type", span);
      }
      matchTerm(scrutinee, arms, env, span) {
        const v = this.spec(scrutinee, env);
        const ty = this.ty(scrutinee);
        const parts = arms.map((arm) => {
          const inner = childEnv(env);
          const m = this.matchPattern(arm.pattern, v, ty, inner);
          for (const [id, t] of m.binds) inner.vars.set(id, t);
          const guard = arm.guard ? this.spec(arm.guard, inner) : "true";
          return { cond: andAll([m.cond, guard]), inner };
        });
        if (parts.length === 0) throw new Unsupported("an empty match", span);
        let out;
        for (let i = parts.length - 1; i >= 0; i--) {
          const p = parts[i];
          const prevNot = parts.slice(0, i).map((q) => `(not ${q.cond})`);
          const body = this.spec(arms[i].body, { ...p.inner, guards: [...env.guards, ...prevNot, p.cond] });
          out = out === void 0 ? body : `(ite ${p.cond} ${body} ${out})`;
        }
        return out;
      }
      /** The semantic type of a quantifier binder (from its uses, else its written type). */
      binderType(b2, body) {
        let found;
        walkExpr(body, (x) => {
          if (!found && x.kind === "path" && x.res?.kind === "local" && x.res.id === b2.id) found = x.res.ty;
        });
        return found ?? typeExprToType(b2.ty) ?? INT;
      }
      quant(e, env) {
        const inner = childEnv(env);
        const decls = e.binders.map((b2) => {
          const ty = this.binderType(b2, e.body);
          const name = `${mangle(b2.name)}$${env.bound.length}`;
          if (b2.id !== void 0) inner.vars.set(b2.id, name);
          return [name, this.sortOf(ty), ty];
        });
        inner.bound = [...env.bound, ...decls.map(([n, s]) => [n, s])];
        const range = andAll(decls.flatMap(([n, , t]) => this.typeFacts(n, t, 0)));
        if (e.quant === "choose") return this.choose(e, decls, range, env, inner);
        const body = this.spec(e.body, inner);
        const pats = this.patterns(e, inner);
        const vars = decls.map(([n, s]) => `(${n} ${s})`).join(" ");
        const matrix = e.quant === "forall" ? implies(range, body) : andAll([range, body]);
        return `(${e.quant} (${vars}) ${pats ? `(! ${matrix} ${pats})` : matrix})`;
      }
      /** `:pattern` attributes from `#[trigger]` / `#![trigger ..]`; none means the solver picks. */
      patterns(e, env) {
        const groups2 = [...e.triggers];
        const marked = [];
        walkExpr(e.body, (x) => {
          if (x.kind === "trigger") marked.push(x.operand);
        });
        if (marked.length) groups2.push(marked);
        const out = [];
        if (groups2.length === 0) return this.autoPatterns(e.body, env, e.binders ?? []);
        for (const g of groups2) {
          const terms = [];
          for (const t of g) {
            let s;
            try {
              s = this.spec(t, env);
            } catch {
              continue;
            }
            const head = /^\(\s*([^\s()]+)/.exec(s)?.[1];
            if (!head || NON_PATTERN_HEADS.has(head) || s.includes("(forall") || s.includes("(exists")) continue;
            terms.push(s);
          }
          if (terms.length) out.push(`:pattern (${terms.join(" ")})`);
        }
        return out.length ? out.join(" ") : void 0;
      }
      /**
       * Automatic trigger selection (`#![auto]` or none written; the solver's own inference is
       * off, as in Verus): function-application subterms without arithmetic on bound variables;
       * every single term covering all binders, else a greedy multi-trigger.
       */
      autoPatterns(body, env, binders2) {
        const names = binders2.map((b2) => env.vars.get(b2.id ?? -1)).filter((n) => !!n);
        if (names.length === 0) return void 0;
        const mentions = (t, n) => new RegExp(`(^|[\\s()])${n.replace(/[$.%]/g, (c) => "\\" + c)}($|[\\s()])`).test(t);
        const cands = [];
        const seen = /* @__PURE__ */ new Set();
        walkExpr(body, (x) => {
          if (x.kind === "quant") return;
          const isApp = x.kind === "call" && x.callee.kind === "path" && x.callee.res?.kind === "fn" || x.kind === "index" || x.kind === "method" || x.kind === "field";
          if (!isApp) return;
          let t;
          try {
            t = this.spec(x, env);
          } catch {
            return;
          }
          if (seen.has(t)) return;
          seen.add(t);
          const head = /^\(\s*([^\s()]+)/.exec(t)?.[1];
          if (!head || NON_PATTERN_HEADS.has(head) || /\((\+|-|\*|div|mod|ite|=>|and|or|not|=|<|<=|>|>=|forall|exists|let) /.test(t)) return;
          const covers2 = names.filter((n) => mentions(t, n));
          if (covers2.length) cands.push({ term: t, covers: covers2 });
        });
        const full = cands.filter((c) => c.covers.length === names.length).sort((a, b2) => a.term.length - b2.term.length);
        if (full.length) return full.slice(0, 3).map((c) => `:pattern (${c.term})`).join(" ");
        const chosen = [];
        const covered = /* @__PURE__ */ new Set();
        for (const c of [...cands].sort((a, b2) => b2.covers.length - a.covers.length || a.term.length - b2.term.length)) {
          if (c.covers.every((n) => covered.has(n))) continue;
          chosen.push(c.term);
          c.covers.forEach((n) => covered.add(n));
        }
        if (names.every((n) => covered.has(n))) return `:pattern (${chosen.join(" ")})`;
        return void 0;
      }
      choose(e, decls, range, env, inner) {
        if (decls.length !== 1) throw new Unsupported("choose with several binders", e.span);
        const [x, sort] = decls[0];
        const name = `choose%${this.chooseCount++}`;
        const args = env.bound;
        const app = args.length ? `(${name} ${args.map(([n]) => n).join(" ")})` : name;
        const body = this.spec(e.body, inner);
        const env2 = childEnv(inner);
        env2.vars.set(e.binders[0].id ?? -1, app);
        const bodyAt = this.spec(e.body, env2);
        const rangeAt = andAll(this.typeFacts(app, decls[0][2], 0));
        const pats = this.patterns(e, inner);
        const matrix = andAll([range, body]);
        const ax = `(=> (exists ((${x} ${sort})) ${pats ? `(! ${matrix} ${pats})` : matrix}) ${andAll([rangeAt, bodyAt])})`;
        const decl = `(declare-fun ${name} (${args.map(([, s]) => s).join(" ")}) ${sort})`;
        const axiom = args.length ? `(forall (${args.map(([n, s]) => `(${n} ${s})`).join(" ")}) (! ${ax} :pattern (${app})))` : ax;
        if (env.local) {
          env.local.raw(decl);
          env.local.raw(`(assert ${axiom})`);
        } else {
          this.ctx.fun(decl);
          this.ctx.axiom(axiom);
        }
        return app;
      }
      // ------------------------------------------------------------------ calls
      callTerm(e, env) {
        const res = e.callee.kind === "path" ? e.callee.res : void 0;
        const args = () => e.args.map((a) => this.spec(a, env));
        if (res?.kind === "fn") {
          const info = this.fnInfo(res.decl);
          if (!info || res.decl.mode !== "spec") throw new Unsupported(`calling \`${res.qname}\` in spec code`, e.span);
          return this.specApp(info, res.typeArgs, args(), e.span, env);
        }
        if (res?.kind === "struct") {
          const values = /* @__PURE__ */ new Map();
          args().forEach((a, i) => values.set(String(i), a));
          return this.construct(this.ty(e), values, e.span);
        }
        if (res?.kind === "variant") return this.variantCtor(this.ty(e), res.variant.name, args(), e.span);
        if (res?.kind === "builtin") return this.builtinCall(res.name, void 0, void 0, args(), e.args.map((a) => this.ty(a)), this.ty(e), e.span);
        throw new Unsupported("this call in spec code", e.span);
      }
      methodTerm(e, env) {
        const res = e.res;
        const recv = this.spec(e.receiver, env);
        const args = e.args.map((a) => this.spec(a, env));
        if (res?.kind === "fn") {
          const info = this.fnInfo(res.decl);
          if (!info || res.decl.mode !== "spec") throw new Unsupported(`calling \`${res.qname}\` in spec code`, e.span);
          return this.specApp(info, res.typeArgs, [recv, ...args], e.span, env);
        }
        if (res?.kind === "builtin") return this.builtinCall(res.name, recv, this.ty(e.receiver), args, e.args.map((a) => this.ty(a)), this.ty(e), e.span);
        throw new Unsupported(`method \`${e.method}\``, e.span);
      }
      /** Pure built-ins (Seq/Set/Map/Option/Vec views and wrappers). */
      builtinCall(name, recv, recvTy, args, _argTys, resTy, span) {
        const r = recv ?? args[0] ?? "";
        const a = recv === void 0 ? args.slice(1) : args;
        const sortR = recvTy ? this.sortOf(strip(recvTy)) : "";
        switch (name) {
          case "Ghost":
          case "Tracked":
          case "Box::new":
          case "Ghost::view":
          case "Tracked::view":
          case "Tracked::borrow":
          case "Tracked::get":
          case "Vec::view":
          case "slice::view":
            return r;
          case "slice::len":
            return `(${sortR}.len ${r})`;
          case "Some":
            return `(${this.sortOf(resTy)}.Some ${r})`;
          case "None":
            return `${this.sortOf(resTy)}.None`;
          case "Option::is_some":
            return `((_ is ${sortR}.Some) ${r})`;
          case "Option::is_none":
            return `((_ is ${sortR}.None) ${r})`;
          case "Option::unwrap":
          case "Option::get_Some_0":
            return `(${sortR}.Some.0 ${r})`;
          case "Option::unwrap_or":
            return `(ite ((_ is ${sortR}.Some) ${r}) (${sortR}.Some.0 ${r}) ${a[0]})`;
          case "Vec::new":
          case "Vec::with_capacity":
          case "Seq::empty":
            return `${this.sortOf(resTy)}.empty`;
          case "Vec::len":
          case "Seq::len":
            return `(${sortR}.len ${r})`;
          case "Vec::is_empty":
            return `(= (${sortR}.len ${r}) 0)`;
          case "Seq::index":
            return `(${sortR}.index ${r} ${a[0]})`;
          case "Seq::push":
            return `(${sortR}.push ${r} ${a[0]})`;
          case "Seq::update":
            return `(${sortR}.update ${r} ${a[0]} ${a[1]})`;
          case "Seq::subrange":
            return `(${sortR}.subrange ${r} ${a[0]} ${a[1]})`;
          case "Seq::take":
            return `(${sortR}.subrange ${r} 0 ${a[0]})`;
          case "Seq::skip":
            return `(${sortR}.subrange ${r} ${a[0]} (${sortR}.len ${r}))`;
          case "Seq::drop_last":
            return `(${sortR}.subrange ${r} 0 (- (${sortR}.len ${r}) 1))`;
          case "Seq::last":
            return `(${sortR}.index ${r} (- (${sortR}.len ${r}) 1))`;
          case "Seq::first":
            return `(${sortR}.index ${r} 0)`;
          case "Seq::add":
            return `(${sortR}.add ${r} ${a[0]})`;
          case "Seq::contains": {
            const st = recvTy ? strip(this.ctx.substitute(recvTy)) : void 0;
            const elemTy = st && (st.k === "builtin" ? st.args[0] : st.k === "array" || st.k === "slice" ? st.elem : void 0);
            if (!elemTy) throw new Unsupported("`contains` on this type", span);
            return `(${this.ctx.seqContains(this.sortOf(elemTy))} ${r} ${a[0]})`;
          }
          case "Set::empty": {
            const s = this.sortOf(resTy);
            return `((as const ${s}) false)`;
          }
          case "Set::insert":
            return `(store ${r} ${a[0]} true)`;
          case "Set::remove":
            return `(store ${r} ${a[0]} false)`;
          case "Set::contains":
            return `(select ${r} ${a[0]})`;
          case "Set::union":
            return `(${this.setPointwise("or", recvTy, span)} ${r} ${a[0]})`;
          case "Set::intersect":
            return `(${this.setPointwise("and", recvTy, span)} ${r} ${a[0]})`;
          case "Set::subset_of":
            return `(= (${this.setPointwise("and", recvTy, span)} ${r} ${a[0]}) ${r})`;
          case "Map::empty": {
            const s = this.sortOf(resTy);
            const k = strip(resTy).k === "builtin" ? this.sortOf(strip(resTy).args[0] ?? INT) : "Int";
            return `(${s}.mk ((as const (Array ${k} Bool)) false) ${s}.default)`;
          }
          case "Map::insert":
            return `(${sortR}.mk (store (${sortR}.dom ${r}) ${a[0]} true) (store (${sortR}.vals ${r}) ${a[0]} ${a[1]}))`;
          case "Map::remove":
            return `(${sortR}.mk (store (${sortR}.dom ${r}) ${a[0]} false) (${sortR}.vals ${r}))`;
          case "Map::dom":
            return `(${sortR}.dom ${r})`;
          case "Map::index":
            return `(select (${sortR}.vals ${r}) ${a[0]})`;
          case "Map::contains_key":
            return `(select (${sortR}.dom ${r}) ${a[0]})`;
          case "reveal":
            return "true";
        }
        const c = this.builtinConst(name);
        if (c !== void 0) return c;
        throw new Unsupported(`\`${name}\` in this position`, span);
      }
      /** Union (`or`) or intersection (`and`) of sets of the receiver's type (see SmtContext.setPointwise). */
      setPointwise(op, recvTy, span) {
        const st = recvTy ? strip(this.ctx.substitute(recvTy)) : void 0;
        if (!st || st.k !== "builtin" || st.name !== "Set") throw new Unsupported("set operation on this type", span);
        return this.ctx.setPointwise(op, this.sortOf(st), this.sortOf(st.args[0] ?? INT));
      }
    };
  }
});

// src/vc/exec.ts
function containsMutRef(t) {
  switch (t.k) {
    case "ref":
      return t.mut || containsMutRef(t.inner);
    case "tuple":
      return t.elems.some(containsMutRef);
    case "array":
    case "slice":
      return containsMutRef(t.elem);
    case "builtin":
    case "adt":
      return t.args.some(containsMutRef);
    default:
      return false;
  }
}
function closingBrace(b2) {
  const s = b2.span;
  return { ...s, start: s.end - 1, line: s.endLine, column: Math.max(1, s.endColumn - 1) };
}
var MUTATING_BUILTINS, FnLowerer;
var init_exec = __esm({
  "src/vc/exec.ts"() {
    "use strict";
    init_types();
    init_diagnostic();
    init_context2();
    init_bitvec();
    init_errors();
    init_crate_attrs();
    init_ir();
    init_spec();
    init_terms();
    init_walk();
    MUTATING_BUILTINS = /* @__PURE__ */ new Set(["Vec::push", "Vec::pop", "Vec::set", "Vec::insert", "Vec::remove", "Vec::clear"]);
    FnLowerer = class extends SpecTranslator {
      constructor(crate, ctx, fn) {
        super(crate, ctx);
        this.fn = fn;
        this.env = { vars: /* @__PURE__ */ new Map(), old: /* @__PURE__ */ new Map(), bound: [], guards: [], local: this.prog };
        this.ghost = fn.decl.mode !== "exec";
      }
      fn;
      prog = new PassiveProgram();
      obligations = /* @__PURE__ */ new Map();
      diagnostics = [];
      /** `by (nonlinear_arith)` goals: closed terms, checked in a separate query with nonlinear arithmetic on. */
      nonlinearGoals = [];
      nonlinearObligations = /* @__PURE__ */ new Map();
      /** `by (bit_vector)` goals, their constants' declarations, and obligations: one QF_BV query. */
      bitVectorGoals = [];
      bitVectorDecls = [];
      bitVectorObligations = /* @__PURE__ */ new Map();
      env;
      ghost;
      loops = [];
      varTypes = /* @__PURE__ */ new Map();
      varNames = /* @__PURE__ */ new Map();
      paramIds = /* @__PURE__ */ new Set();
      /** Variables holding exec values: the only ones whose type invariants are assumed (see typeFacts). */
      execVars = /* @__PURE__ */ new Set();
      entry = /* @__PURE__ */ new Map();
      // ------------------------------------------------------------------ entry points
      /** Lowers an exec or proof fn: assume requires, run the body, check ensures at every exit. */
      lowerBody() {
        const d = this.fn.decl;
        for (const p of this.fn.params) {
          if (!this.isMutRef(p.ty) && containsMutRef(p.ty)) throw new Unsupported("a `&mut` reference inside a parameter type", d.params.find((q) => q.name === p.name)?.span ?? d.span);
          const term = this.declareVar(p.id, p.name, p.ty);
          this.paramIds.add(p.id);
          this.env.old.set(p.id, term);
          const exec = d.mode === "exec" && p.mode === "exec";
          if (exec) this.execVars.add(p.id);
          this.prog.assume(andAll(this.typeFacts(term, p.ty, 2, exec)));
        }
        this.entry = new Map(this.env.vars);
        this.assumeBroadcastLemmas();
        for (const r of d.requires) this.prog.assume(this.spec(r, this.env));
        const body = d.body;
        const v = this.execBlock(body);
        if (this.prog.pc !== "false") {
          const at = body.tail ? body.tail.span : closingBrace(body);
          this.checkEnsures(v, at, "at the end of the function body");
        }
      }
      /** `broadcast use` lemmas: `forall params. requires ==> ensures`, triggered by their `#[trigger]` terms. */
      assumeBroadcastLemmas() {
        for (const qname of this.crate.broadcastLemmas) {
          const info = this.crate.fns.find((f) => f.qname === qname);
          if (!info || !this.broadcastAllowed(this.fn.decl, info.decl) || info.decl.ensures.length === 0) continue;
          const env = { vars: /* @__PURE__ */ new Map(), old: /* @__PURE__ */ new Map(), bound: [], guards: [] };
          const decls = info.params.map((p, i) => {
            const n = `${mangle(p.name)}$b${i}`;
            env.vars.set(p.id, n);
            return `(${n} ${this.sortOf(p.ty)})`;
          });
          env.bound = info.params.map((p, i) => [`${mangle(p.name)}$b${i}`, this.sortOf(p.ty)]);
          const facts = info.params.flatMap((p, i) => this.typeFacts(`${mangle(p.name)}$b${i}`, p.ty, 0));
          const pre = andAll([...facts, ...info.decl.requires.map((r) => this.spec(r, env))]);
          const post = andAll(info.decl.ensures.map((c) => this.spec(c, env)));
          const body = info.decl.ensures.length === 1 ? info.decl.ensures[0] : { kind: "tuple", elems: info.decl.ensures, span: info.decl.span };
          const binders2 = info.params.map((p, i) => ({ name: p.name, span: info.decl.params[i]?.span ?? info.decl.span, id: p.id }));
          const pats = this.patterns({ body, triggers: [], binders: binders2 }, env);
          const matrix = implies(pre, post);
          const ax = decls.length ? `(forall (${decls.join(" ")}) ${pats ? `(! ${matrix} ${pats})` : matrix})` : matrix;
          this.ctx.once(`broadcast:${qname}`, () => this.ctx.axiom(ax));
        }
      }
      /** Set by the driver: whether a fn's proof may assume a broadcast lemma (no lemma relies on itself). */
      broadcastAllowed = (fn, lemma) => fn !== lemma;
      /** Checks that a recursive spec fn's recursive calls decrease its `decreases` measure. */
      lowerSpecTermination() {
        const d = this.fn.decl;
        for (const p of this.fn.params) {
          const term = this.declareVar(p.id, p.name, p.ty);
          this.paramIds.add(p.id);
          this.prog.assume(andAll(this.typeFacts(term, p.ty)));
        }
        this.entry = new Map(this.env.vars);
        for (const r of d.requires) this.prog.assume(this.spec(r, this.env));
        this.ctx.once("sort:Fuel", () => {
          this.ctx.sort("(declare-sort Fuel 0)");
          this.ctx.fun("(declare-fun fuel.zero () Fuel)\n(declare-fun fuel.succ (Fuel) Fuel)");
        });
        this.specFn(this.fn, []);
        const env = {
          ...this.env,
          vars: new Map(this.env.vars),
          bound: [],
          guards: [],
          selfRec: {
            decl: d,
            fuel: "fuel.zero",
            onCall: (callee, args, span, callEnv) => {
              const next = { vars: /* @__PURE__ */ new Map(), old: /* @__PURE__ */ new Map(), bound: callEnv.bound, guards: [] };
              callee.params.forEach((p, i) => next.vars.set(p.id, args[i]));
              let t = implies(andAll(callEnv.guards), this.decreasesTerm(callee.decl.decreases, next, d.decreases, this.env));
              if (callEnv.bound.length) t = `(forall (${callEnv.bound.map(([n, s]) => `(${n} ${s})`).join(" ")}) ${t})`;
              this.check(t, { kind: "termination", message: "could not prove termination", span, labels: [] });
            }
          }
        };
        this.block(d.body, env);
      }
      query() {
        return { prelude: [this.ctx.prelude(), this.prog.text()].filter((s) => s).join("\n"), goals: this.prog.goals };
      }
      // ------------------------------------------------------------------ obligations
      declareVar(id, name, ty) {
        const term = this.prog.fresh(name, this.sortOf(ty));
        this.env.vars.set(id, term);
        this.varTypes.set(id, ty);
        this.varNames.set(id, name);
        return term;
      }
      check(term, ob) {
        const g = this.prog.goalTerm(term);
        if (g === void 0) return;
        const label2 = this.prog.nextLabel();
        this.prog.addGoal({ label: label2, term: g, cex: this.counterexample() });
        this.obligations.set(label2, { ...ob, label: label2, function: this.fn.qname });
        this.prog.assume(term);
      }
      /** Parameters (entry values; scalar fields of struct params) and live locals. */
      counterexample() {
        const out = [];
        const seen = /* @__PURE__ */ new Set();
        const add2 = (name, term, ty) => {
          const s = this.sortOf(ty);
          const sort = s === "Int" ? "Int" : s === "Bool" ? "Bool" : void 0;
          if (!sort || seen.has(name)) return;
          seen.add(name);
          out.push({ name, term, sort });
        };
        for (const p of this.fn.params) {
          const term = this.entry.get(p.id);
          if (!term) continue;
          add2(p.name, term, p.ty);
          for (const f of this.structFields(p.ty) ?? []) add2(`${p.name}.${f.name}`, `(${f.accessor} ${term})`, f.ty);
        }
        const locals = [...this.env.vars.entries()].filter(([id]) => !this.paramIds.has(id) && this.varNames.has(id));
        for (const [id, term] of locals.reverse()) {
          const name = this.varNames.get(id);
          const ty = this.varTypes.get(id) ?? INT;
          add2(name, term, ty);
          for (const f of this.structFields(ty) ?? []) add2(`${name}.${f.name}`, `(${f.accessor} ${term})`, f.ty);
        }
        return out;
      }
      checkEnsures(ret, at, what) {
        const env = childEnv(this.env, { old: this.env.old });
        for (const p of this.fn.params) {
          const entry = this.entry.get(p.id);
          if (entry !== void 0 && !this.isMutRef(p.ty)) env.vars.set(p.id, entry);
        }
        if (this.fn.retId !== void 0) env.vars.set(this.fn.retId, ret);
        for (const c of this.fn.decl.ensures) {
          this.check(this.spec(c, env), {
            kind: "postcondition",
            message: "postcondition not satisfied",
            span: c.span,
            primaryLabel: "failed this postcondition",
            labels: [{ message: what, span: at }]
          });
        }
        for (const c of this.fn.decl.returns) {
          this.check(`(= ${ret} ${this.spec(c, env)})`, {
            kind: "postcondition",
            message: "postcondition not satisfied",
            span: c.span,
            primaryLabel: "failed this postcondition",
            labels: [{ message: what, span: at }]
          });
        }
      }
      /** Lexicographic decrease of `measures` from `before` to `after`; int measures must stay >= 0. */
      decreasesTerm(afterMeasures, after, beforeMeasures, before) {
        const n = Math.min(afterMeasures.length, beforeMeasures.length);
        if (n === 0) return "false";
        for (const m of [...afterMeasures, ...beforeMeasures]) {
          if (this.sortOf(m.ty ?? INT) !== "Int") throw new Unsupported("a decreases measure that is not an integer", m.span);
        }
        const nexts = afterMeasures.slice(0, n).map((m) => this.spec(m, after));
        const curs = beforeMeasures.slice(0, n).map((m) => this.spec(m, before));
        let t = "false";
        for (let i = n - 1; i >= 0; i--) {
          const lt = `(and (<= 0 ${curs[i]}) (< ${nexts[i]} ${curs[i]}))`;
          t = i === n - 1 ? lt : `(or ${lt} (and (= ${nexts[i]} ${curs[i]}) ${t}))`;
        }
        return t;
      }
      // ------------------------------------------------------------------ state helpers
      snapshot() {
        return { pc: this.prog.pc, vars: new Map(this.env.vars) };
      }
      restore(s) {
        this.prog.pc = s.pc;
        this.env.vars = new Map(s.vars);
      }
      branchPc(base, cond2) {
        if (base === "false") return "false";
        return this.prog.define("pc", andAll([base, cond2]));
      }
      /** Merges branch states; returns the merged value (fresh constant when branches differ). */
      join(branches2, ty, base) {
        const live = branches2.filter((b2) => b2.pc !== "false");
        if (live.length === 0) {
          this.prog.pc = "false";
          this.env.vars = new Map(base);
          return this.dummy(ty);
        }
        if (live.length === 1) {
          this.prog.pc = live[0].pc;
          this.env.vars = new Map(live[0].vars);
          return live[0].value ?? this.dummy(ty);
        }
        const vars = new Map(base);
        for (const id of base.keys()) {
          const terms = live.map((b2) => b2.vars.get(id) ?? base.get(id));
          if (terms.every((t) => t === terms[0])) {
            vars.set(id, terms[0]);
            continue;
          }
          const v = this.prog.fresh(this.varNames.get(id) ?? "v", this.sortOf(this.varTypes.get(id) ?? INT));
          live.forEach((b2, i) => this.prog.assumeRaw(`(=> ${b2.pc} (= ${v} ${terms[i]}))`));
          vars.set(id, v);
        }
        this.env.vars = vars;
        this.prog.pc = this.prog.define("pc", `(or ${live.map((b2) => b2.pc).join(" ")})`);
        const values = live.map((b2) => b2.value ?? this.dummy(ty));
        if (values.every((x) => x === values[0])) return values[0];
        const sort = this.sortOf(ty ?? INT);
        const r = this.prog.fresh("val", sort);
        live.forEach((b2, i) => this.prog.assumeRaw(`(=> ${b2.pc} (= ${r} ${values[i]}))`));
        return r;
      }
      dummy(ty) {
        const t = ty ? strip(ty) : INT;
        if (t.k === "tuple" && t.elems.length === 0) return this.unit();
        const s = this.sortOf(t);
        if (s === "Int") return "0";
        if (s === "Bool") return "false";
        return this.prog.fresh("dead", s);
      }
      withGhost(g, f) {
        const saved = this.ghost;
        this.ghost = this.ghost || g;
        try {
          return f();
        } finally {
          this.ghost = saved;
        }
      }
      /** Binds pattern variables, remembering their names and types (for joins and counterexamples). */
      bindAll(p, binds) {
        const info = /* @__PURE__ */ new Map();
        const visit = (q) => {
          switch (q.kind) {
            case "ident":
              if (q.id !== void 0) info.set(q.id, { name: q.name, ty: q.ty });
              break;
            case "tuple":
            case "tuple_struct":
              q.elems.forEach(visit);
              break;
            case "struct":
              q.fields.forEach((f) => visit(f.pattern));
              break;
            case "or":
              q.alts.forEach(visit);
              break;
            default:
              break;
          }
        };
        visit(p);
        for (const [id, t] of binds) {
          this.env.vars.set(id, t);
          const i = info.get(id);
          if (!i?.ty) throw new Unsupported("a pattern binding without a known type", p.span);
          if (containsMutRef(i.ty)) throw new Unsupported("a `&mut` reference held in a variable", p.span);
          this.varNames.set(id, i.name);
          this.varTypes.set(id, i.ty);
        }
      }
      // ------------------------------------------------------------------ places
      rootOf(e) {
        switch (e.kind) {
          case "path":
            return e.res?.kind === "local" ? e.res.id : void 0;
          case "unary":
            return e.op === "*" ? this.rootOf(e.operand) : void 0;
          case "ref":
            return this.rootOf(e.operand);
          case "field":
            return this.rootOf(e.base);
          case "index":
            return this.rootOf(e.base);
          case "call":
            if (e.callee.kind === "path" && e.callee.res?.kind === "builtin" && ["Tracked", "Ghost"].includes(e.callee.res.name) && e.args[0]) return this.rootOf(e.args[0]);
            return void 0;
          case "method":
            if (e.res?.kind === "builtin" && e.res.name.startsWith("Tracked::borrow")) return this.rootOf(e.receiver);
            return void 0;
          default:
            return void 0;
        }
      }
      placeOf(e) {
        switch (e.kind) {
          case "path":
            return e.res?.kind === "local" ? { id: e.res.id, steps: [] } : void 0;
          case "unary":
            return e.op === "*" ? this.placeOf(e.operand) : void 0;
          case "ref":
            return this.placeOf(e.operand);
          case "field": {
            const p = this.placeOf(e.base);
            if (p) p.steps.push({ k: "field", name: e.name, ty: this.ty(e.base) });
            return p;
          }
          case "index": {
            const p = this.placeOf(e.base);
            if (!p) return void 0;
            const base = this.readPlace(p);
            const idx = this.exec(e.index);
            this.indexCheck(base, this.ty(e.base), idx, e);
            p.steps.push({ k: "index", idx, ty: this.ty(e.base) });
            return p;
          }
          case "call":
            if (e.callee.kind === "path" && e.callee.res?.kind === "builtin" && ["Tracked", "Ghost"].includes(e.callee.res.name) && e.args[0]) return this.placeOf(e.args[0]);
            return void 0;
          case "method":
            if (e.res?.kind === "builtin" && e.res.name.startsWith("Tracked::borrow")) return this.placeOf(e.receiver);
            return void 0;
          default:
            return void 0;
        }
      }
      readPlace(p) {
        let t = this.env.vars.get(p.id);
        if (t === void 0) throw new Error("unbound place");
        for (const s of p.steps) t = s.k === "field" ? this.field(t, s.ty, s.name, void 0) : this.indexTerm(t, s.ty, s.idx, void 0);
        return t;
      }
      writePlace(p, value, span) {
        const root = this.env.vars.get(p.id);
        const rebuild = (cur, i) => {
          if (i === p.steps.length) return value;
          const s = p.steps[i];
          if (s.k === "index") {
            const Q = this.sortOf(strip(s.ty));
            return `(${Q}.update ${cur} ${s.idx} ${rebuild(`(${Q}.index ${cur} ${s.idx})`, i + 1)})`;
          }
          const fields = this.structFields(s.ty);
          if (!fields) throw new Unsupported("assigning to this field", span);
          const values = new Map(fields.map((f) => [f.name, f.name === s.name ? rebuild(`(${f.accessor} ${cur})`, i + 1) : `(${f.accessor} ${cur})`]));
          const built = this.construct(s.ty, values, span);
          if (!this.ghost) this.typeInvariantCheck(built, s.ty, span);
          return built;
        };
        const next = rebuild(root, 0);
        const v = this.prog.fresh(this.varNames.get(p.id) ?? "v", this.sortOf(this.varTypes.get(p.id) ?? INT));
        this.prog.assume(`(= ${v} ${next})`);
        this.env.vars.set(p.id, v);
      }
      typeInvariantCheck(value, ty, span) {
        const t = strip(this.ctx.substitute(ty));
        if (t.k !== "adt") return;
        const inv = this.typeInvariantOf(t.name);
        if (!inv) return;
        this.check(`(${this.specFn(inv, t.args)} ${value})`, {
          kind: "type-invariant",
          message: "constructed value may fail to meet its declared type invariant",
          span,
          labels: [{ message: "type invariant declared here", span: inv.decl.nameSpan }]
        });
      }
      indexCheck(base, baseTy, idx, e) {
        if (this.ghost) return;
        const t = strip(this.ctx.substitute(baseTy));
        const Q = this.sortOf(t);
        if (!Q.startsWith("Seq%")) throw new Unsupported("indexing this type", e.span);
        const ok = `(and (<= 0 ${idx}) (< ${idx} (${Q}.len ${base})))`;
        if (t.k === "builtin" && t.name === "Vec") {
          const at = e.kind === "index" ? e.index.span : e.span;
          this.check(ok, { kind: "precondition", message: "precondition not satisfied", span: e.span, labels: [{ message: "failed precondition", span: at }] });
        } else {
          this.check(ok, { kind: "index", message: "precondition not met: index in bounds for this access", span: e.span, labels: [] });
        }
      }
      // ------------------------------------------------------------------ statements
      execBlock(b2) {
        for (const st of b2.stmts) this.stmt(st);
        return b2.tail ? this.exec(b2.tail) : this.unit();
      }
      stmt(st) {
        switch (st.kind) {
          case "let": {
            const ghost2 = st.mode !== "exec";
            const p = st.pattern;
            const ty = (p.kind === "ident" ? p.ty : void 0) ?? st.init?.ty ?? INT;
            if (containsMutRef(ty) || st.init?.ty && containsMutRef(st.init.ty)) throw new Unsupported("a `&mut` reference held in a variable", st.span);
            const v = st.init ? this.withGhost(ghost2, () => this.exec(st.init)) : void 0;
            if (p.kind === "ident" && p.id !== void 0) {
              const x = this.declareVar(p.id, p.name, ty);
              if (!ghost2 && !this.ghost) this.execVars.add(p.id);
              if (v !== void 0) this.prog.assume(`(= ${x} ${v})`);
              else this.prog.assume(andAll(this.typeFacts(x, ty)));
              return;
            }
            if (v === void 0) throw new Unsupported("this let pattern without a value", st.span);
            const m = this.matchPattern(p, v, st.init?.ty ?? ty, this.env);
            this.bindAll(p, m.binds);
            return;
          }
          case "expr":
            this.exec(st.expr);
            return;
          case "assign":
            return this.assign(st);
          case "while":
          case "loop":
          case "for":
            return this.loop(st);
          case "assert":
            return this.assertStmt(st);
          case "assume":
            this.prog.assume(this.spec(st.expr, this.env));
            return;
          case "assert_forall":
            return this.assertForall(st);
          case "proof":
            this.withGhost(true, () => this.execBlock(st.block));
            return;
          case "item":
            return;
        }
      }
      assign(st) {
        const place2 = this.placeOf(st.target);
        if (!place2) throw new Unsupported("assignment to this place", st.target.span);
        if (!this.env.vars.has(place2.id)) throw new Unsupported("assignment to this place", st.target.span);
        if (place2.steps.length === 0 && st.target.kind === "path" && this.isMutRef(this.varTypes.get(place2.id) ?? INT)) {
          throw new Unsupported("reassigning a `&mut` reference", st.target.span);
        }
        let v;
        if (st.op === "=") v = this.exec(st.value);
        else {
          const cur = this.readPlace(place2);
          const rhs = this.exec(st.value);
          v = this.arithChecked(st.op.slice(0, -1), cur, rhs, st.target.ty ?? INT, st.value, st.span);
        }
        this.writePlace(place2, v, st.span);
      }
      assertStmt(st) {
        const by = st.by;
        const ob = { kind: "assertion", message: "assertion failed", span: st.span, labels: [] };
        if (!by) {
          this.check(this.spec(st.expr, this.env), ob);
          return;
        }
        if (by.kind === "compute") throw new Unsupported("assert by (compute)", st.span);
        const term = this.spec(st.expr, this.env);
        if (by.kind === "block") {
          const saved = { ...this.snapshot(), scope: this.prog.scope };
          this.withGhost(true, () => this.execBlock(by.block));
          this.check(term, ob);
          this.restore(saved);
          this.prog.scope = saved.scope;
          this.prog.assume(term);
          return;
        }
        for (const r of by.requires) {
          this.check(this.spec(r, this.env), { kind: "assertion", message: "assertion failed", span: r.span, labels: [] });
        }
        if (this.prog.pc !== "false") {
          if (by.kind === "bit_vector") {
            const label2 = `bv${this.bitVectorGoals.length}`;
            const g = bitVectorGoal(st.expr, by.requires, st.span, label2);
            this.bitVectorDecls.push(...g.decls);
            this.bitVectorGoals.push({ label: label2, term: g.term, cex: [] });
            this.bitVectorObligations.set(label2, { ...ob, label: label2, function: this.fn.qname });
          } else {
            const label2 = `nl${this.nonlinearGoals.length}`;
            this.nonlinearGoals.push({ label: label2, term: this.nonlinearGoal(st.expr, by.requires), cex: [] });
            this.nonlinearObligations.set(label2, { ...ob, label: label2, function: this.fn.qname });
          }
        }
        this.prog.assume(term);
      }
      /** `by (nonlinear_arith)`: requires => claim over the free variables, nothing else known. */
      nonlinearGoal(claim, requires) {
        const locals = freeLocals([claim, ...requires]);
        const env = { vars: /* @__PURE__ */ new Map(), old: /* @__PURE__ */ new Map(), bound: [], guards: [] };
        const decls = [];
        const facts = [];
        for (const l of locals) {
          const name = `${mangle(l.name)}$nl`;
          env.vars.set(l.id, name);
          env.bound.push([name, this.sortOf(l.ty)]);
          decls.push(`(${name} ${this.sortOf(l.ty)})`);
          facts.push(...this.typeFacts(name, l.ty, 0));
          if (!this.env.old.has(l.id)) continue;
          const old = `${mangle(l.name)}$nl_old`;
          env.old.set(l.id, old);
          env.bound.push([old, this.sortOf(l.ty)]);
          decls.push(`(${old} ${this.sortOf(l.ty)})`);
          facts.push(...this.typeFacts(old, l.ty, 0));
        }
        const body = implies(andAll([...facts, ...requires.map((r) => this.spec(r, env))]), this.spec(claim, env));
        return decls.length ? `(forall (${decls.join(" ")}) ${body})` : body;
      }
      assertForall(st) {
        const saved = { ...this.snapshot(), scope: this.prog.scope };
        const conclusionTy = (b2) => this.binderType(b2, { kind: "tuple", elems: [st.assumption ?? st.conclusion, st.conclusion], span: st.span });
        for (const b2 of st.binders) {
          const ty = conclusionTy(b2);
          const x = this.declareVar(b2.id ?? -1, b2.name, ty);
          this.prog.assume(andAll(this.typeFacts(x, ty, 0)));
        }
        if (st.assumption) this.prog.assume(this.spec(st.assumption, this.env));
        if (st.proof) this.withGhost(true, () => this.execBlock(st.proof));
        this.check(this.spec(st.conclusion, this.env), { kind: "assertion", message: "assertion failed", span: st.span, labels: [] });
        this.restore(saved);
        this.prog.scope = saved.scope;
        const q = {
          kind: "quant",
          quant: "forall",
          binders: st.binders,
          triggers: st.triggers,
          auto: st.auto,
          span: st.span,
          ty: { k: "bool" },
          body: st.assumption ? { kind: "binary", op: "==>", left: st.assumption, right: st.conclusion, opSpan: st.span, span: st.span, ty: { k: "bool" } } : st.conclusion
        };
        this.prog.assume(this.spec(q, this.env));
      }
      // ------------------------------------------------------------------ loops
      /** Variables a loop may change: assignment targets, &mut borrows, mutating receivers. */
      modifiedBy(st) {
        const out = /* @__PURE__ */ new Set();
        const add2 = (e) => {
          const r = this.rootOf(e);
          if (r !== void 0) out.add(r);
        };
        const visit = (e) => {
          if (e.kind === "ref" && e.mut) add2(e.operand);
          if (e.kind === "method") {
            if (e.res?.kind === "builtin" && MUTATING_BUILTINS.has(e.res.name)) add2(e.receiver);
            if (e.res?.kind === "fn") {
              const p0 = this.fnInfo(e.res.decl)?.params[0];
              if (p0 && this.isMutRef(p0.ty)) add2(e.receiver);
              this.mutArgs(e.res.decl, e.args, 1).forEach(add2);
            }
          }
          if (e.kind === "call" && e.callee.kind === "path" && e.callee.res?.kind === "fn") this.mutArgs(e.callee.res.decl, e.args, 0).forEach(add2);
        };
        const stmtVisit = (s) => {
          if (s.kind === "assign") add2(s.target);
        };
        walkBlock(st.body, visit, stmtVisit);
        if (st.kind === "while") walkExpr(st.cond, visit, stmtVisit);
        return out;
      }
      mutArgs(decl, args, offset) {
        const info = this.fnInfo(decl);
        if (!info) return [];
        return args.filter((_, i) => {
          const p = info.params[i + offset];
          return !!p && this.isMutRef(p.ty);
        });
      }
      /** A Ghost/Tracked wrapper anywhere on the way to the value (through references). */
      wrapsGhost(t) {
        let cur = t;
        for (; ; ) {
          if (cur.k === "ref") cur = cur.inner;
          else if (cur.k === "builtin" && (cur.name === "Ghost" || cur.name === "Tracked")) return true;
          else if (cur.k === "builtin" && cur.name === "Box" && cur.args[0]) cur = cur.args[0];
          else return false;
        }
      }
      isMutRef(t) {
        let cur = t;
        while (cur.k === "builtin" && (cur.name === "Tracked" || cur.name === "Ghost") && cur.args[0]) cur = cur.args[0];
        return cur.k === "ref" && cur.mut;
      }
      /** `#[verifier::exec_allows_no_decreases_clause]` on the fn, or `#![..]` on its crate/module file. */
      execAllowsNoDecreases() {
        const attr = "verifier::exec_allows_no_decreases_clause";
        return this.fn.decl.flags.execAllowsNoDecreases || hasEnclosingInnerAttr(this.crate, this.fn, attr);
      }
      loop(st) {
        const execLoop = this.fn.decl.mode === "exec" && !this.ghost;
        if (st.kind !== "for" && st.decreases.length === 0 && (!execLoop || !this.execAllowsNoDecreases())) {
          this.diagnostics.push(diag("decreases", "loop must have a decreases clause", st.headSpan, { function: this.fn.qname }));
        }
        const allInv = [...st.invariants, ...st.invariantsExceptBreak];
        let forVar;
        if (st.kind === "for") {
          const p = st.pattern;
          if (p.kind !== "ident" || p.id === void 0) throw new Unsupported("this for-loop pattern", p.span);
          const start = this.exec(st.start);
          const end = this.exec(st.end);
          forVar = { id: p.id, start, end: st.inclusive ? `(+ ${end} 1)` : end, name: p.name, ty: p.ty ?? st.start.ty ?? INT };
          this.varTypes.set(p.id, forVar.ty);
          this.varNames.set(p.id, p.name);
          this.env.vars.set(p.id, start);
        }
        for (const c of allInv) this.check(this.spec(c, this.env), { kind: "invariant-entry", message: "invariant not satisfied before loop", span: c.span, labels: [] });
        const outer = { ...this.snapshot(), scope: this.prog.scope };
        const modified = this.modifiedBy(st);
        if (forVar) modified.add(forVar.id);
        for (const id of modified) {
          if (!this.env.vars.has(id)) continue;
          const ty = this.varTypes.get(id) ?? INT;
          const v = this.prog.fresh(this.varNames.get(id) ?? "v", this.sortOf(ty));
          this.env.vars.set(id, v);
        }
        this.prog.scope = "true";
        for (const [id, term] of this.env.vars) {
          const ty = this.varTypes.get(id);
          if (ty && id !== forVar?.id) this.prog.assume(andAll(this.typeFacts(term, ty, 2, this.execVars.has(id))));
        }
        if (forVar) {
          const i = this.env.vars.get(forVar.id);
          this.prog.assume(`(and (<= ${forVar.start} ${i}) (or (<= ${i} ${forVar.end}) (= ${i} ${forVar.start})))`);
        }
        for (const c of allInv) this.prog.assume(this.spec(c, this.env));
        const headEnv = childEnv(this.env);
        const cond2 = st.kind === "while" ? this.exec(st.cond) : forVar ? `(< ${this.env.vars.get(forVar.id)} ${forVar.end})` : "true";
        const head = this.snapshot();
        const endOfBody = () => {
          if (forVar) this.env.vars.set(forVar.id, `(+ ${head.vars.get(forVar.id)} 1)`);
          for (const c of allInv) this.check(this.spec(c, this.env), { kind: "invariant-end", message: "invariant not satisfied at end of loop body", span: c.span, labels: [] });
          if (st.decreases.length > 0) {
            this.check(this.decreasesTerm(st.decreases, this.env, st.decreases, headEnv), { kind: "decreases", message: "decreases not satisfied at end of loop", span: st.headSpan, labels: [] });
          }
        };
        const ctx = { label: st.label, stmt: st, breaks: [], endOfBody };
        this.loops.push(ctx);
        this.prog.pc = this.branchPc(head.pc, cond2);
        this.execBlock(st.body);
        if (this.prog.pc !== "false") endOfBody();
        this.loops.pop();
        const exitPc = st.kind === "loop" ? "false" : this.branchPc(head.pc, `(not ${cond2})`);
        this.restore({ pc: exitPc, vars: head.vars });
        for (const c of st.ensures) this.check(this.spec(c, this.env), { kind: "postcondition", message: "postcondition not satisfied", span: c.span, primaryLabel: "failed this postcondition", labels: [{ message: "at this loop exit", span: st.headSpan }] });
        const exits = [{ pc: exitPc, vars: head.vars }, ...ctx.breaks];
        const bodyScope = this.prog.scope;
        this.prog.scope = outer.scope === "true" ? bodyScope : bodyScope === "true" ? outer.scope : this.prog.define("s", `(and ${outer.scope} ${bodyScope})`);
        this.join(exits, { k: "tuple", elems: [] }, head.vars);
        for (const c of st.ensures) this.prog.assume(this.spec(c, this.env));
        if (forVar) this.env.vars.delete(forVar.id);
      }
      breakOrContinue(e) {
        const ctx = e.label ? [...this.loops].reverse().find((l) => l.label === e.label) : this.loops[this.loops.length - 1];
        if (!ctx) throw new Unsupported(`\`${e.kind}\` outside a loop`, e.span);
        if (e.kind === "continue") ctx.endOfBody();
        else {
          for (const c of ctx.stmt.invariants) {
            this.check(this.spec(c, this.env), {
              kind: "invariant-break",
              message: "loop invariant not satisfied",
              span: e.span,
              primaryLabel: "at this loop exit",
              labels: [{ message: "failed this invariant", span: c.span }]
            });
          }
          for (const c of ctx.stmt.ensures) {
            this.check(this.spec(c, this.env), {
              kind: "postcondition",
              message: "postcondition not satisfied",
              span: c.span,
              primaryLabel: "failed this postcondition",
              labels: [{ message: "at this loop exit", span: e.span }]
            });
          }
          ctx.breaks.push(this.snapshot());
        }
        this.prog.pc = "false";
        return this.unit();
      }
      // ------------------------------------------------------------------ expressions
      /** Exec-mode arithmetic with its obligations (none in ghost code). */
      arithChecked(op, a, b2, resTy, rhs, span) {
        const rs = this.sortOf(strip(resTy));
        if (op === "+" && rs.startsWith("Seq%")) return `(${rs}.add ${a} ${b2})`;
        const k = intKindOf(resTy);
        const check = !this.ghost && isBounded(k);
        if (strip(resTy).k === "bool") return this.compare(op === "&" ? "&&" : op === "|" ? "||" : op, a, b2, resTy) ?? `(xor ${a} ${b2})`;
        if ((op === "/" || op === "%") && !this.ghost) this.check(`(not (= ${b2} 0))`, { kind: "division", message: "possible division by zero", span, labels: [] });
        if ((op === "<<" || op === ">>") && check) this.check(`(and (<= 0 ${b2}) (< ${b2} ${intBits(k)}))`, { kind: "shift", message: "possible bit shift underflow/overflow", span, labels: [] });
        const lit2 = rhs.kind === "int" ? rhs.value : void 0;
        const r = this.arith(op, a, b2, k, !this.ghost, lit2);
        const overflowing = op === "+" || op === "-" || op === "*" || (op === "/" || op === "%") && k !== void 0 && isSigned(k);
        if (check && overflowing) this.check(inRange(r, k), { kind: "overflow", message: "possible arithmetic underflow/overflow", span, labels: [] });
        if (check && op === "%" && isSigned(k)) this.check(inRange(this.arith("/", a, b2, k, true), k), { kind: "overflow", message: "possible arithmetic underflow/overflow", span, labels: [] });
        return r;
      }
      exec(e) {
        switch (e.kind) {
          case "path": {
            const v = this.spec(e, this.env);
            if (!this.ghost && (e.res?.kind === "variant" || e.res?.kind === "struct" || e.res?.kind === "const")) this.typeInvariantCheck(v, this.ty(e), e.span);
            return v;
          }
          case "int":
          case "bool":
          case "char":
          case "quant":
          case "old":
          case "final":
          case "view":
            return e.kind === "view" ? this.exec(e.operand) : this.spec(e, this.env);
          case "unary": {
            const x = this.exec(e.operand);
            if (e.op === "*") return x;
            if (e.op === "-") {
              const r = `(- ${x})`;
              const k = intKindOf(e.ty);
              if (!this.ghost && isBounded(k)) this.check(inRange(r, k), { kind: "overflow", message: "possible arithmetic underflow/overflow", span: e.span, labels: [] });
              return r;
            }
            if (strip(this.ty(e.operand)).k === "bool") return `(not ${x})`;
            return `(${this.bitFn("not", intKindOf(e.operand.ty), 1)} ${x})`;
          }
          case "ref":
            if (e.mut && !this.ghost) throw new Unsupported("a `&mut` borrow outside a call argument", e.span);
            return this.exec(e.operand);
          case "trigger":
            return this.exec(e.operand);
          case "binary": {
            if (e.op === "&&" || e.op === "||" || e.op === "==>") {
              const a2 = this.exec(e.left);
              const saved = this.prog.pc;
              this.prog.pc = this.branchPc(saved, e.op === "||" ? `(not ${a2})` : a2);
              const b3 = this.exec(e.right);
              this.prog.pc = saved;
              return this.compare(e.op, a2, b3, this.ty(e.left));
            }
            const a = this.exec(e.left);
            const b2 = this.exec(e.right);
            const c = this.compare(e.op, a, b2, this.ty(e.left));
            if (c) return c;
            return this.arithChecked(e.op, a, b2, this.ty(e), e.right, e.span);
          }
          case "chain": {
            const ts = e.operands.map((x) => this.exec(x));
            return andAll(e.ops.map((op, i) => this.compare(op, ts[i], ts[i + 1], this.ty(e.operands[i]))));
          }
          case "call":
            return this.call(e);
          case "method":
            return this.method(e);
          case "field":
            return this.field(this.exec(e.base), this.ty(e.base), e.name, e.span);
          case "index": {
            const base = this.exec(e.base);
            const idx = this.exec(e.index);
            this.indexCheck(base, this.ty(e.base), idx, e);
            return this.indexTerm(base, this.ty(e.base), idx, e.span);
          }
          case "cast":
            return this.cast(this.exec(e.operand), e.operand.ty, this.ty(e), e.span);
          case "if":
            return this.ifExpr(e);
          case "match":
            return this.matchExpr(e);
          case "is": {
            const v = this.exec(e.operand);
            const tmp = childEnv(this.env);
            const id = -1e6;
            tmp.vars.set(id, v);
            return this.spec({ ...e, operand: { kind: "path", segments: ["_"], generics: [], span: e.span, ty: e.operand.ty, res: { kind: "local", id, name: "_", mode: "exec", mutable: false, ty: e.operand.ty ?? INT } } }, tmp);
          }
          case "block":
            return this.execBlock(e.block);
          case "struct": {
            const v = this.structLit(e, (x) => this.exec(x));
            if (!this.ghost) this.typeInvariantCheck(v, this.ty(e), e.span);
            return v;
          }
          case "tuple":
            return e.elems.length === 0 ? this.unit() : `(${this.sortOf(this.ty(e))}.mk ${e.elems.map((x) => this.exec(x)).join(" ")})`;
          case "array":
          case "seq": {
            if (e.kind === "array" && e.repeat) {
              const n = e.repeat.count.kind === "int" ? Number(e.repeat.count.value) : strip(this.ty(e)).k === "array" ? Number(strip(this.ty(e)).len) : -1;
              if (n < 0 || n > 256) throw new Unsupported("this array repeat expression", e.span);
              const v = this.exec(e.repeat.value);
              return this.seqLit(this.ty(e), Array.from({ length: n }, () => v));
            }
            return this.seqLit(this.ty(e), e.elems.map((x) => this.exec(x)));
          }
          case "return": {
            const v = e.value ? this.exec(e.value) : this.unit();
            if (this.prog.pc !== "false") this.checkEnsures(v, e.span, "at this exit");
            this.prog.pc = "false";
            return this.dummy(e.ty);
          }
          case "break":
          case "continue":
            return this.breakOrContinue(e);
          case "macro":
            if (e.name === "vec" && e.args) return this.seqLit(this.ty(e), e.args.map((x) => this.exec(x)));
            throw new Unsupported(`the macro \`${e.name}!\` in verified code`, e.span);
          default:
            throw new Unsupported(`this expression (${e.kind})`, e.span);
        }
      }
      ifExpr(e) {
        const c = this.exec(e.cond);
        const base = this.snapshot();
        this.prog.pc = this.branchPc(base.pc, c);
        const vt = this.execBlock(e.then);
        const t = { ...this.snapshot(), value: vt };
        this.restore(base);
        this.prog.pc = this.branchPc(base.pc, `(not ${c})`);
        const ve = !e.else ? this.unit() : "stmts" in e.else ? this.execBlock(e.else) : this.exec(e.else);
        const f = { ...this.snapshot(), value: ve };
        return this.join([t, f], e.ty, base.vars);
      }
      matchExpr(e) {
        const v = this.exec(e.scrutinee);
        const ty = this.ty(e.scrutinee);
        const base = this.snapshot();
        const branches2 = [];
        let notBefore = [];
        for (const arm of e.arms) {
          this.restore(base);
          const m = this.matchPattern(arm.pattern, v, ty, this.env);
          this.bindAll(arm.pattern, m.binds);
          const guard = arm.guard ? this.spec(arm.guard, this.env) : "true";
          const cond2 = andAll([m.cond, guard]);
          this.prog.pc = this.branchPc(base.pc, andAll([...notBefore, cond2]));
          const value = this.exec(arm.body);
          branches2.push({ ...this.snapshot(), value });
          notBefore = [...notBefore, `(not ${cond2})`];
        }
        return this.join(branches2, e.ty, base.vars);
      }
      // ------------------------------------------------------------------ calls
      call(e) {
        const res = e.callee.kind === "path" ? e.callee.res : void 0;
        if (res?.kind === "fn") {
          const info = this.fnInfo(res.decl);
          if (!info) throw new Unsupported(`calling \`${res.qname}\``, e.span);
          return this.callFn(info, res.typeArgs, e.args, e.span);
        }
        if (res?.kind === "struct") {
          const values = /* @__PURE__ */ new Map();
          e.args.forEach((a, i) => values.set(String(i), this.exec(a)));
          const v = this.construct(this.ty(e), values, e.span);
          if (!this.ghost) this.typeInvariantCheck(v, this.ty(e), e.span);
          return v;
        }
        if (res?.kind === "variant") {
          const v = this.variantCtor(this.ty(e), res.variant.name, e.args.map((a) => this.exec(a)), e.span);
          if (!this.ghost) this.typeInvariantCheck(v, this.ty(e), e.span);
          return v;
        }
        if (res?.kind === "builtin") {
          if (res.name === "reveal") {
            const target = e.args[0];
            const r = target?.kind === "path" && target.res?.kind === "fn" ? this.fnInfo(target.res.decl) : void 0;
            const flag = r ? this.revealName(r) : void 0;
            if (flag) this.prog.assume(flag);
            return this.unit();
          }
          if (res.name === "Ghost") return this.withGhost(true, () => this.exec(e.args[0]));
          if (res.name === "use_type_invariant") {
            const a = e.args[0];
            if (a) {
              const root = this.rootOf(a);
              if (root === void 0 || !this.execVars.has(root) || this.wrapsGhost(this.ty(a))) {
                throw new Unsupported("`use_type_invariant` on a value that is not exec (only exec values are checked against their type invariant)", a.span);
              }
              const v = this.withGhost(true, () => this.exec(a));
              const inv = this.typeInvariantTerm(v, strip(this.ctx.substitute(this.ty(a))));
              if (inv) this.prog.assume(inv);
            }
            return this.unit();
          }
          if (res.name === "arbitrary") return this.prog.fresh("arbitrary", this.sortOf(this.ty(e)));
          const args = e.args.map((a) => this.exec(a));
          return this.builtinCall(res.name, void 0, void 0, args, e.args.map((a) => this.ty(a)), this.ty(e), e.span);
        }
        throw new Unsupported("this call", e.span);
      }
      method(e) {
        const res = e.res;
        if (res?.kind === "fn") {
          const info = this.fnInfo(res.decl);
          if (!info) throw new Unsupported(`calling \`${res.qname}\``, e.span);
          return this.callFn(info, res.typeArgs, [e.receiver, ...e.args], e.span);
        }
        if (res?.kind !== "builtin") throw new Unsupported(`method \`${e.method}\``, e.span);
        const recvTy = this.ty(e.receiver);
        if (MUTATING_BUILTINS.has(res.name) && !this.ghost) return this.mutatingBuiltin(res.name, e);
        const recv = this.exec(e.receiver);
        const args = e.args.map((a) => this.exec(a));
        if (res.name === "Option::unwrap" && !this.ghost) {
          const O = this.sortOf(strip(recvTy));
          this.check(`((_ is ${O}.Some) ${recv})`, { kind: "precondition", message: "precondition not satisfied", span: e.span, labels: [{ message: "failed precondition", span: e.methodSpan }] });
        }
        if (res.name === "Vec::clone") return recv;
        return this.builtinCall(res.name, recv, recvTy, args, e.args.map((a) => this.ty(a)), this.ty(e), e.span);
      }
      mutatingBuiltin(name, e) {
        const place2 = this.placeOf(e.receiver);
        if (!place2) throw new Unsupported(`\`${e.method}\` on this receiver`, e.span);
        const v = this.readPlace(place2);
        const Q = this.sortOf(strip(this.ty(e.receiver)));
        const args = e.args.map((a) => this.exec(a));
        const pre = (cond2) => this.check(cond2, { kind: "precondition", message: "precondition not satisfied", span: e.span, labels: [{ message: "failed precondition", span: e.methodSpan }] });
        const len2 = `(${Q}.len ${v})`;
        let next;
        let result = this.unit();
        switch (name) {
          case "Vec::push":
            next = `(${Q}.push ${v} ${args[0]})`;
            break;
          case "Vec::set":
            pre(`(and (<= 0 ${args[0]}) (< ${args[0]} ${len2}))`);
            next = `(${Q}.update ${v} ${args[0]} ${args[1]})`;
            break;
          case "Vec::pop": {
            const O = this.sortOf(this.ty(e));
            result = `(ite (> ${len2} 0) (${O}.Some (${Q}.index ${v} (- ${len2} 1))) ${O}.None)`;
            next = `(ite (> ${len2} 0) (${Q}.subrange ${v} 0 (- ${len2} 1)) ${v})`;
            break;
          }
          case "Vec::clear":
            next = `${Q}.empty`;
            break;
          case "Vec::insert":
            pre(`(and (<= 0 ${args[0]}) (<= ${args[0]} ${len2}))`);
            next = `(${Q}.add (${Q}.push (${Q}.subrange ${v} 0 ${args[0]}) ${args[1]}) (${Q}.subrange ${v} ${args[0]} ${len2}))`;
            break;
          case "Vec::remove":
            pre(`(and (<= 0 ${args[0]}) (< ${args[0]} ${len2}))`);
            result = `(${Q}.index ${v} ${args[0]})`;
            next = `(${Q}.add (${Q}.subrange ${v} 0 ${args[0]}) (${Q}.subrange ${v} (+ ${args[0]} 1) ${len2}))`;
            break;
          default:
            throw new Unsupported(`\`${name}\``, e.span);
        }
        this.writePlace(place2, next, e.span);
        const after = this.env.vars.get(place2.id);
        const rootTy = this.varTypes.get(place2.id);
        if (rootTy && place2.steps.length === 0) this.prog.assume(andAll(this.typeFacts(after, rootTy, 2, this.execVars.has(place2.id))));
        return result;
      }
      /** A call to a user fn: spec fns are applied; exec/proof fns are used through their contract. */
      callFn(info, typeArgs, argExprs, span) {
        const decl = info.decl;
        if (decl.mode === "spec") {
          const args = this.withGhost(true, () => argExprs.map((a) => this.exec(a)));
          return this.specApp(info, typeArgs, args, span, this.env);
        }
        const nested = info.params.find((p) => !this.isMutRef(p.ty) && containsMutRef(p.ty));
        if (nested || containsMutRef(info.retTy)) throw new Unsupported("a `&mut` reference inside a parameter or return type", span);
        const places = [];
        const pre = [];
        argExprs.forEach((a, i) => {
          const p = info.params[i];
          const ghostArg = !!p && p.mode !== "exec";
          if (p && this.isMutRef(p.ty)) {
            const place2 = this.withGhost(ghostArg, () => this.placeOf(a));
            if (!place2 || !this.env.vars.has(place2.id)) throw new Unsupported("this `&mut` argument", a.span);
            places.push(place2);
            pre.push(this.readPlace(place2));
          } else {
            places.push(void 0);
            pre.push(this.withGhost(ghostArg, () => this.exec(a)));
          }
        });
        const inst = typeArgs.map((t) => this.ctx.substitute(t));
        const savedSubst = this.ctx.typeSubst;
        this.ctx.typeSubst = new Map(savedSubst);
        const generics = this.genericsOf(decl);
        if (generics.length === inst.length) inst.forEach((t, i) => this.ctx.typeSubst.set(generics[i], t));
        try {
          const callee = { vars: /* @__PURE__ */ new Map(), old: /* @__PURE__ */ new Map(), bound: [], guards: [], local: this.prog };
          info.params.forEach((p, i) => {
            callee.vars.set(p.id, pre[i]);
            callee.old.set(p.id, pre[i]);
          });
          if (this.sameComponent(this.fn.decl, decl)) {
            const term = this.decreasesTerm(decl.decreases, callee, this.fn.decl.decreases, { ...this.env, vars: this.entry, old: this.env.old });
            this.check(term, { kind: "termination", message: "could not prove termination", span, labels: [] });
          }
          for (const r of decl.requires) {
            this.check(this.spec(r, callee), { kind: "precondition", message: "precondition not satisfied", span, labels: [{ message: "failed precondition", span: r.span }] });
          }
          const post = new Map(callee.vars);
          info.params.forEach((p, i) => {
            if (!places[i]) return;
            const inner = strip(p.ty);
            const v = this.prog.fresh(p.name, this.sortOf(inner));
            this.prog.assume(andAll(this.typeFacts(v, inner, 2, decl.mode === "exec" && p.mode === "exec")));
            post.set(p.id, v);
          });
          const retSort = this.sortOf(info.retTy);
          const ret = retSort === "Unit" ? this.unit() : this.prog.fresh(`${decl.name}_ret`, retSort);
          if (retSort !== "Unit") this.prog.assume(andAll(this.typeFacts(ret, info.retTy, 2, decl.mode === "exec" && !decl.retTracked)));
          if (info.retId !== void 0) post.set(info.retId, ret);
          const after = { ...callee, vars: post };
          for (const c of decl.ensures) this.prog.assume(this.spec(c, after));
          for (const c of decl.returns) this.prog.assume(`(= ${ret} ${this.spec(c, after)})`);
          this.ctx.typeSubst = savedSubst;
          info.params.forEach((p, i) => {
            const place2 = places[i];
            if (place2) this.writePlace(place2, post.get(p.id), span);
          });
          return ret;
        } finally {
          this.ctx.typeSubst = savedSubst;
        }
      }
    };
  }
});

// src/vc/callgraph.ts
function callees(decl) {
  const out = /* @__PURE__ */ new Set();
  const visit = (e) => {
    if (e.kind === "call" && e.callee.kind === "path" && e.callee.res?.kind === "fn") out.add(e.callee.res.decl);
    if (e.kind === "method" && e.res?.kind === "fn") out.add(e.res.decl);
  };
  walkBlock(decl.body, visit);
  for (const c of [...decl.requires, ...decl.ensures, ...decl.decreases]) walkExpr(c, visit);
  return out;
}
function recursionComponents(crate) {
  const edges = /* @__PURE__ */ new Map();
  for (const f of crate.fns) if (f.verified) edges.set(f.decl, callees(f.decl));
  return components(crate, edges);
}
function callClosure(from, calls) {
  const seen = /* @__PURE__ */ new Set([from]);
  const todo = [from];
  while (todo.length) for (const g of calls.get(todo.pop()) ?? []) if (!seen.has(g)) {
    seen.add(g);
    todo.push(g);
  }
  return seen;
}
function triggerHeads(lemma) {
  const marked = /* @__PURE__ */ new Set();
  const all = /* @__PURE__ */ new Set();
  const add2 = (into) => (e) => {
    if (e.kind === "call" && e.callee.kind === "path" && e.callee.res?.kind === "fn") into.add(e.callee.res.decl);
    if (e.kind === "method" && e.res?.kind === "fn") into.add(e.res.decl);
  };
  for (const c of lemma.ensures) {
    walkExpr(c, (e) => {
      if (e.kind === "trigger") walkExpr(e.operand, add2(marked));
    });
    walkExpr(c, add2(all));
  }
  return marked.size ? marked : all;
}
function broadcastPlan(crate, lemmas) {
  const calls = /* @__PURE__ */ new Map();
  for (const f of crate.fns) if (f.verified) calls.set(f.decl, callees(f.decl));
  const graph = /* @__PURE__ */ new Map();
  for (const [f, cs] of calls) graph.set(f, new Set(cs));
  const reaches = (from, to) => {
    const seen = /* @__PURE__ */ new Set([from]);
    const todo = [from];
    while (todo.length) {
      const x = todo.pop();
      if (x === to) return true;
      for (const y of graph.get(x) ?? []) if (!seen.has(y)) {
        seen.add(y);
        todo.push(y);
      }
    }
    return false;
  };
  const granted = /* @__PURE__ */ new Map();
  const isLemma = new Set(lemmas);
  const provers = crate.fns.map((f) => f.decl).filter((d) => d.mode !== "spec" && !!d.body);
  for (const f of [...provers.filter((d) => !isLemma.has(d)), ...provers.filter((d) => isLemma.has(d))]) {
    for (const l of lemmas) {
      if (l === f || reaches(l, f)) continue;
      graph.get(f)?.add(l);
      let g = granted.get(f);
      if (!g) granted.set(f, g = /* @__PURE__ */ new Set());
      g.add(l);
    }
  }
  const assumes = (fn, lemma) => granted.get(fn)?.has(lemma) ?? false;
  const heads = new Map(lemmas.map((l) => [l, triggerHeads(l)]));
  const relies = /* @__PURE__ */ new Map();
  for (const f of lemmas) {
    const mentioned = /* @__PURE__ */ new Set();
    for (const g of callClosure(f, calls)) for (const h of calls.get(g) ?? []) mentioned.add(h);
    relies.set(f, new Set(lemmas.filter((m) => m !== f && [...heads.get(m)].some((h) => mentioned.has(h)))));
  }
  const scc = components(crate, relies);
  return { assumes, cyclic: lemmas.filter((l) => scc(l).size > 1) };
}
function components(crate, edges) {
  const index2 = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const onStack = /* @__PURE__ */ new Set();
  const stack = [];
  const comp = /* @__PURE__ */ new Map();
  let counter = 0;
  const strong = (v) => {
    index2.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!index2.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index2.get(w)));
    }
    if (low.get(v) === index2.get(v)) {
      const c = /* @__PURE__ */ new Set();
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        c.add(w);
      } while (w !== v);
      const cyclic = c.size > 1 || (edges.get(v)?.has(v) ?? false);
      for (const x of c) comp.set(x, cyclic ? c : /* @__PURE__ */ new Set());
    }
  };
  for (const f of crate.fns) if (!index2.has(f.decl)) strong(f.decl);
  return (decl) => comp.get(decl) ?? /* @__PURE__ */ new Set();
}
var init_callgraph = __esm({
  "src/vc/callgraph.ts"() {
    "use strict";
    init_walk();
  }
});

// src/vc/const-init.ts
function checkedConsts(crate) {
  return [...crate.consts.values()].filter((c) => c.decl.verified && c.decl.mode !== "spec" && c.decl.value !== void 0 && !isExternal(c.decl.attrs));
}
function isExternal(attrs) {
  return attrs.some((a) => a.name === "verifier::external_body" || a.name === "verifier::external" || a.name === "verus_verify" && /\bexternal(_body)?\b/.test(a.args));
}
function constInitializerFn(crate, c) {
  const d = c.decl;
  const value = d.value;
  const file = crate.files.find((f) => f.path === d.span.file);
  if (!value || !file) return void 0;
  const decl = {
    kind: "fn",
    name: d.name,
    nameSpan: d.nameSpan,
    mode: "exec",
    uninterp: false,
    broadcast: false,
    isConst: true,
    generics: [],
    params: [],
    retTracked: false,
    requires: [],
    ensures: [],
    returns: [],
    decreases: [],
    body: { stmts: [], tail: value, span: value.span },
    flags: { externalBody: false, external: false, opaque: false, typeInvariant: false, execAllowsNoDecreases: false, test: false },
    span: d.span,
    attrs: d.attrs,
    vis: d.vis,
    verified: d.verified
  };
  return { qname: c.qname, decl, file, modulePath: [], params: [], retTy: c.ty, verified: true };
}
var init_const_init = __esm({
  "src/vc/const-init.ts"() {
    "use strict";
  }
});

// src/vc/index.ts
function substitute(t, m) {
  switch (t.k) {
    case "param":
      return m.get(t.name) ?? t;
    case "tuple":
      return { k: "tuple", elems: t.elems.map((e) => substitute(e, m)) };
    case "ref":
      return { k: "ref", mut: t.mut, inner: substitute(t.inner, m) };
    case "array":
      return { k: "array", elem: substitute(t.elem, m), len: t.len };
    case "slice":
      return { k: "slice", elem: substitute(t.elem, m) };
    case "builtin":
      return { k: "builtin", name: t.name, args: t.args.map((e) => substitute(e, m)) };
    case "adt":
      return { k: "adt", name: t.name, args: t.args.map((e) => substitute(e, m)) };
    default:
      return t;
  }
}
function adtSource(crate) {
  return {
    adtFields(name, args) {
      const s = crate.structs.get(name);
      if (s) {
        const m = new Map(s.generics.map((g, i) => [g, args[i] ?? { k: "error" }]));
        return [{ variant: "", fields: s.fields.map((f) => ({ name: f.name, ty: substitute(f.ty, m) })) }];
      }
      const e = crate.enums.get(name);
      if (e) {
        const m = new Map(e.generics.map((g, i) => [g, args[i] ?? { k: "error" }]));
        return e.variants.map((v) => ({ variant: v.name, fields: v.fields.map((f) => ({ name: f.name, ty: substitute(f.ty, m) })) }));
      }
      return void 0;
    }
  };
}
function needsCheck(fn, scc) {
  const d = fn.decl;
  if (!fn.verified || !d.body || d.flags.external || d.flags.externalBody) return void 0;
  if (d.mode !== "spec") return "body";
  return scc(d).has(d) ? "termination" : void 0;
}
function* generateVcsInTurn(crate, opts = {}) {
  const scc = recursionComponents(crate);
  const lemmaDecls = crate.broadcastLemmas.map((q) => crate.fns.find((f) => f.qname === q)?.decl).filter((d) => !!d);
  const broadcast = broadcastPlan(crate, lemmaDecls);
  const cyclic = new Set(broadcast.cyclic);
  for (const fn of crate.fns) {
    const what = needsCheck(fn, scc);
    if (!what) continue;
    if (opts.functionFilter && !opts.functionFilter(fn.qname)) continue;
    const vcs = [];
    const diagnostics = [];
    const ctx = new SmtContext(adtSource(crate));
    const lowerer = new FnLowerer(crate, ctx, fn);
    lowerer.scc = scc;
    lowerer.broadcastAllowed = broadcast.assumes;
    if (cyclic.has(fn.decl)) {
      diagnostics.push(diag("termination", "found a cyclic self-reference in a definition, which may result in nontermination", fn.decl.nameSpan, {
        function: fn.qname,
        primaryLabel: "this broadcast lemma depends on itself through `broadcast use`"
      }));
    }
    try {
      if (what === "body") lowerer.lowerBody();
      else lowerer.lowerSpecTermination();
    } catch (e) {
      const d = e instanceof Unsupported ? diag("unsupported", `not supported: ${e.what}`, e.span ?? fn.decl.span, { function: fn.qname }) : isStackOverflow(e) ? diag("unsupported", NESTED_TOO_DEEPLY, fn.decl.span, { function: fn.qname }) : internalError("encoding this function", e, fn.decl.span, fn.qname);
      diagnostics.push(...lowerer.diagnostics, d);
      yield { vcs, diagnostics };
      continue;
    }
    diagnostics.push(...lowerer.diagnostics);
    const q = lowerer.query();
    vcs.push({
      unit: { function: fn.qname, file: fn.file.path, line: fn.decl.span.line },
      query: { id: fn.qname, prelude: q.prelude, goals: q.goals, ...fn.decl.flags.rlimit ? { timeoutMs: fn.decl.flags.rlimit * 1e3 } : {} },
      obligations: lowerer.obligations,
      span: fn.decl.span
    });
    if (lowerer.nonlinearGoals.length > 0) {
      vcs.push({
        unit: { function: fn.qname, file: fn.file.path, line: fn.decl.span.line },
        // the crate's declarations and definitions (sorts, spec fns), none of the body's facts
        query: { id: `${fn.qname}#nonlinear`, prelude: ctx.prelude(), goals: lowerer.nonlinearGoals, logic: "QF_NIA" },
        obligations: lowerer.nonlinearObligations,
        span: fn.decl.span
      });
    }
    if (lowerer.bitVectorGoals.length > 0) {
      vcs.push({
        unit: { function: fn.qname, file: fn.file.path, line: fn.decl.span.line },
        query: { id: `${fn.qname}#bit_vector`, prelude: lowerer.bitVectorDecls.join("\n"), goals: lowerer.bitVectorGoals, logic: "QF_BV" },
        obligations: lowerer.bitVectorObligations,
        span: fn.decl.span
      });
    }
    yield { vcs, diagnostics };
  }
  for (const c of checkedConsts(crate)) {
    if (opts.functionFilter && !opts.functionFilter(c.qname)) continue;
    const fn = constInitializerFn(crate, c);
    if (!fn) continue;
    const lowerer = new FnLowerer(crate, new SmtContext(adtSource(crate)), fn);
    lowerer.scc = scc;
    try {
      lowerer.lowerBody();
    } catch (e) {
      const what = e instanceof Unsupported ? e.what : `internal error while encoding this initializer (${e instanceof Error ? e.message : String(e)})`;
      yield { vcs: [], diagnostics: [...lowerer.diagnostics, diag("unsupported", `not supported: ${what}`, e instanceof Unsupported && e.span || c.decl.span, { function: c.qname })] };
      continue;
    }
    const q = lowerer.query();
    if (q.goals.length === 0 && lowerer.diagnostics.length === 0) continue;
    yield {
      vcs: [{ unit: { function: c.qname, file: fn.file.path, line: c.decl.span.line }, query: { id: c.qname, prelude: q.prelude, goals: q.goals }, obligations: lowerer.obligations, span: c.decl.span }],
      diagnostics: lowerer.diagnostics
    };
  }
}
function resultToDiagnostics(vc, result) {
  const out = [];
  const reported = /* @__PURE__ */ new Set();
  let solverTrouble;
  for (const g of result.goals) {
    if (g.status === "proved") continue;
    const ob = vc.obligations.get(g.label);
    if (g.status === "failed" && ob) {
      const key = [ob.kind, ob.message, ob.span.file, ob.span.start, ...ob.labels.map((l) => `${l.message}@${l.span.file}:${l.span.start}`)].join("|");
      if (reported.has(key)) continue;
      reported.add(key);
      out.push({
        severity: "error",
        kind: ob.kind,
        message: ob.message,
        span: ob.span,
        labels: ob.labels,
        function: ob.function,
        ...ob.primaryLabel ? { primaryLabel: ob.primaryLabel } : {},
        ...g.model && Object.keys(g.model).length ? { counterexample: g.model } : {}
      });
      continue;
    }
    if (g.skipped && out.some((d) => d.kind !== "timeout")) continue;
    if (solverTrouble) continue;
    const message2 = g.status === "timeout" ? "function body check: Resource limit (rlimit) exceeded" : `function body check: solver returned unknown: ${g.reason ?? "unknown"}`;
    solverTrouble = diag("timeout", message2, vc.span, { function: vc.unit.function });
  }
  if (solverTrouble) out.push(solverTrouble);
  return out;
}
var init_vc = __esm({
  "src/vc/index.ts"() {
    "use strict";
    init_diagnostic();
    init_internal_error();
    init_stack_limit();
    init_context2();
    init_errors();
    init_exec();
    init_callgraph();
    init_const_init();
  }
});

// src/version.ts
var VERSION11;
var init_version = __esm({
  "src/version.ts"() {
    "use strict";
    VERSION11 = "0.1.0";
  }
});

// src/glob.ts
function globMatcher(glob) {
  const re = new RegExp(
    "^" + glob.split(/(\*\*|\*|\?)/).map((part) => part === "**" ? ".*" : part === "*" ? "[^:]*" : part === "?" ? "[^:]" : part.replace(/[.+^${}()|[\]\\]/g, "\\$&")).join("") + "$"
  );
  return (qname) => {
    const segs = qname.split("::");
    for (let i = 0; i < segs.length; i++) if (re.test(segs.slice(i).join("::"))) return true;
    return false;
  };
}
var init_glob = __esm({
  "src/glob.ts"() {
    "use strict";
  }
});

// src/shard.ts
import { createHash as createHash3 } from "node:crypto";
function parseShard(text) {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return void 0;
  const index2 = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index2 >= 1 && index2 <= count ? { index: index2, count } : void 0;
}
function inShard(name, shard) {
  const h = createHash3("sha256").update(name).digest().readUInt32BE(0);
  return h % shard.count === shard.index - 1;
}
var init_shard = __esm({
  "src/shard.ts"() {
    "use strict";
  }
});

// src/driver.ts
import { availableParallelism } from "node:os";
function checkPaths(paths, workspaceRoot2) {
  const front = new FrontEnd(paths, workspaceRoot2);
  for (const crate of front.crates()) front.check(crate);
  return front.program;
}
function crateSpan(crate) {
  return crate.root.items[0]?.span ?? new LineMap(crate.root.path, crate.root.text).span(0, 0);
}
function countVerifiedItems(items) {
  let n = 0;
  for (const it of items ?? []) {
    switch (it.kind) {
      case "verus":
        n += countVerifiedItems(it.items);
        break;
      case "mod":
        n += countVerifiedItems(it.items);
        break;
      case "include":
        n += countVerifiedItems(it.items);
        break;
      case "impl":
        n += it.items.filter((x) => x.verified).length;
        break;
      case "fn":
      case "const":
      case "struct":
      case "enum":
        if (it.verified) n++;
        break;
      default:
        break;
    }
  }
  return n;
}
async function runProofgate(opts) {
  const started = performance.now();
  let program;
  let diagnostics;
  const units = [];
  let solverName = "none";
  if (opts.mode === "verify") {
    const verified = await verifyPaths(opts);
    ({ program, diagnostics, solverName } = verified);
    units.push(...verified.units);
  } else {
    program = checkPaths(opts.paths, opts.workspaceRoot);
    diagnostics = [...program.diagnostics];
  }
  const results = buildResults(
    {
      version: VERSION11,
      solver: solverName,
      mode: opts.mode,
      diagnostics,
      units,
      seconds: (performance.now() - started) / 1e3,
      itemsChecked: opts.mode === "no-verify" ? program.itemsChecked : void 0,
      shard: opts.shard,
      crateOfFile: new Map(program.crates.flatMap((c) => c.files.map((f) => [f.path, c.name])))
    },
    program.sources
  );
  return results;
}
async function verifyPaths(opts) {
  const front = new FrontEnd(opts.paths, opts.workspaceRoot);
  const glob = opts.functionGlob ? globMatcher(opts.functionGlob) : void 0;
  let matchedAny = false;
  const matches = glob && ((qname) => glob(qname) && (matchedAny = true));
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const cache2 = opts.cacheDir === null ? void 0 : new ProofCache(opts.cacheDir ?? ".proofgate/cache");
  const answers = { cache: cache2, sentThisRun: /* @__PURE__ */ new Map(), crossCheck: opts.crossCheck };
  const generated = [];
  const solved = [];
  const tasks = [];
  const fns = /* @__PURE__ */ new Map();
  let outcomes = [];
  const dumped = /* @__PURE__ */ new Set();
  const progress = new FunctionProgress(opts.onProgress);
  let pool = opts.pool;
  let solverName = "none";
  const getPool = async () => pool ??= await createSolverPool({
    backend: opts.solver ?? "auto",
    // Sessions start on first use, so jobs beyond the number of queries cost nothing.
    jobs: Math.max(1, opts.jobs ?? availableParallelism()),
    timeoutMs,
    maxFailures: opts.maxFailures ?? 3
  });
  try {
    let turn = performance.now();
    for (const crate of front.crates()) {
      const checked2 = front.check(crate);
      if (!checked2) continue;
      for (const f of checked2.fns) fns.set(f.qname, f);
      const steps = generateVcsInTurn(checked2, matches ? { functionFilter: matches } : {});
      for (; ; ) {
        let next;
        try {
          next = steps.next();
        } catch (err) {
          generated.push(internalError("generating the proof obligations of this crate", err, crateSpan(crate)));
          break;
        }
        if (next.done) break;
        const step = next.value;
        generated.push(...step.diagnostics);
        const vcs = step.vcs.filter((vc) => !opts.shard || inShard(vc.unit.function + "#" + vc.query.id, opts.shard)).map((vc) => opts.plantFault?.(vc) ?? vc);
        if (vcs.length > 0) {
          if (opts.dumpSmtDir) dumpQueries(opts.dumpSmtDir, vcs.map((vc) => vc.query), timeoutMs, dumped);
          const solver = await getPool();
          solverName = solver.solverName;
          for (const vc of vcs) {
            const out = [];
            solved.push(out);
            const task = solveOne(vc, solver, solverName, timeoutMs, answers, out).catch((err) => {
              out.push(internalError("checking this function", err, vc.span, vc.unit.function));
              return { vc, errors: true, cached: false, ms: 0 };
            });
            progress.queued(vc.unit.function);
            void task.then(() => progress.answered(vc.unit.function));
            tasks.push(task);
          }
        }
        if (performance.now() - turn > TURN_MS) {
          await new Promise((resolve3) => setImmediate(resolve3));
          turn = performance.now();
        }
      }
    }
    outcomes = await Promise.all(tasks);
  } finally {
    if (!opts.pool) await pool?.close();
  }
  if (matches && !matchedAny && front.program.clean.length === front.program.crates.length) {
    throw new InputError(`no function to verify matches --function \`${opts.functionGlob}\``);
  }
  const diagnostics = [...front.program.diagnostics, ...generated, ...solved.flat()];
  const units = unitsOf(outcomes, fns, diagnostics);
  units.sort((a, b2) => a.file < b2.file ? -1 : a.file > b2.file ? 1 : a.line - b2.line || (a.function < b2.function ? -1 : 1));
  return { program: front.program, diagnostics, solverName, units };
}
async function solveOne(vc, pool, solverName, timeoutMs, answers, diagnostics) {
  const { cache: cache2, sentThisRun } = answers;
  const key = queryKey(vc.query, solverName, timeoutMs);
  const sameInRun = sentThisRun.get(key);
  const hit = cache2 && !sameInRun ? cache2.get(key) : void 0;
  let result;
  if (sameInRun) result = { ...await sameInRun, id: vc.query.id, solverMs: 0 };
  else if (hit) result = { id: vc.query.id, goals: hit, solverMs: 0, cached: true };
  else {
    const solving = pool.check(vc.query);
    sentThisRun.set(key, solving);
    result = await solving;
    cache2?.put(key, result.goals);
  }
  const ds = resultToDiagnostics(vc, { ...result, goals: result.goals.filter((g) => !g.skipped) });
  if (answers.crossCheck) ds.push(...await answers.crossCheck.check(vc, result));
  diagnostics.push(...ds);
  return { vc, errors: ds.some((d) => d.severity === "error"), cached: result.cached, ms: Math.round(result.solverMs) };
}
function unitsOf(outcomes, fns, diagnostics) {
  const failedFns = new Set(diagnostics.filter((d) => d.severity === "error" && d.function).map((d) => d.function));
  const byFunction = /* @__PURE__ */ new Map();
  for (const o of outcomes) byFunction.set(o.vc.unit.function, [...byFunction.get(o.vc.unit.function) ?? [], o]);
  const units = [];
  for (const [name, os] of byFunction) {
    const { file, line } = os[0].vc.unit;
    const failed = failedFns.has(name) || os.some((o) => o.errors);
    const status = failed ? "failed" : os.every((o) => o.cached) ? "cached" : "verified";
    units.push({ function: name, file, line, status, ms: os.reduce((n, o) => n + o.ms, 0) });
    const decl = fns.get(name)?.decl;
    for (const loop2 of decl?.body ? loopsIn(decl.body) : []) units.push({ function: name, file, line: loop2.span.line, status, ms: 0 });
  }
  return units;
}
function loopsIn(body) {
  const loops = [];
  walkBlock(body, () => void 0, (st) => {
    if (st.kind === "while" || st.kind === "loop" || st.kind === "for") loops.push(st);
  });
  return loops;
}
var DEFAULT_TIMEOUT_MS, TURN_MS, InputError, FrontEnd, FunctionProgress;
var init_driver = __esm({
  "src/driver.ts"() {
    "use strict";
    init_check();
    init_build_results();
    init_internal_error();
    init_sources();
    init_cache();
    init_dump();
    init_pool();
    init_load();
    init_span();
    init_vc();
    init_walk();
    init_version();
    init_glob();
    init_shard();
    DEFAULT_TIMEOUT_MS = 1e4;
    TURN_MS = 2;
    InputError = class extends Error {
    };
    FrontEnd = class {
      constructor(paths, workspaceRoot2) {
        this.paths = paths;
        this.workspaceRoot = workspaceRoot2;
      }
      paths;
      workspaceRoot;
      program = { crates: [], diagnostics: [], sources: new SourceSet(), itemsChecked: 0, clean: [] };
      /** Files that did not parse. */
      unparsed = /* @__PURE__ */ new Set();
      /** Loads the crates in turn; throws InputError at the end if the paths held nothing to check. */
      *crates() {
        let found = false;
        for (const step of loadCratesInTurn(this.paths, this.workspaceRoot)) {
          found = true;
          this.program.diagnostics.push(...step.diagnostics);
          for (const d of step.diagnostics) if (d.severity === "error") this.unparsed.add(d.span.file);
          if (step.crate) yield step.crate;
        }
        if (!found) throw new InputError(`no Rust files (*.rs) found in ${this.paths.map((x) => `\`${x}\``).join(", ")}`);
      }
      /** Checks one crate; returns it if it has no static errors (verification may proceed on it). */
      check(crate) {
        const p = this.program;
        for (const f of crate.files) p.sources.add(f.path, f.text);
        let result;
        try {
          result = checkCrate(crate);
        } catch (err) {
          p.diagnostics.push(internalError("checking this crate", err, crateSpan(crate)));
          return void 0;
        }
        const { checked: checked2, diagnostics: ds } = result;
        const reported = ds.filter((d) => !this.unparsed.has(d.span.file));
        p.diagnostics.push(...reported);
        p.crates.push(checked2);
        for (const f of crate.files) p.itemsChecked += countVerifiedItems(f.items);
        const crateErrors = reported.some((d) => d.severity === "error") || crate.files.some((f) => this.unparsed.has(f.path));
        if (crateErrors) return void 0;
        p.clean.push(checked2);
        return checked2;
      }
    };
    FunctionProgress = class {
      constructor(report) {
        this.report = report;
      }
      report;
      pending = /* @__PURE__ */ new Map();
      done = 0;
      queued(fn) {
        if (!this.report) return;
        this.pending.set(fn, (this.pending.get(fn) ?? 0) + 1);
        this.report(this.done, this.done + this.pending.size);
      }
      answered(fn) {
        if (!this.report) return;
        const left = (this.pending.get(fn) ?? 1) - 1;
        if (left > 0) this.pending.set(fn, left);
        else {
          this.pending.delete(fn);
          this.done++;
        }
        this.report(this.done, this.done + this.pending.size);
      }
    };
  }
});

// src/smt/cvc5.ts
var cvc5_exports = {};
__export(cvc5_exports, {
  cvc5Name: () => cvc5Name,
  readAnswers: () => readAnswers,
  runCvc5: () => runCvc5
});
import { spawn as spawn2, spawnSync as spawnSync2 } from "node:child_process";
function cvc5Name(binary3 = "cvc5") {
  try {
    const r = spawnSync2(binary3, ["--version"], { encoding: "utf8", timeout: 1e4 });
    const m = r.status === 0 && typeof r.stdout === "string" ? /version\s+(\d+\.\d+\.\d+)/i.exec(r.stdout) : null;
    return m ? `cvc5 ${m[1]}` : void 0;
  } catch {
    return void 0;
  }
}
function runCvc5(script, checks, timeoutMs, binary3 = "cvc5") {
  return new Promise((resolve3) => {
    const proc = spawn2(binary3, ["--lang", "smt2", "--incremental", `--tlimit-per=${Math.max(1, Math.round(timeoutMs))}`], { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    const guard = setTimeout(() => proc.kill("SIGKILL"), timeoutMs * (checks + 1) + 1e4);
    proc.stdout.setEncoding("utf8").on("data", (d) => {
      out += d;
    });
    proc.stderr.resume();
    const finish = (error) => {
      clearTimeout(guard);
      const answers = readAnswers(out);
      resolve3(error && !answers.error ? { ...answers, error } : answers);
    };
    proc.on("error", (e) => finish(`cannot run cvc5: ${e.message}`));
    proc.on("close", (code, signal) => finish(signal ? `cvc5 stopped (${signal})` : code !== 0 ? `cvc5 exited with status ${code}` : void 0));
    proc.stdin.on("error", () => void 0);
    proc.stdin.end(script);
  });
}
function readAnswers(out) {
  const answers = { byLabel: /* @__PURE__ */ new Map() };
  let mark;
  for (const raw of out.split("\n")) {
    const line = raw.trim();
    const echoed = /^"(.*)"$/.exec(line);
    if (echoed) {
      mark = echoed[1];
      continue;
    }
    if (line === "sat" || line === "unsat" || line === "unknown") {
      if (mark === ALL_GOALS_MARK) answers.all = line;
      else if (mark !== void 0) answers.byLabel.set(mark, line);
      mark = void 0;
      continue;
    }
    const err = /^\(error "(.*)"\)$/.exec(line);
    if (err && !answers.error) answers.error = err[1];
  }
  return answers;
}
var init_cvc5 = __esm({
  "src/smt/cvc5.ts"() {
    "use strict";
    init_dump();
  }
});

// src/cross-check.ts
var cross_check_exports = {};
__export(cross_check_exports, {
  Cvc5CrossCheck: () => Cvc5CrossCheck
});
function z3Verdict(g) {
  if (g.status === "proved") return "valid";
  if (g.status === "failed" && g.reason === void 0) return "invalid";
  return "undecided";
}
function cvc5Verdict(a) {
  return a === "unsat" ? "valid" : a === "sat" ? "invalid" : "undecided";
}
var Cvc5CrossCheck;
var init_cross_check = __esm({
  "src/cross-check.ts"() {
    "use strict";
    init_diagnostic();
    init_cvc5();
    init_dump();
    Cvc5CrossCheck = class {
      /**
       * `aloneWhenUndecided: false` leaves the goals of a query whose check of all goals cvc5
       * could not decide (unknown, timeout) undecided instead of checking each alone: on the
       * model's largest queries that costs minutes (tests use it there).
       */
      constructor(jobs, timeoutMs, opts = {}) {
        this.jobs = jobs;
        this.timeoutMs = timeoutMs;
        this.opts = opts;
      }
      jobs;
      timeoutMs;
      opts;
      stats = { queries: 0, goals: 0, agreed: 0, undecided: 0, disagreements: 0, rejected: 0 };
      running = 0;
      waiting = [];
      /** Error diagnostics for the goals of `vc` where cvc5 contradicts z3's `result`. */
      async check(vc, result) {
        const q = vc.query;
        const timeoutMs = q.timeoutMs ?? this.timeoutMs;
        await this.slot();
        let answers;
        try {
          const binary3 = this.opts.binary ?? "cvc5";
          answers = await runCvc5(standaloneScript(q, timeoutMs, { eachAlone: false }), 1, timeoutMs, binary3);
          const decided = answers.all === "sat" || answers.all === "unsat";
          if (answers.all === "unsat" && !answers.error) for (const g of q.goals) answers.byLabel.set(g.label, "unsat");
          else if (q.goals.length > 0 && (decided || this.opts.aloneWhenUndecided !== false)) {
            answers = await runCvc5(standaloneScript(q, timeoutMs), q.goals.length + 1, timeoutMs, binary3);
          }
        } finally {
          this.release();
        }
        this.stats.queries++;
        const out = [];
        if (answers.error) {
          this.stats.rejected++;
          out.push(diag("disagreement", `cross-check: cvc5 rejected the query: ${answers.error}`, vc.span, { function: vc.unit.function }));
        }
        const z3 = new Map(result.goals.map((g) => [g.label, z3Verdict(g)]));
        for (const g of q.goals) {
          this.stats.goals++;
          const mine = z3.get(g.label) ?? "undecided";
          const theirs = cvc5Verdict(answers.byLabel.get(g.label));
          if (mine === "undecided" || theirs === "undecided") this.stats.undecided++;
          else if (mine === theirs) this.stats.agreed++;
          else {
            this.stats.disagreements++;
            const ob = vc.obligations.get(g.label);
            const message2 = mine === "valid" ? `solvers disagree: z3 proved this, cvc5 finds it can fail (${ob?.message ?? g.label})` : `solvers disagree: z3 finds this can fail, cvc5 proves it (${ob?.message ?? g.label})`;
            out.push(diag("disagreement", message2, ob?.span ?? vc.span, { function: vc.unit.function }));
          }
        }
        if (q.goals.length > 0 && result.goals.every((g) => g.status === "proved") && answers.all === "sat" && out.length === 0) {
          this.stats.disagreements++;
          out.push(diag("disagreement", "solvers disagree: z3 proved every goal, cvc5 finds one can fail", vc.span, { function: vc.unit.function }));
        }
        return out;
      }
      async slot() {
        if (this.running < this.jobs) {
          this.running++;
          return;
        }
        await new Promise((resolve3) => this.waiting.push(resolve3));
      }
      release() {
        const next = this.waiting.shift();
        if (next) next();
        else this.running--;
      }
    };
  }
});

// src/ir/lower-context.ts
function strip2(t) {
  let cur = t;
  for (; ; ) {
    if (cur.k === "ref") cur = cur.inner;
    else if (cur.k === "builtin" && (cur.name === "Box" || cur.name === "Ghost" || cur.name === "Tracked") && cur.args[0]) cur = cur.args[0];
    else return cur;
  }
}
function intKindOf2(t) {
  if (!t) return void 0;
  const s = strip2(t);
  return s.k === "int" ? s.kind : void 0;
}
function isMachine(k) {
  return k !== void 0 && k !== "int" && k !== "nat";
}
function containsKind(to, from) {
  if (to === from || to === "int") return true;
  if (to === "nat") return from === "nat" || isMachine(from) && !isSigned(from);
  if (from === "int" || from === "nat") return false;
  const a = intRange(to);
  const b2 = intRange(from);
  return b2.min >= a.min && b2.max <= a.max;
}
function isMutRef(t) {
  let cur = t;
  while (cur.k === "builtin" && (cur.name === "Tracked" || cur.name === "Ghost") && cur.args[0]) cur = cur.args[0];
  return cur.k === "ref" && cur.mut;
}
function varOf(l, span) {
  return { k: "var", id: l.id, name: l.name, ty: l.ty, at: "now", span };
}
function unitValue(span) {
  return { k: "ctor", adt: "", fields: [], ty: UNIT, span };
}
function boolLit(value, span) {
  return { k: "bool", value, ty: { k: "bool" }, span };
}
function intLit(value, ty, span) {
  return { k: "int", value, ty, span };
}
function andAll2(xs, span) {
  const ys = xs.filter((x) => !(x.k === "bool" && x.value));
  if (ys.length === 0) return boolLit(true, span);
  return ys.reduce((a, b2) => ({ k: "logic", op: "and", left: a, right: b2, ty: { k: "bool" }, span }));
}
function notE(x) {
  return { k: "not", arg: x, ty: { k: "bool" }, span: x.span };
}
function coerce(x, to) {
  const a = intKindOf2(x.ty);
  const b2 = intKindOf2(to);
  if (!a || !b2 || a === b2 || !containsKind(b2, a)) return x;
  return { k: "cast", arg: x, from: x.ty, how: "widen", explicit: false, ty: { k: "int", kind: b2 }, span: x.span };
}
var IrUnsupported, TEMP_BASE, Cx;
var init_lower_context = __esm({
  "src/ir/lower-context.ts"() {
    "use strict";
    init_types();
    IrUnsupported = class extends Error {
      constructor(what, span) {
        super(what);
        this.what = what;
        this.span = span;
      }
      what;
      span;
    };
    TEMP_BASE = 1e9;
    Cx = class {
      constructor(crate, fn, scc) {
        this.crate = crate;
        this.fn = fn;
        this.scc = scc;
        this.ghost = fn.decl.mode !== "exec";
        for (const f of crate.files) this.texts.set(f.path, f.text);
      }
      crate;
      fn;
      scc;
      out = [];
      ghost;
      /** Lowering a spec expression: no statements may be produced. */
      pure = false;
      /** Lowering the body of an external_body fn (for the analysis): explicit panics are aborts. */
      trustedBody = false;
      /** Reads of parameters mean their entry values (a caller's `decreases` at a recursive call). */
      atEntry = false;
      /** Substitutions of locals by expressions (current and `old` versions). */
      env = /* @__PURE__ */ new Map();
      oldEnv = /* @__PURE__ */ new Map();
      locals = /* @__PURE__ */ new Map();
      paramIds = /* @__PURE__ */ new Set();
      loops = [];
      temps = 0;
      loopIds = 0;
      texts = /* @__PURE__ */ new Map();
      text(span) {
        return (this.texts.get(span.file) ?? "").slice(span.start, span.end).replace(/\s+/g, " ").replace(/;$/, "");
      }
      emit(s) {
        if (this.pure) throw new IrUnsupported("this construct in a spec expression", s.span);
        this.out.push(s);
      }
      /** A run-time check: only in exec code (ghost code is erased and never runs). */
      runtimeCheck(cond2, info, span) {
        if (this.ghost) return;
        this.check(cond2, info, span);
      }
      check(cond2, info, span) {
        this.emit({ k: "check", cond: cond2, info: { ...info, text: this.text(span) }, span });
      }
      local(id, name, ty, mode, origin) {
        const l = { id, name, ty, mode, origin };
        this.locals.set(id, l);
        return l;
      }
      temp(name, ty) {
        const id = TEMP_BASE + this.temps++;
        return this.local(id, `${name}%${this.temps - 1}`, ty, this.ghost ? "ghost" : "exec", "temp");
      }
      newLoopId() {
        return this.loopIds++;
      }
      /** Runs `f` with statements going to a fresh buffer; returns them. */
      collect(f) {
        const saved = this.out;
        this.out = [];
        try {
          const value = f();
          return { stmts: this.out, value };
        } finally {
          this.out = saved;
        }
      }
      with(over, f) {
        const saved = { ghost: this.ghost, pure: this.pure, atEntry: this.atEntry };
        if (over.ghost) this.ghost = true;
        if (over.pure !== void 0) this.pure = over.pure;
        if (over.atEntry !== void 0) this.atEntry = over.atEntry;
        try {
          return f();
        } finally {
          Object.assign(this, saved);
        }
      }
      /** With locals substituted (a callee's contract). */
      withEnv(env, oldEnv, f) {
        const saved = { env: this.env, oldEnv: this.oldEnv, atEntry: this.atEntry };
        this.env = env;
        this.oldEnv = oldEnv;
        this.atEntry = false;
        try {
          return f();
        } finally {
          Object.assign(this, saved);
        }
      }
    };
  }
});

// src/ir/lower-pattern.ts
function field2(base, name, ty, variant) {
  return { k: "field", base, name, ty, span: base.span, ...variant ? { variant } : {} };
}
function matchPattern(cx, p, v, ty) {
  const t = strip2(ty);
  const yes = boolLit(true, p.span);
  switch (p.kind) {
    case "wild":
      return { cond: yes, binds: [] };
    case "ident": {
      if (p.id === void 0) throw new IrUnsupported("an unresolved pattern", p.span);
      const local2 = cx.local(p.id, p.name, p.ty ?? ty, cx.ghost ? "ghost" : "exec", "let");
      return { cond: yes, binds: [{ local: local2, value: v }] };
    }
    case "tuple": {
      if (t.k !== "tuple") throw new IrUnsupported("this tuple pattern", p.span);
      const parts = p.elems.map((q, i) => matchPattern(cx, q, field2(v, String(i), t.elems[i]), t.elems[i]));
      return { cond: andAll2(parts.map((x) => x.cond), p.span), binds: parts.flatMap((x) => x.binds) };
    }
    case "tuple_struct":
    case "struct": {
      const res = p.res;
      const subs = p.kind === "tuple_struct" ? p.elems.map((q, i) => ({ pat: q, field: String(i) })) : p.fields.map((f) => ({ pat: f.pattern, field: f.name }));
      if (res?.kind === "builtin" && (res.name === "Tracked" || res.name === "Ghost" || res.name === "Box::new") && subs[0]) return matchPattern(cx, subs[0].pat, v, t);
      if (res?.kind === "builtin" && res.name === "Some") {
        const elemTy = t.k === "builtin" ? t.args[0] : void 0;
        if (!elemTy) throw new IrUnsupported("this `Some` pattern", p.span);
        const is = { k: "is_variant", arg: v, variant: "Some", ty: BOOL2, span: p.span };
        const inner = subs[0] ? matchPattern(cx, subs[0].pat, field2(v, "0", elemTy, "Some"), elemTy) : { cond: yes, binds: [] };
        return { cond: andAll2([is, inner.cond], p.span), binds: inner.binds };
      }
      const fields = res?.kind === "variant" ? cx.crate.enums.get(res.qname.split("::").slice(0, -1).join("::"))?.variants.find((x) => x.name === res.variant.name)?.fields : res?.kind === "struct" ? cx.crate.structs.get(res.qname)?.fields : void 0;
      if (!fields || res?.kind !== "variant" && res?.kind !== "struct") throw new IrUnsupported("this pattern", p.span);
      const variant = res.kind === "variant" ? res.variant.name : void 0;
      const parts = subs.map((s) => {
        const f = fields.find((x) => x.name === s.field);
        if (!f) throw new IrUnsupported(`field \`${s.field}\` in this pattern`, p.span);
        const fty = instantiate2(f.ty, t);
        return matchPattern(cx, s.pat, field2(v, f.name, fty, variant), fty);
      });
      const conds = parts.map((x) => x.cond);
      if (variant) conds.unshift({ k: "is_variant", arg: v, variant, ty: BOOL2, span: p.span });
      return { cond: andAll2(conds, p.span), binds: parts.flatMap((x) => x.binds) };
    }
    case "path": {
      const res = p.res;
      if (res?.kind === "builtin" && res.name === "None") return { cond: { k: "is_variant", arg: v, variant: "None", ty: BOOL2, span: p.span }, binds: [] };
      if (res?.kind === "variant") return { cond: { k: "is_variant", arg: v, variant: res.variant.name, ty: BOOL2, span: p.span }, binds: [] };
      if (res?.kind === "const") return { cond: eq(v, constValue(cx, res, p.span), p.span), binds: [] };
      if (res?.kind === "struct") return { cond: yes, binds: [] };
      throw new IrUnsupported("this pattern", p.span);
    }
    case "lit":
      return { cond: eq(v, lowerPure(cx, p.value), p.span), binds: [] };
    case "range": {
      const conds = [];
      if (p.lo) conds.push({ k: "cmp", op: "le", left: lowerPure(cx, p.lo), right: v, ty: BOOL2, span: p.span });
      if (p.hi) conds.push({ k: "cmp", op: p.inclusive ? "le" : "lt", left: v, right: lowerPure(cx, p.hi), ty: BOOL2, span: p.span });
      return { cond: andAll2(conds, p.span), binds: [] };
    }
    case "or": {
      const parts = p.alts.map((q) => matchPattern(cx, q, v, ty));
      const cond2 = parts.map((x) => x.cond).reduce((a, b2) => ({ k: "logic", op: "or", left: a, right: b2, ty: BOOL2, span: p.span }));
      const binds = (parts[0]?.binds ?? []).map(({ local: local2 }) => {
        let value;
        for (let i = parts.length - 1; i >= 0; i--) {
          const b2 = parts[i].binds.find((x) => x.local.id === local2.id)?.value;
          if (!b2) throw new IrUnsupported("or-patterns binding different names", p.span);
          value = value === void 0 ? b2 : { k: "ite", cond: parts[i].cond, then: b2, else: value, ty: local2.ty, span: p.span };
        }
        return { local: local2, value };
      });
      return { cond: cond2, binds };
    }
  }
}
function eq(a, b2, span) {
  return { k: "cmp", op: "eq", left: a, right: b2, ty: BOOL2, span };
}
function instantiate2(fieldTy, _adt) {
  return fieldTy;
}
function ctorsOf(cx, t) {
  if (t.k === "bool") return [{ name: "true", fields: [] }, { name: "false", fields: [] }];
  if (t.k === "builtin" && t.name === "Option") return [{ name: "Some", fields: [{ name: "0", ty: t.args[0] ?? { k: "error" } }] }, { name: "None", fields: [] }];
  if (t.k === "adt") {
    const e = cx.crate.enums.get(t.name);
    if (e) return e.variants.map((v) => ({ name: v.name, fields: v.fields }));
  }
  return void 0;
}
function productOf(cx, t) {
  if (t.k === "tuple") return t.elems.map((ty, i) => ({ name: String(i), ty }));
  if (t.k === "adt") return cx.crate.structs.get(t.name)?.fields;
  return void 0;
}
function specialize(p, ctor, fields) {
  switch (p.kind) {
    case "wild":
    case "ident":
      return fields.map(() => WILD2);
    case "tuple":
      return ctor === void 0 ? p.elems : void 0;
    case "lit":
      return p.value.kind === "bool" && String(p.value.value) === ctor ? [] : void 0;
    case "path": {
      const name = p.res?.kind === "variant" ? p.res.variant.name : p.res?.kind === "builtin" && p.res.name === "None" ? "None" : p.res?.kind === "struct" ? void 0 : "\0";
      return name === ctor ? fields.map(() => WILD2) : void 0;
    }
    case "tuple_struct":
    case "struct": {
      const res = p.res;
      const name = res?.kind === "variant" ? res.variant.name : res?.kind === "builtin" && res.name === "Some" ? "Some" : res?.kind === "struct" ? void 0 : "\0";
      if (name !== ctor) return void 0;
      if (p.kind === "tuple_struct") return fields.map((_, i) => p.elems[i] ?? WILD2);
      return fields.map((f) => p.fields.find((x) => x.name === f.name)?.pattern ?? WILD2);
    }
    default:
      return void 0;
  }
}
function covers(cx, rows, tys, depth) {
  if (rows.length === 0) return false;
  if (tys.length === 0) return true;
  if (depth > 64) return false;
  const flat = [];
  const unwrap = (p) => p.kind === "tuple_struct" && p.res?.kind === "builtin" && ["Tracked", "Ghost", "Box::new"].includes(p.res.name) && p.elems[0] ? unwrap(p.elems[0]) : p;
  for (const r of rows) {
    const head = unwrap(r[0]);
    if (head.kind === "or") for (const a of head.alts) flat.push([a, ...r.slice(1)]);
    else flat.push([head, ...r.slice(1)]);
  }
  if (flat.length !== rows.length || flat.some((r, i) => r[0] !== rows[i][0])) return covers(cx, flat, tys, depth + 1);
  const rest = tys.slice(1);
  if (flat.every((r) => r[0].kind === "wild" || r[0].kind === "ident")) return covers(cx, flat.map((r) => r.slice(1)), rest, depth + 1);
  const t = strip2(tys[0]);
  const product = productOf(cx, t);
  if (product) {
    const next2 = flat.map((r) => specialize(r[0], void 0, product)).map((sub2, i) => sub2 ? [...sub2, ...flat[i].slice(1)] : void 0).filter((r) => !!r);
    return covers(cx, next2, [...product.map((f) => f.ty), ...rest], depth + 1);
  }
  const ctors = ctorsOf(cx, t);
  if (ctors) {
    return ctors.every((c) => {
      const next2 = flat.map((r) => {
        const sub2 = specialize(r[0], c.name, c.fields);
        return sub2 ? [...sub2, ...r.slice(1)] : void 0;
      }).filter((r) => !!r);
      return covers(cx, next2, [...c.fields.map((f) => f.ty), ...rest], depth + 1);
    });
  }
  const next = flat.filter((r) => r[0].kind === "wild" || r[0].kind === "ident").map((r) => r.slice(1));
  return covers(cx, next, rest, depth + 1);
}
function exhaustive(cx, arms, scrutineeTy) {
  return covers(cx, arms.filter((a) => !a.guard).map((a) => [a.pattern]), [scrutineeTy], 0);
}
var BOOL2, WILD2;
var init_lower_pattern = __esm({
  "src/ir/lower-pattern.ts"() {
    "use strict";
    init_lower_context();
    init_lower_expr();
    BOOL2 = { k: "bool" };
    WILD2 = { kind: "wild", span: { file: "", start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 } };
  }
});

// src/ir/lower-stmt.ts
function lowerPlace(cx, e) {
  switch (e.kind) {
    case "path": {
      if (e.res?.kind !== "local") return void 0;
      const ty = cx.locals.get(e.res.id)?.ty ?? e.res.ty;
      return { root: e.res.id, name: e.res.name, rootTy: ty, proj: [], ty };
    }
    case "unary": {
      if (e.op !== "*") return void 0;
      const p = lowerPlace(cx, e.operand);
      return p && withProj(p, { k: "deref", ty: tyOf(e) });
    }
    case "ref":
      return lowerPlace(cx, e.operand);
    case "field": {
      const p = lowerPlace(cx, e.base);
      if (!p) return void 0;
      let q = p;
      while (q.ty.k === "ref") q = withProj(q, { k: "deref", ty: q.ty.inner });
      return withProj(q, { k: "field", name: e.name, ty: tyOf(e) });
    }
    case "index": {
      const p = lowerPlace(cx, e.base);
      if (!p) return void 0;
      const base = readPlace(p, e.base.span);
      const index2 = lowerExpr(cx, e.index);
      indexCheck(cx, base, index2, e);
      return withProj(p, { k: "index", index: index2, ty: tyOf(e) });
    }
    case "call":
      if (e.callee.kind === "path" && e.callee.res?.kind === "builtin" && ["Tracked", "Ghost"].includes(e.callee.res.name) && e.args[0]) return lowerPlace(cx, e.args[0]);
      return void 0;
    case "method":
      if (e.res?.kind === "builtin" && e.res.name.startsWith("Tracked::borrow")) return lowerPlace(cx, e.receiver);
      return void 0;
    default:
      return void 0;
  }
}
function withProj(p, s) {
  return { ...p, proj: [...p.proj, s], ty: s.ty };
}
function readPlace(p, span) {
  return placeRead(p, span);
}
function placeRead(p, span) {
  let x = { k: "var", id: p.root, name: p.name, ty: p.rootTy, at: "now", span };
  for (const s of p.proj) {
    if (s.k === "field") x = { k: "field", base: x, name: s.name, ty: s.ty, span };
    else if (s.k === "index") x = { k: "index", base: x, index: s.index, ty: s.ty, span };
    else x = { k: "deref", arg: x, ty: s.ty, span };
  }
  return x;
}
function typeInvariantCheck(cx, v, span) {
  if (cx.ghost || cx.pure) return;
  const inv = invariantApp(cx, v);
  if (!inv || inv.k !== "spec_call") return;
  const decl = cx.crate.fns.find((f) => f.qname === inv.fn)?.decl;
  cx.check({ k: "holds", cond: inv }, {
    kind: "type-invariant",
    message: "constructed value may fail to meet its declared type invariant",
    labels: decl ? [{ message: "type invariant declared here", span: decl.nameSpan }] : []
  }, span);
}
function assign(cx, st) {
  const place2 = lowerPlace(cx, st.target);
  if (!place2) throw new IrUnsupported("assignment to this place", st.target.span);
  let v;
  if (st.op === "=") v = coerce(lowerExpr(cx, st.value), place2.ty);
  else {
    const cur = readPlace(place2, st.target.span);
    const rhs = lowerExpr(cx, st.value);
    v = arith(cx, st.op.slice(0, -1), cur, rhs, tyOf(st.target), st.span);
  }
  cx.emit({ k: "assign", place: place2, value: v, span: st.span });
  for (let i = place2.proj.length - 1; i >= 0; i--) {
    if (place2.proj[i].k !== "field") continue;
    const prefix = { ...place2, proj: place2.proj.slice(0, i), ty: i === 0 ? place2.rootTy : place2.proj[i - 1].ty };
    typeInvariantCheck(cx, readPlace(prefix, st.span), st.span);
  }
}
function lowerBlockExec(cx, b2) {
  if (cx.pure) return pureBlock(cx, b2, 0);
  for (const st of b2.stmts) lowerStmt(cx, st);
  return b2.tail ? lowerExpr(cx, b2.tail) : unitValue(b2.span);
}
function pureBlock(cx, b2, from) {
  for (let i = from; i < b2.stmts.length; i++) {
    const st = b2.stmts[i];
    if (st.kind === "let" && st.init) {
      const v = lowerExpr(cx, st.init);
      const m = matchPattern(cx, st.pattern, v, tyOf(st.init));
      const body = pureBlock(cx, b2, i + 1);
      return m.binds.reduceRight((acc, x) => ({ k: "let", binder: x.local, value: x.value, body: acc, ty: acc.ty, span: st.span }), body);
    }
    if (st.kind === "assert" || st.kind === "assume" || st.kind === "proof") continue;
    if (st.kind === "expr" && st.expr.kind === "call" && st.expr.callee.kind === "path" && st.expr.callee.res?.kind === "builtin" && st.expr.callee.res.name === "reveal") continue;
    if (st.kind === "expr" && !st.semi) return lowerExpr(cx, st.expr);
    throw new IrUnsupported("this statement in spec code", st.span);
  }
  return b2.tail ? lowerExpr(cx, b2.tail) : unitValue(b2.span);
}
function lowerStmt(cx, st) {
  switch (st.kind) {
    case "let":
      return letStmt(cx, st);
    case "expr":
      lowerExpr(cx, st.expr);
      return;
    case "assign":
      return assign(cx, st);
    case "while":
    case "loop":
    case "for":
      return loop(cx, st);
    case "assert":
      return assertStmt(cx, st);
    case "assume":
      cx.emit({ k: "assume", cond: lowerPure(cx, st.expr), span: st.span });
      return;
    case "assert_forall": {
      const bs = binders(cx, st.binders, { kind: "tuple", elems: [st.assumption ?? st.conclusion, st.conclusion], span: st.span });
      const proof = st.proof ? cx.collect(() => cx.with({ ghost: true }, () => lowerBlockExec(cx, st.proof))).stmts : [];
      cx.emit({
        k: "assert_forall",
        binders: bs,
        ...st.assumption ? { assumption: lowerPure(cx, st.assumption) } : {},
        conclusion: lowerPure(cx, st.conclusion),
        proof,
        span: st.span
      });
      return;
    }
    case "proof": {
      const body = cx.collect(() => cx.with({ ghost: true }, () => lowerBlockExec(cx, st.block))).stmts;
      cx.emit({ k: "ghost", body, span: st.span });
      return;
    }
    case "item":
      return;
  }
}
function letStmt(cx, st) {
  const ghost2 = st.mode !== "exec";
  const p = st.pattern;
  const ty = (p.kind === "ident" ? p.ty : void 0) ?? st.init?.ty ?? INT3;
  const v = st.init ? cx.with({ ghost: ghost2 }, () => lowerExpr(cx, st.init)) : void 0;
  const mode = ghost2 ? st.mode === "tracked" ? "tracked" : "ghost" : cx.ghost ? "ghost" : "exec";
  if (p.kind === "ident" && p.id !== void 0) {
    const local2 = cx.local(p.id, p.name, ty, mode, "let");
    cx.emit({ k: "let", local: local2, ...v ? { init: coerce(v, ty) } : {}, span: st.span });
    return;
  }
  if (!v) throw new IrUnsupported("this let pattern without a value", st.span);
  let scrut = v;
  if (v.k !== "var") {
    const t = cx.temp("let", v.ty);
    cx.emit({ k: "let", local: t, init: v, span: st.span });
    scrut = varOf(t, st.span);
  }
  const m = cx.with({ ghost: ghost2 }, () => matchPattern(cx, p, scrut, st.init?.ty ?? ty));
  for (const b2 of m.binds) cx.emit({ k: "let", local: b2.local, init: b2.value, span: st.span });
}
function assertStmt(cx, st) {
  const by = st.by;
  const cond2 = lowerPure(cx, st.expr);
  if (!by) {
    cx.emit({ k: "assert", cond: cond2, span: st.span });
    return;
  }
  if (by.kind === "compute") throw new IrUnsupported("assert by (compute)", st.span);
  if (by.kind === "block") {
    const body2 = cx.collect(() => cx.with({ ghost: true }, () => lowerBlockExec(cx, by.block))).stmts;
    cx.emit({ k: "assert", cond: cond2, by: { k: "block", body: body2 }, span: st.span });
    return;
  }
  const requires = by.requires.map((r) => lowerPure(cx, r));
  const body = by.kind === "nonlinear_arith" && by.block ? cx.collect(() => cx.with({ ghost: true }, () => lowerBlockExec(cx, by.block))).stmts : [];
  cx.emit({ k: "assert", cond: cond2, by: { k: by.kind, requires, body }, span: st.span });
}
function modifiedRoots(cx, st) {
  const out = /* @__PURE__ */ new Map();
  const rootOf = (e) => {
    switch (e.kind) {
      case "path":
        if (e.res?.kind === "local") out.set(e.res.id, e.res.name);
        return;
      case "unary":
      case "ref":
        return rootOf(e.operand);
      case "field":
      case "index":
        return rootOf(e.base);
      case "call":
        if (e.callee.kind === "path" && e.callee.res?.kind === "builtin" && ["Tracked", "Ghost"].includes(e.callee.res.name) && e.args[0]) rootOf(e.args[0]);
        return;
      case "method":
        if (e.res?.kind === "builtin" && e.res.name.startsWith("Tracked::borrow")) rootOf(e.receiver);
        return;
      default:
        return;
    }
  };
  const mutArgs = (decl, args, offset) => {
    const info = cx.crate.fnByDecl.get(decl);
    args.forEach((a, i) => {
      const p = info?.params[i + offset];
      if (p && isMutRef(p.ty)) rootOf(a);
    });
  };
  const visit = (e) => {
    if (e.kind === "ref" && e.mut) rootOf(e.operand);
    if (e.kind === "method") {
      if (e.res?.kind === "builtin" && /^Vec::(push|pop|set|insert|remove|clear)$/.test(e.res.name)) rootOf(e.receiver);
      if (e.res?.kind === "fn") mutArgs(e.res.decl, [e.receiver, ...e.args], 0);
    }
    if (e.kind === "call" && e.callee.kind === "path" && e.callee.res?.kind === "fn") mutArgs(e.callee.res.decl, e.args, 0);
  };
  const stmtVisit = (s) => {
    if (s.kind === "assign") rootOf(s.target);
  };
  walkBlock(st.body, visit, stmtVisit);
  if (st.kind === "while") walkExpr(st.cond, visit, stmtVisit);
  return out;
}
function loopSpec(cx, st) {
  return {
    invariants: st.invariants.map((c) => lowerPure(cx, c)),
    invariantsExceptBreak: st.invariantsExceptBreak.map((c) => lowerPure(cx, c)),
    ensures: st.ensures.map((c) => lowerPure(cx, c)),
    decreases: st.decreases.map((c) => lowerPure(cx, c))
  };
}
function loop(cx, st) {
  const id = cx.newLoopId();
  const execLoop = cx.fn.decl.mode === "exec" && !cx.ghost;
  const allowsNone = cx.fn.decl.flags.execAllowsNoDecreases || hasEnclosingInnerAttr(cx.crate, cx.fn, "verifier::exec_allows_no_decreases_clause");
  const needsDecreases = execLoop && st.kind !== "for" && st.decreases.length === 0 && !allowsNone;
  const facts = [];
  const latch = [];
  let cond2;
  let head = [];
  const modified = modifiedRoots(cx, st);
  if (st.kind === "for") {
    const p = st.pattern;
    if (p.kind !== "ident" || p.id === void 0) throw new IrUnsupported("this for-loop pattern", p.span);
    const elemTy = p.ty ?? tyOf(st.start);
    const start = lowerExpr(cx, st.start);
    const end = lowerExpr(cx, st.end);
    const counterTy = st.inclusive ? INT3 : elemTy;
    const s = cx.temp("start", start.ty);
    const e = cx.temp("end", st.inclusive ? INT3 : end.ty);
    cx.emit({ k: "let", local: s, init: start, span: st.start.span });
    const endValue = st.inclusive ? { k: "arith", op: "add", left: coerce(end, INT3), right: intLit(1n, INT3, st.end.span), ty: INT3, span: st.end.span } : end;
    cx.emit({ k: "let", local: e, init: endValue, span: st.end.span });
    const x = cx.local(p.id, p.name, counterTy, cx.ghost ? "ghost" : "exec", "let");
    cx.emit({ k: "let", local: x, init: coerce(varOf(s, st.start.span), counterTy), span: p.span });
    const xv = varOf(x, p.span);
    facts.push(compare("le", varOf(s, p.span), xv, p.span));
    facts.push({ k: "logic", op: "or", left: compare("le", xv, varOf(e, p.span), p.span), right: compare("eq", xv, varOf(s, p.span), p.span), ty: BOOL3, span: p.span });
    cond2 = compare("lt", xv, varOf(e, st.end.span), st.headSpan);
    const next = { k: "arith", op: "add", left: xv, right: intLit(1n, counterTy, p.span), ty: counterTy, span: p.span };
    latch.push({ k: "assign", place: { root: x.id, name: x.name, rootTy: counterTy, proj: [], ty: counterTy }, value: next, span: st.headSpan });
    modified.set(x.id, x.name);
  } else if (st.kind === "while") {
    const c = cx.collect(() => lowerExpr(cx, st.cond));
    head = c.stmts;
    cond2 = c.value;
  }
  const spec = loopSpec(cx, st);
  const allInv = [...st.invariants, ...st.invariantsExceptBreak];
  for (const c of allInv) cx.check({ k: "holds", cond: lowerPure(cx, c) }, { kind: "invariant-entry", message: "invariant not satisfied before loop", labels: [] }, c.span);
  const decLets = [];
  const saved = st.decreases.map((m) => {
    const t = cx.with({ ghost: true }, () => cx.temp("decreases", INT3));
    decLets.push({ k: "let", local: t, init: coerce(lowerPure(cx, m), INT3), span: m.span });
    return varOf(t, m.span);
  });
  head = [...decLets, ...head];
  const exitChecks = (at) => {
    for (const c of st.ensures) {
      cx.check({ k: "holds", cond: lowerPure(cx, c) }, { kind: "postcondition", message: "postcondition not satisfied", primaryLabel: "failed this postcondition", labels: [{ message: "at this loop exit", span: at }] }, c.span);
    }
  };
  const onBreak = (at) => {
    for (const c of st.invariants) {
      cx.check({ k: "holds", cond: lowerPure(cx, c) }, { kind: "invariant-break", message: "loop invariant not satisfied", primaryLabel: "at this loop exit", labels: [{ message: "failed this invariant", span: c.span }] }, at);
    }
    exitChecks(at);
  };
  const endChecks = cx.collect(() => {
    for (const c of allInv) cx.check({ k: "holds", cond: lowerPure(cx, c) }, { kind: "invariant-end", message: "invariant not satisfied at end of loop body", labels: [] }, c.span);
    if (saved.length) {
      const now = st.decreases.map((m) => coerce(lowerPure(cx, m), INT3));
      cx.check({ k: "holds", cond: lexDecrease(now, saved, st.headSpan) }, { kind: "decreases", message: "decreases not satisfied at end of loop", labels: [] }, st.headSpan);
    }
  }).stmts;
  latch.push(...endChecks);
  const exit = st.kind === "loop" ? [] : cx.collect(() => exitChecks(st.headSpan)).stmts;
  cx.loops.push({ id, ...st.label ? { label: st.label } : {}, onBreak });
  let body;
  try {
    body = cx.collect(() => lowerBlockExec(cx, st.body)).stmts;
  } finally {
    cx.loops.pop();
  }
  const modifies = [...modified].filter(([rid]) => cx.locals.has(rid)).map(([rid, name]) => ({ root: rid, name, rootTy: cx.locals.get(rid).ty, proj: [], ty: cx.locals.get(rid).ty }));
  cx.emit({
    k: "loop",
    id,
    ...st.label ? { label: st.label } : {},
    source: st.kind,
    head,
    ...cond2 ? { cond: cond2 } : {},
    body,
    latch,
    exit,
    spec,
    facts,
    modifies,
    isolated: true,
    needsDecreases,
    span: st.span,
    headSpan: st.headSpan
  });
}
var BOOL3, INT3, typeInvariantOfType;
var init_lower_stmt = __esm({
  "src/ir/lower-stmt.ts"() {
    "use strict";
    init_crate_attrs();
    init_walk();
    init_lower_context();
    init_lower_call();
    init_lower_expr();
    init_lower_pattern();
    BOOL3 = { k: "bool" };
    INT3 = { k: "int", kind: "int" };
    typeInvariantOfType = typeInvariantCheck;
  }
});

// src/ir/lower-expr.ts
function tyOf(e) {
  return e.ty ?? INT;
}
function lowerPure(cx, e) {
  return cx.with({ pure: true, ghost: true }, () => lowerExpr(cx, e));
}
function constValue(cx, res, span) {
  const info = cx.crate.consts.get(res.qname);
  if (typeof info?.value === "bigint") return intLit(info.value, info.ty, span);
  if (typeof info?.value === "boolean") return boolLit(info.value, span);
  if (res.decl.value) return lowerPure(cx, res.decl.value);
  throw new IrUnsupported("a constant without a value", span);
}
function builtinConst(name, ty, span) {
  const m = /^(\w+)::(MAX|MIN|BITS)$/.exec(name);
  if (!m) return void 0;
  const k = m[1];
  const r = intRange(k);
  if (!r) return void 0;
  const v = m[2] === "MAX" ? r.max : m[2] === "MIN" ? r.min : BigInt(intBits(k));
  return intLit(v, ty, span);
}
function readLocal(cx, res, span, old) {
  if (old) {
    const o = cx.oldEnv.get(res.id);
    if (o) return o;
  }
  const s = cx.env.get(res.id);
  if (s) return s;
  const l = cx.locals.get(res.id);
  const at = (old || cx.atEntry) && cx.paramIds.has(res.id) ? "old" : "now";
  return { k: "var", id: res.id, name: res.name, ty: l?.ty ?? res.ty, at, span };
}
function pathExpr(cx, e) {
  const res = e.res;
  const ty = tyOf(e);
  if (!res) throw new IrUnsupported(`unresolved name \`${e.segments.join("::")}\``, e.span);
  switch (res.kind) {
    case "local":
      return readLocal(cx, res, e.span, false);
    case "const":
      return constValue(cx, res, e.span);
    case "builtin": {
      const c = builtinConst(res.name, ty, e.span);
      if (c) return c;
      if (res.name === "None") return { k: "ctor", adt: "Option", variant: "None", fields: [], ty, span: e.span };
      break;
    }
    case "variant": {
      const v = { k: "ctor", adt: res.qname.split("::").slice(0, -1).join("::"), variant: res.variant.name, fields: [], ty, span: e.span };
      typeInvariantCheck(cx, v, e.span);
      return v;
    }
    case "struct": {
      const v = { k: "ctor", adt: res.qname, fields: [], ty, span: e.span };
      typeInvariantCheck(cx, v, e.span);
      return v;
    }
    case "fn":
      if (res.decl.mode === "spec" && res.decl.params.length === 0) return { k: "spec_call", fn: res.qname, typeArgs: res.typeArgs, args: [], ty, span: e.span };
      break;
  }
  throw new IrUnsupported(`\`${e.segments.join("::")}\` as a value`, e.span);
}
function compare(op, a, b2, span) {
  const ka = intKindOf2(a.ty);
  const kb = intKindOf2(b2.ty);
  if (ka && kb && ka !== kb) {
    if (containsKind(ka, kb)) b2 = coerce(b2, a.ty);
    else if (containsKind(kb, ka)) a = coerce(a, b2.ty);
    else {
      a = coerce(a, INT);
      b2 = coerce(b2, INT);
    }
  }
  return { k: "cmp", op, left: a, right: b2, ty: BOOL4, span };
}
function arith(cx, op, a, b2, ty, span) {
  const t = strip2(ty);
  if (t.k === "bool") {
    const lop = op === "&" ? "and" : op === "|" ? "or" : op === "^" ? "xor" : void 0;
    if (!lop) throw new IrUnsupported(`\`${op}\` on booleans`, span);
    return { k: "logic", op: lop, left: a, right: b2, ty: BOOL4, span };
  }
  if (op === "+" && t.k === "builtin" && t.name === "Seq") return { k: "builtin", name: "Seq::add", args: [a, b2], ty, span };
  const aop = ARITH2[op];
  const k = intKindOf2(ty);
  if (!aop || !k) throw new IrUnsupported(`\`${op}\` at type ${t.k}`, span);
  const bitwise = aop === "bitand" || aop === "bitor" || aop === "bitxor" || aop === "shl" || aop === "shr";
  const left = coerce(a, ty);
  const right = bitwise && (aop === "shl" || aop === "shr") ? b2 : coerce(b2, ty);
  if (aop === "div" || aop === "rem") {
    cx.runtimeCheck({ k: "nonzero", value: right }, { kind: "division", message: "possible division by zero", labels: [] }, span);
  }
  if ((aop === "shl" || aop === "shr") && isMachine(k)) {
    cx.runtimeCheck({ k: "shift_amount", amount: right, bits: intBits(k) }, { kind: "shift", message: "possible bit shift underflow/overflow", labels: [] }, span);
  }
  const r = { k: "arith", op: aop, left, right, ty, span, ...aop === "div" || aop === "rem" ? { rounding: cx.ghost ? "euclid" : "trunc" } : {} };
  const overflowing = aop === "add" || aop === "sub" || aop === "mul" || (aop === "div" || aop === "rem") && isSigned(k);
  if (overflowing && isMachine(k)) {
    cx.runtimeCheck({ k: "in_range", value: r, kind: k }, { kind: "overflow", message: "possible arithmetic underflow/overflow", labels: [] }, span);
  }
  return r;
}
function cast(x, to, span) {
  const target = strip2(to);
  const source = strip2(x.ty);
  if (target.k !== "int") throw new IrUnsupported("a cast to a type other than an integer", span);
  if (source.k === "bool") return { k: "cast", arg: x, from: x.ty, how: "bool_to_int", explicit: true, ty: to, span };
  if (source.k === "char") return { k: "cast", arg: x, from: x.ty, how: "char_to_int", explicit: true, ty: to, span };
  if (source.k !== "int") throw new IrUnsupported("a cast from a type other than an integer", span);
  const how = containsKind(target.kind, source.kind) ? "widen" : target.kind === "nat" ? "clamp_nat" : target.kind === "int" ? "widen" : "wrap";
  return { k: "cast", arg: x, from: x.ty, how, explicit: true, ty: to, span };
}
function logic(cx, e) {
  const a = lowerExpr(cx, e.left);
  const op = e.op === "&&" ? "and" : e.op === "||" ? "or" : "implies";
  const { stmts: stmts2, value: b2 } = cx.pure ? { stmts: [], value: lowerExpr(cx, e.right) } : cx.collect(() => lowerExpr(cx, e.right));
  if (stmts2.length === 0) return { k: "logic", op, left: a, right: b2, ty: BOOL4, span: e.span };
  const t = cx.temp("sc", BOOL4);
  cx.emit({ k: "let", local: t, init: op === "or" ? a : op === "and" ? a : notE(a), span: e.span });
  const runRight = op === "or" ? notE(a) : a;
  const assignRight = { k: "assign", place: { root: t.id, name: t.name, rootTy: BOOL4, proj: [], ty: BOOL4 }, value: op === "implies" ? b2 : b2, span: e.span };
  cx.emit({ k: "branch", cond: runRight, then: [...stmts2, assignRight], else: [], span: e.span });
  return varOf(t, e.span);
}
function binary2(cx, e) {
  if (e.op === "&&" || e.op === "||" || e.op === "==>") return logic(cx, e);
  if (e.op === "<==" || e.op === "<==>") {
    const a2 = lowerExpr(cx, e.left);
    const b3 = lowerExpr(cx, e.right);
    return e.op === "<==" ? { k: "logic", op: "implies", left: b3, right: a2, ty: BOOL4, span: e.span } : { k: "logic", op: "iff", left: a2, right: b3, ty: BOOL4, span: e.span };
  }
  const a = lowerExpr(cx, e.left);
  const b2 = lowerExpr(cx, e.right);
  const c = CMP[e.op];
  if (c) return compare(c, a, b2, e.span);
  return arith(cx, e.op, a, b2, tyOf(e), e.span);
}
function unary2(cx, e) {
  const x = lowerExpr(cx, e.operand);
  const ty = tyOf(e);
  if (e.op === "*") return { k: "deref", arg: x, ty, span: e.span };
  if (e.op === "-") {
    const r = { k: "neg", arg: coerce(x, ty), ty, span: e.span };
    const k = intKindOf2(ty);
    if (isMachine(k)) cx.runtimeCheck({ k: "in_range", value: r, kind: k }, { kind: "overflow", message: "possible arithmetic underflow/overflow", labels: [] }, e.span);
    return r;
  }
  if (strip2(x.ty).k === "bool") return { k: "not", arg: x, ty: BOOL4, span: e.span };
  return { k: "bitnot", arg: x, ty, span: e.span };
}
function fieldOf(base, name, ty, span) {
  let b2 = base;
  while (b2.ty.k === "ref") b2 = { k: "deref", arg: b2, ty: b2.ty.inner, span: b2.span };
  return { k: "field", base: b2, name, ty, span };
}
function indexCheck(cx, seq, index2, e) {
  const t = strip2(seq.ty);
  if (t.k === "builtin" && t.name === "Vec") {
    cx.runtimeCheck({ k: "in_bounds", seq, index: index2 }, { kind: "precondition", message: "precondition not satisfied", labels: [{ message: "failed precondition", span: e.index.span }] }, e.span);
  } else if (t.k === "array" || t.k === "slice" || t.k === "builtin" && t.name === "Seq") {
    cx.runtimeCheck({ k: "in_bounds", seq, index: index2 }, { kind: "index", message: "precondition not met: index in bounds for this access", labels: [] }, e.span);
  } else if (!cx.ghost) {
    throw new IrUnsupported("indexing this type", e.span);
  }
}
function indexExpr(cx, e) {
  const base = lowerExpr(cx, e.base);
  const index2 = lowerExpr(cx, e.index);
  indexCheck(cx, base, index2, e);
  return { k: "index", base, index: index2, ty: tyOf(e), span: e.span };
}
function structLit2(cx, e) {
  const ty = tyOf(e);
  const res = e.res;
  const fields = e.fields.map((f) => ({ name: f.name, value: coerceField(cx, lowerExpr(cx, f.value)) }));
  let v;
  if (res?.kind === "variant") v = { k: "ctor", adt: res.qname.split("::").slice(0, -1).join("::"), variant: res.variant.name, fields, ty, span: e.span };
  else if (res?.kind === "struct") {
    v = e.base ? { k: "update", base: lowerExpr(cx, e.base), fields, ty, span: e.span } : { k: "ctor", adt: res.qname, fields, ty, span: e.span };
  } else throw new IrUnsupported("this struct literal", e.span);
  typeInvariantCheck(cx, v, e.span);
  return v;
}
function coerceField(_cx, v) {
  return v;
}
function seqLit(cx, e) {
  const ty = tyOf(e);
  if (e.kind === "array" && e.repeat) {
    if (cx.pure) throw new IrUnsupported("array repeat expressions in spec code", e.span);
    const st = strip2(ty);
    const n = e.repeat.count.kind === "int" ? Number(e.repeat.count.value) : st.k === "array" ? Number(st.len) : -1;
    if (n < 0 || n > 256) throw new IrUnsupported("this array repeat expression", e.span);
    const v = lowerExpr(cx, e.repeat.value);
    return { k: "seq_lit", elems: Array.from({ length: n }, () => v), ty, span: e.span };
  }
  return { k: "seq_lit", elems: e.elems.map((x) => lowerExpr(cx, x)), ty, span: e.span };
}
function binderType(b2, body) {
  let found;
  walkExpr(body, (x) => {
    if (!found && x.kind === "path" && x.res?.kind === "local" && x.res.id === b2.id) found = x.res.ty;
  });
  if (found) return found;
  const t = b2.ty;
  if (t?.kind === "path" && t.segments.length === 1) {
    const n = t.segments[0];
    if (n === "bool") return BOOL4;
    if (/^(u|i)(8|16|32|64|128|size)$/.test(n) || n === "int" || n === "nat") return { k: "int", kind: n };
  }
  return INT;
}
function binders(cx, bs, body) {
  return bs.map((b2) => {
    if (b2.id === void 0) throw new IrUnsupported("an unresolved binder", b2.span);
    return cx.local(b2.id, b2.name, binderType(b2, body), "ghost", "binder");
  });
}
function quant(cx, e) {
  const bs = binders(cx, e.binders, e.body);
  const groups2 = [...e.triggers];
  const marked = [];
  walkExpr(e.body, (x) => {
    if (x.kind === "trigger") marked.push(x.operand);
  });
  if (marked.length) groups2.push(marked);
  const triggers = groups2.map((g) => g.map((x) => lowerExpr(cx, x)));
  if (e.quant === "choose" && bs.length !== 1) throw new IrUnsupported("choose with several binders", e.span);
  return { k: "quant", quant: e.quant, binders: bs, triggers, auto: e.auto, body: lowerExpr(cx, e.body), ty: tyOf(e), span: e.span };
}
function oldExpr(cx, e) {
  const base = e.operand;
  if (base.kind === "path" && base.res?.kind === "local") return readLocal(cx, base.res, base.span, true);
  return lowerExpr(cx, base);
}
function ifExpr2(cx, e) {
  const c = lowerExpr(cx, e.cond);
  const ty = tyOf(e);
  const elseOf = () => !e.else ? unitValue(e.span) : "stmts" in e.else ? lowerBlockExec(cx, e.else) : lowerExpr(cx, e.else);
  if (cx.pure) {
    return { k: "ite", cond: c, then: lowerBlockExec(cx, e.then), else: elseOf(), ty, span: e.span };
  }
  const valued = !isUnitLike(ty);
  const t = valued ? cx.temp("if", ty) : void 0;
  if (t) cx.emit({ k: "let", local: t, span: e.span });
  const thenPart = cx.collect(() => lowerBlockExec(cx, e.then));
  const elsePart = cx.collect(elseOf);
  const put2 = (part) => [
    ...part.stmts,
    ...t && !terminates(part.stmts) ? [{ k: "assign", place: { root: t.id, name: t.name, rootTy: ty, proj: [], ty }, value: coerce(part.value, ty), span: part.value.span }] : []
  ];
  cx.emit({ k: "branch", cond: c, then: put2(thenPart), else: put2(elsePart), span: e.span });
  return t ? varOf(t, e.span) : unitValue(e.span);
}
function terminates(ss) {
  const l = ss[ss.length - 1];
  return !!l && (l.k === "return" || l.k === "break" || l.k === "continue" || l.k === "abort");
}
function isUnitLike(t) {
  return t.k === "tuple" && t.elems.length === 0 || t.k === "never";
}
function matchExpr2(cx, e) {
  const ty = tyOf(e);
  let scrut = lowerExpr(cx, e.scrutinee);
  if (!cx.pure && scrut.k !== "var") {
    const s = cx.temp("scrut", scrut.ty);
    cx.emit({ k: "let", local: s, init: scrut, span: e.scrutinee.span });
    scrut = varOf(s, e.scrutinee.span);
  }
  if (e.arms.length === 0) throw new IrUnsupported("an empty match", e.span);
  const complete = exhaustive(cx, e.arms, tyOf(e.scrutinee));
  if (!complete) throw new IrUnsupported("a match the lowering cannot show exhaustive", e.span);
  const arms = e.arms.map((arm) => {
    const m = matchPattern(cx, arm.pattern, scrut, tyOf(e.scrutinee));
    let cond2 = m.cond;
    if (arm.guard) {
      const env = new Map(cx.env);
      for (const b2 of m.binds) env.set(b2.local.id, b2.value);
      const g = cx.withEnv(env, cx.oldEnv, () => lowerPure(cx, arm.guard));
      cond2 = andAll2([cond2, g], arm.span);
    }
    return { arm, m, cond: cond2 };
  });
  if (cx.pure) {
    let out;
    for (let i = arms.length - 1; i >= 0; i--) {
      const { arm, m, cond: cond2 } = arms[i];
      let body = lowerExpr(cx, arm.body);
      for (const b2 of [...m.binds].reverse()) body = { k: "let", binder: b2.local, value: b2.value, body, ty: body.ty, span: arm.span };
      out = out === void 0 ? body : { k: "ite", cond: cond2, then: body, else: out, ty, span: e.span };
    }
    return out;
  }
  const valued = !isUnitLike(ty);
  const t = valued ? cx.temp("match", ty) : void 0;
  if (t) cx.emit({ k: "let", local: t, span: e.span });
  let rest;
  for (let i = arms.length - 1; i >= 0; i--) {
    const { arm, m, cond: cond2 } = arms[i];
    const part = cx.collect(() => {
      for (const b2 of m.binds) cx.emit({ k: "let", local: b2.local, init: b2.value, span: arm.pattern.span });
      return lowerExpr(cx, arm.body);
    });
    const body = [...part.stmts, ...t && !terminates(part.stmts) ? [{ k: "assign", place: { root: t.id, name: t.name, rootTy: ty, proj: [], ty }, value: coerce(part.value, ty), span: arm.body.span }] : []];
    rest = rest === void 0 ? body : [{ k: "branch", cond: cond2, then: body, else: rest, span: arm.span }];
  }
  for (const s of rest) cx.emit(s);
  return t ? varOf(t, e.span) : unitValue(e.span);
}
function isExpr2(cx, e) {
  return { k: "is_variant", arg: lowerExpr(cx, e.operand), variant: e.variant[e.variant.length - 1], ty: BOOL4, span: e.span };
}
function returnExpr(cx, e) {
  if (cx.pure) throw new IrUnsupported("`return` in spec code", e.span);
  const v = e.value ? lowerExpr(cx, e.value) : unitValue(e.span);
  emitReturn(cx, v, e.span, "at this exit");
  return unitValue(e.span);
}
function emitReturn(cx, value, at, what) {
  const d = cx.fn.decl;
  let v = coerce(value, cx.fn.retTy);
  if ((d.ensures.length || d.returns.length) && v.k !== "var" && v.k !== "int" && v.k !== "bool" && !isUnitLike(cx.fn.retTy)) {
    const t = cx.temp("ret", cx.fn.retTy);
    cx.emit({ k: "let", local: t, init: v, span: at });
    v = varOf(t, at);
  }
  const env = new Map(cx.env);
  if (cx.fn.retId !== void 0) env.set(cx.fn.retId, v);
  const oldEnv = new Map(cx.oldEnv);
  cx.withEnv(env, oldEnv, () => {
    for (const c of d.ensures) {
      cx.check({ k: "holds", cond: ensuresAtExit(cx, c) }, { kind: "postcondition", message: "postcondition not satisfied", primaryLabel: "failed this postcondition", labels: [{ message: what, span: at }] }, c.span);
    }
    for (const c of d.returns) {
      cx.check({ k: "holds", cond: compare("eq", v, lowerPure(cx, c), c.span) }, { kind: "postcondition", message: "postcondition not satisfied", primaryLabel: "failed this postcondition", labels: [{ message: what, span: at }] }, c.span);
    }
  });
  cx.emit({ k: "return", value: isUnitLike(cx.fn.retTy) ? void 0 : v, span: at });
}
function ensuresAtExit(cx, c) {
  return lowerPure(cx, c);
}
function breakOrContinue(cx, e) {
  const scope = e.label ? [...cx.loops].reverse().find((l) => l.label === e.label) : cx.loops[cx.loops.length - 1];
  if (!scope) throw new IrUnsupported(`\`${e.kind}\` outside a loop`, e.span);
  if (e.kind === "break") scope.onBreak(e.span);
  cx.emit({ k: e.kind, loop: scope.id, span: e.span });
  return unitValue(e.span);
}
function lowerExpr(cx, e) {
  switch (e.kind) {
    case "int":
      return intLit(e.value, tyOf(e), e.span);
    case "bool":
      return boolLit(e.value, e.span);
    case "char":
      return intLit(BigInt(e.value.codePointAt(0) ?? 0), { k: "char" }, e.span);
    case "path":
      return pathExpr(cx, e);
    case "unary":
      return unary2(cx, e);
    case "ref":
      if (e.mut && !cx.ghost) throw new IrUnsupported("a `&mut` borrow outside a call argument", e.span);
      return lowerExpr(cx, e.operand);
    case "trigger":
    case "final":
    case "view":
      return lowerExpr(cx, e.operand);
    case "old":
      return oldExpr(cx, e);
    case "binary":
      return binary2(cx, e);
    case "chain": {
      const ts = e.operands.map((x) => lowerExpr(cx, x));
      return andAll2(e.ops.map((op, i) => compare(CMP[op], ts[i], ts[i + 1], e.span)), e.span);
    }
    case "call":
      return lowerCall(cx, e);
    case "method":
      return lowerMethod(cx, e);
    case "field":
      return fieldOf(lowerExpr(cx, e.base), e.name, tyOf(e), e.span);
    case "index":
      return indexExpr(cx, e);
    case "cast":
      return cast(lowerExpr(cx, e.operand), tyOf(e), e.span);
    case "quant":
      return quant(cx, e);
    case "if":
      return ifExpr2(cx, e);
    case "match":
      return matchExpr2(cx, e);
    case "is":
      return isExpr2(cx, e);
    case "block":
      return lowerBlockExec(cx, e.block);
    case "struct":
      return structLit2(cx, e);
    case "tuple":
      if (e.elems.length === 0) return unitValue(e.span);
      return { k: "ctor", adt: "", fields: e.elems.map((x, i) => ({ name: String(i), value: lowerExpr(cx, x) })), ty: tyOf(e), span: e.span };
    case "array":
    case "seq":
      return seqLit(cx, e);
    case "return":
      return returnExpr(cx, e);
    case "break":
    case "continue":
      if (cx.pure) throw new IrUnsupported(`\`${e.kind}\` in spec code`, e.span);
      return breakOrContinue(cx, e);
    case "macro":
      if (e.name === "vec" && e.args) return { k: "seq_lit", elems: e.args.map((x) => lowerExpr(cx, x)), ty: tyOf(e), span: e.span };
      if (cx.trustedBody && !cx.pure && PANICS.has(e.name)) {
        cx.emit({ k: "abort", what: `${e.name}!`, span: e.span });
        return { k: "arbitrary", ty: tyOf(e), span: e.span };
      }
      throw new IrUnsupported(`the macro \`${e.name}!\` in verified code`, e.span);
    case "str":
      throw new IrUnsupported("a string literal in verified code", e.span);
    case "unsupported":
      throw new IrUnsupported(e.what, e.span);
  }
}
var BOOL4, PANICS, ARITH2, CMP;
var init_lower_expr = __esm({
  "src/ir/lower-expr.ts"() {
    "use strict";
    init_types();
    init_walk();
    init_lower_context();
    init_lower_call();
    init_lower_pattern();
    init_lower_stmt();
    BOOL4 = { k: "bool" };
    PANICS = /* @__PURE__ */ new Set(["panic", "unimplemented", "unreachable", "todo"]);
    ARITH2 = { "+": "add", "-": "sub", "*": "mul", "/": "div", "%": "rem", "&": "bitand", "|": "bitor", "^": "bitxor", "<<": "shl", ">>": "shr" };
    CMP = { "==": "eq", "===": "eq", "!=": "ne", "!==": "ne", "<": "lt", "<=": "le", ">": "gt", ">=": "ge", "=~=": "ext_eq", "=~~=": "ext_eq" };
  }
});

// src/ir/lower-call.ts
function lowerCall(cx, e) {
  const res = e.callee.kind === "path" ? e.callee.res : void 0;
  const ty = tyOf(e);
  if (res?.kind === "fn") {
    const info = cx.crate.fnByDecl.get(res.decl);
    if (!info) throw new IrUnsupported(`calling \`${res.qname}\``, e.span);
    return callFn(cx, info, res.typeArgs, e.args, e.span);
  }
  if (res?.kind === "struct") {
    const v = { k: "ctor", adt: res.qname, fields: e.args.map((a, i) => ({ name: String(i), value: lowerExpr(cx, a) })), ty, span: e.span };
    typeInvariantOfType(cx, v, e.span);
    return v;
  }
  if (res?.kind === "variant") {
    const info = cx.crate.enums.get(res.qname.split("::").slice(0, -1).join("::"));
    const names = info?.variants.find((v2) => v2.name === res.variant.name)?.fields.map((f) => f.name) ?? e.args.map((_, i) => String(i));
    const v = { k: "ctor", adt: info?.qname ?? "", variant: res.variant.name, fields: e.args.map((a, i) => ({ name: names[i] ?? String(i), value: lowerExpr(cx, a) })), ty, span: e.span };
    typeInvariantOfType(cx, v, e.span);
    return v;
  }
  if (res?.kind === "builtin") {
    switch (res.name) {
      case "reveal": {
        const target = e.args[0];
        if (target?.kind === "path" && target.res?.kind === "fn") {
          if (!cx.pure) cx.emit({ k: "reveal", fn: target.res.qname, span: e.span });
          return unitValue(e.span);
        }
        throw new IrUnsupported("this `reveal`", e.span);
      }
      case "Ghost":
        return cx.with({ ghost: true }, () => lowerExpr(cx, e.args[0]));
      case "use_type_invariant": {
        const a = e.args[0];
        if (a && !cx.pure) {
          const v = cx.with({ ghost: true }, () => lowerExpr(cx, a));
          const inv = invariantApp(cx, v);
          if (inv) cx.emit({ k: "assume", cond: inv, span: e.span });
        }
        return unitValue(e.span);
      }
      case "arbitrary":
        return { k: "arbitrary", ty, span: e.span };
      case "Some":
        return { k: "ctor", adt: "Option", variant: "Some", fields: [{ name: "0", value: lowerExpr(cx, e.args[0]) }], ty, span: e.span };
    }
    const args = e.args.map((a) => lowerExpr(cx, a));
    return builtin(cx, res.name, args, ty, e.span);
  }
  throw new IrUnsupported("this call", e.span);
}
function lowerMethod(cx, e) {
  const res = e.res;
  if (res?.kind === "fn") {
    const info = cx.crate.fnByDecl.get(res.decl);
    if (!info) throw new IrUnsupported(`calling \`${res.qname}\``, e.span);
    return callFn(cx, info, res.typeArgs, [e.receiver, ...e.args], e.span);
  }
  if (res?.kind !== "builtin") throw new IrUnsupported(`method \`${e.method}\``, e.span);
  if (MUTATING.has(res.name) && !cx.ghost) return mutatingBuiltin(cx, res.name, e);
  const recv = lowerExpr(cx, e.receiver);
  const args = e.args.map((a) => lowerExpr(cx, a));
  if (res.name === "Option::unwrap") {
    cx.runtimeCheck({ k: "is_some", value: recv }, { kind: "precondition", message: "precondition not satisfied", labels: [{ message: "failed precondition", span: e.methodSpan }] }, e.span);
  }
  return builtin(cx, res.name, [recv, ...args], tyOf(e), e.span);
}
function builtin(_cx, name, args, ty, span) {
  if (TRANSPARENT.has(name)) {
    const a = args[0];
    if (!a) throw new IrUnsupported(`\`${name}\` without an argument`, span);
    return a;
  }
  switch (name) {
    case "Option::unwrap":
    case "Option::get_Some_0":
      return { k: "field", base: args[0], name: "0", variant: "Some", ty, span };
    case "Option::is_some":
      return { k: "is_variant", arg: args[0], variant: "Some", ty: BOOL5, span };
    case "Option::is_none":
      return { k: "is_variant", arg: args[0], variant: "None", ty: BOOL5, span };
    case "Vec::is_empty":
      return compare("eq", { k: "builtin", name: "len", args: [args[0]], ty: USIZE3, span }, intLit(0n, USIZE3, span), span);
    case "Vec::len":
    case "slice::len":
    case "Seq::len":
      return { k: "builtin", name: "len", args, ty, span };
    case "Vec::new":
    case "Vec::with_capacity":
      return { k: "seq_lit", elems: [], ty, span };
  }
  return { k: "builtin", name, args, ty, span };
}
function len(v, span) {
  return { k: "builtin", name: "len", args: [v], ty: USIZE3, span };
}
function inBoundsCheck(cx, seq, index2, e, inclusive = false) {
  const info = { kind: "precondition", message: "precondition not satisfied", labels: [{ message: "failed precondition", span: e.methodSpan }] };
  if (inclusive) cx.check({ k: "holds", cond: compare("le", index2, len(seq, e.span), e.span) }, info, e.span);
  else cx.check({ k: "in_bounds", seq, index: index2 }, info, e.span);
}
function mutatingBuiltin(cx, name, e) {
  const place2 = lowerPlace(cx, e.receiver);
  if (!place2) throw new IrUnsupported(`\`${e.method}\` on this receiver`, e.span);
  const v = readPlace(place2, e.receiver.span);
  const args = e.args.map((a) => lowerExpr(cx, a));
  const vty = place2.ty;
  const seq = (n2, xs) => ({ k: "builtin", name: n2, args: xs, ty: vty, span: e.span });
  const n = len(v, e.span);
  const one = intLit(1n, USIZE3, e.span);
  const zero = intLit(0n, USIZE3, e.span);
  const lenMinus1 = { k: "arith", op: "sub", left: n, right: one, ty: { k: "int", kind: "int" }, span: e.span };
  let next;
  let result = unitValue(e.span);
  switch (name) {
    case "Vec::push":
      next = seq("Seq::push", [v, args[0]]);
      break;
    case "Vec::set":
      inBoundsCheck(cx, v, args[0], e);
      next = seq("Seq::update", [v, args[0], args[1]]);
      break;
    case "Vec::pop": {
      const nonEmpty = compare("gt", n, zero, e.span);
      const ty = tyOf(e);
      const t = cx.temp("popped", ty);
      const some2 = { k: "ctor", adt: "Option", variant: "Some", fields: [{ name: "0", value: { k: "index", base: v, index: lenMinus1, ty: strip2(ty).args[0], span: e.span } }], ty, span: e.span };
      cx.emit({ k: "let", local: t, init: { k: "ite", cond: nonEmpty, then: some2, else: { k: "ctor", adt: "Option", variant: "None", fields: [], ty, span: e.span }, ty, span: e.span }, span: e.span });
      result = varOf(t, e.span);
      next = { k: "ite", cond: nonEmpty, then: seq("Seq::subrange", [v, zero, lenMinus1]), else: v, ty: vty, span: e.span };
      break;
    }
    case "Vec::clear":
      next = { k: "seq_lit", elems: [], ty: vty, span: e.span };
      break;
    case "Vec::insert":
      inBoundsCheck(cx, v, args[0], e, true);
      next = seq("Seq::add", [seq("Seq::push", [seq("Seq::subrange", [v, zero, args[0]]), args[1]]), seq("Seq::subrange", [v, args[0], n])]);
      break;
    case "Vec::remove": {
      inBoundsCheck(cx, v, args[0], e);
      const t = cx.temp("removed", tyOf(e));
      cx.emit({ k: "let", local: t, init: { k: "index", base: v, index: args[0], ty: tyOf(e), span: e.span }, span: e.span });
      result = varOf(t, e.span);
      const after = { k: "arith", op: "add", left: args[0], right: one, ty: { k: "int", kind: "int" }, span: e.span };
      next = seq("Seq::add", [seq("Seq::subrange", [v, zero, args[0]]), seq("Seq::subrange", [v, after, n])]);
      break;
    }
    default:
      throw new IrUnsupported(`\`${name}\``, e.span);
  }
  cx.emit({ k: "assign", place: place2, value: next, span: e.span });
  return result;
}
function stable(x, written) {
  if (x.k === "int" || x.k === "bool") return true;
  if (x.k === "var") return !written.has(x.id);
  return false;
}
function callFn(cx, info, typeArgs, argExprs, span) {
  const decl = info.decl;
  const ty = info.retTy;
  if (decl.mode === "spec") {
    const args = cx.with({ ghost: true }, () => argExprs.map((a, i) => coerce(lowerExpr(cx, a), info.params[i]?.ty ?? tyOf(a))));
    return { k: "spec_call", fn: info.qname, typeArgs, args, ty: retTypeAt(ty, span), span };
  }
  if (cx.pure) throw new IrUnsupported(`calling the ${decl.mode} fn \`${info.qname}\` in spec code`, span);
  const places = [];
  const values = [];
  argExprs.forEach((a, i) => {
    const p = info.params[i];
    const ghostArg = !!p && p.mode !== "exec";
    if (p && isMutRef(p.ty)) {
      const place2 = cx.with({ ghost: ghostArg }, () => lowerPlace(cx, a));
      if (!place2) throw new IrUnsupported("this `&mut` argument", a.span);
      places.push(place2);
      values.push(readPlace(place2, a.span));
    } else {
      places.push(void 0);
      values.push(cx.with({ ghost: ghostArg }, () => coerce(lowerExpr(cx, a), p?.ty ?? tyOf(a))));
    }
  });
  const written = new Set(places.filter((p) => !!p).map((p) => p.root));
  const pre = values.map((v, i) => {
    if (stable(v, written) && !places[i]) return v;
    const p = info.params[i];
    const t = cx.with({ ghost: !!p && p.mode !== "exec" }, () => cx.temp(`${p?.name ?? "arg"}`, v.ty));
    if (p?.mode === "tracked") t.mode = "tracked";
    cx.emit({ k: "let", local: t, init: v, span: argExprs[i]?.span ?? span });
    return varOf(t, span);
  });
  const before = /* @__PURE__ */ new Map();
  info.params.forEach((p, i) => before.set(p.id, pre[i]));
  if (cx.scc(cx.fn.decl).has(decl)) {
    const cond2 = cx.withEnv(before, before, () => decl.decreases.map((m) => lowerPure(cx, m)));
    const cur = cx.with({ atEntry: true }, () => cx.fn.decl.decreases.map((m) => lowerPure(cx, m)));
    cx.check({ k: "holds", cond: lexDecrease(cond2, cur, span) }, { kind: "termination", message: "could not prove termination", labels: [] }, span);
  }
  for (const r of decl.requires) {
    const cond2 = cx.withEnv(before, before, () => lowerPure(cx, r));
    cx.check({ k: "holds", cond: cond2 }, { kind: "precondition", message: "precondition not satisfied", labels: [{ message: "failed precondition", span: r.span }] }, span);
  }
  const dest = isUnitLike(ty) ? void 0 : cx.temp(`${decl.name}_ret`, retTypeAt(ty, span));
  const after = new Map(before);
  info.params.forEach((p, i) => {
    const pl = places[i];
    if (pl) after.set(p.id, placeRead(pl, span));
  });
  if (info.retId !== void 0 && dest) after.set(info.retId, varOf(dest, span));
  const ensures = cx.withEnv(after, before, () => [
    ...decl.ensures.map((c) => lowerPure(cx, c)),
    ...dest ? decl.returns.map((c) => compare("eq", varOf(dest, span), lowerPure(cx, c), c.span)) : []
  ]);
  const call2 = {
    k: "call",
    fn: info.qname,
    mode: decl.mode,
    typeArgs,
    args: pre,
    mutArgs: places.filter((p) => !!p),
    ensures,
    hasBody: !!decl.body && !decl.flags.externalBody && !decl.flags.external,
    span,
    ...dest ? { dest } : {}
  };
  cx.emit(call2);
  return dest ? varOf(dest, span) : unitValue(span);
}
function retTypeAt(ty, _span) {
  return ty;
}
function lexDecrease(next, cur, span) {
  const n = Math.min(next.length, cur.length);
  if (n === 0) return boolLit(false, span);
  let t;
  for (let i = n - 1; i >= 0; i--) {
    const lt = andAll2([compare("le", intLit(0n, { k: "int", kind: "int" }, span), cur[i], span), compare("lt", next[i], cur[i], span)], span);
    t = t === void 0 ? lt : { k: "logic", op: "or", left: lt, right: andAll2([compare("eq", next[i], cur[i], span), t], span), ty: BOOL5, span };
  }
  return t;
}
function invariantApp(cx, v) {
  const t = strip2(v.ty);
  if (t.k !== "adt") return void 0;
  const inv = typeInvariantFn(cx, t.name);
  if (!inv) return void 0;
  return { k: "spec_call", fn: inv.qname, typeArgs: t.args, args: [v], ty: BOOL5, span: v.span };
}
function typeInvariantFn(cx, adt) {
  const s = cx.crate.structs.get(adt);
  if (s) return s.typeInvariant;
  if (!cx.crate.enums.has(adt)) return void 0;
  return cx.crate.fns.find((f) => {
    if (!f.decl.flags.typeInvariant || f.decl.mode !== "spec" || f.params.length !== 1) return false;
    const p = strip2(f.params[0].ty);
    return (f.implType ?? (p.k === "adt" ? p.name : void 0)) === adt;
  });
}
var BOOL5, USIZE3, TRANSPARENT, MUTATING;
var init_lower_call = __esm({
  "src/ir/lower-call.ts"() {
    "use strict";
    init_lower_context();
    init_lower_expr();
    init_lower_stmt();
    BOOL5 = { k: "bool" };
    USIZE3 = { k: "int", kind: "usize" };
    TRANSPARENT = /* @__PURE__ */ new Set(["Ghost", "Tracked", "Box::new", "Ghost::view", "Tracked::view", "Tracked::borrow", "Tracked::borrow_mut", "Tracked::get", "Vec::view", "slice::view", "Vec::clone"]);
    MUTATING = /* @__PURE__ */ new Set(["Vec::push", "Vec::pop", "Vec::set", "Vec::insert", "Vec::remove", "Vec::clear"]);
  }
});

// src/ir/rewrite.ts
function mapChildren(e, f) {
  switch (e.k) {
    case "int":
    case "bool":
    case "var":
    case "arbitrary":
      return e;
    case "arith":
    case "cmp":
    case "logic":
      return { ...e, left: f(e.left), right: f(e.right) };
    case "neg":
    case "bitnot":
    case "not":
    case "cast":
    case "deref":
    case "is_variant":
      return { ...e, arg: f(e.arg) };
    case "field":
      return { ...e, base: f(e.base) };
    case "index":
      return { ...e, base: f(e.base), index: f(e.index) };
    case "spec_call":
    case "builtin":
      return { ...e, args: e.args.map(f) };
    case "ctor":
      return { ...e, fields: e.fields.map((x) => ({ name: x.name, value: f(x.value) })) };
    case "update":
      return { ...e, base: f(e.base), fields: e.fields.map((x) => ({ name: x.name, value: f(x.value) })) };
    case "seq_lit":
      return { ...e, elems: e.elems.map(f) };
    case "ite":
      return { ...e, cond: f(e.cond), then: f(e.then), else: f(e.else) };
    case "let":
      return { ...e, value: f(e.value), body: f(e.body) };
    case "quant":
      return { ...e, triggers: e.triggers.map((g) => g.map(f)), body: f(e.body) };
  }
}
function substitute2(e, m, oldToNow = false) {
  if (e.k === "var") {
    if (e.at === "old" && oldToNow) return m.get(e.id) ?? { ...e, at: "now" };
    return e.at === "now" ? m.get(e.id) ?? e : e;
  }
  return mapChildren(e, (x) => substitute2(x, m, oldToNow));
}
var init_rewrite = __esm({
  "src/ir/rewrite.ts"() {
    "use strict";
  }
});

// src/ir/lower.ts
function closingBrace2(b2) {
  const s = b2.span;
  return { ...s, start: s.end - 1, line: s.endLine, column: Math.max(1, s.endColumn - 1) };
}
function lowerFunction(crate, fn, scc = recursionComponents(crate), opts = {}) {
  try {
    return { ok: true, fn: lowerChecked(crate, fn, scc, opts) };
  } catch (err) {
    if (err instanceof IrUnsupported) return { ok: false, name: fn.qname, what: err.what, span: err.span };
    if (isStackOverflow(err)) return { ok: false, name: fn.qname, what: "a function nested too deeply", span: fn.decl.span };
    throw err;
  }
}
function lowerCrate(crate, filter, opts = {}) {
  const scc = recursionComponents(crate);
  return crate.fns.filter((f) => f.verified && (!filter || filter(f.qname))).map((f) => lowerFunction(crate, f, scc, opts));
}
function untyped(b2) {
  const missing = [];
  const panics = [];
  walkBlock(b2, (e) => {
    if (e.kind === "macro" && ["panic", "unimplemented", "unreachable", "todo"].includes(e.name)) panics.push(e.span);
    else if (!e.ty || e.ty.k === "error") missing.push(e.span);
  });
  return missing.find((m) => !panics.some((p) => p.file === m.file && p.start <= m.start && m.end <= p.end));
}
function lowerChecked(crate, fn, scc, opts) {
  const cx = new Cx(crate, fn, scc);
  const d = fn.decl;
  const params = fn.params.map((p) => {
    cx.paramIds.add(p.id);
    return cx.local(p.id, p.name, p.ty, p.mode, "param");
  });
  const ret = fn.retId !== void 0 ? cx.local(fn.retId, d.retName ?? "result", fn.retTy, d.retTracked ? "tracked" : d.mode === "exec" ? "exec" : "ghost", "ret") : cx.temp("result", fn.retTy);
  const requires = d.requires.map((r) => lowerPure(cx, r));
  const ensures = cx.with({}, () => {
    const env = new Map(cx.env);
    return d.ensures.map((c) => cx.withEnv(env, cx.oldEnv, () => lowerPure(cx, c)));
  });
  const decreases = d.decreases.map((m) => lowerPure(cx, m));
  const base = {
    name: fn.qname,
    mode: d.mode,
    span: d.span,
    nameSpan: d.nameSpan,
    params,
    ret,
    locals: cx.locals,
    requires,
    ensures,
    decreases,
    opaque: d.flags.opaque
  };
  if (!d.body) return { ...base, trusted: "no body" };
  if (d.flags.external) return { ...base, trusted: "external" };
  if (d.flags.externalBody) {
    if (!opts.trustedBodies || d.mode !== "exec") return { ...base, trusted: "external_body" };
    const at = untyped(d.body);
    if (at) throw new IrUnsupported("an expression the checker could not type in this external_body fn", at);
    cx.trustedBody = true;
  }
  if (d.mode === "spec") {
    if (d.uninterp) return { ...base, trusted: "uninterp" };
    const value = lowerPure(cx, { kind: "block", block: d.body, span: d.body.span, ty: fn.retTy });
    const checks = scc(d).has(d) ? terminationChecks(cx, value) : [];
    return { ...base, body: { k: "expr", value }, ...checks.length ? { termination: checks } : {} };
  }
  const body = cx.collect(() => {
    const v = lowerBlockExec(cx, d.body);
    const last = cx.out[cx.out.length - 1];
    if (last && (last.k === "return" || last.k === "break" || last.k === "continue" || last.k === "abort")) return;
    const at = d.body.tail ? d.body.tail.span : closingBrace2(d.body);
    emitReturn(cx, isUnitLike(fn.retTy) ? unitValue(at) : v, at, "at the end of the function body");
  }).stmts;
  return { ...base, body: { k: "stmts", stmts: body }, ...d.flags.externalBody ? { trusted: "external_body" } : {} };
}
function terminationChecks(cx, body) {
  const out = [];
  const comp = cx.scc(cx.fn.decl);
  const byName = new Map(cx.crate.fns.filter((f) => comp.has(f.decl)).map((f) => [f.qname, f]));
  const cur = cx.fn.decl.decreases.map((m) => lowerPure(cx, m));
  const visit = (e, guards, binders2) => {
    if (e.k === "spec_call") {
      const callee = byName.get(e.fn);
      if (callee) {
        const env = new Map(callee.params.map((p, i) => [p.id, e.args[i]]));
        const next = cx.withEnv(env, env, () => callee.decl.decreases.map((m) => lowerPure(cx, m)));
        let cond2 = lexDecrease(next, cur, e.span);
        if (guards.length) cond2 = { k: "logic", op: "implies", left: andAll2(guards, e.span), right: cond2, ty: BOOL6, span: e.span };
        if (binders2.length) cond2 = { k: "quant", quant: "forall", binders: binders2, triggers: [], auto: false, body: cond2, ty: BOOL6, span: e.span };
        out.push({ cond: cond2, span: e.span });
      }
      e.args.forEach((a) => visit(a, guards, binders2));
      return;
    }
    switch (e.k) {
      case "ite":
        visit(e.cond, guards, binders2);
        visit(e.then, [...guards, e.cond], binders2);
        visit(e.else, [...guards, notE(e.cond)], binders2);
        return;
      case "logic":
        visit(e.left, guards, binders2);
        visit(e.right, e.op === "and" || e.op === "implies" ? [...guards, e.left] : e.op === "or" ? [...guards, notE(e.left)] : guards, binders2);
        return;
      case "let":
        visit(e.value, guards, binders2);
        visit(e.body, [...guards, { k: "cmp", op: "eq", left: { k: "var", id: e.binder.id, name: e.binder.name, ty: e.binder.ty, at: "now", span: e.span }, right: e.value, ty: BOOL6, span: e.span }], [...binders2, e.binder]);
        return;
      case "quant":
        visit(e.body, guards, [...binders2, ...e.binders]);
        return;
      default:
        mapChildren(e, (x) => {
          visit(x, guards, binders2);
          return x;
        });
    }
  };
  visit(body, [], []);
  return out;
}
var BOOL6;
var init_lower = __esm({
  "src/ir/lower.ts"() {
    "use strict";
    init_stack_limit();
    init_callgraph();
    init_walk();
    init_lower_call();
    init_lower_context();
    init_lower_expr();
    init_lower_stmt();
    init_rewrite();
    BOOL6 = { k: "bool" };
  }
});

// src/ir/print.ts
function atom(e) {
  const s = expr(e);
  return e.k === "arith" || e.k === "cmp" || e.k === "logic" || e.k === "ite" || e.k === "let" || e.k === "quant" || e.k === "deref" || e.k === "neg" || e.k === "not" ? `(${s})` : s;
}
function kindOf2(e) {
  return typeToString(e.ty);
}
function expr(e) {
  switch (e.k) {
    case "int":
      return `${e.value}${e.ty.k === "int" ? e.ty.kind === "int" || e.ty.kind === "nat" ? "" : e.ty.kind : ""}`;
    case "bool":
      return String(e.value);
    case "var":
      return e.at === "old" ? `old(${e.name})` : e.name;
    case "arith": {
      const op = e.rounding ? `${e.op}_${e.rounding}` : ARITH_SYM[e.op];
      return `${atom(e.left)} ${op}@${kindOf2(e)} ${atom(e.right)}`;
    }
    case "neg":
      return `-${atom(e.arg)}`;
    case "bitnot":
      return `!@${kindOf2(e)} ${atom(e.arg)}`;
    case "not":
      return `!${atom(e.arg)}`;
    case "cmp":
      return `${atom(e.left)} ${CMP_SYM[e.op]} ${atom(e.right)}`;
    case "logic":
      return `${atom(e.left)} ${LOGIC_SYM[e.op]} ${atom(e.right)}`;
    case "cast":
      return `${e.how}<${typeToString(e.ty)}>(${expr(e.arg)})`;
    case "deref":
      return `*${atom(e.arg)}`;
    case "field":
      return `${atom(e.base)}.${e.variant ? `${e.variant}.` : ""}${e.name}`;
    case "index":
      return `${atom(e.base)}[${expr(e.index)}]`;
    case "spec_call":
      return `${e.fn}(${e.args.map(expr).join(", ")})`;
    case "builtin":
      return `${e.name}(${e.args.map(expr).join(", ")})`;
    case "ctor": {
      const head = e.adt === "" && !e.variant ? "" : `${e.adt}${e.variant ? `::${e.variant}` : ""}`;
      if (e.fields.length === 0) return head || "()";
      return `${head}{${e.fields.map((f) => `${f.name}: ${expr(f.value)}`).join(", ")}}`;
    }
    case "update":
      return `${atom(e.base)} with {${e.fields.map((f) => `${f.name}: ${expr(f.value)}`).join(", ")}}`;
    case "seq_lit":
      return `[${e.elems.map(expr).join(", ")}]`;
    case "is_variant":
      return `${atom(e.arg)} is ${e.variant}`;
    case "ite":
      return `if ${expr(e.cond)} then ${expr(e.then)} else ${expr(e.else)}`;
    case "let":
      return `let ${local(e.binder)} = ${expr(e.value)} in ${expr(e.body)}`;
    case "quant":
      return `${e.quant}|${e.binders.map(local).join(", ")}| ${expr(e.body)}`;
    case "arbitrary":
      return `arbitrary<${typeToString(e.ty)}>`;
  }
}
function local(l) {
  return `${l.mode === "exec" ? "" : `${l.mode} `}${l.name}: ${typeToString(l.ty)}`;
}
function place(p) {
  let s = p.name;
  for (const x of p.proj) s = x.k === "field" ? `${s}.${x.name}` : x.k === "index" ? `${s}[${expr(x.index)}]` : `*${s}`;
  return s;
}
function cond(c) {
  switch (c.k) {
    case "in_range":
      return `${expr(c.value)} in ${c.kind}`;
    case "nonzero":
      return `${expr(c.value)} != 0`;
    case "shift_amount":
      return `${expr(c.amount)} in [0, ${c.bits})`;
    case "in_bounds":
      return `${expr(c.index)} < len(${expr(c.seq)})`;
    case "is_some":
      return `${expr(c.value)} is Some`;
    case "holds":
      return expr(c.cond);
  }
}
function stmts(ss, ind, out) {
  for (const s of ss) stmt(s, ind, out);
}
function stmt(s, ind, out) {
  const at = `  // ${s.span.line}:${s.span.column}`;
  switch (s.k) {
    case "let":
      out.push(`${ind}let ${local(s.local)}${s.init ? ` = ${expr(s.init)}` : ""};${at}`);
      return;
    case "assign":
      out.push(`${ind}${place(s.place)} = ${expr(s.value)};${at}`);
      return;
    case "check":
      out.push(`${ind}check ${s.info.kind}: ${cond(s.cond)};${at}`);
      return;
    case "assume":
      out.push(`${ind}assume ${expr(s.cond)};${at}`);
      return;
    case "havoc":
      out.push(`${ind}havoc ${place(s.place)};${at}`);
      return;
    case "assert":
      if (!s.by) {
        out.push(`${ind}assert ${expr(s.cond)};${at}`);
        return;
      }
      if (s.by.k === "block") {
        out.push(`${ind}assert ${expr(s.cond)} by {${at}`);
        stmts(s.by.body, ind + "  ", out);
        out.push(`${ind}}`);
        return;
      }
      out.push(`${ind}assert ${expr(s.cond)} by (${s.by.k})${s.by.requires.length ? ` requires ${s.by.requires.map(expr).join(", ")}` : ""};${at}`);
      return;
    case "assert_forall":
      out.push(`${ind}assert forall|${s.binders.map(local).join(", ")}| ${s.assumption ? `${expr(s.assumption)} implies ` : ""}${expr(s.conclusion)} by {${at}`);
      stmts(s.proof, ind + "  ", out);
      out.push(`${ind}}`);
      return;
    case "call": {
      const lhs = s.dest ? `let ${local(s.dest)} = ` : "";
      const muts = s.mutArgs.length ? ` writes ${s.mutArgs.map(place).join(", ")}` : "";
      out.push(`${ind}${lhs}call ${s.mode} ${s.fn}(${s.args.map(expr).join(", ")})${muts};${at}`);
      for (const e of s.ensures) out.push(`${ind}  ensures ${expr(e)}`);
      return;
    }
    case "reveal":
      out.push(`${ind}reveal ${s.fn};${at}`);
      return;
    case "branch":
      out.push(`${ind}if ${expr(s.cond)} {${at}`);
      stmts(s.then, ind + "  ", out);
      if (s.else.length) {
        out.push(`${ind}} else {`);
        stmts(s.else, ind + "  ", out);
      }
      out.push(`${ind}}`);
      return;
    case "loop":
      out.push(`${ind}loop#${s.id}${s.label ? ` ${s.label}` : ""} (${s.source}${s.isolated ? ", isolated" : ""})${at}`);
      for (const f of s.facts) out.push(`${ind}  fact ${expr(f)}`);
      for (const c of s.spec.invariants) out.push(`${ind}  invariant ${expr(c)}`);
      for (const c of s.spec.invariantsExceptBreak) out.push(`${ind}  invariant_except_break ${expr(c)}`);
      for (const c of s.spec.ensures) out.push(`${ind}  ensures ${expr(c)}`);
      for (const c of s.spec.decreases) out.push(`${ind}  decreases ${expr(c)}`);
      if (s.needsDecreases) out.push(`${ind}  decreases missing`);
      if (s.modifies.length) out.push(`${ind}  modifies ${s.modifies.map(place).join(", ")}`);
      out.push(`${ind}{`);
      stmts(s.head, ind + "  ", out);
      if (s.cond) out.push(`${ind}  exit unless ${expr(s.cond)};`);
      stmts(s.body, ind + "  ", out);
      if (s.exit.length) {
        out.push(`${ind}  on exit:`);
        stmts(s.exit, ind + "    ", out);
      }
      if (s.latch.length) {
        out.push(`${ind}  latch:`);
        stmts(s.latch, ind + "    ", out);
      }
      out.push(`${ind}}`);
      return;
    case "break":
    case "continue":
      out.push(`${ind}${s.k} loop#${s.loop};${at}`);
      return;
    case "abort":
      out.push(`${ind}abort ${s.what};${at}`);
      return;
    case "return":
      out.push(`${ind}return${s.value ? ` ${expr(s.value)}` : ""};${at}`);
      return;
    case "ghost":
      out.push(`${ind}ghost {${at}`);
      stmts(s.body, ind + "  ", out);
      out.push(`${ind}}`);
      return;
  }
}
function printFunction(f) {
  const out = [];
  out.push(`${f.mode} fn ${f.name}(${f.params.map(local).join(", ")}) -> ${local(f.ret)}${f.opaque ? " opaque" : ""}${f.trusted ? ` trusted(${f.trusted})` : ""}`);
  for (const r of f.requires) out.push(`  requires ${expr(r)}`);
  for (const e of f.ensures) out.push(`  ensures ${expr(e)}`);
  for (const d of f.decreases) out.push(`  decreases ${expr(d)}`);
  if (f.body?.k === "expr") {
    out.push(`{
  ${expr(f.body.value)}
}`);
    for (const t of f.termination ?? []) out.push(`check termination: ${expr(t.cond)};  // ${t.span.line}:${t.span.column}`);
  } else if (f.body) {
    out.push("{");
    stmts(f.body.stmts, "  ", out);
    out.push("}");
  }
  return out.join("\n");
}
function printResult(r) {
  if (r.ok) return printFunction(r.fn);
  return `fn ${r.name}: unsupported: ${r.what} (${r.span.file}:${r.span.line}:${r.span.column})`;
}
var ARITH_SYM, CMP_SYM, LOGIC_SYM;
var init_print = __esm({
  "src/ir/print.ts"() {
    "use strict";
    init_types();
    ARITH_SYM = { add: "+", sub: "-", mul: "*", div: "/", rem: "%", bitand: "&", bitor: "|", bitxor: "^", shl: "<<", shr: ">>" };
    CMP_SYM = { eq: "==", ne: "!=", lt: "<", le: "<=", gt: ">", ge: ">=", ext_eq: "=~=" };
    LOGIC_SYM = { and: "&&", or: "||", implies: "==>", iff: "<==>", xor: "^^" };
  }
});

// src/dump-ir.ts
var dump_ir_exports = {};
__export(dump_ir_exports, {
  dumpIr: () => dumpIr
});
function dumpIr(paths, functionGlob) {
  const program = checkPaths(paths);
  const errors = program.diagnostics.filter((d) => d.severity === "error");
  if (errors.length) return { text: errors.map((d) => renderHuman(d, program.sources)).join("\n\n"), errors: true };
  const matches = functionGlob ? globMatcher(functionGlob) : void 0;
  const parts = program.clean.flatMap((c) => lowerCrate(c, matches).map(printResult));
  return { text: parts.join("\n\n"), errors: false };
}
var init_dump_ir = __esm({
  "src/dump-ir.ts"() {
    "use strict";
    init_driver();
    init_glob();
    init_lower();
    init_print();
    init_human();
  }
});

// src/analyze/interval.ts
function iv(lo, hi) {
  if (lo === void 0) return hi === void 0 ? {} : { hi };
  return hi === void 0 ? { lo } : { lo, hi };
}
function point(v) {
  return { lo: v, hi: v };
}
function isEmpty(a) {
  return a.lo !== void 0 && a.hi !== void 0 && a.lo > a.hi;
}
function join4(a, b2) {
  if (isEmpty(a)) return b2;
  if (isEmpty(b2)) return a;
  return iv(a.lo === void 0 || b2.lo === void 0 ? void 0 : minB(a.lo, b2.lo), a.hi === void 0 || b2.hi === void 0 ? void 0 : maxB(a.hi, b2.hi));
}
function meet(a, b2) {
  const lo = a.lo === void 0 ? b2.lo : b2.lo === void 0 ? a.lo : maxB(a.lo, b2.lo);
  const hi = a.hi === void 0 ? b2.hi : b2.hi === void 0 ? a.hi : minB(a.hi, b2.hi);
  return iv(lo, hi);
}
function equal(a, b2) {
  return a.lo === b2.lo && a.hi === b2.hi;
}
function within(a, b2) {
  if (isEmpty(a)) return true;
  const loOk = b2.lo === void 0 || a.lo !== void 0 && a.lo >= b2.lo;
  const hiOk = b2.hi === void 0 || a.hi !== void 0 && a.hi <= b2.hi;
  return loOk && hiOk;
}
function contains(a, v) {
  return (a.lo === void 0 || a.lo <= v) && (a.hi === void 0 || v <= a.hi);
}
function widen(a, b2, thresholds) {
  if (isEmpty(a)) return b2;
  if (isEmpty(b2)) return a;
  let lo = a.lo;
  if (b2.lo === void 0 || lo !== void 0 && b2.lo < lo) lo = b2.lo === void 0 ? void 0 : [...thresholds].reverse().find((t) => t <= b2.lo);
  let hi = a.hi;
  if (b2.hi === void 0 || hi !== void 0 && b2.hi > hi) hi = b2.hi === void 0 ? void 0 : thresholds.find((t) => t >= b2.hi);
  return iv(lo, hi);
}
function narrow(a, b2) {
  if (isEmpty(a) || isEmpty(b2)) return b2;
  const lo = a.lo === void 0 || b2.lo !== void 0 && b2.lo > a.lo ? b2.lo : a.lo;
  const hi = a.hi === void 0 || b2.hi !== void 0 && b2.hi < a.hi ? b2.hi : a.hi;
  return iv(lo, hi);
}
function addB(a, b2) {
  return a === void 0 || b2 === void 0 ? void 0 : a + b2;
}
function add(a, b2) {
  return iv(addB(a.lo, b2.lo), addB(a.hi, b2.hi));
}
function neg(a) {
  return iv(a.hi === void 0 ? void 0 : -a.hi, a.lo === void 0 ? void 0 : -a.lo);
}
function sub(a, b2) {
  return add(a, neg(b2));
}
function mul(a, b2) {
  if (isEmpty(a) || isEmpty(b2)) return { lo: 1n, hi: 0n };
  const fin = a.lo !== void 0 && a.hi !== void 0 && b2.lo !== void 0 && b2.hi !== void 0;
  if (fin) {
    const ps = [a.lo * b2.lo, a.lo * b2.hi, a.hi * b2.lo, a.hi * b2.hi];
    return { lo: ps.reduce(minB), hi: ps.reduce(maxB) };
  }
  const nonneg = (x) => x.lo !== void 0 && x.lo >= 0n;
  if (nonneg(a) && nonneg(b2)) return iv(a.lo * b2.lo, void 0);
  return TOP;
}
function truncDiv(x, y) {
  return x / y;
}
function euclidDiv(x, y) {
  const q = x / y;
  return x - q * y < 0n ? y > 0n ? q - 1n : q + 1n : q;
}
function div(a, b2, rounding) {
  const parts = [];
  if (b2.hi === void 0 || b2.hi >= 1n) parts.push(meet(b2, { lo: 1n }));
  if (b2.lo === void 0 || b2.lo <= -1n) parts.push(meet(b2, { hi: -1n }));
  let out = { lo: 1n, hi: 0n };
  const d = rounding === "trunc" ? truncDiv : euclidDiv;
  for (const p of parts) {
    if (a.lo === void 0 || a.hi === void 0 || p.lo === void 0 || p.hi === void 0) {
      const m = a.lo === void 0 || a.hi === void 0 ? void 0 : maxB(a.hi < 0n ? -a.hi : a.hi, a.lo < 0n ? -a.lo : a.lo);
      out = join4(out, m === void 0 ? TOP : { lo: -m - 1n, hi: m + 1n });
      continue;
    }
    const qs = [d(a.lo, p.lo), d(a.lo, p.hi), d(a.hi, p.lo), d(a.hi, p.hi)];
    if (p.lo <= 1n && 1n <= p.hi) qs.push(d(a.lo, 1n), d(a.hi, 1n));
    if (p.lo <= -1n && -1n <= p.hi) qs.push(d(a.lo, -1n), d(a.hi, -1n));
    out = join4(out, { lo: qs.reduce(minB), hi: qs.reduce(maxB) });
  }
  return out;
}
function rem(a, b2, rounding) {
  const m = b2.lo === void 0 || b2.hi === void 0 ? void 0 : maxB(b2.lo < 0n ? -b2.lo : b2.lo, b2.hi < 0n ? -b2.hi : b2.hi) - 1n;
  if (rounding === "euclid") return iv(0n, m);
  const nonneg = a.lo !== void 0 && a.lo >= 0n;
  const nonpos = a.hi !== void 0 && a.hi <= 0n;
  let r = iv(nonneg ? 0n : m === void 0 ? void 0 : -m, nonpos ? 0n : m);
  if (nonneg) r = meet(r, iv(0n, a.hi));
  return r;
}
function format(a) {
  return `[${a.lo === void 0 ? "-inf" : a.lo}, ${a.hi === void 0 ? "+inf" : a.hi}]`;
}
var TOP, minB, maxB;
var init_interval = __esm({
  "src/analyze/interval.ts"() {
    "use strict";
    TOP = {};
    minB = (a, b2) => a < b2 ? a : b2;
    maxB = (a, b2) => a > b2 ? a : b2;
  }
});

// src/analyze/state.ts
function isWithin(k, prefix) {
  if (!k.startsWith(prefix)) return false;
  const c = k.charAt(prefix.length);
  return c === "" || c === "." || c === "#";
}
function combine(a, b2, f) {
  const out = new State(/* @__PURE__ */ new Map(), new Set([...a.facts].filter((x) => b2.facts.has(x))));
  for (const [k, v] of a.vals) {
    const w = b2.vals.get(k);
    if (w) out.set(k, f(v, w));
  }
  return out;
}
function joinStates(a, b2) {
  return combine(a, b2, join4);
}
function joinAll(ss) {
  return ss.length === 0 ? void 0 : ss.slice(1).reduce(joinStates, ss[0]);
}
function widenStates(a, b2, thresholds) {
  return combine(a, b2, (x, y) => widen(x, y, thresholds));
}
function narrowStates(a, b2) {
  const out = new State(/* @__PURE__ */ new Map(), new Set(b2.facts));
  for (const [k, v] of b2.vals) {
    const w = a.vals.get(k);
    out.set(k, w ? narrow(w, v) : v);
  }
  return out;
}
function sameState(a, b2) {
  if (a.vals.size !== b2.vals.size || a.facts.size !== b2.facts.size) return false;
  for (const f of a.facts) if (!b2.facts.has(f)) return false;
  for (const [k, v] of a.vals) {
    const w = b2.vals.get(k);
    if (!w || !equal(v, w)) return false;
  }
  return true;
}
function capStates(ss, level) {
  if (ss.length <= level) return ss;
  const kept = ss.slice(0, level - 1);
  kept.push(joinAll(ss.slice(level - 1)));
  return kept;
}
var State;
var init_state = __esm({
  "src/analyze/state.ts"() {
    "use strict";
    init_interval();
    State = class _State {
      /**
       * Relations between locations, `a<b` and `a<=b` (a pentagon-style addition to the
       * intervals): what keeps `v[i]` in bounds after `i < v.len()`.
       */
      constructor(vals = /* @__PURE__ */ new Map(), facts = /* @__PURE__ */ new Set()) {
        this.vals = vals;
        this.facts = facts;
      }
      vals;
      facts;
      get(key) {
        return this.vals.get(key);
      }
      copy() {
        return new _State(new Map(this.vals), new Set(this.facts));
      }
      relate(a, rel, b2) {
        this.facts.add(`${a}${rel}${b2}`);
      }
      /** Whether a < b (strict) or a <= b is known. */
      knows(a, rel, b2) {
        return this.facts.has(`${a}<${b2}`) || rel === "<=" && this.facts.has(`${a}<=${b2}`);
      }
      set(key, v) {
        if (v === void 0 || v.lo === void 0 && v.hi === void 0) this.vals.delete(key);
        else this.vals.set(key, v);
      }
      /** Forgets a location and everything inside it. */
      clear(key) {
        for (const k of [...this.vals.keys()]) if (isWithin(k, key)) this.vals.delete(k);
        for (const f of [...this.facts]) {
          const [a, b2] = f.split(/<=?/);
          if (isWithin(a, key) || isWithin(b2, key)) this.facts.delete(f);
        }
      }
      /** The values inside `from` (in `src`) copied to the same paths inside `to`. */
      copyTree(src, from, to) {
        for (const [k, v] of src.vals) if (isWithin(k, from)) this.vals.set(to + k.slice(from.length), v);
      }
    };
  }
});

// src/analyze/eval.ts
function withSpecDefs(defs, f) {
  const saved = specDefs;
  specDefs = defs;
  try {
    return f();
  } finally {
    specDefs = saved;
  }
}
function unfold(e, f, otherwise) {
  const d = specDefs?.get(e.fn);
  if (!d || unfolding >= MAX_UNFOLD || d.params.length !== e.args.length) return otherwise();
  const m = new Map(d.params.map((id, i) => [id, e.args[i]]));
  unfolding++;
  try {
    return f(substitute2(d.body, m));
  } finally {
    unfolding--;
  }
}
function stripTy(t) {
  let cur = t;
  for (; ; ) {
    if (cur.k === "ref") cur = cur.inner;
    else if (cur.k === "builtin" && (cur.name === "Box" || cur.name === "Ghost" || cur.name === "Tracked") && cur.args[0]) cur = cur.args[0];
    else return cur;
  }
}
function rangeOf(t) {
  const s = stripTy(t);
  if (s.k === "bool") return BOOL01;
  if (s.k === "char") return { lo: 0n, hi: 0x10ffffn };
  if (s.k !== "int") return TOP;
  if (s.kind === "nat") return { lo: 0n };
  const r = intRange(s.kind);
  return r ? { lo: r.min, hi: r.max } : TOP;
}
function isNumeric(t) {
  const s = stripTy(t);
  return s.k === "int" || s.k === "bool" || s.k === "char";
}
function isSeq(t) {
  const s = stripTy(t);
  return s.k === "array" || s.k === "slice" || s.k === "builtin" && (s.name === "Vec" || s.name === "Seq");
}
function keyOf(e) {
  switch (e.k) {
    case "var":
      return e.at === "old" ? `${e.id}@old` : String(e.id);
    case "deref":
      return keyOf(e.arg);
    case "field": {
      const b2 = keyOf(e.base);
      return b2 === void 0 ? void 0 : `${b2}.${e.variant ? `${e.variant}.` : ""}${e.name}`;
    }
    case "cast":
      return e.how === "widen" ? keyOf(e.arg) : void 0;
    default:
      return void 0;
  }
}
function evalMath(s, e) {
  return evalRaw(s, e);
}
function evalInt(s, e) {
  const r = evalRaw(s, e);
  return isNumeric(e.ty) ? meet(r, rangeOf(e.ty)) : r;
}
function evalRaw(s, e) {
  switch (e.k) {
    case "int":
      return point(e.value);
    case "bool":
      return point(e.value ? 1n : 0n);
    case "var":
    case "deref":
    case "field": {
      const k = keyOf(e);
      return (k !== void 0 ? s.get(k) : void 0) ?? rangeOf(e.ty);
    }
    case "arith":
      return arith2(s, e);
    case "neg":
      return neg(evalInt(s, e.arg));
    case "cast": {
      const a = evalInt(s, e.arg);
      const target = rangeOf(e.ty);
      if (e.how === "clamp_nat") return a.hi !== void 0 && a.hi < 0n ? point(0n) : iv(a.lo !== void 0 && a.lo >= 0n ? a.lo : 0n, a.hi);
      return within(a, target) ? a : target;
    }
    case "builtin":
      return e.name === "len" && e.args[0] ? evalLen(s, e.args[0]) : rangeOf(e.ty);
    case "spec_call":
      return isNumeric(e.ty) ? unfold(e, (b2) => evalInt(s, b2), () => rangeOf(e.ty)) : rangeOf(e.ty);
    case "ite": {
      const ts = refine(s, e.cond, true).map((x) => evalInt(x, e.then));
      const fs2 = refine(s, e.cond, false).map((x) => evalInt(x, e.else));
      const all = [...ts, ...fs2];
      return all.length ? all.reduce(join4) : { lo: 1n, hi: 0n };
    }
    case "cmp":
    case "logic":
    case "not": {
      const t = refine(s, e, true).length > 0;
      const f = refine(s, e, false).length > 0;
      return t && f ? BOOL01 : t ? point(1n) : f ? point(0n) : BOOL01;
    }
    case "let": {
      const inner = s.copy();
      writeValue(inner, String(e.binder.id), e.value, s);
      return evalInt(inner, e.body);
    }
    default:
      return rangeOf(e.ty);
  }
}
function pow2(n) {
  return 1n << n;
}
function bitsFor(hi) {
  let b2 = 0n;
  while (pow2(b2) <= hi) b2++;
  return b2;
}
function arith2(s, e) {
  const a = evalInt(s, e.left);
  const b2 = evalInt(s, e.right);
  const nonneg = (x) => x.lo !== void 0 && x.lo >= 0n;
  switch (e.op) {
    case "add":
      return add(a, b2);
    case "sub": {
      const r = sub(a, b2);
      const ka = keyOf(e.left);
      const kb = keyOf(e.right);
      const remOfLeft = e.right.k === "arith" && e.right.op === "rem" && ka !== void 0 && keyOf(e.right.left) === ka && nonneg(a);
      if (remOfLeft || ka !== void 0 && kb !== void 0 && s.knows(kb, "<=", ka)) return meet(r, { lo: 0n });
      return r;
    }
    case "mul":
      return mul(a, b2);
    case "div":
      return div(a, b2, e.rounding ?? "euclid");
    case "rem":
      return rem(a, b2, e.rounding ?? "euclid");
    case "bitand":
      if (nonneg(a) && nonneg(b2)) return iv(0n, a.hi === void 0 ? b2.hi : b2.hi === void 0 ? a.hi : a.hi < b2.hi ? a.hi : b2.hi);
      if (nonneg(a)) return iv(0n, a.hi);
      if (nonneg(b2)) return iv(0n, b2.hi);
      return rangeOf(e.ty);
    case "bitor":
    case "bitxor":
      if (nonneg(a) && nonneg(b2) && a.hi !== void 0 && b2.hi !== void 0) {
        const m = a.hi > b2.hi ? a.hi : b2.hi;
        return iv(e.op === "bitor" ? a.lo > b2.lo ? a.lo : b2.lo : 0n, pow2(bitsFor(m)) - 1n);
      }
      return rangeOf(e.ty);
    case "shl": {
      if (b2.lo === void 0 || b2.hi === void 0 || b2.lo < 0n || b2.hi > 200n || a.lo === void 0 || a.hi === void 0) return rangeOf(e.ty);
      const r = mul(a, iv(pow2(b2.lo), pow2(b2.hi)));
      return within(r, rangeOf(e.ty)) ? r : rangeOf(e.ty);
    }
    case "shr":
      if (nonneg(a) && b2.lo !== void 0 && b2.lo >= 0n && b2.lo <= 200n) return iv(b2.hi !== void 0 && b2.hi <= 200n && a.lo !== void 0 ? a.lo >> b2.hi : 0n, a.hi === void 0 ? void 0 : a.hi >> b2.lo);
      return rangeOf(e.ty);
  }
}
function evalLen(s, e) {
  const t = stripTy(e.ty);
  if (t.k === "array") return point(t.len);
  const any = rangeOf({ k: "int", kind: "usize" });
  switch (e.k) {
    case "seq_lit":
      return point(BigInt(e.elems.length));
    case "var":
    case "field":
    case "deref": {
      const k = keyOf(e);
      return (k !== void 0 ? s.get(`${k}#len`) : void 0) ?? any;
    }
    case "builtin": {
      const [a, b2, c] = e.args;
      switch (e.name) {
        case "Seq::push":
          return a ? add(evalLen(s, a), point(1n)) : any;
        case "Seq::update":
          return a ? evalLen(s, a) : any;
        case "Seq::add":
          return a && b2 ? add(evalLen(s, a), evalLen(s, b2)) : any;
        case "Seq::subrange":
          return b2 && c ? meet(sub(evalInt(s, c), evalInt(s, b2)), { lo: 0n }) : any;
      }
      return any;
    }
    case "ite":
      return join4(evalLen(s, e.then), evalLen(s, e.else));
    default:
      return any;
  }
}
function writeValue(s, key, e, source) {
  const src = source === s ? s.copy() : source;
  const v = isNumeric(e.ty) ? evalInt(src, e) : void 0;
  const len2 = isSeq(e.ty) ? evalLen(src, e) : void 0;
  const from = keyOf(e);
  const fields = e.k === "ctor" ? e.fields : void 0;
  const fieldVals = fields?.map((f) => ({ f, len: isSeq(f.value.ty) ? evalLen(src, f.value) : void 0 }));
  s.clear(key);
  if (from !== void 0 && from !== key) s.copyTree(src, from, key);
  if (v) s.set(key, v);
  if (len2) s.set(`${key}#len`, len2);
  if (e.k === "arith" && e.op === "rem") {
    const kx = keyOf(e.left);
    const x = evalInt(src, e.left);
    if (kx !== void 0 && x.lo !== void 0 && x.lo >= 0n) s.relate(key, "<=", kx);
  }
  if (fields && fieldVals) {
    const prefix = e.k === "ctor" && e.variant ? `${key}.${e.variant}` : key;
    for (const f of fields) writeValue(s, `${prefix}.${f.name}`, f.value, src);
  }
}
function linear(e) {
  if (e.k === "builtin" && e.name === "len" && e.args[0]) {
    const k2 = keyOf(e.args[0]);
    return k2 === void 0 ? void 0 : { key: `${k2}#len`, offset: 0n };
  }
  const k = keyOf(e);
  if (k !== void 0) return { key: k, offset: 0n };
  if (e.k === "cast" && e.how === "widen") return linear(e.arg);
  if (e.k === "arith" && (e.op === "add" || e.op === "sub") && e.right.k === "int") {
    const l = linear(e.left);
    return l && { key: l.key, offset: l.offset + (e.op === "add" ? e.right.value : -e.right.value) };
  }
  return void 0;
}
function allowed(rel, other) {
  switch (rel) {
    case "eq":
      return other;
    case "lt":
      return iv(void 0, other.hi === void 0 ? void 0 : other.hi - 1n);
    case "le":
      return iv(void 0, other.hi);
    case "gt":
      return iv(other.lo === void 0 ? void 0 : other.lo + 1n, void 0);
    case "ge":
      return iv(other.lo, void 0);
    case "ne":
      return TOP;
  }
}
function refineSide(s, side, rel, other, typeRange) {
  const cur = evalInt(s, side);
  let next = meet(cur, allowed(rel, other));
  if (rel === "ne" && other.lo !== void 0 && other.lo === other.hi) {
    if (next.lo === other.lo) next = iv(next.lo + 1n, next.hi);
    if (next.hi === other.lo) next = iv(next.lo, next.hi - 1n);
  }
  if (isEmpty(next)) return false;
  const l = linear(side);
  if (l) s.set(l.key, meet(sub(next, point(l.offset)), typeRange));
  return true;
}
function refine(s, cond2, truth) {
  const out = refineRaw(s, cond2, truth);
  if (out.length <= MAX_SPLIT) return out;
  return [joinAll(out)];
}
function refineRaw(s, cond2, truth) {
  switch (cond2.k) {
    case "bool":
      return cond2.value === truth ? [s] : [];
    case "not":
      return refine(s, cond2.arg, !truth);
    case "spec_call":
      return unfold(cond2, (b2) => refine(s, b2, truth), () => [s]);
    case "let":
      return refine(s, substitute2(cond2.body, /* @__PURE__ */ new Map([[cond2.binder.id, cond2.value]])), truth);
    case "logic": {
      const { op, left, right } = cond2;
      const both = (a, b2) => refine(s, left, a).flatMap((x) => refine(x, right, b2));
      if (op === "and") return truth ? both(true, true) : [...refine(s, left, false), ...both(true, false)];
      if (op === "or") return truth ? [...refine(s, left, true), ...both(false, true)] : both(false, false);
      if (op === "implies") return truth ? [...refine(s, left, false), ...both(true, true)] : both(true, false);
      if (op === "iff") return truth ? [...both(true, true), ...both(false, false)] : [...both(true, false), ...both(false, true)];
      return [s];
    }
    case "cmp": {
      if (cond2.op === "ext_eq" || !isNumeric(cond2.left.ty) || !isNumeric(cond2.right.ty)) return [s];
      const rel = truth ? cond2.op : FLIP[cond2.op];
      if (rel === "ne") {
        const other = evalInt(s, cond2.right);
        const self2 = evalInt(s, cond2.left);
        if (other.lo !== void 0 && other.lo === other.hi && linear(cond2.left) && (self2.lo === void 0 || self2.lo < other.lo) && (self2.hi === void 0 || self2.hi > other.lo)) {
          return [...refineRaw(s, { ...cond2, op: "lt" }, true), ...refineRaw(s, { ...cond2, op: "gt" }, true)];
        }
      }
      const out = s.copy();
      addFact(out, cond2.left, rel, cond2.right);
      const a = evalInt(out, cond2.left);
      const b2 = evalInt(out, cond2.right);
      if (!refineSide(out, cond2.left, rel, b2, rangeOfKeyed(cond2.left))) return [];
      const a2 = evalInt(out, cond2.left);
      if (!refineSide(out, cond2.right, SWAP[rel], a2.lo === void 0 && a2.hi === void 0 ? a : a2, rangeOfKeyed(cond2.right))) return [];
      return [out];
    }
    case "var":
    case "field":
    case "deref": {
      const k = keyOf(cond2);
      const cur = evalInt(s, cond2);
      if (!contains(cur, truth ? 1n : 0n)) return [];
      if (k === void 0) return [s];
      const out = s.copy();
      out.set(k, point(truth ? 1n : 0n));
      return [out];
    }
    default:
      return [s];
  }
}
function addFact(s, left, rel, right) {
  const a = linear(left);
  const b2 = linear(right);
  if (!a || !b2) return;
  const d = b2.offset - a.offset;
  const lt = (x, y, dd) => {
    if (dd <= 0n) s.relate(x, "<", y);
    else if (dd === 1n) s.relate(x, "<=", y);
  };
  switch (rel) {
    case "lt":
      lt(a.key, b2.key, d);
      break;
    case "le":
      lt(a.key, b2.key, d + 1n);
      break;
    case "gt":
      lt(b2.key, a.key, -d);
      break;
    case "ge":
      lt(b2.key, a.key, -d + 1n);
      break;
    case "eq":
      lt(a.key, b2.key, d + 1n);
      lt(b2.key, a.key, -d + 1n);
      break;
    case "ne":
      break;
  }
}
function rangeOfKeyed(e) {
  if (e.k === "cast" && e.how === "widen") return rangeOfKeyed(e.arg);
  if (e.k === "arith") return rangeOfKeyed(e.left);
  if (e.k === "builtin" && e.name === "len") return rangeOf({ k: "int", kind: "usize" });
  return rangeOf(e.ty);
}
var BOOL01, specDefs, unfolding, MAX_UNFOLD, FLIP, SWAP, MAX_SPLIT;
var init_eval = __esm({
  "src/analyze/eval.ts"() {
    "use strict";
    init_types();
    init_rewrite();
    init_interval();
    init_state();
    BOOL01 = { lo: 0n, hi: 1n };
    unfolding = 0;
    MAX_UNFOLD = 4;
    FLIP = { eq: "ne", ne: "eq", lt: "ge", le: "gt", gt: "le", ge: "lt" };
    SWAP = { eq: "eq", ne: "ne", lt: "gt", le: "ge", gt: "lt", ge: "le" };
    MAX_SPLIT = 4;
  }
});

// src/analyze/checks.ts
function cmp(op, left, right) {
  return { k: "cmp", op, left, right, ty: BOOL7, span: left.span };
}
function lit(v, like) {
  return { k: "int", value: v, ty: like.ty, span: like.span };
}
function runtimeKind(c, diagnosticKind) {
  switch (c.k) {
    case "in_range":
      return diagnosticKind === "overflow" ? "overflow" : void 0;
    case "nonzero":
      return "division";
    case "shift_amount":
      return "shift";
    case "in_bounds":
      return "index";
    default:
      return void 0;
  }
}
function evalCheck(s, c) {
  switch (c.k) {
    case "in_range": {
      const r = intRange(c.kind);
      const limit = r ? iv(r.min, r.max) : c.kind === "nat" ? iv(0n, void 0) : {};
      const value = evalMath(s, c.value);
      return { value, limit, failing: !within(value, limit), after: [s] };
    }
    case "nonzero": {
      const value = evalInt(s, c.value);
      return { value, limit: {}, failing: contains(value, 0n), after: refine(s, cmp("ne", c.value, lit(0n, c.value)), true) };
    }
    case "shift_amount": {
      const value = evalInt(s, c.amount);
      const limit = iv(0n, BigInt(c.bits) - 1n);
      return { value, limit, failing: !within(value, limit), after: refine(s, cmp("le", c.amount, lit(limit.hi, c.amount)), true) };
    }
    case "in_bounds": {
      const value = evalInt(s, c.index);
      const len2 = evalLen(s, c.seq);
      const ki = keyOf(c.index);
      const ks = keyOf(c.seq);
      const related = ki !== void 0 && ks !== void 0 && s.knows(ki, "<", `${ks}#len`);
      const failing = value.lo === void 0 || value.lo < 0n || !related && (value.hi === void 0 || len2.lo === void 0 || value.hi >= len2.lo);
      const lenE = { k: "builtin", name: "len", args: [c.seq], ty: USIZE4, span: c.index.span };
      return { value, len: len2, limit: {}, failing, after: refine(s, cmp("lt", c.index, lenE), true) };
    }
    default:
      return { value: {}, limit: {}, failing: false, after: [s] };
  }
}
function merge2(a, b2) {
  a.value = join4(a.value, b2.value);
  if (b2.len) a.len = a.len ? join4(a.len, b2.len) : b2.len;
  a.failing = a.failing || b2.failing;
}
function message(r) {
  switch (r.kind) {
    case "overflow": {
      const under = r.limit.lo !== void 0 && (r.value.lo === void 0 || r.value.lo < r.limit.lo);
      const over = r.limit.hi !== void 0 && (r.value.hi === void 0 || r.value.hi > r.limit.hi);
      const what = under && !over ? "underflow" : "overflow";
      return `\`${r.text}\` may ${what}: ${r.text} in ${format(r.value)}`;
    }
    case "division":
      return `\`${r.text}\` may divide by zero: ${r.subject} in ${format(r.value)}`;
    case "shift":
      return `\`${r.text}\` may shift out of range: ${r.subject} in ${format(r.value)}, allowed ${format(r.limit)}`;
    case "index":
      return `\`${r.text}\` may be out of bounds: ${r.subject} in ${format(r.value)}, length in ${format(r.len ?? {})}`;
  }
}
var BOOL7, USIZE4;
var init_checks = __esm({
  "src/analyze/checks.ts"() {
    "use strict";
    init_types();
    init_eval();
    init_interval();
    BOOL7 = { k: "bool" };
    USIZE4 = { k: "int", kind: "usize" };
  }
});

// src/analyze/interp.ts
function placeKey(p) {
  let k = String(p.root);
  for (const s of p.proj) {
    if (s.k === "index") return void 0;
    if (s.k === "field") k += `.${s.name}`;
  }
  return k;
}
function push(m, id, ss) {
  const cur = m.get(id);
  if (cur) cur.push(...ss);
  else m.set(id, [...ss]);
}
function stripOld(e) {
  return substitute2(e, /* @__PURE__ */ new Map(), true);
}
var THRESHOLDS, RET, FnRun;
var init_interp = __esm({
  "src/analyze/interp.ts"() {
    "use strict";
    init_lower_context();
    init_rewrite();
    init_checks();
    init_eval();
    init_state();
    THRESHOLDS = (() => {
      const out = /* @__PURE__ */ new Set([-1n, 0n, 1n]);
      for (const b2 of [8n, 16n, 32n, 64n, 128n]) {
        out.add((1n << b2) - 1n);
        out.add((1n << b2 - 1n) - 1n);
        out.add(-(1n << b2 - 1n));
      }
      return [...out].sort((a, b2) => a < b2 ? -1 : a > b2 ? 1 : 0);
    })();
    RET = "ret";
    FnRun = class _FnRun {
      constructor(an, fn, depth, report) {
        this.an = an;
        this.fn = fn;
        this.depth = depth;
        this.report = report;
      }
      an;
      fn;
      depth;
      report;
      returns = [];
      breaks = /* @__PURE__ */ new Map();
      continues = /* @__PURE__ */ new Map();
      /** The states at entry: parameters in their types' ranges, refined by `requires`. */
      entry() {
        let states = [new State()];
        if (this.an.useSpecs) for (const r of this.fn.requires) states = states.flatMap((s) => refine(s, stripOld(r), true));
        for (const s of states) for (const p of this.fn.params) s.copyTree(s, String(p.id), `${p.id}@old`);
        return capStates(states, this.an.level);
      }
      run(states) {
        const b2 = this.fn.body;
        if (b2?.k === "stmts") this.block(b2.stmts, states);
      }
      block(ss, states) {
        let cur = states;
        for (const s of ss) {
          if (cur.length === 0) return cur;
          this.an.tick();
          cur = capStates(this.stmt(s, cur), this.an.level);
        }
        return cur;
      }
      stmt(s, states) {
        switch (s.k) {
          case "let":
            return states.map((st) => {
              const out = st.copy();
              if (s.init) writeValue(out, String(s.local.id), s.init, st);
              else out.clear(String(s.local.id));
              return out;
            });
          case "assign": {
            const key = placeKey(s.place);
            return states.map((st) => {
              const out = st.copy();
              if (key !== void 0) writeValue(out, key, s.value, st);
              return out;
            });
          }
          case "havoc": {
            const key = placeKey(s.place);
            return states.map((st) => {
              const out = st.copy();
              if (key !== void 0) out.clear(key);
              return out;
            });
          }
          case "check":
            return this.check(s, states);
          case "assume":
            return states.flatMap((st) => refine(st, s.cond, true));
          // an assertion guides the analysis from here on; the verifier proves it (issue 13 item 5)
          case "assert":
            return this.an.useSpecs ? states.flatMap((st) => refine(st, s.cond, true)) : states;
          case "assert_forall":
          case "reveal":
          case "ghost":
            return states;
          case "call":
            return this.call(s, states);
          case "branch":
            return [
              ...this.block(s.then, states.flatMap((st) => refine(st, s.cond, true))),
              ...this.block(s.else, states.flatMap((st) => refine(st, s.cond, false)))
            ];
          case "loop":
            return this.loop(s, states);
          case "abort":
            return [];
          case "break":
            push(this.breaks, s.loop, states);
            return [];
          case "continue":
            push(this.continues, s.loop, states);
            return [];
          case "return":
            for (const st of states) {
              const out = st.copy();
              if (s.value) writeValue(out, RET, s.value, st);
              this.returns.push(out);
            }
            return [];
        }
      }
      check(s, states) {
        const kind = runtimeKind(s.cond, s.info.kind);
        if (!kind) return states;
        const out = [];
        for (const st of states) {
          const r = evalCheck(st, s.cond);
          if (this.report) {
            const key = `${s.span.file}:${s.span.start}:${s.span.end}:${kind}`;
            const rec = this.an.records.get(key);
            if (rec) merge2(rec, r);
            else {
              const subjectExpr = s.cond.k === "nonzero" ? s.cond.value : s.cond.k === "shift_amount" ? s.cond.amount : s.cond.k === "in_bounds" ? s.cond.index : void 0;
              this.an.records.set(key, {
                kind,
                span: s.span,
                fn: this.fn.name,
                text: s.info.text,
                subject: subjectExpr ? this.an.text(subjectExpr.span) : s.info.text,
                value: r.value,
                ...r.len ? { len: r.len } : {},
                limit: r.limit,
                failing: r.failing
              });
            }
          }
          out.push(...r.after);
        }
        return out;
      }
      call(s, states) {
        const contract = this.an.useSpecs && s.ensures.length > 0;
        const callee = !contract && s.mode === "exec" && this.depth < this.an.maxDepth ? this.an.callee(s.fn) : void 0;
        if (callee?.body?.k === "stmts") return states.flatMap((st) => this.inline(s, callee, st));
        return states.flatMap((st) => {
          const out = st.copy();
          for (const p of s.mutArgs) {
            const k = placeKey(p);
            if (k !== void 0) out.clear(k);
          }
          if (s.dest) out.clear(String(s.dest.id));
          let res = [out];
          if (this.an.useSpecs) for (const e of s.ensures) res = res.flatMap((x) => refine(x, e, true));
          return res;
        });
      }
      /** The callee's body run on the arguments' values; one caller state per state it returns. */
      inline(s, callee, st) {
        const entry = new State();
        callee.params.forEach((p, i) => {
          const a = s.args[i];
          if (a) writeValue(entry, String(p.id), a, st);
          entry.copyTree(entry, String(p.id), `${p.id}@old`);
        });
        const run2 = new _FnRun(this.an, callee, this.depth + 1, false);
        let starts = [entry];
        if (this.an.useSpecs) for (const r of callee.requires) starts = starts.flatMap((x) => refine(x, stripOld(r), true));
        run2.run(capStates(starts, this.an.level));
        const mutParams = callee.params.map((p, i) => ({ p, arg: s.args[i] })).filter(({ p }) => isMutRef(p.ty));
        return capStates(run2.returns, this.an.level).map((r) => {
          const out = st.copy();
          if (s.dest) {
            out.clear(String(s.dest.id));
            out.copyTree(r, RET, String(s.dest.id));
          }
          mutParams.forEach(({ p }, j) => {
            const place2 = s.mutArgs[j];
            const k = place2 && placeKey(place2);
            if (k === void 0) return;
            out.clear(k);
            out.copyTree(r, String(p.id), k);
          });
          return out;
        });
      }
      /** One pass over a loop from a head state: the states back at the head and the exits. */
      iterate(s, head) {
        this.breaks.set(s.id, []);
        this.continues.set(s.id, []);
        const afterHead = this.block(s.head, [head]);
        const inBody = s.cond ? afterHead.flatMap((x) => refine(x, s.cond, true)) : afterHead;
        const endBody = this.block(s.body, inBody);
        const back = this.block(s.latch, [...endBody, ...this.continues.get(s.id) ?? []]);
        const byCond = s.cond ? this.block(s.exit, afterHead.flatMap((x) => refine(x, s.cond, false))) : [];
        const exits = [...byCond, ...this.breaks.get(s.id) ?? []];
        return { back, exits };
      }
      loop(s, states) {
        const entry = joinAll(states);
        if (!entry) return [];
        const report = this.report;
        this.report = false;
        let head = entry;
        let stable2 = false;
        try {
          for (let i = 0; i < 60 && !stable2; i++) {
            const { back } = this.iterate(s, head);
            const next = widenStates(head, joinAll([head, ...back]), THRESHOLDS);
            stable2 = sameState(next, head);
            head = next;
          }
          if (!stable2) head = new State();
          for (let i = 0; i < 3; i++) {
            const { back } = this.iterate(s, head);
            head = narrowStates(head, joinAll([entry, ...back]));
          }
        } finally {
          this.report = report;
        }
        return capStates(this.iterate(s, head).exits, this.an.level);
      }
    };
  }
});

// src/analyze/index.ts
function analyzeCrate(crate, opts = {}) {
  const lowered = lowerCrate(crate, void 0, { trustedBodies: true });
  const byName = /* @__PURE__ */ new Map();
  for (const r of lowered) if (r.ok) byName.set(r.fn.name, r.fn);
  const info = new Map(crate.fns.map((f) => [f.qname, f]));
  const texts = new Map(crate.files.map((f) => [f.path, f.text]));
  const defs = {
    get: (n) => {
      const f = byName.get(n);
      const d = info.get(n)?.decl;
      if (!f || f.mode !== "spec" || f.body?.k !== "expr" || f.opaque || d?.openness !== "open") return void 0;
      return { params: f.params.map((p) => p.id), body: f.body.value };
    }
  };
  const result = withSpecDefs(defs, () => analyzeAll(crate, lowered, byName, texts, info, opts));
  for (const f of crate.fns) {
    if (f.decl.flags.external && f.decl.mode === "exec" && f.decl.body && (!opts.functionFilter || opts.functionFilter(f.qname))) {
      result.skipped.push({ function: f.qname, reason: "an external fn is not checked, so not analysed", span: f.decl.nameSpan });
    }
  }
  return result;
}
function analyzeAll(crate, lowered, byName, texts, info, opts) {
  const result = { diagnostics: [], analyzed: [], skipped: [] };
  for (const r of lowered) {
    const name = r.ok ? r.fn.name : r.name;
    const fn = info.get(name);
    if (!fn || fn.decl.mode !== "exec" || !fn.decl.body) continue;
    if (opts.functionFilter && !opts.functionFilter(name)) continue;
    if (!r.ok) {
      result.skipped.push({ function: name, reason: `not supported by the IR: ${r.what}`, span: r.span });
      continue;
    }
    let steps = 0;
    const budget = opts.budget ?? 2e6;
    const an = {
      level: Math.max(1, opts.stateLevel ?? 8),
      maxDepth: opts.callDepth ?? 3,
      useSpecs: opts.useSpecs ?? true,
      callee: (n) => byName.get(n),
      text: (s) => (texts.get(s.file) ?? "").slice(s.start, s.end).replace(/\s+/g, " "),
      records: /* @__PURE__ */ new Map(),
      tick: () => {
        if (++steps > budget) throw new OutOfBudget();
      }
    };
    try {
      const run2 = new FnRun(an, r.fn, 0, true);
      run2.run(run2.entry());
    } catch (err) {
      if (!(err instanceof OutOfBudget) && !(err instanceof RangeError)) throw err;
      result.skipped.push({ function: name, reason: err instanceof OutOfBudget ? "the analysis ran out of its step budget" : "nested too deeply", span: r.fn.nameSpan });
      continue;
    }
    result.analyzed.push({ function: name, span: r.fn.nameSpan });
    for (const rec of an.records.values()) {
      if (!rec.failing) continue;
      result.diagnostics.push({ severity: "warning", kind: rec.kind, message: message(rec), span: rec.span, labels: [], function: rec.fn });
    }
  }
  return result;
}
var OutOfBudget;
var init_analyze = __esm({
  "src/analyze/index.ts"() {
    "use strict";
    init_lower();
    init_checks();
    init_eval();
    init_interp();
    OutOfBudget = class extends Error {
    };
  }
});

// src/analyze-run.ts
var analyze_run_exports = {};
__export(analyze_run_exports, {
  runAnalyze: () => runAnalyze
});
function runAnalyze(opts) {
  const started = performance.now();
  const program = checkPaths(opts.paths);
  const diagnostics = [...program.diagnostics];
  const units = [];
  const matches = opts.functionGlob ? globMatcher(opts.functionGlob) : void 0;
  let analyzed = 0;
  let skipped = 0;
  for (const crate of program.clean) {
    const r = analyzeCrate(crate, { stateLevel: opts.stateLevel, ...opts.useSpecs === false ? { useSpecs: false } : {}, ...matches ? { functionFilter: matches } : {} });
    analyzed += r.analyzed.length;
    skipped += r.skipped.length;
    diagnostics.push(...r.diagnostics);
    for (const s of r.skipped) {
      diagnostics.push({ severity: "warning", kind: "unsupported", message: `not analysed: ${s.reason}`, span: s.span, labels: [], function: s.function });
      units.push({ function: s.function, file: s.span.file, line: s.span.line, status: "skipped", ms: 0 });
    }
  }
  for (const crate of program.crates) {
    for (const f of crate.files) {
      for (const it of plainFns(f.items)) {
        if (matches && it.name && !matches(it.name)) continue;
        skipped++;
        diagnostics.push({ severity: "warning", kind: "unsupported", message: `not analysed: \`${it.name ?? "fn"}\` is ordinary Rust outside verus! (only verified code is checked and lowered so far)`, span: it.span, labels: [] });
        units.push({ function: it.name ?? "fn", file: it.span.file, line: it.span.line, status: "skipped", ms: 0 });
      }
    }
  }
  const results = buildResults({ version: VERSION11, solver: "none", mode: "analyze", diagnostics, units, seconds: (performance.now() - started) / 1e3 }, program.sources);
  results.summary.functions = analyzed;
  results.summary.warnings = results.diagnostics.filter((d) => d.severity === "warning" && d.kind !== "unsupported").length;
  results.summary.skipped = skipped;
  return results;
}
function plainFns(items) {
  const out = [];
  for (const it of items ?? []) {
    if (it.kind === "fn" && !it.verified && it.body && !it.flags.test) out.push({ name: it.name, span: it.nameSpan });
    else if (it.kind === "opaque" && it.what === "fn") out.push({ ...it.name ? { name: it.name } : {}, span: it.span });
    else if (it.kind === "mod" || it.kind === "include") out.push(...plainFns(it.items));
    else if (it.kind === "impl" && !it.verified) out.push(...plainFns(it.items));
  }
  return out;
}
var init_analyze_run = __esm({
  "src/analyze-run.ts"() {
    "use strict";
    init_analyze();
    init_driver();
    init_glob();
    init_build_results();
    init_version();
  }
});

// src/emu/crate-index.ts
var CrateIndex;
var init_crate_index = __esm({
  "src/emu/crate-index.ts"() {
    "use strict";
    CrateIndex = class {
      constructor(crate) {
        this.crate = crate;
        for (const f of crate.fns) {
          this.fnByQname.set(f.qname, f);
          this.infoByDecl.set(f.decl, f);
          if (f.implType) {
            let m = this.methods.get(f.implType);
            if (!m) this.methods.set(f.implType, m = /* @__PURE__ */ new Map());
            m.set(f.decl.name, f.decl);
          }
        }
        for (const [decl, info] of crate.fnByDecl) this.infoByDecl.set(decl, info);
        for (const file of crate.files) this.texts.set(file.path, file.text);
      }
      crate;
      fnByQname = /* @__PURE__ */ new Map();
      infoByDecl = /* @__PURE__ */ new Map();
      /** impl type qname -> method name -> decl */
      methods = /* @__PURE__ */ new Map();
      texts = /* @__PURE__ */ new Map();
      info(decl) {
        return this.infoByDecl.get(decl);
      }
      qnameOf(decl) {
        return this.infoByDecl.get(decl)?.qname ?? decl.name;
      }
      method(typeQname, name) {
        return this.methods.get(typeQname)?.get(name);
      }
      /** Source text under a span (clause texts in messages). */
      text(span) {
        const t = this.texts.get(span.file);
        return t === void 0 ? "" : t.slice(span.start, span.end).replace(/\s+/g, " ").trim();
      }
      /**
       * Resolves a path written in code whose fn is `from` (module context), by name.
       * Used only where the checker left no resolution.
       */
      resolvePath(segments, from) {
        const fromInfo = from ? this.infoByDecl.get(from) : void 0;
        let segs = segments.filter((s) => s !== "crate" && s !== "self" && s !== "super");
        if (segs[0] === "Self" && fromInfo?.implType) segs = [...fromInfo.implType.split("::").slice(1), ...segs.slice(1)];
        if (segs.length === 0) return void 0;
        const crateName2 = this.crate.name;
        const prefixes = [
          [crateName2, ...fromInfo?.modulePath ?? []],
          [crateName2],
          []
        ];
        for (const prefix of prefixes) {
          const hit = this.exact([...prefix, ...segs].join("::"));
          if (hit) return hit;
        }
        const suffix = "::" + segs.join("::");
        const candidates = [];
        for (const q of this.allQnames()) if (q.endsWith(suffix)) candidates.push(this.exact(q));
        return candidates.length === 1 ? candidates[0] : void 0;
      }
      exact(q) {
        const f = this.fnByQname.get(q);
        if (f) return { kind: "fn", fn: f.decl };
        const s = this.crate.structs.get(q);
        if (s) return { kind: "struct", info: s };
        const c = this.crate.consts.get(q);
        if (c) return { kind: "const", info: c };
        const cut = q.lastIndexOf("::");
        if (cut > 0) {
          const e = this.crate.enums.get(q.slice(0, cut));
          const v = q.slice(cut + 2);
          if (e && e.variants.some((x) => x.name === v)) return { kind: "variant", info: e, variant: v };
        }
        return void 0;
      }
      *allQnames() {
        yield* this.fnByQname.keys();
        yield* this.crate.structs.keys();
        yield* this.crate.consts.keys();
        for (const e of this.crate.enums.values()) for (const v of e.variants) yield `${e.qname}::${v.name}`;
      }
      /** Enum qname by a variant's enclosing enum decl name (for resolutions carrying only the decl). */
      enumByDeclName(declName, qnameHint) {
        if (qnameHint) {
          const direct = this.crate.enums.get(qnameHint);
          if (direct) return direct;
          const cut = qnameHint.lastIndexOf("::");
          const e = this.crate.enums.get(qnameHint.slice(0, cut));
          if (e) return e;
        }
        const matches = [...this.crate.enums.values()].filter((e) => e.decl.name === declName);
        return matches.length === 1 ? matches[0] : void 0;
      }
    };
  }
});

// src/emu/errors.ts
function where(span) {
  return span ? `${span.file}:${span.line}:${span.column}` : "<unknown>";
}
function forbidSpecMutation(spec) {
  if (spec) throw new NotEvaluable("mutation in a specification");
}
var RuntimeError, NotEvaluable, Unsupported2, BreakSignal, ContinueSignal, ReturnSignal;
var init_errors2 = __esm({
  "src/emu/errors.ts"() {
    "use strict";
    RuntimeError = class extends Error {
      constructor(what, span) {
        super(span ? `${what} at ${where(span)}` : what);
        this.what = what;
        this.span = span;
        this.name = "RuntimeError";
      }
      what;
      span;
    };
    NotEvaluable = class extends Error {
      constructor(reason) {
        super(`not evaluable: ${reason}`);
        this.reason = reason;
        this.name = "NotEvaluable";
      }
      reason;
    };
    Unsupported2 = class extends Error {
      constructor(what, span) {
        super(`not supported by the emulator: ${what}${span ? ` at ${where(span)}` : ""}`);
        this.what = what;
        this.span = span;
        this.name = "Unsupported";
      }
      what;
      span;
    };
    BreakSignal = class {
      constructor(label2) {
        this.label = label2;
      }
      label;
    };
    ContinueSignal = class {
      constructor(label2) {
        this.label = label2;
      }
      label;
    };
    ReturnSignal = class {
      constructor(value) {
        this.value = value;
      }
      value;
    };
  }
});

// src/emu/value.ts
function deref(v) {
  while (v.t === "ref") v = v.place.get();
  return v;
}
function copyValue(v) {
  switch (v.t) {
    case "tuple":
      return v.elems.length === 0 ? v : { t: "tuple", elems: v.elems.map(copyValue) };
    case "struct":
      return { t: "struct", name: v.name, fields: copyRecord(v.fields) };
    case "enum":
      return { t: "enum", name: v.name, variant: v.variant, fields: copyRecord(v.fields) };
    case "vec":
      return { t: "vec", elems: v.elems.map(copyValue) };
    case "array":
      return { t: "array", elems: v.elems.map(copyValue) };
    default:
      return v;
  }
}
function copyRecord(r) {
  const out = {};
  for (const k of Object.keys(r)) out[k] = copyValue(r[k]);
  return out;
}
function valueEquals(a, b2) {
  a = deref(a);
  b2 = deref(b2);
  switch (a.t) {
    case "int":
      return b2.t === "int" && a.v === b2.v;
    case "bool":
    case "char":
    case "str":
      return b2.t === a.t && a.v === b2.v;
    case "tuple":
      return b2.t === "tuple" && elemsEqual(a.elems, b2.elems);
    case "vec":
    case "array":
    case "seq":
      return (b2.t === "vec" || b2.t === "array" || b2.t === "seq") && elemsEqual(a.elems, b2.elems);
    case "struct":
      return b2.t === "struct" && a.name === b2.name && recordsEqual(a.fields, b2.fields);
    case "enum":
      return b2.t === "enum" && a.variant === b2.variant && recordsEqual(a.fields, b2.fields);
    case "set":
      return b2.t === "set" && a.elems.length === b2.elems.length && a.elems.every((x) => b2.elems.some((y) => valueEquals(x, y)));
    case "map":
      return b2.t === "map" && a.entries.length === b2.entries.length && a.entries.every(([k, v]) => b2.entries.some(([k2, v2]) => valueEquals(k, k2) && valueEquals(v, v2)));
    case "erased":
    case "uninit":
    case "ref":
      return false;
  }
}
function elemsEqual(a, b2) {
  return a.length === b2.length && a.every((x, i) => valueEquals(x, b2[i]));
}
function recordsEqual(a, b2) {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b2).length && ka.every((k) => k in b2 && valueEquals(a[k], b2[k]));
}
function showValue(v, depth = 0) {
  if (depth > 6) return "..";
  const s = (x) => showValue(x, depth + 1);
  switch (v.t) {
    case "int":
      return v.v.toString();
    case "bool":
      return String(v.v);
    case "char":
      return `'${v.v}'`;
    case "str":
      return JSON.stringify(v.v);
    case "tuple":
      return `(${v.elems.map(s).join(", ")}${v.elems.length === 1 ? "," : ""})`;
    case "struct":
      return `${v.name.split("::").pop()} ${showFields(v.fields, s)}`.trimEnd();
    case "enum":
      return `${v.name === "Option" ? "" : v.name.split("::").pop() + "::"}${v.variant}${showFields(v.fields, s)}`;
    case "vec":
      return `[${v.elems.map(s).join(", ")}]`;
    case "array":
      return `[${v.elems.map(s).join(", ")}]`;
    case "seq":
      return `seq![${v.elems.map(s).join(", ")}]`;
    case "set":
      return `set{${v.elems.map(s).join(", ")}}`;
    case "map":
      return `map{${v.entries.map(([k, x]) => `${s(k)} => ${s(x)}`).join(", ")}}`;
    case "ref":
      return `&${v.mut ? "mut " : ""}${s(v.place.get())}`;
    case "erased":
      return "<ghost>";
    case "uninit":
      return "<uninit>";
  }
}
function showFields(fields, s) {
  const keys = Object.keys(fields);
  if (keys.length === 0) return "";
  if (keys.every((k, i) => k === String(i))) return `(${keys.map((k) => s(fields[k])).join(", ")})`;
  return `{ ${keys.map((k) => `${k}: ${s(fields[k])}`).join(", ")} }`;
}
var heap, Cell, SlotPlace, ERASED, int, bool, unit, some, none;
var init_value = __esm({
  "src/emu/value.ts"() {
    "use strict";
    heap = { epoch: 0 };
    Cell = class {
      constructor(value) {
        this.value = value;
      }
      value;
      get() {
        return this.value;
      }
      set(v) {
        heap.epoch++;
        this.value = v;
      }
    };
    SlotPlace = class {
      constructor(container, key) {
        this.container = container;
        this.key = key;
      }
      container;
      key;
      get() {
        return this.container[this.key];
      }
      set(v) {
        heap.epoch++;
        this.container[this.key] = v;
      }
    };
    ERASED = { t: "erased" };
    int = (v, kind = "int") => ({ t: "int", kind, v });
    bool = (v) => ({ t: "bool", v });
    unit = () => ({ t: "tuple", elems: [] });
    some = (v) => ({ t: "enum", name: "Option", variant: "Some", fields: { "0": v } });
    none = () => ({ t: "enum", name: "Option", variant: "None", fields: {} });
  }
});

// src/emu/arith.ts
function isUnbounded(kind) {
  return kind === "int" || kind === "nat";
}
function wrap3(v, kind) {
  if (isUnbounded(kind)) return v;
  const bits = intBits(kind);
  return isSigned(kind) ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v);
}
function inRange2(v, kind) {
  const r = intRange(kind);
  if (!r) return kind !== "nat" || v >= 0n;
  return v >= r.min && v <= r.max;
}
function intBinary(op, a, b2, kind, spec, span) {
  switch (op) {
    case "+":
      return checked(a + b2, kind, spec, span);
    case "-":
      return checked(a - b2, kind, spec, span);
    case "*":
      return checked(a * b2, kind, spec, span);
    case "/":
      if (b2 === 0n) {
        if (spec) throw new NotEvaluable("division by zero in a specification");
        throw new RuntimeError("attempt to divide by zero", span);
      }
      return spec && isUnbounded(kind) ? int(euclidDiv2(a, b2), kind) : checked(a / b2, kind, spec, span);
    case "%":
      if (b2 === 0n) {
        if (spec) throw new NotEvaluable("remainder by zero in a specification");
        throw new RuntimeError("attempt to calculate the remainder with a divisor of zero", span);
      }
      if (spec && isUnbounded(kind)) return int(a - b2 * euclidDiv2(a, b2), kind);
      if (!spec && !inRange2(a / b2, kind)) throw new RuntimeError("attempt to calculate the remainder with overflow", span);
      return checked(a % b2, kind, spec, span);
    case "&":
      return int(a & b2, kind);
    case "|":
      return int(a | b2, kind);
    case "^":
      return int(a ^ b2, kind);
    case "<<":
    case ">>": {
      if (!isUnbounded(kind) && (b2 < 0n || b2 >= BigInt(intBits(kind)))) {
        if (spec) throw new NotEvaluable("shift amount out of range in a specification");
        throw new RuntimeError(`attempt to shift ${op === "<<" ? "left" : "right"} with overflow`, span);
      }
      if (b2 < 0n) throw new NotEvaluable("negative shift amount");
      return int(op === "<<" ? wrap3(a << b2, kind) : a >> b2, kind);
    }
  }
}
function checked(v, kind, spec, span) {
  if (!spec && !inRange2(v, kind)) throw new RuntimeError("arithmetic overflow", span);
  return int(v, kind);
}
function euclidDiv2(a, b2) {
  const q = a / b2;
  const r = a - q * b2;
  if (r < 0n) return b2 > 0n ? q - 1n : q + 1n;
  return q;
}
function negate(a, kind, spec, span) {
  return checked(-a, kind, spec, span);
}
function bitNot(a, kind) {
  if (isUnbounded(kind)) return int(-a - 1n, kind);
  return int(wrap3(~a, kind), kind);
}
function intMethod(name, a, args) {
  const k = a.kind;
  const b2 = args[0]?.v ?? 0n;
  const opt = (v) => ({ option: inRange2(v, k) ? v : null });
  switch (name) {
    case "checked_add":
      return opt(a.v + b2);
    case "checked_sub":
      return opt(a.v - b2);
    case "checked_mul":
      return opt(a.v * b2);
    case "checked_div":
      return b2 === 0n ? { option: null } : opt(a.v / b2);
    case "checked_rem":
      return b2 === 0n || !inRange2(a.v / b2, k) ? { option: null } : { option: a.v % b2 };
    case "wrapping_add":
      return { value: wrap3(a.v + b2, k) };
    case "wrapping_sub":
      return { value: wrap3(a.v - b2, k) };
    case "wrapping_mul":
      return { value: wrap3(a.v * b2, k) };
    case "saturating_add":
    case "saturating_sub":
    case "saturating_mul": {
      const v = name === "saturating_add" ? a.v + b2 : name === "saturating_sub" ? a.v - b2 : a.v * b2;
      const r = intRange(k);
      if (!r) return { value: v };
      return { value: v < r.min ? r.min : v > r.max ? r.max : v };
    }
    case "min":
      return { value: a.v < b2 ? a.v : b2 };
    case "max":
      return { value: a.v > b2 ? a.v : b2 };
    case "abs":
      return { value: a.v < 0n ? -a.v : a.v };
    case "count_ones":
      return { value: BigInt([...wrap3(a.v, unsignedOf(k)).toString(2)].filter((c) => c === "1").length) };
    case "is_power_of_two":
      return { bool: a.v > 0n && (a.v & a.v - 1n) === 0n };
    case "trailing_zeros":
    case "leading_zeros": {
      if (isUnbounded(k)) return void 0;
      const bits = intBits(k);
      const u = wrap3(a.v, unsignedOf(k));
      if (u === 0n) return { value: BigInt(bits) };
      const s = u.toString(2);
      return { value: BigInt(name === "leading_zeros" ? bits - s.length : s.length - 1 - s.lastIndexOf("1")) };
    }
    default:
      return void 0;
  }
}
function unsignedOf(k) {
  return isSigned(k) && !isUnbounded(k) ? "u" + k.slice(1) : k;
}
function asIntKind(name) {
  return name !== void 0 && INT_KINDS2.has(name) ? name : void 0;
}
var INT_KINDS2;
var init_arith = __esm({
  "src/emu/arith.ts"() {
    "use strict";
    init_types();
    init_errors2();
    init_value();
    INT_KINDS2 = /* @__PURE__ */ new Set(["u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize", "int", "nat"]);
  }
});

// src/emu/builtins.ts
function callBuiltinMethod(c) {
  const r = c.recv.get();
  if (c.name === "clone" || c.name === "to_owned") return copyValue(r);
  switch (r.t) {
    case "vec":
    case "array":
      return vecMethod(c, r.elems, r.t === "vec");
    case "seq":
      return seqMethod(c, r.elems);
    case "set":
      return setMethod(c, r.elems);
    case "map":
      return mapMethod(c, r.entries);
    case "enum":
      return r.name === "Option" ? optionMethod(c, r.variant === "Some" ? r.fields["0"] : void 0) : void 0;
    case "int": {
      if (c.name === "view") return r;
      const out = intMethod(c.name, r, c.args.map(deref).filter((a) => a.t === "int"));
      if (!out) return void 0;
      if (out.bool !== void 0) return bool(out.bool);
      if (out.option !== void 0) return out.option === null ? none() : some(int(out.option, r.kind));
      return int(out.value, r.kind);
    }
    case "bool":
    case "char":
      return c.name === "view" ? r : void 0;
    case "erased":
      if (c.spec) throw new NotEvaluable("ghost value");
      return r;
    default:
      return void 0;
  }
}
function own(c, v) {
  return c.spec ? v : copyValue(v);
}
function argInt(c, i) {
  const a = deref(c.args[i] ?? unit());
  if (a.t !== "int") {
    if (a.t === "erased") throw new NotEvaluable("ghost value");
    throw new RuntimeError(`internal emulator error: expected an integer argument to ${c.name}`, c.span);
  }
  return a.v;
}
function outOfBounds(len2, i, span) {
  return new RuntimeError(`index out of bounds: the len is ${len2} but the index is ${i}`, span);
}
function checkIndex(c, len2, i) {
  if (i < 0n || i >= BigInt(len2)) {
    if (c.spec) throw new NotEvaluable("index out of range in a specification");
    throw outOfBounds(len2, i, c.span);
  }
  return Number(i);
}
function vecMethod(c, elems, growable) {
  const len2 = elems.length;
  switch (c.name) {
    case "len":
      return int(BigInt(len2), "usize");
    case "is_empty":
      return bool(len2 === 0);
    case "view":
    case "deep_view":
      return { t: "seq", elems: c.spec ? elems : elems.slice() };
    case "index":
    case "spec_index":
      return own(c, elems[checkIndex(c, len2, argInt(c, 0))]);
    case "get": {
      const i = argInt(c, 0);
      return i >= 0n && i < BigInt(len2) ? some(own(c, elems[Number(i)])) : none();
    }
    case "first":
      return len2 ? some(own(c, elems[0])) : none();
    case "last":
      return len2 ? some(own(c, elems[len2 - 1])) : none();
    case "contains":
      return bool(elems.some((x) => valueEquals(x, c.args[0])));
    case "set": {
      forbidSpecMutation(c.spec);
      heap.epoch++;
      elems[checkIndex(c, len2, argInt(c, 0))] = copyValue(deref(c.args[1]));
      return unit();
    }
    case "swap": {
      forbidSpecMutation(c.spec);
      heap.epoch++;
      const i = checkIndex(c, len2, argInt(c, 0));
      const j = checkIndex(c, len2, argInt(c, 1));
      [elems[i], elems[j]] = [elems[j], elems[i]];
      return unit();
    }
    case "as_slice":
    case "as_mut_slice":
      return { t: "ref", mut: c.name === "as_mut_slice", place: c.recv };
    case "capacity":
      return int(BigInt(len2), "usize");
  }
  if (!growable) return void 0;
  if (VEC_MUTATORS.has(c.name)) {
    forbidSpecMutation(c.spec);
    heap.epoch++;
  }
  switch (c.name) {
    case "push":
      elems.push(copyValue(c.args[0]));
      return unit();
    case "pop":
      return len2 ? some(elems.pop()) : none();
    case "clear":
      elems.length = 0;
      return unit();
    case "truncate": {
      const n = argInt(c, 0);
      if (n < BigInt(len2)) elems.length = Number(n);
      return unit();
    }
    case "reserve":
      return unit();
    case "insert": {
      const i = argInt(c, 0);
      if (i < 0n || i > BigInt(len2)) throw new RuntimeError(`insertion index (is ${i}) should be <= len (is ${len2})`, c.span);
      elems.splice(Number(i), 0, copyValue(c.args[1]));
      return unit();
    }
    case "remove": {
      const i = argInt(c, 0);
      if (i < 0n || i >= BigInt(len2)) throw new RuntimeError(`removal index (is ${i}) should be < len (is ${len2})`, c.span);
      return elems.splice(Number(i), 1)[0];
    }
    case "extend_from_slice":
    case "append": {
      const other = deref(c.args[0]);
      if (other.t !== "vec" && other.t !== "array") return void 0;
      elems.push(...other.elems.map(copyValue));
      if (c.name === "append") other.elems.length = 0;
      return unit();
    }
  }
  return void 0;
}
function seqMethod(c, elems) {
  const len2 = BigInt(elems.length);
  const range = (lo, hi) => {
    if (lo < 0n || lo > hi || hi > len2) throw new NotEvaluable("subrange out of bounds");
    return { t: "seq", elems: elems.slice(Number(lo), Number(hi)) };
  };
  switch (c.name) {
    case "len":
      return int(len2, "nat");
    case "index":
    case "spec_index":
      return elems[checkIndex({ ...c, spec: true }, elems.length, argInt(c, 0))];
    case "push":
      return { t: "seq", elems: [...elems, deref(c.args[0])] };
    case "update": {
      const i = checkIndex({ ...c, spec: true }, elems.length, argInt(c, 0));
      const out = elems.slice();
      out[i] = deref(c.args[1]);
      return { t: "seq", elems: out };
    }
    case "subrange":
      return range(argInt(c, 0), argInt(c, 1));
    case "take":
      return range(0n, argInt(c, 0));
    case "skip":
      return range(argInt(c, 0), len2);
    case "drop_last":
      return range(0n, len2 - 1n);
    case "first":
      if (!elems.length) throw new NotEvaluable("first of an empty seq");
      return elems[0];
    case "last":
      if (!elems.length) throw new NotEvaluable("last of an empty seq");
      return elems[elems.length - 1];
    case "add":
    case "spec_add": {
      const o = deref(c.args[0]);
      if (o.t !== "seq") return void 0;
      return { t: "seq", elems: [...elems, ...o.elems] };
    }
    case "contains":
      return bool(elems.some((x) => valueEquals(x, c.args[0])));
    case "ext_equal":
      return bool(valueEquals({ t: "seq", elems }, c.args[0]));
    case "to_set":
      return { t: "set", elems: dedupe(elems) };
    case "view":
      return { t: "seq", elems };
  }
  return void 0;
}
function dedupe(xs) {
  const out = [];
  for (const x of xs) if (!out.some((y) => valueEquals(x, y))) out.push(x);
  return out;
}
function setMethod(c, elems) {
  const a0 = c.args[0] && deref(c.args[0]);
  const other = () => {
    if (a0?.t !== "set") throw new NotEvaluable("set operation on a non-set");
    return a0.elems;
  };
  switch (c.name) {
    case "contains":
      return bool(elems.some((x) => valueEquals(x, a0)));
    case "insert":
      return { t: "set", elems: dedupe([...elems, a0]) };
    case "remove":
      return { t: "set", elems: elems.filter((x) => !valueEquals(x, a0)) };
    case "len":
      return int(BigInt(elems.length), "nat");
    case "union":
      return { t: "set", elems: dedupe([...elems, ...other()]) };
    case "intersect": {
      const o = other();
      return { t: "set", elems: elems.filter((x) => o.some((y) => valueEquals(x, y))) };
    }
    case "difference": {
      const o = other();
      return { t: "set", elems: elems.filter((x) => !o.some((y) => valueEquals(x, y))) };
    }
    case "subset_of": {
      const o = other();
      return bool(elems.every((x) => o.some((y) => valueEquals(x, y))));
    }
    case "ext_equal":
      return bool(valueEquals({ t: "set", elems }, a0));
    case "finite":
      return bool(true);
    case "view":
      return { t: "set", elems };
  }
  return void 0;
}
function mapMethod(c, entries) {
  const k = c.args[0] && deref(c.args[0]);
  const find = () => entries.find(([x]) => valueEquals(x, k));
  switch (c.name) {
    case "contains_key":
      return bool(find() !== void 0);
    case "index":
    case "spec_index": {
      const hit = find();
      if (!hit) throw new NotEvaluable("map index outside its domain");
      return hit[1];
    }
    case "insert":
      return { t: "map", entries: [...entries.filter(([x]) => !valueEquals(x, k)), [k, deref(c.args[1])]] };
    case "remove":
      return { t: "map", entries: entries.filter(([x]) => !valueEquals(x, k)) };
    case "dom":
      return { t: "set", elems: entries.map(([x]) => x) };
    case "len":
      return int(BigInt(entries.length), "nat");
    case "ext_equal":
      return bool(valueEquals({ t: "map", entries }, k));
    case "view":
      return { t: "map", entries };
  }
  return void 0;
}
function optionMethod(c, inner) {
  switch (c.name) {
    case "is_some":
      return bool(inner !== void 0);
    case "is_none":
      return bool(inner === void 0);
    case "unwrap":
    case "get_Some_0":
    case "expect": {
      if (inner !== void 0) return own(c, inner);
      if (c.spec) throw new NotEvaluable("unwrap of None in a specification");
      if (c.name === "expect") {
        const m = deref(c.args[0] ?? unit());
        throw new RuntimeError(m.t === "str" ? m.v : "called `Option::expect()` on a `None` value", c.span);
      }
      throw new RuntimeError("called `Option::unwrap()` on a `None` value", c.span);
    }
    case "unwrap_or":
      return inner !== void 0 ? own(c, inner) : own(c, deref(c.args[0]));
    case "take": {
      forbidSpecMutation(c.spec);
      const old = c.recv.get();
      c.recv.set(none());
      return old;
    }
    case "replace": {
      forbidSpecMutation(c.spec);
      const old = c.recv.get();
      c.recv.set(some(copyValue(deref(c.args[0]))));
      return old;
    }
    case "as_ref":
    case "as_mut": {
      const r = c.recv.get();
      if (inner === void 0 || r.t !== "enum") return none();
      return some({ t: "ref", mut: c.name === "as_mut", place: new SlotPlace(r.fields, "0") });
    }
  }
  return void 0;
}
var VEC_MUTATORS;
var init_builtins = __esm({
  "src/emu/builtins.ts"() {
    "use strict";
    init_arith();
    init_errors2();
    init_value();
    VEC_MUTATORS = /* @__PURE__ */ new Set(["push", "pop", "clear", "truncate", "insert", "remove", "extend_from_slice", "append"]);
  }
});

// src/emu/spec-memo.ts
function idOf(o) {
  let id = ids.get(o);
  if (id === void 0) ids.set(o, id = nextId++);
  return id;
}
function argsKey(args) {
  let key = "";
  let lasting = true;
  for (const a of args) {
    let v = a;
    while (v.t === "ref") {
      key += v.mut ? "R" : "r";
      v = v.place.get();
    }
    const content = contentKey(v, CONTENT_BUDGET);
    if (content !== void 0) key += content;
    else {
      lasting = false;
      key += v.t === "seq" ? `q${idOf(v.elems)}` : `o${idOf(v)}`;
    }
    key += ",";
  }
  return { key, lasting };
}
function contentKey(v, budget) {
  switch (v.t) {
    case "int":
      return `i${v.kind}:${v.v}`;
    case "bool":
      return v.v ? "T" : "F";
    case "char":
      return `c${JSON.stringify(v.v)}`;
    case "str":
      return `s${JSON.stringify(v.v)}`;
    case "erased":
      return "E";
    case "uninit":
      return "U";
    case "struct":
    case "enum": {
      const keys = Object.keys(v.fields);
      if (keys.length > budget) return void 0;
      let out = `${v.t === "struct" ? "S" : "N"}${JSON.stringify(v.name)}${v.t === "enum" ? JSON.stringify(v.variant) : ""}{`;
      for (const k of keys) {
        const f = contentKey(v.fields[k], budget - keys.length);
        if (f === void 0) return void 0;
        out += `${JSON.stringify(k)}:${f};`;
      }
      return out + "}";
    }
    case "tuple": {
      if (v.elems.length > budget) return void 0;
      let out = "P(";
      for (const x of v.elems) {
        const f = contentKey(x, budget - v.elems.length);
        if (f === void 0) return void 0;
        out += f + ";";
      }
      return out + ")";
    }
    default:
      return void 0;
  }
}
function isLastingResult(result) {
  if ("error" in result) return true;
  const t = result.value.t;
  return t === "int" || t === "bool" || t === "char" || t === "str";
}
function put(store, fn, key, entry) {
  let m = store.get(fn);
  if (!m) store.set(fn, m = /* @__PURE__ */ new Map());
  m.set(key, entry);
}
var ids, nextId, CONTENT_BUDGET, LASTING_MAX, SpecMemo;
var init_spec_memo = __esm({
  "src/emu/spec-memo.ts"() {
    "use strict";
    ids = /* @__PURE__ */ new WeakMap();
    nextId = 0;
    CONTENT_BUDGET = 24;
    LASTING_MAX = 2e5;
    SpecMemo = class {
      epoch = -1;
      /** Identity-keyed entries, valid while heap.epoch stays `epoch`. */
      byFn = /* @__PURE__ */ new Map();
      /** Content-keyed entries with scalar results, valid for good. */
      lasting = /* @__PURE__ */ new Map();
      lastingSize = 0;
      /** The entry for fn and key if still valid. */
      get(fn, key, lasting, epoch) {
        if (lasting) return this.lasting.get(fn)?.get(key);
        if (epoch !== this.epoch) return void 0;
        return this.byFn.get(fn)?.get(key);
      }
      /** Stores an entry computed at `epoch` (with no write during the computation). */
      set(fn, key, lasting, epoch, entry) {
        if (lasting && isLastingResult(entry.result)) {
          if (++this.lastingSize > LASTING_MAX) {
            this.lasting.clear();
            this.lastingSize = 1;
          }
          return put(this.lasting, fn, key, entry);
        }
        if (epoch !== this.epoch) {
          this.byFn.clear();
          this.epoch = epoch;
        }
        put(this.byFn, fn, key, entry);
      }
    };
  }
});

// src/emu/interp.ts
function evalBoundedQuantifier(e, cx, evalIn) {
  if (!cx.spec || e.quant === "choose") throw new NotEvaluable(`${e.quant} in this position`);
  const kinds = e.binders.map((b2) => declaredKind(b2.ty));
  if (kinds.some((k) => k === void 0)) throw new NotEvaluable("quantifier over a non-integer type");
  const body = stripTrigger(e.body);
  const guard = e.quant === "forall" ? body.kind === "binary" && body.op === "==>" ? body.left : void 0 : body;
  if (!guard) throw new NotEvaluable("quantifier without a bounding guard");
  const comparisons = conjuncts(guard).flatMap(asComparisons);
  let budget = QUANT_BUDGET;
  const wantAll = e.quant === "forall";
  const visit = (k, scope) => {
    if (k === e.binders.length) {
      const v = deref(evalIn(e.body, { ...cx, scope }));
      if (v.t !== "bool") throw new NotEvaluable("quantifier body is not a bool");
      return v.v;
    }
    const b2 = e.binders[k];
    const kind = kinds[k];
    const [lo, hi] = binderRange(b2.name, kind, comparisons, { ...cx, scope }, evalIn);
    for (let i = lo; i <= hi; i++) {
      if (--budget < 0) throw new NotEvaluable("quantifier range too large");
      const inner = new Scope(scope);
      inner.bind(b2.name, int(i, kind));
      if (visit(k + 1, inner) !== wantAll) return !wantAll;
    }
    return wantAll;
  };
  return bool(visit(0, cx.scope));
}
function stripTrigger(e) {
  return e.kind === "trigger" ? stripTrigger(e.operand) : e;
}
function conjuncts(e) {
  e = stripTrigger(e);
  if (e.kind === "binary" && e.op === "&&") return [...conjuncts(e.left), ...conjuncts(e.right)];
  return [e];
}
function asComparisons(e) {
  if (e.kind === "binary" && (e.op === "<" || e.op === "<=" || e.op === ">" || e.op === ">=")) {
    return [{ op: e.op, left: e.left, right: e.right }];
  }
  if (e.kind === "chain") {
    const out = [];
    e.ops.forEach((op, i) => {
      if (op !== "==") out.push({ op, left: e.operands[i], right: e.operands[i + 1] });
    });
    return out;
  }
  return [];
}
function isName(e, name) {
  e = stripTrigger(e);
  return e.kind === "path" && e.segments.length === 1 && e.segments[0] === name;
}
function binderRange(name, kind, comps, cx, evalIn) {
  let lo = kind === "nat" || !isUnbounded(kind) && !kind.startsWith("i") ? 0n : void 0;
  let hi;
  const bound = (x) => {
    try {
      const v = deref(evalIn(x, cx));
      return v.t === "int" ? v.v : void 0;
    } catch (err) {
      if (err instanceof NotEvaluable || err instanceof Unsupported2) return void 0;
      throw err;
    }
  };
  for (const c of comps) {
    let op = c.op;
    let other;
    if (isName(c.left, name)) other = c.right;
    else if (isName(c.right, name)) {
      other = c.left;
      op = { "<": ">", "<=": ">=", ">": "<", ">=": "<=" }[op];
    } else continue;
    const v = bound(other);
    if (v === void 0) continue;
    if (op === "<") hi = hi === void 0 || v - 1n < hi ? v - 1n : hi;
    else if (op === "<=") hi = hi === void 0 || v < hi ? v : hi;
    else if (op === ">") lo = lo === void 0 || v + 1n > lo ? v + 1n : lo;
    else lo = lo === void 0 || v > lo ? v : lo;
  }
  if (lo === void 0 || hi === void 0) throw new NotEvaluable(`quantified ${name} is not bounded`);
  return [lo, hi];
}
function ghost(cx) {
  if (cx.spec) throw new NotEvaluable("ghost value");
  return ERASED;
}
function truthy(v0, span) {
  const v = deref(v0);
  if (v.t === "bool") return v.v;
  if (v.t === "erased") throw new NotEvaluable("ghost value");
  throw new Unsupported2(`condition of value ${showValue(v)}`, span);
}
function compareRaw(a, b2) {
  a = deref(a);
  b2 = deref(b2);
  if (a.t === "int" && b2.t === "int") return a.v < b2.v ? -1 : a.v > b2.v ? 1 : 0;
  if (a.t === "char" && b2.t === "char") return a.v.codePointAt(0) - b2.v.codePointAt(0);
  if (a.t === "bool" && b2.t === "bool") return Number(a.v) - Number(b2.v);
  if (a.t === "erased" || b2.t === "erased") throw new NotEvaluable("ghost value");
  throw new Unsupported2(`ordering of ${showValue(a)} and ${showValue(b2)}`);
}
function compare2(op, a, b2, span, cx) {
  if (op === "==") return valueEquals(a, b2);
  let c;
  try {
    c = compareRaw(a, b2);
  } catch (e) {
    if (e instanceof Unsupported2) throw new Unsupported2(e.what, span);
    if (e instanceof NotEvaluable && !cx.spec) throw e;
    throw e;
  }
  switch (op) {
    case "<":
      return c < 0;
    case "<=":
      return c <= 0;
    case ">":
      return c > 0;
    default:
      return c >= 0;
  }
}
function resultKind(op, a, b2, ty, spec) {
  const fromTy = typeKind(ty);
  if (spec && (op === "+" || op === "-" || op === "*" || op === "/" || op === "%")) {
    return fromTy && isUnbounded(fromTy) ? fromTy : "int";
  }
  if (op === "<<" || op === ">>") return fromTy ?? a;
  return fromTy ?? (a !== "int" ? a : b2);
}
function typeKind(t) {
  if (!t) return void 0;
  if (t.k === "int") return t.kind;
  return void 0;
}
function declaredKind(t) {
  if (!t || t.kind !== "path" || t.segments.length !== 1) return void 0;
  return asIntKind(t.segments[0]);
}
function fieldKind(target, name) {
  if (target.kind === "struct") return typeKind(target.info.fields.find((f) => f.name === name)?.ty);
  if (target.kind === "variant") {
    return typeKind(target.info.variants.find((v) => v.name === target.variant)?.fields.find((f) => f.name === name)?.ty);
  }
  return void 0;
}
function coerce2(v, kind) {
  if (!kind || v.t !== "int" || v.kind === kind) return v;
  return int(v.v, kind);
}
function snapshot(v) {
  if (v.t === "ref") return { t: "ref", mut: v.mut, place: new Cell(snapshot(v.place.get())) };
  return copyValue(v);
}
function autoDeref(p) {
  let v = p.get();
  while (v.t === "ref") {
    p = v.place;
    v = p.get();
  }
  return p;
}
function isGhostWrap(e) {
  if (e.kind !== "call" || e.callee.kind !== "path") return false;
  const res = e.callee.res;
  if (res?.kind === "builtin") return res.name === "Ghost" || res.name === "Tracked";
  const segs = e.callee.segments;
  return !res && segs.length === 1 && (segs[0] === "Ghost" || segs[0] === "Tracked");
}
function isGhostPlace(target, cx) {
  let base = target;
  while (base.kind === "field" || base.kind === "index" || base.kind === "unary" && base.op === "*") {
    base = base.kind === "unary" ? base.operand : base.base;
  }
  if (base.kind !== "path") return false;
  if (base.res?.kind === "local" && base.res.mode !== "exec") return true;
  const cell = base.segments.length === 1 ? cx.scope.lookup(base.segments[0]) : void 0;
  return cell?.value.t === "erased";
}
function patternNames(p) {
  switch (p.kind) {
    case "ident":
      return [p.name];
    case "tuple":
    case "tuple_struct":
      return p.elems.flatMap(patternNames);
    case "struct":
      return p.fields.flatMap((f) => patternNames(f.pattern));
    case "or":
      return p.alts[0] ? patternNames(p.alts[0]) : [];
    default:
      return [];
  }
}
var DEFAULT_STEP_LIMIT, MAX_CALL_DEPTH, Scope, Interpreter, QUANT_BUDGET;
var init_interp2 = __esm({
  "src/emu/interp.ts"() {
    "use strict";
    init_arith();
    init_builtins();
    init_spec_memo();
    init_errors2();
    init_value();
    DEFAULT_STEP_LIMIT = 5e6;
    MAX_CALL_DEPTH = 2e3;
    Scope = class {
      constructor(parent) {
        this.parent = parent;
      }
      parent;
      /** Created on the first binding: most block and loop-iteration scopes bind nothing. */
      vars;
      bind(name, v) {
        if (name !== "_") (this.vars ??= /* @__PURE__ */ new Map()).set(name, new Cell(v));
      }
      lookup(name) {
        const hit = this.vars?.get(name);
        if (hit) return hit;
        for (let s = this.parent; s; s = s.parent) {
          const outer = s.vars?.get(name);
          if (outer) return outer;
        }
        return void 0;
      }
    };
    Interpreter = class {
      constructor(index2, stepLimit = DEFAULT_STEP_LIMIT) {
        this.index = index2;
        this.stepLimit = stepLimit;
      }
      index;
      stepLimit;
      steps = 0;
      /** Assert and requires clauses that could not be evaluated on concrete values. */
      unchecked = 0;
      /** Assert and requires clauses evaluated and found true. */
      checked = 0;
      depth = 0;
      /** Deepest call depth a limit check has seen (spec memo bookkeeping). */
      depthMark = 0;
      specMemo = new SpecMemo();
      constCache = /* @__PURE__ */ new Map();
      /**
       * Check `while`/`loop` invariants at the head of every iteration and let `old(x)` in exec
       * bodies read the value on entry (the soundness oracle turns this on).
       */
      checkLoopInvariants = false;
      // -------------------------------------------------------------------------
      // Calls
      /**
       * Calls a user fn with already evaluated arguments. Spec fns called from specifications
       * go through the memo unless `memo` is false.
       */
      callFn(decl, args, callSpan, spec, memo = true) {
        if (decl.mode === "proof") return ERASED;
        if (decl.mode === "spec") {
          if (!decl.body || decl.uninterp) throw new NotEvaluable(`spec fn ${decl.name} has no body`);
        } else if (spec) {
          throw new NotEvaluable(`exec fn ${decl.name} called in a specification`);
        }
        if (!decl.body) throw new Unsupported2(`call of ${decl.name}, which has no body`, callSpan);
        if (memo && spec && decl.mode === "spec") return this.callSpecFn(decl, args, callSpan);
        if (this.depth > this.depthMark) this.depthMark = this.depth;
        if (this.depth >= MAX_CALL_DEPTH) {
          if (spec) throw new NotEvaluable("recursion too deep");
          throw new RuntimeError("stack overflow", callSpan);
        }
        const scope = new Scope();
        decl.params.forEach((p, i) => {
          const a = args[i] ?? ERASED;
          scope.bind(p.name, p.ghost || p.tracked ? ERASED : coerce2(a, declaredKind(p.ty)));
        });
        const cx = { scope, fn: decl, spec: decl.mode === "spec" };
        if (this.checkLoopInvariants && decl.mode === "exec") {
          cx.oldScope = new Scope();
          decl.params.forEach((p, i) => cx.oldScope.bind(p.name, snapshot(args[i] ?? ERASED)));
        }
        if (decl.mode === "exec") this.checkRequires(decl, cx, callSpan);
        this.depth++;
        let v;
        try {
          v = this.execBlock(decl.body, cx);
        } catch (e) {
          if (!(e instanceof ReturnSignal)) throw e;
          v = e.value;
        } finally {
          this.depth--;
        }
        v = coerce2(v, declaredKind(decl.ret));
        return decl.mode === "spec" && !spec ? copyValue(v) : v;
      }
      /** A spec fn called from a specification, through the memo (see spec-memo.ts). */
      callSpecFn(decl, args, callSpan) {
        const { key, lasting } = argsKey(args);
        const epoch = heap.epoch;
        const hit = this.specMemo.get(decl, key, lasting, epoch);
        if (hit && this.steps + hit.steps <= this.stepLimit && this.depth + hit.depthUsed < MAX_CALL_DEPTH) {
          this.steps += hit.steps;
          this.checked += hit.checked;
          this.unchecked += hit.unchecked;
          if (this.depth + hit.depthUsed > this.depthMark) this.depthMark = this.depth + hit.depthUsed;
          if ("error" in hit.result) throw hit.result.error;
          return hit.result.value;
        }
        const start = { steps: this.steps, checked: this.checked, unchecked: this.unchecked, depthMark: this.depthMark };
        this.depthMark = this.depth;
        let result;
        let depthUsed = 0;
        try {
          result = { value: this.callFn(decl, args, callSpan, true, false) };
        } catch (e) {
          if (!(e instanceof NotEvaluable)) throw e;
          result = { error: e };
        } finally {
          depthUsed = this.depthMark - this.depth;
          if (start.depthMark > this.depthMark) this.depthMark = start.depthMark;
        }
        if (heap.epoch === epoch && this.depth + depthUsed < MAX_CALL_DEPTH) {
          this.specMemo.set(decl, key, lasting, epoch, {
            result,
            steps: this.steps - start.steps,
            checked: this.checked - start.checked,
            unchecked: this.unchecked - start.unchecked,
            depthUsed
          });
        }
        if ("error" in result) throw result.error;
        return result.value;
      }
      checkRequires(decl, cx, callSpan) {
        for (const clause of decl.requires) {
          const ok = this.evalCondition(clause, { ...cx, spec: true, oldIsCurrent: true });
          if (ok === false) {
            throw new RuntimeError(`precondition failed: ${this.index.text(clause.span)}`, callSpan ?? clause.span);
          }
        }
      }
      /** Evaluates a specification to a bool; undefined (and counted) when not evaluable. */
      evalCondition(e, cx) {
        try {
          const v = deref(this.eval(e, { ...cx, spec: true }));
          if (v.t !== "bool") throw new NotEvaluable("condition is not a bool");
          this.checked++;
          return v.v;
        } catch (err) {
          if (err instanceof NotEvaluable) {
            this.unchecked++;
            return void 0;
          }
          throw err;
        }
      }
      /**
       * Evaluates contract clauses of `decl` on concrete bindings, each to true, false, or
       * undefined when not evaluable (counted as unchecked). Used by the soundness oracle.
       */
      evalContract(decl, clauses, bindings2) {
        const scopeOf = (binds) => {
          const scope = new Scope();
          for (const [name, v] of binds) scope.bind(name, v);
          return scope;
        };
        const cx = bindings2.entry ? { scope: scopeOf(bindings2.now), fn: decl, spec: true, oldScope: scopeOf(bindings2.entry) } : { scope: scopeOf(bindings2.now), fn: decl, spec: true, oldIsCurrent: true };
        return clauses.map((c) => this.evalCondition(c, cx));
      }
      // -------------------------------------------------------------------------
      // Blocks and statements
      execBlock(b2, outer) {
        const cx = b2.stmts.some((s) => s.kind === "let") ? { ...outer, scope: new Scope(outer.scope) } : outer;
        for (const s of b2.stmts) this.execStmt(s, cx);
        return b2.tail ? this.eval(b2.tail, cx) : unit();
      }
      tick(span) {
        if (++this.steps > this.stepLimit) throw new RuntimeError(`step limit exceeded (${this.stepLimit} steps)`, span);
      }
      execStmt(s, cx) {
        this.tick(s.span);
        switch (s.kind) {
          case "let": {
            if (s.mode !== "exec") {
              for (const name of patternNames(s.pattern)) cx.scope.bind(name, ERASED);
              return;
            }
            if (!s.init) {
              for (const name of patternNames(s.pattern)) cx.scope.bind(name, { t: "uninit" });
              return;
            }
            const kind = declaredKind(s.ty) ?? (s.pattern.kind === "ident" ? typeKind(s.pattern.ty) : void 0);
            const v = coerce2(this.eval(s.init, cx), kind);
            const binds = [];
            if (!this.matchPattern(s.pattern, new Cell(v), "move", binds, cx)) {
              throw new RuntimeError("refutable pattern in let did not match", s.span);
            }
            for (const [n, x] of binds) cx.scope.bind(n, x);
            return;
          }
          case "expr":
            this.eval(s.expr, cx);
            return;
          case "assign":
            this.execAssign(s.op, s.target, s.value, s.span, cx);
            return;
          case "while":
            this.runLoop(s.label, cx, () => this.atLoopHead(s, cx) && truthy(this.eval(s.cond, cx), s.cond.span), s.body);
            return;
          case "loop":
            this.runLoop(s.label, cx, () => this.atLoopHead(s, cx), s.body);
            return;
          case "for": {
            const lo = deref(this.eval(s.start, cx));
            const hi = deref(this.eval(s.end, cx));
            if (lo.t !== "int" || hi.t !== "int") throw new Unsupported2("for loop over a non-integer range", s.headSpan);
            const kind = lo.kind !== "int" ? lo.kind : hi.kind;
            const end = s.inclusive ? hi.v : hi.v - 1n;
            let i = lo.v;
            this.runLoop(s.label, cx, () => i <= end, s.body, (scope) => {
              const binds = [];
              this.matchPattern(s.pattern, new Cell(int(i, kind)), "move", binds, cx);
              for (const [n, x] of binds) scope.bind(n, x);
            }, () => {
              i++;
            });
            return;
          }
          case "assert": {
            if (cx.spec) return;
            if (this.evalCondition(s.expr, cx) === false) throw new RuntimeError("assertion failed", s.span);
            return;
          }
          case "assert_forall":
            this.unchecked++;
            return;
          case "assume":
          case "proof":
          case "item":
            return;
        }
      }
      /** With checkLoopInvariants, panics where an invariant evaluates to false at the loop head; always true. */
      atLoopHead(s, cx) {
        if (!this.checkLoopInvariants || cx.spec) return true;
        for (const inv of [...s.invariants, ...s.invariantsExceptBreak]) {
          if (this.evalCondition(inv, cx) === false) throw new RuntimeError(`loop invariant does not hold: ${this.index.text(inv.span)}`, inv.span);
        }
        return true;
      }
      runLoop(label2, cx, cond2, body, bindIter, next) {
        for (; ; ) {
          this.tick(body.span);
          if (!cond2()) return;
          const iterCx = { ...cx, scope: new Scope(cx.scope) };
          bindIter?.(iterCx.scope);
          try {
            this.execBlock(body, iterCx);
          } catch (e) {
            if (e instanceof BreakSignal && (e.label === void 0 || e.label === label2)) return;
            if (!(e instanceof ContinueSignal && (e.label === void 0 || e.label === label2))) throw e;
          }
          next?.();
        }
      }
      execAssign(op, target, valueExpr, span, cx) {
        forbidSpecMutation(cx.spec);
        const rhs = this.eval(valueExpr, cx);
        if (isGhostPlace(target, cx)) return;
        const place2 = this.place(target, cx);
        if (op === "=") {
          const old = place2.get();
          const kind2 = old.t === "int" ? old.kind : typeKind(target.ty);
          place2.set(coerce2(rhs, kind2));
          return;
        }
        const cur = deref(place2.get());
        const r = deref(rhs);
        if (cur.t === "bool" && r.t === "bool") {
          const b2 = op === "&=" ? cur.v && r.v : op === "|=" ? cur.v || r.v : cur.v !== r.v;
          place2.set(bool(b2));
          return;
        }
        if (cur.t !== "int" || r.t !== "int") throw new Unsupported2(`compound assignment ${op} on ${showValue(cur)}`, span);
        const kind = cur.kind !== "int" ? cur.kind : typeKind(target.ty) ?? r.kind;
        place2.set(intBinary(op.slice(0, -1), cur.v, r.v, kind, cx.spec, span));
      }
      // -------------------------------------------------------------------------
      // Places
      /** The storage an lvalue expression denotes; temporaries get a fresh cell. */
      place(e, cx) {
        switch (e.kind) {
          case "path": {
            const local2 = this.localCell(e, cx);
            if (local2) return local2;
            break;
          }
          case "field": {
            const base = autoDeref(this.place(e.base, cx));
            const v = base.get();
            if (v.t === "struct" || v.t === "enum") {
              if (!(e.name in v.fields)) throw new Unsupported2(`field ${e.name} of ${showValue(v)}`, e.nameSpan);
              return new SlotPlace(v.fields, e.name);
            }
            if (v.t === "tuple") return new SlotPlace(v.elems, Number(e.name));
            if (v.t === "erased") return new Cell(ERASED);
            throw new Unsupported2(`field access .${e.name} on ${showValue(v)}`, e.nameSpan);
          }
          case "index": {
            const base = autoDeref(this.place(e.base, cx));
            const v = base.get();
            const i = deref(this.eval(e.index, cx));
            if ((v.t === "vec" || v.t === "array" || v.t === "seq") && i.t === "int") {
              if (i.v < 0n || i.v >= BigInt(v.elems.length)) {
                if (cx.spec) throw new NotEvaluable("index out of range in a specification");
                throw new RuntimeError(`index out of bounds: the len is ${v.elems.length} but the index is ${i.v}`, e.span);
              }
              return new SlotPlace(v.elems, Number(i.v));
            }
            if (v.t === "map") return new Cell(callBuiltinMethod({ name: "index", recv: new Cell(v), args: [i], span: e.span, spec: true }));
            if (v.t === "erased" || i.t === "erased") {
              if (cx.spec) throw new NotEvaluable("ghost value");
              return new Cell(ERASED);
            }
            throw new Unsupported2(`indexing ${showValue(v)}`, e.span);
          }
          case "unary":
            if (e.op === "*") {
              const p = this.place(e.operand, cx);
              const v = p.get();
              return v.t === "ref" ? v.place : p;
            }
            break;
          case "trigger":
            return this.place(e.operand, cx);
          default:
            break;
        }
        return new Cell(this.eval(e, cx));
      }
      localCell(e, cx) {
        if (e.res && e.res.kind !== "local") return void 0;
        if (e.segments.length !== 1) return void 0;
        return cx.scope.lookup(e.segments[0]);
      }
      /**
       * Reads a place as a value: a copy in exec code (Rust moves or copies, never shares).
       * Specifications never mutate (see forbidSpecMutation), so there they share the value:
       * copying a 64-entry Vec for every `self.rmp@[i]` of a quantifier dominated run time.
       */
      read(p, span, cx) {
        const v = p.get();
        if (v.t === "uninit") throw new RuntimeError("use of an uninitialised variable", span);
        if (v.t === "erased" && cx.spec) throw new NotEvaluable("ghost value");
        return cx.spec ? v : copyValue(v);
      }
      /** A value of this run's own: a copy in exec code, shared in specifications (see read). */
      own(v, cx) {
        return cx.spec ? v : copyValue(v);
      }
      // -------------------------------------------------------------------------
      // Expressions
      eval(e, cx) {
        this.tick(e.span);
        switch (e.kind) {
          case "int":
            return int(e.value, typeKind(e.ty) ?? asIntKind(e.suffix) ?? "int");
          case "bool":
            return bool(e.value);
          case "char":
            return { t: "char", v: e.value };
          case "str":
            return { t: "str", v: e.value };
          case "path":
            return this.evalPath(e, cx);
          case "unary":
            return this.evalUnary(e.op, e.operand, e.ty, e.span, cx);
          case "ref":
            return { t: "ref", mut: e.mut, place: this.place(e.operand, cx) };
          case "binary":
            return this.evalBinary(e.op, e.left, e.right, e.ty, e.span, cx);
          case "chain": {
            let left = this.eval(e.operands[0], cx);
            for (let i = 0; i < e.ops.length; i++) {
              const right = this.eval(e.operands[i + 1], cx);
              if (!compare2(e.ops[i], left, right, e.span, cx)) return bool(false);
              left = right;
            }
            return bool(true);
          }
          case "call":
            return this.evalCall(e, cx);
          case "method":
            return this.evalMethod(e, cx);
          case "field":
          case "index":
            return this.read(this.place(e, cx), e.span, cx);
          case "cast":
            return this.evalCast(this.eval(e.operand, cx), e.target, e.ty, e.span, cx);
          case "view": {
            const v = deref(this.eval(e.operand, cx));
            if (v.t === "erased") throw new NotEvaluable("ghost value");
            if (v.t === "vec" || v.t === "array") return { t: "seq", elems: cx.spec ? v.elems : v.elems.slice() };
            if (v.t === "struct") {
              const view2 = this.index.method(v.name, "view");
              if (view2) return this.callFn(view2, [{ t: "ref", mut: false, place: new Cell(v) }], e.span, true);
            }
            return v;
          }
          case "old": {
            if (cx.oldScope) return this.eval(e.operand, { ...cx, scope: cx.oldScope });
            if (!cx.oldIsCurrent) throw new NotEvaluable("old() outside a precondition");
            return this.eval(e.operand, cx);
          }
          case "final":
            if (cx.oldScope) return this.eval(e.operand, cx);
            throw new NotEvaluable("final() outside a postcondition");
          case "quant":
            return evalBoundedQuantifier(e, cx, (x, c) => this.eval(x, c));
          case "trigger":
            return this.eval(e.operand, cx);
          case "if": {
            if (truthy(this.eval(e.cond, cx), e.cond.span)) return this.execBlock(e.then, cx);
            if (!e.else) return unit();
            return "stmts" in e.else ? this.execBlock(e.else, cx) : this.eval(e.else, cx);
          }
          case "match":
            return this.evalMatch(e, cx);
          case "is": {
            const v = deref(this.eval(e.operand, cx));
            if (v.t === "erased") throw new NotEvaluable("ghost value");
            const want = e.res?.kind === "variant" ? e.res.variant.name : e.variant[e.variant.length - 1];
            return bool(v.t === "enum" && v.variant === want);
          }
          case "block":
            return this.execBlock(e.block, cx);
          case "struct":
            return this.evalStructLit(e, cx);
          case "tuple":
            return e.elems.length === 0 ? unit() : { t: "tuple", elems: e.elems.map((x) => this.eval(x, cx)) };
          case "array": {
            if (e.repeat) {
              const v = this.eval(e.repeat.value, cx);
              const n = deref(this.eval(e.repeat.count, cx));
              if (n.t !== "int") throw new Unsupported2("array repeat count", e.span);
              return { t: "array", elems: Array.from({ length: Number(n.v) }, () => copyValue(v)) };
            }
            return { t: "array", elems: e.elems.map((x) => this.eval(x, cx)) };
          }
          case "seq":
            return { t: "seq", elems: e.elems.map((x) => deref(this.eval(x, cx))) };
          case "macro":
            return this.evalMacro(e, cx);
          case "return":
            throw new ReturnSignal(e.value ? this.eval(e.value, cx) : unit());
          case "break":
            throw new BreakSignal(e.label);
          case "continue":
            throw new ContinueSignal(e.label);
          case "unsupported":
            throw new Unsupported2(e.what, e.span);
        }
      }
      evalPath(e, cx) {
        const local2 = this.localCell(e, cx);
        if (local2) return this.read(local2, e.span, cx);
        const res = e.res;
        if (res?.kind === "local") {
          if (cx.spec) throw new NotEvaluable(`ghost variable ${res.name}`);
          return ERASED;
        }
        const target = res ? this.fromResolution(res) : this.fallbackTarget(e.segments, cx);
        if (target === "builtin" || !target && res?.kind === "builtin") {
          return this.builtinValue(res?.kind === "builtin" ? res.name : e.segments.join("::"), e.span, cx);
        }
        if (!target) return this.builtinValue(e.segments.join("::"), e.span, cx);
        switch (target.kind) {
          case "const":
            return this.constValue(target.info.qname, cx);
          case "struct":
            return { t: "struct", name: target.info.qname, fields: {} };
          case "variant":
            return { t: "enum", name: target.info.qname, variant: target.variant, fields: {} };
          case "fn":
            throw new Unsupported2(`function ${target.fn.name} used as a value`, e.span);
        }
      }
      fromResolution(res) {
        switch (res.kind) {
          case "fn":
            return { kind: "fn", fn: res.decl };
          case "const": {
            const info = this.index.crate.consts.get(res.qname);
            return info ? { kind: "const", info } : void 0;
          }
          case "struct": {
            const info = this.index.crate.structs.get(res.qname);
            return info ? { kind: "struct", info } : void 0;
          }
          case "variant": {
            const info = this.index.enumByDeclName(res.enumDecl.name, res.qname);
            return info ? { kind: "variant", info, variant: res.variant.name } : void 0;
          }
          case "builtin":
            return "builtin";
          case "local":
            return void 0;
        }
      }
      fallbackTarget(segments, cx) {
        return this.index.resolvePath(segments, cx.fn);
      }
      builtinValue(name, span, cx) {
        const short = name.replace(/^(std|core|vstd)::(option::)?(Option::)?/, "");
        if (short === "None") return none();
        const m = /^(\w+)::(MAX|MIN|BITS)$/.exec(short);
        const kind = m ? asIntKind(m[1]) : void 0;
        if (m && kind && !isUnbounded(kind)) {
          const bits = kind === "usize" || kind === "isize" ? 64n : BigInt(kind.slice(1));
          const signed = kind.startsWith("i");
          if (m[2] === "BITS") return int(bits, "u32");
          if (m[2] === "MAX") return int(signed ? (1n << bits - 1n) - 1n : (1n << bits) - 1n, kind);
          return int(signed ? -(1n << bits - 1n) : 0n, kind);
        }
        if (short === "arbitrary") {
          if (cx.spec) throw new NotEvaluable("arbitrary()");
          return ERASED;
        }
        throw new Unsupported2(`the name ${name}`, span);
      }
      constValue(qname, cx) {
        const cached = this.constCache.get(qname);
        if (cached) return copyValue(cached);
        const info = this.index.crate.consts.get(qname);
        const kind = typeKind(info.ty) ?? declaredKind(info.decl.ty);
        let v;
        const overflows = typeof info.value === "bigint" && kind !== void 0 && !inRange2(info.value, kind);
        if (overflows && info.decl.value && info.decl.mode !== "spec") v = coerce2(this.eval(info.decl.value, { scope: new Scope(), spec: false }), kind);
        else if (typeof info.value === "bigint") v = int(info.value, kind ?? "int");
        else if (typeof info.value === "boolean") v = bool(info.value);
        else if (info.decl.value) v = coerce2(this.eval(info.decl.value, { scope: new Scope(), spec: info.decl.mode === "spec" || cx.spec }), kind);
        else throw new NotEvaluable(`const ${qname} has no value`);
        this.constCache.set(qname, v);
        return copyValue(v);
      }
      evalUnary(op, operandExpr, ty, span, cx) {
        if (op === "*") {
          const v2 = this.eval(operandExpr, cx);
          return v2.t === "ref" ? this.read(v2.place, span, cx) : v2;
        }
        const v = deref(this.eval(operandExpr, cx));
        if (v.t === "erased") return ghost(cx);
        if (op === "!") {
          if (v.t === "bool") return bool(!v.v);
          if (v.t === "int") return bitNot(v.v, typeKind(ty) ?? v.kind);
        } else if (v.t === "int") {
          const kind = cx.spec ? "int" : typeKind(ty) ?? v.kind;
          return negate(v.v, kind, cx.spec, span);
        }
        throw new Unsupported2(`unary ${op} on ${showValue(v)}`, span);
      }
      evalBinary(op, le, re, ty, span, cx) {
        switch (op) {
          case "&&":
            return bool(truthy(this.eval(le, cx), le.span) && truthy(this.eval(re, cx), re.span));
          case "||":
            return bool(truthy(this.eval(le, cx), le.span) || truthy(this.eval(re, cx), re.span));
          case "==>":
            return bool(!truthy(this.eval(le, cx), le.span) || truthy(this.eval(re, cx), re.span));
          case "<==":
            return bool(truthy(this.eval(le, cx), le.span) || !truthy(this.eval(re, cx), re.span));
          case "<==>":
            return bool(truthy(this.eval(le, cx), le.span) === truthy(this.eval(re, cx), re.span));
        }
        const a = deref(this.eval(le, cx));
        const b2 = deref(this.eval(re, cx));
        if (a.t === "erased" || b2.t === "erased") return ghost(cx);
        switch (op) {
          case "==":
          case "===":
          case "=~=":
          case "=~~=":
            return bool(valueEquals(a, b2));
          case "!=":
          case "!==":
            return bool(!valueEquals(a, b2));
          case "<":
          case "<=":
          case ">":
          case ">=":
            return bool(compare2(op, a, b2, span, cx));
        }
        if (a.t === "bool" && b2.t === "bool") {
          if (op === "&") return bool(a.v && b2.v);
          if (op === "|") return bool(a.v || b2.v);
          if (op === "^") return bool(a.v !== b2.v);
        }
        if (a.t === "seq" && b2.t === "seq" && op === "+") return { t: "seq", elems: [...a.elems, ...b2.elems] };
        if (a.t !== "int" || b2.t !== "int") throw new Unsupported2(`operator ${op} on ${showValue(a)} and ${showValue(b2)}`, span);
        return intBinary(op, a.v, b2.v, resultKind(op, a.kind, b2.kind, ty, cx.spec), cx.spec, span);
      }
      evalCast(v0, target, ty, span, cx) {
        const v = deref(v0);
        if (v.t === "erased") return ghost(cx);
        const name = target.kind === "path" ? target.segments[target.segments.length - 1] : void 0;
        if (name === "char") {
          if (v.t === "int") return { t: "char", v: String.fromCodePoint(Number(wrap3(v.v, "u32"))) };
          return v;
        }
        const kind = asIntKind(name) ?? typeKind(ty);
        if (!kind) throw new Unsupported2(`cast to ${name ?? "this type"}`, span);
        let n;
        if (v.t === "int") n = v.v;
        else if (v.t === "bool") n = v.v ? 1n : 0n;
        else if (v.t === "char") n = BigInt(v.v.codePointAt(0));
        else if (v.t === "enum") n = this.discriminant(v);
        else throw new Unsupported2(`cast of ${showValue(v)}`, span);
        return int(wrap3(n, kind), kind);
      }
      discriminant(v) {
        const info = this.index.crate.enums.get(v.name);
        if (!info) throw new Unsupported2(`discriminant of ${v.name}`);
        let next = 0n;
        for (const variant of info.variants) {
          const d = variant.discriminant ?? next;
          if (variant.name === v.variant) return d;
          next = d + 1n;
        }
        throw new Unsupported2(`discriminant of ${v.name}::${v.variant}`);
      }
      // -------------------------------------------------------------------------
      // Calls, methods, constructors
      evalArgs(args, cx) {
        return args.map((a) => isGhostWrap(a) ? ERASED : this.eval(a, cx));
      }
      evalCall(e, cx) {
        const callee = e.callee;
        if (callee.kind !== "path") throw new Unsupported2("call of a computed function value", e.span);
        const res = callee.res;
        if (!res || res.kind === "local") {
          const target2 = this.fallbackTarget(callee.segments, cx);
          if (target2) return this.callTarget(target2, e, cx);
          return this.callBuiltin(callee.segments.join("::"), e, cx);
        }
        const target = this.fromResolution(res);
        if (target === "builtin" || !target) return this.callBuiltin(res.kind === "builtin" ? res.name : callee.segments.join("::"), e, cx);
        return this.callTarget(target, e, cx);
      }
      callTarget(target, e, cx) {
        switch (target.kind) {
          case "fn": {
            if (target.fn.mode === "proof") return ERASED;
            return this.callFn(target.fn, this.evalArgs(e.args, cx), e.span, cx.spec);
          }
          case "struct":
            return { t: "struct", name: target.info.qname, fields: this.tupleFields(e.args, cx) };
          case "variant":
            return { t: "enum", name: target.info.qname, variant: target.variant, fields: this.tupleFields(e.args, cx) };
          case "const":
            throw new Unsupported2("call of a constant", e.span);
        }
      }
      tupleFields(args, cx) {
        const fields = {};
        args.forEach((a, i) => {
          fields[String(i)] = this.eval(a, cx);
        });
        return fields;
      }
      callBuiltin(name, e, cx) {
        const short = name.replace(/^(std|core|vstd)::((option|vec|seq|set|map|boxed|prelude)::)?/, "");
        switch (short) {
          case "Some":
          case "Option::Some":
            return some(this.eval(e.args[0], cx));
          case "Ghost":
          case "Tracked":
            return ERASED;
          case "Box::new":
            return this.eval(e.args[0], cx);
          case "Vec::new":
          case "Vec::with_capacity":
            return { t: "vec", elems: [] };
          case "Seq::empty":
            return { t: "seq", elems: [] };
          case "Set::empty":
            return { t: "set", elems: [] };
          case "Map::empty":
            return { t: "map", entries: [] };
          case "reveal":
          case "reveal_with_fuel":
            return unit();
          case "arbitrary":
            return ghost(cx);
        }
        const m = /^\w+::(\w+)$/.exec(short);
        if (m && e.args.length > 0) {
          const args = this.evalArgs(e.args, cx);
          const recv = autoDeref(new Cell(args[0]));
          const out = callBuiltinMethod({ name: m[1], recv, args: args.slice(1), span: e.span, spec: cx.spec });
          if (out) return out;
        }
        throw new Unsupported2(`call of ${name}`, e.span);
      }
      evalMethod(e, cx) {
        let decl = e.res?.kind === "fn" ? e.res.decl : void 0;
        let recvPlace;
        if (!decl && e.res?.kind !== "builtin") {
          recvPlace = autoDeref(this.place(e.receiver, cx));
          const r = recvPlace.get();
          if (r.t === "struct" || r.t === "enum") decl = this.index.method(r.name, e.method);
        }
        if (decl) {
          if (decl.mode === "proof") return ERASED;
          const self2 = decl.params[0];
          let selfArg;
          if (self2?.name === "self" && self2.ty.kind === "ref") {
            selfArg = { t: "ref", mut: self2.ty.mut, place: recvPlace ?? autoDeref(this.place(e.receiver, cx)) };
          } else {
            selfArg = this.own((recvPlace ?? autoDeref(this.place(e.receiver, cx))).get(), cx);
          }
          return this.callFn(decl, [selfArg, ...this.evalArgs(e.args, cx)], e.span, cx.spec);
        }
        if (e.res?.kind === "builtin" && /^(Tracked|Ghost)::/.test(e.res.name)) return ghost(cx);
        recvPlace ??= autoDeref(this.place(e.receiver, cx));
        const args = this.evalArgs(e.args, cx);
        const out = callBuiltinMethod({ name: e.method, recv: recvPlace, args, span: e.span, spec: cx.spec });
        if (out === void 0) throw new Unsupported2(`method ${e.method} on ${showValue(recvPlace.get())}`, e.methodSpan);
        return out;
      }
      evalStructLit(e, cx) {
        const target = e.res ? this.fromResolution(e.res) : this.fallbackTarget(e.path, cx);
        if (!target || target === "builtin" || target.kind !== "struct" && target.kind !== "variant") {
          throw new Unsupported2(`struct literal ${e.path.join("::")}`, e.pathSpan);
        }
        const given = {};
        for (const f of e.fields) given[f.name] = this.eval(f.value, cx);
        const base = e.base ? deref(this.eval(e.base, cx)) : void 0;
        const declared = target.kind === "struct" ? target.info.fields.map((f) => f.name) : target.info.variants.find((v) => v.name === target.variant)?.fields.map((f) => f.name) ?? [];
        const fields = {};
        for (const name of declared.length ? declared : Object.keys(given)) {
          if (name in given) fields[name] = coerce2(given[name], fieldKind(target, name));
          else if (base && (base.t === "struct" || base.t === "enum") && name in base.fields) fields[name] = this.own(base.fields[name], cx);
          else fields[name] = ERASED;
        }
        return target.kind === "struct" ? { t: "struct", name: target.info.qname, fields } : { t: "enum", name: target.info.qname, variant: target.variant, fields };
      }
      evalMacro(e, cx) {
        const args = e.args ?? [];
        const name = e.name.replace(/!$/, "");
        switch (name) {
          case "vec": {
            if (!e.args) throw new Unsupported2("vec! with this argument form", e.span);
            return { t: "vec", elems: args.map((a) => copyValue(deref(this.eval(a, cx)))) };
          }
          case "assert":
          case "debug_assert": {
            if (!e.args) throw new Unsupported2(`${name}! with these arguments`, e.span);
            if (!truthy(this.eval(args[0], cx), e.span)) {
              throw new RuntimeError(`assertion failed: ${this.index.text(args[0].span)}`, e.span);
            }
            return unit();
          }
          case "assert_eq":
          case "assert_ne":
          case "debug_assert_eq":
          case "debug_assert_ne": {
            if (!e.args || args.length < 2) throw new Unsupported2(`${name}! with these arguments`, e.span);
            const a = this.eval(args[0], cx);
            const b2 = this.eval(args[1], cx);
            const eq2 = name.endsWith("eq");
            if (valueEquals(a, b2) !== eq2) {
              throw new RuntimeError(`assertion \`left ${eq2 ? "==" : "!="} right\` failed: left: ${showValue(deref(a))}, right: ${showValue(deref(b2))}`, e.span);
            }
            return unit();
          }
          case "panic":
            throw new RuntimeError(this.panicMessage(args, cx) ?? "explicit panic", e.span);
          case "unimplemented":
            throw new RuntimeError("not implemented", e.span);
          case "todo":
            throw new RuntimeError("not yet implemented", e.span);
          case "unreachable":
            throw new RuntimeError("internal error: entered unreachable code", e.span);
          case "println":
          case "print":
          case "eprintln":
          case "eprint":
            return unit();
          case "dbg":
            return args[0] ? this.eval(args[0], cx) : unit();
          case "proof":
            return unit();
        }
        throw new Unsupported2(`macro ${name}!`, e.span);
      }
      panicMessage(args, cx) {
        const first = args[0];
        if (!first || first.kind !== "str") return void 0;
        let k = 1;
        return first.value.replace(/\{[^}]*\}/g, () => {
          const a = args[k++];
          return a ? showValue(deref(this.eval(a, cx))) : "{}";
        });
      }
      // -------------------------------------------------------------------------
      // match and patterns
      evalMatch(e, cx) {
        const s = e.scrutinee;
        const placeLike = s.kind === "path" || s.kind === "field" || s.kind === "index" || s.kind === "unary" && s.op === "*";
        const place2 = placeLike ? this.place(s, cx) : new Cell(this.eval(s, cx));
        if (deref(place2.get()).t === "erased") return ghost(cx);
        for (const arm of e.arms) {
          const binds = [];
          if (!this.matchPattern(arm.pattern, place2, "move", binds, cx)) continue;
          const armCx = { ...cx, scope: new Scope(cx.scope) };
          for (const [n, v] of binds) armCx.scope.bind(n, v);
          if (arm.guard && !truthy(this.eval(arm.guard, armCx), arm.guard.span)) continue;
          return this.eval(arm.body, armCx);
        }
        throw new RuntimeError(`no match arm for ${showValue(place2.get())}`, e.span);
      }
      /** Matches `p` against the value stored at `place`, collecting bindings. */
      matchPattern(p, place2, mode, binds, cx) {
        if (p.kind === "wild") return true;
        if (p.kind === "ident") {
          const asPath = this.identAsPath(p.name, cx);
          if (asPath) return this.matchPattern({ kind: "path", path: [p.name], span: p.span }, place2, mode, binds, cx);
          const v2 = place2.get();
          if (p.byRef) binds.push([p.name, { t: "ref", mut: p.mut, place: place2 }]);
          else if (mode !== "move" && v2.t !== "ref") binds.push([p.name, { t: "ref", mut: mode === "refmut", place: place2 }]);
          else binds.push([p.name, this.own(v2, cx)]);
          return true;
        }
        if (p.kind === "or") {
          for (const alt of p.alts) {
            const mine = [];
            if (this.matchPattern(alt, place2, mode, mine, cx)) {
              binds.push(...mine);
              return true;
            }
          }
          return false;
        }
        let v = place2.get();
        while (v.t === "ref") {
          mode = v.mut && mode !== "ref" ? "refmut" : "ref";
          place2 = v.place;
          v = place2.get();
        }
        switch (p.kind) {
          case "tuple":
            if (v.t !== "tuple") return false;
            return p.elems.every((q, i) => this.matchPattern(q, new SlotPlace(v.elems, i), mode, binds, cx));
          case "tuple_struct": {
            const last = p.path[p.path.length - 1];
            const builtin2 = p.res?.kind === "builtin" ? p.res.name : void 0;
            if (builtin2 === "Tracked" || builtin2 === "Ghost" || !p.res && (last === "Tracked" || last === "Ghost")) {
              for (const q of p.elems) for (const n of patternNames(q)) binds.push([n, ERASED]);
              return true;
            }
            if (v.t === "erased") {
              ghost(cx);
              return false;
            }
            if (v.t !== "struct" && v.t !== "enum") return false;
            if (v.t === "enum" && v.variant !== this.variantName(p, last)) return false;
            return p.elems.every((q, i) => this.matchPattern(q, new SlotPlace(v.fields, String(i)), mode, binds, cx));
          }
          case "struct": {
            if (v.t !== "struct" && v.t !== "enum") return false;
            if (v.t === "enum" && v.variant !== this.variantName(p, p.path[p.path.length - 1])) return false;
            return p.fields.every((f) => f.name in v.fields && this.matchPattern(f.pattern, new SlotPlace(v.fields, f.name), mode, binds, cx));
          }
          case "path": {
            const last = p.path[p.path.length - 1];
            if (p.res?.kind === "const" || !p.res && this.index.resolvePath(p.path, cx.fn)?.kind === "const") {
              const qname = p.res?.kind === "const" ? p.res.qname : this.index.resolvePath(p.path, cx.fn).info.qname;
              return valueEquals(v, this.constValue(qname, cx));
            }
            if (v.t === "enum") return v.variant === this.variantName(p, last);
            return v.t === "struct";
          }
          case "lit":
            return valueEquals(v, this.eval(p.value, cx));
          case "range": {
            if (p.lo && compareRaw(v, deref(this.eval(p.lo, cx))) < 0) return false;
            if (p.hi) {
              const c = compareRaw(v, deref(this.eval(p.hi, cx)));
              if (p.inclusive ? c > 0 : c >= 0) return false;
            }
            return true;
          }
        }
      }
      variantName(p, written) {
        if (p.res?.kind === "variant") return p.res.variant.name;
        if (p.res?.kind === "builtin") return p.res.name.replace(/^Option::/, "");
        return written;
      }
      /** An ident pattern that names a unit variant or const (`None`, `Red` after `use E::*`). */
      identAsPath(name, cx) {
        if (name === "None") return true;
        if (!/^[A-Z]/.test(name)) return false;
        const t = this.index.resolvePath([name], cx.fn);
        return t?.kind === "variant" || t?.kind === "const";
      }
    };
    QUANT_BUDGET = 1e5;
  }
});

// src/emu/index.ts
var emu_exports = {};
__export(emu_exports, {
  RuntimeError: () => RuntimeError,
  callFunction: () => callFunction,
  runTests: () => runTests
});
import { performance as performance2 } from "node:perf_hooks";
function runTests(crate, opts = {}) {
  const index2 = new CrateIndex(crate);
  const tests = crate.fns.filter((f) => isTest(f.decl) && (!opts.filter || f.qname.includes(opts.filter))).sort((a, b2) => a.qname < b2.qname ? -1 : a.qname > b2.qname ? 1 : 0);
  return tests.map((t) => runOne(index2, t.qname, t.decl, opts.stepLimit ?? DEFAULT_STEP_LIMIT));
}
function isTest(decl) {
  return decl.flags.test || decl.attrs.some((a) => a.name === "test");
}
function runOne(index2, name, decl, stepLimit) {
  const interp = new Interpreter(index2, stepLimit);
  const shouldPanic = decl.attrs.find((a) => a.name === "should_panic");
  const start = performance2.now();
  const done = (status, message2) => ({
    name,
    status,
    ms: Math.round(performance2.now() - start),
    unchecked: interp.unchecked,
    ...message2 !== void 0 ? { message: message2 } : {}
  });
  let panic;
  try {
    interp.callFn(decl, [], decl.span, false);
  } catch (e) {
    if (e instanceof RuntimeError) panic = e.message;
    else return done("failed", failureText(e));
  }
  if (!shouldPanic) return panic === void 0 ? done("passed") : done("failed", panic);
  if (panic === void 0) return done("failed", "test did not panic as expected");
  const expected = /expected\s*=\s*"((?:[^"\\]|\\.)*)"/.exec(shouldPanic.args)?.[1];
  if (expected !== void 0 && !panic.includes(expected)) {
    return done("failed", `panic did not contain expected string "${expected}": ${panic}`);
  }
  return done("passed");
}
function failureText(e) {
  if (e instanceof Unsupported2) return e.message;
  if (e instanceof NotEvaluable) return `emulator cannot evaluate: ${e.reason}`;
  if (e instanceof RangeError && /call stack/i.test(e.message)) return "stack overflow (emulator recursion limit)";
  return `internal emulator error: ${e instanceof Error ? e.message : String(e)}`;
}
function callFunction(crate, qname, args, opts = {}) {
  const index2 = new CrateIndex(crate);
  const info = index2.fnByQname.get(qname);
  if (!info) throw new Error(`no function named ${qname} in crate ${crate.name}`);
  return new Interpreter(index2, opts.stepLimit ?? DEFAULT_STEP_LIMIT).callFn(info.decl, args, void 0, false);
}
var init_emu = __esm({
  "src/emu/index.ts"() {
    "use strict";
    init_crate_index();
    init_errors2();
    init_interp2();
    init_errors2();
  }
});

// src/emu/report.ts
var report_exports = {};
__export(report_exports, {
  formatTestRun: () => formatTestRun
});
function formatTestRun(outcomes) {
  const lines = [];
  lines.push(`running ${outcomes.length} test${outcomes.length === 1 ? "" : "s"}`);
  for (const o of outcomes) lines.push(`test ${o.name} ... ${o.status === "passed" ? "ok" : "FAILED"}`);
  const failed = outcomes.filter((o) => o.status === "failed");
  if (failed.length) {
    lines.push("", "failures:");
    for (const o of failed) lines.push(`    ${o.name}: ${o.message ?? "failed"}`);
  }
  const unchecked2 = outcomes.reduce((n, o) => n + (o.unchecked ?? 0), 0);
  if (unchecked2) lines.push("", `note: ${unchecked2} assertion${unchecked2 === 1 ? "" : "s"} not evaluable at run time (quantifiers or ghost state) were skipped`);
  const passed = outcomes.length - failed.length;
  const ms = outcomes.reduce((n, o) => n + o.ms, 0);
  lines.push("", `test result: ${failed.length ? "FAILED" : "ok"}. ${passed} passed; ${failed.length} failed; finished in ${(ms / 1e3).toFixed(2)}s`);
  lines.push(`${passed} passed, ${failed.length} failed`);
  return lines.join("\n") + "\n";
}
var init_report = __esm({
  "src/emu/report.ts"() {
    "use strict";
  }
});

// src/oracle/run-input.ts
function paramBindings(fn, args) {
  return fn.decl.params.map((p, i) => [p.name, p.ghost || p.tracked ? { t: "erased" } : args[i]]);
}
function snapshot2(v) {
  if (v.t === "ref") return { t: "ref", mut: v.mut, place: new Cell(snapshot2(v.place.get())) };
  return copyValue(v);
}
function generatedType(fn, i) {
  const p = fn.decl.params[i];
  if (p.ghost || p.tracked) return void 0;
  return fn.params[i]?.ty;
}
var INCONCLUSIVE_PANICS, InputRunner;
var init_run_input = __esm({
  "src/oracle/run-input.ts"() {
    "use strict";
    init_errors2();
    init_value();
    INCONCLUSIVE_PANICS = /^(step limit exceeded|stack overflow)/;
    InputRunner = class {
      constructor(interp, crate) {
        this.interp = interp;
        this.crate = crate;
      }
      interp;
      crate;
      run(fn, args) {
        this.interp.steps = 0;
        try {
          return this.runChecked(fn, args);
        } catch (e) {
          if (e instanceof NotEvaluable || e instanceof Unsupported2 || e instanceof RuntimeError) return { kind: "inconclusive", why: e.message };
          if (e instanceof RangeError) return { kind: "inconclusive", why: "emulator recursion limit" };
          throw e;
        }
      }
      runChecked(fn, args) {
        const decl = fn.decl;
        const entry = args.map(snapshot2);
        const requires = this.interp.evalContract(decl, decl.requires, { now: paramBindings(fn, args) });
        if (requires.includes(false)) return { kind: "excluded" };
        const invariants = fn.params.map((p, i) => p.mode === "exec" || decl.mode === "proof" ? this.invariantsHold(args[i]) : true);
        if (invariants.includes(false)) return { kind: "excluded" };
        if (requires.includes(void 0) || invariants.includes(void 0)) return { kind: "unevaluable" };
        let result = { t: "erased" };
        if (decl.mode === "exec") {
          try {
            result = this.interp.callFn(decl, args, void 0, false);
          } catch (e) {
            if (!(e instanceof RuntimeError)) throw e;
            if (INCONCLUSIVE_PANICS.test(e.what)) return { kind: "inconclusive", why: e.message };
            return { kind: "violation", what: `panics: ${e.message}` };
          }
        }
        const now = paramBindings(fn, decl.params.map((p, i) => p.ty.kind === "ref" && p.ty.mut ? args[i] : entry[i]));
        if (decl.retName) now.push([decl.retName, result]);
        const ensures = this.interp.evalContract(decl, decl.ensures, { now, entry: paramBindings(fn, entry) });
        const failed = ensures.findIndex((x) => x === false);
        if (failed >= 0) return { kind: "violation", what: `postcondition does not hold: ${this.interp.index.text(decl.ensures[failed].span)}` };
        if (decl.mode === "exec") {
          if (this.invariantsHold(result) === false) return { kind: "violation", what: `returned value ${showValue(result)} breaks its type invariant` };
          for (const [i, p] of decl.params.entries()) {
            if (p.ty.kind === "ref" && p.ty.mut && this.invariantsHold(args[i]) === false) {
              return { kind: "violation", what: `\`${p.name}\` ends as ${showValue(deref(args[i]))}, which breaks its type invariant` };
            }
          }
        }
        return { kind: "ok", uncheckedClauses: ensures.filter((x) => x === void 0).length };
      }
      /** Whether every struct and enum value inside v meets its type invariant (undefined: not evaluable). */
      invariantsHold(v) {
        v = deref(v);
        let unknown = false;
        const parts = [];
        switch (v.t) {
          case "struct":
          case "enum": {
            const inv = this.invariantOf(v.name);
            if (inv) {
              try {
                const ok = deref(this.interp.callFn(inv.decl, [{ t: "ref", mut: false, place: new Cell(v) }], void 0, true));
                if (ok.t === "bool" && !ok.v) return false;
                if (ok.t !== "bool") unknown = true;
              } catch (e) {
                if (!(e instanceof NotEvaluable)) throw e;
                unknown = true;
              }
            }
            parts.push(...Object.values(v.fields));
            break;
          }
          case "tuple":
          case "vec":
          case "array":
          case "seq":
          case "set":
            parts.push(...v.elems);
            break;
          case "map":
            for (const [k, x] of v.entries) parts.push(k, x);
            break;
          default:
            break;
        }
        for (const p of parts) {
          const r = this.invariantsHold(p);
          if (r === false) return false;
          if (r === void 0) unknown = true;
        }
        return unknown ? void 0 : true;
      }
      invariantOf(typeName) {
        return this.crate.structs.get(typeName)?.typeInvariant ?? this.crate.fns.find((f) => f.implType === typeName && f.decl.flags.typeInvariant);
      }
    };
  }
});

// src/oracle/rng.ts
var Rng;
var init_rng = __esm({
  "src/oracle/rng.ts"() {
    "use strict";
    Rng = class _Rng {
      state;
      constructor(seed) {
        this.state = seed >>> 0;
      }
      /** A generator for one named stream (a function), independent of the order streams are used in. */
      static forName(seed, name) {
        let h = seed >>> 0;
        for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619) >>> 0;
        return new _Rng(h);
      }
      /** Uniform in [0, 1). */
      next() {
        let t = this.state = this.state + 1831565813 >>> 0;
        t = Math.imul(t ^ t >>> 15, t | 1);
        t ^= t + Math.imul(t ^ t >>> 7, t | 61);
        return ((t ^ t >>> 14) >>> 0) / 4294967296;
      }
      /** Uniform integer in [0, n). */
      below(n) {
        return Math.floor(this.next() * n);
      }
      pick(xs) {
        return xs[this.below(xs.length)];
      }
      /** Uniform bigint in [lo, hi]. */
      bigintIn(lo, hi) {
        const span = hi - lo + 1n;
        let r = 0n;
        for (let bits = 0n; 1n << bits < span * 256n; bits += 32n) r = r << 32n | BigInt(Math.floor(this.next() * 4294967296));
        return lo + r % span;
      }
    };
  }
});

// src/oracle/trust.ts
function directCallees(decl) {
  const out = /* @__PURE__ */ new Set();
  const visit = (e) => {
    if (e.kind === "call" && e.callee.kind === "path" && e.callee.res?.kind === "fn") out.add(e.callee.res.decl);
    if (e.kind === "method" && e.res?.kind === "fn") out.add(e.res.decl);
  };
  walkBlock(decl.body, visit);
  for (const c of [...decl.requires, ...decl.ensures]) walkExpr(c, visit);
  return out;
}
function assumesDirectly(decl) {
  if (decl.flags.externalBody) return true;
  let found = false;
  walkBlock(decl.body, () => void 0, (s) => {
    if (s.kind === "assume") found = true;
  });
  return found;
}
function trustedFunctions(crate) {
  const callees2 = /* @__PURE__ */ new Map();
  for (const f of crate.fns) callees2.set(f.decl, directCallees(f.decl));
  const trusted = new Set(crate.fns.filter((f) => assumesDirectly(f.decl)).map((f) => f.decl));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [decl, cs] of callees2) {
      if (!trusted.has(decl) && [...cs].some((c) => trusted.has(c))) {
        trusted.add(decl);
        changed = true;
      }
    }
  }
  const lemmas = new Set(crate.broadcastLemmas);
  if (crate.fns.some((f) => lemmas.has(f.qname) && trusted.has(f.decl))) for (const f of crate.fns) trusted.add(f.decl);
  return trusted;
}
var init_trust = __esm({
  "src/oracle/trust.ts"() {
    "use strict";
    init_walk();
  }
});

// src/oracle/values.ts
function intPool(kind, literals) {
  const r = intRange(kind);
  const base = [0n, 1n, 2n, -1n, -2n, 3n, 7n, 10n, 100n, 255n, 256n, 65535n, 65536n, -128n, -129n];
  const near = literals.flatMap((v) => [v - 1n, v, v + 1n]);
  let pool;
  if (r) pool = [r.min, r.min + 1n, r.max, r.max - 1n, r.max / 2n, r.max / 2n + 1n, ...base, ...near].filter((v) => v >= r.min && v <= r.max);
  else pool = [...base, ...near, 1n << 64n, -(1n << 64n)].filter((v) => kind !== "nat" || v >= 0n);
  return [...new Set(pool)];
}
function substitute3(t, m) {
  switch (t.k) {
    case "param":
      return m.get(t.name) ?? GENERIC_STANDIN;
    case "tuple":
      return { k: "tuple", elems: t.elems.map((e) => substitute3(e, m)) };
    case "ref":
      return { k: "ref", mut: t.mut, inner: substitute3(t.inner, m) };
    case "array":
      return { k: "array", elem: substitute3(t.elem, m), len: t.len };
    case "slice":
      return { k: "slice", elem: substitute3(t.elem, m) };
    case "builtin":
      return { k: "builtin", name: t.name, args: t.args.map((a) => substitute3(a, m)) };
    case "adt":
      return { k: "adt", name: t.name, args: t.args.map((a) => substitute3(a, m)) };
    default:
      return t;
  }
}
function bindings(generics, args) {
  return new Map(generics.map((g, i) => [g, args[i] ?? GENERIC_STANDIN]));
}
function valueOf(t, g, boundary, depth = 0) {
  const pick = (xs, salt) => boundary === void 0 ? g.rng.pick(xs) : xs[(boundary + salt) % xs.length];
  if (depth > MAX_DEPTH) throw new NoGenerator("value nested too deeply");
  switch (t.k) {
    case "int": {
      const pool = intPool(t.kind, g.literals);
      if (boundary !== void 0 || g.rng.next() < 0.6) return { t: "int", kind: t.kind, v: pick(pool, depth) };
      const r = intRange(t.kind);
      if (r) return { t: "int", kind: t.kind, v: g.rng.next() < 0.5 ? g.rng.bigintIn(r.min, r.max) : g.rng.bigintIn(r.min < -20n ? -20n : r.min, 20n) };
      const lo = t.kind === "nat" ? 0n : -1000n;
      return { t: "int", kind: t.kind, v: g.rng.bigintIn(lo, 1000n) };
    }
    case "bool":
      return { t: "bool", v: pick([false, true], depth) };
    case "char":
      return { t: "char", v: pick(["a", "0", "z", "\0", " ", "\u{10FFFF}"], depth) };
    case "tuple":
      return t.elems.length === 0 ? { t: "tuple", elems: [] } : { t: "tuple", elems: t.elems.map((e, i) => valueOf(e, g, shift(boundary, i), depth + 1)) };
    case "ref":
      return { t: "ref", mut: t.mut, place: new Cell(valueOf(t.inner, g, boundary, depth + 1)) };
    case "array":
      return { t: "array", elems: Array.from({ length: Number(t.len) }, (_, i) => valueOf(t.elem, g, shift(boundary, i), depth + 1)) };
    case "slice":
      return { t: "array", elems: elemsOf(t.elem, g, boundary, depth) };
    case "builtin":
      return builtinValue(t, g, boundary, depth, pick);
    case "adt":
      return adtValue(t, g, boundary, depth, pick);
    case "param":
      return valueOf(GENERIC_STANDIN, g, boundary, depth);
    default:
      throw new NoGenerator(`no values of type ${t.k}`);
  }
}
function shift(boundary, by) {
  return boundary === void 0 ? void 0 : boundary + by;
}
function elemsOf(elem, g, boundary, depth) {
  const len2 = boundary === void 0 ? g.rng.below(MAX_LEN + 1) : boundary % 3;
  return Array.from({ length: len2 }, (_, i) => valueOf(elem, g, shift(boundary, i + 1), depth + 1));
}
function builtinValue(t, g, boundary, depth, pick) {
  const a0 = t.args[0] ?? GENERIC_STANDIN;
  switch (t.name) {
    case "Vec":
      return { t: "vec", elems: elemsOf(a0, g, boundary, depth) };
    case "Seq":
      return { t: "seq", elems: elemsOf(a0, g, boundary, depth) };
    case "Set":
      return { t: "set", elems: dedupe2(elemsOf(a0, g, boundary, depth)) };
    case "Map": {
      const keys = dedupe2(elemsOf(a0, g, boundary, depth));
      return { t: "map", entries: keys.map((k, i) => [k, valueOf(t.args[1] ?? GENERIC_STANDIN, g, shift(boundary, i + 5), depth + 1)]) };
    }
    case "Option":
      return pick([false, true], depth + 1) ? { t: "enum", name: "Option", variant: "Some", fields: { "0": valueOf(a0, g, shift(boundary, 1), depth + 1) } } : { t: "enum", name: "Option", variant: "None", fields: {} };
    case "Box":
      return valueOf(a0, g, boundary, depth + 1);
    case "Ghost":
    case "Tracked":
      return { t: "erased" };
  }
}
function adtValue(t, g, boundary, depth, pick) {
  const s = g.crate.structs.get(t.name);
  if (s) {
    const m = bindings(s.generics, t.args);
    const fields = {};
    s.fields.forEach((f, i) => {
      fields[f.name] = valueOf(substitute3(f.ty, m), g, shift(boundary, i), depth + 1);
    });
    return { t: "struct", name: s.qname, fields };
  }
  const e = g.crate.enums.get(t.name);
  if (e && e.variants.length > 0) {
    const m = bindings(e.generics, t.args);
    const variant = pick(e.variants, depth);
    const fields = {};
    variant.fields.forEach((f, i) => {
      fields[f.name] = valueOf(substitute3(f.ty, m), g, shift(boundary, i + 1), depth + 1);
    });
    return { t: "enum", name: e.qname, variant: variant.name, fields };
  }
  throw new NoGenerator(`no values of type ${t.name}`);
}
function dedupe2(xs) {
  const seen = /* @__PURE__ */ new Set();
  return xs.filter((x) => {
    const k = JSON.stringify(x, (_, v) => typeof v === "bigint" ? v.toString() : v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
var NoGenerator, MAX_DEPTH, MAX_LEN, GENERIC_STANDIN;
var init_values = __esm({
  "src/oracle/values.ts"() {
    "use strict";
    init_types();
    init_value();
    NoGenerator = class extends Error {
    };
    MAX_DEPTH = 8;
    MAX_LEN = 4;
    GENERIC_STANDIN = { k: "int", kind: "u8" };
  }
});

// src/oracle/oracle.ts
var oracle_exports = {};
__export(oracle_exports, {
  checkSoundness: () => checkSoundness
});
import { performance as performance3 } from "node:perf_hooks";
async function checkSoundness(opts) {
  const results = await runProofgate({ cacheDir: null, ...opts.verify, paths: opts.paths, mode: "verify" });
  const failed = new Set(results.diagnostics.filter((d) => d.severity === "error" && d.function).map((d) => d.function));
  const proved = new Set(results.units.filter((u) => u.status !== "failed" && !failed.has(u.function)).map((u) => u.function));
  const program = checkPaths(opts.paths);
  const started = performance3.now();
  const report = { seed: opts.seed, proved: proved.size, functions: [], findings: [], inputsRun: 0, ms: 0 };
  const work = [];
  for (const crate of program.clean) {
    const trusted = trustedFunctions(crate);
    for (const fn of crate.fns) if (proved.has(fn.qname)) work.push({ crate, fn, trusted: trusted.has(fn.decl) });
  }
  for (const [i, { crate, fn, trusted }] of work.entries()) {
    const left = opts.budgetMs - (performance3.now() - started);
    const share = left / (work.length - i);
    const fr = checkFunction(crate, fn, trusted, opts, share, report.findings);
    report.functions.push(fr);
    report.inputsRun += fr.inputs;
  }
  report.ms = Math.round(performance3.now() - started);
  return report;
}
function skipReason(fn, trusted) {
  const d = fn.decl;
  if (d.mode === "spec") return "spec fn";
  if (trusted) return "rests on assume or external_body";
  if (d.mode === "proof" && d.ret && !(d.ret.kind === "tuple" && d.ret.elems.length === 0)) return "proof fn with a return value";
  if (d.mode === "proof" && d.params.some((p) => p.tracked || p.ty.kind === "ref")) return "proof fn with tracked or reference parameters";
  if (d.mode === "proof" && d.ensures.length === 0) return "proof fn without ensures";
  return void 0;
}
function checkFunction(crate, fn, trusted, opts, budgetMs, findings) {
  const fr = { function: fn.qname, inputs: 0, excluded: 0, inconclusive: 0 };
  const skip = skipReason(fn, trusted);
  if (skip) return { ...fr, skipped: skip };
  const start = performance3.now();
  const interp = new Interpreter(new CrateIndex(crate), opts.stepLimit ?? DEFAULT_STEP_LIMIT2);
  interp.checkLoopInvariants = true;
  const runner = new InputRunner(interp, crate);
  const g = { crate, rng: Rng.forName(opts.seed, fn.qname), literals: literalsOf(fn.decl) };
  let inputs;
  try {
    inputs = inputStream(fn, g, opts.maxInputs ?? DEFAULT_MAX_INPUTS);
  } catch (e) {
    if (e instanceof NoGenerator) return { ...fr, skipped: e.message };
    throw e;
  }
  try {
    for (const args of inputs) {
      if (performance3.now() - start > budgetMs) break;
      const shown = showInput(fn, args);
      const out = runner.run(fn, args);
      switch (out.kind) {
        case "excluded":
        case "unevaluable":
          fr.excluded++;
          break;
        case "inconclusive":
          fr.inconclusive++;
          break;
        case "ok":
          fr.inputs++;
          break;
        case "violation":
          fr.inputs++;
          findings.push({ function: fn.qname, file: fn.file.path, line: fn.decl.span.line, input: shown, what: out.what });
          return fr;
      }
    }
  } catch (e) {
    if (e instanceof NoGenerator) return { ...fr, skipped: e.message };
    throw e;
  }
  return fr;
}
function* inputStream(fn, g, max) {
  const types = fn.decl.params.map((_, i) => generatedType(fn, i));
  const lists = types.map((t) => {
    if (!t) return [{ t: "erased" }];
    const seen = /* @__PURE__ */ new Map();
    for (let b2 = 0; b2 < BOUNDARY_VALUES; b2++) {
      const v = valueOf(t, g, b2);
      seen.set(showValue(v), v);
    }
    return [...seen.values()];
  });
  const total = lists.reduce((n, l) => n * l.length, 1);
  let produced = 0;
  if (total <= BOUNDARY_COMBOS) {
    for (let n = 0; n < total && produced < max; n++, produced++) {
      let rest = n;
      yield lists.map((l) => {
        const v = l[rest % l.length];
        rest = Math.floor(rest / l.length);
        return snapshot2(v);
      });
    }
  } else {
    for (let n = 0; n < BOUNDARY_COMBOS && produced < max; n++, produced++) yield lists.map((l) => snapshot2(g.rng.pick(l)));
  }
  for (; produced < max; produced++) yield types.map((t) => t ? valueOf(t, g, void 0) : { t: "erased" });
}
function literalsOf(decl) {
  const out = /* @__PURE__ */ new Set();
  const visit = (e) => {
    if (e.kind === "int" && typeof e.value === "bigint") {
      out.add(e.value);
      out.add(-e.value);
    }
  };
  for (const c of [...decl.requires, ...decl.ensures]) walkExpr(c, visit);
  walkBlock(decl.body, visit);
  return [...out].slice(0, 40);
}
function showInput(fn, args) {
  return fn.decl.params.map((p, i) => `${p.name} = ${showValue(args[i])}`).join(", ");
}
var DEFAULT_MAX_INPUTS, DEFAULT_STEP_LIMIT2, BOUNDARY_COMBOS, BOUNDARY_VALUES;
var init_oracle = __esm({
  "src/oracle/oracle.ts"() {
    "use strict";
    init_driver();
    init_crate_index();
    init_interp2();
    init_value();
    init_walk();
    init_run_input();
    init_rng();
    init_trust();
    init_values();
    DEFAULT_MAX_INPUTS = 1e3;
    DEFAULT_STEP_LIMIT2 = 2e5;
    BOUNDARY_COMBOS = 800;
    BOUNDARY_VALUES = 40;
  }
});

// src/oracle/report.ts
var report_exports2 = {};
__export(report_exports2, {
  renderOracleReport: () => renderOracleReport
});
function renderOracleReport(r) {
  const lines = [];
  for (const f of r.findings) {
    lines.push(`error: unsoundness: \`${f.function}\` was proved, but ${f.what}`);
    lines.push(`  --> ${f.file}:${f.line}`);
    lines.push(`  = input: ${f.input || "(no parameters)"}`);
    lines.push("");
  }
  const ran = r.functions.filter((f) => !f.skipped);
  const skipped = r.functions.length - ran.length;
  const inconclusive = ran.reduce((n, f) => n + f.inconclusive, 0);
  const noInput = ran.filter((f) => f.inputs === 0).length;
  lines.push(
    `check-soundness:: ${ran.length} functions checked (${r.proved} proved, ${skipped} skipped, ${noInput} with no input meeting requires), ${r.inputsRun} inputs run, ${inconclusive} inconclusive, ${r.findings.length} unsound (seed ${r.seed}, ${r.ms} ms)`
  );
  return lines.join("\n");
}
var init_report2 = __esm({
  "src/oracle/report.ts"() {
    "use strict";
  }
});

// src/cli.ts
import { existsSync as existsSync2, writeFileSync as writeFileSync3, mkdirSync as mkdirSync3 } from "node:fs";
import { dirname as dirname2 } from "node:path";

// src/cli/args.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
};
var HELP_OPTION = { type: "boolean", help: "print this help" };
function parse(args, spec) {
  const options = Object.fromEntries(Object.entries({ ...spec.options, help: HELP_OPTION }).map(([k, o]) => [k, k === "help" ? { type: o.type, short: "h" } : { type: o.type }]));
  try {
    const r = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: r.values, positionals: r.positionals };
  } catch (e) {
    const first = e.message.split("\n")[0];
    throw new UsageError(`${first} (see \`proofgate ${spec.name} --help\`)`);
  }
}
function str(values, name) {
  const v = values[name];
  return typeof v === "string" ? v : void 0;
}
function positiveInt(name, v) {
  if (v === void 0) return void 0;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--${name} takes a positive whole number, got \`${v}\``);
  return Number(v);
}
function oneOf(name, v, allowed2) {
  if (v === void 0) return void 0;
  if (!allowed2.includes(v)) throw new UsageError(`--${name} must be one of ${allowed2.join(", ")}, got \`${v}\``);
  return v;
}

// src/cli/color.ts
var COLOR_CHOICES = ["auto", "always", "never"];
function wantsColor(choice, stream, env) {
  if (choice !== "auto") return choice === "always";
  return stream.isTTY === true && !env.NO_COLOR && env.TERM !== "dumb";
}
var sgr = (code) => (s) => s === "" ? s : `\x1B[${code}m${s}\x1B[0m`;
var bold = sgr("1");
var red = sgr("1;31");
var yellow = sgr("1;33");
var blue = sgr("1;34");
function colorize(rendered) {
  const lines = rendered.split("\n");
  const level = /^warning/.test(lines[0] ?? "") ? yellow : red;
  return lines.map((line, i) => {
    let m;
    if (i === 0 && (m = /^(error|warning)(: )(.*)$/.exec(line))) return level(m[1]) + bold(m[2] + m[3]);
    if (m = /^(\s*)(-->|:::)( .*)$/.exec(line)) return m[1] + blue(m[2]) + m[3];
    if (m = /^(\s*)(=)( (?:note|help):)(.*)$/.exec(line)) return m[1] + blue(m[2]) + bold(m[3]) + m[4];
    if (m = /^(\d*\s*)(\|)(.*)$/.exec(line)) {
      const gutter = blue(m[1] + m[2]);
      const marks = /^\s*$/.test(m[1]) ? /^(\s*)(\^+|-+)(.*)$/.exec(m[3]) : null;
      if (!marks) return gutter + m[3];
      const paint = marks[2].startsWith("^") ? level : blue;
      return gutter + marks[1] + paint(marks[2] + marks[3]);
    }
    return line;
  }).join("\n");
}

// src/cli/commands.ts
var FORMATS = ["human", "json", "sarif", "github"];
var OUTPUT_OPTIONS = {
  format: { type: "string", value: "human|json|sarif|github", help: "how results are printed on stdout: human = rustc-style text (default), json = the results file (docs/results.md), sarif = SARIF 2.1.0, github = workflow commands" },
  output: { type: "string", value: "FILE", help: "also write the JSON results file to FILE (folders are created)" },
  color: { type: "string", value: "auto|always|never", help: "colour the human output: auto (default) colours only on a terminal and never when NO_COLOR is set" }
};
var ALLOW_OUTSIDE_CWD = { type: "boolean", help: "read files (given, `mod`, `#[path]`, `include!`, symlinks) that resolve outside the working folder; refused by default" };
var EXIT_STATUS = "Exit status: 0 no errors; 1 at least one error diagnostic; 2 usage or internal failure (one line on stderr).";
var VERIFY = {
  name: "verify",
  about: "prove the specifications of the Rust code under PATH",
  positionals: "[PATH...]",
  positionalsHelp: "files or folders to check (default: .). A folder holding lib.rs or main.rs (or src/lib.rs, src/main.rs) is one crate; any other .rs file is a crate of its own.",
  options: {
    "no-verify": { type: "boolean", help: "parse, resolve, type and mode check only; no solver runs and nothing is proved" },
    ...OUTPUT_OPTIONS,
    function: { type: "string", value: "GLOB", help: "only verify functions whose qualified name (or a ::-suffix of it) matches GLOB (* within a segment, ** across, ? one character); an error when nothing matches, as Verus's --verify-function" },
    jobs: { type: "string", value: "N", help: "solver sessions run at once (default: the number of CPUs)" },
    "timeout-ms": { type: "string", value: "N", help: "solver budget per query in milliseconds (default 10000); running out is reported as an error, never as verified" },
    cache: { type: "string", value: "DIR", help: "proof cache folder (default .proofgate/cache); unchanged queries are answered from it" },
    "no-cache": { type: "boolean", help: "neither read nor write the proof cache" },
    shard: { type: "string", value: "I/N", help: "verify only the I-th of N deterministic shares of the queries (merge the shards' --output files with `proofgate merge`)" },
    solver: { type: "string", value: "auto|wasm|native", help: "auto (default): a z3 binary on PATH if there is one, else z3-solver's WASM build (nothing to install, slower); native requires z3 on PATH" },
    "dump-smt": { type: "string", value: "DIR", help: "also write each query as a standalone SMT-LIB2 script into DIR (run one with `z3 DIR/FILE.smt2`)" },
    "cross-check": { type: "string", value: "cvc5", help: "re-prove every query with cvc5 (on PATH); a goal the two solvers decide differently is an error (kind `disagreement`), one cvc5 cannot decide is counted" },
    "dump-ir": { type: "boolean", help: "print the core IR of the selected (--function) functions instead of verifying them" },
    "allow-outside-cwd": ALLOW_OUTSIDE_CWD
  },
  footer: [
    "The last line on stdout is `verification results:: N verified, M errors`",
    "(with --no-verify: `check results:: N items checked, M errors`).",
    "On a terminal, a progress line on stderr counts the functions done.",
    EXIT_STATUS
  ]
};
var ANALYZE = {
  name: "analyze",
  about: "value analysis (intervals): report possible overflow, division by zero, shift range and index out of bounds, as warnings",
  positionals: "[PATH...]",
  positionalsHelp: "files or folders to analyse (default: .), as for verify.",
  options: {
    ...OUTPUT_OPTIONS,
    "state-level": { type: "string", value: "N", help: "disjunctive states kept per program point (default 8): more is more precise and slower" },
    function: { type: "string", value: "GLOB", help: "only analyse functions whose qualified name matches GLOB (as for verify)" },
    "deny-warnings": { type: "boolean", help: "exit 1 when there is a warning (by default warnings never fail the run)" }
  },
  footer: ["Functions the analysis cannot handle are listed as skipped, with the reason.", "Exit status: 0 unless there is an error (or a warning with --deny-warnings); 2 usage or internal failure."]
};
var CHECK_SOUNDNESS = {
  name: "check-soundness",
  about: "the emulator as an oracle: run every function the verifier proves on generated inputs that meet its `requires`, and report any run-time violation as an unsoundness",
  positionals: "[PATH...]",
  positionalsHelp: "files or folders, as for verify (default: .).",
  options: {
    "budget-ms": { type: "string", value: "N", help: "time budget for running inputs, in milliseconds (default 20000)" },
    seed: { type: "string", value: "N", help: "seed of the random inputs (default 1; printed first), so a finding can be replayed" },
    "max-inputs": { type: "string", value: "N", help: "at most N inputs per function" },
    jobs: { type: "string", value: "N", help: "solver sessions for the verification step (default: the number of CPUs)" },
    "timeout-ms": { type: "string", value: "N", help: "solver budget per query for the verification step (default 10000)" },
    solver: { type: "string", value: "auto|wasm|native", help: "as for verify" }
  },
  footer: ["Boundary values of every type first, then random ones; panics, callee `requires`, loop invariants, `ensures` and type invariants are checked at run time.", "Exit status: 0 no unsoundness found; 1 an unsoundness (with its input); 2 usage or internal failure."]
};
var MERGE = {
  name: "merge",
  about: "merge the results files of shards (`verify --shard I/N --output FILE`) into one",
  positionals: "FILE...",
  positionalsHelp: "JSON results files, all of the same mode.",
  options: OUTPUT_OPTIONS,
  footer: [EXIT_STATUS]
};
var RUN = {
  name: "run",
  about: "run the #[test] functions of the code under PATH in the emulator",
  positionals: "[PATH...]",
  positionalsHelp: "files or folders (default: .); the code must pass the static checks first.",
  options: {
    filter: { type: "string", value: "NAME", help: "only run tests whose name contains NAME" },
    "allow-outside-cwd": ALLOW_OUTSIDE_CWD
  },
  footer: ["The last line is `N passed, M failed`.", "Exit status: 0 every test passed; 1 a test failed or the code has errors; 2 usage or internal failure."]
};
var REVIEW = {
  name: "review",
  about: "post a results file as a pull request review, from any CI (as the GitHub Action does)",
  positionals: "RESULTS.json",
  positionalsHelp: "a results file (`verify --output FILE`, or `merge --output FILE` of all shards), made from the checkout in the working folder, whose files are quoted in the comments.",
  options: {
    repo: { type: "string", value: "OWNER/NAME", help: "the repository (default: $GITHUB_REPOSITORY)" },
    pr: { type: "string", value: "N", help: "the pull request number (default: N of a $GITHUB_REF like refs/pull/N/merge)" },
    sha: { type: "string", value: "SHA", help: "the commit the results are for: nothing is posted unless it is the pull request's head (default: the working folder's git checkout, HEAD or the head merged into it; outside git, the head GitHub reports)" },
    "token-env": { type: "string", value: "NAME", help: "the environment variable holding the token (default: GITHUB_TOKEN, else GH_TOKEN); it needs pull-requests write. Never on the command line" },
    "api-url": { type: "string", value: "URL", help: "the GitHub API (default: $GITHUB_API_URL, else https://api.github.com)" },
    "review-event": { type: "string", value: "COMMENT|REQUEST_CHANGES", help: "COMMENT (default), or REQUEST_CHANGES to block merging while proofs fail" },
    "max-comments": { type: "string", value: "N", help: "at most N new inline comments (default 30); the rest become rows of the review body" }
  },
  footer: [
    "Placement, dedupe and fault handling are the Action's: a finding on a diff line is an inline",
    "comment, others are rows of the review body; on a re-run, findings still failing keep their",
    "comments, fixed ones are marked fixed (only by results of a whole run), new ones are posted.",
    "Exit status: 0 posted (or nothing new to post), no errors in the results; 1 posted, the results",
    "hold errors; 2 usage, or the review could not be published (one line on stderr)."
  ]
};
var COMMANDS = [VERIFY, ANALYZE, MERGE, REVIEW, RUN, CHECK_SOUNDNESS];

// src/cli/help.ts
var COLUMN = 34;
function commandHelp(spec) {
  const out = [`proofgate ${spec.name}: ${spec.about}`, "", `usage: proofgate ${spec.name} ${spec.positionals} [OPTIONS]`, "", `  ${spec.positionals}`, indent(spec.positionalsHelp, 6), "", "options:"];
  for (const [name, o] of Object.entries({ ...spec.options, help: HELP_OPTION })) {
    const flag = `  ${name === "help" ? "-h, " : ""}--${name}${o.value ? " " + o.value : ""}`;
    const lines = wrap(o.help, 100 - COLUMN);
    out.push(flag.length < COLUMN - 1 ? flag.padEnd(COLUMN) + lines[0] : `${flag}
${" ".repeat(COLUMN)}${lines[0]}`);
    for (const l of lines.slice(1)) out.push(" ".repeat(COLUMN) + l);
  }
  if (spec.footer) out.push("", ...spec.footer);
  return out.join("\n");
}
function mainHelp(commands) {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    "proofgate: prove Verus-style specifications of Rust code with Z3",
    "",
    "usage: proofgate COMMAND [ARGS...]",
    "",
    "commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.about}`),
    "",
    "options:",
    `  ${"-h, --help".padEnd(15)}print this help (\`proofgate COMMAND --help\` describes each command's flags)`,
    `  ${"-V, --version".padEnd(15)}print the version`,
    "",
    "Exit status: 0 no errors; 1 at least one error (or a failing test); 2 usage or internal failure."
  ].join("\n");
}
function indent(text, n) {
  return wrap(text, 100 - n).map((l) => " ".repeat(n) + l).join("\n");
}
function wrap(text, width) {
  const lines = [];
  let cur = "";
  for (const word of text.split(/\s+/)) {
    if (cur && cur.length + 1 + word.length > width) {
      lines.push(cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  lines.push(cur);
  return lines;
}

// src/cli/progress.ts
var REDRAW_MS = 100;
var ERASE = "\r\x1B[2K";
var ProgressLine = class {
  constructor(sink, now = () => performance.now()) {
    this.sink = sink;
    this.now = now;
    this.started = now();
  }
  sink;
  now;
  lastDraw = -Infinity;
  drawn = false;
  started;
  get active() {
    return this.sink.isTTY === true;
  }
  update(done, total) {
    if (!this.active) return;
    const t = this.now();
    if (t - this.lastDraw < REDRAW_MS && done < total) return;
    this.lastDraw = t;
    this.drawn = true;
    this.sink.write(`${ERASE}   Verifying ${done}/${total} functions (${((t - this.started) / 1e3).toFixed(1)}s)`);
  }
  /** Erases the line, so the results print on a clean line. */
  finish() {
    if (this.drawn) this.sink.write(ERASE);
    this.drawn = false;
  }
};

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message2, statusCode, options) {
    super(message2, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var VERSION = "0.0.0-development";
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}
async function wrapRequest(state, octokit, request2, options) {
  const limiter = new import_light.default();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request2),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request2, options) {
  const response = await request2(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1);
var VERSION2 = "0.0.0-development";
var noop = () => Promise.resolve();
function wrapRequest2(state, request2, options) {
  return state.retryLimiter.schedule(doRequest, state, request2, options);
}
async function doRequest(state, request2, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request2.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request2, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path2) => path2.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck3, common2) {
  groups.global = new Bottleneck3.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common2
  });
  groups.auth = new Bottleneck3.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common2
  });
  groups.search = new Bottleneck3.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common2
  });
  groups.write = new Bottleneck3.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common2
  });
  groups.notifications = new Bottleneck3.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common2
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck3 = import_light2.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common2 = { timeout };
  if (typeof connection !== "undefined") {
    common2.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck3, common2);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck3();
    const events = {};
    const emitter = new Bottleneck3.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request2, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request2.retryCount;
      request2.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request2.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request2, options) => {
    initializeBottleneck();
    return wrapRequest2(state, request2, options);
  });
  return {};
}
throttling.VERSION = VERSION2;
throttling.triggersNotification = triggersNotification;

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error) => {
        return orig(error, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index2 = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index2 === -1) {
    return;
  }
  state.registry[name].splice(index2, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION3} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b2) => a.concat(b2), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
function encodeReserved(str2) {
  return str2.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str2) {
  return encodeURIComponent(str2).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse2(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format2) => format2.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format2 = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format2}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults, route, options) {
  return parse2(merge(defaults, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse: parse2
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/content-type/dist/index.js
var SP = 32;
var HTAB = 9;
var SEMI = 59;
var EQ = 61;
var DQUOTE = 34;
var BSLASH = 92;
var COMMA = 44;
var LOWER_CASE = 1;
var OWS = 2;
var SEMI_FLAG = 4;
var COMMA_FLAG = 8;
var TOKEN_FLAG = 16;
var NON_ASCII = 65280;
var CASE_FLAGS = LOWER_CASE | NON_ASCII;
var CHAR_MAP = new Uint8Array(256);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 128; code <= 255; code++) {
  CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
  CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 48; code <= 57; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 65; code <= 90; code++) {
  CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 97; code <= 122; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
var NullObject = /* @__PURE__ */ (() => {
  const C = function() {
  };
  C.prototype = /* @__PURE__ */ Object.create(null);
  return C;
})();
function parse3(header, options) {
  const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
  const len2 = header.length;
  let valueStart = options?.start ?? 0;
  while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index2 = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options?.parameters === false ? COMMA_FLAG : 0;
  while (index2 < len2) {
    const code = header.charCodeAt(index2);
    const flags = CHAR_MAP[code];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index2;
    } else {
      whitespace = -1;
    }
    typeFlags |= code & NON_ASCII | flags;
    index2++;
  }
  const valueEnd = whitespace === -1 ? index2 : whitespace;
  const value = header.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
  if (index2 === len2 || stop !== 0) {
    return { type, index: index2, parameters: new NullObject() };
  }
  return parseParameters(header, type, index2, len2, stopFlags);
}
function parseParameters(header, type, index2, len2, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index2 < len2) {
    index2++;
    while ((CHAR_MAP[header.charCodeAt(index2)] & OWS) !== 0) {
      index2++;
    }
    const keyStart = index2;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index2 < len2) {
      const code = header.charCodeAt(index2);
      const flags = CHAR_MAP[code];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code === EQ) {
        const keyEnd = keyWhitespace === -1 ? index2 : keyWhitespace;
        const value = header.slice(keyStart, keyEnd);
        const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
        index2++;
        while ((CHAR_MAP[header.charCodeAt(index2)] & OWS) !== 0) {
          index2++;
        }
        if (index2 < len2 && header.charCodeAt(index2) === DQUOTE) {
          const quotedStart = ++index2;
          let escaped = false;
          while (index2 < len2) {
            const code2 = header.charCodeAt(index2);
            if (code2 === DQUOTE) {
              if (parameters[key] === void 0) {
                parameters[key] = escaped ? unescapeQuotedPairs(header, quotedStart, index2) : header.slice(quotedStart, index2);
              }
              index2++;
              let stop2 = 0;
              while (index2 < len2) {
                const code3 = header.charCodeAt(index2);
                const flags2 = CHAR_MAP[code3];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index2++;
              }
              if (stop2 !== 0)
                break parameter;
              continue parameter;
            }
            if (code2 === BSLASH && index2 + 1 < len2) {
              escaped = true;
              index2 += 2;
              continue;
            }
            index2++;
          }
          continue parameter;
        }
        const valueStart = index2;
        let stop = 0;
        let valueWhitespace = -1;
        while (index2 < len2) {
          const code2 = header.charCodeAt(index2);
          const flags2 = CHAR_MAP[code2];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index2;
          } else {
            valueWhitespace = -1;
          }
          index2++;
        }
        if (parameters[key] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index2 : valueWhitespace;
          parameters[key] = header.slice(valueStart, valueEnd);
        }
        if (stop !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index2;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code & NON_ASCII | flags;
      index2++;
    }
  }
  return { type, index: index2, parameters };
}
function unescapeQuotedPairs(str2, start, end) {
  let result = "";
  for (let index2 = start; index2 < end; index2++) {
    if (str2.charCodeAt(index2) === BSLASH) {
      result += str2.slice(start, index2);
      start = ++index2;
    }
  }
  return result + str2.slice(start, end);
}

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject3 = val !== null && typeof val === "object";
    const hasToJSON = isObject3 && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key, value, context);
};
var JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key, value, context);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver);
    const serializedData = serializeBigInts(text);
    return originalParse(
      serializedData,
      (key, value, context) => convertMarkedBigIntsReviver(key, value, context, reviver)
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION4 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION4} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop2 = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message2 = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message2 = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message2 = error.cause.message;
        } else if (typeof error.cause === "string") {
          message2 = error.cause;
        }
      }
    }
    const requestError = new RequestError(message2, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop2);
  }
  const mimetype = parse3(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop2);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION5 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION5} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION6 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop3 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop3;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop3;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION6} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION6;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-request-log/dist-src/version.js
var VERSION7 = "6.0.0";

// node_modules/@octokit/plugin-request-log/dist-src/index.js
function requestLog(octokit) {
  octokit.hook.wrap("request", (request2, options) => {
    octokit.log.debug("request", options);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path2 = requestOptions.url.replace(options.baseUrl, "");
    return request2(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path2} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      return response;
    }).catch((error) => {
      const requestId = error.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path2} - ${error.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      throw error;
    });
  });
}
requestLog.VERSION = VERSION7;

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION8 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION8;

// node_modules/@octokit/rest/node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION9 = "17.0.0";

// node_modules/@octokit/rest/node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

// node_modules/@octokit/rest/node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
var endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint2] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint2;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
var handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache: cache2 }, methodName) {
    if (cache2[methodName]) {
      return cache2[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache2[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache2[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache2[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

// node_modules/@octokit/rest/node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION9;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = VERSION9;

// node_modules/@octokit/rest/dist-src/version.js
var VERSION10 = "22.0.1";

// node_modules/@octokit/rest/dist-src/index.js
var Octokit2 = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION10}`
  }
);

// src/action/github.ts
var import_light3 = __toESM(require_light(), 1);
var ProofgateOctokit = Octokit2.plugin(retry, throttling);
var MAX_RATE_LIMIT_RETRIES = 3;
function httpStatus(err) {
  const status = err?.status;
  return typeof status === "number" ? status : null;
}
function mayHaveBeenProcessed(err) {
  const status = httpStatus(err);
  return status === null || status >= 500;
}
var MalformedReply = class extends Error {
  name = "MalformedReply";
};
var PRODUCTION_TIMING = { timeScale: 1 };
var WRITE_SPACING_MS = 1e3;
var NOTIFYING_WRITE_SPACING_MS = 3e3;
var SECOND_MS = 1e3;
var REQUEST_TIMEOUT_MS = 3e4;
var TOTAL_BUDGET_MS = 5 * 6e4;
var SCALED_TIMEOUT_FLOOR_MS = 2e3;
var SCALED_BUDGET_FLOOR_MS = 2e4;
function requestTimeoutMs(timing) {
  if (timing.requestTimeoutMs !== void 0 && timing.timeScale !== 1) return timing.requestTimeoutMs;
  return timing.timeScale === 1 ? REQUEST_TIMEOUT_MS : Math.max(SCALED_TIMEOUT_FLOOR_MS, REQUEST_TIMEOUT_MS * timing.timeScale);
}
function totalBudgetMs(timing) {
  if (timing.budgetMs !== void 0 && timing.timeScale !== 1) return timing.budgetMs;
  return timing.timeScale === 1 ? TOTAL_BUDGET_MS : Math.max(SCALED_BUDGET_FLOOR_MS, TOTAL_BUDGET_MS * timing.timeScale);
}
function throttleTiming(timing) {
  if (timing.timeScale === 1) return {};
  const ms = (base) => Math.max(1, Math.round(base * timing.timeScale));
  return {
    retryAfterBaseValue: ms(SECOND_MS),
    write: new import_light3.default.Group({ id: "proofgate-write", maxConcurrent: 1, minTime: ms(WRITE_SPACING_MS) }),
    notifications: new import_light3.default.Group({ id: "proofgate-notifications", maxConcurrent: 1, minTime: ms(NOTIFYING_WRITE_SPACING_MS) })
  };
}
function timedFetch(inner, perTryMs, deadline, budgetMs) {
  return async (url, init) => {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`GitHub requests used up their ${Math.round(budgetMs / 1e3)} s budget`);
    const ms = Math.min(perTryMs, left);
    const timeout = AbortSignal.timeout(ms);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      const res = await inner(url, { ...init, signal });
      const body = res.status === 204 || res.status === 205 || res.status === 304 ? null : await res.arrayBuffer();
      return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
    } catch (err) {
      if (timeout.aborted) throw new Error(`no reply from GitHub within ${ms} ms`);
      throw err;
    }
  };
}
function pathOf(url) {
  return (url ?? "").replace(/^[a-z]+:\/\/[^/]+/i, "").replace(/\?.*$/, "");
}
function clientOptions(baseUrl, userAgent2, log, timing, innerFetch) {
  if (!(timing.timeScale > 0 && timing.timeScale <= 1)) throw new Error(`API time scale must be in (0, 1] (got ${timing.timeScale})`);
  const budgetMs = totalBudgetMs(timing);
  const deadline = Date.now() + budgetMs;
  const withinBudget = (retryAfterS) => Date.now() + retryAfterS * SECOND_MS * timing.timeScale < deadline;
  return {
    baseUrl,
    userAgent: userAgent2,
    request: { fetch: timedFetch(innerFetch, requestTimeoutMs(timing), deadline, budgetMs) },
    // 429 is the throttling plugin's (it honours retry-after); plugin-retry's fixed
    // backoff handles 5xx and dropped connections.
    retry: {
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      ...timing.timeScale !== 1 ? { retryAfterBaseValue: Math.max(1, Math.round(SECOND_MS * timing.timeScale)) } : {}
    },
    throttle: {
      ...throttleTiming(timing),
      onRateLimit: (retryAfter, options, _o, retryCount) => {
        log(`rate limited on ${options.method} ${pathOf(options.url)}; retrying after ${retryAfter}s`);
        return retryCount < MAX_RATE_LIMIT_RETRIES && withinBudget(retryAfter);
      },
      onSecondaryRateLimit: (retryAfter, options, _o, retryCount) => {
        log(`secondary rate limit on ${options.method} ${pathOf(options.url)}; retrying after ${retryAfter}s`);
        return retryCount < MAX_RATE_LIMIT_RETRIES && withinBudget(retryAfter);
      }
    },
    log: { debug: () => {
    }, info: () => {
    }, warn: log, error: log }
  };
}
function makeOctokit(token, baseUrl, log, timing = PRODUCTION_TIMING, userAgent2 = "proofgate-cli") {
  return new ProofgateOctokit({ auth: token, ...clientOptions(baseUrl, userAgent2, log, timing, globalThis.fetch) });
}
var PER_PAGE = 100;
var NO_RETRY = { request: { retries: 0 } };
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function authorOf(item, what) {
  const user = item.user;
  if (user === null || user === void 0) return null;
  if (!isObject(user) || typeof user.login !== "string") throw new MalformedReply(`${what}: an item's user has no login`);
  return { login: user.login, type: typeof user.type === "string" ? user.type : "User" };
}
function listItems(data, what, key) {
  if (!Array.isArray(data)) throw new MalformedReply(`${what}: the reply is not a list`);
  for (const item of data) {
    if (!isObject(item)) throw new MalformedReply(`${what}: an item of the reply is not an object`);
    const ok = key === "id" ? typeof item.id === "number" : typeof item.filename === "string";
    if (!ok) throw new MalformedReply(`${what}: an item of the reply has no ${key}`);
  }
  return data;
}
function optionalString(v, what, field3) {
  if (v === void 0 || v === null) return void 0;
  if (typeof v !== "string") throw new MalformedReply(`${what}: an item's ${field3} is not text`);
  return v;
}
var GitHubApi = class {
  constructor(octokit, pr) {
    this.octokit = octokit;
    this.pr = pr;
  }
  octokit;
  pr;
  /** Every page of a list, through paginate (GitHub's Link headers); anything but a list of objects is an error. */
  async allPages(what, route, key) {
    let data;
    try {
      data = await this.octokit.paginate(route, { ...this.pr, per_page: PER_PAGE });
    } catch (err) {
      if (err instanceof TypeError) throw new MalformedReply(`${what}: the reply is not a list`);
      throw err;
    }
    return listItems(data, what, key);
  }
  async listFiles() {
    const what = "listing the pull request files";
    const items = await this.allPages(what, "GET /repos/{owner}/{repo}/pulls/{pull_number}/files", "filename");
    return items.map((f) => {
      const status = optionalString(f.status, what, "status");
      const patch = optionalString(f.patch, what, "patch");
      return { filename: f.filename, ...status !== void 0 ? { status } : {}, ...patch !== void 0 ? { patch } : {} };
    });
  }
  async listReviewComments() {
    const what = "listing review comments";
    const items = await this.allPages(what, "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments", "id");
    return items.map((c) => ({ id: c.id, body: optionalString(c.body, what, "body") ?? "", author: authorOf(c, what) }));
  }
  async listReviews() {
    const what = "listing reviews";
    const items = await this.allPages(what, "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", "id");
    return items.map((r) => ({
      id: r.id,
      body: optionalString(r.body, what, "body") ?? "",
      state: optionalString(r.state, what, "state") ?? "",
      author: authorOf(r, what)
    }));
  }
  /**
   * The login of the account the token acts as: GraphQL's `viewer` (which answers user
   * tokens and GitHub App installation tokens alike, `GITHUB_TOKEN` included), else REST
   * `GET /user` (user tokens). Neither answering is an error: without knowing which
   * comments are its own, the bot must not read any as its state.
   */
  async tokenLogin() {
    let viewerProblem;
    try {
      const data = await this.octokit.graphql(VIEWER_QUERY);
      const login = data?.viewer?.login;
      if (typeof login === "string" && login !== "") return login;
      viewerProblem = "no login in the reply";
    } catch (err) {
      viewerProblem = errorReason(err);
    }
    try {
      const { data } = await this.octokit.rest.users.getAuthenticated();
      if (typeof data?.login === "string" && data.login !== "") return data.login;
      throw new MalformedReply("no login in the reply");
    } catch (err) {
      throw new Error(`could not tell which account the token acts as (GraphQL viewer: ${viewerProblem}; GET /user: ${errorReason(err)})`, { cause: err });
    }
  }
  /** The pull request's head commit (`proofgate review` checks its results are for it). */
  async pullHeadSha() {
    const { data } = await this.octokit.rest.pulls.get({ ...this.pr });
    const sha = data?.head?.sha;
    if (typeof sha !== "string" || !/^[0-9a-f]{40}$/i.test(sha)) throw new MalformedReply("reading the pull request: no head commit in the reply");
    return sha;
  }
  /** Not retried on a fault that GitHub may have processed: the caller re-reads instead. */
  async createReview(commitId, body, event, comments) {
    const { data } = await this.octokit.rest.pulls.createReview({ ...this.pr, commit_id: commitId, body, event, comments, ...NO_RETRY });
    return Number(data.id);
  }
  /** A PENDING review (no event): used to find out which comments GitHub rejects. */
  async createPendingReview(commitId, comments) {
    const { data } = await this.octokit.rest.pulls.createReview({ ...this.pr, commit_id: commitId, comments, ...NO_RETRY });
    return Number(data.id);
  }
  async deletePendingReview(reviewId) {
    await this.octokit.rest.pulls.deletePendingReview({ ...this.pr, review_id: reviewId });
  }
  async updateReviewComment(commentId, body) {
    await this.octokit.rest.pulls.updateReviewComment({ owner: this.pr.owner, repo: this.pr.repo, comment_id: commentId, body });
  }
  async updateReview(reviewId, body) {
    await this.octokit.rest.pulls.updateReview({ ...this.pr, review_id: reviewId, body });
  }
  async dismissReview(reviewId, message2) {
    await this.octokit.rest.pulls.dismissReview({ ...this.pr, review_id: reviewId, message: message2, event: "DISMISS" });
  }
  async listReviewThreads() {
    const threads = [];
    let cursor = null;
    for (; ; ) {
      const data = await this.octokit.graphql(THREADS_QUERY, {
        owner: this.pr.owner,
        repo: this.pr.repo,
        number: this.pr.pull_number,
        cursor
      });
      const page = data?.repository?.pullRequest?.reviewThreads;
      if (!page || !Array.isArray(page.nodes)) throw new MalformedReply("listing review threads: the reply holds no thread list");
      for (const t of page.nodes) {
        threads.push({ id: t.id, isResolved: t.isResolved, commentIds: (t.comments?.nodes ?? []).map((c) => c.databaseId) });
      }
      if (!page.pageInfo?.hasNextPage) return threads;
      cursor = page.pageInfo.endCursor;
    }
  }
  async resolveReviewThread(threadId) {
    await this.octokit.graphql(RESOLVE_MUTATION, { threadId });
  }
};
function errorReason(err) {
  const status = httpStatus(err);
  const graphqlErrors = err?.errors;
  let msg;
  if (Array.isArray(graphqlErrors) && graphqlErrors.length > 0) {
    msg = graphqlErrors.map((e) => isObject(e) && typeof e.message === "string" ? e.message : JSON.stringify(e)).join("; ");
  } else {
    msg = err instanceof Error ? err.message : String(err);
  }
  return `${status !== null ? `HTTP ${status}: ` : ""}${msg.replace(/\s*\n\s*/g, " ").trim()}`;
}
var VIEWER_QUERY = "query { viewer { login } }";
var THREADS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
      }
    }
  }
}`;
var RESOLVE_MUTATION = `mutation($threadId: ID!) {
  resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } }
}`;

// src/action/diff.ts
function rightSideLines(patch) {
  const lines = /* @__PURE__ */ new Set();
  let next = 0;
  for (const line of patch.split("\n")) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      continue;
    }
    if (next === 0) continue;
    const tag = line[0];
    if (tag === "+" || tag === " ") lines.add(next++);
    else if (tag === "-" || tag === "\\") continue;
    else if (line === "") continue;
  }
  return lines;
}
function commentableDiff(files) {
  const diff = /* @__PURE__ */ new Map();
  for (const f of files) {
    if (f.status === "removed") continue;
    diff.set(f.filename, f.patch ? rightSideLines(f.patch) : /* @__PURE__ */ new Set());
  }
  return diff;
}

// src/action/markdown.ts
var TRAILER_RE = /<!-- proofgate:fingerprint=([A-Za-z0-9]+)(?:;kind=([a-z-]+))?(;fixed)? -->\s*$/;
function neutralizeMarkers(text) {
  return text.replace(/<!--/g, "<!\u200B--");
}
function escapeText(text) {
  return text.replace(/\r?\n/g, " ").replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`).replace(/@/g, "&#64;");
}
function codeSpan(text, inTable = false) {
  let body = neutralizeMarkers(text).replace(/\r?\n/g, " ");
  if (inTable) body = body.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const ticks = "`".repeat(longest + 1);
  const pad = body.startsWith("`") || body.endsWith("`") || body === "" ? " " : "";
  return `${ticks}${pad}${body}${pad}${ticks}`;
}
function codeBlock(quoted, lang = "") {
  const text = neutralizeMarkers(quoted);
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang}
${text.replace(/\s+$/, "")}
${fence}`;
}
function safeFingerprint(fp) {
  return fp.replace(/[^A-Za-z0-9]/g, "");
}
function fingerprintMarker(d, fixed = false) {
  return `<!-- proofgate:fingerprint=${safeFingerprint(d.fingerprint)};kind=${d.kind}${fixed ? ";fixed" : ""} -->`;
}
function parseMarker(body) {
  const m = TRAILER_RE.exec(body ?? "");
  return m ? { fingerprint: m[1], kind: m[2] ?? null, fixed: m[3] !== void 0 } : null;
}
function location(d) {
  return `${d.file}:${d.line}:${d.column}`;
}
function counterexampleTable(cx) {
  const rows = Object.entries(cx).map(([k, v]) => `| ${codeSpan(k, true)} | ${codeSpan(v, true)} |`);
  return ["| variable | value |", "| --- | --- |", ...rows].join("\n");
}
function failedLabel(d) {
  return d.labels.find((l) => l.message.startsWith("failed"));
}
function findingComment(d, clause) {
  const parts = [];
  const where2 = d.function ? ` in ${codeSpan(d.function)}` : "";
  parts.push(`**proofgate: ${escapeText(d.message)}** (${codeSpan(d.kind)})${where2}`);
  if (clause) {
    const label2 = failedLabel(d);
    const at = label2 ? ` (${codeSpan(`${label2.file}:${label2.line}`)}, ${escapeText(label2.message)})` : "";
    parts.push(`Failing clause${at}:

${codeBlock(clause, "rust")}`);
  }
  if (d.counterexample && Object.keys(d.counterexample).length > 0) {
    parts.push(`Counterexample:

${counterexampleTable(d.counterexample)}`);
  }
  parts.push(`<details><summary>Full diagnostic</summary>

${codeBlock(d.rendered, "text")}

</details>`);
  parts.push(fingerprintMarker(d));
  return parts.join("\n\n");
}
function fixedComment(previousBody, marker, mode) {
  const previous = previousBody.replace(TRAILER_RE, "").trim();
  const what = mode === "verify" ? "now verifies" : "now passes the checks";
  return [
    `\u2705 **proofgate: this ${what}.** The finding below is no longer reported.`,
    `<details><summary>Earlier finding</summary>

${previous}

</details>`,
    fingerprintMarker({ fingerprint: marker.fingerprint, kind: marker.kind ?? "assertion" }, true)
  ].join("\n\n");
}
function bodyRow(d, clause) {
  const fn = d.function ? ` in ${codeSpan(d.function)}` : "";
  const cl = clause ? `: ${codeSpan(clause)}` : "";
  const cx = d.counterexample && Object.keys(d.counterexample).length > 0 ? ` (counterexample: ${Object.entries(d.counterexample).map(([k, v]) => codeSpan(`${k} = ${v}`)).join(", ")})` : "";
  return `- \u274C ${codeSpan(location(d))} **${escapeText(d.message)}**${fn}${cl}${cx} ${fingerprintMarker(d)}`;
}
function fixedBodyRow(row) {
  const marker = parseMarker(row);
  if (!marker || marker.fixed) return row;
  const text = row.replace(TRAILER_RE, "").replace(/^- ❌ /, "").trim();
  return `- \u2705 now verifies: ~~${text}~~ ${fingerprintMarker({ fingerprint: marker.fingerprint, kind: marker.kind ?? "assertion" }, true)}`;
}
var REVIEW_MARKER = "<!-- proofgate:review -->";
function isReviewBody(body) {
  return body.trimEnd().endsWith(REVIEW_MARKER);
}

// src/action/placement.ts
function isByToken(author, tokenLogin) {
  if (!author) return false;
  const login = author.login.toLowerCase();
  const own2 = tokenLogin.toLowerCase();
  return login === own2 || author.type === "Bot" && login === `${own2}[bot]`;
}
function normalizePath(p) {
  return p.replace(/\\/g, "/").replace(/^\.\//, "");
}
function planReview(input) {
  const failing = /* @__PURE__ */ new Map();
  for (const f of input.findings) if (!failing.has(f.fingerprint)) failing.set(f.fingerprint, f);
  const alreadyShown = /* @__PURE__ */ new Set();
  const fixedComments = [];
  for (const comment of input.earlierComments) {
    const marker = parseMarker(comment.body);
    if (!marker || marker.fixed) continue;
    if (failing.has(marker.fingerprint)) alreadyShown.add(marker.fingerprint);
    else if (input.absenceMeansFixed(marker.kind)) fixedComments.push({ comment, marker });
  }
  const fixedReviewBodies = [];
  for (const review2 of input.earlierReviews) {
    let changed = false;
    const lines = review2.body.split("\n").map((line) => {
      const marker = parseMarker(line);
      if (!marker || marker.fixed) return line;
      if (failing.has(marker.fingerprint)) {
        alreadyShown.add(marker.fingerprint);
        return line;
      }
      if (!input.absenceMeansFixed(marker.kind)) return line;
      changed = true;
      return fixedBodyRow(line);
    });
    if (changed) fixedReviewBodies.push({ review: review2, body: lines.join("\n") });
  }
  const inline = [];
  const body = [];
  const kept = [];
  for (const finding of failing.values()) {
    if (alreadyShown.has(finding.fingerprint)) {
      kept.push(finding);
      continue;
    }
    const path2 = normalizePath(finding.file);
    const inDiff = input.diff.get(path2)?.has(finding.line) ?? false;
    if (inDiff && inline.length < input.maxComments) inline.push({ finding, path: path2, line: finding.line });
    else body.push(finding);
  }
  return { inline, body, kept, fixedComments, fixedReviewBodies };
}

// src/action/publish.ts
var ReadOnly = class extends Error {
};
var AmbiguousPost = class extends Error {
  constructor(reason) {
    super(errorReason(reason));
    this.reason = reason;
  }
  reason;
};
var MAX_POST_ATTEMPTS = 3;
async function call(what, request2) {
  try {
    return await request2();
  } catch (err) {
    if (httpStatus(err) === 403) throw new ReadOnly(what);
    throw err;
  }
}
var STATIC_KINDS = /* @__PURE__ */ new Set(["syntax", "type", "mode", "unsupported"]);
function absenceMeansFixed(results) {
  const complete = !results.shard;
  return (kind) => complete && (results.mode === "verify" || kind !== null && STATIC_KINDS.has(kind));
}
async function publishReview(ctx) {
  const outcome = { status: "published", reviewPosted: false, inline: 0, body: 0, kept: 0, fixed: 0, resolved: 0, movedToBody: 0, dismissed: 0, uncertainPosts: 0 };
  try {
    await publish(ctx, outcome);
  } catch (err) {
    const elsewhere = ctx.elsewhere ?? "findings are in the job summary and annotations";
    if (err instanceof ReadOnly) {
      outcome.status = "read-only";
      outcome.note = `the token may not ${err.message} (403); ${elsewhere}`;
    } else {
      outcome.status = "failed";
      outcome.note = `publishing the review failed: ${oneLine(err)}; ${elsewhere}`;
    }
    ctx.warn(`proofgate: ${outcome.note}`);
  }
  return outcome;
}
function oneLine(err) {
  return errorReason(err instanceof AmbiguousPost ? err.reason : err);
}
async function publish(ctx, outcome) {
  const { api } = ctx;
  const login = await call("identify its account", () => api.tokenLogin());
  const files = await call("read the pull request files", () => api.listFiles());
  for (let attempt = 1; ; attempt++) {
    try {
      await publishOnce(ctx, outcome, login, files);
      return;
    } catch (err) {
      if (!(err instanceof AmbiguousPost)) throw err;
      outcome.uncertainPosts++;
      if (attempt >= MAX_POST_ATTEMPTS) throw err;
      ctx.warn(`proofgate: posting the review failed (${err.message}) after GitHub may have stored it; reading the pull request again to post only what is missing`);
    }
  }
}
async function ownState(api, login) {
  const comments = (await call("read review comments", () => api.listReviewComments())).filter((c) => isByToken(c.author, login));
  const reviews = (await call("read reviews", () => api.listReviews())).filter((r) => isByToken(r.author, login) && isReviewBody(r.body));
  return { comments, reviews };
}
async function publishOnce(ctx, outcome, login, files) {
  const { api } = ctx;
  const { comments: earlierComments, reviews: earlierReviews } = await ownState(api, login);
  const plan = planReview({
    findings: ctx.results.diagnostics,
    diff: commentableDiff(files),
    earlierComments,
    earlierReviews,
    maxComments: ctx.maxComments,
    absenceMeansFixed: ctx.absenceMeansFixed
  });
  outcome.kept = plan.kept.length;
  for (const { comment, marker } of plan.fixedComments) {
    await call("edit review comments", () => api.updateReviewComment(comment.id, fixedComment(comment.body, marker, ctx.results.mode)));
    outcome.fixed++;
  }
  for (const { review: review2, body } of plan.fixedReviewBodies) {
    await call("edit reviews", () => api.updateReview(review2.id, body));
  }
  if (plan.fixedComments.length > 0) outcome.resolved += await resolveThreads(ctx, plan.fixedComments.map((f) => f.comment.id));
  await postReview(ctx, plan, earlierReviews, outcome);
}
async function resolveThreads(ctx, commentIds) {
  const wanted = new Set(commentIds);
  let resolved = 0;
  try {
    for (const thread of await ctx.api.listReviewThreads()) {
      if (thread.isResolved || !thread.commentIds.some((id) => wanted.has(id))) continue;
      await ctx.api.resolveReviewThread(thread.id);
      resolved++;
    }
  } catch (err) {
    ctx.warn(`proofgate: could not resolve fixed review threads (${oneLine(err)})`);
  }
  return resolved;
}
function errorsIn(findings) {
  return findings.filter((d) => d.severity === "error").length;
}
async function postReview(ctx, plan, earlierReviews, outcome) {
  const { api } = ctx;
  const failingErrors = errorsIn(ctx.results.diagnostics);
  const blocking = earlierReviews.filter((r) => r.state === "CHANGES_REQUESTED");
  const wantsBlock = ctx.reviewEvent === "REQUEST_CHANGES" && failingErrors > 0;
  const hasNew = plan.inline.length + plan.body.length > 0;
  const mustPost = hasNew || wantsBlock && blocking.length === 0;
  const event = wantsBlock ? "REQUEST_CHANGES" : "COMMENT";
  let inline = plan.inline.map((p) => ({ placement: p, comment: inlineComment(p.path, p.line, findingComment(p.finding, ctx.clauseOf(p.finding))) }));
  let moved = [];
  if (mustPost) {
    const reviewBody = () => buildReviewBody(ctx, plan, moved);
    try {
      await createReview(ctx, reviewBody(), event, inline.map((i) => i.comment));
    } catch (err) {
      if (httpStatus(err) !== 422) throw err;
      const rejected = await rejectedComments(api, ctx.headSha, inline.map((i) => i.comment), true);
      moved = inline.filter((i) => rejected.has(i.comment)).map((i) => i.placement.finding);
      inline = inline.filter((i) => !rejected.has(i.comment));
      ctx.warn(`proofgate: GitHub rejected ${moved.length} inline comment(s) (422); they are in the review body`);
      await createReview(ctx, reviewBody(), event, inline.map((i) => i.comment));
    }
    outcome.reviewPosted = true;
    outcome.inline = inline.length;
    outcome.body = plan.body.length + moved.length;
    outcome.movedToBody = moved.length;
  }
  const allChecked = ctx.absenceMeansFixed(null);
  const supersededByNew = outcome.reviewPosted && event === "REQUEST_CHANGES";
  const stale = failingErrors === 0 && allChecked || supersededByNew ? blocking : [];
  for (const review2 of stale) {
    const message2 = failingErrors === 0 ? "proofgate: everything this review flagged now verifies." : "proofgate: superseded by a newer review.";
    await call("dismiss reviews", () => api.dismissReview(review2.id, message2));
    outcome.dismissed++;
  }
}
async function createReview(ctx, body, event, comments) {
  try {
    await call("post reviews", () => ctx.api.createReview(ctx.headSha, body, event, comments));
  } catch (err) {
    if (err instanceof ReadOnly || !mayHaveBeenProcessed(err)) throw err;
    throw new AmbiguousPost(err);
  }
}
function inlineComment(path2, line, body) {
  return { path: path2, line, side: "RIGHT", body };
}
async function rejectedComments(api, sha, comments, knownToFail) {
  if (comments.length === 0) return /* @__PURE__ */ new Set();
  if (!knownToFail) {
    try {
      const id = await call("post reviews", () => api.createPendingReview(sha, comments));
      await call("delete pending reviews", () => api.deletePendingReview(id));
      return /* @__PURE__ */ new Set();
    } catch (err) {
      if (httpStatus(err) !== 422) throw err;
    }
  }
  if (comments.length === 1) return new Set(comments);
  const mid = Math.ceil(comments.length / 2);
  const left = await rejectedComments(api, sha, comments.slice(0, mid), false);
  const right = await rejectedComments(api, sha, comments.slice(mid), false);
  return /* @__PURE__ */ new Set([...left, ...right]);
}
function buildReviewBody(ctx, plan, moved) {
  const { results } = ctx;
  const s = results.summary;
  const head = results.mode === "verify" ? `### proofgate: ${s.verified} verified, ${s.errors} errors` : `### proofgate (--no-verify): ${s.items ?? s.functions} items checked, ${s.errors} errors`;
  const parts = [head, `Mode: ${codeSpan(results.mode)} (${ctx.modeReason.replace(/[<>]/g, "")}).`];
  const rows = [...plan.body, ...moved];
  if (rows.length > 0) {
    parts.push("Findings without an inline comment (outside the diff, over the comment limit, or rejected by GitHub):");
    parts.push(rows.map((d) => bodyRow(d, ctx.clauseOf(d))).join("\n"));
  }
  if (plan.kept.length > 0) parts.push(`${plan.kept.length} finding(s) from earlier reviews still fail; their comments stand.`);
  parts.push(REVIEW_MARKER);
  return parts.join("\n\n");
}

// src/action/checkout.ts
import { execFileSync } from "node:child_process";
function git(workspace, args) {
  try {
    return execFileSync("git", ["-c", "safe.directory=*", ...args], { cwd: workspace, encoding: "utf8", timeout: 1e4, stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}
function checkedOutCommit(workspace, eventName, env) {
  const sha = git(workspace, ["rev-parse", "--verify", "-q", "HEAD"]);
  if (sha && /^[0-9a-f]{40}$/i.test(sha)) {
    const object = git(workspace, ["cat-file", "commit", sha]) ?? "";
    const parents = [...object.split("\n\n")[0].matchAll(/^parent ([0-9a-f]{40})$/gim)].map((m) => m[1]);
    return { sha, mergedHeads: parents.slice(1), source: "git" };
  }
  if (eventName === "pull_request_target" && env.GITHUB_SHA) return { sha: env.GITHUB_SHA, mergedHeads: [], source: "GITHUB_SHA" };
  return null;
}
function verifiedCommitMismatch(checkedOut, headSha) {
  if (!checkedOut) return null;
  const same = (a) => a.toLowerCase() === headSha.toLowerCase();
  if (same(checkedOut.sha) || checkedOut.mergedHeads.some(same)) return null;
  const from = checkedOut.source === "git" ? "the checked-out commit" : "the checked-out commit (GITHUB_SHA)";
  return `${from} ${checkedOut.sha.slice(0, 12)} is not the pull request head ${headSha.slice(0, 12)}, so no review comments are placed on the head's diff, which was not verified`;
}

// src/action/snippet.ts
import { readFileSync, realpathSync } from "node:fs";
import { isAbsolute, relative, resolve, sep as sep2 } from "node:path";
var MAX_LINES = 12;
function insideRoot(root, file) {
  const real = realpathSync(resolve(root, file));
  const rel = relative(realpathSync(root), real);
  return rel.split(sep2)[0] === ".." || isAbsolute(rel) ? null : real;
}
function makeClauseReader(root) {
  const files = /* @__PURE__ */ new Map();
  const linesOf = (file) => {
    if (!files.has(file)) {
      try {
        const real = insideRoot(root, file);
        files.set(file, real === null ? null : readFileSync(real, "utf8").split(/\r?\n/));
      } catch {
        files.set(file, null);
      }
    }
    return files.get(file) ?? null;
  };
  const spanText = (s) => {
    const lines = linesOf(s.file);
    if (!lines || s.line < 1 || s.line > lines.length) return null;
    const last = Math.min(s.endLine, lines.length, s.line + MAX_LINES - 1);
    const picked = lines.slice(s.line - 1, last);
    if (picked.length === 1 && s.endLine === s.line) return picked[0].slice(s.column - 1, s.endColumn - 1) || picked[0].trim();
    return picked.join("\n");
  };
  return (d) => {
    if (d.clause && d.clause.trim() !== "") return d.clause;
    const span = failedLabel(d) ?? d;
    return spanText(span);
  };
}

// src/action/test-timing.ts
var TEST_TIME_SCALE_VAR = "PROOFGATE_TEST_API_TIME_SCALE";
function apiTimingFromTestEnv(env) {
  const raw = env[TEST_TIME_SCALE_VAR];
  if (raw === void 0 || raw === "") return { timing: PRODUCTION_TIMING, note: null };
  const scale = Number(raw);
  if (!(scale > 0 && scale <= 1)) return { timing: PRODUCTION_TIMING, note: `${TEST_TIME_SCALE_VAR}='${raw}' ignored (must be in (0, 1])` };
  return { timing: { timeScale: scale }, note: `${TEST_TIME_SCALE_VAR}=${scale}: GitHub request waits are scaled down (tests only)` };
}

// src/report/read-results.ts
import { readFileSync as readFileSync2 } from "node:fs";
var ResultsFileError = class extends Error {
  name = "ResultsFileError";
};
function isObject2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var COUNTS = ["verified", "errors", "functions", "cached", "seconds"];
function resultsFileProblem(v) {
  if (!isObject2(v)) return "not a JSON object";
  if (!isObject2(v.tool) || v.tool.name !== "proofgate") return 'no `tool.name: "proofgate"`';
  if (v.mode !== "verify" && v.mode !== "no-verify") return "`mode` is neither verify nor no-verify";
  if (!isObject2(v.summary) || COUNTS.some((k) => typeof v.summary[k] !== "number")) return "`summary` lacks its counts";
  if (!Array.isArray(v.units)) return "no `units` list";
  if (!Array.isArray(v.diagnostics)) return "no `diagnostics` list";
  for (const d of v.diagnostics) {
    if (!isObject2(d) || typeof d.file !== "string" || typeof d.message !== "string" || typeof d.fingerprint !== "string" || !Number.isInteger(d.line) || !Array.isArray(d.labels) || d.severity !== "error" && d.severity !== "warning") {
      return "a diagnostic lacks its severity, file, line, message, labels or fingerprint";
    }
  }
  if (v.shard !== void 0) {
    const s = v.shard;
    if (!isObject2(s) || !Number.isInteger(s.index) || !Number.isInteger(s.count) || s.index < 1 || s.index > s.count) return "`shard` is not {index, count} with 1 <= index <= count";
  }
  return null;
}
function readResultsFile(path2) {
  let text;
  try {
    text = readFileSync2(path2, "utf8");
  } catch {
    throw new ResultsFileError(`cannot read results file \`${path2}\``);
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ResultsFileError(`\`${path2}\` is not a JSON results file`);
  }
  const problem = resultsFileProblem(value);
  if (problem) throw new ResultsFileError(`\`${path2}\` is not a results file (docs/results.md): ${problem}`);
  return value;
}

// src/cli/review.ts
function reviewTarget(values, env) {
  const repoText = str(values, "repo") ?? env.GITHUB_REPOSITORY;
  if (!repoText) throw new UsageError("which repository? give --repo OWNER/NAME (or set GITHUB_REPOSITORY)");
  const m = /^([\w.-]+)\/([\w.-]+)$/.exec(repoText);
  if (!m) throw new UsageError(`--repo takes OWNER/NAME, got \`${repoText}\``);
  let pr = positiveInt("pr", str(values, "pr"));
  if (pr === void 0) {
    const ref = /^refs\/pull\/(\d+)\/(merge|head)$/.exec(env.GITHUB_REF ?? "");
    if (ref) pr = Number(ref[1]);
  }
  if (pr === void 0) throw new UsageError("which pull request? give --pr N (or run where GITHUB_REF is refs/pull/N/merge)");
  const named = str(values, "token-env");
  if (named !== void 0 && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(named)) throw new UsageError(`--token-env takes an environment variable's name, got \`${named}\``);
  const tokenName = named ?? (env.GITHUB_TOKEN ? "GITHUB_TOKEN" : "GH_TOKEN");
  const token = env[tokenName] ?? "";
  if (!token) {
    throw new UsageError(named !== void 0 ? `--token-env ${named}: that variable is not set` : "no token: set GITHUB_TOKEN or GH_TOKEN (a token with pull-requests write), or name its variable with --token-env");
  }
  return { owner: m[1], repo: m[2], pr, token, tokenName, apiUrl: str(values, "api-url") ?? (env.GITHUB_API_URL || "https://api.github.com") };
}
function describe(outcome) {
  const parts = [
    outcome.reviewPosted ? `posted ${outcome.inline} inline comment(s) and ${outcome.body} body row(s)` : "nothing new to post",
    `${outcome.kept} earlier finding(s) still failing`,
    `${outcome.fixed} fixed comment(s) updated, ${outcome.resolved} thread(s) resolved`
  ];
  if (outcome.movedToBody > 0) parts.push(`${outcome.movedToBody} comment(s) rejected by GitHub moved to the review body`);
  if (outcome.dismissed > 0) parts.push(`${outcome.dismissed} stale blocking review(s) dismissed`);
  return parts.join("; ");
}
async function review(values, positionals, env) {
  if (positionals.length !== 1) throw new UsageError("review takes one results file (merge the shards' files first: `proofgate merge --output FILE ...`)");
  const file = positionals[0];
  const results = readResultsFile(file);
  const reviewEvent = oneOf("review-event", str(values, "review-event"), ["COMMENT", "REQUEST_CHANGES"]) ?? "COMMENT";
  const maxComments = str(values, "max-comments") === "0" ? 0 : positiveInt("max-comments", str(values, "max-comments")) ?? 30;
  const target = reviewTarget(values, env);
  const { timing, note } = apiTimingFromTestEnv(env);
  const log = (m) => process.stderr.write(`proofgate: ${m}
`);
  if (note) log(note);
  const api = new GitHubApi(makeOctokit(target.token, target.apiUrl, log, timing), { owner: target.owner, repo: target.repo, pull_number: target.pr });
  const where2 = `${target.owner}/${target.repo}#${target.pr}`;
  let head;
  try {
    head = await api.pullHeadSha();
  } catch (err) {
    throw new UsageError(`cannot read pull request ${where2} (${errorReason(err)})`);
  }
  const sha = str(values, "sha");
  if (sha !== void 0 && sha.toLowerCase() !== head.toLowerCase()) {
    throw new UsageError(`the results are for ${sha.slice(0, 12)} but the head of ${where2} is ${head.slice(0, 12)}: not placing comments on a diff that was not verified (re-run on the head)`);
  }
  const mismatch = sha === void 0 ? verifiedCommitMismatch(checkedOutCommit(process.cwd(), "pull_request", env), head) : null;
  if (mismatch) throw new UsageError(`${mismatch} (of ${where2}); run on the head, or give --sha`);
  const outcome = await publishReview({
    api,
    headSha: head,
    results,
    modeReason: `results file ${file.replace(/[`]/g, "")}`,
    maxComments,
    reviewEvent,
    clauseOf: makeClauseReader(process.cwd()),
    absenceMeansFixed: absenceMeansFixed(results),
    warn: (m) => process.stderr.write(`${m}
`),
    elsewhere: `the findings are in ${file.replace(/[`]/g, "")}`
  });
  if (outcome.status !== "published") throw new UsageError(`no review on ${where2}: ${outcome.note ?? outcome.status}`);
  console.log(`proofgate: review of ${where2}: ${describe(outcome)}`);
  return results.summary.errors > 0 ? 1 : 0;
}

// src/cli.ts
init_driver();
import { availableParallelism as availableParallelism2 } from "node:os";

// src/jit-tuning.ts
init_native_backend();
import { setFlagsFromString } from "node:v8";
function tuneJitFor(opts) {
  if (wantsBaselineJit(opts)) setFlagsFromString("--max-opt=1");
}
function wantsBaselineJit(opts) {
  if (opts.mode !== "verify") return false;
  const solver = opts.solver ?? "auto";
  return solver === "native" || solver === "auto" && nativeZ3Name() !== void 0;
}

// src/cli.ts
init_build_results();

// src/report/github.ts
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function renderWorkflowCommand(d) {
  const props = [
    `file=${escapeProperty(d.file)}`,
    `line=${d.line}`,
    `col=${d.column}`,
    `endLine=${d.endLine}`,
    `endColumn=${d.endColumn}`,
    `title=${escapeProperty(`proofgate: ${d.message}`)}`
  ];
  return `::${d.severity === "error" ? "error" : "warning"} ${props.join(",")}::${escapeData(d.rendered)}`;
}

// src/cli.ts
init_human();

// src/report/merge.ts
var MergeError = class extends Error {
  name = "MergeError";
};
function mergeResults(files) {
  if (files.length === 0) throw new MergeError("nothing to merge");
  const modes = new Set(files.map((f) => f.mode));
  if (modes.size > 1) throw new MergeError("cannot merge results of different modes (verify and no-verify)");
  checkShards(files);
  const seen = /* @__PURE__ */ new Set();
  const diagnostics = files.flatMap((f) => f.diagnostics).filter((d) => {
    const key = `${d.fingerprint}@${d.file}:${d.line}:${d.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort((a, b2) => a.file < b2.file ? -1 : a.file > b2.file ? 1 : a.line - b2.line || a.column - b2.column || (a.message < b2.message ? -1 : a.message > b2.message ? 1 : 0));
  const units = mergeUnits(files.flatMap((f) => f.units));
  const solvers = [...new Set(files.map((f) => f.tool.solver).filter((s) => s !== "none"))];
  return {
    tool: { ...files[0].tool, solver: solvers.length > 0 ? solvers.join(", ") : "none" },
    mode: files[0].mode,
    summary: {
      verified: units.filter((u) => u.status === "verified" || u.status === "cached").length,
      errors: diagnostics.filter((d) => d.severity === "error").length,
      functions: new Set(units.map((u) => u.function)).size,
      cached: units.filter((u) => u.status === "cached").length,
      seconds: Math.max(...files.map((f) => f.summary.seconds)),
      ...files.some((f) => f.summary.items !== void 0) ? { items: Math.max(...files.map((f) => f.summary.items ?? 0)) } : {}
    },
    diagnostics,
    units
  };
}
function checkShards(files) {
  const sharded = files.filter((f) => f.shard);
  if (sharded.length === 0) return;
  if (sharded.length !== files.length) throw new MergeError("cannot merge shards' results with the results of a whole run");
  const counts = [...new Set(sharded.map((f) => f.shard.count))];
  if (counts.length > 1) throw new MergeError(`the shards come from different splits (${counts.map((n2) => `/${n2}`).join(" and ")})`);
  const n = counts[0];
  const indices = sharded.map((f) => f.shard.index);
  const twice = indices.find((i, k) => indices.indexOf(i) !== k);
  if (twice !== void 0) throw new MergeError(`the results of shard ${twice}/${n} are given twice`);
  const missing = Array.from({ length: n }, (_, k) => k + 1).filter((i) => !indices.includes(i));
  if (missing.length > 0) {
    throw new MergeError(`the results of shard${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${n}`).join(", ")} ${missing.length > 1 ? "are" : "is"} missing: what ${missing.length > 1 ? "they" : "it"} checked would be neither reported nor verified`);
  }
}
var STATUS_ORDER = ["failed", "skipped", "verified", "cached"];
function mergeUnits(all) {
  const byKey = /* @__PURE__ */ new Map();
  for (const u of all) {
    const key = `${u.function}\0${u.file}\0${u.line}`;
    const had = byKey.get(key);
    if (!had) {
      byKey.set(key, { ...u });
      continue;
    }
    had.ms += u.ms;
    if (STATUS_ORDER.indexOf(u.status) < STATUS_ORDER.indexOf(had.status)) had.status = u.status;
  }
  return [...byKey.values()].sort((a, b2) => a.file < b2.file ? -1 : a.file > b2.file ? 1 : a.line - b2.line || (a.function < b2.function ? -1 : 1));
}

// src/report/sarif.ts
init_kinds();
function automationId(results, merged) {
  if (results.shard) return `proofgate/shard-${results.shard.index}-of-${results.shard.count}/`;
  return merged ? "proofgate/merged/" : "proofgate/";
}
function renderSarif(results, opts = {}) {
  const kinds = [...new Set(results.diagnostics.map((d) => d.kind))].sort();
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        automationDetails: { id: automationId(results, opts.merged === true) },
        tool: {
          driver: {
            name: "proofgate",
            version: results.tool.version,
            informationUri: "https://github.com/proofgate/proofgate",
            rules: kinds.map((k) => ({
              id: k,
              shortDescription: { text: KIND_HELP[k].title },
              help: { text: KIND_HELP[k].help },
              helpUri: kindUrl(k)
            }))
          }
        },
        results: results.diagnostics.map((d) => ({
          ruleId: d.kind,
          level: d.severity === "error" ? "error" : "warning",
          message: { text: d.counterexample ? `${d.message} (counterexample: ${Object.entries(d.counterexample).map(([k, v]) => `${k} = ${v}`).join(", ")})` : d.message },
          locations: [region(d)],
          relatedLocations: d.labels.map((l, i) => ({ id: i, ...region(l), message: { text: l.message } })),
          partialFingerprints: { proofgate: d.fingerprint }
        }))
      }
    ]
  };
}
function region(l) {
  return {
    physicalLocation: {
      artifactLocation: { uri: l.file },
      region: { startLine: l.line, startColumn: l.column, endLine: l.endLine, endColumn: l.endColumn }
    }
  };
}

// src/cli.ts
init_native_backend();
init_shard();
init_version();
async function main(argv) {
  const [command, ...rest] = argv;
  switch (command) {
    case "verify":
      return verify(rest);
    case "merge":
      return merge3(rest);
    case "analyze":
      return analyze(rest);
    case "run":
      return run(rest);
    case "check-soundness":
      return checkSoundnessCommand(rest);
    case "review": {
      const parsed = parseCommand(rest, REVIEW);
      return parsed ? review(parsed.values, parsed.positionals, process.env) : 0;
    }
    case "--version":
    case "-V":
      console.log(`proofgate ${VERSION11}`);
      return 0;
    case "help": {
      const spec = COMMANDS.find((c) => c.name === rest[0]);
      console.log(spec ? commandHelp(spec) : mainHelp(COMMANDS));
      return 0;
    }
    case "--help":
    case "-h":
      console.log(mainHelp(COMMANDS));
      return 0;
    case void 0:
      process.stderr.write(mainHelp(COMMANDS) + "\n");
      return 2;
    default:
      throw new UsageError(`unknown command \`${command}\` (expected verify, analyze, merge, review, run or check-soundness; see \`proofgate --help\`)`);
  }
}
function parseCommand(args, spec) {
  const parsed = parse(args, spec);
  if (parsed.values.help) {
    console.log(commandHelp(spec));
    return null;
  }
  return parsed;
}
function existingPaths(positionals) {
  const paths = positionals.length ? positionals : ["."];
  const missing = paths.find((p) => !existsSync2(p));
  if (missing !== void 0) throw new UsageError(`\`${missing}\` does not exist: give a .rs file or a folder of Rust sources`);
  return paths;
}
async function verify(args) {
  const parsed = parseCommand(args, VERIFY);
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (values["dump-ir"]) return dumpIrCommand(existingPaths(positionals), str(values, "function"));
  const shard = values.shard === void 0 ? void 0 : parseShard(str(values, "shard"));
  if (values.shard !== void 0 && !shard) throw new UsageError(`--shard takes I/N with 1 <= I <= N, got \`${values.shard}\``);
  if (values.cache !== void 0 && values["no-cache"]) throw new UsageError("--cache and --no-cache exclude each other");
  const format2 = oneOf("format", str(values, "format"), FORMATS) ?? "human";
  const color = oneOf("color", str(values, "color"), COLOR_CHOICES) ?? "auto";
  const solver = oneOf("solver", str(values, "solver"), ["auto", "wasm", "native"]);
  const noVerify = values["no-verify"] === true;
  if (solver === "native" && !noVerify && nativeZ3Name() === void 0) {
    throw new UsageError("--solver native: no runnable `z3` on PATH; install it (e.g. `sudo apt-get install -y z3`) or use --solver wasm");
  }
  const progress = new ProgressLine(process.stderr);
  const opts = {
    paths: existingPaths(positionals),
    mode: noVerify ? "no-verify" : "verify",
    jobs: positiveInt("jobs", str(values, "jobs")),
    timeoutMs: positiveInt("timeout-ms", str(values, "timeout-ms")),
    cacheDir: values["no-cache"] ? null : str(values, "cache"),
    shard,
    solver,
    functionGlob: str(values, "function"),
    dumpSmtDir: str(values, "dump-smt"),
    workspaceRoot: workspaceRoot(values),
    ...progress.active ? { onProgress: (done, total) => progress.update(done, total) } : {}
  };
  if (oneOf("cross-check", str(values, "cross-check"), ["cvc5"])) {
    const { cvc5Name: cvc5Name2 } = await Promise.resolve().then(() => (init_cvc5(), cvc5_exports));
    if (!cvc5Name2()) throw new UsageError("--cross-check cvc5: no runnable `cvc5` on PATH; install it (e.g. `sudo apt-get install -y cvc5`)");
    const { Cvc5CrossCheck: Cvc5CrossCheck2 } = await Promise.resolve().then(() => (init_cross_check(), cross_check_exports));
    opts.crossCheck = new Cvc5CrossCheck2(opts.jobs ?? availableParallelism2(), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  }
  tuneJitFor(opts);
  let results;
  try {
    results = await runProofgate(opts);
  } finally {
    progress.finish();
  }
  const cc = opts.crossCheck?.stats;
  if (cc && format2 === "human") {
    console.log(`cross-check (cvc5): ${cc.goals} goals in ${cc.queries} queries, ${cc.agreed} agreed, ${cc.undecided} undecided by one solver, ${cc.disagreements} disagreements, ${cc.rejected} queries rejected
`);
  }
  emit(results, format2, str(values, "output"), wantsColor(color, process.stdout, process.env));
  return results.summary.errors > 0 ? 1 : 0;
}
async function dumpIrCommand(paths, glob) {
  const { dumpIr: dumpIr2 } = await Promise.resolve().then(() => (init_dump_ir(), dump_ir_exports));
  const r = dumpIr2(paths, glob);
  console.log(r.text);
  return r.errors ? 1 : 0;
}
async function analyze(args) {
  const parsed = parseCommand(args, ANALYZE);
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const format2 = oneOf("format", str(values, "format"), FORMATS) ?? "human";
  const color = oneOf("color", str(values, "color"), COLOR_CHOICES) ?? "auto";
  const { runAnalyze: runAnalyze2 } = await Promise.resolve().then(() => (init_analyze_run(), analyze_run_exports));
  const results = runAnalyze2({ paths: existingPaths(positionals), stateLevel: positiveInt("state-level", str(values, "state-level")), functionGlob: str(values, "function") });
  emit(results, format2, str(values, "output"), wantsColor(color, process.stdout, process.env));
  if (results.summary.errors > 0) return 1;
  return values["deny-warnings"] && results.diagnostics.some((d) => d.severity === "warning") ? 1 : 0;
}
async function merge3(args) {
  const parsed = parseCommand(args, MERGE);
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError("merge needs at least one results file");
  const files = positionals.map((p) => readResultsFile(p));
  const merged = mergeResults(files);
  const color = oneOf("color", str(values, "color"), COLOR_CHOICES) ?? "auto";
  emit(merged, oneOf("format", str(values, "format"), FORMATS) ?? "human", str(values, "output"), wantsColor(color, process.stdout, process.env), true);
  return merged.summary.errors > 0 ? 1 : 0;
}
function workspaceRoot(values) {
  return values["allow-outside-cwd"] ? void 0 : process.cwd();
}
async function run(args) {
  const parsed = parseCommand(args, RUN);
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const program = checkPaths(existingPaths(positionals), workspaceRoot(values));
  const errors = program.diagnostics.filter((d) => d.severity === "error");
  if (errors.length) {
    for (const d of errors) console.log(renderHuman(d, program.sources) + "\n");
    console.log(`check results:: ${program.itemsChecked} items checked, ${errors.length} errors`);
    return 1;
  }
  const { runTests: runTests2 } = await Promise.resolve().then(() => (init_emu(), emu_exports));
  const { formatTestRun: formatTestRun2 } = await Promise.resolve().then(() => (init_report(), report_exports));
  const outcomes = program.crates.flatMap((c) => runTests2(c, values.filter ? { filter: str(values, "filter") } : {}));
  console.log(formatTestRun2(outcomes));
  return outcomes.some((o) => o.status === "failed") ? 1 : 0;
}
async function checkSoundnessCommand(args) {
  const parsed = parseCommand(args, CHECK_SOUNDNESS);
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const seedText = str(values, "seed");
  if (seedText !== void 0 && !/^\d+$/.test(seedText)) throw new UsageError(`--seed takes a whole number, got \`${seedText}\``);
  const seed = seedText === void 0 ? 1 : Number(seedText) >>> 0;
  const { checkSoundness: checkSoundness2 } = await Promise.resolve().then(() => (init_oracle(), oracle_exports));
  const { renderOracleReport: renderOracleReport2 } = await Promise.resolve().then(() => (init_report2(), report_exports2));
  console.log(`check-soundness: seed ${seed}`);
  const report = await checkSoundness2({
    paths: existingPaths(positionals),
    seed,
    budgetMs: positiveInt("budget-ms", str(values, "budget-ms")) ?? 2e4,
    maxInputs: positiveInt("max-inputs", str(values, "max-inputs")),
    verify: {
      jobs: positiveInt("jobs", str(values, "jobs")),
      timeoutMs: positiveInt("timeout-ms", str(values, "timeout-ms")),
      solver: oneOf("solver", str(values, "solver"), ["auto", "wasm", "native"])
    }
  });
  console.log(renderOracleReport2(report));
  return report.findings.length > 0 ? 1 : 0;
}
function emit(results, format2, output, color, merged = false) {
  if (output) {
    mkdirSync3(dirname2(output), { recursive: true });
    writeFileSync3(output, JSON.stringify(results, null, 2) + "\n");
  }
  switch (format2) {
    case "json":
      process.stdout.write(JSON.stringify(results, null, 2) + "\n");
      return;
    case "sarif":
      process.stdout.write(JSON.stringify(renderSarif(results, { merged }), null, 2) + "\n");
      return;
    case "github":
      for (const d of results.diagnostics) console.log(renderWorkflowCommand(d));
      console.log(summaryLine(results));
      return;
    case "human":
      for (const d of results.diagnostics) console.log((color ? colorize(d.rendered) : d.rendered) + "\n");
      console.log(summaryLine(results));
      return;
  }
}
main(process.argv.slice(2)).then(
  (code) => process.stdout.write("", () => process.exit(code)),
  (e) => {
    const msg = e instanceof UsageError || e instanceof InputError || e instanceof MergeError || e instanceof ResultsFileError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
    process.stderr.write(`proofgate: ${msg}
`, () => process.exit(2));
  }
);
