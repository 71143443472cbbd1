import { basename, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const BUNDLE_EXTENSION = '.journeys.zip';

/** What a second launch hands the first one (Chromium may reorder or add switches to the raw argv). */
export const SecondInstanceData = z.object({ argv: z.array(z.string()), cwd: z.string() });
export type SecondInstanceData = z.infer<typeof SecondInstanceData>;

/** Whether a path names a Journey Studio bundle (a name before the extension, not just `.journeys.zip`). */
export function isBundlePath(path: string): boolean {
  const name = basename(path);
  return name.toLowerCase().endsWith(BUNDLE_EXTENSION) && name.length > BUNDLE_EXTENSION.length;
}

/** A command-line argument as a file path: Linux desktop files pass `file://` URLs (%U), shells pass relative paths. */
function argToPath(arg: string, cwd: string): string | null {
  if (arg.startsWith('file://')) {
    try {
      return fileURLToPath(arg);
    } catch {
      return null;
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) return null;
  return isAbsolute(arg) ? arg : resolve(cwd, arg);
}

/**
 * The bundle a launch asks to open: the last `.journeys.zip` argument that is not a switch, as an absolute path.
 * argv[0] is the executable (and in development argv[1] the main script); neither can end in .journeys.zip.
 */
export function bundlePathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i];
    if (arg.startsWith('-')) continue;
    const path = argToPath(arg, cwd);
    if (path && isBundlePath(path)) return path;
  }
  return null;
}

/** The bundle of a second launch: its own argv and working directory when it sent them, else Electron's argv. */
export function bundlePathFromSecondInstance(
  argv: readonly string[],
  cwd: string,
  additionalData: unknown,
): string | null {
  const sent = SecondInstanceData.safeParse(additionalData);
  return sent.success
    ? bundlePathFromArgv(sent.data.argv, sent.data.cwd)
    : bundlePathFromArgv(argv, cwd);
}

/**
 * Holds files the OS asked to open until the window can receive them (macOS sends open-file before ready),
 * then delivers each at once.
 */
export class OpenFileQueue {
  private pending: string[] = [];
  private deliver: ((path: string) => void) | null = null;

  /** A file to open: delivered now when a receiver is attached, else kept. */
  push(path: string): void {
    if (this.deliver) this.deliver(path);
    else this.pending.push(path);
  }

  /** Attaches the receiver and flushes what arrived before it, in order. */
  attach(deliver: (path: string) => void): void {
    this.deliver = deliver;
    const queued = this.pending;
    this.pending = [];
    for (const path of queued) deliver(path);
  }

  /** Detaches the receiver (window closed); later files wait for the next window. */
  detach(): void {
    this.deliver = null;
  }
}
