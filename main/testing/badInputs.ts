import { z } from 'zod';
import {
  candidates,
  fieldsOf,
  isIdField,
  MAX_ID,
  UNKNOWN_ID,
  type FieldPath,
  type JsonSchema,
} from './inputSamples';

// The bad-input corpus of issue 9: for every channel, inputs generated from its own schema.
// Each one the schema refuses must come back as a VALIDATION error and change nothing; each
// "unknown id" input passes the schema but names records that do not exist, so the handler must
// refuse it (or, for a read, answer) without a change. The generator walks the channel's JSON
// Schema (the same one docs/api.md shows); a shape it cannot build fails loudly, so a new
// channel is never skipped in silence.

export type BadInput = { label: string; input: unknown };

export type ChannelCorpus = {
  /** A minimal input the schema accepts, with every id pointing at no record. */
  baseline: unknown;
  /** Inputs the channel's schema refuses. */
  refused: BadInput[];
  /** Inputs the schema accepts whose ids name no record (with hostile text where allowed). */
  unknownIds: BadInput[];
  /**
   * Hostile values the schema accepts where no unknown id guards the call: the call may
   * legitimately write (a customer named `'; DROP TABLE`), so only "never INTERNAL" is checked.
   */
  accepted: BadInput[];
};

export class CorpusGeneratorError extends Error {}

/** The standard run (in `npm test`) and the full one (`npm run test:corpus`). */
export type CorpusMode = 'standard' | 'full';

const HUGE: Record<CorpusMode, number> = { standard: 10_000, full: 100_000 };
/** Fields whose name says they hold a date get the impossible dates in the standard run. */
const DATE_NAME = /date|At$|From$|To$|day/i;

/** Text that has broken a parser, a query, a PDF or a screen somewhere. */
export const HOSTILE_TEXT: readonly { label: string; value: string }[] = [
  { label: 'empty', value: '' },
  { label: 'blank', value: '   ' },
  { label: 'NUL', value: 'a\u0000b' },
  { label: 'bell', value: 'a\u0007b' },
  { label: 'escape sequence', value: '\u001b[31mred' },
  { label: 'tab and newline', value: 'a\tb\nc\r\n' },
  { label: 'bidi override', value: 'abc\u202Efed' },
  { label: 'zero-width space', value: '林\u200B志豪' },
  { label: 'byte-order mark', value: '\uFEFFname' },
  { label: 'lone high surrogate', value: 'x\uD800y' },
  { label: 'lone low surrogate', value: '\uDFFF' },
  { label: 'SQL quote', value: "'; DROP TABLE staff; --" },
  { label: 'SQL tautology', value: '1 OR 1=1' },
  { label: 'LIKE wildcards', value: '%_%\\' },
  { label: 'FTS syntax', value: '"NEAR(a b) * OR' },
  { label: 'path traversal', value: '../../etc/passwd' },
  { label: 'markup', value: '<script>alert(1)</script>' },
  { label: 'prototype key', value: '__proto__' },
  { label: 'percent encoding', value: '%E0%A4%A' },
];

const IMPOSSIBLE_DATES = [
  '2025-02-30',
  '2026-02-29',
  '2026-13-01',
  '2026-00-10',
  '0000-00-00',
  '99999-01-01',
  '2026-11-27T25:00:00Z',
  '2026-11-31T10:00:00+08:00',
  'yesterday',
];

const BAD_NUMBERS: readonly { label: string; value: unknown }[] = [
  { label: 'negative', value: -1 },
  { label: 'zero', value: 0 },
  { label: 'fraction', value: 1.5 },
  { label: 'huge', value: 1e308 },
  { label: 'beyond safe integer', value: 2 ** 53 + 2 },
  { label: 'negative huge', value: -(2 ** 53) },
  { label: 'numeric string', value: '1' },
  { label: 'NaN as string', value: 'NaN' },
];

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function setAt(target: unknown, path: FieldPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const container: Record<string | number, unknown> =
    typeof target === 'object' && target !== null
      ? (target as Record<string | number, unknown>)
      : typeof head === 'number'
        ? ([] as unknown as Record<number, unknown>)
        : {};
  if (rest.length === 0 && value === undefined) {
    if (Array.isArray(container)) container.splice(Number(head), 1);
    else delete container[head];
  } else {
    container[head] = setAt(container[head], rest, value);
  }
  return container;
}

