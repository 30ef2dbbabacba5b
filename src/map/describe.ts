/**
 * The map's words: what a partner, a country or an event place is, for tooltips, the
 * accessible names and the summary sentence. Pure functions of the dictionary and formats.
 */
import type { Dictionary } from '../i18n/en';
import type { Formats } from '../i18n/format';
import { textIn } from '../data/text';
import type { Partner, Project, ProjectEvent } from '../data/schema';
import type { CountryPartners, Placement } from './shape';
import { partnerLabel } from '../project/partnerLabels';
import { phrase, withName, type Phrase } from '../chart/phrase';

export function describePartner(partner: Partner, placement: Placement, t: Dictionary, f: Formats, lang: string): string[] {
  const lines = [textIn(partner.name, lang), `${t.roles[partner.role]} · ${[partner.place ? textIn(partner.place, lang) : undefined, f.country(partner.country)].filter(Boolean).join(', ')}`];
  if (placement !== 'exact') lines.push(t.map.placement[placement]);
  const budget = [
    partner.budget?.eu !== undefined ? t.map.euFunds(f.compactMoney(partner.budget.eu)) : undefined,
    partner.budget?.total !== undefined ? t.map.totalBudget(f.compactMoney(partner.budget.total)) : undefined,
  ].filter(Boolean);
  if (budget.length > 0) lines.push(budget.join(', '));
  return lines;
}

export function describeCountry(iso: string, partners: CountryPartners | undefined, project: Project, t: Dictionary, f: Formats, lang: string): string[] {
  if (!partners) return [f.country(iso), t.map.noPartners];
  return [
    f.country(iso),
    t.map.partners(partners.partners.length),
    ...partners.partners.map((p) => `${textIn(partnerLabel(project, p), lang)}${p.role === 'lead' ? ` (${t.roles.lead})` : ''}`),
  ];
}

export function describeEventPlace(event: ProjectEvent, t: Dictionary, f: Formats, lang: string): string[] {
  return [
    textIn(event.name, lang),
    `${f.dateRange(event.start, event.end)}${event.online ? ` (${t.timeline.online})` : ''}`,
    [event.place ? textIn(event.place, lang) : undefined, event.country ? f.country(event.country) : undefined].filter(Boolean).join(', '),
  ];
}

/** "10 partners in 10 countries, led by … (Slovenia).", the lead's name marked with its language where it is not the page's. */
export function mapSummary(project: Project, countryCount: number, t: Dictionary, f: Formats, lang: string): Phrase {
  const lead = project.partners.find((p) => p.role === 'lead');
  const sentence = (leadName: string) =>
    t.map.summary({
      partners: t.header.partnersInCountries(project.partners.length, countryCount),
      lead: leadName,
      leadCountry: lead ? f.country(lead.country) : '',
    });
  return lead ? withName(sentence, lead.name, lang, 'en') : phrase(sentence(''));
}
