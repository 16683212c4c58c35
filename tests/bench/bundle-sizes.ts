import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  file: string;
  rawBytes: number;
  gzBytes: number;
}

/** Sizes of the built extension's bundles (`npm run build` first) and of its zip, if made. */
export function measureBundles(outputDir = '.output'): BundleSize[] {
  const dir = join(outputDir, 'chrome-mv3');
  if (!existsSync(dir)) return [];
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  const sizes = walk(dir)
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((f) => {
      const bytes = readFileSync(f);
      return { file: f.slice(dir.length + 1), rawBytes: bytes.length, gzBytes: gzipSync(bytes).length };
    });
  for (const zip of readdirSync(outputDir).filter((n) => n.endsWith('.zip'))) {
    const bytes = statSync(join(outputDir, zip)).size;
    sizes.push({ file: zip, rawBytes: bytes, gzBytes: bytes });
  }
  return sizes;
}
