import { createContext, useContext, type ReactNode } from 'react';
import type { Process } from '../types/api';
import { getProcesses } from './api/get-processes';
import { useRequest, type RequestState } from './use-request';

const ProcessesContext = createContext<RequestState<Process[]>>({
  status: 'loading',
});

export function ProcessesProvider({ children }: { children: ReactNode }) {
  const request = useRequest('processes', async (signal) => {
    const list = await getProcesses(signal);
    return list.items;
  });
  return (
    <ProcessesContext.Provider value={request}>
      {children}
    </ProcessesContext.Provider>
  );
}

export function useProcesses(): RequestState<Process[]> {
  return useContext(ProcessesContext);
}

export function useProcess(key: string | null | undefined): Process | null {
  const processes = useProcesses();
  if (!key || processes.status !== 'success') return null;
  return processes.data.find((p) => p.key === key || p.id === key) ?? null;
}
