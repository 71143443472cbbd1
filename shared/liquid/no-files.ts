import { Tag, type FS, type Liquid, type TagToken, type TopLevelToken } from 'liquidjs';

/** The tags that read other templates from files; templates here come from users and bundles. */
export const FILE_TAGS = ['include', 'render', 'layout'] as const;

/** The one message for every file tag, e.g. "Liquid tag {% include %} is not available: …". */
export function fileTagMessage(tag: string): string {
  return `Liquid tag {% ${tag} %} is not available: templates cannot read files`;
}

const refuse = (file: string): never => {
  throw new Error(`Liquid templates cannot read files (asked for "${String(file).slice(0, 80)}")`);
};

/**
 * A file system with no files: liquidjs reads partials and layouts through `opts.fs`, and its
 * default one is the real disk (or, in a browser, the page's own origin). Every read fails.
 */
export const NO_FILES: FS = {
  exists: () => Promise.resolve(false),
  existsSync: () => false,
  readFile: (file) =>
    Promise.reject(
      new Error(`Liquid templates cannot read files (asked for "${String(file).slice(0, 80)}")`),
    ),
  readFileSync: refuse,
  resolve: (_dir, file) => file,
  contains: () => Promise.resolve(false),
  containsSync: () => false,
  sep: '/',
  dirname: () => '',
  fallback: () => undefined,
};

/** A tag refused when a template is parsed, so validation, previews and runs all name it. */
function refusedTag(name: string) {
  return class RefusedFileTag extends Tag {
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      throw new Error(fileTagMessage(name));
    }
    // Never reached: the constructor throws while parsing.
    *render(): Generator<unknown, void, unknown> {}
  };
}

/** Takes the file tags out of an engine (they fail at parse time with a clear message). */
export function withoutFileTags(engine: Liquid): Liquid {
  for (const name of FILE_TAGS) engine.registerTag(name, refusedTag(name));
  return engine;
}
