import type { Plugin } from 'vite';

/**
 * Firefox's add-on linter warns about every `x.innerHTML = value` in the bundle, and
 * reviewers read those warnings first. Our code never assigns HTML strings (answers are
 * appended as DOMPurify fragments), but two libraries carry such an assignment on a path
 * we never take. Each is replaced at build time by code that fails closed. A library
 * upgrade that changes the code makes the build fail here, so the check is re-done then.
 */
interface InnerHtmlSink {
  /** Which installed file (path ending) holds the assignment. */
  readonly file: RegExp;
  /** The assignment, as the installed file spells it. */
  readonly assignment: RegExp;
  readonly replacement: string;
  readonly why: string;
}

const INNER_HTML_SINKS: readonly InnerHtmlSink[] = [
  {
    file: /[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/,
    // Preact's `dangerouslySetInnerHTML` prop; no component of ours passes it.
    assignment: /\((\w+)\.innerHTML=(\w+)\.__html\)/,
    replacement: '(()=>{throw new Error("dangerouslySetInnerHTML is not supported in this build")})()',
    why: 'dangerouslySetInnerHTML is unused',
  },
  {
    file: /[\\/]dompurify[\\/]dist[\\/]purify\.es\.mjs$/,
    // DOMPurify's fallback when DOMParser cannot parse, or for XML namespaces: we always
    // parse text/html, which DOMParser handles in every browser we ship to. Left empty,
    // the fallback yields an empty document, so nothing is rendered rather than unsafe markup.
    assignment: /doc\.documentElement\.innerHTML = IS_EMPTY_INPUT \? emptyHTML : dirtyPayload;/,
    replacement: '/* fallback parse removed at build time: no HTML-string sink */',
    why: 'the non-DOMParser fallback is unused',
  },
];

/** Returns the code with the known sink replaced, the code unchanged for other files; throws when a known file no longer holds its sink. */
export function stripInnerHtmlSinks(code: string, fileId: string): string {
  const sink = INNER_HTML_SINKS.find((candidate) => candidate.file.test(fileId.replace(/\?.*$/, '')));
  if (!sink) return code;
  if (!sink.assignment.test(code)) {
    throw new Error(
      `strip-innerhtml-sinks: ${fileId} no longer contains the expected innerHTML assignment (${sink.why}); ` +
        'check the upgraded library and update INNER_HTML_SINKS',
    );
  }
  return code.replace(sink.assignment, sink.replacement);
}

/** The Vite plugin applying `stripInnerHtmlSinks` to library files in every build. */
export function stripInnerHtmlSinksPlugin(): Plugin {
  return {
    name: 'strip-innerhtml-sinks',
    enforce: 'pre',
    transform(code, id) {
      const stripped = stripInnerHtmlSinks(code, id);
      return stripped === code ? null : { code: stripped, map: null };
    },
  };
}
