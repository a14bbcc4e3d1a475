import { useProcesses } from '../lib/processes-context';
import { SelectField } from './select-field';

type Props = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  emptyLabel?: string;
};

export function ProcessSelect({ id, value, onChange, emptyLabel }: Props) {
  const processes = useProcesses();
  const items = processes.status === 'success' ? processes.data : [];
  return (
    <SelectField
      id={id}
      label="Proceso electoral"
      value={value}
      onChange={onChange}
      emptyLabel={emptyLabel ?? 'Todos los procesos'}
      options={items.map((p) => ({ value: p.key, label: p.name }))}
      hint={
        processes.status === 'error'
          ? 'No pudimos cargar la lista de procesos electorales.'
          : null
      }
    />
  );
}
