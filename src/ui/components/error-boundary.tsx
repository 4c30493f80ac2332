import { Component, type ReactNode } from 'react';

/**
 * The last line of defence: if a page fails to render or its code cannot load (for example the
 * network dropped mid-update), say so and offer a reload instead of leaving a blank page.
 * Answers are saved as they are given, so a reload loses nothing.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="callout">
        <h1>This page could not be shown</h1>
        <p>Something went wrong loading this page. Your answers are saved on this device.</p>
        <p>
          <button type="button" className="button" onClick={() => location.reload()}>
            Reload the page
          </button>
        </p>
      </div>
    );
  }
}
