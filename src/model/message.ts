/**
 * A sentence as a code with parameters, as Kiali's validations do (`Build(code, path)`): the page renders it through
 * i18n (`reason.<code>` for engine reasons and warnings, `action.<code>` for action errors), and the engine and the
 * CLI render the same code in English from one catalogue, so English has a single source.
 *
 * A parameter is data (a name, a port, a policy), an enum word the renderers translate (see `ENUM_PARAMS` in
 * src/engine/reasons/catalogue.ts), or a nested message (a clause the sentence is built from); a list of messages
 * is read as clauses joined by "; ".
 */
export interface Message {
  code: string;
  params: Record<string, MessageParam>;
}

export type MessageParam = string | number | Message | Message[];

/** A canvas action the user asked for and the design refuses: English text (`error`) and the same as a message. */
export interface ActionError {
  error: string;
  message: Message;
}
