import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { dropTokenFromAddress } from './api/page-token';
import { App } from './app/App';
import './styles.css';

dropTokenFromAddress(window.location, window.history);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
