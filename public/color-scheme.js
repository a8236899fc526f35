// Sets the saved or system colour scheme before the first paint (what MUI's InitColorSchemeScript does inline;
// a file here so the Content-Security-Policy needs no inline script). Keys match MUI's defaults.
(function () {
  try {
    var mode = localStorage.getItem('mui-mode') || 'system';
    var scheme = mode === 'dark' || (mode === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches) ? 'dark' : 'light';
    scheme = localStorage.getItem('mui-color-scheme-' + scheme) || scheme;
    var root = document.documentElement;
    root.removeAttribute('data-light');
    root.removeAttribute('data-dark');
    root.setAttribute('data-' + scheme, '');
  } catch (e) {
    // storage blocked: MUI sets the scheme when the app starts
  }
})();
