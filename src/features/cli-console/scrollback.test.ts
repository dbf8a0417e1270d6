import { describe, expect, it } from 'vitest';
import { appendText, columns, inOpenQuote, isQuestion, splitPaste } from './scrollback';

describe('scrollback helpers', () => {
  it('adds printed text line by line and keeps only the last lines', () => {
    expect(appendText(['a'], 'b\nc')).toEqual(['a', 'b', 'c']);
    expect(appendText(['a', 'b'], 'c\r\nd', 3)).toEqual(['b', 'c', 'd']);
    expect(appendText([], '\n\nThe system is going down NOW !!')).toEqual([
      '',
      '',
      'The system is going down NOW !!',
    ]);
  });

  it('tells a y/n question from a command prompt', () => {
    expect(isQuestion('Do you want to continue? (y/n)')).toBe(true);
    expect(isQuestion('FGT60E (interface) # ')).toBe(false);
  });

  it('knows when `?` is typed inside quotes', () => {
    expect(inOpenQuote('set alias "what')).toBe(true);
    expect(inOpenQuote("set alias 'it")).toBe(true);
    expect(inOpenQuote('set alias "a \\" b')).toBe(true);
    expect(inOpenQuote('set alias "done" ')).toBe(false);
    expect(inOpenQuote('set alias "it\'s" ')).toBe(false);
  });

  it('lists Tab candidates in columns', () => {
    expect(columns(['edit', 'end'])).toEqual(['edit  end']);
    expect(columns(['aaaa', 'bb', 'c'], 12)).toEqual(['aaaa  bb', 'c']);
  });

  it('runs the complete lines of a paste and keeps the unfinished one', () => {
    expect(splitPaste('config system interface\nedit dmz\nset al')).toEqual({
      run: ['config system interface', 'edit dmz'],
      rest: 'set al',
    });
    expect(splitPaste('end\r\n')).toEqual({ run: ['end'], rest: '' });
  });
});
