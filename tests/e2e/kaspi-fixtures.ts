/** Page styles a site could have that must not reach the panel, nor the panel's reach the page. */
const HOSTILE_CSS = `
  html { font-size: 8px !important; }
  * { all: unset !important; }
  div, button, input, ul, li { z-index: 2147483647 !important; }
  .overlay { position: fixed; inset: 0; z-index: 2147483647; pointer-events: none; }
`;

const page = (title: string, body: string, css = '') =>
  `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${title}</title><style>${css}</style></head><body>${body}</body></html>`;

/** Fixture pages, keyed "host/path" as the fixture server expects. */
export const KASPI_FIXTURES: Record<string, string> = {
  'kaspi.kz/shop/': page(
    'Магазин',
    '<main id="page-content"><h1>Магазин</h1><p class="price">123 000 ₸</p><input id="page-input" placeholder="поиск на странице"></main><div class="overlay"></div>',
    HOSTILE_CSS,
  ),
  // A single-page app: every path serves this document; buttons change the address through the history API.
  'kaspi.kz/*': page(
    'Kaspi SPA',
    `<main><h1 id="where">SPA</h1>
      <button id="to-bonus" onclick="history.pushState({}, '', '/bonus/'); document.getElementById('where').textContent = 'bonus'">Бонусы</button>
      <button id="to-red" onclick="history.pushState({}, '', '/red/'); document.getElementById('where').textContent = 'red'">Red</button>
      <p id="selectable">штраф за просрочку</p></main>`,
  ),
  'guide.kaspi.kz/client/ru/red/monthly_payment/bill/q1505': page('Kaspi Гид', '<main>Ответ гида</main>'),
};
