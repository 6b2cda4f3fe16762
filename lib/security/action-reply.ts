// Whether a server action's form body is one React's reply decoder can finish. React decodes an
// action's arguments from form fields that reference each other ("$@1" is "the field named 1",
// "$K1" is "the fields named _1_…"); a reference to a field the body does not hold leaves the
// decoder waiting, and when the body ends it fails with "Connection closed." — which Next.js logs
// with a stack for every such request. A stranger can send that in one line, so proxy.ts answers
// it 400 before Next.js reads it.
//
// Written here rather than by calling React's decoder because the decoder is the thing that logs;
// this walks the same reference format (react-server-dom's parseModelString) and accepts only what
// this site's own client sends: plain JSON state, form data ("$K"), dates, undefined and the
// number escapes, and references to fields that exist. Maps, sets, typed arrays, streams, server
// and temporary references are never sent by our forms and are refused.

/** Escapes that stand for a value and reference no other field. */
const SELF_CONTAINED = /^\$(\$|K[0-9a-f]+$|D|undefined$|-0$|Infinity$|-Infinity$|NaN$)/;
/** A reference to another field: "$@1a" (a promise of it) or "$1a" (its value), ids in hex. */
const FIELD_REFERENCE = /^\$@?([0-9a-f]+)$/;
/** More fields than any form of ours refers to: bounds the walk for a body built to be slow. */
const MAX_FIELDS_VISITED = 64;

type Fields = ReadonlyMap<string, string>;

class Walk {
  /** Fields walked so far, by key: null while a field is being walked (a cycle is fine). */
  private readonly parsed = new Map<string, unknown>();
  constructor(
    private readonly fields: Fields,
    private readonly prefix: string,
  ) {}

  /** The parsed field `id`, with everything it references checked, or undefined when it fails. */
  field(id: number): unknown {
    const key = `${this.prefix}${id}`;
    const text = this.fields.get(key);
    if (text === undefined) return undefined;
    if (this.parsed.has(key)) return this.parsed.get(key);
    this.parsed.set(key, null);
    if (this.parsed.size > MAX_FIELDS_VISITED) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (!this.sound(value)) return undefined;
    this.parsed.set(key, value);
    return value;
  }

  private sound(value: unknown): boolean {
    if (typeof value === "string") return this.soundString(value);
    if (Array.isArray(value)) return value.every((item) => this.sound(item));
    if (value !== null && typeof value === "object") {
      return Object.values(value as Record<string, unknown>).every((item) => this.sound(item));
    }
    return true;
  }

  private soundString(value: string): boolean {
    if (!value.startsWith("$")) return true;
    if (SELF_CONTAINED.test(value)) return true;
    const reference = FIELD_REFERENCE.exec(value)?.[1];
    return reference !== undefined && this.field(Number.parseInt(reference, 16)) !== undefined;
  }
}

function fieldsOf(form: FormData): Map<string, string> {
  const fields = new Map<string, string>();
  form.forEach((value, key) => {
    if (typeof value === "string") fields.set(key, value);
  });
  return fields;
}

/**
 * An action called from script (the Next-Action header): its arguments are field "0", a JSON
 * array, and whatever it references.
 */
export function decodableScriptReply(form: FormData): boolean {
  const root = new Walk(fieldsOf(form), "").field(0);
  return Array.isArray(root);
}

/**
 * A form posted without script: `$ACTION_ID_<id>` (the form is the argument), or
 * `$ACTION_REF_<n>` with the bound action's metadata in `$ACTION_<n>:0` ({ id, bound }) and its
 * bound arguments in the fields that references. React uses the last such key in the form.
 * Returns the id of the action it names, or null when React could not decode it.
 */
export function formActionId(form: FormData): string | null {
  let actionKey: string | null = null;
  form.forEach((_value, key) => {
    if (key.startsWith("$ACTION_REF_") || key.startsWith("$ACTION_ID_")) actionKey = key;
  });
  if (actionKey === null) return null;
  const key: string = actionKey;
  if (key.startsWith("$ACTION_ID_")) return key.slice("$ACTION_ID_".length) || null;
  const walk = new Walk(fieldsOf(form), `$ACTION_${key.slice("$ACTION_REF_".length)}:`);
  const meta = walk.field(0);
  if (meta === null || typeof meta !== "object" || Array.isArray(meta)) return null;
  const { id, bound } = meta as { id?: unknown; bound?: unknown };
  if (typeof id !== "string" || id === "") return null;
  if (bound === null || bound === undefined) return id;
  // The bound arguments: a reference to a field holding an array.
  const reference = typeof bound === "string" ? FIELD_REFERENCE.exec(bound)?.[1] : undefined;
  return reference !== undefined && Array.isArray(walk.field(Number.parseInt(reference, 16))) ? id : null;
}
