import { isApiError } from '../../lib/api/api-error';
import { getCandidacy } from '../../lib/api/get-candidacy';
import { listContests } from '../../lib/api/list-contests';
import { useRequest } from '../../lib/use-request';
import type { CandidacyDetail, Contest } from '../../types/api';

export const maxCompared = 4;

export type Comparison = {
  found: CandidacyDetail[];
  missing: string[];
  contest: Contest | null;
};

export function parseIds(raw: string | null): string[] {
  const ids = (raw ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  return [...new Set(ids)].slice(0, maxCompared);
}

export function contestKey(
  c: Pick<CandidacyDetail, 'processKey' | 'office' | 'principle' | 'area'>,
) {
  const a = c.area;
  return [
    c.processKey,
    c.office,
    c.principle,
    a.state,
    a.district,
    a.municipality,
    a.constituency,
  ].join('|');
}

// The candidacies in view, and the contest of the first one so that the
// page can offer its other candidacies.
export function useComparison(ids: string[]) {
  return useRequest(`compare|${ids.join(',')}`, async (signal) => {
    const settled = await Promise.allSettled(
      ids.map((id) => getCandidacy(id, signal)),
    );
    const found: CandidacyDetail[] = [];
    const missing: string[] = [];
    settled.forEach((result, index) => {
      if (result.status === 'fulfilled') found.push(result.value);
      else if (isApiError(result.reason) && result.reason.isNotFound) {
        missing.push(ids[index] ?? '');
      } else throw result.reason;
    });
    const first = found[0];
    // Without the contest, the comparison still works; only the picker goes.
    const contest = first
      ? await findContest(first, signal).catch((error: unknown) => {
          if (signal.aborted) throw error;
          return null;
        })
      : null;
    return { found, missing, contest } satisfies Comparison;
  });
}

async function findContest(
  c: CandidacyDetail,
  signal: AbortSignal,
): Promise<Contest | null> {
  const { state, district, municipality } = c.area;
  if (!state) return null;
  const list = await listContests(
    {
      process: c.processKey,
      state,
      district: district ?? undefined,
      municipality: district ? undefined : (municipality ?? undefined),
    },
    signal,
  );
  return (
    list.items.find((contest) =>
      contest.candidacies.some((item) => item.id === c.id),
    ) ?? null
  );
}
