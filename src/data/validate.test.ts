import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { LIMITS, megabytes, nestsDeeperThan, validateProject, validateProjectText, withoutFields } from './validate';
import { describeFound } from './problems';
import { partnerLabel } from '../project/partnerLabels';
import { textIn } from './text';
import type { Problem } from './problems';
import { propertyRuns } from '../../test/runs';

/** A small valid file; each case below changes one thing in a copy of it. */
function validFile() {
  return {
    schemaVersion: 1,
    id: 'sample',
    acronym: 'Sample',
    title: { en: 'Sample project', lv: 'Parauga projekts' },
    programme: 'Interreg Europe 2014-2020',
    budget: { total: 1000, eu: 800, sources: ['s1'] },
    focusPartner: 'p2',
    partners: [
      { id: 'p1', name: 'Lead', country: 'SI', role: 'lead', budget: { total: 500, eu: 400 }, sources: ['s1'] },
      { id: 'p2', name: 'Partner', country: 'UK', role: 'partner', budget: { eu: 100 } },
      { id: 'p3', name: 'Adviser', country: 'EL', role: 'advisory', location: { lat: 35.3, lon: 25.1, approximate: true } },
    ],
    schedule: {
      planned: { start: '2019-08-01', end: '2022-07-31' },
      actual: { start: '2019-08-01', end: '2023-01-31' },
    },
    phases: [{ id: 'ph1', name: 'Phase 1', planned: { start: '2019-08-01', end: '2021-07-31' }, actual: { start: '2019-08-01', end: '2022-01-31' } }],
    events: [{ id: 'e1', name: 'Kick-off', kind: 'meeting', start: '2019-09-03', end: '2019-09-04', partner: 'p1', sources: ['s1'] }],
    sources: [{ id: 's1', title: 'Source', url: 'https://example.org/', published: '2020-09-13' }],
  };
}
type File = ReturnType<typeof validFile> & Record<string, unknown>;

function errorsOf(change: (file: File) => void): Problem[] {
  const file = validFile() as File;
  change(file);
  const result = validateProject(file);
  return result.ok ? [] : result.errors;
}

test('the sample file is valid and gets the defaults for fund and currency', () => {
  const result = validateProject(validFile());
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.project.fund).toBe('ERDF');
  expect(result.project.currency).toBe('EUR');
  expect(result.warnings).toEqual([]);
});

test('the shipped InnoIndustry file is valid, with no warnings', () => {
  const result = validateProjectText(readFileSync('data/innoindustry.json', 'utf8'));
  expect(result.ok ? result.warnings : result.errors).toEqual([]);
});

