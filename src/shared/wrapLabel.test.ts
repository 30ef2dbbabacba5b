import { describe, expect, test } from 'vitest';
import { wrapLabel } from './wrapLabel';

describe('wrapping labels', () => {
  test.each([
    ['Phase 1: interregional learning', 22, 'Phase 1: interregional\nlearning'],
    ['Phase 1: interregional learning', 12, 'Phase 1:\ninterregional\nlearning'],
    ['Project', 20, 'Project'],
    ['Supercalifragilistic word', 10, 'Supercalifragilistic\nword'],
  ])('%s at %d characters', (label, max, expected) => {
    expect(wrapLabel(label, max)).toBe(expected);
  });

  test('past the last line allowed, the text is cut with an ellipsis', () => {
    expect(wrapLabel('Phase 2: monitoring of the action plans', 16, 2)).toBe('Phase 2:\nmonitoring of…');
    expect(wrapLabel('Project', 16, 2)).toBe('Project');
  });
});
