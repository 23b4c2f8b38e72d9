import { dashLevel, procedureName, procedureText, stepBody, stepTitle, text, useWb, useWorkbench } from './context';
import { t, type StringKey } from './strings';
import { whereItHurtsCaption } from './whereItHurts';

/** The bottom panel: the current step for patient and clinician, and the procedure's facts. */
export function DetailsPanel() {
  const { controller, uid } = useWorkbench();
  const locale = useWb((s) => s.locale);
  const visible = useWb((s) => s.panelVisible);
  const presenter = useWb((s) => s.presenter);
  const painMap = useWb((s) => s.painMap);
  const selected = useWb((s) => s.selectedStructure);
  const tab = useWb((s) => s.tabs.find((x) => x.id === (s.focusedPane === 'secondary' && s.splitTabId ? s.splitTabId : s.activeTabId)));
  if (!tab || (!visible && !presenter)) return null;
  const p = controller.getProcedure(tab.procedureId);
  if (!p) return null;
  const r = p as Record<string, unknown>;
  const purpose = typeof r.purpose === 'string' ? t(locale, `purpose.${r.purpose}` as StringKey) : text(r.purpose, locale);
  const facts: [StringKey, string][] = [
    ['details.medication', procedureText(r.medication, locale, tab)],
    ['details.duration', procedureText(r.duration, locale, tab)],
    ['details.recovery', procedureText(r.recovery, locale, tab)],
    ['details.purpose', purpose],
    ['details.safety', procedureText(r.safety, locale, tab)],
  ];
  if (painMap) {
    const caption = whereItHurtsCaption(selected, tab.procedureId, tab.level, locale);
    facts.unshift(['details.whereItHurts', caption ?? t(locale, 'details.noPainPattern')]);
  }
  const n = tab.step + 1;
  const m = p.steps.length;
  return (
    <section className="sx-wb-panel" aria-labelledby={`${uid}-panel-title`}>
      <h2 id={`${uid}-panel-title`} className="sx-wb-panel-title">
        {presenter ? `${procedureName(p, locale)} ${dashLevel(tab.level)}` : t(locale, 'panel')}
        <span className="sx-wb-panel-step"> · {t(locale, 'stepOf', { n, m })}: {stepTitle(p, tab.step, locale, tab)}</span>
      </h2>
      <div className="sx-wb-panel-body">
        <div className="sx-wb-panel-texts">
          <section className="sx-wb-text" aria-labelledby={`${uid}-pt`}>
            <h3 id={`${uid}-pt`}>{t(locale, 'details.patient')}</h3>
            <p>{stepBody(p, tab.step, locale, 'patient', tab)}</p>
          </section>
          {presenter ? null : (
            <section className="sx-wb-text" aria-labelledby={`${uid}-ct`}>
              <h3 id={`${uid}-ct`}>{t(locale, 'details.clinician')}</h3>
              <p>{stepBody(p, tab.step, locale, 'clinician', tab)}</p>
            </section>
          )}
        </div>
        {presenter ? null : (
          <dl className="sx-wb-facts">
            {facts.filter(([, v]) => v).map(([k, v]) => (
              <div key={k} className="sx-wb-fact">
                <dt>{t(locale, k)}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </section>
  );
}
