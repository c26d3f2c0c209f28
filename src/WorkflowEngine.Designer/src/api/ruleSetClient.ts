import type { RuleSetDocument } from '../model/ruleset/types';
import { VersionedDocumentApi } from './client';
import type { RuleSetEditorData } from './ruleSetTypes';

/** The rule-set editor's endpoints (`/designer/rulesets`). */
export class RuleSetApi extends VersionedDocumentApi<RuleSetDocument> {
  getRuleSet(key: string): Promise<RuleSetEditorData> {
    return this.request('GET', `/${encodeURIComponent(key)}`);
  }
}
