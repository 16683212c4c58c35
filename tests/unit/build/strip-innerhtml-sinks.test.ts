import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripInnerHtmlSinks } from '../../../lib/build/strip-innerhtml-sinks';

/** Any `.innerHTML = value` whose value is not a string literal (what Firefox's linter warns about). */
const NON_LITERAL_ASSIGNMENT = /\.innerHTML\s*=(?!=)\s*(?!["'`])/g;

function installed(path: string): { id: string; code: string } {
  // The files Vite bundles (the packages' `browser` entries), read where npm installed them.
  const id = resolve('node_modules', path);
  return { id, code: readFileSync(id, 'utf8') };
}

describe('stripInnerHtmlSinks', () => {
  for (const path of ['preact/dist/preact.module.js', 'dompurify/dist/purify.es.mjs']) {
    it(`leaves no HTML-string assignment in the installed ${path}`, () => {
      const { id, code } = installed(path);
      expect(code.match(NON_LITERAL_ASSIGNMENT)?.length ?? 0).toBeGreaterThan(0);
      const stripped = stripInnerHtmlSinks(code, id);
      expect(stripped.match(NON_LITERAL_ASSIGNMENT)).toBeNull();
      expect(stripped.length).toBeGreaterThan(code.length * 0.9);
    });
  }

  it('fails the build when a known library no longer holds the expected code', () => {
    expect(() => stripInnerHtmlSinks('export const x = 1;', '/app/node_modules/dompurify/dist/purify.es.mjs')).toThrow(
      /no longer contains/,
    );
  });

  it('leaves every other file untouched', () => {
    const code = 'el.innerHTML = html;';
    expect(stripInnerHtmlSinks(code, '/app/components/AnswerView.tsx')).toBe(code);
  });
});
