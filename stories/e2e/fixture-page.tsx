// A page for real-browser tests and screenshots: renders <SpineExplainer> with the props in the URL query,
// (uncontrolled, so the controller can change everything), e.g. ?procedure=epidural-transforaminal&level=L4-L5&side=left&quality=medium&step=2&progress=1.
// The controller is exposed as window.sx (and window.sxControllers by id) so tests drive it through the API.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SpineExplainer, type SpineExplainerController } from '@spine-explainer/react';

const q = new URLSearchParams(location.search);
const get = (k: string) => q.get(k) ?? undefined;
declare global {
  interface Window { sx?: SpineExplainerController; sxErrors?: unknown[] }
}
window.sxErrors = [];

function App() {
  return (
    <div style={{ maxWidth: Number(get('width') ?? 1000), margin: '0 auto' }}>
      <SpineExplainer
        defaultProcedure={get('procedure')}
        defaultLevel={get('level')}
        defaultSide={get('side') as 'left' | 'right' | undefined}
        defaultSite={get('site')}
        defaultStep={get('step') ? Number(get('step')) : undefined}
        defaultMode={get('mode') as 'anatomy' | 'fluoro' | undefined}
        defaultView={get('view') as never}
        theme={(get('theme') as 'light') ?? 'light'}
        locale={(get('locale') as 'en') ?? 'en'}
        readingLevel={(get('reading') as 'patient') ?? 'patient'}
        quality={(get('quality') as 'medium') ?? 'medium'}
        labels={get('labels') !== '0'}
        environment={get('env') === '0' ? false : get('env') === '1' ? true : 'auto'}
        onReady={(c) => {
          window.sx = c;
          const p = get('progress');
          if (p !== undefined) c.setProgress(Number(p));
        }}
        onError={(e) => window.sxErrors!.push(e)}
      />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(get('strict') === '0' ? <App /> : <StrictMode><App /></StrictMode>);