// Each rule: a change that breaks it (with the path and expectation it must report) and one that keeps it.
const rules: { rule: string; breaks: (f: File) => void; path: string; expected: string; keeps: (f: File) => void }[] = [
  { rule: 'schemaVersion is 1', breaks: (f) => (f.schemaVersion = 2), path: 'schemaVersion', expected: 'schemaVersion', keeps: (f) => (f.schemaVersion = 1) },
  { rule: 'id is an Id', breaks: (f) => (f.id = 'Sample Project'), path: 'id', expected: 'id', keeps: (f) => (f.id = 'sample-2') },
  { rule: 'acronym is required', breaks: (f) => delete (f as Partial<File>).acronym, path: 'acronym', expected: 'string', keeps: (f) => (f.acronym = 'S') },
  { rule: 'title is Text', breaks: (f) => (f.title = { en: '' } as never), path: 'title.en', expected: 'text', keeps: (f) => (f.title = 'Plain title' as never) },
  { rule: 'title languages are tags', breaks: (f) => (f.title = { English: 'x' } as never), path: 'title', expected: 'text', keeps: (f) => (f.title = { 'pt-BR': 'x' } as never) },
  { rule: 'money is a number, not text', breaks: (f) => (f.budget.total = '1000' as never), path: 'budget.total', expected: 'money', keeps: (f) => (f.budget.total = 1000.5) },
  { rule: 'money is not negative', breaks: (f) => (f.budget.eu = -1), path: 'budget.eu', expected: 'money', keeps: (f) => (f.budget.eu = 500) },
  { rule: 'eu ≤ total', breaks: (f) => (f.budget.eu = 1000.01), path: 'budget.eu', expected: 'euWithinTotal', keeps: (f) => (f.budget.eu = 1000) },
  { rule: 'partner eu ≤ partner total', breaks: (f) => (f.partners[0]!.budget = { total: 10, eu: 20 }), path: 'partners[0].budget.eu', expected: 'euWithinTotal', keeps: (f) => (f.partners[0]!.budget = { total: 20, eu: 20 }) },
  { rule: 'partners add up to no more than the total', breaks: (f) => (f.partners[1]!.budget = { total: 600 } as never), path: 'budget.total', expected: 'partnersWithinTotal', keeps: (f) => (f.partners[1]!.budget = { total: 500 } as never) },
  { rule: 'partners add up to no more than the EU money', breaks: (f) => (f.partners[1]!.budget = { eu: 400.01 }), path: 'budget.eu', expected: 'partnersWithinTotal', keeps: (f) => (f.partners[1]!.budget = { eu: 400 }) },
  { rule: 'dates are real calendar days', breaks: (f) => (f.schedule.planned.start = '2021-02-29'), path: 'schedule.planned.start', expected: 'date', keeps: (f) => (f.schedule.planned.start = '2019-02-28') },
  { rule: 'dates are YYYY-MM-DD', breaks: (f) => (f.events[0]!.start = '3.9.2019'), path: 'events[0].start', expected: 'date', keeps: (f) => (f.events[0]!.start = '2019-09-03') },
  { rule: 'a period ends on or after its start', breaks: (f) => (f.schedule.planned.end = '2019-07-31'), path: 'schedule.planned.end', expected: 'endAfterStart', keeps: (f) => (f.schedule.planned.end = '2022-12-31') },
  { rule: 'an event ends on or after its start', breaks: (f) => (f.events[0]!.end = '2019-09-02'), path: 'events[0].end', expected: 'endAfterStart', keeps: (f) => (f.events[0]!.end = '2019-09-03') },
  { rule: 'countries are known codes', breaks: (f) => (f.partners[0]!.country = 'XX'), path: 'partners[0].country', expected: 'country', keeps: (f) => (f.partners[0]!.country = 'GB') },
  { rule: 'countries are upper case', breaks: (f) => (f.partners[0]!.country = 'lv'), path: 'partners[0].country', expected: 'country', keeps: (f) => (f.partners[0]!.country = 'EL') },
  { rule: 'role is lead, partner or advisory', breaks: (f) => (f.partners[1]!.role = 'member'), path: 'partners[1].role', expected: 'role', keeps: (f) => (f.partners[1]!.role = 'advisory') },
  { rule: 'exactly one lead (not two)', breaks: (f) => (f.partners[1]!.role = 'lead'), path: 'partners', expected: 'oneLead', keeps: (f) => (f.partners[1]!.role = 'partner') },
  { rule: 'exactly one lead (not none)', breaks: (f) => (f.partners[0]!.role = 'partner'), path: 'partners', expected: 'oneLead', keeps: (f) => (f.partners[0]!.role = 'lead') },
  { rule: 'at least one partner', breaks: (f) => (f.partners = []), path: 'partners', expected: 'nonEmpty', keeps: (f) => (f.partners = [f.partners[0]!, f.partners[1]!]) },
  { rule: 'partner ids are unique', breaks: (f) => (f.partners[2]!.id = 'p1'), path: 'partners[2].id', expected: 'uniqueId', keeps: (f) => (f.partners[2]!.id = 'p4') },
  { rule: 'event ids are unique', breaks: (f) => f.events.push({ ...f.events[0]! }), path: 'events[1].id', expected: 'uniqueId', keeps: (f) => f.events.push({ ...f.events[0]!, id: 'e2' }) },
  { rule: 'source ids are unique', breaks: (f) => f.sources.push({ ...f.sources[0]! }), path: 'sources[1].id', expected: 'uniqueId', keeps: (f) => f.sources.push({ ...f.sources[0]!, id: 's2' }) },
  { rule: 'ids are lower-case slugs', breaks: (f) => (f.partners[2]!.id = '-p3'), path: 'partners[2].id', expected: 'id', keeps: (f) => (f.partners[2]!.id = '3p') },
  { rule: 'budget sources exist', breaks: (f) => (f.budget.sources = ['s9']), path: 'budget.sources[0]', expected: 'knownSource', keeps: (f) => (f.budget.sources = []) },
  { rule: 'partner sources exist', breaks: (f) => (f.partners[0]!.sources = ['s1', 'nope']), path: 'partners[0].sources[1]', expected: 'knownSource', keeps: (f) => (f.partners[0]!.sources = ['s1']) },
  { rule: 'event sources exist', breaks: (f) => (f.events[0]!.sources = ['nope']), path: 'events[0].sources[0]', expected: 'knownSource', keeps: (f) => (f.events[0]!.sources = []) },
  { rule: 'event host is a partner', breaks: (f) => (f.events[0]!.partner = 'p9'), path: 'events[0].partner', expected: 'knownPartner', keeps: (f) => (f.events[0]!.partner = 'p3') },
  { rule: 'focusPartner is a partner', breaks: (f) => (f.focusPartner = 'p9'), path: 'focusPartner', expected: 'knownPartner', keeps: (f) => delete (f as Partial<File>).focusPartner },
  { rule: 'phases lie inside the schedule', breaks: (f) => (f.phases[0]!.planned.end = '2022-08-01'), path: 'phases[0].planned', expected: 'insideSchedule', keeps: (f) => (f.phases[0]!.planned.end = '2022-07-31') },
  { rule: 'actual phases lie inside the actual schedule', breaks: (f) => (f.phases[0]!.actual.end = '2023-02-01'), path: 'phases[0].actual', expected: 'insideSchedule', keeps: (f) => (f.phases[0]!.actual.end = '2023-01-31') },
  { rule: 'urls are https', breaks: (f) => (f.sources[0]!.url = 'http://example.org/'), path: 'sources[0].url', expected: 'httpsUrl', keeps: (f) => (f.sources[0]!.url = 'https://example.org/a?b=c') },
  { rule: 'urls are not scripts', breaks: (f) => ((f as Record<string, unknown>).website = 'javascript:alert(1)'), path: 'website', expected: 'httpsUrl', keeps: (f) => ((f as Record<string, unknown>).website = 'https://example.org/') },
  { rule: 'currency is an ISO 4217 code', breaks: (f) => ((f as Record<string, unknown>).currency = 'euro'), path: 'currency', expected: 'currency', keeps: (f) => ((f as Record<string, unknown>).currency = 'SEK') },
  { rule: 'event kind is one of the list', breaks: (f) => (f.events[0]!.kind = 'party'), path: 'events[0].kind', expected: 'eventKind', keeps: (f) => (f.events[0]!.kind = 'study-visit') },
  { rule: 'latitude is within ±90', breaks: (f) => (f.partners[2]!.location = { lat: 95, lon: 0, approximate: false }), path: 'partners[2].location.lat', expected: 'latitude', keeps: (f) => (f.partners[2]!.location = { lat: -90, lon: 0, approximate: false }) },
  { rule: 'at least one source', breaks: (f) => (f.sources = []), path: 'sources', expected: 'nonEmpty', keeps: () => {} },
  { rule: 'budget is required', breaks: (f) => delete (f as Partial<File>).budget, path: 'budget', expected: 'object', keeps: () => {} },
  { rule: 'a group member has a known kind', breaks: (f) => (f.stakeholderGroups = [group({ members: [{ name: 'Ministry', kind: 'ministry' }] })]), path: 'stakeholderGroups[0].members[0].kind', expected: 'memberKind', keeps: (f) => (f.stakeholderGroups = [group({ members: [{ name: 'Ministry', kind: 'state-body' }] })]) },
  { rule: 'a group member is named by a Text', breaks: (f) => (f.stakeholderGroups = [group({ members: [{ name: '' }] })]), path: 'stakeholderGroups[0].members[0].name', expected: 'text', keeps: (f) => (f.stakeholderGroups = [group({ members: [{ name: { lv: 'Ekonomikas ministrija' } }] })]) },
  { rule: 'the partner that set a group up exists', breaks: (f) => (f.stakeholderGroups = [group({ partner: 'p9' })]), path: 'stakeholderGroups[0].partner', expected: 'knownPartner', keeps: (f) => (f.stakeholderGroups = [group({ partner: 'p2' })]) },
  { rule: 'group sources exist', breaks: (f) => (f.stakeholderGroups = [group({ sources: ['nope'] })]), path: 'stakeholderGroups[0].sources[0]', expected: 'knownSource', keeps: (f) => (f.stakeholderGroups = [group({ sources: ['s1'] })]) },
  { rule: 'group ids are unique', breaks: (f) => (f.stakeholderGroups = [group({}), group({})]), path: 'stakeholderGroups[1].id', expected: 'uniqueId', keeps: (f) => (f.stakeholderGroups = [group({}), group({ id: 'g2' })]) },
  { rule: 'aims are Texts', breaks: (f) => (f.objectives = { aims: [''] }), path: 'objectives.aims[0]', expected: 'text', keeps: (f) => (f.objectives = { aims: [{ en: 'Learn', lv: 'Mācīties' }], results: ['Plans'] }) },
  { rule: 'the aims\' sources exist', breaks: (f) => (f.objectives = { aims: ['Learn'], sources: ['nope'] }), path: 'objectives.sources[0]', expected: 'knownSource', keeps: (f) => (f.objectives = { aims: ['Learn'], sources: ['s1'] }) },
  { rule: 'the acknowledgement is Text', breaks: (f) => (f.acknowledgement = { statement: 5 }), path: 'acknowledgement.statement', expected: 'text', keeps: (f) => (f.acknowledgement = { statement: 'Funded by the European Union', fund: { en: 'Horizon Europe' } }) },
];

