import { titleText, useRegistryVersion, useWb, useWorkbench } from './context';
import { t } from './strings';

/** The side bar: every view contributed to the active activity, stacked as sections. */
export function SideBar() {
  const instance = useWorkbench();
  const { registry, controller, uid } = instance;
  useRegistryVersion();
  const activity = useWb((s) => s.activity);
  const visible = useWb((s) => s.sideBarVisible);
  const locale = useWb((s) => s.locale);
  // Views read state through hooks; the snapshot here is for contributed render functions.
  useWb((s) => s);
  const views = registry.allViews().filter((v) => (v.container ?? v.id) === activity);
  const heading = views[0] ? titleText(views[0].title, locale) : t(locale, 'sideBar');
  return (
    <section
      id={`${uid}-sidebar`}
      className="sx-wb-sidebar"
      role="tabpanel"
      aria-labelledby={`${uid}-activity-${activity}`}
      hidden={!visible}
    >
      <h2 className="sx-wb-sidebar-title">{heading}</h2>
      {views.map((v, i) => (
        <div key={v.id} className="sx-wb-view" data-view={v.id}>
          {i > 0 ? <h3 className="sx-wb-section-title">{titleText(v.title, locale)}</h3> : null}
          {v.render({ controller, state: controller.getState() })}
        </div>
      ))}
    </section>
  );
}
