import type { Io } from './command';

/**
 * Characters a terminal may act on rather than show: C0 controls (ESC starts colour, cursor and
 * clear-screen sequences, CR rewrites the line, BEL rings, NUL hides text), DEL, the C1 range
 * (U+009B is a one-character CSI) and the bidirectional overrides that reorder what is shown.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Line breaks of our own layout stay: LF, and CR only as half of a CRLF (CSV output uses it).
const CONTROL_BUT_NEWLINE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `\n`, `\r`, `\t`, else `\u001b`: the forms JSON uses too, so escaped JSON stays valid JSON. */
function escapeOne(c: string): string {
  return SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A value from data (a name, a message) made visible: every control character escaped, newlines too. */
export function shown(value: string | number): string {
  return String(value).replace(CONTROL, escapeOne);
}

/** Text of our own layout: its line breaks stay, every other control character is escaped. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL_BUT_NEWLINE, escapeOne);
}

/**
 * A template literal whose every interpolated value goes through `shown`, for printers that put
 * names from journeys and bundles into lines: line`  ${state} ${name}`.
 */
export function line(strings: TemplateStringsArray, ...values: (string | number)[]): string {
  return strings.reduce((out, s, i) => out + s + (i < values.length ? shown(values[i]) : ''), '');
}

/**
 * The last guard: everything the CLI writes passes here. Human text keeps its line breaks; JSON
 * already escapes C0 controls, and DEL, C1 and bidi controls inside its strings become `\uXXXX`,
 * which is still the same JSON value.
 */
export function terminalSafeIo(io: Io): Io {
  return { out: (text) => io.out(terminalSafe(text)), err: (text) => io.err(terminalSafe(text)) };
}
