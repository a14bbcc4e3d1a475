import { join } from 'node:path';
import {
  api,
  assertFocusVisible,
  audit,
  baseUrl,
  chooseWithKeys,
  outDir,
  squash,
  tabTo,
  timeout,
} from '../support/harness.mjs';

export const name = 'ballot by place, keyboard only';

// A contest with at least two candidacies in a municipality or district.
export async function pickLocalContest() {
  const { items: processes } = await api('/api/v1/processes');
  for (const process of processes) {
    const { items: states } = await api('/api/v1/geography/states', {
      process: process.key,
    });
    for (const state of states.slice(0, 3)) {
      const { items } = await api('/api/v1/contests', {
        process: process.key,
        state: state.code,
      });
      const contest = items.find(
        (c) =>
          c.candidacies.length >= 2 &&
          c.area.state &&
          (c.area.municipality || c.area.district),
      );
      if (contest) return contest;
    }
  }
  throw new Error(
    'no contest with 2 candidacies in a municipality or district',
  );
}

export async function run(page, check, ctx) {
  let contest;
  let expected;
  await check('pick a place with a contest from the API', async () => {
    contest = await pickLocalContest();
    const { state, municipality, district } = contest.area;
    const { items } = await api('/api/v1/contests', {
      process: contest.process,
      state,
      municipality: district ? undefined : municipality,
      district: district ?? undefined,
    });
    expected = items;
    if (!items.some((c) => c.candidacies.length >= 2)) {
      throw new Error('the place has no contest of 2 or more');
    }
    return `${contest.area.label}, ${items.length} contests`;
  });

  await check(
    'state, then municipality or district, with the keyboard',
    async () => {
      const { state, municipality, district } = contest.area;
      await page.goto(
        `${baseUrl}/?process=${encodeURIComponent(contest.process)}`,
        { timeout },
      );
      const form = page.getByRole('region', {
        name: '¿Quién aparece en mi boleta?',
      });
      const stateSelect = form.getByLabel('Estado', { exact: true });
      await tabTo(page, stateSelect);
      await assertFocusVisible(page);
      await chooseWithKeys(page, stateSelect, state);
      if (district) {
        const radio = form.getByLabel('Distrito electoral');
        await tabTo(page, form.getByLabel('Municipio', { exact: true }));
        await page.keyboard.press('ArrowRight');
        if (!(await radio.isChecked()))
          throw new Error('the district option is not chosen');
      }
      const place = form.getByLabel(
        district ? 'Distrito' : 'Municipio o alcaldía',
        {
          exact: true,
        },
      );
      await tabTo(page, place);
      await chooseWithKeys(page, place, district ?? municipality);
      const submit = form.getByRole('button', { name: 'Ver mi boleta' });
      await tabTo(page, submit);
      await assertFocusVisible(page);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/boleta\?/, { timeout });
      const url = new URL(page.url());
      const key = district ? 'district' : 'municipality';
      if (url.searchParams.get(key) !== (district ?? municipality)) {
        throw new Error(`the address lacks ${key}`);
      }
    },
  );

  await check(
    'every contest of the place, candidacies in ballot order',
    async () => {
      await page.getByText(/^\d+ cargos?$/).waitFor({ timeout });
      const regions = page.locator('section.contest');
      const count = await regions.count();
      if (count !== expected.length) {
        throw new Error(
          `the page shows ${count} contests, the API ${expected.length}`,
        );
      }
      for (let i = 0; i < expected.length; i += 1) {
        const names = (
          await regions.nth(i).locator('.ballot-name').allInnerTexts()
        ).map(squash);
        const want = expected[i].candidacies.map((c) => squash(c.name));
        if (names.join('|') !== want.join('|')) {
          throw new Error(
            `contest ${i + 1} lists ${names.length} names out of order`,
          );
        }
      }
      await page.screenshot({
        path: join(outDir, 'ballot.png'),
        fullPage: true,
      });
      return `${count} contests`;
    },
  );

  await check('the ballot page passes the audit', () => audit(page, ctx));

  await check('a candidacy opens from the ballot with Enter', async () => {
    const first = contest.candidacies[0];
    const link = page
      .locator(
        `a.ballot-name[href="/candidaturas/${encodeURIComponent(first.id)}"]`,
      )
      .first();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/candidaturas\//, { timeout });
    // The profile loads after the address changes: wait for its own title.
    const heading = page.getByRole('heading', {
      level: 1,
      name: squash(first.name),
    });
    await heading.waitFor({ timeout }).catch(() => {});
    const text = squash(await heading.innerText());
    if (text !== squash(first.name))
      throw new Error(`the title reads "${text}"`);
  });
}
