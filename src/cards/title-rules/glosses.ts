/**
 * A name and another name for it in brackets (`검증(Verification)`, `PDU (Protocol Data Unit)`): an alias
 * written after ` ; ` taken into the gloss, two titles that name one term, the acronym a title spells out.
 */
import { withoutGloss } from '../titles.js';

/** A name in Latin letters of one to three words (`star`, `Controlled Centralized`), as an alias is written. */
const LATIN_ALIAS = /^[A-Za-z][A-Za-z0-9.\-_/]*(?: [A-Za-z0-9][A-Za-z0-9.\-_/]*){0,2}$/;
const LATIN_ALIAS_MAX = 30;

/**
 * `중앙 집중형 ; star` as a table row's name: ` ; ` is read as in `용어 ; 설명`, what follows saying what
 * the name is; in a name's cell that is another name for it, shown as a gloss (`중앙 집중형 (star)`) so
 * the front asks of the name (`중앙 집중형 (star)이란?`). Only an alias in Latin letters: words after ` ; `
 * in Korean may well be a description, and the name is kept as written. A name glossed already
 * (`에고레스(Egoless) ; mesh`) takes the alias into that gloss (`에고레스(Egoless, mesh)`): a second
 * bracket after the first would read as a remark on it.
 */
export function aliasAsGloss(name: string): string {
  const semicolon = name.indexOf(';');
  if (semicolon < 1 || name.indexOf(';', semicolon + 1) !== -1 || !/\s/.test(name[semicolon + 1] ?? '')) return name;
  const named = name.slice(0, semicolon).trim();
  const alias = name.slice(semicolon + 1).trim();
  if (named === '' || alias.length > LATIN_ALIAS_MAX || !LATIN_ALIAS.test(alias)) return name;
  return withoutGloss(named) !== named ? `${named.slice(0, -1)}, ${alias})` : `${named} (${alias})`;
}

/**
 * Whether two titles name one term, the one as written or as either half of the other's name and gloss:
 * `Verification` and `검증` both name `검증(Verification)`.
 */
export function nameOneTerm(one: string, other: string): boolean {
  const halves = (title: string) => {
    const name = withoutGloss(title);
    return name === title ? [title] : [title, name, title.slice(title.lastIndexOf('(') + 1, -1).trim()];
  };
  const [shorter, longer] = one.length <= other.length ? [one, other] : [other, one];
  return halves(longer).includes(shorter);
}

/** Short words an acronym skips (`QoS`, Quality of Service). */
const ACRONYM_SKIPS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'to', 'for', 'in', 'on', 'a', 'an']);

/**
 * The acronym of a title that spells it out (`PDU (Protocol Data Unit)`, `Time To Live(TTL)`): `PDU`,
 * `TTL`. Undefined where no bracket spells the other out, letter by letter (`OSI 7계층`, `IPv4 vs IPv6`).
 */
export function acronymSpelledOut(title: string): string | undefined {
  const written = title.trim();
  const outside = withoutGloss(written);
  const inside = written.slice(written.lastIndexOf('(') + 1, -1);
  if (outside === written || outside === '' || inside === '' || /[\n\r\u2028\u2029]/.test(outside)) return undefined;
  for (const [acronym, words] of [
    [outside, inside],
    [inside, outside],
  ] as const) {
    if (spellsOut(acronym, words)) return acronym;
  }
  return undefined;
}

/**
 * The acronym a title opens with and spells out after it, no bracket between (`ICMP Internet Control
 * Message Protocol` → `ICMP`). Undefined where the words after it are no spelling of it (`TCP 헤더`).
 */
export function acronymBeforeItsWords(title: string): string | undefined {
  const [acronym, ...words] = title.trim().split(/\s+/u);
  return acronym !== undefined && words.length > 0 && spellsOut(acronym, words.join(' ')) ? acronym : undefined;
}

/** Whether `words` spell `acronym` out by their initials, short words skipped or not (`QoS`, Quality of Service). */
function spellsOut(acronym: string, words: string): boolean {
  if (!/^[A-Z][A-Za-z0-9]{1,5}$/.test(acronym) || (acronym.match(/[A-Z]/g) ?? []).length < 2) return false;
  const all = words.split(/[\s-]+/u).filter((word) => word !== '');
  if (!all.every((word) => /^[A-Za-z]/.test(word))) return false;
  const initials = (list: readonly string[]) => list.map((word) => word[0]!.toUpperCase()).join('');
  const letters = acronym.toUpperCase();
  return initials(all) === letters || initials(all.filter((word) => !ACRONYM_SKIPS.has(word.toLowerCase()))) === letters;
}
