import { VIEW_ORDER } from './builtins';
import { dashLevel, text, useWb, useWorkbench } from './context';
import { t, type StringKey } from './strings';

const IMAGING: Record<string, { en: string; es: string }> = {
  fluoroscopy: { en: 'fluoroscopy-guided', es: 'guiado por fluoroscopia' },
  ultrasound: { en: 'ultrasound-guided', es: 'guiado por ecografía' },
  ct: { en: 'CT-guided', es: 'guiado por TC' },
  landmark: { en: 'landmark-guided', es: 'por referencias anatómicas' },
};

/** Level, side, view, step n/m, imaging, language and theme; each item acts when clicked. */
export function StatusBar() {
  const { controller } = useWorkbench();
  const locale = useWb((s) => s.locale);
  const theme = useWb((s) => s.theme);
  const tab = useWb((s) => s.tabs.find((x) => x.id === (s.focusedPane === 'secondary' && s.splitTabId ? s.splitTabId : s.activeTabId)));
  const p = tab ? controller.getProcedure(tab.procedureId) : undefined;
  const imaging = (p as Record<string, unknown> | undefined)?.imaging;
  const guide = Array.isArray(imaging) && typeof imaging[0] === 'string' ? text(IMAGING[imaging[0]] ?? imaging[0], locale) : '';
  const item = (label: string, value: string, onClick: () => void, id: string) => (
    <button type="button" className="sx-wb-status-item" data-item={id} onClick={onClick} aria-label={`${label}: ${value}`}>
      {value}
    </button>
  );
  const nextView = () => {
    if (!tab) return;
    controller.setView(VIEW_ORDER[(VIEW_ORDER.indexOf(tab.view) + 1) % VIEW_ORDER.length]!);
  };
  const cycleTheme = () => controller.setTheme(theme === 'light' ? 'dark' : theme === 'dark' ? 'high-contrast' : 'light');
  return (
    <footer className="sx-wb-statusbar" aria-label={t(locale, 'statusBar')}>
      <div className="sx-wb-status-left">
        {tab && p ? (
          <>
            {tab.level ? item(t(locale, 'level'), dashLevel(tab.level), () => void controller.executeCommand('level.down'), 'level') : null}
            {tab.side ? item(t(locale, 'side'), t(locale, tab.side as StringKey), () => void controller.executeCommand('side.toggle'), 'side') : null}
            {item(t(locale, 'view'), t(locale, `view.${tab.view}` as StringKey), nextView, 'view')}
            {item(t(locale, 'step', { n: '' }).trim(), `${tab.step + 1}/${p.steps.length}`, () => controller.next(), 'step')}
            {item(t(locale, 'imaging'), t(locale, `mode.${tab.mode}` as StringKey) + (guide ? ` · ${guide}` : ''), () => controller.setMode(tab.mode === 'fluoro' ? 'anatomy' : 'fluoro'), 'imaging')}
          </>
        ) : null}
      </div>
      <div className="sx-wb-status-right">
        {item(t(locale, 'language'), locale.toUpperCase(), () => controller.setLocale(locale === 'en' ? 'es' : 'en'), 'language')}
        {item(t(locale, 'theme'), t(locale, `theme.${theme}` as StringKey), cycleTheme, 'theme')}
      </div>
    </footer>
  );
}
