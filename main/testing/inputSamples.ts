// Plausible values for a channel's input fields, read from its JSON Schema: the bad-input
// corpus starts from an input the schema accepts and breaks one field at a time.

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
};

export type FieldPath = (string | number)[];
export type Field = { path: FieldPath; name: string; node: JsonSchema; required: boolean };

/** An id no demo or test depot reaches. */
export const UNKNOWN_ID = 987_654_321;
export const MAX_ID = Number.MAX_SAFE_INTEGER;

const TEXT = [
  'Test',
  'TEST-1',
  'tester',
  '1234',
  '0912345678',
  '2026-11-20',
  '2026-11-20T01:00:00Z',
  'test@example.com',
  '0'.repeat(64),
  'A',
  '1',
];
const FORMATS: Record<string, string[]> = {
  uuid: ['4f1c2a3b-5d6e-4f70-8a9b-0c1d2e3f4a5b'],
  'date-time': ['2026-11-20T01:00:00Z', '2026-11-20T09:00:00+08:00'],
  date: ['2026-11-20'],
  email: ['test@example.com'],
};

function branches(node: JsonSchema): JsonSchema[] {
  return [...(node.anyOf ?? []), ...(node.oneOf ?? [])];
}

function hasInteger(node: JsonSchema): boolean {
  const types = Array.isArray(node.type) ? node.type : [node.type];
  return types.includes('integer') || branches(node).some(hasInteger);
}

/** A record's id (`id`, `ticketId`, `beforeId` ...): the corpus points it at no record. */
export function isIdField(name: string, node: JsonSchema): boolean {
  return /^(id|[a-z][a-zA-Z]*Id)$/.test(name) && hasInteger(node);
}

function numbers(node: JsonSchema, integer: boolean): number[] {
  const lo = node.minimum ?? (node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + 1 : 0);
  const hi =
    node.maximum ?? (node.exclusiveMaximum !== undefined ? node.exclusiveMaximum - 1 : lo + 100);
  const clamp = (n: number) => Math.min(hi, Math.max(lo, n));
  const list = [clamp(1), clamp(30), lo, hi];
  return [...new Set(integer ? list.map(Math.ceil) : list)];
}

function strings(node: JsonSchema): string[] {
  const pool = (node.format && FORMATS[node.format]) || TEXT;
  const pattern = node.pattern ? new RegExp(node.pattern, 'u') : null;
  return pool.filter(
    (s) =>
      (pattern === null || pattern.test(s)) &&
      s.length >= (node.minLength ?? 0) &&
      s.length <= (node.maxLength ?? Infinity),
  );
}

/** Values to try for one schema node, most plausible first. */
export function candidates(node: JsonSchema, name: string): unknown[] {
  if (node.const !== undefined) return [node.const];
  if (node.enum) return node.enum;
  const alternatives = branches(node);
  if (alternatives.length > 0) {
    const sorted = [...alternatives].sort(
      (a, b) => Number(a.type === 'null') - Number(b.type === 'null'),
    );
    return sorted.flatMap((branch) => candidates(branch, name));
  }
  const types = node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
  if (types.length > 1) return types.flatMap((type) => candidates({ ...node, type }, name));
  switch (types[0]) {
    case 'null':
      return [null];
    case 'boolean':
      return [false, true];
    case 'integer':
      return isIdField(name, node) ? [UNKNOWN_ID] : numbers(node, true);
    case 'number':
      return numbers(node, false);
    case 'string':
      return strings(node);
    case 'array': {
      const size = Math.max(node.minItems ?? 0, 1);
      const items = candidates(node.items ?? {}, name).slice(0, 12);
      const filled = items.map((item) => Array.from({ length: size }, () => item));
      return (node.minItems ?? 0) === 0 ? [...filled, []] : filled;
    }
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const key of node.required ?? []) {
        value[key] = candidates(node.properties?.[key] ?? {}, key)[0];
      }
      return [value];
    }
    case undefined:
      return ['Test', 1, true, null];
    default:
      throw new Error(`The corpus cannot sample a JSON Schema of type ${types[0]}`);
  }
}

/** Every field of an input, nested objects and the first item of arrays included. */
export function fieldsOf(node: JsonSchema, path: FieldPath = [], depth = 0): Field[] {
  if (depth > 4) return [];
  const out: Field[] = [];
  for (const branch of branches(node)) out.push(...fieldsOf(branch, path, depth));
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const childPath = [...path, key];
    out.push({ path: childPath, name: key, node: child, required: !!node.required?.includes(key) });
    out.push(...fieldsOf(child, childPath, depth + 1));
  }
  if (node.items) out.push(...fieldsOf(node.items, [...path, 0], depth + 1));
  // A field reached through two union branches is broken once.
  const seen = new Set<string>();
  return out.filter((f) => {
    const key = JSON.stringify(f.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
