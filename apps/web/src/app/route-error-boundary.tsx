import { Component, type ReactNode } from "react";
import { useLocation } from "react-router";
import { RouteError } from "./route-error.tsx";

interface Props {
  /** The current address's key: moving elsewhere (the back button) tries rendering again. */
  at: string;
  children: ReactNode;
}

class Boundary extends Component<Props, { caught: { error: unknown } | null }> {
  override state: { caught: { error: unknown } | null } = { caught: null };

  static getDerivedStateFromError(error: unknown) {
    return { caught: { error } };
  }

  override componentDidUpdate(previous: Props) {
    if (this.state.caught && previous.at !== this.props.at) this.setState({ caught: null });
  }

  override render() {
    return this.state.caught ? <RouteError error={this.state.caught.error} /> : this.props.children;
  }
}

/** A page that throws while rendering (or whose code fails to arrive) shows the crash page. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  return <Boundary at={useLocation().key}>{children}</Boundary>;
}
