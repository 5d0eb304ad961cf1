import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import './styles/haven.css';
import { queryClient } from './queryClient';
import { router } from './router';
import { installSessionEvents } from './sessionEvents';

installSessionEvents(queryClient, router);

const container = document.getElementById('app');
if (!container) throw new Error('Haven: #app element missing from index.html');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