/** A stakeholder group with one member, changed by `change`. */
function group(change: Record<string, unknown>) {
  return { id: 'g1', name: { en: 'Expert group', lv: 'Ekspertu grupa' }, members: [{ name: 'Member', kind: 'other' }], ...change };
}

test('a stakeholder group that names no member is shown, with a warning at its members', () => {
  const file = validFile() as File;
  file.stakeholderGroups = [group({ members: [] })];
  const result = validateProject(file);
  expect(result.ok).toBe(true);
  expect(result.warnings).toEqual([expect.objectContaining({ severity: 'warning', path: 'stakeholderGroups[0].members', expected: 'groupMembers' })]);
});

describe.each(rules)('the rule "$rule"', ({ breaks, path, expected, keeps }) => {
  test(`a file that breaks it is refused at ${path}`, () => {
    const errors = errorsOf(breaks);
    expect(errors).toContainEqual(expect.objectContaining({ severity: 'error', path, expected }));
  });
  test('a file that keeps it passes', () => {
    expect(errorsOf(keeps)).toEqual([]);
  });
});

describe('reporting', () => {
  test('every problem is reported at once, each with what was found', () => {
    const errors = errorsOf((f) => {
      f.id = 'Bad Id';
      f.partners[0]!.country = 'XX';
      f.budget.eu = 2000;
      f.schedule.planned.start = '2021-02-30';
    });
    expect(errors.map((e) => [e.path, e.found])).toEqual(
      expect.arrayContaining([
        ['id', '"Bad Id"'],
        ['partners[0].country', '"XX"'],
        ['budget.eu', '2000'],
        ['schedule.planned.start', '"2021-02-30"'],
      ]),
    );
  });

  test('a missing field is found as undefined', () => {
    const [problem] = errorsOf((f) => delete (f as Partial<File>).programme);
    expect(problem).toMatchObject({ path: 'programme', expected: 'string' });
    expect(problem?.found).toBeUndefined();
  });

  test('a file saved with a byte-order mark is read', () => {
    expect(validateProjectText(`\uFEFF${JSON.stringify(validFile())}`).ok).toBe(true);
  });

  test('text that is not JSON is one problem at the root', () => {
    const result = validateProjectText('{ "schemaVersion": 1,');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([expect.objectContaining({ path: '', expected: 'json' })]);
  });

  test('unknown fields are warnings, and the file is still shown without them', () => {
    const file = { ...validFile(), colour: 'blue', partners: [{ ...validFile().partners[0], nickname: 'L' }, ...validFile().partners.slice(1)] };
    const result = validateProject(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => [w.path, w.expected]).sort()).toEqual([
      ['colour', 'knownField'],
      ['partners[0].nickname', 'knownField'],
    ]);
    expect(result.project).not.toHaveProperty('colour');
  });

  test('an event outside the schedule is a warning, not an error', () => {
    const file = validFile();
    file.events[0]!.start = '2019-06-01';
    file.events[0]!.end = '2019-06-02';
    const result = validateProject(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([expect.objectContaining({ path: 'events[0].start', expected: 'eventInsideSchedule' })]);
  });

  test('a file that is not an object at all says so', () => {
    const result = validateProject([1, 2]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([expect.objectContaining({ path: '', expected: 'object' })]);
  });
});

describe('broken files it has never seen', () => {
  // Deterministic mutations of the shipped file: every one must end in problems or a project,
  // never in an exception (an exception would blank the page).
  const shipped = JSON.parse(readFileSync('data/innoindustry.json', 'utf8')) as unknown;
  const replacements: unknown[] = [null, 0, -1, '', 'x', true, [], {}, [1], { a: 1 }, 1e308, '2021-02-30'];
  let seed = 42;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;

  function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
    if (typeof value !== 'object' || value === null) return [prefix];
    const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    return [prefix, ...keys.flatMap((key) => paths((value as Record<string | number, unknown>)[key], [...prefix, key]))];
  }
  const allPaths = paths(shipped).filter((p) => p.length > 0);

  const MUTATED = propertyRuns(1000);
  test(`${MUTATED} mutated files: no exception, and each is either shown or told with problems that have a path`, () => {
    for (let run = 0; run < MUTATED; run++) {
      const copy = structuredClone(shipped) as Record<string, unknown>;
      for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
        const path = allPaths[Math.floor(random() * allPaths.length)]!;
        const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], copy);
        if (typeof parent !== 'object' || parent === null) continue;
        const key = path.at(-1)!;
        if (random() < 0.3) delete (parent as Record<string | number, unknown>)[key];
        else (parent as Record<string | number, unknown>)[key] = replacements[Math.floor(random() * replacements.length)];
      }
      const result = validateProject(copy);
      if (!result.ok) {
        expect(result.errors.length).toBeGreaterThan(0);
        for (const problem of result.errors) expect(typeof problem.path).toBe('string');
      }
    }
  });
});

