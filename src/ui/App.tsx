// A placeholder until the visualizer lands: enough page for the build, the
// browser tests and the accessibility check to have something real to hold.
export function App() {
  return (
    <main data-testid="app" style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '3rem auto', padding: '0 1rem' }}>
      <h1 data-testid="app-title">Overlay Lab</h1>
      <p>
        See how Linux OverlayFS stacks its layers: lookups, copy-up and whiteouts, step by step, in a simulator
        checked against the real kernel.
      </p>
    </main>
  );
}
