import { assertNoSideScroll, baseUrl, timeout } from '../support/harness.mjs';
import { pickLocalContest } from './ballot-by-place.mjs';

export const name = 'reflow at 200 % zoom';

// 200 % zoom on a 1280 px screen leaves 640 CSS px; a 360 px phone at 200 %
// leaves 180. Both must read without sideways scrolling.
const widths = [640, 180];

export async function run(page, check) {
  let paths;
  await check('collect the pages to measure', async () => {
    const contest = await pickLocalContest();
    const [a, b] = contest.candidacies;
    const { state, municipality, district } = contest.area;
    const place = district
      ? `district=${district}`
      : `municipality=${municipality}`;
    paths = [
      '/',
      `/buscar?process=${contest.process}`,
      `/boleta?process=${contest.process}&state=${state}&${place}`,
      `/candidaturas/${encodeURIComponent(a.id)}`,
      `/comparar?ids=${a.id},${b.id}`,
      `/estadisticas?process=${contest.process}`,
      `/datos-abiertos?process=${contest.process}`,
    ];
  });

  for (const width of widths) {
    await check(`no sideways scrolling at ${width} CSS px`, async () => {
      await page.setViewportSize({ width, height: 700 });
      for (const path of paths) {
        await page.goto(`${baseUrl}${path}`, { timeout });
        await page.getByRole('heading', { level: 1 }).waitFor({ timeout });
        await page.waitForLoadState('networkidle');
        await assertNoSideScroll(page).catch((error) => {
          throw new Error(`${path}: ${error.message}`);
        });
      }
      return `${paths.length} pages`;
    });
  }
}