function getAt(target: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>(
    (at, key) =>
      typeof at === 'object' && at !== null
        ? (at as Record<string | number, unknown>)[key]
        : undefined,
    target,
  );
}

function typesOf(node: JsonSchema): string[] {
  const own = node.type === undefined ? [] : [node.type].flat();
  const branches = [...(node.anyOf ?? []), ...(node.oneOf ?? [])].flatMap(typesOf);
  if (node.enum) own.push('enum');
  if (node.const !== undefined) own.push('enum');
  return [...new Set([...own, ...branches])];
}

function findNumberNode(node: JsonSchema): JsonSchema | undefined {
  if (node.type === 'integer' || node.type === 'number') return node;
  return [...(node.anyOf ?? []), ...(node.oneOf ?? [])].map(findNumberNode).find(Boolean);
}

/** Values of the wrong kind or out of range for one field. */
function badValuesFor(node: JsonSchema, name: string, mode: CorpusMode): BadInput[] {
  const types = typesOf(node);
  const out: BadInput[] = [];
  const wrongTypes: BadInput[] = [
    { label: 'null', value: null },
    { label: 'number', value: 12345 },
    { label: 'string', value: 'text' },
    { label: 'boolean', value: true },
    { label: 'array', value: [] },
    { label: 'object', value: {} },
  ].map(({ label, value }) => ({ label: `wrong type ${label}`, input: value }));
  out.push(...wrongTypes);
  if (types.includes('string')) {
    out.push(...HOSTILE_TEXT.map((t) => ({ label: t.label, input: t.value })));
    out.push({ label: `huge string (${HUGE[mode]})`, input: 'x'.repeat(HUGE[mode]) });
    const stringNode = [node, ...(node.anyOf ?? [])].find((n) => n.maxLength !== undefined);
    if (mode === 'full') {
      out.push({ label: 'huge Chinese string', input: '維修'.repeat(HUGE.full / 2) });
      if (stringNode?.maxLength !== undefined && stringNode.maxLength < 25_000_000) {
        out.push({ label: 'one over maxLength', input: 'y'.repeat(stringNode.maxLength + 1) });
      }
    }
    if (mode === 'full' || DATE_NAME.test(name) || /date/.test(node.format ?? '')) {
      out.push(...IMPOSSIBLE_DATES.map((d) => ({ label: `impossible date ${d}`, input: d })));
    }
  }
  const numberNode = findNumberNode(node);
  if (numberNode) {
    out.push(...BAD_NUMBERS.map((n) => ({ label: `${n.label} number`, input: n.value })));
    if (numberNode.maximum !== undefined)
      out.push({ label: 'above maximum', input: numberNode.maximum + 1 });
    if (numberNode.minimum !== undefined)
      out.push({ label: 'below minimum', input: numberNode.minimum - 1 });
    if (isIdField(name, numberNode)) out.push({ label: 'id beyond max', input: MAX_ID + 1 });
  }
  if (types.includes('enum')) {
    out.push({ label: 'unknown enum value', input: 'no_such_value' });
    const first = node.enum?.[0] ?? node.const;
    if (typeof first === 'string')
      out.push({ label: 'enum in upper case', input: first.toUpperCase() + '_X' });
  }
  if (types.includes('array')) {
    const item = candidates(node.items ?? {}, name)[0];
    const max = node.maxItems ?? 1000;
    out.push({ label: `too many items (${max + 1})`, input: Array(max + 1).fill(item) });
    out.push({ label: 'array of nulls', input: [null] });
  }
  return out;
}

function refusedBy(schema: z.ZodType, input: unknown): boolean {
  // The wire carries JSON, so the schema judges what the server will parse.
  return !schema.safeParse(clone(input)).success;
}

