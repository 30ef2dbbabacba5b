/**
 * What a partner is called in charts, tables and sentences: its short name, else its name. Where
 * two partners would be called the same, each also gets what tells them apart — the country
 * code if they are in different countries, else the place, else the id — so neither row, marker
 * or label hides the other (the validator warns about the duplicate).
 */
import type { Partner, Project, Text } from '../data/schema';
import { shownText, textIn } from '../data/text';
import { isoCountry } from '../data/countries';
import { sameNameKey } from '../data/validate';

const labelsByProject = new WeakMap<Project, Map<string, Text>>();

export function partnerLabel(project: Project, partner: Partner): Text {
  let labels = labelsByProject.get(project);
  if (!labels) labelsByProject.set(project, (labels = partnerLabels(project)));
  return labels.get(partner.id) ?? partner.shortName ?? partner.name;
}

function partnerLabels(project: Project): Map<string, Text> {
  const groups = new Map<string, Partner[]>();
  for (const partner of project.partners) {
    const key = sameNameKey(partner);
    groups.set(key, [...(groups.get(key) ?? []), partner]);
  }
  const labels = new Map<string, Text>();
  const plain = project.lang ?? 'en';
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const distinct = (of: (p: Partner) => string) => new Set(group.map(of)).size === group.length;
    const country = (p: Partner) => isoCountry(p.country) ?? p.country;
    const place = (p: Partner) => (p.place ? textIn(p.place, plain) : '');
    const tell = distinct(country) ? country : distinct(place) ? place : (p: Partner) => p.id;
    for (const partner of group) labels.set(partner.id, withSuffix(partner.shortName ?? partner.name, ` (${tell(partner)})`));
  }
  return labels;
}

/** The name as shown, without spaces at its ends (`shownText`: isolated, so a right-to-left one keeps its own order), and what tells it apart after it. */
function withSuffix(text: Text, suffix: string): Text {
  const told = (name: string) => shownText(name.trim()) + suffix;
  return typeof text === 'string' ? told(text) : Object.fromEntries(Object.entries(text).map(([lang, value]) => [lang, told(value)]));
}
