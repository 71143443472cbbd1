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
    found:
      'liquidjs charges ranges and some filters to memoryLimit but not the text a template writes: `{% for i in (1..100000) %}` around 1 kB of text built 100 MB inside every limit, and a million iterations ended in "Invalid string length" after ~0.5 GB.',
    fix: 'shared/liquid/output-limit.ts charges every write to an output buffer (page, loops, captures) against memoryLimit; one bounded engine factory (createBoundedLiquid) is now used by validation, the simulator and the content preview.',
  },
  {
    surface: 'host',
    found:
      'A WebSocket message over maxPayload made ws emit an unheard `error` event: an uncaught exception that ends the whole `serve` process (one oversized message from any token holder stopped the host).',
    fix: 'electron/host/server.ts listens for socket errors and terminates only that socket; the test checks the 1009 close and that other clients keep working.',
  },
  {
    surface: 'csv',
    found:
      'A CSV header named like an Object property (`toString`, `constructor`) used as a mapped column or account key crashed `populations.parseCsv` with a TypeError on a short row (it read a function from Object.prototype).',
    fix: "electron/core/scenarios/parse-csv.ts reads only the row's own fields.",
  },
  {
    surface: 'desktop',
    found:
      'isAppUrl compared paths as string prefixes, so a page in a sibling folder such as `…/renderer-evil/` counted as the app (IPC sender check and navigation guard).',
    fix: 'electron/window-options.ts checks that the file lies inside the renderer folder (path relation, works for Windows paths too).',
  },
  {
    surface: 'crash',
    found:
      'The first harness lost acknowledgements: process.stdout is asynchronous on a pipe, so the last "saved" lines died with the child and the store looked two revisions ahead. A harness bug, not a store bug, but it hid what the test must see.',
    fix: 'The crash child reports with writeSync(1); the store kept its promise in every run since.',
  },
  {
    surface: 'crash',
    found:
      "A kill between writing the lock's temp file and linking it into place left `journey-studio.lock.<pid>.tmp` behind for good (the start-up clean-up only knows dot-named temp files).",
    fix: "electron/core/store/lock.ts names its temp file like the store's (`.journey-studio.lock.<pid>.tmp`), so the next open removes it.",
  },
  {
    surface: 'host',
    found:
      'tokensMatch returned early on a length mismatch (the token length was observable by timing).',
    fix: 'Both sides are hashed (SHA-256) before timingSafeEqual.',
  },
  {
    surface: 'zip-bomb',
    found:
      'Issue 16: a 1 MB bundle whose entry declares 100 (or 0) bytes but inflates to 1 GB was refused only after ~3.3 GB peak memory (fflate inflates a whole pushed buffer before its ondata sees a byte); 2,700 exported journeys could not be read back ("Maximum call stack size exceeded": fflate\'s Unzip recurses once per entry of one pushed buffer).',
    fix: 'electron/core/bundles/zip.ts feeds the zip to the streaming reader in 4 kB slices and stops at the first refusal: a slice inflates to at most ~4 MB, and recursion stays within the entries of one slice. Probes: test/unit/bundles/zip-bomb.test.ts (CLI and serve --remote in child processes, peak RSS measured), large-round-trip.test.ts (5,000 journeys).',
  },
  {
    surface: 'remote',
    found:
      'Issue 16: `remote add` ignored the data-dir lock, so while `serve` changed `secrets.enc.json` (actions.update) two processes read-modify-wrote it and remote tokens were lost; `secrets.key` could be created twice by two first openers.',
    fix: '`remote add/remove` hold the data-dir lock (refused while an app or server runs); token create/revoke hold `remote/tokens.lock` (serve only reads tokens.json, so a revoke takes effect at once); secrets, remotes and tokens files change under one mutex per file; the key file is created with a link that never replaces one. Probe: test/unit/remotes/data-dir-lock.test.ts.',
  },
  {
    surface: 'remote',
    found:
      'Issue 16: a push answered before the store\'s debounced index write, so a snapshot right after the answer caught `.index.json.<pid>.<rand>.tmp` (the flaky "applies a push once").',
    fix: 'electron/core/bundles/apply.ts flushes the store (index included) before an import or push answers; the test checks no temp file and a complete index at the answer.',
  },
  {
    surface: 'store',
    found:
      'Issue 16: start-up removed crash temp files only from journeys/ and the root; `bundles/.import-journal.json.<pid>.<rand>.tmp` survived.',
    fix: 'One list of folders written through temp names beside writeFileAtomic (electron/core/store/atomic-file.ts); all are cleaned on open. Probe: test/unit/store/leftover-temp-files.test.ts.',
  },
  {
    surface: 'bundles',
    found:
      "Issue 16: basic-auth userinfo and `?api_sig=` in an HTTP Action's base URL and Cookie / X-Auth / Ocp-Apim-Subscription-Key headers stayed in actions.json and were exported in plain text.",
    fix: 'One rule (shared/custom-actions/credentials.ts): save moves them to the secrets store (shown masked, sent as before), export leaves them out, import refuses a bundle carrying one, naming the field. Probe: test/unit/custom-actions/credentials.test.ts.',
  },
  {
    surface: 'liquid',
    found:
      'Issue 16: `{% include %}`, `{% render %}` and `{% layout %}` read any file under the working directory or by absolute path (liquid.preview printed /etc/passwd and the secrets key; an HTTP Action test sent a file to its URL).',
    fix: 'shared/liquid/no-files.ts: every engine (createBoundedLiquid) refuses the three tags at parse time with "Liquid tag {% include %} is not available: templates cannot read files" and has an fs with no files; validation flags it (liquid-syntax), the simulator warns and takes False. Probe: test/unit/liquid/no-files.test.ts.',
  },
  {
    surface: 'http',
    found:
      'Issue 16: the host parsed the Host header into a URL unguarded (`Host: [`, `a b`, `%zz`, `a:99999` ended `serve` and `serve --remote` without a token), `/%FF` threw URIError in static-files.ts, and the HTTP fuzzer then found `Cookie: journey_studio_token=%E0%A4%A` ended the process the same way (decodeURIComponent in tokenOf).',
    fix: 'electron/host/request-guard.ts reads only the request target (400 when it is not a path), every handler runs guarded (500 for that request, one log line without secrets), bad percent-encoding is 400 in static files, the REST API and the cookie. Probes: test/unit/fuzz/http.test.ts, test/unit/host/hardening.test.ts.',
  },
  {
    surface: 'http',
    found: 'Issue 16: wrong tokens were never rate-limited (100 bad tokens in a row, 100 × 401).',
    fix: 'electron/host/auth-limit.ts: past 10 wrong tokens per client address in 60 s, 429 with Retry-After for page, cookie and REST API until the oldest failure leaves the window (JOURNEY_STUDIO_AUTH_LIMIT).',
  },
  {
    surface: 'cli',
    found:
      "Issue 16: `import --dry-run` printed a bundle's names and source workspace raw (ESC[2J, BEL, NUL, CR + a forged line); `--json` let DEL, C1 (U+009B, a one-byte CSI) and bidi overrides through, since JSON.stringify escapes only C0.",
    fix: 'electron/host/commands/terminal-text.ts: everything the CLI writes has control characters escaped (our own line breaks kept, JSON stays the same value); printers escape names with line`…`. Probe: test/unit/host/terminal-escapes.test.ts.',
  },
  {
    surface: 'store',
    found:
      'Issue 16, defect 8: one journey file the user may not read (`chmod 000`, index.json removed; run as the unprivileged `nobody`) or a folder named `<id>.json` in journeys/ made every command fail with exit 3 (`internal: EACCES …` / `EISDIR`).',
    fix: 'electron/core/store/validated-json-file.ts turns EACCES, EPERM, EISDIR and ELOOP on one file into an InvalidFileError, so the file is moved to quarantine/ with its reason and the rest loads; a file that cannot even be moved stays in place, is skipped and reported. Probe: test/unit/store/damaged-files-cli.test.ts (CLI child process, as `nobody` via setpriv when run as root).',
  },
  {
    surface: 'store',
    found:
      'Issue 16, defect 9: a copy `journeys/<id> (copy).json` listed a second journey with the same id; after the original was aborted and deleted one entry stayed that `journeys.get` and `journeys.delete` answered with "No journey with id …".',
    fix: 'JourneyStore quarantines a journey file whose id is not its file name (a copy, a hand rename), saying which file holds that journey already; list, get and delete agree. Same probe file.',
  },
  {
    surface: 'store',
    found:
      'Issue 16: a truncated settings.json was reset to defaults silently; a journey file with invalid UTF-8 loaded lossily (U+FFFD, written back on the next save); a damaged workspace.json was replaced with the demo workspace.',
    fix: 'Files are decoded with a fatal UTF-8 decoder (invalid bytes: quarantined, reason gives the offset); settings.json is quarantined with a reason; workspace.json is quarantined and restored from backups/workspace.json (its last good copy, kept on every write) or, with none, an empty workspace, never demo data. The CLI prints each file set aside on stderr; app.info (the banner) lists them.',
  },
  {
    surface: 'store',
    found:
      'Issue 16: a lock left on the folder by another host (a container restarted under a new host name) is rightly never taken over, but the refusal named only a pid and gave no way out.',
    fix: "The refusal names the host, pid, mode and start and says how to clear it: `journey-studio unlock --force` (or deleting the lock file) once that machine no longer uses the folder. `unlock` removes a stale lock at once, another host's only with --force, and never the lock of a live process on this host. Probes in test/unit/store/lock.test.ts.",
  },
];

/** Seen by the suites, left to the owners of the code (reported, not changed here). */
export const NOTICED: readonly string[] = [
  'The actions channels create `secrets.key` on first use even when the call is refused (a harmless lazy initialisation; the contract fuzzer tolerates exactly that one file appearing).',
  'The CLI prints its usage on stdout (exit 2) when no command is given; every other refusal goes to stderr.',
  'Error messages built in the core keep a name\'s line breaks (a journey name may contain "\\n"): the CLI escapes every other control character in them, but a name with a newline can still start a line of an error message. DisplayName could refuse control characters at the schema.',
];
