import { join } from 'node:path';
import {
  audit,
  baseUrl,
  outDir,
  squash,
  timeout,
} from '../support/harness.mjs';
import { pickLocalContest } from './ballot-by-place.mjs';

export const name = 'comparison';

function ballotUrl(contest) {
  const { state, municipality, district } = contest.area;
  const params = new URLSearchParams({ process: contest.process, state });
  if (district) params.set('district', district);
  else params.set('municipality', municipality);
  return `${baseUrl}/boleta?${params}`;
}

async function assertColumns(page, names) {
  const region = page.getByRole('region', { name: 'Propuestas' });
  await region.waitFor({ timeout });
  const heads = (await region.locator('.compare-name').allInnerTexts()).map(
    squash,
  );
  if (heads.join('|') !== names.map(squash).join('|')) {
    throw new Error(`the columns read ${heads.join(' / ')}`);
  }
  const sections = await page.locator('section.compare-section').count();
  if (sections < 10) throw new Error(`only ${sections} sections compared`);
}

export async function run(page, check, ctx) {
  let contest;
  let chosen;
  await check('pick a contest with two or more candidacies', async () => {
    contest = await pickLocalContest();
    chosen = contest.candidacies.slice(
      0,
      Math.min(3, contest.candidacies.length),
    );
    return `${chosen.length} of ${contest.candidacies.length}`;
  });

  await check(
    'ticking candidacies on the ballot opens the comparison',
    async () => {
      await page.goto(ballotUrl(contest), { timeout });
      const first = chosen[0];
      const card = page.locator('section.contest', {
        has: page.locator(
          `a[href="/candidaturas/${encodeURIComponent(first.id)}"]`,
        ),
      });
      await card.waitFor({ timeout });
      for (const c of chosen) {
        await card.getByLabel(`Comparar ${c.name}`).check();
      }
      await card
        .getByRole('button', { name: /Comparar seleccionadas/ })
        .click();
      await page.waitForURL(/\/comparar\?ids=/, { timeout });
      const ids = new URL(page.url()).searchParams.get('ids');
      if (ids !== chosen.map((c) => c.id).join(','))
        throw new Error(`ids=${ids}`);
    },
  );

  await check(
    'the candidacies sit side by side, section by section',
    async () => {
      await assertColumns(
        page,
        chosen.map((c) => c.name),
      );
      await page.screenshot({
        path: join(outDir, 'compare.png'),
        fullPage: true,
      });
    },
  );

  await check('the comparison passes the audit', () => audit(page, ctx));

  await check('a profile leads to the comparison of its contest', async () => {
    const [a, b] = contest.candidacies;
    await page.goto(`${baseUrl}/candidaturas/${encodeURIComponent(a.id)}`, {
      timeout,
    });
    await page
      .getByRole('link', {
        name: 'Comparar con otras candidaturas del mismo cargo',
      })
      .click();
    await page.waitForURL(/\/comparar\?ids=/, { timeout });
    const picker = page.getByRole('group', {
      name: /Candidaturas de este cargo/,
    });
    await picker.waitFor({ timeout });
    await picker.getByLabel(b.name, { exact: false }).first().check();
    await page.getByRole('button', { name: 'Comparar', exact: true }).click();
    await page.waitForURL(
      (url) => url.searchParams.get('ids') === `${a.id},${b.id}`,
      {
        timeout,
      },
    );
    await assertColumns(page, [a.name, b.name]);
  });
}
