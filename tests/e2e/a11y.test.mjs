// Accessibility audit of the page with axe-core (npm devDependency, pinned), in light and dark
// colour schemes: the empty page, a result, and a result with a name selected and a sentence
// explained. No serious or critical violation is allowed; every finding is printed.
// axe is run with page.evaluate (the DevTools protocol), which the page's CSP does not block:
// the page itself stays as served.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fixture, useNutshell } from './helpers.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARTICLE = fixture('nvidia-europe-fr.txt');
let browser;
let site;
useNutshell((b, s) => {
  browser = b;
  site = s;
});

async function audit(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      where: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.any.map((c) => c.message).join('; ')}`),
    }));
  });
}

for (const [scheme, locale] of [['light', 'en-US'], ['dark', 'en-US'], ['light', 'fr-FR'], ['dark', 'fr-FR']]) {
  test(`axe finds no serious or critical violation (${scheme} scheme, ${locale})`, { timeout: 60000 }, async (t) => {
    const context = await browser.newContext({ colorScheme: scheme, locale });
    t.after(() => context.close());
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    await page.waitForFunction(() => document.getElementById('version').textContent !== '', null, { timeout: 15000 });
    const states = {};
    states.empty = await audit(page);

    await page.fill('#text', ARTICLE);
    await page.waitForSelector('#summary li');
    states.result = await audit(page);

    const name = page.locator('#entities button.entity').first();
    if (await name.count()) await name.click();
    await page.click('#summary .ref');
    await page.waitForSelector('#why:not([hidden])');
    await page.click('#share');
    states['name and explanation'] = await audit(page);

    const bad = [];
    for (const [state, violations] of Object.entries(states)) {
      const counts = { minor: 0, moderate: 0, serious: 0, critical: 0 };
      for (const v of violations) counts[v.impact] += v.nodes;
      t.diagnostic(`${scheme}, ${locale}, ${state}: ${JSON.stringify(counts)} ${violations.map((v) => `${v.id}(${v.impact}, ${v.nodes})`).join(' ')}`);
      for (const v of violations) if (v.impact === 'serious' || v.impact === 'critical') bad.push({ state, ...v });
    }
    assert.deepEqual(bad, [], `${scheme}, ${locale}: serious or critical violations`);
  });
}
