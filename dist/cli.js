import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

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
var INT;
var init_types = __esm({
  "src/check/types.ts"() {
    "use strict";
    INT = { k: "int", kind: "int" };
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
var init_errors = __esm({
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
function wrap(v, kind) {
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
      return spec && isUnbounded(kind) ? int(euclidDiv(a, b2), kind) : checked(a / b2, kind, spec, span);
    case "%":
      if (b2 === 0n) {
        if (spec) throw new NotEvaluable("remainder by zero in a specification");
        throw new RuntimeError("attempt to calculate the remainder with a divisor of zero", span);
      }
      return spec && isUnbounded(kind) ? int(a - b2 * euclidDiv(a, b2), kind) : checked(a % b2, kind, spec, span);
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
      return int(op === "<<" ? wrap(a << b2, kind) : a >> b2, kind);
    }
  }
}
function checked(v, kind, spec, span) {
  if (!spec && !inRange2(v, kind)) throw new RuntimeError("arithmetic overflow", span);
  return int(v, kind);
}
function euclidDiv(a, b2) {
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
  return int(wrap(~a, kind), kind);
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
      return { option: b2 === 0n ? null : a.v / b2 };
    case "checked_rem":
      return { option: b2 === 0n ? null : a.v % b2 };
    case "wrapping_add":
      return { value: wrap(a.v + b2, k) };
    case "wrapping_sub":
      return { value: wrap(a.v - b2, k) };
    case "wrapping_mul":
      return { value: wrap(a.v * b2, k) };
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
      return { value: BigInt([...wrap(a.v, unsignedOf(k)).toString(2)].filter((c) => c === "1").length) };
    case "is_power_of_two":
      return { bool: a.v > 0n && (a.v & a.v - 1n) === 0n };
    case "trailing_zeros":
    case "leading_zeros": {
      if (isUnbounded(k)) return void 0;
      const bits = intBits(k);
      const u = wrap(a.v, unsignedOf(k));
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
    init_errors();
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
function outOfBounds(len, i, span) {
  return new RuntimeError(`index out of bounds: the len is ${len} but the index is ${i}`, span);
}
function checkIndex(c, len, i) {
  if (i < 0n || i >= BigInt(len)) {
    if (c.spec) throw new NotEvaluable("index out of range in a specification");
    throw outOfBounds(len, i, c.span);
  }
  return Number(i);
}
function vecMethod(c, elems, growable) {
  const len = elems.length;
  switch (c.name) {
    case "len":
      return int(BigInt(len), "usize");
    case "is_empty":
      return bool(len === 0);
    case "view":
    case "deep_view":
      return { t: "seq", elems: c.spec ? elems : elems.slice() };
    case "index":
    case "spec_index":
      return own(c, elems[checkIndex(c, len, argInt(c, 0))]);
    case "get": {
      const i = argInt(c, 0);
      return i >= 0n && i < BigInt(len) ? some(own(c, elems[Number(i)])) : none();
    }
    case "first":
      return len ? some(own(c, elems[0])) : none();
    case "last":
      return len ? some(own(c, elems[len - 1])) : none();
    case "contains":
      return bool(elems.some((x) => valueEquals(x, c.args[0])));
    case "set": {
      forbidSpecMutation(c.spec);
      heap.epoch++;
      elems[checkIndex(c, len, argInt(c, 0))] = copyValue(deref(c.args[1]));
      return unit();
    }
    case "swap": {
      forbidSpecMutation(c.spec);
      heap.epoch++;
      const i = checkIndex(c, len, argInt(c, 0));
      const j = checkIndex(c, len, argInt(c, 1));
      [elems[i], elems[j]] = [elems[j], elems[i]];
      return unit();
    }
    case "as_slice":
    case "as_mut_slice":
      return { t: "ref", mut: c.name === "as_mut_slice", place: c.recv };
    case "capacity":
      return int(BigInt(len), "usize");
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
      return len ? some(elems.pop()) : none();
    case "clear":
      elems.length = 0;
      return unit();
    case "truncate": {
      const n = argInt(c, 0);
      if (n < BigInt(len)) elems.length = Number(n);
      return unit();
    }
    case "reserve":
      return unit();
    case "insert": {
      const i = argInt(c, 0);
      if (i < 0n || i > BigInt(len)) throw new RuntimeError(`insertion index (is ${i}) should be <= len (is ${len})`, c.span);
      elems.splice(Number(i), 0, copyValue(c.args[1]));
      return unit();
    }
    case "remove": {
      const i = argInt(c, 0);
      if (i < 0n || i >= BigInt(len)) throw new RuntimeError(`removal index (is ${i}) should be < len (is ${len})`, c.span);
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
  const len = BigInt(elems.length);
  const range = (lo, hi) => {
    if (lo < 0n || lo > hi || hi > len) throw new NotEvaluable("subrange out of bounds");
    return { t: "seq", elems: elems.slice(Number(lo), Number(hi)) };
  };
  switch (c.name) {
    case "len":
      return int(len, "nat");
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
      return range(argInt(c, 0), len);
    case "drop_last":
      return range(0n, len - 1n);
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
    init_errors();
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
function compare(op, a, b2, span, cx) {
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
function coerce(v, kind) {
  if (!kind || v.t !== "int" || v.kind === kind) return v;
  return int(v.v, kind);
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
var init_interp = __esm({
  "src/emu/interp.ts"() {
    "use strict";
    init_arith();
    init_builtins();
    init_spec_memo();
    init_errors();
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
          scope.bind(p.name, p.ghost || p.tracked ? ERASED : coerce(a, declaredKind(p.ty)));
        });
        const cx = { scope, fn: decl, spec: decl.mode === "spec" };
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
        v = coerce(v, declaredKind(decl.ret));
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
            const v = coerce(this.eval(s.init, cx), kind);
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
            this.runLoop(s.label, cx, () => truthy(this.eval(s.cond, cx), s.cond.span), s.body);
            return;
          case "loop":
            this.runLoop(s.label, cx, () => true, s.body);
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
      runLoop(label2, cx, cond, body, bindIter, next) {
        for (; ; ) {
          this.tick(body.span);
          if (!cond()) return;
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
        const place = this.place(target, cx);
        if (op === "=") {
          const old = place.get();
          const kind2 = old.t === "int" ? old.kind : typeKind(target.ty);
          place.set(coerce(rhs, kind2));
          return;
        }
        const cur = deref(place.get());
        const r = deref(rhs);
        if (cur.t === "bool" && r.t === "bool") {
          const b2 = op === "&=" ? cur.v && r.v : op === "|=" ? cur.v || r.v : cur.v !== r.v;
          place.set(bool(b2));
          return;
        }
        if (cur.t !== "int" || r.t !== "int") throw new Unsupported2(`compound assignment ${op} on ${showValue(cur)}`, span);
        const kind = cur.kind !== "int" ? cur.kind : typeKind(target.ty) ?? r.kind;
        place.set(intBinary(op.slice(0, -1), cur.v, r.v, kind, cx.spec, span));
      }
      // -------------------------------------------------------------------------
      // Places
      /** The storage an lvalue expression denotes; temporaries get a fresh cell. */
      place(e, cx) {
        switch (e.kind) {
          case "path": {
            const local = this.localCell(e, cx);
            if (local) return local;
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
              if (!compare(e.ops[i], left, right, e.span, cx)) return bool(false);
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
            if (!cx.oldIsCurrent) throw new NotEvaluable("old() outside a precondition");
            return this.eval(e.operand, cx);
          }
          case "final":
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
        const local = this.localCell(e, cx);
        if (local) return this.read(local, e.span, cx);
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
        if (typeof info.value === "bigint") v = int(info.value, kind ?? "int");
        else if (typeof info.value === "boolean") v = bool(info.value);
        else if (info.decl.value) v = coerce(this.eval(info.decl.value, { scope: new Scope(), spec: info.decl.mode === "spec" || cx.spec }), kind);
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
            return bool(compare(op, a, b2, span, cx));
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
          if (v.t === "int") return { t: "char", v: String.fromCodePoint(Number(wrap(v.v, "u32"))) };
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
        return int(wrap(n, kind), kind);
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
          const self = decl.params[0];
          let selfArg;
          if (self?.name === "self" && self.ty.kind === "ref") {
            selfArg = { t: "ref", mut: self.ty.mut, place: recvPlace ?? autoDeref(this.place(e.receiver, cx)) };
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
          if (name in given) fields[name] = coerce(given[name], fieldKind(target, name));
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
            const eq = name.endsWith("eq");
            if (valueEquals(a, b2) !== eq) {
              throw new RuntimeError(`assertion \`left ${eq ? "==" : "!="} right\` failed: left: ${showValue(deref(a))}, right: ${showValue(deref(b2))}`, e.span);
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
        const place = placeLike ? this.place(s, cx) : new Cell(this.eval(s, cx));
        if (deref(place.get()).t === "erased") return ghost(cx);
        for (const arm of e.arms) {
          const binds = [];
          if (!this.matchPattern(arm.pattern, place, "move", binds, cx)) continue;
          const armCx = { ...cx, scope: new Scope(cx.scope) };
          for (const [n, v] of binds) armCx.scope.bind(n, v);
          if (arm.guard && !truthy(this.eval(arm.guard, armCx), arm.guard.span)) continue;
          return this.eval(arm.body, armCx);
        }
        throw new RuntimeError(`no match arm for ${showValue(place.get())}`, e.span);
      }
      /** Matches `p` against the value stored at `place`, collecting bindings. */
      matchPattern(p, place, mode, binds, cx) {
        if (p.kind === "wild") return true;
        if (p.kind === "ident") {
          const asPath = this.identAsPath(p.name, cx);
          if (asPath) return this.matchPattern({ kind: "path", path: [p.name], span: p.span }, place, mode, binds, cx);
          const v2 = place.get();
          if (p.byRef) binds.push([p.name, { t: "ref", mut: p.mut, place }]);
          else if (mode !== "move" && v2.t !== "ref") binds.push([p.name, { t: "ref", mut: mode === "refmut", place }]);
          else binds.push([p.name, this.own(v2, cx)]);
          return true;
        }
        if (p.kind === "or") {
          for (const alt of p.alts) {
            const mine = [];
            if (this.matchPattern(alt, place, mode, mine, cx)) {
              binds.push(...mine);
              return true;
            }
          }
          return false;
        }
        let v = place.get();
        while (v.t === "ref") {
          mode = v.mut && mode !== "ref" ? "refmut" : "ref";
          place = v.place;
          v = place.get();
        }
        switch (p.kind) {
          case "tuple":
            if (v.t !== "tuple") return false;
            return p.elems.every((q, i) => this.matchPattern(q, new SlotPlace(v.elems, i), mode, binds, cx));
          case "tuple_struct": {
            const last = p.path[p.path.length - 1];
            const builtin = p.res?.kind === "builtin" ? p.res.name : void 0;
            if (builtin === "Tracked" || builtin === "Ghost" || !p.res && (last === "Tracked" || last === "Ghost")) {
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
  const done = (status, message) => ({
    name,
    status,
    ms: Math.round(performance2.now() - start),
    unchecked: interp.unchecked,
    ...message !== void 0 ? { message } : {}
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
    init_errors();
    init_interp();
    init_errors();
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

// src/cli.ts
import { readFileSync as readFileSync3, writeFileSync as writeFileSync3, mkdirSync as mkdirSync3 } from "node:fs";
import { dirname as dirname2 } from "node:path";
import { parseArgs } from "node:util";

// src/driver.ts
import { availableParallelism } from "node:os";

// src/report/stack-limit.ts
function isStackOverflow(e) {
  return e instanceof RangeError && /call stack/i.test(e.message);
}
var NESTED_TOO_DEEPLY = "unsupported: code nested too deeply for proofgate (its stack ran out); split this expression or block";

// src/check/infer.ts
var INT_TYPES = /* @__PURE__ */ new Map();
function intType(kind) {
  let t = INT_TYPES.get(kind);
  if (!t) INT_TYPES.set(kind, t = { k: "int", kind });
  return t;
}
var ERROR = { k: "error" };
var Infer = class {
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

// src/check/context.ts
function ghostCode(cx) {
  return cx.mode !== "exec";
}
var BodyChecker = class {
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
    const local = { id: id ?? this.ids.fresh(), name, mode, mutable, ty, loopDepth: this.loopDepth, res: void 0 };
    if (name !== "_") {
      const top = this.scopes.length - 1;
      let scope = this.scopes[top];
      if (!scope) this.scopes[top] = scope = /* @__PURE__ */ new Map();
      scope.set(name, local);
    }
    return local;
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
function specIntFits(a, b2) {
  if (a.k !== "int" || b2.k !== "int") return false;
  if (a.kind === b2.kind) return true;
  if (b2.kind === "int") return true;
  if (b2.kind === "nat") return a.kind.startsWith("u");
  return false;
}

// src/syntax/span.ts
var LineMap = class {
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
function joinSpans(a, b2) {
  const first = a.start <= b2.start ? a : b2;
  const last = a.end >= b2.end ? a : b2;
  return { file: a.file, start: first.start, end: last.end, line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
}

// src/report/diagnostic.ts
function diag(kind, message, span, extra = {}) {
  return { severity: "error", kind, message, span, labels: [], ...extra };
}

// src/check/diagnostics.ts
var Diags = class {
  list = [];
  /** While > 0, diagnostics are dropped (bodies of external_body fns, unverified items). */
  muted = 0;
  error(kind, message, span, extra = {}) {
    if (this.muted > 0) return;
    this.list.push(diag(kind, message, span, extra));
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
function argCountMessage(expected, found) {
  const a = (n) => `${n} argument${n === 1 ? "" : "s"}`;
  return `this function takes ${a(expected)} but ${a(found)} ${found === 1 ? "was" : "were"} supplied`;
}

// src/check/prelude.ts
init_types();
var MACHINE_INTS = ["u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize"];
var ALL_INTS = [...MACHINE_INTS, "int", "nat"];
var BUILTIN_TYPES = ["Vec", "Seq", "Set", "Map", "Option", "Box", "Ghost", "Tracked"];
var PRELUDE = /* @__PURE__ */ new Map();
for (const k of ALL_INTS) PRELUDE.set(k, { kind: "prim", ty: { k: "int", kind: k } });
PRELUDE.set("bool", { kind: "prim", ty: { k: "bool" } });
PRELUDE.set("char", { kind: "prim", ty: { k: "char" } });
PRELUDE.set("str", { kind: "prim", ty: { k: "str" } });
for (const b2 of BUILTIN_TYPES) PRELUDE.set(b2, { kind: "builtinType", name: b2 });
for (const v of ["Some", "None", "arbitrary", "reveal", "use_type_invariant"]) PRELUDE.set(v, { kind: "builtinValue", name: v });
for (const m of ["vstd", "std", "core", "alloc", "builtin"]) PRELUDE.set(m, { kind: "vstd" });
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
var INT_T = { k: "int", kind: "int" };
var NAT_T = { k: "int", kind: "nat" };
var USIZE = { k: "int", kind: "usize" };
var BOOL_T = { k: "bool" };
var UNIT_T = { k: "tuple", elems: [] };
var b = (name, ...args) => ({ k: "builtin", name, args });
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

// src/check/consts.ts
init_types();
function evalConst(e, lookup, constValue) {
  const ev = (x) => evalConst(x, lookup, constValue);
  switch (e.kind) {
    case "int":
      return e.value;
    case "bool":
      return e.value;
    case "path": {
      const d = lookup(e.segments);
      if (!d) return void 0;
      if (d.kind === "const") return constValue(d);
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
var INT_KINDS = /* @__PURE__ */ new Set(["u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize", "int", "nat"]);
function isIntKind(s) {
  return INT_KINDS.has(s);
}

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
var guardDepth = 0;
var shallowestBlock = Infinity;
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
var importGuards = /* @__PURE__ */ new WeakMap();
var globAnswers = /* @__PURE__ */ new WeakMap();
var globTargets = /* @__PURE__ */ new WeakMap();
var globLookups = /* @__PURE__ */ new WeakMap();
var globBusy = /* @__PURE__ */ new Map();
var sealedTables = /* @__PURE__ */ new WeakSet();
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

// src/check/lower-type.ts
var ARITY = { Vec: 1, Seq: 1, Set: 1, Map: 2, Option: 1, Box: 1, Ghost: 1, Tracked: 1 };
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
      const len = evalConst(te.len, (segs) => walkPath(scope, segs).def, scope.constValue);
      if (typeof len !== "bigint") {
        diags.unsupported("array length that is not a constant", te.len.span);
        return { k: "error" };
      }
      annotateConstExpr(te.len, scope, { k: "int", kind: "usize" });
      return { k: "array", elem, len };
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
      diags.error("type", `expected type, found ${describe(def.kind)} \`${segs.join("::")}\``, te.span);
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
function describe(kind) {
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
function checkLocalRead(bc, cx, local, span) {
  if (bc.external || cx.mode !== "exec") return;
  if (local.mode === "ghost") bc.diags.error("mode", "expression has mode spec, expected mode exec", span);
  else if (local.mode === "tracked") bc.diags.error("mode", "expression has mode proof, expected mode exec", span);
}
function noteMove(bc, cx, local, span) {
  if (bc.external || cx.mode === "spec" || local.mode !== "tracked") return;
  if (isCopy(bc, local.ty)) return;
  if (bc.moved.has(local.id) || bc.loopDepth > local.loopDepth) {
    bc.diags.error("mode", `use of moved value: \`${local.name}\``, span);
    return;
  }
  const moved = new Set(bc.moved);
  moved.add(local.id);
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

// src/check/calls.ts
var ERR = { k: "error" };
var UNIT = { k: "tuple", elems: [] };
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
      return UNIT;
    }
    case "reveal": {
      callee.res = { kind: "builtin", name: "reveal", typeArgs: [] };
      if (e.args.length !== 1) bc.diags.error("type", argCountMessage(1, e.args.length), callee.span);
      for (const a of e.args) revealTarget(bc, a);
      return UNIT;
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
  bc.record(a, UNIT);
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

// src/check/pattern.ts
var ERR2 = { k: "error" };
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
      const local = bc.declare(p.name, bindTy, mode, p.mut && !byRef, prior?.id);
      if (prior) bc.infer.unify(prior.ty, bindTy);
      opts.orBindings?.set(p.name, local);
      p.id = local.id;
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
      const sub = wrapper ? { ...opts, mode: wrapper === "Tracked" ? "tracked" : "ghost" } : opts;
      p.elems.forEach((el, i) => checkPattern(bc, el, fields?.[i]?.ty ?? ERR2, cx, sub));
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

// src/check/stmt.ts
var UNIT2 = { k: "tuple", elems: [] };
var NEVER = { k: "never" };
var SPEC = { mode: "spec" };
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
  if (expected) bc.coerce(UNIT2, expected, b2.span, cx);
  return UNIT2;
}
function checkStmt(bc, s, cx) {
  switch (s.kind) {
    case "let": {
      const initCx = s.mode === "ghost" ? SPEC : s.mode === "tracked" ? { mode: "proof" } : cx;
      const declared = s.ty ? lowerType(s.ty, bc.scope, bc.diags) : void 0;
      const t = s.init ? checkExpr(bc, s.init, initCx, declared) : declared ?? bc.infer.fresh();
      const mode = s.mode === "tracked" ? "tracked" : s.mode === "ghost" || cx.mode !== "exec" ? "ghost" : "exec";
      checkPattern(bc, s.pattern, declared ?? t, cx, { mode });
      if (!s.init && s.pattern.kind === "ident" && s.pattern.id !== void 0) bc.deferredInit.add(s.pattern.id);
      return isNever(bc, t);
    }
    case "expr":
      return isNever(bc, checkExpr(bc, s.expr, cx));
    case "assign": {
      const target = checkExpr(bc, s.target, cx, void 0, s.target.kind === "path" ? "write" : "place");
      const root = placeRoot(s.target);
      const local = root?.kind === "path" && root.res?.kind === "local" ? root.res : void 0;
      const valueCx = local && local.mode !== "exec" && cx.mode === "exec" ? local.mode === "ghost" ? SPEC : { mode: "proof" } : cx;
      if (local?.kind === "local" && s.target.kind === "path" && !local.mutable && bc.deferredInit.has(local.id)) {
      } else if (local && s.target.kind === "path" && !local.mutable && !bc.external) {
        bc.diags.error("type", `cannot assign twice to immutable variable \`${local.name}\``, s.span);
      }
      if (local && !bc.external) checkAssignMode(bc, cx, local.mode, s.target);
      if (s.op === "<<=" || s.op === ">>=") checkExpr(bc, s.value, valueCx);
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
    branches(bc, [() => checkBlock(bc, body, cx, UNIT2), () => {
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

// src/check/expr.ts
init_types();
var BOOL = { k: "bool" };
var UNIT3 = { k: "tuple", elems: [] };
var INT2 = { k: "int", kind: "int" };
var NAT = { k: "int", kind: "nat" };
var USIZE2 = { k: "int", kind: "usize" };
var ERR3 = { k: "error" };
var NEVER2 = { k: "never" };
var CHAR = { k: "char" };
var STR_REF = { k: "ref", mut: false, inner: { k: "str" } };
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
      const sub = { mode: "spec" };
      return bc.withScope(() => {
        const tys = e.binders.map((b2) => {
          const ty = b2.ty ? lowerType(b2.ty, bc.scope, bc.diags) : bc.infer.fresh();
          const l = bc.declare(b2.name, ty, "ghost", false);
          b2.id = l.id;
          return ty;
        });
        for (const group of e.triggers) for (const t of group) checkExpr(bc, t, sub);
        if (e.quant === "choose") {
          checkBool(bc, e.body, sub);
          return tys.length === 1 ? tys[0] : { k: "tuple", elems: tys };
        }
        checkBool(bc, e.body, sub);
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
      else bc.coerce(UNIT3, bc.retTy, e.span, cx);
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
var negatedLiterals = /* @__PURE__ */ new WeakSet();
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
    const local = bc.lookupLocal(e.segments[0]);
    if (local) {
      e.res = bc.localRes(local);
      if (use !== "write") checkLocalRead(bc, cx, local, e.span);
      if (use === "move") noteMove(bc, cx, local, e.span);
      return local.ty;
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
var ARITH = /* @__PURE__ */ new Set(["+", "-", "*", "/", "%"]);
var SHIFTS = /* @__PURE__ */ new Set(["<<", ">>"]);
var LOGIC = /* @__PURE__ */ new Set(["&&", "||", "==>", "<==", "<==>"]);
var EQ = /* @__PURE__ */ new Set(["==", "!=", "===", "!=="]);
var ORD = /* @__PURE__ */ new Set(["<", "<=", ">", ">="]);
function binary(bc, e, cx, expected) {
  const op = e.op;
  if (LOGIC.has(op)) {
    checkBool(bc, e.left, cx);
    checkBool(bc, e.right, cx);
    return BOOL;
  }
  if (EQ.has(op) || ORD.has(op)) {
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
    branches(bc, [() => checkBlock(bc, e.then, cx, UNIT3), () => {
    }]);
    return UNIT3;
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
var DIVERGING_MACROS = /* @__PURE__ */ new Set(["unimplemented", "panic", "unreachable", "todo"]);
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

// src/check/signatures.ts
var IdGen = class {
  next = 1;
  fresh() {
    return this.next++;
  }
};
var Signatures = class {
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

// src/check/body.ts
var SPEC2 = { mode: "spec" };
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

// src/check/scopes.ts
var ModuleScope = class {
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
        define(module, item.name, { kind: "mod", module: child });
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
        define(module, item.name, { kind: "fn", fn: entry });
        break;
      }
      case "const": {
        const entry = makeConst(item, module, file, void 0, `${module.qprefix}::${item.name}`);
        tables.consts.push(entry);
        define(module, item.name, { kind: "const", c: entry });
        break;
      }
      case "struct": {
        const qname = `${module.qprefix}::${item.name}`;
        const entry = { qname, decl: item, module, info: { qname, decl: item, generics: item.generics, fields: [] } };
        tables.structs.push(entry);
        tables.structByName.set(qname, entry);
        define(module, item.name, { kind: "struct", s: entry });
        break;
      }
      case "enum": {
        const qname = `${module.qprefix}::${item.name}`;
        const entry = { qname, decl: item, module, info: { qname, decl: item, generics: item.generics, variants: [] } };
        tables.enums.push(entry);
        tables.enumByName.set(qname, entry);
        define(module, item.name, { kind: "enum", e: entry });
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
function define(module, name, def) {
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
  for (const sub of item.items) {
    const qname = `${ownerName.startsWith(tables.name + "::") ? ownerName : `${module.qprefix}::${ownerName}`}::${sub.name}`;
    if (sub.kind === "fn") {
      const entry = makeFn(sub, module, file, impl, qname);
      tables.fns.push(entry);
      tables.fnByDecl.set(sub, entry);
      if (!isTraitImpl && table && !table.has(sub.name)) table.set(sub.name, { kind: "fn", fn: entry });
    } else {
      const entry = makeConst(sub, module, file, impl, qname);
      tables.consts.push(entry);
      if (!isTraitImpl && table && !table.has(sub.name)) table.set(sub.name, { kind: "const", c: entry });
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
        for (const sub of it.items) if (sub.kind === "const" && sub.verified && sub.isStatic) diags.unsupported("static items", sub.span);
        break;
      default:
        break;
    }
  }
}

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
    diags.error("type", `internal checker error: ${errorText(err)}`, crate.root.items[0]?.span ?? { file: crate.root.path, start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 });
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
    else diags.error("type", `internal checker error: ${errorText(err)}`, span);
  }
}
function errorText(err) {
  return err instanceof Error ? err.message : String(err);
}
function buildChecked(crate, t, diags) {
  const fnByDecl = /* @__PURE__ */ new Map();
  for (const f of t.fns) fnByDecl.set(f.decl, f.info);
  for (const f of t.fns) {
    if (!f.decl.flags.typeInvariant || !f.impl?.ownerKey) continue;
    const s = t.structByName.get(f.impl.ownerKey);
    if (s) s.info.typeInvariant = f.info;
  }
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

// src/report/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprint(d, clauseText) {
  const parts = [d.span.file, d.function ?? "", d.kind, d.message, clauseText.replace(/\s+/g, " ").trim()];
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 20);
}

// src/report/human.ts
function renderHuman(d, sources) {
  const snippets = [{ span: d.span, marker: "^", text: d.primaryLabel }, ...d.labels.map((l) => ({ span: l.span, marker: "-", text: l.message }))];
  const width = Math.max(...snippets.map((s) => String(s.span.line).length));
  const pad = " ".repeat(width);
  const out = [`${d.severity}: ${d.message}`];
  snippets.forEach((s, i) => {
    const sameFileAsPrevious = i > 0 && snippets[i - 1].span.file === s.span.file;
    if (i === 0) out.push(`${pad}--> ${location(s.span)}`);
    else if (!sameFileAsPrevious || s.span.line !== snippets[i - 1].span.line) out.push(`${pad}::: ${location(s.span)}`);
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
  if (notes.length) out.push(`${pad} |`);
  for (const n of notes) out.push(`${pad} = note: ${n}`);
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
function location(s) {
  return `${s.file}:${s.line}:${s.column}`;
}
var MAX_LINE = 160;
function clip(line, from, to) {
  if (line.length <= MAX_LINE) return { text: line, from, to };
  const start = Math.max(0, Math.min(from - 40, line.length - MAX_LINE));
  const end = start + MAX_LINE;
  const head = start > 0 ? "..." : "";
  const text = head + line.slice(start, end) + (end < line.length ? "..." : "");
  const shift = head.length - start;
  return { text, from: from + shift, to: Math.min(to, end) + shift };
}
function expandTabs(s) {
  return s.replace(/\t/g, "    ");
}

// src/report/build-results.ts
function buildResults(input, sources) {
  const diagnostics = sortDiagnostics(input.diagnostics).map((d) => toResultsDiagnostic(d, sources));
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
    diagnostics,
    units: input.units.map((u) => ({ ...u }))
  };
}
function toResultsDiagnostic(d, sources) {
  const clause = sources.slice(clauseSpan(d));
  return {
    severity: d.severity,
    kind: d.kind,
    message: d.message,
    ...position(d.span),
    ...d.function ? { function: d.function } : {},
    labels: d.labels.map((l) => ({ message: l.message, ...position(l.span) })),
    ...d.counterexample ? { counterexample: d.counterexample } : {},
    fingerprint: fingerprint(d, clause),
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
  return r.mode === "verify" ? `verification results:: ${r.summary.verified} verified, ${r.summary.errors} errors` : `check results:: ${r.summary.items ?? 0} items checked, ${r.summary.errors} errors`;
}

// src/report/sources.ts
var SourceSet = class {
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

// src/smt/cache.ts
import { createHash as createHash2, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var FORMAT = 1;
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
var ProofCache = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  get(key) {
    let text;
    try {
      text = readFileSync(this.file(key), "utf8");
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

// src/smt/dump.ts
import { mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join2 } from "node:path";

// src/smt/settings.ts
function coreSettings(logic, timeoutMs) {
  const lines = [
    "(set-option :print-success false)",
    "(set-option :produce-models true)",
    "(set-option :auto_config false)",
    "(set-option :smt.mbqi false)",
    "(set-option :smt.case_split 3)",
    "(set-option :smt.qi.eager_threshold 100.0)",
    "(set-option :smt.delay_units true)"
  ];
  if (logic !== "QF_BV") {
    const nonlinear = logic === "QF_NIA";
    lines.push(`(set-option :smt.arith.solver ${nonlinear ? 2 : 6})`);
    lines.push(`(set-option :smt.arith.nl ${nonlinear})`);
  }
  lines.push(`(set-option :timeout ${Math.max(1, Math.round(timeoutMs))})`);
  if (logic === "QF_BV") lines.push("(set-logic QF_BV)");
  return lines.join("\n");
}
function optionalSettings() {
  return ["(set-option :pi.enabled true)", "(set-option :rewriter.sort_disjunctions false)"].join("\n");
}

// src/smt/dump.ts
function standaloneScript(q, timeoutMs) {
  const out = [`; proofgate query for ${q.id}`, coreSettings(q.logic, q.timeoutMs ?? timeoutMs), optionalSettings(), q.prelude];
  for (const g of q.goals) {
    out.push(`(echo "${g.label}")`, "(push 1)", `(assert (not ${g.term}))`, "(check-sat)", "(pop 1)");
  }
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

// src/smt/pool.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

// src/smt/backend.ts
var SolverTimeoutError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "SolverTimeoutError";
  }
};
var SolverCrashError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "SolverCrashError";
  }
};
function guardFor(timeoutMs) {
  return Math.round(timeoutMs * 1.2) + 1e3;
}

// src/smt/sexpr.ts
function parseSexprs(text) {
  const out = [];
  const stack = [];
  let i = 0;
  const push = (e) => {
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
      if (done) push(done);
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
      push(text.slice(i, j2 + 1));
      i = j2 + 1;
      continue;
    }
    if (c === "|") {
      const j2 = text.indexOf("|", i + 1);
      const end = j2 < 0 ? text.length : j2 + 1;
      push(text.slice(i, end));
      i = end;
      continue;
    }
    let j = i;
    while (j < text.length && !' \n	\r()";'.includes(text[j])) j++;
    push(text.slice(i, j));
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
var SEMICOLON = 59;
var QUOTE = 34;
var BAR = 124;
var OPEN = 40;
var CLOSE = 41;

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

// src/smt/session-lease.ts
function soleLease(backend) {
  const send = async (commands, guardMs) => {
    const start = performance.now();
    const out = await backend.send(commands, guardMs);
    return { out, ms: performance.now() - start };
  };
  return { open: send, send, claim: () => Promise.resolve(true), release: () => void 0 };
}
var SharedSession = class {
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
    return new Promise((resolve2) => this.waiters.push(resolve2));
  }
};
var Lease = class {
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

// src/smt/check-goals.ts
var QueryRejected = class extends Error {
};
async function checkQuery(backend, q, opts, lease = soleLease(backend)) {
  return new GoalChecker(lease, q, opts).run();
}
var GoalChecker = class {
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
    const labels = this.q.goals.map((g, i) => `(declare-const ${label(i)} Bool)
(assert (=> ${label(i)} (not ${g.term})))`);
    return [`(reset)
${coreSettings(this.q.logic, this.timeoutMs)}`, optionalSettings(), `${this.q.prelude}
${labels.join("\n")}`];
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
var PART_MARK = "pg-part-boundary";
var PART_LINE = new RegExp(`^${PART_MARK}$`, "m");
function label(i) {
  return `pg_fail__${i}`;
}
function checkCommands(goals) {
  const disjunction = goals.length === 1 ? label(goals[0]) : `(or ${goals.map(label).join(" ")})`;
  return `(push 1)
(assert ${disjunction})
(check-sat)
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

// src/smt/native-backend.ts
import { spawn, spawnSync } from "node:child_process";
function nativeZ3Name(binary2 = "z3") {
  const key = `${binary2}\0${process.env.PATH ?? ""}`;
  if (!probed.has(key)) probed.set(key, probeZ3(binary2));
  return probed.get(key);
}
var probed = /* @__PURE__ */ new Map();
function probeZ3(binary2) {
  try {
    const r = spawnSync(binary2, ["--version"], { encoding: "utf8", timeout: 1e4 });
    if (r.status !== 0 || typeof r.stdout !== "string") return void 0;
    const m = /version\s+(\d+\.\d+\.\d+)/i.exec(r.stdout);
    return m ? `z3 ${m[1]} (native)` : void 0;
  } catch {
    return void 0;
  }
}
var NativeZ3Backend = class _NativeZ3Backend {
  constructor(solverName, binary2 = "z3") {
    this.solverName = solverName;
    this.binary = binary2;
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
  static create(binary2 = "z3") {
    const name = nativeZ3Name(binary2);
    if (!name) throw new Error(`no runnable z3 found (${binary2})`);
    return new _NativeZ3Backend(name, binary2);
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
    return new Promise((resolve2) => this.idleWaiters.push(resolve2));
  }
  async close() {
    this.closed = true;
    this.failAll(new Error("solver session closed"));
    const proc = this.proc;
    if (!proc) return;
    this.proc = void 0;
    await new Promise((resolve2) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return resolve2();
      proc.once("exit", () => resolve2());
      proc.stdin.end("(exit)\n");
      setTimeout(() => proc.kill("SIGKILL"), 500).unref();
    });
  }
  enqueue(commands, guardMs, fresh) {
    if (this.closed) return Promise.reject(new Error("solver session is closed"));
    if (!isBalanced(commands)) return Promise.resolve({ out: '(error "unbalanced parentheses in the input")\n', ms: 0 });
    return new Promise((resolve2, reject) => {
      const p = { commands, sentinel: `@@pg-done-${++this.counter}@@`, fresh, resolve: resolve2, reject, ...guardMs !== void 0 ? { guardMs } : {} };
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

// src/smt/pool.ts
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
var Pool = class {
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
    return new Promise((resolve2) => {
      this.queue.push({ q, resolve: resolve2 });
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
var NativeSlot = class {
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
var WorkerSlot = class {
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
    return new Promise((resolve2) => {
      const id = ++this.nextId;
      this.running = { id, q, resolve: resolve2 };
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
    return new Promise((resolve2, reject) => {
      worker.on("message", (m) => {
        if (m.type === "ready") resolve2(m.solverName);
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

// src/syntax/load.ts
import * as fs from "node:fs";
import * as path from "node:path";

// src/syntax/tokens.ts
var PUNCTUATION = [
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
var RUST_KEYWORDS = /* @__PURE__ */ new Set([
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
function describeToken(t) {
  if (t.kind === "eof") return "`<eof>`";
  if (t.kind === "ident" && RUST_KEYWORDS.has(t.text)) return "keyword `" + t.text + "`";
  return "`" + t.text + "`";
}
var KINDS = ["ident", "lifetime", "int", "float", "str", "char", "punct", "eof"];
var KIND_CODE = { ident: 0, lifetime: 1, int: 2, float: 3, str: 4, char: 5, punct: 6, eof: 7 };
var IDENT_CODE = 0;
var LIFETIME_CODE = 1;
var PUNCT_CODE = 6;
var EOF_CODE = 7;
var LITERAL_FIRST = 2;
var LITERAL_LAST = 5;
var TokenTable = class {
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

// src/syntax/delimiters.ts
var CLOSER = { "(": ")", "[": "]", "{": "}" };
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

// src/syntax/lexer.ts
function lex(file, text) {
  const r = lexTable(file, text);
  return { tokens: r.tokens.toArray(), docs: r.docs, diagnostics: r.diagnostics };
}
var PUNCT_BY_CHAR = (() => {
  const m = /* @__PURE__ */ new Map();
  for (const p of PUNCTUATION) {
    const c = p.charCodeAt(0);
    if (!m.has(c)) m.set(c, []);
    m.get(c).push(p);
  }
  for (const list of m.values()) list.sort((a, b2) => b2.length - a.length);
  return m;
})();
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
  const push = (kind, start, sLine, sCol, tokText, value, suffix) => {
    const k = tokens.add(kind, tokText, start, i, sLine, sCol, line, i - lineStart + 1);
    if (value !== void 0 || suffix !== void 0) tokens.setLiteral(k, value, suffix);
  };
  const error = (message, start, sLine, sCol) => {
    diagnostics.push(diag("syntax", message, spanOf(start, sLine, sCol)));
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
      push("str", start, sLine, sCol, text.slice(start, i), "");
      return;
    }
    i++;
    const closer = '"' + "#".repeat(hashes);
    const close = text.indexOf(closer, i);
    if (close < 0) {
      countLines(i, n);
      i = n;
      error("unterminated raw string", start, sLine, sCol);
      push("str", start, sLine, sCol, text.slice(start, i), "");
      return;
    }
    const value = text.slice(i, close);
    countLines(i, close);
    i = close + closer.length;
    push("str", start, sLine, sCol, text.slice(start, i), value, scanSuffix());
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
      push("char", start, sLine, sCol, text.slice(start, i), value);
      return;
    }
    i++;
    push("char", start, sLine, sCol, text.slice(start, i), value, scanSuffix());
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
      push("float", start, sLine, sCol, tokText, void 0, suffix);
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
    push("int", start, sLine, sCol, tokText, value, suffix);
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
          push("str", start, sLine, sCol, text.slice(start, i), v ?? "", v === void 0 ? void 0 : scanSuffix());
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
          push("ident", start, sLine, sCol, text.slice(s, i));
          continue;
        }
      }
      i++;
      while (i < n && isIdentContinue(text.charCodeAt(i))) i++;
      push("ident", start, sLine, sCol, name(text.slice(start, i)));
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
      push("str", start, sLine, sCol, text.slice(start, i), v ?? "", v === void 0 ? void 0 : scanSuffix());
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
        push("lifetime", start, sLine, sCol, text.slice(start, i));
        continue;
      }
      if (i >= n || d === 10) {
        error("unterminated character literal", start, sLine, sCol);
        push("char", start, sLine, sCol, "'", "");
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
      push("punct", start, sLine, sCol, matched);
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

// src/syntax/parser-core.ts
var WORDS = /* @__PURE__ */ new Set(["expression", "pattern", "type", "identifier", "literal"]);
function tight(list) {
  return list.length === 0 ? list : list.slice();
}
var NO_TYPES = Object.freeze([]);
function append(list, more) {
  return list.length === 0 ? more : list.concat(more);
}
var ParseFail = class extends Error {
  constructor(diagnostic, at) {
    super(diagnostic.message);
    this.diagnostic = diagnostic;
    this.at = at;
  }
  diagnostic;
  at;
};
var CLAUSE_KEYWORDS = /* @__PURE__ */ new Set([
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
var Parser = class {
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
    let message;
    if (word) message = `expected ${word}, found ${found}`;
    else if (list.length === 0) message = `unexpected token: ${found}`;
    else if (list.length === 1) message = `expected ${list[0]}, found ${found}`;
    else if (list.length === 2) message = `expected one of ${list[0]} or ${list[1]}, found ${found}`;
    else message = `expected one of ${list.slice(0, -1).join(", ")}, or ${list[list.length - 1]}, found ${found}`;
    const prev = this.pos > 0 ? this.token(this.pos - 1) : void 0;
    const cur = this.tok;
    if (!word && prev && cur.line > prev.endLine) {
      const at = { file: this.file, start: prev.end, end: prev.end, line: prev.endLine, column: prev.endCol, endLine: prev.endLine, endColumn: prev.endCol };
      throw new ParseFail(diag("syntax", message, at, { labels: [{ message: "unexpected token", span: this.spanOf(cur) }] }), this.pos);
    }
    this.fail(message);
  }
  fail(message, span = this.spanOf(this.tok)) {
    throw new ParseFail(diag("syntax", message, span), this.pos);
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
var NO_FLAGS = { externalBody: false, external: false, opaque: false, typeInvariant: false, execAllowsNoDecreases: false, test: false };
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

// src/syntax/parser-types.ts
var PRIMITIVES = /* @__PURE__ */ new Set(["bool", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize", "char", "int", "nat", "str"]);
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
          const len = p.withStruct(() => parseExpr(p));
          p.expect("]");
          return { kind: "array", elem, len, span: p.spanFrom(start) };
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

// src/syntax/parser-stmts.ts
function parseBlock(p) {
  const open = p.pos;
  p.expect("{");
  const close = p.match[open] ?? -1;
  const stmts = [];
  let tail;
  const saved = p.noStruct;
  p.noStruct = false;
  try {
    parseAttrs(p, true);
    while (p.pos < close && !p.atEnd()) {
      const start = p.pos;
      try {
        const stmt = parseStmt(p, close);
        if (stmt) stmts.push(stmt);
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
  const last = stmts[stmts.length - 1];
  if (last && last.kind === "expr" && !last.semi) {
    stmts.pop();
    tail = last.expr;
  }
  return { stmts: tight(stmts), tail, span: p.spanFrom(open) };
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
var ASSIGN_OPS = /* @__PURE__ */ new Set(["=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>="]);
function parseStmt(p, close) {
  const start = p.pos;
  if (p.eat(";")) return void 0;
  const attrs = atAttr(p, false) ? parseAttrs(p, false) : [];
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
  const expr = parseExpr(p);
  if (p.tokKind === PUNCT_CODE && ASSIGN_OPS.has(p.tokText)) {
    const op = p.tokText;
    const opIndex = p.pos;
    p.advance();
    const value = parseExpr(p);
    if (!p.is("}") || p.pos !== close) p.expect(";");
    return { kind: "assign", op, target: expr, value, opSpan: p.spanAt(opIndex), span: p.spanFrom(start) };
  }
  if (p.eat(";")) return { kind: "expr", expr, semi: true, span: p.spanFrom(start) };
  if (p.pos === close || isBlockLike(expr)) return { kind: "expr", expr, semi: false, span: p.spanFrom(start) };
  p.hint(";", "}");
  p.failExpected();
}
function parseBracedStmts(p, open, close) {
  const stmts = [];
  p.pos = open + 1;
  while (p.pos < close) {
    const start = p.pos;
    try {
      const s = parseStmt(p, close);
      if (s) stmts.push(s);
    } catch (e) {
      if (!(e instanceof ParseFail) || !p.verified) throw e;
      p.diagnostics.push(e.diagnostic);
      resyncStatement(p, start, e.at, close);
    }
  }
  p.pos = close;
  p.advance();
  let tail;
  const last = stmts[stmts.length - 1];
  if (last && last.kind === "expr" && !last.semi) {
    stmts.pop();
    tail = last.expr;
  }
  return { stmts: tight(stmts), tail, span: p.spanFrom(open) };
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
    const cond = p.noStructExpr(() => parseExpr(p));
    const headSpan2 = p.spanFrom(kwIndex);
    parseLoopClauses(p, spec);
    const body2 = parseBlock(p);
    return { kind: "while", label: label2, cond, body: body2, headSpan: headSpan2, span: p.spanFrom(start), ...spec };
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
    const binders = parseBinders(p);
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
    return { kind: "assert_forall", binders, assumption, conclusion, triggers, auto, proof, span: p.spanFrom(start) };
  }
  p.expect("(");
  const expr = p.withStruct(() => parseExpr(p));
  p.expect(")");
  if (kw === "assume") {
    const span2 = p.spanFrom(start);
    p.expect(";");
    return { kind: "assume", expr, span: span2 };
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
  return { kind: "assert", expr, by, span };
}

// src/syntax/parser-exprs.ts
var BINARY = {
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
var CHAINABLE = /* @__PURE__ */ new Set(["<", "<=", ">", ">=", "=="]);
var COMPARISON_LEVEL = 5;
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
  const sep2 = p.tok.text;
  const op = sep2 === "&&&" ? "&&" : "||";
  let result;
  while (p.is(sep2)) {
    const opTok = p.bump();
    const t = p.tok;
    const elem = t.kind === "punct" && (t.text === "&&&" || t.text === "|||") && t.text !== sep2 ? parseListExpr(p) : parseBinary(p, 1);
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
  const binders = [];
  if (p.eat("||")) return binders;
  p.expect("|");
  while (!p.at("|")) {
    const s = p.pos;
    const name = p.expectIdentText();
    const ty = p.eat(":") ? parseType(p) : void 0;
    binders.push({ name, ty, span: p.spanFrom(s), id: void 0 });
    if (!p.eat(",")) break;
  }
  p.expect("|");
  return tight(binders);
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
  const quant = p.bump().text;
  const binders = parseBinders(p);
  const { triggers, auto } = parseTriggerAttrs(p);
  const body = parseExpr(p);
  return { kind: "quant", quant, binders, triggers, auto, body, ty: void 0, span: p.spanFrom(start) };
}
function parseIf(p) {
  const start = p.pos;
  p.expect("if");
  if (p.is("let")) return parseIfLet(p, start);
  const cond = p.noStructExpr(() => parseExpr(p));
  const then = parseBlock(p);
  let elseBranch;
  if (p.eat("else")) {
    if (p.is("if")) {
      const e = parseIf(p);
      elseBranch = e.kind === "if" ? e : { stmts: [], tail: e, span: e.span };
    } else elseBranch = parseBlock(p);
  }
  return { kind: "if", cond, then, else: elseBranch, ty: void 0, span: p.spanFrom(start) };
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
      while (atAttr(p, false)) parseAttr(p);
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
  const stmt = p.is("assert") || p.is("assume") ? parseAssertLike(p) : parseLoopLike(p, []);
  const span = p.spanFrom(start);
  return { kind: "block", block: { stmts: [stmt], span }, ty: void 0, span };
}

// src/syntax/parser-items.ts
var ITEM_KEYWORDS = /* @__PURE__ */ new Set(["fn", "struct", "enum", "union", "impl", "mod", "use", "trait", "type", "static", "extern", "macro_rules"]);
var MODIFIERS = /* @__PURE__ */ new Set(["open", "closed", "uninterp", "broadcast", "spec", "proof", "exec", "unsafe", "async", "default", "const", "extern"]);
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
  p.fail(`expected item, found ${describe2(p)}`);
}
function describe2(p) {
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
      case "opens_invariants":
        p.advance();
        if (p.is("any") || p.is("none")) p.advance();
        else parseClauseList(p);
        break;
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
          const binders = parseBinders(p);
          if (binders[0]) {
            spec.retName = binders[0].name;
            spec.retNameSpan = binders[0].span;
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
  parseAttrs(p, true);
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
  parseAttrs(p, true);
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

// src/syntax/parser.ts
var sharedTable;
var MAX_SHARED_CAPACITY = 4e6;
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
    parseAttrs(p, true);
    file.items = parseItems(p, lexed.tokens.count - 1, false);
    diagnostics.push(...p.diagnostics);
    return { file, diagnostics };
  } catch (e) {
    const span = new LineMap(path2, text).span(0, 0);
    if (isStackOverflow(e)) return { file, diagnostics: [diag("unsupported", NESTED_TOO_DEEPLY, span)] };
    const message = `internal parser error: ${e instanceof Error ? e.message : String(e)}`;
    return { file, diagnostics: [diag("syntax", message, span)] };
  } finally {
    if (table && table.kinds.length <= MAX_SHARED_CAPACITY) sharedTable = table;
  }
}

// src/syntax/load.ts
var ROOT_NAMES = ["lib.rs", "main.rs", path.join("src", "lib.rs"), path.join("src", "main.rs")];
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
function* loadCratesInTurn(paths) {
  const claimed = /* @__PURE__ */ new Set();
  const loadCrate = (name, rootAbs) => {
    if (claimed.has(rootAbs)) return void 0;
    const diagnostics = [];
    const builder = new CrateBuilder(diagnostics, claimed);
    const root = builder.loadFile(rootAbs, true);
    return root ? { crate: { name, root, files: builder.files }, diagnostics } : { diagnostics };
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
var CrateBuilder = class {
  constructor(diagnostics, claimed) {
    this.diagnostics = diagnostics;
    this.claimed = claimed;
  }
  diagnostics;
  claimed;
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
          const sub = this.loadIncluded(target, item.span);
          if (sub) {
            item.items = sub.items;
            this.resolveItems(sub.items, modDir, path.dirname(target));
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

// src/smt/encode/context.ts
function mangle(name) {
  let m = mangled.get(name);
  if (m === void 0) {
    m = name.replace(/::/g, ".").replace(/[^A-Za-z0-9_.@%<>$+-]/g, "_");
    mangled.set(name, m);
  }
  return m;
}
var mangled = /* @__PURE__ */ new Map();
function sortKey(sort) {
  return sort.replace(/[() ]+/g, "_").replace(/_+$/, "");
}
var SmtContext = class {
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
      const len = (s) => `(${Q}.len ${s})`;
      const idx = (s, i) => `(${Q}.index ${s} ${i})`;
      this.axiom(`(forall ((s ${Q})) (! (<= 0 ${len("s")}) :pattern (${len("s")})))`);
      this.axiom(`(= ${len(`${Q}.empty`)} 0)`);
      const push = `(${Q}.push s a)`;
      this.axiom(`(forall ((s ${Q}) (a ${elem})) (! (and (= ${len(push)} (+ 1 ${len("s")})) (= ${idx(push, len("s"))} a)) :pattern (${push})))`);
      this.axiom(`(forall ((s ${Q}) (a ${elem}) (i Int)) (! (=> (and (<= 0 i) (< i ${len("s")})) (= ${idx(push, "i")} ${idx("s", "i")})) :pattern (${idx(push, "i")})))`);
      const upd = `(${Q}.update s i a)`;
      this.axiom(`(forall ((s ${Q}) (i Int) (a ${elem})) (! (=> (and (<= 0 i) (< i ${len("s")})) (and (= ${len(upd)} ${len("s")}) (= ${idx(upd, "i")} a))) :pattern (${upd})))`);
      this.axiom(`(forall ((s ${Q}) (i Int) (a ${elem}) (j Int)) (! (=> (and (<= 0 i) (< i ${len("s")}) (<= 0 j) (< j ${len("s")}) (not (= i j))) (= ${idx(upd, "j")} ${idx("s", "j")})) :pattern (${idx(upd, "j")})))`);
      const sub = `(${Q}.subrange s lo hi)`;
      this.axiom(`(forall ((s ${Q}) (lo Int) (hi Int)) (! (=> (and (<= 0 lo) (<= lo hi) (<= hi ${len("s")})) (= ${len(sub)} (- hi lo))) :pattern (${sub})))`);
      this.axiom(`(forall ((s ${Q}) (lo Int) (hi Int) (j Int)) (! (=> (and (<= 0 lo) (<= lo hi) (<= hi ${len("s")}) (<= 0 j) (< j (- hi lo))) (= ${idx(sub, "j")} ${idx("s", "(+ j lo)")})) :pattern (${idx(sub, "j")})))`);
      const add = `(${Q}.add s t)`;
      this.axiom(`(forall ((s ${Q}) (t ${Q})) (! (= ${len(add)} (+ ${len("s")} ${len("t")})) :pattern (${add})))`);
      this.axiom(`(forall ((s ${Q}) (t ${Q}) (i Int)) (! (=> (and (<= 0 i) (< i (+ ${len("s")} ${len("t")}))) (= ${idx(add, "i")} (ite (< i ${len("s")}) ${idx("s", "i")} ${idx("t", `(- i ${len("s")})`)}))) :pattern (${idx(add, "i")})))`);
      this.axiom(`(forall ((s ${Q}) (t ${Q})) (! (= (${Q}.ext s t) (and (= ${len("s")} ${len("t")}) (forall ((i Int)) (! (=> (and (<= 0 i) (< i ${len("s")})) (= ${idx("s", "i")} ${idx("t", "i")})) :pattern (${idx("s", "i")}) :pattern (${idx("t", "i")}))))) :pattern ((${Q}.ext s t))))`);
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
      const push = `(${Q}.push s a)`;
      this.axiom(`(forall ((s ${Q}) (a ${elem}) (x ${elem})) (! (= (${C} ${push} x) (or (= a x) (${C} s x))) :pattern ((${C} ${push} x))))`);
      const add = `(${Q}.add s t)`;
      this.axiom(`(forall ((s ${Q}) (t ${Q}) (x ${elem})) (! (= (${C} ${add} x) (or (${C} s x) (${C} t x))) :pattern ((${C} ${add} x))))`);
    });
    return C;
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

// src/vc/errors.ts
var Unsupported = class extends Error {
  constructor(what, span) {
    super(what);
    this.what = what;
    this.span = span;
  }
  what;
  span;
};

// src/vc/exec.ts
init_types();

// src/vc/bitvec.ts
init_types();

// src/vc/terms.ts
init_types();
var UNKNOWN_SPAN = { file: "", start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };
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
var Terms = class {
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
  arith(op, a, b2, k, truncDiv, bLit) {
    switch (op) {
      case "+":
        return `(+ ${a} ${b2})`;
      case "-":
        return `(- ${a} ${b2})`;
      case "*":
        return `(* ${a} ${b2})`;
      case "/":
        if (truncDiv && k && isSigned(k)) return `(ite (>= ${a} 0) (ite (> ${b2} 0) (div ${a} ${b2}) (- (div ${a} (- ${b2})))) (ite (> ${b2} 0) (- (div (- ${a}) ${b2})) (div (- ${a}) (- ${b2}))))`;
        return `(div ${a} ${b2})`;
      case "%":
        if (truncDiv && k && isSigned(k)) return `(- ${a} (* ${b2} ${this.arith("/", a, b2, k, true)}))`;
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
  /** Facts every value of the type satisfies (ranges, Vec length, type invariants), depth-limited. */
  typeFacts(term, ty, depth = 2) {
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
        return this.typeFacts(term, t.inner, depth);
      case "builtin": {
        const a0 = t.args[0];
        if (["Box", "Ghost", "Tracked"].includes(t.name) && a0) return this.typeFacts(term, a0, depth);
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
          const inner = this.typeFacts(`(${O}.Some.0 ${term})`, a0, depth - 1);
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
          t.elems.forEach((e, i) => out.push(...this.typeFacts(`(${S}.${i} ${term})`, e, depth - 1)));
        }
        break;
      case "adt": {
        if (depth <= 0) break;
        const shape = this.ctx.adtSort(t.name, t.args);
        if (shape.ctors.length === 1) {
          for (const f of shape.ctors[0].fields) out.push(...this.typeFacts(`(${f.accessor} ${term})`, f.ty, depth - 1));
        } else {
          for (const c of shape.ctors) {
            const inner = c.fields.flatMap((f) => this.typeFacts(`(${f.accessor} ${term})`, f.ty, depth - 1));
            if (inner.length > 0) out.push(`(=> ((_ is ${c.name}) ${term}) ${andAll(inner)})`);
          }
        }
        const inv = this.typeInvariantTerm(term, t);
        if (inv) out.push(inv);
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
function lit(v, width) {
  const m = 1n << BigInt(width);
  return `(_ bv${(v % m + m) % m} ${width})`;
}
var BvTranslator = class {
  constructor(span) {
    this.span = span;
  }
  span;
  vars = /* @__PURE__ */ new Map();
  fail(what, span) {
    throw new Unsupported(`${what} in a bit_vector assertion`, span ?? this.span);
  }
  /** The natural width of an expression, when its type or a variable fixes one. */
  widthOf(e) {
    const k = kindOf(e.ty);
    if (isBounded(k)) return { width: intBits(k), signed: isSigned(k) };
    if (e.kind === "binary") return this.widthOf(e.left) ?? this.widthOf(e.right);
    if (e.kind === "unary") return this.widthOf(e.operand);
    return void 0;
  }
  int(e, want) {
    const w = this.widthOf(e) ?? want ?? { width: 64, signed: false };
    switch (e.kind) {
      case "int":
        return { term: lit(e.value, w.width), ...w };
      case "path": {
        const res = e.res;
        if (res?.kind === "local") {
          const k = kindOf(res.ty);
          if (!isBounded(k)) this.fail(`the unbounded integer \`${res.name}\``, e.span);
          const v = this.vars.get(res.id) ?? { name: `${mangle(res.name)}$bv${this.vars.size}`, width: intBits(k), signed: isSigned(k) };
          this.vars.set(res.id, v);
          return { term: v.name, width: v.width, signed: v.signed };
        }
        if (res?.kind === "builtin") {
          const m = /^(\w+)::(MAX|MIN)$/.exec(res.name);
          const k = m?.[1];
          if (m && isBounded(k)) {
            const bits = intBits(k);
            const signed = isSigned(k);
            const v = m[2] === "MAX" ? signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n : signed ? -(1n << BigInt(bits - 1)) : 0n;
            return { term: lit(v, bits), width: bits, signed };
          }
        }
        if (res?.kind === "const" && typeof res.decl.value === "object" && res.decl.value?.kind === "int") return { term: lit(res.decl.value.value, w.width), ...w };
        return this.fail("this name", e.span);
      }
      case "unary": {
        const x = this.int(e.operand, w);
        if (e.op === "!") return { ...x, term: `(bvnot ${x.term})` };
        if (e.op === "-") return { ...x, term: `(bvneg ${x.term})` };
        return x;
      }
      case "cast": {
        const x = this.int(e.operand);
        const k = kindOf(e.ty);
        if (!isBounded(k)) return this.fail("this cast", e.span);
        const to = intBits(k);
        if (to === x.width) return { term: x.term, width: to, signed: isSigned(k) };
        if (to < x.width) return { term: `((_ extract ${to - 1} 0) ${x.term})`, width: to, signed: isSigned(k) };
        return { term: `((_ ${x.signed ? "sign" : "zero"}_extend ${to - x.width}) ${x.term})`, width: to, signed: isSigned(k) };
      }
      case "binary": {
        const lw = this.widthOf(e.left);
        const rw = this.widthOf(e.right);
        const shared = lw ?? rw ?? w;
        const a = this.int(e.left, shared);
        const b2 = this.int(e.right, shared);
        const op = {
          "+": "bvadd",
          "-": "bvsub",
          "*": "bvmul",
          "&": "bvand",
          "|": "bvor",
          "^": "bvxor",
          "<<": "bvshl",
          "/": a.signed ? "bvsdiv" : "bvudiv",
          "%": a.signed ? "bvsrem" : "bvurem",
          ">>": a.signed ? "bvashr" : "bvlshr"
        };
        const f = op[e.op];
        if (!f) return this.fail(`\`${e.op}\``, e.span);
        return { term: `(${f} ${a.term} ${b2.term})`, width: a.width, signed: a.signed };
      }
      default:
        return this.fail("this expression", e.span);
    }
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
            return `(and ${this.bool(e.left)} ${this.bool(e.right)})`;
          case "||":
            return `(or ${this.bool(e.left)} ${this.bool(e.right)})`;
          case "==>":
            return `(=> ${this.bool(e.left)} ${this.bool(e.right)})`;
          case "<==>":
            return `(= ${this.bool(e.left)} ${this.bool(e.right)})`;
          default:
            return this.compare(e.op, e.left, e.right);
        }
      }
      case "path":
        if (e.res?.kind === "local" && strip(e.res.ty).k === "bool") {
          const v = this.vars.get(e.res.id) ?? { name: `${mangle(e.res.name)}$bv${this.vars.size}`, width: 0, signed: false };
          this.vars.set(e.res.id, v);
          return v.name;
        }
        break;
    }
    return this.fail("this expression", e.span);
  }
  compare(op, l, r) {
    const bothBool = strip(l.ty ?? { k: "int", kind: "int" }).k === "bool";
    if (bothBool && (op === "==" || op === "!=")) {
      const t = `(= ${this.bool(l)} ${this.bool(r)})`;
      return op === "==" ? t : `(not ${t})`;
    }
    const shared = this.widthOf(l) ?? this.widthOf(r);
    const a = this.int(l, shared);
    const b2 = this.int(r, shared);
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
function bitVectorGoal(claim, requires, span) {
  const tr = new BvTranslator(span);
  const pre = requires.map((r) => tr.bool(r));
  const body = tr.bool(claim);
  const matrix = pre.length ? `(=> (and ${pre.join(" ")}) ${body})` : body;
  const vars = [...tr.vars.values()].map((v) => `(${v.name} ${v.width === 0 ? "Bool" : `(_ BitVec ${v.width})`})`);
  return vars.length ? `(forall (${vars.join(" ")}) ${matrix})` : matrix;
}

// src/vc/crate-attrs.ts
var cache = /* @__PURE__ */ new WeakMap();
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

// src/vc/ir.ts
var PassiveProgram = class {
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

// src/vc/spec.ts
init_types();
function childEnv(env, extra = {}) {
  return { ...env, vars: new Map(env.vars), ...extra };
}
var NON_PATTERN_HEADS = /* @__PURE__ */ new Set(["+", "-", "*", "div", "mod", "and", "or", "not", "=>", "=", "<", "<=", ">", ">=", "ite", "forall", "exists", "let", "_"]);
function typeExprToType(t) {
  if (!t || t.kind !== "path" || t.segments.length !== 1) return void 0;
  const n = t.segments[0];
  if (n === "bool") return { k: "bool" };
  if (/^(u|i)(8|16|32|64|128|size)$/.test(n) || n === "int" || n === "nat") return { k: "int", kind: n };
  return void 0;
}
var SpecTranslator = class extends Terms {
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
    const key = [info.qname, ...inst.map((t) => sortKey(this.sortOf(t)))].join("%");
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
      const binders = params.map((p, i) => `(${p} ${paramSorts[i]})`).join(" ");
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
          this.ctx.axiom(guard(params.length ? `(forall (${binders}) (! (= ${app} ${body}) :pattern (${app})))` : `(= ${app} ${body})`));
        }
      } else {
        this.ctx.once("sort:Fuel", () => {
          this.ctx.sort("(declare-sort Fuel 0)");
          this.ctx.fun("(declare-fun fuel.zero () Fuel)\n(declare-fun fuel.succ (Fuel) Fuel)");
        });
        const rec = `${name}.rec`;
        this.ctx.fun(`(declare-fun ${rec} (Fuel${paramSorts.map((s) => " " + s).join("")}) ${retSort})`);
        this.ctx.fun(`(define-fun ${name} (${binders}) ${retSort} (${rec} (fuel.succ fuel.zero)${params.map((p) => " " + p).join("")}))`);
        const env = { vars: /* @__PURE__ */ new Map(), old: /* @__PURE__ */ new Map(), bound: [["fuel", "Fuel"], ...params.map((p, i) => [p, paramSorts[i]])], guards: [], selfRec: { decl: info.decl, fuel: "fuel" } };
        info.params.forEach((p, i) => env.vars.set(p.id, params[i]));
        const body = this.block(info.decl.body, env);
        const app = `(${rec} (fuel.succ fuel)${params.map((p) => " " + p).join("")})`;
        const all = `(forall ((fuel Fuel) ${binders})`;
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
      this.specFn(info, typeArgs);
      return `(${this.mangleRec(info)} ${env.selfRec.fuel}${args.map((a) => " " + a).join("")})`;
    }
    const f = this.specFn(info, typeArgs);
    return args.length ? `(${f} ${args.join(" ")})` : f;
  }
  mangleRec(info) {
    return `f.${mangle(info.qname)}.rec`;
  }
  enumInvariants;
  /**
   * The `#[verifier::type_invariant]` fn of a struct or enum. The checker records it for
   * structs; for enums it is found here by its impl's self type (or its parameter's type).
   */
  typeInvariantOf(adtName) {
    const s = this.crate.structs.get(adtName);
    if (s) return s.typeInvariant;
    if (!this.crate.enums.has(adtName)) return void 0;
    if (!this.enumInvariants) {
      this.enumInvariants = /* @__PURE__ */ new Map();
      for (const f of this.crate.fns) {
        if (!f.decl.flags.typeInvariant || f.decl.mode !== "spec" || f.params.length !== 1) continue;
        const p = strip(f.params[0].ty);
        const owner = f.implType ?? (p.k === "adt" ? p.name : void 0);
        if (owner && this.crate.enums.has(owner) && !this.enumInvariants.has(owner)) this.enumInvariants.set(owner, f);
      }
    }
    return this.enumInvariants.get(adtName);
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
  structLit(e, sub) {
    const ty = this.ty(e);
    const res = e.res;
    const values = /* @__PURE__ */ new Map();
    for (const f of e.fields) values.set(f.name, sub(f.value));
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
      const b2 = sub(e.base);
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
    const groups = [...e.triggers];
    const marked = [];
    walkExpr(e.body, (x) => {
      if (x.kind === "trigger") marked.push(x.operand);
    });
    if (marked.length) groups.push(marked);
    const out = [];
    if (groups.length === 0) return this.autoPatterns(e.body, env, e.binders ?? []);
    for (const g of groups) {
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
  autoPatterns(body, env, binders) {
    const names = binders.map((b2) => env.vars.get(b2.id ?? -1)).filter((n) => !!n);
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
      const covers = names.filter((n) => mentions(t, n));
      if (covers.length) cands.push({ term: t, covers });
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
        return `((_ map or) ${r} ${a[0]})`;
      case "Set::intersect":
        return `((_ map and) ${r} ${a[0]})`;
      case "Set::subset_of":
        return `(= ((_ map and) ${r} ${a[0]}) ${r})`;
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
};

// src/vc/exec.ts
var MUTATING_BUILTINS = /* @__PURE__ */ new Set(["Vec::push", "Vec::pop", "Vec::set", "Vec::insert", "Vec::remove", "Vec::clear"]);
function closingBrace(b2) {
  const s = b2.span;
  return { ...s, start: s.end - 1, line: s.endLine, column: Math.max(1, s.endColumn - 1) };
}
var FnLowerer = class extends SpecTranslator {
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
  env;
  ghost;
  loops = [];
  varTypes = /* @__PURE__ */ new Map();
  varNames = /* @__PURE__ */ new Map();
  paramIds = /* @__PURE__ */ new Set();
  entry = /* @__PURE__ */ new Map();
  // ------------------------------------------------------------------ entry points
  /** Lowers an exec or proof fn: assume requires, run the body, check ensures at every exit. */
  lowerBody() {
    const d = this.fn.decl;
    for (const p of this.fn.params) {
      const term = this.declareVar(p.id, p.name, p.ty);
      this.paramIds.add(p.id);
      this.env.old.set(p.id, term);
      this.prog.assume(andAll(this.typeFacts(term, p.ty)));
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
      if (!info || info.decl === this.fn.decl || info.decl.ensures.length === 0) continue;
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
      const binders = info.params.map((p, i) => ({ name: p.name, span: info.decl.params[i]?.span ?? info.decl.span, id: p.id }));
      const pats = this.patterns({ body, triggers: [], binders }, env);
      const matrix = implies(pre, post);
      const ax = decls.length ? `(forall (${decls.join(" ")}) ${pats ? `(! ${matrix} ${pats})` : matrix})` : matrix;
      this.ctx.once(`broadcast:${qname}`, () => this.ctx.axiom(ax));
    }
  }
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
    const add = (name, term, ty) => {
      const s = this.sortOf(ty);
      const sort = s === "Int" ? "Int" : s === "Bool" ? "Bool" : void 0;
      if (!sort || seen.has(name)) return;
      seen.add(name);
      out.push({ name, term, sort });
    };
    for (const p of this.fn.params) {
      const term = this.entry.get(p.id);
      if (!term) continue;
      add(p.name, term, p.ty);
      for (const f of this.structFields(p.ty) ?? []) add(`${p.name}.${f.name}`, `(${f.accessor} ${term})`, f.ty);
    }
    const locals = [...this.env.vars.entries()].filter(([id]) => !this.paramIds.has(id) && this.varNames.has(id));
    for (const [id, term] of locals.reverse()) {
      const name = this.varNames.get(id);
      const ty = this.varTypes.get(id) ?? INT;
      add(name, term, ty);
      for (const f of this.structFields(ty) ?? []) add(`${name}.${f.name}`, `(${f.accessor} ${term})`, f.ty);
    }
    return out;
  }
  checkEnsures(ret, at, what) {
    const env = childEnv(this.env, { old: this.env.old });
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
  branchPc(base, cond) {
    if (base === "false") return "false";
    return this.prog.define("pc", andAll([base, cond]));
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
        const v = st.init ? this.withGhost(ghost2, () => this.exec(st.init)) : void 0;
        if (p.kind === "ident" && p.id !== void 0) {
          const x = this.declareVar(p.id, p.name, ty);
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
    const place = this.placeOf(st.target);
    if (!place) throw new Unsupported("assignment to this place", st.target.span);
    if (!this.env.vars.has(place.id)) throw new Unsupported("assignment to this place", st.target.span);
    let v;
    if (st.op === "=") v = this.exec(st.value);
    else {
      const cur = this.readPlace(place);
      const rhs = this.exec(st.value);
      v = this.arithChecked(st.op.slice(0, -1), cur, rhs, st.target.ty ?? INT, st.value, st.span);
    }
    this.writePlace(place, v, st.span);
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
        const label2 = this.prog.nextLabel();
        this.prog.addGoal({ label: label2, term: bitVectorGoal(st.expr, by.requires, st.span), cex: [] });
        this.obligations.set(label2, { ...ob, label: label2, function: this.fn.qname });
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
      decls.push(`(${name} ${this.sortOf(l.ty)})`);
      facts.push(...this.typeFacts(name, l.ty, 0));
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
    const add = (e) => {
      const r = this.rootOf(e);
      if (r !== void 0) out.add(r);
    };
    const visit = (e) => {
      if (e.kind === "ref" && e.mut) add(e.operand);
      if (e.kind === "method") {
        if (e.res?.kind === "builtin" && MUTATING_BUILTINS.has(e.res.name)) add(e.receiver);
        if (e.res?.kind === "fn") {
          const p0 = this.fnInfo(e.res.decl)?.params[0];
          if (p0 && this.isMutRef(p0.ty)) add(e.receiver);
          this.mutArgs(e.res.decl, e.args, 1).forEach(add);
        }
      }
      if (e.kind === "call" && e.callee.kind === "path" && e.callee.res?.kind === "fn") this.mutArgs(e.callee.res.decl, e.args, 0).forEach(add);
    };
    const stmtVisit = (s) => {
      if (s.kind === "assign") add(s.target);
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
    if (execLoop && st.kind !== "for" && st.decreases.length === 0 && !this.execAllowsNoDecreases()) {
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
      if (ty) this.prog.assume(andAll(this.typeFacts(term, ty)));
    }
    if (forVar) {
      const i = this.env.vars.get(forVar.id);
      this.prog.assume(`(and (<= ${forVar.start} ${i}) (or (<= ${i} ${forVar.end}) (= ${i} ${forVar.start})))`);
    }
    for (const c of allInv) this.prog.assume(this.spec(c, this.env));
    const headEnv = childEnv(this.env);
    const cond = st.kind === "while" ? this.exec(st.cond) : forVar ? `(< ${this.env.vars.get(forVar.id)} ${forVar.end})` : "true";
    const head = this.snapshot();
    const endOfBody = () => {
      if (forVar) this.env.vars.set(forVar.id, `(+ ${this.env.vars.get(forVar.id)} 1)`);
      for (const c of allInv) this.check(this.spec(c, this.env), { kind: "invariant-end", message: "invariant not satisfied at end of loop body", span: c.span, labels: [] });
      if (st.decreases.length > 0) {
        this.check(this.decreasesTerm(st.decreases, this.env, st.decreases, headEnv), { kind: "decreases", message: "decreases not satisfied at end of loop", span: st.headSpan, labels: [] });
      }
    };
    const ctx = { label: st.label, stmt: st, breaks: [], endOfBody };
    this.loops.push(ctx);
    this.prog.pc = this.branchPc(head.pc, cond);
    this.execBlock(st.body);
    if (this.prog.pc !== "false") endOfBody();
    this.loops.pop();
    const exitPc = st.kind === "loop" ? "false" : this.branchPc(head.pc, `(not ${cond})`);
    this.restore({ pc: exitPc, vars: head.vars });
    for (const c of st.ensures) this.check(this.spec(c, this.env), { kind: "postcondition", message: "postcondition not satisfied", span: c.span, primaryLabel: "failed this postcondition", labels: [{ message: "at this loop exit", span: st.headSpan }] });
    const exits = [{ pc: exitPc, vars: head.vars }, ...ctx.breaks];
    const bodyScope = this.prog.scope;
    this.prog.scope = outer.scope === "true" ? bodyScope : bodyScope === "true" ? outer.scope : this.prog.define("s", `(and ${outer.scope} ${bodyScope})`);
    this.join(exits, { k: "tuple", elems: [] }, head.vars);
    for (const c of st.ensures) this.prog.assume(this.spec(c, this.env));
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
    return r;
  }
  exec(e) {
    switch (e.kind) {
      case "path": {
        const v = this.spec(e, this.env);
        if (!this.ghost && (e.res?.kind === "variant" || e.res?.kind === "struct")) this.typeInvariantCheck(v, this.ty(e), e.span);
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
      const cond = andAll([m.cond, guard]);
      this.prog.pc = this.branchPc(base.pc, andAll([...notBefore, cond]));
      const value = this.exec(arm.body);
      branches2.push({ ...this.snapshot(), value });
      notBefore = [...notBefore, `(not ${cond})`];
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
    const place = this.placeOf(e.receiver);
    if (!place) throw new Unsupported(`\`${e.method}\` on this receiver`, e.span);
    const v = this.readPlace(place);
    const Q = this.sortOf(strip(this.ty(e.receiver)));
    const args = e.args.map((a) => this.exec(a));
    const pre = (cond) => this.check(cond, { kind: "precondition", message: "precondition not satisfied", span: e.span, labels: [{ message: "failed precondition", span: e.methodSpan }] });
    const len = `(${Q}.len ${v})`;
    let next;
    let result = this.unit();
    switch (name) {
      case "Vec::push":
        next = `(${Q}.push ${v} ${args[0]})`;
        break;
      case "Vec::set":
        pre(`(and (<= 0 ${args[0]}) (< ${args[0]} ${len}))`);
        next = `(${Q}.update ${v} ${args[0]} ${args[1]})`;
        break;
      case "Vec::pop": {
        const O = this.sortOf(this.ty(e));
        result = `(ite (> ${len} 0) (${O}.Some (${Q}.index ${v} (- ${len} 1))) ${O}.None)`;
        next = `(ite (> ${len} 0) (${Q}.subrange ${v} 0 (- ${len} 1)) ${v})`;
        break;
      }
      case "Vec::clear":
        next = `${Q}.empty`;
        break;
      case "Vec::insert":
        pre(`(and (<= 0 ${args[0]}) (<= ${args[0]} ${len}))`);
        next = `(${Q}.add (${Q}.push (${Q}.subrange ${v} 0 ${args[0]}) ${args[1]}) (${Q}.subrange ${v} ${args[0]} ${len}))`;
        break;
      case "Vec::remove":
        pre(`(and (<= 0 ${args[0]}) (< ${args[0]} ${len}))`);
        result = `(${Q}.index ${v} ${args[0]})`;
        next = `(${Q}.add (${Q}.subrange ${v} 0 ${args[0]}) (${Q}.subrange ${v} (+ ${args[0]} 1) ${len}))`;
        break;
      default:
        throw new Unsupported(`\`${name}\``, e.span);
    }
    this.writePlace(place, next, e.span);
    const after = this.env.vars.get(place.id);
    const rootTy = this.varTypes.get(place.id);
    if (rootTy && place.steps.length === 0) this.prog.assume(andAll(this.typeFacts(after, rootTy)));
    return result;
  }
  /** A call to a user fn: spec fns are applied; exec/proof fns are used through their contract. */
  callFn(info, typeArgs, argExprs, span) {
    const decl = info.decl;
    if (decl.mode === "spec") {
      const args = this.withGhost(true, () => argExprs.map((a) => this.exec(a)));
      return this.specApp(info, typeArgs, args, span, this.env);
    }
    const places = [];
    const pre = [];
    argExprs.forEach((a, i) => {
      const p = info.params[i];
      const ghostArg = !!p && p.mode !== "exec";
      if (p && this.isMutRef(p.ty)) {
        const place = this.withGhost(ghostArg, () => this.placeOf(a));
        if (!place || !this.env.vars.has(place.id)) throw new Unsupported("this `&mut` argument", a.span);
        places.push(place);
        pre.push(this.readPlace(place));
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
        this.prog.assume(andAll(this.typeFacts(v, inner)));
        post.set(p.id, v);
      });
      const retSort = this.sortOf(info.retTy);
      const ret = retSort === "Unit" ? this.unit() : this.prog.fresh(`${decl.name}_ret`, retSort);
      if (retSort !== "Unit") this.prog.assume(andAll(this.typeFacts(ret, info.retTy)));
      if (info.retId !== void 0) post.set(info.retId, ret);
      const after = { ...callee, vars: post };
      for (const c of decl.ensures) this.prog.assume(this.spec(c, after));
      for (const c of decl.returns) this.prog.assume(`(= ${ret} ${this.spec(c, after)})`);
      this.ctx.typeSubst = savedSubst;
      info.params.forEach((p, i) => {
        const place = places[i];
        if (place) this.writePlace(place, post.get(p.id), span);
      });
      return ret;
    } finally {
      this.ctx.typeSubst = savedSubst;
    }
  }
};

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
  for (const f of crate.fns) edges.set(f.decl, callees(f.decl));
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
  for (const fn of crate.fns) {
    const what = needsCheck(fn, scc);
    if (!what) continue;
    if (opts.functionFilter && !opts.functionFilter(fn.qname)) continue;
    const vcs = [];
    const diagnostics = [];
    const ctx = new SmtContext(adtSource(crate));
    const lowerer = new FnLowerer(crate, ctx, fn);
    lowerer.scc = scc;
    try {
      if (what === "body") lowerer.lowerBody();
      else lowerer.lowerSpecTermination();
    } catch (e) {
      const d = e instanceof Unsupported ? diag("unsupported", `not supported: ${e.what}`, e.span ?? fn.decl.span, { function: fn.qname }) : diag("unsupported", `not supported: internal error while encoding this function (${e instanceof Error ? e.message : String(e)})`, fn.decl.span, { function: fn.qname });
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
        query: { id: `${fn.qname}#nonlinear`, prelude: "", goals: lowerer.nonlinearGoals, logic: "QF_NIA" },
        obligations: lowerer.nonlinearObligations,
        span: fn.decl.span
      });
    }
    yield { vcs, diagnostics };
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
    const message = g.status === "timeout" ? "function body check: Resource limit (rlimit) exceeded" : `function body check: solver returned unknown: ${g.reason ?? "unknown"}`;
    solverTrouble = diag("timeout", message, vc.span, { function: vc.unit.function });
  }
  if (solverTrouble) out.push(solverTrouble);
  return out;
}

// src/version.ts
var VERSION = "0.1.0";

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

// src/driver.ts
var DEFAULT_TIMEOUT_MS = 1e4;
var TURN_MS = 2;
var InputError = class extends Error {
};
function checkPaths(paths) {
  const front = new FrontEnd(paths);
  for (const crate of front.crates()) front.check(crate);
  return front.program;
}
var FrontEnd = class {
  constructor(paths) {
    this.paths = paths;
  }
  paths;
  program = { crates: [], diagnostics: [], sources: new SourceSet(), itemsChecked: 0, clean: [] };
  /** Files that did not parse. */
  unparsed = /* @__PURE__ */ new Set();
  /** Loads the crates in turn; throws InputError at the end if the paths held nothing to check. */
  *crates() {
    let found = false;
    for (const step of loadCratesInTurn(this.paths)) {
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
    const { checked: checked2, diagnostics: ds } = checkCrate(crate);
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
    program = checkPaths(opts.paths);
    diagnostics = [...program.diagnostics];
  }
  const results = buildResults(
    {
      version: VERSION,
      solver: solverName,
      mode: opts.mode,
      diagnostics,
      units,
      seconds: (performance.now() - started) / 1e3,
      itemsChecked: opts.mode === "no-verify" ? program.itemsChecked : void 0
    },
    program.sources
  );
  return results;
}
async function verifyPaths(opts) {
  const front = new FrontEnd(opts.paths);
  const matches = opts.functionGlob ? globMatcher(opts.functionGlob) : void 0;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const cache2 = opts.cacheDir === null ? void 0 : new ProofCache(opts.cacheDir ?? ".proofgate/cache");
  const answers = { cache: cache2, sentThisRun: /* @__PURE__ */ new Map() };
  const generated = [];
  const solved = [];
  const tasks = [];
  const fns = /* @__PURE__ */ new Map();
  let outcomes = [];
  const dumped = /* @__PURE__ */ new Set();
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
      for (const step of generateVcsInTurn(checked2, matches ? { functionFilter: matches } : {})) {
        generated.push(...step.diagnostics);
        const vcs = step.vcs.filter((vc) => !opts.shard || inShard(vc.unit.function + "#" + vc.query.id, opts.shard));
        if (vcs.length > 0) {
          if (opts.dumpSmtDir) dumpQueries(opts.dumpSmtDir, vcs.map((vc) => vc.query), timeoutMs, dumped);
          const solver = await getPool();
          solverName = solver.solverName;
          for (const vc of vcs) {
            const out = [];
            solved.push(out);
            const task = solveOne(vc, solver, solverName, timeoutMs, answers, out);
            task.catch(() => void 0);
            tasks.push(task);
          }
        }
        if (performance.now() - turn > TURN_MS) {
          await new Promise((resolve2) => setImmediate(resolve2));
          turn = performance.now();
        }
      }
    }
    outcomes = await Promise.all(tasks);
  } finally {
    if (!opts.pool) await pool?.close();
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
    for (const loop of decl?.body ? loopsIn(decl.body) : []) units.push({ function: name, file, line: loop.span.line, status, ms: 0 });
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

// src/jit-tuning.ts
import { setFlagsFromString } from "node:v8";
function tuneJitFor(opts) {
  if (wantsBaselineJit(opts)) setFlagsFromString("--max-opt=1");
}
function wantsBaselineJit(opts) {
  if (opts.mode !== "verify") return false;
  const solver = opts.solver ?? "auto";
  return solver === "native" || solver === "auto" && nativeZ3Name() !== void 0;
}

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

// src/report/merge.ts
function mergeResults(files) {
  if (files.length === 0) throw new Error("nothing to merge");
  const modes = new Set(files.map((f) => f.mode));
  if (modes.size > 1) throw new Error("cannot merge results of different modes");
  const seen = /* @__PURE__ */ new Set();
  const diagnostics = files.flatMap((f) => f.diagnostics).filter((d) => {
    const key = `${d.fingerprint}@${d.file}:${d.line}:${d.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const units = files.flatMap((f) => f.units);
  return {
    tool: files[0].tool,
    mode: files[0].mode,
    summary: {
      verified: files.reduce((n, f) => n + f.summary.verified, 0),
      errors: diagnostics.filter((d) => d.severity === "error").length,
      functions: new Set(units.map((u) => u.function)).size,
      cached: files.reduce((n, f) => n + f.summary.cached, 0),
      seconds: Math.max(...files.map((f) => f.summary.seconds)),
      ...files.some((f) => f.summary.items !== void 0) ? { items: Math.max(...files.map((f) => f.summary.items ?? 0)) } : {}
    },
    diagnostics,
    units
  };
}

// src/report/sarif.ts
function renderSarif(results) {
  const kinds = [...new Set(results.diagnostics.map((d) => d.kind))].sort();
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "proofgate",
            version: results.tool.version,
            informationUri: "https://github.com/proofgate/proofgate",
            rules: kinds.map((k) => ({ id: k, shortDescription: { text: k } }))
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
var UsageError = class extends Error {
};
var USAGE = `usage:
  proofgate verify [PATH...] [--no-verify] [--format human|json|sarif|github] [--output FILE]
                   [--function GLOB] [--jobs N] [--timeout-ms N] [--cache DIR | --no-cache]
                   [--shard I/N] [--solver auto|wasm|native] [--dump-smt DIR]
  proofgate merge FILE... [--format ...] [--output FILE]
  proofgate run [PATH...] [--filter NAME]
  proofgate --version`;
async function main(argv) {
  const [command, ...rest] = argv;
  switch (command) {
    case "verify":
      return verify(rest);
    case "merge":
      return merge(rest);
    case "run":
      return run(rest);
    case "--version":
    case "-V":
      console.log(`proofgate ${VERSION}`);
      return 0;
    case void 0:
    case "--help":
    case "-h":
    case "help":
      console.log(USAGE);
      return command === void 0 ? 2 : 0;
    default:
      throw new UsageError(`unknown command \`${command}\` (expected verify, merge or run)`);
  }
}
var OUTPUT_OPTIONS = {
  format: { type: "string" },
  output: { type: "string" }
};
function parse(args, options) {
  try {
    const r = parseArgs({ args, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
    return { values: r.values, positionals: r.positionals };
  } catch (e) {
    throw new UsageError(e.message.split("\n")[0]);
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
function oneOf(name, v, allowed) {
  if (v === void 0) return void 0;
  if (!allowed.includes(v)) throw new UsageError(`--${name} must be one of ${allowed.join(", ")}, got \`${v}\``);
  return v;
}
var FORMATS = ["human", "json", "sarif", "github"];
async function verify(args) {
  const { values, positionals } = parse(args, {
    ...OUTPUT_OPTIONS,
    "no-verify": { type: "boolean" },
    function: { type: "string" },
    jobs: { type: "string" },
    "timeout-ms": { type: "string" },
    cache: { type: "string" },
    "no-cache": { type: "boolean" },
    shard: { type: "string" },
    solver: { type: "string" },
    "dump-smt": { type: "string" }
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const shard = values.shard === void 0 ? void 0 : parseShard(str(values, "shard"));
  if (values.shard !== void 0 && !shard) throw new UsageError(`--shard takes I/N with 1 <= I <= N, got \`${values.shard}\``);
  if (values.cache !== void 0 && values["no-cache"]) throw new UsageError("--cache and --no-cache exclude each other");
  const opts = {
    paths: positionals.length ? positionals : ["."],
    mode: values["no-verify"] ? "no-verify" : "verify",
    jobs: positiveInt("jobs", str(values, "jobs")),
    timeoutMs: positiveInt("timeout-ms", str(values, "timeout-ms")),
    cacheDir: values["no-cache"] ? null : str(values, "cache"),
    shard,
    solver: oneOf("solver", str(values, "solver"), ["auto", "wasm", "native"]),
    functionGlob: str(values, "function"),
    dumpSmtDir: str(values, "dump-smt")
  };
  const format = oneOf("format", str(values, "format"), FORMATS) ?? "human";
  tuneJitFor(opts);
  const results = await runProofgate(opts);
  emit(results, format, str(values, "output"));
  return results.summary.errors > 0 ? 1 : 0;
}
async function merge(args) {
  const { values, positionals } = parse(args, OUTPUT_OPTIONS);
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("merge needs at least one results file");
  const files = positionals.map((p) => {
    let text;
    try {
      text = readFileSync3(p, "utf8");
    } catch {
      throw new UsageError(`cannot read results file \`${p}\``);
    }
    try {
      return JSON.parse(text);
    } catch {
      throw new UsageError(`\`${p}\` is not a JSON results file`);
    }
  });
  const merged = mergeResults(files);
  emit(merged, oneOf("format", str(values, "format"), FORMATS) ?? "human", str(values, "output"));
  return merged.summary.errors > 0 ? 1 : 0;
}
async function run(args) {
  const { values, positionals } = parse(args, { filter: { type: "string" } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const program = checkPaths(positionals.length ? positionals : ["."]);
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
function emit(results, format, output) {
  if (output) {
    mkdirSync3(dirname2(output), { recursive: true });
    writeFileSync3(output, JSON.stringify(results, null, 2) + "\n");
  }
  switch (format) {
    case "json":
      process.stdout.write(JSON.stringify(results, null, 2) + "\n");
      return;
    case "sarif":
      process.stdout.write(JSON.stringify(renderSarif(results), null, 2) + "\n");
      return;
    case "github":
      for (const d of results.diagnostics) console.log(renderWorkflowCommand(d));
      console.log(summaryLine(results));
      return;
    case "human":
      for (const d of results.diagnostics) console.log(d.rendered + "\n");
      console.log(summaryLine(results));
      return;
  }
}
main(process.argv.slice(2)).then(
  (code) => process.stdout.write("", () => process.exit(code)),
  (e) => {
    const msg = e instanceof UsageError || e instanceof InputError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
    process.stderr.write(`proofgate: ${msg}
`, () => process.exit(2));
  }
);
