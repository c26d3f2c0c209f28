import { createContext } from 'react';

/**
 * The page's CSP style nonce (`data-style-nonce`): CodeMirror writes its own style sheet into the
 * page, which the content security policy allows only with this response's nonce.
 */
export const StyleNonceContext = createContext<string | undefined>(undefined);
