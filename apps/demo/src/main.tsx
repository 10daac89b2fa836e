import '@authflow-ui/react/styles.css';
import './demo.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { createDemoAuth } from './demo-auth/create-demo-auth.js';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lost its #root element');

// The embedded mock's worker must be listening before the first request.
const auth = await createDemoAuth();

createRoot(container).render(
  <StrictMode>
    <App auth={auth} />
  </StrictMode>,
);
