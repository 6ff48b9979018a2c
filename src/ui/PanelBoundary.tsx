import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorNotice } from './QueryView';

interface Props {
  readonly what: string;
  readonly children: ReactNode;
}

/** Keeps a failure inside one panel: the panel shows what failed, the rest of the page stays. */
export class PanelBoundary extends Component<Props, { error: unknown }> {
  state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`Panel "${this.props.what}" failed`, error, info.componentStack);
  }

  render() {
    return this.state.error === null ? (
      this.props.children
    ) : (
      <ErrorNotice what={this.props.what} error={this.state.error} />
    );
  }
}
