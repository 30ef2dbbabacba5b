import { describe, expect, test } from 'vitest';
import { innoIndustry } from '../../test/projects';
import { change, datedEvents, scheduleRows, semesters, timeExtent } from './shape';

const project = innoIndustry();

describe('semesters from a schedule', () => {
  test('InnoIndustry, 2019-08-01 to 2023-01-31, has seven; S1–S5 as in the facts', () => {
    const list = semesters({ start: '2019-08-01', end: '2023-01-31' });
    expect(list.map((s) => [s.number, s.start, s.end])).toEqual([
      [1, '2019-08-01', '2020-01-31'],
      [2, '2020-02-01', '2020-07-31'],
      [3, '2020-08-01', '2021-01-31'],
      [4, '2021-02-01', '2021-07-31'],
      [5, '2021-08-01', '2022-01-31'],
      [6, '2022-02-01', '2022-07-31'],
      [7, '2022-08-01', '2023-01-31'],
    ]);
  });

  test.each([
    [{ start: '2020-01-15', end: '2020-09-30' }, [['2020-01-15', '2020-07-14'], ['2020-07-15', '2020-09-30']]],
    [{ start: '2020-08-31', end: '2021-03-30' }, [['2020-08-31', '2021-02-27'], ['2021-02-28', '2021-03-30']]],
    [{ start: '2020-01-01', end: '2020-01-01' }, [['2020-01-01', '2020-01-01']]],
  ])('%j is cut into %j', (schedule, expected) => {
    expect(semesters(schedule).map((s) => [s.start, s.end])).toEqual(expected);
  });

  test('a 60-month project has ten semesters', () => {
    expect(semesters({ start: '2021-01-01', end: '2025-12-31' })).toHaveLength(10);
  });
});

describe('planned against actual', () => {
  test('InnoIndustry was extended by 6 months; phase 1 too; phase 2 moved 6 months later', () => {
    const rows = scheduleRows(project);
    expect(rows.map((r) => [r.key, r.change])).toEqual([
      ['project', { extensionMonths: 6, endShiftMonths: 6 }],
      ['phase-phase-1', { extensionMonths: 6, endShiftMonths: 6 }],
      ['phase-phase-2', { extensionMonths: 0, endShiftMonths: 6 }],
    ]);
  });

  test('a period that ran as planned has no change', () => {
    expect(change({ start: '2020-01-01', end: '2020-12-31' }, undefined)).toBeUndefined();
    expect(change({ start: '2020-01-01', end: '2020-12-31' }, { start: '2020-01-01', end: '2020-12-31' })).toBeUndefined();
  });

  test('a project that ended early shows a negative shift', () => {
    expect(change({ start: '2020-01-01', end: '2020-12-31' }, { start: '2020-01-01', end: '2020-09-30' })).toEqual({
      extensionMonths: -3,
      endShiftMonths: -3,
    });
  });
});

describe('events and extent', () => {
  test('events come in date order, each as a span', () => {
    const events = datedEvents(project);
    expect(events[0]?.id).toBe('kick-off');
    expect(events[0]?.span).toEqual({ start: '2019-09-03', end: '2019-09-04' });
    expect(events.at(-1)?.id).toBe('final-conference');
    expect(events.map((e) => e.start)).toEqual([...events.map((e) => e.start)].sort());
  });

  test('the extent is the schedule when every event lies inside it', () => {
    expect(timeExtent(project)).toEqual({ start: '2019-08-01', end: '2023-01-31' });
  });

  test('a preparatory meeting before the start widens the extent', () => {
    const events = [...(project.events ?? []), { id: 'prep', name: 'Prep', kind: 'meeting' as const, start: '2019-05-02' }];
    expect(timeExtent({ ...project, events }).start).toBe('2019-05-02');
  });

  test('a file without phases or events has just the project row', () => {
    const { phases: _p, events: _e, ...bare } = project;
    expect(scheduleRows(bare).map((r) => r.key)).toEqual(['project']);
    expect(datedEvents(bare)).toEqual([]);
  });
});
