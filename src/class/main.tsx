/**
 * The trainer's view of a class (`fgsim serve --seats N`, served by seat 0 at `/fgsim/class`; the
 * server side is src/server/trainer.ts). A page of its own, built as the second Vite entry
 * (class.html): it shares the console's widgets and theme (src/ui) but none of its device code.
 */
import '@fontsource/lato/400.css';
import '@fontsource/lato/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ClassPage } from './ClassPage';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <ClassPage />
    </StrictMode>,
  );
