/** People in the library: owners and approvers written as "Name <email>". */
export interface Identity {
  readonly name: string;
  readonly email: string | undefined;
}

export function parseIdentity(text: string): Identity {
  const m = /^\s*(.*?)\s*<\s*([^<>\s]+)\s*>\s*$/.exec(text);
  if (m) return { name: m[1]!, email: m[2]! };
  const trimmed = text.trim();
  return /^[^\s@]+@[^\s@]+$/.test(trimmed) ? { name: "", email: trimmed } : { name: trimmed, email: undefined };
}

/** The same person: equal e-mail addresses (case-insensitive) when both have one, else equal names. */
export function sameIdentity(a: string, b: string): boolean {
  const x = parseIdentity(a);
  const y = parseIdentity(b);
  if (x.email && y.email) return x.email.toLowerCase() === y.email.toLowerCase();
  const norm = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
  return norm(x.name) !== "" && norm(x.name) === norm(y.name);
}

/** The librarian entry (as written in copydesk.yaml) that names this person, if any. */
export function findLibrarian(librarians: readonly string[], who: string): string | undefined {
  return librarians.find((l) => sameIdentity(l, who));
}
