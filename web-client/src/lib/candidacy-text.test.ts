import { actorName } from './candidacy-text';

const actor = (name: string, abbreviation: string | null) => ({
  id: 'a_x',
  name,
  abbreviation,
  kind: 'party',
});

describe('actorName', () => {
  it('adds an abbreviation the name does not carry', () => {
    expect(actorName(actor('Partido Ejemplo', 'PE'))).toBe(
      'Partido Ejemplo (PE)',
    );
    expect(actorName(actor('Partido Verde Ejemplo', 'VER'))).toBe(
      'Partido Verde Ejemplo (VER)',
    );
  });

  it('does not repeat an abbreviation already in the name', () => {
    expect(actorName(actor('Movimiento Ejemplo (ME)', 'ME'))).toBe(
      'Movimiento Ejemplo (ME)',
    );
    expect(actorName(actor('PAN-PRI', 'PAN-PRI'))).toBe('PAN-PRI');
    expect(actorName(actor('Morena', 'MORENA'))).toBe('Morena');
    expect(actorName(actor('Coalición ABC-XYZ', 'abc-xyz'))).toBe(
      'Coalición ABC-XYZ',
    );
  });

  it('shows the name alone without an abbreviation', () => {
    expect(actorName(actor('Candidatura independiente', null))).toBe(
      'Candidatura independiente',
    );
    expect(actorName(actor('Partido Ejemplo', '  '))).toBe('Partido Ejemplo');
  });
});
