import type { Meta, StoryObj } from '@storybook/react-vite';

/** Keeps the Storybook build alive before the component stories exist; remove once they do. */
function Welcome() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: 24, maxWidth: 640 }}>
      <h1>spine-explainer</h1>
      <p>Interactive 3D spine that shows where each interventional pain procedure is done.</p>
      <p>Component and procedure stories live beside this one, under “Components” and “Procedures”.</p>
    </main>
  );
}

const meta = { title: 'Welcome', component: Welcome } satisfies Meta<typeof Welcome>;
export default meta;
export const Overview: StoryObj<typeof meta> = {};
