import type {
  CandidacyDetail,
  CandidacyListItem,
  CatalogList,
  Contest,
  Process,
} from '../types/api';

// Invented people and places: test data only.
export function aProcess(overrides: Partial<Process> = {}): Process {
  return {
    id: 'p_001',
    key: 'yuc-2024',
    name: 'Proceso Electoral Local 2024 de Yucatán',
    state: '31',
    electionDay: '2024-06-02',
    timeZone: 'America/Merida',
    publisher: 'Instituto Electoral de Ejemplo',
    isDemo: false,
    candidacyCount: 2,
    ...overrides,
  };
}

export function aListItem(
  overrides: Partial<CandidacyListItem> = {},
): CandidacyListItem {
  return {
    id: 'c_ana',
    processKey: 'yuc-2024',
    name: 'ANA LÓPEZ PÉREZ',
    office: 'diputacion-local',
    principle: 'mr',
    area: {
      state: '31',
      district: 'local-31-03',
      municipality: null,
      constituency: null,
      label: 'Distrito 3, Mérida',
    },
    actor: {
      id: 'a_pe',
      name: 'Partido Ejemplo',
      abbreviation: 'PE',
      kind: 'party',
    },
    role: 'owner',
    sex: 'woman',
    age: 41,
    photoUrl: null,
    completeness: 0.8,
    status: 'published',
    ...overrides,
  };
}

export function aDetail(
  overrides: Partial<CandidacyDetail> = {},
): CandidacyDetail {
  return {
    ...aListItem(),
    nickname: null,
    ticketNumber: '3',
    listPosition: null,
    affirmativeAction: false,
    affirmativeActionGroup: null,
    ticketPartner: aListItem({
      id: 'c_rosa',
      name: 'ROSA MÉNDEZ UC',
      role: 'substitute',
    }),
    replacedBy: null,
    substitutes: null,
    contact: {
      addresses: ['Calle 60 número 100, Centro'],
      phones: ['999 000 0000'],
      emails: ['ana@example.org'],
      website: 'https://ana.example.org',
      socialNetworks: [
        { network: 'facebook', url: 'facebook.com/ana.ejemplo' },
        { network: 'other', url: 'javascript:alert(1)' },
      ],
    },
    education: {
      level: 'licenciatura',
      status: 'titulo',
      levelAsPublished: 'LICENCIATURA',
      statusAsPublished: 'TITULO',
      otherStudies: ['Diplomado en gestión pública'],
    },
    professionalHistory: 'Maestra de primaria.\nDirectora de escuela.',
    politicalTrajectory: 'Regidora de 2018 a 2021.',
    motivation: null,
    proposals: ['Agua potable en cada colonia.', 'Más rutas de transporte.'],
    genderProposal: 'Guarderías de horario extendido.',
    identity: [
      {
        question: 16,
        questionText: '¿Es una persona joven (de 18 a 29 años)?',
        answer: 'No',
        detail: null,
      },
    ],
    curriculumUrl: 'https://files.example.org/cv/ana.pdf',
    source: {
      publisher: 'Instituto Electoral de Ejemplo',
      file: 'candidaturas-2024.xlsx',
      importedAt: '2024-04-15T18:30:00Z',
    },
    updatedAt: '2024-05-20T16:00:00Z',
    ...overrides,
  };
}

export const catalogs: CatalogList = {
  items: [
    {
      name: 'office',
      entries: [
        { code: 'diputacion-local', label: 'Diputación local' },
        { code: 'gubernatura', label: 'Gubernatura' },
      ],
    },
    {
      name: 'principle',
      entries: [
        { code: 'mr', label: 'Mayoría relativa' },
        { code: 'rp', label: 'Representación proporcional' },
      ],
    },
    {
      name: 'role',
      entries: [
        { code: 'owner', label: 'Propietaria o propietario' },
        { code: 'substitute', label: 'Suplente' },
      ],
    },
    {
      name: 'sex',
      entries: [
        { code: 'woman', label: 'Mujer' },
        { code: 'man', label: 'Hombre' },
      ],
    },
    {
      name: 'status',
      entries: [
        { code: 'published', label: 'Publicada' },
        { code: 'substituted', label: 'Sustituida' },
        { code: 'cancelled', label: 'Cancelada' },
        { code: 'draft', label: 'En captura' },
      ],
    },
    {
      name: 'education',
      entries: [{ code: 'licenciatura', label: 'Licenciatura' }],
    },
    { name: 'educationStatus', entries: [{ code: 'titulo', label: 'Título' }] },
    { name: 'actorKind', entries: [{ code: 'party', label: 'Partido' }] },
    {
      name: 'socialNetwork',
      entries: [{ code: 'facebook', label: 'Facebook' }],
    },
  ],
};

export function aContest(overrides: Partial<Contest> = {}): Contest {
  return {
    process: 'yuc-2024',
    office: 'diputacion-local',
    principle: 'mr',
    area: {
      state: '31',
      district: 'local-31-03',
      municipality: null,
      constituency: null,
      label: 'Distrito 3, Mérida',
    },
    seats: 1,
    candidacies: [
      aListItem(),
      aListItem({
        id: 'c_jose',
        name: 'JOSÉ NÚÑEZ CANUL',
        sex: 'man',
        actor: {
          id: 'a_po',
          name: 'Partido Otro',
          abbreviation: 'PO',
          kind: 'party',
        },
      }),
      aListItem({
        id: 'c_luz',
        name: 'LUZ CHAN PECH',
        actor: {
          id: 'a_ci',
          name: 'Candidatura Independiente Ejemplo',
          abbreviation: null,
          kind: 'independent',
        },
      }),
    ],
    ...overrides,
  };
}

/** The profile's section headings, in the order of DOMAIN.md section 5. */
export const profileSectionTitles = [
  'Datos generales',
  'Contacto de campaña',
  'Formación académica',
  'Trayectoria profesional y laboral',
  'Trayectoria política y participación social',
  '¿Por qué quiero ocupar un cargo público?',
  'Propuestas',
  'Propuesta en materia de género o del grupo en situación de ' +
    'discriminación que represento',
  'Cuestionario de identidad',
  'Currículum',
  'Fórmula',
  'Fuente de la información',
];
