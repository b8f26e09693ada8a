// What a partner makes their own, as a chunk that loads only for directories that have any of
// it: their UI strings (the `strings` property and a `<script type="application/json"
// slot="strings">` child) and content added to each card (the `cardContent` property or a
// `<template slot="card">` child). Both are read again when they change (on the directory's
// next update); clicks on links in the added content are reported as `mhpss-link-click`.
import type { ReactiveController } from 'lit';
import type { Organization } from '../../core/model/schema.js';
import { readPartnerStrings } from '../../i18n/custom.js';
import type { AllStrings } from '../../i18n/en.js';
import type { Strings } from '../../i18n/index.js';
import { reportLinkClick } from '../shared/link-click.js';
import { LocalizeController, type Provided } from '../shared/localize.js';
import { fillCardTemplate } from './card-template.js';
import type { CardContent, CustomHost } from './host.js';

export class Customizer implements ReactiveController, Provided {
  private readonly i18n: LocalizeController;
  /** What the strings were last read from: the property, and the script child's text. */
  private readFrom?: [unknown, string | undefined];
  private catalogues = new Map<string, Partial<Strings>>();
  private merged = new Map<string, { base: Strings; strings: Strings }>();
  /** What the cards' content was last made from: the property, the template, the language. */
  private madeFrom?: [CardContent | undefined, HTMLTemplateElement | undefined, string];
  private cards = new WeakMap<Organization, Node | null>();
  private readonly warned = new Set<string>();
  /** Says once what could not be used (every card would say it again). */
  private readonly warn = (problem: string) => {
    if (this.warned.has(problem)) return;
    this.warned.add(problem);
    console.warn(`mhpss-directory: ${problem}`);
  };

  constructor(
    private readonly host: CustomHost,
    /** Every built-in string in English: what the keys are. */
    private readonly reference: AllStrings,
    /** Renders every element showing the strings or cards again: they changed. */
    private readonly refresh: () => void,
  ) {
    this.i18n = new LocalizeController(host);
    host.addController(this);
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  /** Reads the strings and the card content again if what they come from has changed. */
  private sync(): void {
    const host = this.host;
    const script = host.querySelector<HTMLScriptElement>(':scope > script[slot="strings"]');
    const json = script?.textContent ?? undefined;
    const from = this.readFrom;
    if (!from || from[0] !== host.strings || from[1] !== json) {
      this.readFrom = [host.strings, json];
      const { catalogues, problems } = readPartnerStrings(
        [
          [json, 'the strings script (<script type="application/json" slot="strings">)'],
          [host.strings, 'strings'],
        ],
        this.reference,
      );
      this.warned.clear();
      problems.forEach(this.warn);
      this.catalogues = catalogues;
      this.merged.clear();
      // Every element showing the old strings renders again.
      this.refresh();
    }
    const lang = this.i18n.lang;
    const template = this.template(lang);
    const [content, made, madeLang] = this.madeFrom ?? [];
    if (content !== host.cardContent || made !== template || madeLang !== lang) {
      this.madeFrom = [host.cardContent, template, lang];
      this.cards = new WeakMap();
      // The cards on screen render again with the new content.
      this.refresh();
    }
  }

  /** The `card` template for a language: its own (`lang="fr"`), else one without `lang`. */
  private template(lang: string): HTMLTemplateElement | undefined {
    const templates = [
      ...this.host.querySelectorAll<HTMLTemplateElement>(':scope > template[slot="card"]'),
    ];
    const primary = lang.split('-')[0];
    const langOf = (t: HTMLTemplateElement) => t.getAttribute('lang')?.toLowerCase();
    return (
      templates.find((t) => langOf(t) === lang) ??
      templates.find((t) => langOf(t) === primary) ??
      templates.find((t) => !langOf(t))
    );
  }

  lang(tag: string): string | undefined {
    const lower = tag.toLowerCase();
    if (this.catalogues.has(lower)) return lower;
    const primary = lower.split('-')[0]!;
    return this.catalogues.has(primary) ? primary : undefined;
  }

  strings(tag: string, base: Strings): Strings {
    const lang = this.lang(tag);
    if (lang === undefined) return base;
    const cached = this.merged.get(lang);
    if (cached?.base === base) return cached.strings;
    const primary = lang.split('-')[0]!;
    const own = { ...this.catalogues.get(primary), ...this.catalogues.get(lang) };
    if (!Object.keys(own).length) return base;
    const strings = { ...base, ...own } as Record<string, unknown>;
    type Fn = (...args: unknown[]) => string;
    for (const [key, value] of Object.entries(own) as [string, unknown][]) {
      const builtIn =
        (base as unknown as Record<string, unknown>)[key] ??
        (this.reference as unknown as Record<string, unknown>)[key];
      if (typeof value !== 'function' || typeof builtIn !== 'function') continue;
      // A partner's function that throws leaves the built-in string, not a broken directory.
      strings[key] = (...args: unknown[]) => {
        try {
          return String((value as Fn)(...args));
        } catch (error) {
          this.warn(
            `strings for '${lang}': ${key}() threw (${error}); the built-in string is shown`,
          );
          return (builtIn as Fn)(...args);
        }
      };
    }
    this.merged.set(lang, { base, strings: strings as unknown as Strings });
    return strings as unknown as Strings;
  }

  /** The content for each card, or undefined when the partner adds none. */
  get card(): ((organization: Organization) => Node | null) | undefined {
    return this.madeFrom?.[0] || this.madeFrom?.[1] ? this.cardFor : undefined;
  }

  private readonly cardFor = (organization: Organization): Node | null => {
    let node = this.cards.get(organization);
    if (node === undefined) {
      node = this.makeCard(organization);
      this.cards.set(organization, node);
    }
    return node;
  };

  /** The content for one card, in a wrapper that reports its links' clicks. */
  private makeCard(organization: Organization): Node | null {
    const [content, template] = this.madeFrom ?? [];
    let made: Node | string | null | undefined;
    try {
      made = content
        ? content(organization)
        : template && fillCardTemplate(template, organization, this.warn);
    } catch (error) {
      this.warn(
        `cardContent threw for '${organization.id}' (${error}); that card shows no content`,
      );
      return null;
    }
    if (made === null || made === undefined || made === '') return null;
    if (typeof made !== 'string' && !(made instanceof Node)) {
      this.warn(
        `cardContent returned neither a Node nor text for '${organization.id}'; it is ignored`,
      );
      return null;
    }
    const wrapper = document.createElement('div');
    // The card's own class and part: its stylesheet spaces it, `::part(card-extra)` reaches it.
    wrapper.className = 'extra';
    wrapper.setAttribute('part', 'extra');
    // Text stays text: append() makes a Text node of a string, never markup.
    wrapper.append(made);
    const report = (event: MouseEvent) => reportLinkClick(event, organization, wrapper);
    wrapper.addEventListener('click', report);
    wrapper.addEventListener('auxclick', report);
    return wrapper;
  }
}
