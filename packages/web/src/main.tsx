import { render } from 'preact';
import { App } from './app.tsx';
import { loadConfig } from './auth/config.ts';

const root = document.getElementById('app')!;
loadConfig().then(
  (config) => render(<App config={config} />, root),
  () => {
    root.textContent = 'Hjemmestøtte kunne ikke starte. Prøv at genindlæse siden.';
  },
);
