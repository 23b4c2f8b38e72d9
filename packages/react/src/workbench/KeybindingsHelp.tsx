import { useEffect, useRef } from 'react';
import { titleText, useRegistryVersion, useWb, useWorkbench } from './context';
import { formatChord } from './keybindings';
import { t } from './strings';

/** The `?` overlay: every keybinding with its command, generated from the registry. */
export function KeybindingsHelp() {
  const { controller, registry, uid } = useWorkbench();
  useRegistryVersion();
  const open = useWb((s) => s.helpOpen);
  const locale = useWb((s) => s.locale);
  const closeBtn = useRef<HTMLButtonElement>(null);
  useEffect(() => { if (open) closeBtn.current?.focus(); }, [open]);
  if (!open) return null;
  const rows = new Map<string, string[]>();
  for (const kb of [...registry.allKeybindings()].reverse()) {
    const cmd = registry.command(kb.command);
    if (!cmd) continue;
    const title = titleText(cmd.title, locale);
    rows.set(title, [...(rows.get(title) ?? []), formatChord(kb.key)]);
  }
  return (
    <div className="sx-wb-overlay" onPointerDown={(e) => { if (e.target === e.currentTarget) controller.toggleHelp(false); }}>
      <div className="sx-wb-help" role="dialog" aria-modal="true" aria-labelledby={`${uid}-help-title`}
        onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); controller.toggleHelp(false); } }}>
        <div className="sx-wb-help-head">
          <h2 id={`${uid}-help-title`}>{t(locale, 'help')}</h2>
          <button ref={closeBtn} type="button" className="sx-wb-button" onClick={() => controller.toggleHelp(false)}>{t(locale, 'close')}</button>
        </div>
        <table className="sx-wb-help-table">
          <tbody>
            {[...rows].map(([title, keys]) => (
              <tr key={title}>
                <th scope="row">{title}</th>
                <td>{keys.map((k) => <kbd key={k}>{k}</kbd>)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
