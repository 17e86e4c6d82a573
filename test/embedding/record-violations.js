// Loaded first, as a classic script: records every Content-Security-Policy violation of the page.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective}: ${event.blockedURI || '(inline)'} ${event.sourceFile ?? ''}:${event.lineNumber ?? ''}`);
});
