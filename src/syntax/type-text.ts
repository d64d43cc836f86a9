import type { TypeExpr } from './ast.js';

/** A type as written, compactly: `Vec<u8>`, `&mut S`, `(A,B)`; for names and messages. */
export function typeExprText(t: TypeExpr): string {
  switch (t.kind) {
    case 'path': return t.segments.join('::') + (t.args.length ? `<${t.args.map(typeExprText).join(',')}>` : '');
    case 'ref': return `&${t.mut ? 'mut ' : ''}${typeExprText(t.inner)}`;
    case 'tuple': return `(${t.elems.map(typeExprText).join(',')})`;
    case 'ptr': return `*${t.mut ? 'mut' : 'const'} ${typeExprText(t.inner)}`;
    default: return t.kind;
  }
}
