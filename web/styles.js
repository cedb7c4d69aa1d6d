// Stylesheet text for the page (highlights) and for the widget's own UI.
// Both are applied as constructed stylesheets, which a strict style-src CSP
// allows. Colours can be themed with the custom properties listed in
// newsmark.css; the values here are the defaults for light and dark pages.

const PALETTES = {
  light: {
    person: 'rgba(150, 130, 250, 0.38)',
    organization: 'rgba(60, 205, 205, 0.38)',
    media: 'rgba(90, 160, 255, 0.38)',
    country: 'rgba(250, 185, 60, 0.45)',
    place: 'rgba(255, 140, 80, 0.38)',
    group: 'rgba(240, 120, 180, 0.34)',
    figure: 'rgba(90, 200, 100, 0.40)',
    attribution: '#b3126a',
    focus: 'rgba(255, 215, 0, 0.75)',
  },
  dark: {
    person: 'rgba(140, 120, 255, 0.50)',
    organization: 'rgba(30, 170, 170, 0.55)',
    media: 'rgba(60, 130, 230, 0.55)',
    country: 'rgba(200, 140, 20, 0.55)',
    place: 'rgba(220, 100, 50, 0.55)',
    group: 'rgba(210, 80, 150, 0.50)',
    figure: 'rgba(50, 160, 80, 0.55)',
    attribution: '#ff7ab8',
    focus: 'rgba(180, 140, 0, 0.85)',
  },
};

const ACTOR_STYLES = ['person', 'organization', 'media', 'country', 'place', 'group'];

// Quotes, speakers and reporting verbs differ by line style, not only by
// colour, so they stay apart for readers who do not see the hues.
const ATTRIBUTION_LINES = {
  quote: '1.5px dotted',
  source: '2px solid',
  cue: '1.5px wavy',
};

function rule(name, declarations) {
  return `::highlight(nm-${name}){${declarations}}\nnewsmark-mark[data-nm~="nm-${name}"]{${declarations}}\n`;
}

/** Highlight rules for the page, for a light or a dark page background. */
export function pageCss(scheme) {
  const colours = PALETTES[scheme] ?? PALETTES.light;
  let css = '';
  for (const [name, line] of Object.entries(ATTRIBUTION_LINES)) {
    const [width, style] = line.split(' ');
    css += rule(name, `text-decoration-line:underline;text-decoration-style:${style};` +
      `text-decoration-thickness:${width};text-decoration-color:var(--nm-attribution,${colours.attribution});` +
      'text-underline-offset:0.2em');
  }
  css += rule('figure', `background-color:var(--nm-figure,${colours.figure})`);
  for (const kind of ACTOR_STYLES) css += rule(kind, `background-color:var(--nm-${kind},${colours[kind]})`);
  css += rule('focus', `background-color:var(--nm-focus,${colours.focus})`);
  css += 'newsmark-mark[data-nm-focus]{background-color:var(--nm-focus,' + colours.focus + ')}\n';
  css += '@media (forced-colors: active){::highlight(nm-focus){background-color:Highlight;color:HighlightText}' +
    'newsmark-mark[data-nm-focus]{background-color:Highlight;color:HighlightText}}\n';
  return css;
}

/** Rules that switch a hidden category off (fallback painting). */
export function hiddenCss(styles) {
  return styles.map((style) => `newsmark-mark[data-nm~="${style}"]{background-color:transparent;text-decoration:none}`).join('\n');
}

/** The widget's own UI, inside its shadow root. */
export function uiCss(scheme) {
  const dark = scheme === 'dark';
  const colours = PALETTES[dark ? 'dark' : 'light'];
  const swatches = ACTOR_STYLES.map((kind) => `.sw-${kind}{background:var(--nm-${kind},${colours[kind]})}`).join('');
  return `
:host{all:initial;position:fixed;inset:auto 0 0 auto;z-index:2147483000;
  --bg:var(--nm-ui-bg,${dark ? '#1d1f24' : '#ffffff'});--fg:var(--nm-ui-fg,${dark ? '#e8e8ea' : '#1b1b1f'});
  --muted:${dark ? '#a4a7b0' : '#5b5e66'};--line:${dark ? '#3a3d45' : '#d9dbe0'};
  --accent:var(--nm-ui-accent,${dark ? '#8ab4ff' : '#1a56c4'});
  font:14px/1.4 var(--nm-ui-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);color:var(--fg)}
*{box-sizing:border-box}
button{font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:inherit}
button:focus-visible,input:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.panel{position:fixed;z-index:1;right:16px;bottom:16px;width:min(360px,calc(100vw - 32px));max-height:min(70vh,560px);
  display:flex;flex-direction:column;background:var(--bg);border:1px solid var(--line);border-radius:10px;
  box-shadow:0 6px 24px rgba(0,0,0,${dark ? 0.5 : 0.18})}
.toggle{display:flex;gap:8px;align-items:center;padding:10px 14px;font-weight:600;width:100%}
.toggle .count{font-weight:400;font-size:13px;color:var(--muted);white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.toggle .chev{margin-left:auto;transition:transform .15s}
.panel[data-open] .chev{transform:rotate(180deg)}
.body{overflow:auto;padding:0 14px 12px;border-top:1px solid var(--line)}
.panel:not([data-open]) .body{display:none}
.filters{display:flex;gap:12px;flex-wrap:wrap;padding:10px 0 4px}
.filters label{display:flex;gap:5px;align-items:center;cursor:pointer}
h2{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:14px 0 6px}
ul{list-style:none;margin:0;padding:0}
li button{display:flex;gap:8px;align-items:baseline;width:100%;padding:5px 6px;border-radius:6px}
li button:hover,li button:focus-visible{background:${dark ? '#2b2e35' : '#eef1f6'}}
.name{flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.meta{color:var(--muted);font-size:12px;white-space:nowrap}
.sw{display:inline-block;width:11px;height:11px;border-radius:3px;flex:none;box-shadow:inset 0 0 0 1px ${dark ? 'rgba(255,255,255,.35)' : 'rgba(0,0,0,.3)'}}
${swatches}.sw-figure{background:var(--nm-figure,${colours.figure})}
.sw-attribution{background:none;box-shadow:none;border-bottom:2px solid var(--nm-attribution,${colours.attribution});border-radius:0}
.speaker{font-weight:600;margin-top:8px}
.said{display:block;padding:4px 6px 4px 12px;border-left:2px solid var(--line);color:var(--fg)}
.said .cue{color:var(--muted)}
.empty{color:var(--muted);padding:4px 0}
.card{position:fixed;z-index:2;max-width:340px;min-width:180px;padding:10px 12px;background:var(--bg);color:var(--fg);
  border:1px solid var(--line);border-radius:8px;box-shadow:0 4px 18px rgba(0,0,0,${dark ? 0.5 : 0.2})}
.card[hidden]{display:none}
.card .title{font-weight:600;font-size:15px;display:flex;gap:8px;align-items:center}
.card .kind{font-size:12px;color:var(--muted);text-transform:capitalize}
.card dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:6px 0 0}
.card dt{color:var(--muted)}
.card dd{margin:0}
.card blockquote{margin:6px 0 0;padding-left:8px;border-left:3px solid var(--nm-attribution,${colours.attribution});
  max-height:9em;overflow:auto}
.steps{display:flex;gap:6px;margin-top:8px;align-items:center}
.position{font-size:12px;color:var(--muted)}
.steps button{border:1px solid var(--line);border-radius:6px;padding:2px 10px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (prefers-reduced-motion: reduce){.toggle .chev{transition:none}}
@media (forced-colors: active){.panel,.card{border-color:CanvasText}}
`;
}