describe('size, depth and names', () => {
  test('a file above the size limit is refused with its size, before it is parsed', () => {
    const text = `{"x":"${'a'.repeat(LIMITS.fileBytes)}"}`;
    const result = validateProjectText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // Just above the limit, the size is not rounded down to the limit itself.
    expect(result.errors).toEqual([expect.objectContaining({ path: '', expected: 'smallFile', found: '"2.000008 MB"' })]);
    expect(megabytes(2_400_000)).toBe('2.4 MB');
    expect(megabytes(2_004_000)).toBe('2.004 MB');
    expect(megabytes(2_049_999)).toBe('2.049999 MB');
    expect(megabytes(2_050_000)).toBe('2.1 MB');
  });

  test.each([
    ['partners', LIMITS.partners, 'fewerPartners'],
    ['events', LIMITS.events, 'fewerEvents'],
  ] as const)('more %s than the limit are refused at that field, with their number', (key, limit, expected) => {
    const file: Record<string, unknown> = validFile();
    const one = (file[key] as object[])[0]!;
    const many = Array.from({ length: limit + 1 }, (_, i) => ({ ...one, id: `x-${i}`, role: 'partner' }));
    file[key] = many;
    const result = validateProject(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([expect.objectContaining({ path: key, expected, found: String(limit + 1) })]);
    // At the limit the count is no problem.
    file[key] = many.slice(0, limit);
    const atLimit = validateProject(file);
    expect(atLimit.ok ? [] : atLimit.errors.filter((e) => e.expected === expected)).toEqual([]);
  });

  test('an unknown field nested 100,000 deep is a warning; the file is shown', () => {
    const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const text = JSON.stringify(validFile()).replace(/}$/, `,"extra":${deep}}`);
    const result = validateProjectText(text);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([expect.objectContaining({ path: 'extra', expected: 'knownField' })]);
  });

  test('dropping unknown fields copies only the objects on the way, and leaves the input as it was', () => {
    const input = { a: { b: { keep: 1, drop: 2 } }, c: [{ drop: 3, keep: 4 }] };
    const copy = withoutFields(input, [
      { path: ['a', 'b'], keys: ['drop'] },
      { path: ['c', 0], keys: ['drop'] },
    ]);
    expect(copy).toEqual({ a: { b: { keep: 1 } }, c: [{ keep: 4 }] });
    expect(input).toEqual({ a: { b: { keep: 1, drop: 2 } }, c: [{ drop: 3, keep: 4 }] });
  });

  test('a JSON syntax error says where (line and column) and shows the text there, not the engine\'s message', () => {
    const result = validateProjectText('{\n  "id": "x",\n  "acronym": ,\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [problem] = result.errors;
    expect(problem).toMatchObject({ path: '', expected: 'json', params: { line: 3, column: 14 } });
    expect(problem!.found).toContain('"acronym": ,');
    expect(problem!.found).not.toMatch(/Unexpected|JSON at position/);
  });

  test('two partners with one short name: a warning, and labels told apart by country, else place, else id', () => {
    const file: File = validFile();
    file.partners[1] = { ...file.partners[1]!, name: 'Lead' };
    const result = validateProject(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([expect.objectContaining({ path: 'partners[1].name', expected: 'distinctName' })]);
    const labels = result.project.partners.map((p) => textIn(partnerLabel(result.project, p), 'en'));
    expect(labels).toEqual(['Lead (SI)', 'Lead (GB)', 'Adviser']);

    const labelsOf = (partners: Record<string, unknown>[]) => {
      const shown = validateProject({ ...validFile(), focusPartner: 'p2', partners });
      if (!shown.ok) throw new Error('expected a valid file');
      return shown.project.partners.map((p) => textIn(partnerLabel(shown.project, p), 'en'));
    };
    const inLatvia = validFile().partners.map((p, i) => ({ ...p, shortName: { en: 'Agency' }, country: 'LV', place: ['Rīga', 'Cēsis', 'Rīga'][i] }));
    expect(labelsOf(inLatvia)).toEqual(['Agency (p1)', 'Agency (p2)', 'Agency (p3)']);
    expect(labelsOf([...inLatvia.slice(0, 2), { ...inLatvia[2], shortName: { en: 'Other' } }])).toEqual(['Agency (Rīga)', 'Agency (Cēsis)', 'Other']);
    // Names the same on screen, their letters composed differently (one "ū", or "u" and a macron), are twins too.
    const composed = validFile().partners.map((p, i) => ({ ...p, name: ['Aģentūra', 'Aģentūra'.normalize('NFD'), 'Other'][i], country: ['LV', 'EE', 'LT'][i] }));
    expect(labelsOf(composed)).toEqual(['Aģentūra (LV)', `${'Aģentūra'.normalize('NFD')} (EE)`, 'Other']);
    // And names that differ only by spaces no reader sees, at their ends or doubled.
    const spaced = validFile().partners.map((p, i) => ({ ...p, name: ['Agency', 'Agency ', ' agency'][i], country: ['LV', 'EE', 'LT'][i] }));
    expect(labelsOf(spaced)).toEqual(['Agency (LV)', 'Agency (EE)', 'agency (LT)']);
    // A name that reverses the text after it is isolated before what tells it apart, so that stays in order.
    const reversing = validFile().partners.map((p, i) => ({ ...p, name: 'Evil\u202E Corp', country: ['LV', 'EE', 'LT'][i] }));
    expect(labelsOf(reversing)).toEqual(['(LV)', '(EE)', '(LT)'].map((apart) => `\u2068\u2068Evil\u202E Corp\u2069 ${apart}\u2069`));
  });
});

describe('text a reader cannot see, and that breaks every export', () => {
  test.each([
    ['a NUL in a partner name', (f: File) => (f.partners[0]!.name = 'Lead\u0000'), 'partners[0].name'],
    ['a bell in the acronym', (f: File) => (f.acronym = 'S\u0007'), 'acronym'],
    ['an escape in a Latvian title', (f: File) => (f.title = { en: 'Sample', lv: '\u001b[31mParauga' } as never), 'title.lv'],
    ['U+FFFE in an event name', (f: File) => (f.events[0]!.name = 'Kick\uFFFEoff'), 'events[0].name'],
    ['U+FFFF in a source title', (f: File) => (f.sources[0]!.title = 'Source\uFFFF'), 'sources[0].title'],
    ['half a surrogate pair in a place', (f: File) => ((f.partners[1] as Record<string, unknown>).place = 'Rīga\uD800'), 'partners[1].place'],
    ['a vertical tab in a stakeholder name', (f: File) => (f.stakeholderGroups = [group({ members: [{ name: { lv: 'IZM\u000B' } }] })]), 'stakeholderGroups[0].members[0].name.lv'],
  ])('%s is refused at its path', (_, change, path) => {
    expect(errorsOf(change)).toContainEqual(expect.objectContaining({ severity: 'error', path, expected: 'plainText' }));
  });

  test('together with the other problems of the file, each at its path', () => {
    const errors = errorsOf((f) => {
      f.partners[0]!.country = 'XX';
      f.partners[1]!.name = 'P\u0001';
    });
    expect(errors.map((e) => [e.path, e.expected])).toEqual(expect.arrayContaining([['partners[0].country', 'country'], ['partners[1].name', 'plainText']]));
  });

  test('tab, line feed and carriage return are text; a pair of surrogates (an emoji) is too', () => {
    expect(errorsOf((f) => (f.partners[0]!.name = 'Lead\tpartner\r\nline two 🇱🇻'))).toEqual([]);
  });

  test('a control character inside a field the format does not have is ignored with the field', () => {
    const file = validFile() as File;
    file.colour = { deep: 'x\u0000' };
    const result = validateProject(file);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.path)).toEqual(['colour']);
  });
});

