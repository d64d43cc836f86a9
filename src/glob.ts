/**
 * `--function GLOB`: `*` matches within a path segment, `**` across segments, `?` one
 * character. A pattern matches a function when it matches its qualified name or any
 * `::`-suffix of it, so `bump`, `Counter::*` and `model::svsm::*` all work.
 */
export function globMatcher(glob: string): (qname: string) => boolean {
  const re = new RegExp(
    '^' +
      glob
        .split(/(\*\*|\*|\?)/)
        .map((part) => (part === '**' ? '.*' : part === '*' ? '[^:]*' : part === '?' ? '[^:]' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
        .join('') +
      '$',
  );
  return (qname) => {
    const segs = qname.split('::');
    for (let i = 0; i < segs.length; i++) if (re.test(segs.slice(i).join('::'))) return true;
    return false;
  };
}
