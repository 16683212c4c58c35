import lunr from 'lunr';

/** A Lunr index over the given space-separated terms (one document each), with empty pipelines: terms stay as written. */
export function tinyLunrIndex(docs: string[]): lunr.Index {
  return lunr(function () {
    this.ref('ref');
    this.field('text');
    this.pipeline.reset();
    this.searchPipeline.reset();
    docs.forEach((text, ref) => this.add({ ref: String(ref), text }));
  });
}
