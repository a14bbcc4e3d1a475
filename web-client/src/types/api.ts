// The one place the SPA takes API shapes from. Hand-written from the
// published contract until openapi.yaml exists; then these aliases point at
// components['schemas'] in api.gen.ts and nothing else has to change.

export type Process = {
  id: string;
  key: string;
  name: string;
  state: string | null;
  electionDay: string | null;
  timeZone: string;
  publisher: string | null;
  isDemo: boolean;
  candidacyCount: number;
};

export type ProcessList = { items: Process[] };

export type Principle = 'mr' | 'rp';
export type TicketRole = 'owner' | 'substitute' | 'unknown';
export type Sex = 'woman' | 'man' | 'non-binary' | 'unknown';
export type ActorKind =
  'party' | 'coalition' | 'common-candidacy' | 'independent';

export type Area = {
  state: string | null;
  district: string | null;
  municipality: string | null;
  constituency: number | null;
  label: string | null;
};

export type Actor = {
  id: string;
  name: string;
  abbreviation: string | null;
  kind: ActorKind;
};

export type CandidacyListItem = {
  id: string;
  processKey: string;
  name: string;
  office: string | null;
  principle: Principle | null;
  area: Area;
  actor: Actor;
  role: TicketRole;
  sex: Sex;
  age: number | null;
  photoUrl: string | null;
  completeness: number;
  status: string;
};

export type CandidacyPage = {
  items: CandidacyListItem[];
  total: number;
  page: number;
  pageSize: number;
};

export type SocialNetwork = { network: string; url: string };

export type Contact = {
  addresses: string[];
  phones: string[];
  emails: string[];
  website: string | null;
  socialNetworks: SocialNetwork[];
};

export type Education = {
  level: string | null;
  status: string | null;
  levelAsPublished: string | null;
  statusAsPublished: string | null;
  otherStudies: string[];
};

export type IdentityAnswer = {
  question: number;
  questionText: string;
  answer: string | null;
  detail: string | null;
};

export type Source = {
  publisher: string | null;
  file: string | null;
  importedAt: string;
};

export type CandidacyDetail = CandidacyListItem & {
  nickname: string | null;
  ticketNumber: string | null;
  listPosition: number | null;
  affirmativeAction: boolean | null;
  affirmativeActionGroup: string | null;
  ticketPartner: CandidacyListItem | null;
  replacedBy: string | null;
  substitutes: string | null;
  contact: Contact;
  education: Education;
  professionalHistory: string | null;
  politicalTrajectory: string | null;
  motivation: string | null;
  proposals: string[];
  genderProposal: string | null;
  identity: IdentityAnswer[];
  curriculumUrl: string | null;
  source: Source;
  updatedAt: string;
};

export type CatalogName =
  | 'office'
  | 'principle'
  | 'role'
  | 'sex'
  | 'education'
  | 'educationStatus'
  | 'status'
  | 'actorKind';

export type CatalogEntry = { code: string; label: string };

export type Catalog = { name: string; entries: CatalogEntry[] };

export type CatalogList = { items: Catalog[] };

export type ProblemDetails = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string | null;
  errors?: Record<string, string[]>;
};