/** Builds a minimal input the schema accepts, choosing among candidates field by field. */
export function buildBaseline(schema: z.ZodType, json: JsonSchema, channel: string): unknown {
  const fields = fieldsOf(json);
  let value: unknown = candidates(json, '')[0];
  const tried = new Map<string, number>();
  for (let round = 0; round < 200; round += 1) {
    const parsed = schema.safeParse(value);
    if (parsed.success) return value;
    const issue = parsed.error.issues[0];
    // The deepest field the issue points into that the generator knows how to fill.
    const known = fields
      .filter(
        (f) =>
          f.path.length <= issue.path.length &&
          f.path.every((p, i) => p === issue.path[i] || typeof p === 'number'),
      )
      .sort((a, b) => b.path.length - a.path.length)[0];
    const path = known?.path ?? [];
    const key = JSON.stringify(path);
    const options = known ? candidates(known.node, known.name) : candidates(json, '');
    // A field the input does not have yet starts at its first candidate.
    const next = (tried.get(key) ?? (getAt(value, path) === undefined ? -1 : 0)) + 1;
    if (next >= options.length) {
      throw new CorpusGeneratorError(
        `${channel}: cannot build a valid input (field ${issue.path.join('.') || '(input)'}: ` +
          `${issue.message}); add it to the corpus's baselines.`,
      );
    }
    tried.set(key, next);
    value = setAt(value, path, clone(options[next]));
  }
  throw new CorpusGeneratorError(`${channel}: no valid input after 200 tries`);
}

/** Every input the corpus sends to one channel. */
export function corpusFor(
  channel: string,
  schema: z.ZodType,
  options: { baseline?: unknown; mode?: CorpusMode } = {},
): ChannelCorpus {
  const mode = options.mode ?? 'standard';
  const baselineOverride = options.baseline;
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const baseline =
    baselineOverride === undefined ? buildBaseline(schema, json, channel) : baselineOverride;
  if (refusedBy(schema, baseline)) {
    throw new CorpusGeneratorError(`${channel}: the baseline input is refused by the schema`);
  }
  const fields = fieldsOf(json);
  const whole: BadInput[] = [
    { label: 'null input', input: null },
    { label: 'number input', input: 42 },
    { label: 'string input', input: 'text' },
    { label: 'array input', input: [baseline] },
    { label: 'boolean input', input: true },
    { label: 'empty object', input: {} },
    { label: 'extra field', input: { ...(baseline as object), unexpected: 1 } },
    {
      label: 'prototype field',
      input: JSON.parse(
        JSON.stringify({ ...(baseline as object), x: 0 }).replace(
          /^\{/,
          '{"__proto__":{"admin":true},',
        ),
      ),
    },
  ];
  const perField: BadInput[] = [];
  for (const field of fields) {
    const where = field.path.join('.');
    if (field.required) {
      perField.push({
        label: `${where}: missing`,
        input: setAt(clone(baseline), field.path, undefined),
      });
    }
    for (const bad of badValuesFor(field.node, field.name, mode)) {
      perField.push({
        label: `${where}: ${bad.label}`,
        input: setAt(clone(baseline), field.path, bad.input),
      });
    }
    if (field.node.properties) {
      perField.push({
        label: `${where}: extra nested field`,
        input: setAt(clone(baseline), [...field.path, 'unexpected'], 1),
      });
    }
  }
  const refused = [...whole, ...perField].filter((b) => refusedBy(schema, b.input));
  const idFields = fields.filter((f) => isIdField(f.name, f.node));
  const requiredIds = idFields.filter((f) => f.required);
  // An accepted value sent "with unknown ids" must leave every required id unknown, or the
  // call could legitimately change a real record (productTypeId null is the default list).
  const stillUnknown = (input: unknown) =>
    requiredIds.every((f) => [UNKNOWN_ID, MAX_ID].includes(getAt(input, f.path) as number));
  const accepted = perField.filter((b) => !refusedBy(schema, b.input));
  const unknownIds: BadInput[] = [];
  if (idFields.some((f) => f.required)) {
    unknownIds.push({ label: 'unknown ids', input: baseline });
    const maxIds = idFields
      .filter((f) => f.required)
      .reduce((input, f) => setAt(input, f.path, MAX_ID), clone(baseline));
    unknownIds.push({ label: 'largest safe integer ids', input: maxIds });
    const withOptional = idFields
      .filter((f) => !f.required)
      .reduce((input, f) => setAt(input, f.path, UNKNOWN_ID), clone(baseline));
    unknownIds.push({ label: 'unknown ids in optional fields too', input: withOptional });
    unknownIds.push(
      ...accepted
        .filter((b) => stillUnknown(b.input))
        .map((b) => ({ ...b, label: `unknown ids, ${b.label}` })),
    );
  }
  return {
    baseline,
    refused,
    unknownIds: unknownIds.filter((b) => !refusedBy(schema, b.input)),
    accepted: requiredIds.length > 0 ? accepted.filter((b) => !stillUnknown(b.input)) : accepted,
  };
}
