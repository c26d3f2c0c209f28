import { createContext, useContext } from 'react';
import type { DesignerWorkflow } from '../api/types';

/** What the partnership has set up, for the pick lists: from the GET of the workflow. */
export type ReferenceData = Pick<DesignerWorkflow, 'ruleSets' | 'agencies' | 'calendars' | 'panels' | 'lists'> & Partial<Pick<DesignerWorkflow, 'limits'>>;

export const emptyReferenceData: ReferenceData = { ruleSets: [], agencies: [], calendars: [], panels: [], lists: [] };

export const ReferenceDataContext = createContext<ReferenceData>(emptyReferenceData);

export const useReferenceData = () => useContext(ReferenceDataContext);
