import { render } from 'preact';
import '../../components/panel.css';
import './launcher.css';
import { OnPageHelp } from '../../components/OnPageHelp';

export default defineContentScript({
  matches: ['https://kaspi.kz/*', 'https://*.kaspi.kz/*'],
  // The guide is already open there.
  excludeMatches: ['https://guide.kaspi.kz/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: 'kaspi-guide-helper',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        render(<OnPageHelp />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
