// The demo page: the full React explainer, wired the way a React app would use it (controlled props).
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { SpineExplainer, type Side } from '@spine-explainer/react';

function App() {
  const [procedure, setProcedure] = useState('epidural-transforaminal');
  const [level, setLevel] = useState<string | undefined>('L4-L5');
  const [side, setSide] = useState<Side | undefined>('left');
  return (
    <SpineExplainer
      id="demo"
      procedure={procedure}
      level={level}
      side={side}
      onProcedureChange={(e) => {
        setProcedure(e.procedure);
        // The new procedure picks its own default level and side.
        setLevel(undefined);
        setSide(undefined);
      }}
      onLevelChange={(e) => setLevel(e.value)}
      onSideChange={(e) => setSide(e.value as Side | undefined)}
      style={{ minHeight: 560 }}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
