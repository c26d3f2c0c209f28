// GOV.UK Frontend styles components differently when JavaScript runs; kept out of the page so the
// content security policy can forbid inline script.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
