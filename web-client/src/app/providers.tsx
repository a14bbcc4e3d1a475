import type { ReactNode } from 'react';
import { CatalogsProvider } from '../lib/catalogs-context';
import { ProcessesProvider } from '../lib/processes-context';

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <ProcessesProvider>
      <CatalogsProvider>{children}</CatalogsProvider>
    </ProcessesProvider>
  );
}
