import type { ReactNode } from 'react';

const svg = (d: ReactNode) => (
  <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">{d}</svg>
);

/** Line icons of the activity bar, drawn for this project. */
export const ICONS: Record<string, ReactNode> = {
  procedures: svg(<><path d="M4 5h10M4 10h16M4 15h12M4 20h8" /><circle cx="19" cy="19" r="2.5" /></>),
  anatomy: svg(<><rect x="9" y="2.5" width="6" height="3.5" rx="1" /><rect x="9" y="7.5" width="6" height="3.5" rx="1" /><rect x="9" y="12.5" width="6" height="3.5" rx="1" /><path d="M9 18.5h6l-3 3z" /><path d="M6 9.2h3M15 9.2h3M6 14.2h3M15 14.2h3" /></>),
  layers: svg(<><path d="M12 3l9 5-9 5-9-5z" /><path d="M3 13l9 5 9-5" /><path d="M3 17.5l9 5 9-5" opacity=".6" /></>),
  views: svg(<><path d="M2 12s3.5-6.5 10-6.5S22 12 22 12s-3.5 6.5-10 6.5S2 12 2 12z" /><circle cx="12" cy="12" r="3" /></>),
  settings: svg(<><circle cx="12" cy="12" r="3" /><path d="M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1" /></>),
  split: svg(<><rect x="3" y="4" width="18" height="16" rx="1.5" /><path d="M12 4v16" /></>),
  link: svg(<><path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1" /><path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" /></>),
  pen: svg(<><path d="M4 20l4-1 11-11-3-3L5 16z" /></>),
  arrow: svg(<><path d="M5 19L19 5M10 5h9v9" /></>),
  undo: svg(<><path d="M9 14L4 9l5-5" /><path d="M4 9h10a6 6 0 0 1 0 12h-3" /></>),
  redo: svg(<><path d="M15 14l5-5-5-5" /><path d="M20 9H10a6 6 0 0 0 0 12h3" /></>),
  camera: svg(<><path d="M4 8h3l2-3h6l2 3h3v11H4z" /><circle cx="12" cy="13" r="3.5" /></>),
  print: svg(<><path d="M6 9V3h12v6" /><rect x="3" y="9" width="18" height="8" rx="1.5" /><path d="M6 14h12v7H6z" /></>),
  screen: svg(<><rect x="2.5" y="4" width="13" height="9" rx="1" /><rect x="12" y="10" width="9.5" height="7" rx="1" /><path d="M6 17h6" /></>),
  present: svg(<><rect x="3" y="4" width="18" height="12" rx="1" /><path d="M12 16v4M8 20h8" /></>),
  close: svg(<path d="M6 6l12 12M18 6L6 18" />),
  plugin: svg(<><path d="M8 3v4M16 3v4" /><path d="M6 7h12v5a6 6 0 0 1-12 0z" /><path d="M12 18v3" /></>),
};
