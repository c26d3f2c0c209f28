import { autocompletion, closeBrackets, completionKeymap, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView, keymap, placeholder as placeholderText } from '@codemirror/view';
import { useContext, useEffect, useRef } from 'react';
import { completeExpression, type ExpressionScope } from '../../model/ruleset';
import { ruleExpressionLanguage } from './expressionLanguage';
import { StyleNonceContext } from './StyleNonce';

interface Props {
  /** The id of the editable area, which error-summary links focus. */
  id: string;
  labelId: string;
  describedBy?: string;
  value: string;
  invalid: boolean;
  readOnly: boolean;
  placeholder?: string;
  scope: ExpressionScope;
  onChange: (value: string) => void;
}

/**
 * A CodeMirror 6 editor for one rule expression, completing `facts.*`, `task.*`, named values and
 * the functions the sandbox allows. It shows `value` and reports each change; its own undo covers
 * the typing, the editor's Undo covers everything else.
 */
export function ExpressionEditor({ id, labelId, describedBy, value, invalid, readOnly, placeholder, scope, onChange }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | undefined>(undefined);
  const latest = useRef({ scope, onChange });
  latest.current = { scope, onChange };
  const settings = useRef(new Compartment());
  const nonce = useContext(StyleNonceContext);
  const current = settingsOf(id, labelId, describedBy, invalid, readOnly);

  useEffect(() => {
    const complete = (context: CompletionContext): CompletionResult | null => {
      const result = completeExpression(context.state.doc.toString(), context.pos, latest.current.scope, context.explicit);
      if (!result) return null;
      return {
        from: result.from,
        validFor: /^[A-Za-z0-9_]*$/,
        options: result.options.map((option) => ({ label: option.label, type: option.type, detail: option.detail, info: option.info, apply: option.apply })),
      };
    };
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          nonce ? EditorView.cspNonce.of(nonce) : [],
          history(),
          closeBrackets(),
          keymap.of([...completionKeymap, ...defaultKeymap, ...historyKeymap]),
          autocompletion({ override: [complete], icons: false }),
          ruleExpressionLanguage,
          EditorView.lineWrapping,
          placeholder ? placeholderText(placeholder) : [],
          settings.current.of(current),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = undefined;
    };
    // The editor is made once; what changes later (a problem appears or goes) is reconfigured below,
    // so the cursor and focus stay where the author is typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    view.current?.dispatch({ effects: settings.current.reconfigure(settingsOf(id, labelId, describedBy, invalid, readOnly)) });
  }, [id, labelId, describedBy, invalid, readOnly]);

  // A change from outside (undo, import, the raw JSON tab) replaces the text shown.
  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  return <div ref={host} className={`ruleset-expression${invalid ? ' ruleset-expression--error' : ''}${readOnly ? ' ruleset-expression--read-only' : ''}`} />;
}

function settingsOf(id: string, labelId: string, describedBy: string | undefined, invalid: boolean, readOnly: boolean): Extension {
  return [
    EditorState.readOnly.of(readOnly),
    EditorView.editable.of(!readOnly),
    EditorView.contentAttributes.of({
      id,
      'aria-labelledby': labelId,
      ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      ...(invalid ? { 'aria-invalid': 'true' } : {}),
      ...(readOnly ? { 'aria-readonly': 'true' } : {}),
    }),
  ];
}
