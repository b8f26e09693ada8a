// Reads fixtures from test/fixtures/ for the Node test suites.
import { readFileSync } from 'node:fs';

export const fixturePath = (name: string): string =>
  new URL(`../fixtures/${name}`, import.meta.url).pathname;

export const fixtureText = (name: string): string => readFileSync(fixturePath(name), 'utf8');

export const fixture = (name: string): unknown => JSON.parse(fixtureText(name));
