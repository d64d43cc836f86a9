//@ no-verify
// `use` with groups, renames and globs.
use vstd::prelude::*;

verus! {

mod shapes {
    pub struct Point {
        pub x: u64,
        pub y: u64,
    }

    pub fn origin() -> Point {
        Point { x: 0, y: 0 }
    }

    pub spec fn is_origin(p: Point) -> bool {
        p.x == 0 && p.y == 0
    }
}

mod more {
    pub const LIMIT: u64 = 10;

    pub fn limit() -> u64 {
        LIMIT
    }
}

use shapes::{Point, origin as make_origin};
use more::*;
use crate::shapes::is_origin;

fn start() -> (p: Point)
    ensures
        is_origin(p),
{
    let p = make_origin();
    p
}

fn bounded() -> u64 {
    let l = limit();
    if l < LIMIT { l } else { LIMIT }
}

fn main() {
}

} // verus!
