use vstd::prelude::*;

verus! {

// allowed: vstd's `allow_panic` is on
pub fn checked(x: u64) -> (r: u64)
    ensures r < 10,
{
    if x >= 10 {
        panic!("too big: {}", x);
    }
    x
}

// nothing runs after a panic, but what comes before it is still proved
pub fn before_panic(x: u64) {
    if x >= 10 {
        assert(x >= 11);
        panic!("too big");
    }
}

// allowed to panic, but a panic may unwind
pub fn no_unwind_panics(x: u64)
    no_unwind when x < 20
{
    if x >= 10 {
        panic!("too big");
    }
}

pub fn no_unwind_unreachable_panic(x: u64)
    no_unwind when x < 10
{
    if x >= 10 {
        panic!("too big");
    }
}

} // verus!
