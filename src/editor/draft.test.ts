/**
 * The editor's pure logic: changing a draft without changing what is shared, ids carried by names,
 * lists edited (added, removed, moved, duplicated), a partner removed with its references, the
 * file a draft stands for, values typed as people type them, undo and redo, the stored draft, and
 * problems named by the form's labels. Any valid file, opened unchanged, is downloaded unchanged.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { blankDraft, duplicateAt, fieldId, fileName, fileOf, fileText, firstText, firstTextLanguage, idFrom, moveAt, parsePath, problemsByField, removePartner, setAt, withField, type Draft } from './draft';
import { History } from './history';
import { DRAFT_KEY, readStoredDraft, storeDraft, type DraftStorage } from './storage';
import { countryChoices, readCountry, readMoney, readNumber, readPercent, showCountry, showMoney, showPercent } from './values';
import { describeField } from './describe';
import { EDITOR_WORDS } from './words';
import { validateProject, validateProjectText } from '../data/validate';
import { en } from '../i18n/en';
import { lv } from '../i18n/lv';
import { validProject } from '../../test/arbitraries';
import { propertyRuns } from '../../test/runs';
import { SECTIONS, type FieldSpec, type ListSpec } from './fields';
import { readFileSync } from 'node:fs';

const builtIn = (): Draft => JSON.parse(readFileSync('data/innoindustry.json', 'utf8')) as Draft;

describe('changing a draft', () => {
  test('a field is set on a copy; what is not on its way is shared, and objects on the way are made', () => {
    const draft = builtIn();
    const next = setAt(draft, ['partners', 2, 'budget', 'eu'], 1);
    expect(draft.partners).not.toBe(next.partners);
    expect((next.partners as Draft[])[2]!.budget).toMatchObject({ eu: 1 });
    expect((next.partners as unknown[])[1]).toBe((draft.partners as unknown[])[1]);
    expect(next.events).toBe(draft.events);
    expect(setAt({}, ['schedule', 'actual', 'end'], '2023-01-31')).toEqual({ schedule: { actual: { end: '2023-01-31' } } });
    expect(setAt({ a: 1, b: 2 }, ['a'], undefined)).toEqual({ b: 2 });
  });

  test('an acronym or a name carries its id while the id is the one made from it; an id written by hand stays', () => {
    let draft = blankDraft();
    draft = withField(draft, ['acronym'], 'Inno');
    draft = withField(draft, ['acronym'], 'InnoIndustry');
    expect(draft.id).toBe('innoindustry');
    draft = withField(draft, ['id'], 'my-own');
    draft = withField(draft, ['acronym'], 'Other');
    expect(draft.id).toBe('my-own');
    draft = setAt(draft, ['partners'], [{ id: 'partner', role: 'lead' }, { id: 'partner-2' }]);
    draft = withField(draft, ['partners', 0, 'name'], 'Ministry of Economics');
    // Two entries of one name get ids of their own.
    draft = withField(draft, ['partners', 1, 'name'], { lv: 'Ministry of Economics' });
    expect((draft.partners as Draft[]).map((p) => p.id)).toEqual(['ministry-of-economics', 'ministry-of-economics-2']);
    expect(idFrom('Rīgas Tehniskā universitāte', new Set(), 'x')).toBe('rigas-tehniska-universitate');
    expect(idFrom('!!!', new Set(), 'partner')).toBe('partner');
  });

  test('lists: moved within bounds, duplicated with an id of its own (a copy of the lead is a partner)', () => {
    const draft = builtIn();
    const moved = moveAt(draft, ['partners'], 0, 2);
    expect((moved.partners as Draft[]).slice(0, 3).map((p) => p.id)).toEqual(['ecoplus', 'ministry-of-economics-lv', 'rra-posavje']);
    expect(moveAt(draft, ['partners'], 0, 99)).toBe(draft);
    const copied = duplicateAt(draft, ['partners'], 0);
    expect((copied.partners as Draft[])[1]).toMatchObject({ id: 'rra-posavje-2', role: 'partner' });
    expect(validateProject(fileOf(copied)).ok).toBe(true);
  });

  test('a partner removed takes its references with it: the highlight, the events it hosts, the groups it set up', () => {
    const draft = builtIn();
    const focus = (draft.partners as Draft[]).findIndex((p) => p.id === draft.focusPartner);
    const { draft: without, unlinked } = removePartner(draft, focus);
    expect(without.focusPartner).toBeUndefined();
    const hosted = (draft.events as Draft[]).filter((e) => e.partner === draft.focusPartner).length;
    const convened = ((draft.stakeholderGroups as Draft[] | undefined) ?? []).filter((g) => g.partner === draft.focusPartner).length;
    expect(unlinked).toEqual({ focusPartner: true, events: hosted, groups: convened });
    expect(convened).toBeGreaterThan(0);
    expect(validateProject(fileOf(without)).ok).toBe(true);
    const lead = removePartner(draft, 0);
    expect(lead.unlinked.events).toBe(1);
    const checked = validateProject(fileOf(lead.draft));
    expect(checked.ok ? [] : checked.errors.map((e) => e.expected)).toEqual(['oneLead']);
  });
});

describe('the file a draft stands for', () => {
  test('empty texts, empty languages and empty optional parts are dropped; required parts stay for the validator to name', () => {
    const draft = setAt(setAt(blankDraft(), ['partners'], [{ id: 'a', name: { en: 'A', lv: '' }, role: 'lead', country: 'LV', location: {}, budget: {} }]), ['schedule', 'actual'], { start: '' });
    const file = fileOf(draft);
    expect(file.partners).toEqual([{ id: 'a', name: { en: 'A' }, role: 'lead', country: 'LV' }]);
    expect(file.schedule).toEqual({ planned: {} });
    expect(file.title).toBeUndefined();
    const checked = validateProject(file);
    expect(checked.ok ? [] : checked.errors.map((e) => `${e.path} ${e.expected}`)).toEqual([
      'id id',
      'acronym string',
      'title text',
      'programme string',
      'budget.total money',
      'budget.eu money',
      'schedule.planned.start date',
      'schedule.planned.end date',
      'sources nonEmpty',
    ]);
  });

  test('any valid file, opened unchanged, is downloaded as the same project', () => {
    fc.assert(
      fc.property(validProject({ maxPartners: 12, maxEvents: 12 }), (file) => {
        // As a file holds it (JSON has no -0).
        const opened = JSON.parse(JSON.stringify(file)) as Draft;
        const again = validateProjectText(fileText(opened));
        const first = validateProject(opened);
        expect(again.ok).toBe(true);
        expect(again.ok && first.ok && again.project).toEqual(first.ok && first.project);
      }),
      { numRuns: propertyRuns(1000), seed: 29 },
    );
  });

  test('the downloaded file is named by the id, else the acronym', () => {
    expect(fileName({ id: 'trio' })).toBe('trio.json');
    expect(fileName({ id: 'Not An Id', acronym: 'Über Projekt' })).toBe('uber-projekt.json');
    expect(fileName({})).toBe('project.json');
  });

  test('a validator path is the form field it is about', () => {
    expect(parsePath('partners[3].budget.eu')).toEqual(['partners', 3, 'budget', 'eu']);
    expect(parsePath('')).toEqual([]);
    expect(fieldId(['partners', 3, 'name', 'lv'])).toBe('edit-partners-3-name-lv');
    const byField = problemsByField([{ severity: 'error', path: 'partners[0].country', expected: 'country', params: {} }]);
    expect([...byField.keys()]).toEqual(['edit-partners-0-country']);
  });
});

describe('values as people type them', () => {
  test('money with either separator, or with none; a text that is no amount kept as typed', () => {
    expect(readMoney('1 640 000')).toBe(1_640_000);
    expect(readMoney('1 640 000,50')).toBe(1_640_000.5);
    expect(readMoney('1,640,000.50')).toBe(1_640_000.5);
    expect(readMoney('EUR 83 500')).toBe(83_500);
    expect(readMoney('about a million')).toBe('about a million');
    expect(readMoney('  ')).toBeUndefined();
    expect(showMoney(1_640_000.5, 'lv-LV')).toBe('1\u00a0640\u00a0000,50');
    expect(showMoney(83_500, 'en-GB')).toBe('83,500');
    expect(readNumber('56,95')).toBe(56.95);
    expect(readNumber('-8.5')).toBe(-8.5);
    expect(readNumber('56°N')).toBe('56°N');
    expect(readPercent('85 %')).toBe(0.85);
    expect(readPercent('82,5')).toBe(0.825);
    expect(showPercent(0.85, 'lv-LV')).toBe('85');
  });

  test('a country by its name in the page language, its code, or the start of its name', () => {
    const english = countryChoices('en-GB');
    const latvian = countryChoices('lv-LV');
    expect(readCountry('Latvia (LV)', english)).toBe('LV');
    expect(readCountry('lv', english)).toBe('LV');
    expect(readCountry('lithua', english)).toBe('LT');
    expect(readCountry('Vācija', latvian)).toBe('DE');
    expect(readCountry('uk', english)).toBe('UK');
    // Two countries start so: kept as typed, for the validator to name.
    expect(readCountry('Slo', english)).toBe('Slo');
    expect(readCountry('Nowhere', english)).toBe('Nowhere');
    expect(showCountry('EL', english)).toBe('Greece (EL)');
    expect(showCountry('DE', latvian)).toBe('Vācija (DE)');
  });
});

describe('undo and redo', () => {
  test('typing in one field is one step; another field, or a pause, is another; a new change drops what was undone', () => {
    const history = new History('a');
    history.push('ab', 'title', 0);
    history.push('abc', 'title', 500);
    history.push('abcd', 'acronym', 600);
    history.push('abcde', 'acronym', 5_000);
    expect(history.undo()).toBe('abcd');
    expect(history.undo()).toBe('abc');
    expect(history.undo()).toBe('a');
    expect(history.canUndo).toBe(false);
    expect(history.redo()).toBe('abc');
    history.push('x', undefined, 6_000);
    expect(history.canRedo).toBe(false);
    expect(history.undo()).toBe('abc');
  });
});

describe('the draft kept in this browser', () => {
  const memory = (): DraftStorage & { items: Map<string, string> } => {
    const items = new Map<string, string>();
    return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
  };

  test('kept and read back; damaged, refused or missing storage said as such, never thrown', () => {
    const storage = memory();
    expect(readStoredDraft(storage)).toEqual({ kind: 'none' });
    expect(storeDraft(storage, { acronym: 'X' }, new Date('2026-12-03T10:00:00Z'))).toBe(true);
    expect(readStoredDraft(storage)).toEqual({ kind: 'draft', draft: { acronym: 'X' }, savedAt: '2026-12-03T10:00:00.000Z' });
    for (const damaged of ['{"savedAt": "x", "draft": [1, 2', '[]', '{"savedAt": "2026-12-03", "draft": 5}', '{"draft": {}}']) {
      storage.items.set(DRAFT_KEY, damaged);
      expect(readStoredDraft(storage)).toEqual({ kind: 'unreadable' });
    }
    const full: DraftStorage = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => undefined };
    expect(storeDraft(full, {}, new Date())).toBe(false);
    const refused: DraftStorage = { getItem: () => { throw new DOMException('no', 'SecurityError'); }, setItem: () => undefined, removeItem: () => undefined };
    expect(readStoredDraft(refused)).toEqual({ kind: 'none' });
    expect(storeDraft(undefined, {}, new Date())).toBe(false);
  });
});

describe('problems named as the form names their fields', () => {
  test('in English and Latvian, with the entry’s number and name', () => {
    const draft = builtIn();
    expect(describeField(['partners', 2, 'budget', 'eu'], draft, EDITOR_WORDS.en)).toBe('Partners › 3. Ministry of Economics of the Republic of Latvia › Partner’s EU funding');
    expect([firstText({ en: 'Ministry', lv: 'Ministrija' }, 'lv'), firstTextLanguage({ en: 'Ministry', lv: 'Ministrija' }, 'lv')]).toEqual(['Ministrija', 'lv']);
    expect([firstText({ en: 'Ministry', lv: '' }, 'lv'), firstTextLanguage({ en: 'Ministry', lv: '' }, 'lv')]).toEqual(['Ministry', 'en']);
    expect([firstText('Ministry', 'lv'), firstTextLanguage('Ministry', 'lv')]).toEqual(['Ministry', undefined]);
    // On the Latvian page, an entry with a Latvian name is named in Latvian.
    expect(describeField(['partners', 2, 'location', 'lat'], draft, EDITOR_WORDS.lv, 'lv')).toBe('Partneri › 3. Latvijas Republikas Ekonomikas ministrija › Vieta kartē › Platums');
    expect(describeField(['partners', 1, 'name'], draft, EDITOR_WORDS.lv, 'lv')).toBe('Partneri › 2. ecoplus. The Business Agency of Lower Austria › Nosaukums');
    expect(describeField(['budget', 'total'], draft, EDITOR_WORDS.en)).toBe('Budget › Total budget');
    expect(describeField(['schedule', 'planned'], draft, EDITOR_WORDS.en)).toBe('Schedule › Planned start');
    expect(describeField(['title', 'lv'], draft, EDITOR_WORDS.lv)).toBe('Projekts › Nosaukums');
    expect(describeField(['objectives', 'aims', 1], draft, EDITOR_WORDS.en)).toMatch(/^Aims and expected results › Aims › 2\. /);
    expect(describeField(['stakeholderGroups', 0, 'members', 3, 'name'], draft, EDITOR_WORDS.en)).toMatch(/^Expert and stakeholder groups › 1\. .+ › Members › 4\. .+ › Name$/);
    expect(describeField([], draft, EDITOR_WORDS.en)).toBe('the file');
  });

  test('a missing field is "fill this in"; others say what is expected, in the form’s words where they differ', () => {
    expect(EDITOR_WORDS.en.problem({ severity: 'error', path: 'acronym', expected: 'string', params: {} }, en.expected)).toBe('Fill this in.');
    expect(EDITOR_WORDS.lv.problem({ severity: 'error', path: 'acronym', expected: 'string', params: {} }, lv.expected)).toBe('Šis lauks jāaizpilda.');
    expect(EDITOR_WORDS.en.problem({ severity: 'error', path: 'budget.total', expected: 'money', found: '"abc"', params: {} }, en.expected)).toBe(
      'Expected an amount of 0 or more, such as 1\u00a0640\u00a0000 or 83\u00a0500.50 (found "abc").',
    );
    expect(EDITOR_WORDS.en.problem({ severity: 'error', path: 'partners', expected: 'oneLead', found: '2 × "lead"', params: {} }, en.expected)).toBe('Expected exactly one partner with role "lead".');
    expect(EDITOR_WORDS.lv.problem({ severity: 'error', path: 'schedule.planned.end', expected: 'endAfterStart', found: '"2019-01-01"', params: {} }, lv.expected)).toBe(`Gaidīts: ${lv.expected.endAfterStart} (atrasts: "2019-01-01").`);
  });

  test('every field, list and section of the form has its words in both languages', () => {
    const fields: string[] = ['location.lat', 'location.lon', 'location.approximate'];
    const lists: string[] = [];
    const walk = (specs: readonly FieldSpec[]) =>
      specs.forEach((spec) => {
        fields.push(spec.words);
        if (spec.list) visit(spec.list);
      });
    const visit = (list: ListSpec) => {
      lists.push(list.words);
      walk(list.fields ?? []);
    };
    for (const section of SECTIONS) {
      if ('list' in section) visit(section.list);
      else walk(section.fields);
    }
    for (const words of [EDITOR_WORDS.en, EDITOR_WORDS.lv]) {
      expect(fields.filter((key) => !words.fields[key]?.label)).toEqual([]);
      expect(lists.filter((key) => !words.lists[key])).toEqual([]);
      expect(SECTIONS.filter((section) => !words.sections[section.name]).map((s) => s.name)).toEqual([]);
    }
    expect(Object.keys(EDITOR_WORDS.lv.fields).sort()).toEqual(Object.keys(EDITOR_WORDS.en.fields).sort());
    // An empty list says "none yet" agreeing with its entries' noun: a Latvian noun in -a or -e is feminine ("nevienas").
    const latvian = Object.values(EDITOR_WORDS.lv.lists);
    expect(latvian.filter((list) => /[ae]$/.test(list.one) && list.none !== 'Vēl nav nevienas.').map((list) => list.one)).toEqual([]);
    expect(latvian.filter((list) => !/[ae]$/.test(list.one) && list.none !== undefined).map((list) => list.one)).toEqual([]);
    expect(EDITOR_WORDS.lv.noEntries).toBe('Vēl nav neviena.');
  });
});
