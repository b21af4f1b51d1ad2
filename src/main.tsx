import { canvasAspect } from './ui/layout/canvasAspect';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n, initialLanguage } from './i18n';
import { createDesignerStore, DesignerProvider } from './store';
import { App } from './ui/App';
import { createTrafficStore, followDesigner, TrafficProvider } from './ui/overlay';
import { createEngineClient } from './worker/client';
import { useScaleView } from './ui/scale/view';
import './ui/styles/app.css';
import './ui/styles/cluster.css';

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled: the app works, without autosave
  }
}

const storage = safeStorage();
const lang = initialLanguage(storage, navigator.languages);
document.documentElement.lang = lang;
const i18n = createI18n(lang);
// Two engine workers: one reads big texts and lints (the store's), one computes the overlay's verdicts, so on a
// big paste both run side by side and the page thread only renders.
const store = createDesignerStore({ storage, viewAspect: canvasAspect, offPage: createEngineClient() });
const traffic = createTrafficStore(createEngineClient());
// For the page's lifetime: the overlay follows the designer's text (at once where the matrix covers the canvas).
followDesigner(traffic, store, {
  covered: () => useScaleView.getState().matrixOpen,
  subscribe: (listener) => useScaleView.subscribe((s, prev) => s.matrixOpen !== prev.matrixOpen && listener()),
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <DesignerProvider store={store}>
        <TrafficProvider store={traffic}>
          <App />
        </TrafficProvider>
      </DesignerProvider>
    </I18nextProvider>
  </StrictMode>,
);