describe('text that shows nothing', () => {
  const warningsOf = (change: (file: File) => void) => {
    const file = validFile() as File;
    change(file);
    const result = validateProject(file);
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
    return result.warnings;
  };
  test.each([
    ['a partner name of spaces', (f: File) => (f.partners[0]!.name = '   '), 'partners[0].name'],
    ['a zero-width space for an acronym', (f: File) => (f.acronym = '\u200B'), 'acronym'],
    ['a Latvian title of a no-break space and a tab', (f: File) => (f.title = { en: 'Sample', lv: '\u00A0\t' } as never), 'title.lv'],
    ['a braille blank for an event name', (f: File) => (f.events[0]!.name = '\u2800'), 'events[0].name'],
    ['a Hangul filler for a place', (f: File) => ((f.partners[1] as Record<string, unknown>).place = '\u3164'), 'partners[1].place'],
    ['an override alone for a source title', (f: File) => (f.sources[0]!.title = '\u202E'), 'sources[0].title'],
  ])('%s is shown, blank, with a warning at its path', (_, change, path) => {
    expect(warningsOf(change)).toEqual([expect.objectContaining({ severity: 'warning', path, expected: 'visibleText' })]);
  });

  test('a letter with more than four combining marks ("Zalgo" text) is shown with four, with a warning; real accents and points are not warned of', () => {
    expect(warningsOf((f) => (f.partners[0]!.name = `Z${'\u0301\u0316\u0352\u036B\u0300'.repeat(5)}algo`))).toEqual([expect.objectContaining({ severity: 'warning', path: 'partners[0].name', expected: 'fewerMarks' })]);
    expect(warningsOf((f) => (f.partners[0]!.name = 'Vie\u0323\u0302t Nam, בְּרֵאשִׁ֖ית, Rīga'.normalize('NFD')))).toEqual([]);
  });

  test('a letter, digit, mark or symbol of any script is something to see', () => {
    for (const name of ['A', '7', '–', '€', '🇱🇻', 'ā', 'Ω', 'Ж', 'א', 'ع', '漢', ' x ']) expect(warningsOf((f) => (f.partners[0]!.name = name)).filter((w) => w.expected === 'visibleText')).toEqual([]);
  });
});

