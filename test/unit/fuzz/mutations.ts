import fc from 'fast-check';

/** Values a hostile or buggy client could send through IPC (structured clone) or JSON. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 2,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withNullPrototype: true,
      withSparseArray: true,
      withBoxedValues: true,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      undefined,
      NaN,
      Infinity,
      -0,
      Number.MAX_SAFE_INTEGER + 2,
      1e308,
      '',
      ' ',
      '\u0000',
      '../../etc/passwd',
      '..\\..\\workspace',
      '{{ "x" | append: "y" }}',
      'x'.repeat(300_000),
      Array.from({ length: 10_000 }, () => 0),
      JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
      { constructor: { prototype: { polluted: true } } },
    ),
  },
);

type Path = (string | number)[];

/** Plain objects and arrays: the containers a mutation may reach into (not typed arrays, maps, boxed values). */
function isPlainContainer(value: unknown): value is Record<string | number, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === Object.prototype || proto === null;
}

/** Every path into a value's plain objects and arrays (the root is []). */
export function pathsOf(value: unknown, prefix: Path = [], out: Path[] = [], depth = 0): Path[] {
  out.push(prefix);
  if (depth > 8 || !isPlainContainer(value)) return out;
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out, depth + 1));
  else for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out, depth + 1);
  return out;
}

/** One change to a value: replace the part at a path, delete it, or add a key beside it. */
export type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'add'; at: number; key: string; value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      at: fc.nat(),
      value: hostileValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      at: fc.nat(),
      key: fc.oneof(
        fc.string({ maxLength: 10 }),
        fc.constantFrom(
          '__proto__',
          'constructor',
          'prototype',
          'schemaVersion',
          'revision',
          'status',
        ),
      ),
      value: hostileValue,
    }),
  },
);

function clone(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}

/** Applies mutations to a copy of a JSON value (the seed stays as it was). */
export function applyMutations(seed: unknown, mutations: readonly Mutation[]): unknown {
  let root = clone(seed);
  for (const m of mutations) {
    const paths = pathsOf(root);
    const path = paths[m.at % paths.length];
    if (path.length === 0) {
      if (m.kind === 'replace') root = m.value;
      else if (m.kind === 'add' && isPlainContainer(root) && !Array.isArray(root))
        Object.defineProperty(root, m.key, {
          value: m.value,
          enumerable: true,
          configurable: true,
          writable: true,
        });
      continue;
    }
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root) as Record<
      string | number,
      unknown
    >;
    const last = path[path.length - 1];
    if (m.kind === 'replace') parent[last] = m.value;
    else if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else {
      const target = parent[last];
      if (isPlainContainer(target) && !Array.isArray(target)) {
        Object.defineProperty(target, m.key, {
          value: m.value,
          enumerable: true,
          configurable: true,
          writable: true,
        });
      }
    }
  }
  return root;
}

/** Schema-near inputs: a plausible seed bent by one to three mutations. */
export function mutated(seed: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(seed, fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([s, ms]) => applyMutations(s, ms));
}
