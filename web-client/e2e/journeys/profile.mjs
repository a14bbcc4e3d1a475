import { join } from 'node:path';
import {
  api,
  audit,
  baseUrl,
  outDir,
  squash,
  timeout,
} from '../support/harness.mjs';

export const name = 'profile';

export const sectionTitles = [
  'Datos generales',
  'Contacto de campaña',
  'Formación académica',
  'Trayectoria profesional y laboral',
  'Trayectoria política y participación social',
  '¿Por qué quiero ocupar un cargo público?',
  'Propuestas',
  'Propuesta en materia de género o del grupo en situación de discriminación que represento',
  'Cuestionario de identidad',
  'Currículum',
  'Fórmula',
  'Fuente de la información',
];

// A candidacy with a ticket partner when one exists among the first pages.
export async function pickWithPartner() {
  const { items } = await api('/api/v1/candidacies', { pageSize: 50 });
  for (const item of items.slice(0, 25)) {
    const detail = await api(
      `/api/v1/candidacies/${encodeURIComponent(item.id)}`,
    );
    if (detail.ticketPartner) return detail;
  }
  if (!items[0]) throw new Error('the API lists no candidacy');
  return api(`/api/v1/candidacies/${encodeURIComponent(items[0].id)}`);
}

export async function run(page, check, ctx) {
  let detail;
  await check('pick a candidacy from the API', async () => {
    detail = await pickWithPartner();
    return detail.ticketPartner
      ? 'with a ticket partner'
      : 'no partner in the data';
  });

  await check('every section, in the published order', async () => {
    await page.goto(
      `${baseUrl}/candidaturas/${encodeURIComponent(detail.id)}`,
      { timeout },
    );
    await page
      .getByRole('heading', { level: 2, name: 'Propuestas' })
      .waitFor({ timeout });
    const titles = (
      await page.getByRole('heading', { level: 2 }).allInnerTexts()
    ).map(squash);
    if (titles.join('|') !== sectionTitles.join('|')) {
      throw new Error(`sections read: ${titles.join(' / ')}`);
    }
    const h1 = squash(
      await page.getByRole('heading', { level: 1 }).innerText(),
    );
    if (h1 !== squash(detail.name)) throw new Error(`the title reads "${h1}"`);
    await page.screenshot({
      path: join(outDir, 'profile.png'),
      fullPage: true,
    });
  });

  await check('the source and the last update are shown', async () => {
    const source = page.getByRole('region', {
      name: 'Fuente de la información',
    });
    const text = await source.innerText();
    if (!/Última actualización/.test(text)) throw new Error('no last update');
    if (detail.source.publisher && !text.includes(detail.source.publisher)) {
      throw new Error('the publisher is missing');
    }
  });

  await check('outside links open in a new tab, safely', async () => {
    const links = await page
      .locator('a[href^="http"]')
      .evaluateAll((els) =>
        els.map((a) => ({ target: a.target, rel: a.rel, href: a.href })),
      );
    const unsafe = links.filter(
      (l) =>
        l.target !== '_blank' ||
        !/noopener/.test(l.rel) ||
        !/noreferrer/.test(l.rel),
    );
    if (unsafe.length > 0) throw new Error(`unsafe link: ${unsafe[0].href}`);
    const scripts = await page.locator('a[href^="javascript:"]').count();
    if (scripts > 0) throw new Error('a javascript: link is on the page');
    return `${links.length} links`;
  });

  await check('the profile passes the audit', () => audit(page, ctx));

  await check(
    '"Escuchar" reads aloud, stops, or explains why not',
    async () => {
      const button = page.getByRole('button', { name: 'Escuchar' });
      await button.waitFor({ timeout });
      if (await button.isDisabled()) {
        const hint = await page.getByText('Tu navegador no puede leer').count();
        if (hint === 0) throw new Error('disabled without an explanation');
        return 'no speech synthesis: explained';
      }
      await button.click();
      const stop = page.getByRole('button', { name: 'Detener' });
      const state = await page.evaluate(() => ({
        speaking:
          window.speechSynthesis.speaking || window.speechSynthesis.pending,
      }));
      await stop.click({ timeout: 2000 }).catch(() => {});
      await button.waitFor({ timeout });
      const spoken = await page.evaluate(() => window.speechSynthesis.speaking);
      if (spoken) throw new Error('still speaking after "Detener"');
      return state.speaking ? 'spoke, then stopped' : 'queued, then stopped';
    },
  );

  await check('the ticket partner is linked', async () => {
    const partner = detail.ticketPartner;
    const ticket = page.getByRole('region', { name: 'Fórmula' });
    if (!partner) {
      await ticket.getByText('Sin información capturada').waitFor({ timeout });
      return 'the data has no partner: shown as not captured';
    }
    await ticket.getByRole('link', { name: partner.name }).click();
    await page.waitForURL(new RegExp(`/candidaturas/${partner.id}$`), {
      timeout,
    });
    const h1 = squash(
      await page.getByRole('heading', { level: 1 }).innerText(),
    );
    if (h1 !== squash(partner.name))
      throw new Error(`the partner page reads "${h1}"`);
    await page.goBack();
    await page.waitForURL(new RegExp(`/candidaturas/${detail.id}$`), {
      timeout,
    });
  });
}
