import { HighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';

// Rule expressions are C#-like Dynamic LINQ. A small hand-written tokenizer colours them: no
// grammar is compiled at run time and nothing is evaluated (the page's CSP forbids eval).

const keywords = new Set(['true', 'false', 'null', 'facts', 'task', 'Math', 'string']);

const ruleExpression = StreamLanguage.define<Record<string, never>>({
  name: 'rule-expression',
  startState: () => ({}),
  token(stream) {
    if (stream.eatSpace()) return null;
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return 'string';
    if (stream.match(/^\d+(\.\d+)?/)) return 'number';
    if (stream.match(/^(==|!=|>=|<=|&&|\|\||[<>!?:+\-*/%])/)) return 'operator';
    const word = stream.match(/^[A-Za-z_][A-Za-z0-9_]*/) as RegExpMatchArray | null;
    if (word) return keywords.has(word[0]) ? 'keyword' : 'variableName';
    stream.next();
    return null;
  },
});

// Colours with at least 4.5:1 contrast on white (WCAG 2.2 AA), from the GOV.UK palette.
const ruleHighlight = HighlightStyle.define([
  { tag: tags.keyword, color: '#0b0c0c', fontWeight: 'bold' },
  { tag: tags.string, color: '#00703c' },
  { tag: tags.number, color: '#1d70b8' },
  { tag: tags.operator, color: '#6f3c8f' },
  { tag: tags.variableName, color: '#0b0c0c' },
]);

export const ruleExpressionLanguage = [ruleExpression, syntaxHighlighting(ruleHighlight)];
