// TEMPORARY placeholder written by the tooling setup so checks pass; the real entry point replaces it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <p>fgsim</p>
    </StrictMode>,
  );
}
