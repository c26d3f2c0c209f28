import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const rulesFolder = join(__dirname, '..', '..', '..', 'rules');

/** Every rule set in the repository's rules/ folder, as text (stored examples, `*.examples.json`, are not rule sets). */
export function shippedRuleSetFiles(): { name: string; text: string }[] {
  return readdirSync(rulesFolder)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.examples.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(rulesFolder, name), 'utf8') }));
}

/** The reference/facts.json catalogue, as the server serves it. */
export function factCatalogue() {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'reference', 'facts.json'), 'utf8')) as {
    key: string; type: 'text' | 'integer' | 'number' | 'boolean' | 'date' | 'textList'; label: string; description?: string;
  }[];
}
