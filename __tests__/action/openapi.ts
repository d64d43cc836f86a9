/**
 * GitHub's REST description (api.github.com, from @octokit/openapi) as a request
 * validator: the method and path must name an operation, and a JSON body must satisfy
 * the operation's requestBody schema (checked with ajv).
 */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Schema = Record<string, unknown>;
interface Operation { operationId?: string; requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> } }
interface OpenApi { paths: Record<string, Record<string, Operation>>; components: Schema }

let cached: { doc: OpenApi; routes: { re: RegExp; template: string }[] } | null = null;

function load() {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const doc = JSON.parse(readFileSync(file, 'utf8')) as OpenApi;
  const routes = Object.keys(doc.paths).map((template) => ({
    template,
    re: new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));
  cached = { doc, routes };
  return cached;
}

/** Inlines `$ref`s and turns OpenAPI 3.0 `nullable` into JSON Schema's type lists. */
function toJsonSchema(schema: unknown, doc: OpenApi, depth = 0): unknown {
  if (depth > 40 || typeof schema !== 'object' || schema === null) return schema;
  if (Array.isArray(schema)) return schema.map((s) => toJsonSchema(s, doc, depth + 1));
  const obj = schema as Schema;
  if (typeof obj.$ref === 'string') {
    const target = obj.$ref.replace(/^#\//, '').split('/').reduce<unknown>((cur, key) => (cur as Schema)[key], doc);
    return toJsonSchema(target, doc, depth + 1);
  }
  const out: Schema = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'example' || k === 'examples' || k === 'x-github' || k === 'deprecated' || k === 'nullable') continue;
    out[k] = k === 'properties'
      ? Object.fromEntries(Object.entries(v as Schema).map(([name, s]) => [name, toJsonSchema(s, doc, depth + 1)]))
      : toJsonSchema(v, doc, depth + 1);
  }
  if (obj.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: true });
// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
type AddFormats = (a: Ajv) => Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;
addFormats(ajv);
const validators = new Map<string, ValidateFunction>();

export interface Validation {
  operationId: string | null;
  template: string | null;
  problems: string[];
}

export function validateRequest(method: string, path: string, body: unknown): Validation {
  const { doc, routes } = load();
  const m = method.toLowerCase();
  // Prefer literal templates over ones with parameters (e.g. /pulls/comments vs /pulls/{n}).
  const matches = routes.filter((r) => r.re.test(path) && doc.paths[r.template]?.[m]);
  matches.sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0));
  const route = matches[0];
  if (!route) return { operationId: null, template: null, problems: [`no operation ${method} ${path} in GitHub's OpenAPI description`] };
  const op = doc.paths[route.template]![m]!;
  const problems: string[] = [];
  const schema = op.requestBody?.content?.['application/json']?.schema;
  if (schema) {
    if (body === undefined) {
      if (op.requestBody?.required) problems.push(`${op.operationId}: request body required`);
    } else {
      const key = `${m} ${route.template}`;
      const validate = validators.get(key) ?? ajv.compile(toJsonSchema(schema, doc) as Schema);
      validators.set(key, validate);
      if (!validate(body)) problems.push(`${op.operationId}: ${ajv.errorsText(validate.errors)}`);
    }
  } else if (body !== undefined && m !== 'get' && m !== 'delete') {
    problems.push(`${op.operationId}: takes no request body`);
  }
  return { operationId: op.operationId ?? null, template: route.template, problems };
}
