// The one module the code takes API shapes from. They come from
// api.gen.ts, which `npm run gen:types` writes from ../openapi.yaml.
import type { components } from './api.gen';

type Schemas = components['schemas'];

// ASP.NET Core documents every integer as "number or numeric string", since
// it accepts both when reading a request; its answers always carry numbers.
type Narrow<T> = [Extract<T, number>] extends [never]
  ? NarrowMembers<T>
  : NarrowMembers<Exclude<T, string>>;

type NarrowMembers<T> = T extends readonly (infer U)[]
  ? Narrow<U>[]
  : T extends object
    ? { [K in keyof T]: Narrow<T[K]> }
    : T;

export type Process = Narrow<Schemas['ProcessDto']>;
export type ProcessList = Narrow<Schemas['ItemListOfProcessDto']>;
export type Area = Narrow<Schemas['AreaDto']>;
export type Actor = Narrow<Schemas['ActorRefDto']>;
export type CandidacyListItem = Narrow<Schemas['CandidacyListItemDto']>;
export type CandidacyPage = Narrow<Schemas['PagedListOfCandidacyListItemDto']>;
export type CandidacyDetail = Narrow<Schemas['CandidacyDetailDto']>;
export type Contact = Narrow<Schemas['ContactDto']>;
export type SocialNetwork = Narrow<Schemas['SocialLinkDto']>;
export type Education = Narrow<Schemas['EducationDto']>;
export type IdentityAnswer = Narrow<Schemas['IdentityAnswerDto']>;
export type Source = Narrow<Schemas['SourceDto']>;
export type Catalog = Narrow<Schemas['CatalogDto']>;
export type CatalogEntry = Narrow<Schemas['CatalogEntryDto']>;
export type CatalogList = Narrow<Schemas['ItemListOfCatalogDto']>;
export type ProblemDetails = Narrow<Schemas['HttpValidationProblemDetails']>;
export type Statistics = Narrow<Schemas['StatisticsDto']>;
export type StatusRow = Narrow<Schemas['StatusRowDto']>;
export type Breakdown = Narrow<Schemas['BreakdownDto']>;
export type BreakdownCell = Narrow<Schemas['CellDto']>;
export type IdentityGroup = Narrow<Schemas['IdentityGroupDto']>;
export type DictionaryFile = Narrow<Schemas['DictionaryFileDto']>;
export type DictionaryColumn = Narrow<Schemas['DictionaryColumnDto']>;
export type DictionaryList = Narrow<Schemas['ItemListOfDictionaryFileDto']>;

// Codes (office, role, sex…) travel as open strings: a new code can join a
// catalogue at any time, and the catalogue gives its Spanish label.
export type CatalogName =
  | 'office'
  | 'principle'
  | 'role'
  | 'sex'
  | 'education'
  | 'educationStatus'
  | 'status'
  | 'actorKind'
  | 'socialNetwork';

// Answers of the place and contest endpoints. Hand-written with the shapes the
// API documents; replace each with its generated schema once openapi.yaml
// carries it.
export type ItemList<T> = { items: T[] };

export type Office = {
  code: string;
  label: string;
  principles: string[];
  candidacyCount: number;
};

export type PoliticalActor = {
  id: string;
  name: string;
  abbreviation: string | null;
  kind: string;
  parties: string[];
  ballotOrder: number | null;
  candidacyCount: number;
};

export type State = { code: string; name: string; abbreviation: string | null };

export type Municipality = { code: string; state: string; name: string };

export type DistrictKind = 'local' | 'federal';

export type District = {
  code: string;
  kind: DistrictKind;
  state: string;
  number: number;
  seat: string | null;
  label: string;
};

export type Contest = {
  process: string;
  office: string;
  principle: string | null;
  area: Area;
  seats: number | null;
  candidacies: CandidacyListItem[];
};
