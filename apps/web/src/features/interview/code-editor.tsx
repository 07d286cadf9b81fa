import {
  defaultKeymap,
  history,
  historyKeymap,
  indentMore,
  indentWithTab,
} from "@codemirror/commands";
import { javascript } from "@codemirror/lang-javascript";
import { python } from "@codemirror/lang-python";
import {
  bracketMatching,
  defaultHighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from "@codemirror/language";
import { EditorState } from "@codemirror/state";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import { type RefObject, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

export interface CodeEditorProps {
  value: string;
  language: "javascript" | "typescript" | "python";
  readOnly: boolean;
  label: string;
  onChange: (code: string) => void;
  /** Ctrl/Cmd+Enter inside the editor. */
  onRun: () => void;
}

/** CodeMirror 6, loaded only in the interview room (it is most of the room's weight). */
export default function CodeEditor({
  value,
  language,
  readOnly,
  label,
  onChange,
  onRun,
}: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef({ onChange, onRun });
  callbacks.current = { onChange, onRun };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the editor owns its text after creation; it is rebuilt only when the language or mode changes.
  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          history(),
          drawSelection(),
          highlightActiveLine(),
          indentOnInput(),
          bracketMatching(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          language === "python" ? python() : javascript({ typescript: language === "typescript" }),
          keymap.of([
            {
              key: "Mod-Enter",
              run: () => {
                callbacks.current.onRun();
                return true;
              },
            },
            indentWithTab,
            ...defaultKeymap,
            ...historyKeymap,
          ]),
          EditorState.readOnly.of(readOnly),
          EditorView.contentAttributes.of({ "aria-label": label }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => editor.destroy();
  }, [language, readOnly, label]);

  return (
    <>
      {readOnly ? null : <SymbolBar view={view} />}
      <div className="code-editor" ref={host} />
    </>
  );
}

/** Characters a phone keyboard hides behind extra taps; Tab indents the line. */
const symbols = [
  "(",
  ")",
  "{",
  "}",
  "[",
  "]",
  "<",
  ">",
  "=",
  "+",
  "-",
  "*",
  "/",
  ":",
  ";",
  ",",
  ".",
  '"',
  "'",
  "!",
  "_",
  "&",
  "|",
];

/**
 * A row of symbol keys above the editor on touch screens and narrow windows. A tap types into the
 * editor where the cursor is, without taking the focus (so the phone keyboard stays open).
 */
function SymbolBar({ view }: { view: RefObject<EditorView | null> }) {
  const { t } = useTranslation();
  const type = (text: string) => {
    const editor = view.current;
    if (!editor) return;
    if (text === "\t") indentMore(editor);
    else editor.dispatch(editor.state.replaceSelection(text));
    editor.focus();
  };
  return (
    <div className="symbol-bar" role="toolbar" aria-label={t("room.symbols")}>
      <button
        type="button"
        onPointerDown={(event) => event.preventDefault()}
        onClick={() => type("\t")}
        aria-label={t("room.indent")}
      >
        ⇥
      </button>
      {symbols.map((symbol) => (
        <button
          key={symbol}
          type="button"
          onPointerDown={(event) => event.preventDefault()}
          onClick={() => type(symbol)}
        >
          {symbol}
        </button>
      ))}
    </div>
  );
}
