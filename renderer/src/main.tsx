import './app/styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { Providers } from './app/Providers';
import { setupI18n } from './i18n';
import { usePrefs } from './stores/prefs';

// The stored choice first; the depot's default replaces 'zh-TW' once session/status answers.
setupI18n(usePrefs.getState().language ?? 'zh-TW');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <Providers>
      <App />
    </Providers>
  </StrictMode>,
);
