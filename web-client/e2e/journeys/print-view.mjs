import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseUrl, outDir, timeout } from '../support/harness.mjs';
import { pickWithPartner } from './profile.mjs';

export const name = 'print view';

function pageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

export async function run(page, check, ctx) {
  let detail;
  await check('open a profile from the API', async () => {
    detail = await pickWithPartner();
    await page.goto(
      `${baseUrl}/candidaturas/${encodeURIComponent(detail.id)}`,
      { timeout },
    );
    await page
      .getByRole('heading', { level: 2, name: 'Propuestas' })
      .waitFor({ timeout });
  });

  await check(
    'print media shows the summary, not the screen parts',
    async () => {
      await page.emulateMedia({ media: 'print' });
      const visible = async (selector) =>
        page.locator(selector).first().isVisible();
      if (!(await visible('[data-testid="print-summary"]'))) {
        throw new Error('the summary is hidden');
      }
      for (const selector of [
        '.site-header',
        '.site-footer',
        '.profile-body',
        '.profile-actions',
      ]) {
        if (await visible(selector)) throw new Error(`${selector} still shows`);
      }
      if (!(await visible('h1'))) throw new Error('the name is hidden');
      if (ctx.allDemo && !(await visible('.demo-banner'))) {
        throw new Error('the fictitious-data label is not printed');
      }
      const summary = await page
        .locator('[data-testid="print-summary"]')
        .innerText();
      for (const word of ['Cargo', 'Propuestas', 'Fuente']) {
        if (!summary.includes(word))
          throw new Error(`the summary lacks "${word}"`);
      }
      await page.screenshot({
        path: join(outDir, 'print.png'),
        fullPage: true,
      });
    },
  );

  await check('the summary fits on one A4 sheet', async () => {
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(outDir, 'print.pdf'), pdf);
    const pages = pageCount(pdf);
    await page.emulateMedia({ media: 'screen' });
    if (pages !== 1) throw new Error(`the PDF has ${pages} pages`);
  });
}
