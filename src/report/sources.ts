/** File texts by path, for renderers that quote source lines. */
import { LineMap } from '../syntax/span.js';

export class SourceSet {
  private readonly maps = new Map<string, LineMap>();
  add(path: string, text: string): void {
    if (!this.maps.has(path)) this.maps.set(path, new LineMap(path, text));
  }
  get(path: string): LineMap | undefined {
    return this.maps.get(path);
  }
  /** The source text a span covers, or '' when the file is unknown. */
  slice(span: { file: string; start: number; end: number }): string {
    const m = this.maps.get(span.file);
    return m ? m.text.slice(span.start, span.end) : '';
  }
}