describe('numbers and nesting the dashboard cannot show', () => {
  test.each([
    ['a total of 1e308', (f: File) => (f.budget.total = 1e308), 'budget.total', 'moneyAtMost'],
    ['a partner budget above a million million', (f: File) => (f.partners[1]!.budget = { eu: 1e12 + 1 }), 'partners[1].budget.eu', 'moneyAtMost'],
  ])('%s is refused at its path', (_, change, path, expected) => {
    expect(errorsOf(change)).toContainEqual(expect.objectContaining({ severity: 'error', path, expected }));
  });

  test('EUR 1,000,000,000,000 is the largest amount read', () => {
    expect(errorsOf((f) => ((f.budget.total = 1e12), (f.budget.eu = 1e12)))).toEqual([]);
  });

  test('a number written beyond what a double holds (1e309, read as Infinity) is refused as money', () => {
    const text = JSON.stringify(validFile()).replace('"total":1000', '"total":1e309');
    const result = validateProjectText(text);
    expect(result.ok ? [] : result.errors).toContainEqual(expect.objectContaining({ path: 'budget.total', expected: 'money' }));
  });

  test('990,000 nested lists are refused at once, naming the limit; 100,000 levels in an unknown field are read', () => {
    const deep = JSON.stringify(validFile()).replace('"title":{"en":"Sample project","lv":"Parauga projekts"}', `"title":${'['.repeat(990_000)}${']'.repeat(990_000)}`);
    const result = validateProjectText(deep);
    expect(result.ok ? [] : result.errors).toEqual([expect.objectContaining({ path: '', expected: 'shallowFile' })]);
    expect(nestsDeeperThan('{"a":"[[[[[[[[[[[[["}', 3)).toBe(false);
    expect(nestsDeeperThan('{"a":"\\"[[[[","b":[[[1]]]}', 3)).toBe(true);
    const fine = `${JSON.stringify(validFile()).slice(0, -1)},"extra":${'{"d":'.repeat(LIMITS.depth)}0${'}'.repeat(LIMITS.depth)}}`;
    expect(validateProjectText(fine).ok).toBe(true);
  });

  test('a found value nested a million levels deep is told in a short line, without overflowing', () => {
    let value: unknown = 0;
    for (let i = 0; i < 1_000_000; i++) value = [value];
    expect(describeFound(value)).toMatch(/^\[{79}…$/);
    expect(describeFound(Array.from({ length: 1_000_000 }, (_, i) => i))?.length).toBe(80);
    // It stops reading once the line is full: of a million entries it looks at a few dozen.
    let read = 0;
    const counted = new Proxy(Array.from({ length: 1_000_000 }, () => 12345), { get: (target, key, receiver) => (typeof key === 'string' && /^\d+$/.test(key) && read++, Reflect.get(target, key, receiver)) });
    describeFound(counted);
    expect(read).toBeLessThan(20);
    const holey: unknown[] = [1, undefined];
    holey[3] = { a: undefined, b: 2 };
    expect(describeFound(holey)).toBe('[1,null,null,{"b":2}]');
  });

  test('a text is measured in bytes: 1.9 million CJK characters are 5.7 MB, above the limit', () => {
    const result = validateProjectText(`{"summary":"${'漢'.repeat(1_900_000)}"}`);
    expect(result.ok ? [] : result.errors).toEqual([expect.objectContaining({ expected: 'smallFile', found: '"5.7 MB"' })]);
  });
});
