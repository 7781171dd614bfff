import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { App } from './App.tsx';

// Rendered on the server side so this needs no DOM: it proves the component
// tree builds; the browser tests prove it paints.
describe('App', () => {
  it('names the product in its one heading', () => {
    const html = renderToStaticMarkup(<App />);
    expect(html).toMatch(/<h1[^>]*>Overlay Lab<\/h1>/);
    expect(html.match(/<h1/g)).toHaveLength(1);
  });
});
