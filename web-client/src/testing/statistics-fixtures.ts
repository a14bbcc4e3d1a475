import type {
  Breakdown,
  BreakdownCell,
  DictionaryList,
  IdentityGroup,
  Statistics,
} from '../types/api';

// Invented figures: test data only. Every breakdown adds up: the shown cells,
// suppressedTotal and noAnswer make the denominator.
function cell(code: string, label: string, count: number | null) {
  return { code, label, count, suppressed: count === null } as BreakdownCell;
}

function breakdown(
  denominator: number,
  noAnswer: number,
  cells: BreakdownCell[],
  suppressedTotal: number | null = null,
  denominatorKind = 'candidacies',
): Breakdown {
  return { denominator, denominatorKind, noAnswer, cells, suppressedTotal };
}

function yesNo(yes: number | null, no: number, preferNot: number | null) {
  return [
    cell('yes', 'Sí', yes),
    cell('no', 'No', no),
    cell('prefer-not-to-say', 'Prefiero no contestar', preferNot),
  ];
}

function group(
  question: number,
  code: string,
  label: string,
  cells: BreakdownCell[],
  suppressedTotal: number | null = null,
): IdentityGroup {
  return {
    question,
    code,
    label,
    candidacies: breakdown(24, 6, cells, suppressedTotal),
    respondents: breakdown(20, 2, cells, suppressedTotal, 'respondents'),
  };
}

export function aStatistics(overrides: Partial<Statistics> = {}): Statistics {
  return {
    process: 'yuc-2024',
    threshold: 5,
    status: {
      total: {
        code: null,
        label: 'Total',
        registered: 40,
        captured: 30,
        published: 24,
      },
      byActor: [
        {
          code: 'a_pe',
          label: 'Partido Ejemplo',
          registered: 25,
          captured: 20,
          published: 16,
        },
        {
          code: 'a_po',
          label: 'Partido Otro',
          registered: 15,
          captured: 10,
          published: 8,
        },
      ],
      byOffice: [
        {
          code: 'diputacion-local',
          label: 'Diputación local',
          registered: 32,
          captured: 24,
          published: 20,
        },
        {
          code: 'gubernatura',
          label: 'Gubernatura',
          registered: 8,
          captured: 6,
          published: 4,
        },
      ],
    },
    sex: breakdown(24, 2, [
      cell('woman', 'Mujer', 13),
      cell('man', 'Hombre', 9),
      cell('non-binary', 'No binario', 0),
    ]),
    age: breakdown(24, 1, [
      cell('18-29', '18 a 29 años', 3),
      cell('30-39', '30 a 39 años', 6),
      cell('40-49', '40 a 49 años', 8),
      cell('50-59', '50 a 59 años', 4),
      cell('60-plus', '60 años o más', 2),
    ]),
    education: breakdown(24, 4, [
      cell('preparatoria', 'Preparatoria o bachillerato', 3),
      cell('licenciatura', 'Licenciatura', 12),
      cell('maestria', 'Maestría', 5),
    ]),
    income: group(
      18,
      'income',
      'Grupo de ingreso mensual',
      [
        cell('under-11000', 'Menos de $11,000', null),
        cell('11001-25000', 'De $11,001 a $25,000', 7),
        cell('25001-50000', 'De $25,001 a $50,000', 5),
        cell('over-112000', 'Más de $112,000', null),
        cell('prefer-not-to-say', 'Prefiero no contestar', 3),
      ],
      3,
    ),
    identity: [
      group(1, 'indigenous', 'Persona indígena', yesNo(2, 15, 1)),
      group(
        4,
        'disability',
        'Persona con discapacidad',
        yesNo(null, 14, null),
        4,
      ),
      group(8, 'afro-mexican', 'Persona afromexicana', yesNo(1, 16, 1)),
      group(9, 'lgbtttiq', 'Población LGBTTTIQ+', yesNo(2, 14, 2)),
      group(11, 'migrant', 'Persona migrante', yesNo(0, 17, 1)),
      group(16, 'young', 'Población joven', yesNo(3, 14, 1)),
      group(17, 'older', 'Persona mayor', yesNo(2, 15, 1)),
    ],
    ...overrides,
  };
}

export const dictionary: DictionaryList = {
  items: [
    {
      layout: 'conoceles',
      file: 'candidacies.csv',
      sheet: 'candidaturas',
      listSeparator: ' | ',
      columns: [
        { name: 'id', type: 'string', description: 'Identificador.' },
        { name: 'edad', type: 'integer', description: 'Edad en años.' },
        {
          name: 'correos',
          type: 'list',
          description: 'Correos públicos de campaña.',
        },
      ],
    },
    {
      layout: 'ine',
      file: 'candidacies-identity.csv',
      sheet: 'CUESTIONARIO IDENTIDAD',
      listSeparator: ', ',
      columns: [
        {
          name: 'NOMBRE_CANDIDATO',
          type: 'string',
          description: 'Nombre de la persona candidata.',
        },
      ],
    },
  ],
};
