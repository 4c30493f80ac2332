// The audit's reference: the smallest React 19 page this toolchain makes, a heading and the same
// lead paragraph as the tool's start page, rendered in the browser. Built at audit time, never shipped.
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <main>
      <h1>Choose how your service works with another</h1>
      <p>
        Answer a few questions about what you want to achieve and your situation. You'll get a suggested way of working together, what it
        takes, and when to look at it again.
      </p>
    </main>,
  );
}
