/** POSIX path helpers for core (no Node imports, so core runs in a browser). */
export function dirname(path: string): string {
  const i = path.replace(/\/+$/, "").lastIndexOf("/");
  if (i < 0) return ".";
  return i === 0 ? "/" : path.slice(0, i);
}

export function join(...parts: string[]): string {
  return normalize(parts.filter((p) => p !== "").join("/"));
}

export function normalize(path: string): string {
  const absolute = path.startsWith("/");
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (out.length && out[out.length - 1] !== "..") out.pop();
      else if (!absolute) out.push("..");
    } else out.push(seg);
  }
  const joined = out.join("/");
  return absolute ? `/${joined}` : joined || ".";
}

/** `path` relative to `from` (both absolute). */
export function relative(from: string, path: string): string {
  const a = normalize(from).split("/").filter(Boolean);
  const b = normalize(path).split("/").filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/") || ".";
}

export function resolve(base: string, path: string): string {
  return path.startsWith("/") ? normalize(path) : join(base, path);
}
