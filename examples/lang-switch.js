// The example site's language switch: `?lang=fr` (or `en`, `nl`) makes every widget on the page speak
// that language through its own `lang` attribute, the first place a widget looks (docs/i18n.md). The
// page's own text stays Dutch, and so does its `<html lang>`, so a screen reader pronounces each part
// in its own language. Links to the other examples keep the choice.
const LANGS = ['nl', 'fr', 'en'];
const wanted = new URLSearchParams(location.search).get('lang');
const lang = LANGS.includes(wanted) ? wanted : 'nl';

if (lang !== 'nl') {
  for (const widget of document.querySelectorAll('*')) {
    if (widget.localName.startsWith('ino-') && widget.localName !== 'ino-provider') widget.setAttribute('lang', lang);
  }
  for (const link of document.querySelectorAll('main a[href]:not([href*=":"]), nav.examples a[href]')) {
    const url = new URL(link.href);
    if (url.origin === location.origin && url.pathname.startsWith('/examples/')) {
      url.searchParams.set('lang', lang);
      link.href = url.href;
    }
  }
}
for (const link of document.querySelectorAll('nav.lang-switch a')) {
  if (link.hreflang === lang) link.setAttribute('aria-current', 'true');
}
