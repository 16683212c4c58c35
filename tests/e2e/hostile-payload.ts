import { buildGuidePayload } from './guide-payload';

/**
 * A guide payload (the whole `__NUXT_DATA__` array, devalue-flattened) whose
 * titles and answers carry the usual XSS vectors. Kept in tests; built into a
 * throw-away copy of the extension, never into the shipped one.
 */
export const HOSTILE_VECTORS: { name: string; html: string }[] = [
  { name: 'script tag', html: '<p>a<script>window.__pwned="script"</script>b</p>' },
  { name: 'img onerror', html: '<p><img src=x onerror="window.__pwned=\'onerror\'">c</p>' },
  { name: 'svg onload', html: '<svg onload="window.__pwned=\'svg\'"><circle r=1></circle></svg><p>d</p>' },
  { name: 'autofocus onfocus', html: '<input autofocus onfocus="window.__pwned=\'focus\'"><p>e</p>' },
  { name: 'javascript: link', html: '<p><a href="javascript:window.__pwned=\'js\'">f</a></p>' },
  { name: 'entity-encoded javascript: link', html: '<p><a href="&#106;avascript:window.__pwned=1">g</a></p>' },
  { name: 'javascript: with whitespace tricks', html: '<p><a href=" j\tava\nscript:window.__pwned=1">h</a></p>' },
  { name: 'data: link', html: '<p><a href="data:text/html,<script>alert(1)</script>">i</a></p>' },
  { name: 'vbscript: link', html: '<p><a href="vbscript:msgbox(1)">j</a></p>' },
  { name: 'math namespace confusion', html: '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=\'math\'"></style></mglyph></table></mtext></math><p>k</p>' },
  { name: 'iframe', html: '<iframe src="javascript:parent.__pwned=\'iframe\'"></iframe><p>l</p>' },
  { name: 'form action', html: '<form action="https://evil.example/"><button>m</button></form>' },
  { name: 'meta refresh', html: '<meta http-equiv="refresh" content="0;url=https://evil.example/"><p>n</p>' },
  { name: 'base href', html: '<base href="https://evil.example/"><p><a href="/x">o</a></p>' },
  { name: 'style payload', html: '<style>body{display:none}</style><p style="background:url(javascript:alert(1))">p</p>' },
  { name: 'DOM clobbering', html: '<p><a id="document" name="cookie" href="https://kaspi.kz/">q</a><img name="getElementById"></p>' },
  { name: 'macro wrapping HTML', html: '<p>%вставка форма(x,<img src=x onerror="window.__pwned=\'macro\'">)%r</p>' },
];

/** The flattened payload: one question per vector, ids 900001…, Russian. */
export function buildHostilePayload(): string {
  return buildGuidePayload(
    HOSTILE_VECTORS.map((vector, i) => ({
      id: 900001 + i,
      title: `Опасный вопрос ${i + 1} <img src=x onerror="window.__pwned='title'"> ${vector.name}`,
      content: vector.html,
      updatedDate: '01.01.2025',
      usefulness: 0.5,
      canonical: `/hostile/q${900001 + i}`,
      publication_date: '2025-01-01T00:00:00',
    })),
    'ru-RU',
  );
}
