/**
 * A generated multi-file crate whose modules import each other through glob cycles, as
 * VeriSMo's do: lib.rs declares and re-exports every module (`pub use mI::*`), each module
 * file starts `use super::*; use crate::*;` and re-exports its neighbour, and its functions
 * call names that only the globs bring in.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Writes the crate under `dir` (its lib.rs and one file per module); returns its line count. */
export function writeGlobCycleCrate(dir: string, modules: number): number {
  fs.mkdirSync(dir, { recursive: true });
  let lines = 0;
  const write = (name: string, text: string): void => {
    fs.writeFileSync(path.join(dir, name), text);
    lines += text.split('\n').length;
  };
  const root = ['use vstd::prelude::*;', ''];
  for (let i = 0; i < modules; i++) root.push(`pub mod m${i};`, `pub use m${i}::*;`);
  root.push('', 'verus! {', '', 'pub fn base(x: u64) -> u64 { x }', '', 'fn main() {}', '', '} // verus!', '');
  write('lib.rs', root.join('\n'));
  for (let i = 0; i < modules; i++) write(`m${i}.rs`, moduleText(i, modules));
  return lines;
}

function moduleText(i: number, modules: number): string {
  const prev = i === 0 ? 'base' : `step${i - 1}`;
  return `use super::*;
use crate::*;
pub use crate::m${(i + 1) % modules}::*;
use vstd::prelude::*;

verus! {

pub struct Cell${i} {
    pub value: u64,
    pub limit: u64,
}

impl Cell${i} {
    pub open spec fn wf(&self) -> bool {
        self.value <= self.limit
    }

    pub fn get(&self) -> (r: u64)
        requires
            self.wf(),
        ensures
            r <= self.limit,
    {
        self.value
    }
}

pub open spec fn bound${i}(x: u64) -> bool {
    x < 1000
}

pub fn step${i}(x: u64) -> u64
    requires
        bound${i}(x),
{
    let c = Cell${i} { value: x, limit: 1000 };
    let v = c.get();
    ${prev}(v)
}

} // verus!
`;
}
