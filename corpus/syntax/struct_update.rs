//@ no-verify
// Struct literals with shorthand fields and ..base, nested field assignment.
use vstd::prelude::*;

verus! {

pub struct Cfg {
    pub a: u64,
    pub b: u64,
    pub on: bool,
}

fn defaults() -> Cfg {
    Cfg { a: 1, b: 2, on: false }
}

fn with_a(c: Cfg, a: u64) -> (r: Cfg)
    ensures
        r.a == a,
        r.b == c.b,
{
    Cfg { a, ..c }
}

fn toggle(c: &mut Cfg) {
    c.on = !c.on;
}

fn main() {
}

} // verus!
