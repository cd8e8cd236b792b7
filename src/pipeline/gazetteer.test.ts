import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from './fold.ts';
import { parseGazetteer } from './gazetteer.ts';

const FILE = 'content/entities.yaml';

describe('parseGazetteer', () => {
  it('loads the hand-kept gazetteer', () => {
    const entities = parseGazetteer(readFileSync(resolve(import.meta.dirname, '../../', FILE), 'utf8'), FILE);
    expect(entities.length).toBeGreaterThanOrEqual(60);
    for (const e of entities) {
      expect(e.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(e.origin).toBe('gazetteer');
      expect(e.aliases[0]).toBe(e.name);
    }
    const byId = new Map(entities.map((e) => [e.id, e]));
    const folded = (id: string) => byId.get(id)!.aliases.map(fold);
    // regional transliterations of one name resolve to one entity
    expect(folded('zelensky')).toEqual(expect.arrayContaining(['泽连斯基', '泽伦斯基']));
    expect(folded('putin')).toEqual(expect.arrayContaining(['普京', '普丁']));
    expect(folded('rubio')).toEqual(expect.arrayContaining(['鲁比奥', '卢比欧']));
    expect(folded('trump')).toEqual(expect.arrayContaining(['特朗普', '川普']));
    expect(folded('pokrovsk')).toEqual(expect.arrayContaining(['红军城', '波克罗夫斯克', 'pokrovsk']));
    for (const id of [
      'nato',
      'eu',
      'un',
      'xinhua',
      'cmg',
      'thepaper',
      'ria-novosti',
      'tass',
      'cnn',
      'nbc',
      'wsj',
      'washington-post',
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
    expect(byId.get('rubio')!.titles).toContain('国务卿');
  });

  it('returns an empty list for an empty file', () => {
    expect(parseGazetteer('', FILE)).toEqual([]);
  });

  it.each<[string, string, RegExp]>([
    ['bad YAML', '- id: [unclosed', /content\/entities\.yaml: not valid YAML/],
    ['not a list', 'id: putin', /content\/entities\.yaml: expected a list/],
    [
      'bad id',
      '- id: Путин\n  name: 普京\n  type: person\n  aliases: [普京]',
      /entry 1 \(id "Путин"\).*id: must be a lower-case ASCII slug/,
    ],
    ['missing name', '- id: putin\n  type: person\n  aliases: [普京]', /entry 1 \(id "putin"\).*name/],
    ['bad type', '- id: putin\n  name: 普京\n  type: human\n  aliases: [普京]', /entry 1 \(id "putin"\).*type/],
    [
      'empty aliases',
      '- id: putin\n  name: 普京\n  type: person\n  aliases: []',
      /entry 1 \(id "putin"\).*aliases: must list at least one name/,
    ],
    [
      'unknown field',
      '- id: putin\n  name: 普京\n  type: person\n  aliases: [普京]\n  alias: [x]',
      /entry 1 \(id "putin"\)/,
    ],
    [
      'duplicate id',
      '- id: putin\n  name: 普京\n  type: person\n  aliases: [普京]\n- id: putin\n  name: 普丁\n  type: person\n  aliases: [普丁]',
      /entry 2 \(id "putin"\) repeats the id "putin" of entry 1/,
    ],
    [
      'alias shared by two entities (also across scripts)',
      '- id: putin\n  name: 普京\n  type: person\n  aliases: [普京]\n- id: other\n  name: 某人\n  type: person\n  aliases: [普京]',
      /entry 2 \(id "other"\) has the alias "普京", which entity "putin" already has/,
    ],
  ])('names the file and the entry: %s', (_name, yaml, message) => {
    expect(() => parseGazetteer(yaml, FILE)).toThrow(message);
  });

  it('treats a traditional spelling of an existing alias as the same alias', () => {
    const yaml =
      '- id: a\n  name: 紅軍城\n  type: place\n  aliases: [红军城]\n- id: b\n  name: 乙\n  type: place\n  aliases: [紅軍城]';
    expect(() => parseGazetteer(yaml, FILE)).toThrow(/entry 2 \(id "b"\)/);
    expect(
      parseGazetteer('- id: a\n  name: 紅軍城\n  type: place\n  aliases: [红军城, 紅軍城]', FILE)[0]!.aliases,
    ).toEqual(['紅軍城']);
  });
});
