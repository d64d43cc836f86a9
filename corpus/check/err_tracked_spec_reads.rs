//@ no-verify
// A tracked value passed to a proof fn's spec (untracked) parameter, or copied into a plain
// `let` of proof code, is only read: it is not moved and may be used again. Passing it to a
// `tracked` parameter or binding it with `let tracked` still moves it.
use vstd::prelude::*;

verus! {

pub struct Permit {
    pub level: u64,
}

pub struct Pair {
    pub left: Permit,
    pub right: u64,
}

spec fn level_of(p: Permit) -> u64 {
    p.level
}

proof fn note_level(p: Permit, q: Permit)
    ensures
        level_of(p) == p.level,
{
}

proof fn take(tracked p: Permit) {
}

proof fn reads_then_moves(tracked p: Permit, tracked q: Permit) -> (tracked r: Permit) {
    note_level(p, q);
    note_level(p, p);
    let copy = p;
    let level = copy.level;
    take(q);
    p
}

proof fn field_copy(tracked pair: Pair) -> (tracked r: Pair) {
    let left_view = pair.left;
    let n = pair.right;
    pair
}

proof fn still_linear(tracked p: Permit) {
    take(p);
    note_level(p, p);
    take(p); //~ ERROR use of moved value: `p`
}

proof fn let_tracked_moves(tracked p: Permit) {
    let tracked mine = p;
    take(p); //~ ERROR use of moved value: `p`
}

fn main() {
}

} // verus!
