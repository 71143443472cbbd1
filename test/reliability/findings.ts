/** A failure a reliability or fuzz suite found while it was being built, and what fixed it. */
export interface Finding {
  surface: string;
  found: string;
  fix: string;
}

/** Failures found by these suites and fixed (kept here so the report can say what the suites caught). */
export const FINDINGS: readonly Finding[] = [
  {
    surface: 'liquid',
    found: 'liquidjs charges ranges and some filters to memoryLimit but not the text a template writes: `{% for i in (1..100000) %}` around 1 kB of text built 100 MB inside every limit, and a million iterations ended in "Invalid string length" after ~0.5 GB.',
    fix: 'shared/liquid/output-limit.ts charges every write to an output buffer (page, loops, captures) against memoryLimit; one bounded engine factory (createBoundedLiquid) is now used by validation, the simulator and the content preview.',
  },
  {
    surface: 'host',
    found: 'A WebSocket message over maxPayload made ws emit an unheard `error` event: an uncaught exception that ends the whole `serve` process (one oversized message from any token holder stopped the host).',
    fix: 'electron/host/server.ts listens for socket errors and terminates only that socket; the test checks the 1009 close and that other clients keep working.',
  },
  {
    surface: 'csv',
    found: 'A CSV header named like an Object property (`toString`, `constructor`) used as a mapped column or account key crashed `populations.parseCsv` with a TypeError on a short row (it read a function from Object.prototype).',
    fix: 'electron/core/scenarios/parse-csv.ts reads only the row\'s own fields.',
  },
  {
    surface: 'desktop',
    found: 'isAppUrl compared paths as string prefixes, so a page in a sibling folder such as `…/renderer-evil/` counted as the app (IPC sender check and navigation guard).',
    fix: 'electron/window-options.ts checks that the file lies inside the renderer folder (path relation, works for Windows paths too).',
  },
  {
    surface: 'crash',
    found: 'The first harness lost acknowledgements: process.stdout is asynchronous on a pipe, so the last "saved" lines died with the child and the store looked two revisions ahead. A harness bug, not a store bug, but it hid what the test must see.',
    fix: 'The crash child reports with writeSync(1); the store kept its promise in every run since.',
  },
  {
    surface: 'crash',
    found: 'A kill between writing the lock\'s temp file and linking it into place left `journey-studio.lock.<pid>.tmp` behind for good (the start-up clean-up only knows dot-named temp files).',
    fix: 'electron/core/store/lock.ts names its temp file like the store\'s (`.journey-studio.lock.<pid>.tmp`), so the next open removes it.',
  },
  {
    surface: 'host',
    found: 'tokensMatch returned early on a length mismatch (the token length was observable by timing).',
    fix: 'Both sides are hashed (SHA-256) before timingSafeEqual.',
  },
  {
    surface: 'liquid',
    found: 'Issue 16: `{% include %}`, `{% render %}` and `{% layout %}` read any file under the working directory or by absolute path (liquid.preview printed /etc/passwd and the secrets key; an HTTP Action test sent a file to its URL).',
    fix: 'shared/liquid/no-files.ts: every engine (createBoundedLiquid) refuses the three tags at parse time with "Liquid tag {% include %} is not available: templates cannot read files" and has an fs with no files; validation flags it (liquid-syntax), the simulator warns and takes False. Probe: test/unit/liquid/no-files.test.ts.',
  },
  {
    surface: 'http',
    found: 'Issue 16: the host parsed the Host header into a URL unguarded (`Host: [`, `a b`, `%zz`, `a:99999` ended `serve` and `serve --remote` without a token), `/%FF` threw URIError in static-files.ts, and the HTTP fuzzer then found `Cookie: journey_studio_token=%E0%A4%A` ended the process the same way (decodeURIComponent in tokenOf).',
    fix: 'electron/host/request-guard.ts reads only the request target (400 when it is not a path), every handler runs guarded (500 for that request, one log line without secrets), bad percent-encoding is 400 in static files, the REST API and the cookie. Probes: test/unit/fuzz/http.test.ts, test/unit/host/hardening.test.ts.',
  },
  {
    surface: 'http',
    found: 'Issue 16: wrong tokens were never rate-limited (100 bad tokens in a row, 100 × 401).',
    fix: 'electron/host/auth-limit.ts: past 10 wrong tokens per client address in 60 s, 429 with Retry-After for page, cookie and REST API until the oldest failure leaves the window (JOURNEY_STUDIO_AUTH_LIMIT).',
  },
  {
    surface: 'cli',
    found: 'Issue 16: `import --dry-run` printed a bundle\'s names and source workspace raw (ESC[2J, BEL, NUL, CR + a forged line); `--json` let DEL, C1 (U+009B, a one-byte CSI) and bidi overrides through, since JSON.stringify escapes only C0.',
    fix: 'electron/host/commands/terminal-text.ts: everything the CLI writes has control characters escaped (our own line breaks kept, JSON stays the same value); printers escape names with line`…`. Probe: test/unit/host/terminal-escapes.test.ts.',
  },
];

/** Seen by the suites, left to the owners of the code (reported, not changed here). */
export const NOTICED: readonly string[] = [
  'The actions channels create `secrets.key` on first use even when the call is refused (a harmless lazy initialisation; the contract fuzzer tolerates exactly that one file appearing).',
  'The CLI prints its usage on stdout (exit 2) when no command is given; every other refusal goes to stderr.',
  'Error messages built in the core keep a name\'s line breaks (a journey name may contain "\\n"): the CLI escapes every other control character in them, but a name with a newline can still start a line of an error message. DisplayName could refuse control characters at the schema.',
];
