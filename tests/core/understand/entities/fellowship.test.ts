import { describe, expect, it } from 'vitest';
import { fellowshipFinder } from '../../../../src/core/understand/entities/fellowship.ts';
import { normalise } from '../../../../src/core/understand/normalise.ts';

const find = fellowshipFinder([
  { code: 'AA', name: 'Alcoholics Anonymous', aliases: ['aa', 'alcoholics anonymous'] },
  { code: 'NA', name: 'Narcotics Anonymous', aliases: ['na', 'narcotics anonymous'] },
  { code: 'SMART', name: 'SMART Recovery', aliases: ['smart', 'smart recovery'] },
  { code: 'ALANON', name: 'Al-Anon Family Groups', aliases: ['al-anon', 'al anon', 'alanon', 'alateen'] },
]);
const codes = (text: string) => find(normalise(text), text);

describe('fellowshipFinder', () => {
  it('finds codes, names and aliases', () => {
    expect(codes('wat is NA')).toEqual(['NA']);
    expect(codes('tell me about alcoholics anonymous')).toEqual(['AA']);
    expect(codes('what is alanon')).toEqual(['ALANON']);
  });
  it('forgives a typo in a long name', () => {
    expect(codes('alchoholics anonymous meetings')).toEqual(['AA']);
    expect(codes('narcotics anonymus')).toEqual(['NA']);
  });
  it('keeps the order they were named in', () => {
    expect(codes('smart vs aa')).toEqual(['SMART', 'AA']);
  });
  it('does not read "na" as Narcotics Anonymous when it means no', () => {
    expect(codes('na mate im alright thanks')).toEqual([]);
    expect(codes('na meetings tonight')).toEqual(['NA']);
  });
});
