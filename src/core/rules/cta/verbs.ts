/**
 * Imperative verbs that open a call to action in link or button text ("Shop the sale", "Track your
 * package"), beside `cta.verbs`. Words that more often start a noun phrase in link text ("Head
 * roaster", "Store hours") are left out.
 */
export const IMPERATIVE_VERBS: ReadonlySet<string> = new Set([
  "access", "activate", "add", "apply", "ask", "attend", "begin", "book", "browse", "build", "buy", "call", "change",
  "chat", "check", "choose", "claim", "click", "collect", "come", "compare", "complete", "configure", "confirm",
  "connect", "contact", "continue", "create", "customise", "customize", "design", "discover", "dm", "donate",
  "download", "earn", "email", "enable", "enjoy", "enrol", "enroll", "enter", "experience", "explore", "find", "finish",
  "follow", "get", "gift", "give", "go", "grab", "hear", "install", "invite", "join", "keep", "learn", "leave",
  "let's", "lets", "listen", "log", "make", "manage", "meet", "message", "open", "order", "pay", "pick", "plan",
  "play", "pledge", "pre-order", "preorder", "print", "purchase", "rate", "reach", "read", "redeem", "refer",
  "register", "renew", "reply", "request", "reserve", "restock", "resume", "return", "review", "rsvp", "sample",
  "save", "schedule", "secure", "see", "select", "send", "set", "share", "shop", "show", "sign", "snag", "start",
  "stay", "stock", "stop", "submit", "subscribe", "support", "swap", "switch", "tag", "take", "talk", "tap", "taste",
  "tell", "text", "track", "treat", "try", "turn", "unlock", "update", "upgrade", "upload", "use", "view", "visit", "vote",
  "watch", "write",
]);

/**
 * Second words that turn a verb-like first word into a noun phrase: "Order status", "Return
 * policy", "Gift cards", "Email preferences".
 */
export const NOUN_HEADS: ReadonlySet<string> = new Set([
  "address", "alerts", "card", "cards", "center", "centre", "club", "conditions", "confirmation", "details", "faq",
  "faqs", "form", "history", "hours", "info", "information", "message", "messages", "number", "page", "pages",
  "policies", "policy", "preferences", "settings", "status", "summary", "terms",
]);

/** Words after a verb that make a greeting or sign-off, not a call to action: "See you soon", "Read on". */
export const NOT_AN_ACTION: ReadonlySet<string> = new Set(["you", "ya", "yourself", "on", "well", "ready"]);

/** Verbs for which "on" is a particle with an object, not "Read on": "Turn on alerts", "Switch on Overdraft Cover". */
export const VERBS_WITH_ON: ReadonlySet<string> = new Set(["turn", "switch", "log", "sign"]);

/** Whether `second`, the word after the verb `first`, makes the phrase a greeting or sign-off rather than an action. */
export function isNotAnAction(first: string, second: string): boolean {
  return NOT_AN_ACTION.has(second) && !(second === "on" && VERBS_WITH_ON.has(first));
}

/** Link texts that are footer boilerplate, not calls to action. */
export const BOILERPLATE = /^(?:unsubscribe|opt[ -]?out|view (?:this (?:email|message) )?(?:in (?:your|a|the) browser|online)|manage (?:your )?(?:email |subscription |notification )?preferences|update (?:your )?(?:email )?preferences)\b/i;
