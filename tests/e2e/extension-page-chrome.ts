/**
 * The parts of the extension's `chrome` global that tests use from code evaluated in an
 * extension page (`page.evaluate` runs there, not in Node, so this is only a type).
 */
export interface ExtensionPageChrome {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(key: string): Promise<void>;
    };
  };
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}
