import type { FormEvent, ReactNode } from "react";
import { ErrorNotice } from "../../components/error-notice.tsx";

/** The frame both auth pages share: a titled form with one error area and a busy submit button. */
export function AuthForm(props: {
  title: string;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: () => void;
  footer: ReactNode;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <section className="page narrow">
      <h1>{props.title}</h1>
      <form className="card form" onSubmit={submit} noValidate>
        {props.children}
        {props.error ? <ErrorNotice error={props.error} /> : null}
        <button type="submit" className="button" disabled={props.busy} aria-busy={props.busy}>
          {props.submitLabel}
        </button>
      </form>
      <p className="muted">{props.footer}</p>
    </section>
  );
}
