use vstd::prelude::*;
use lemmas::arith::*;

verus! {

broadcast use lemmas::arith_facts;

fn quadruple(x: u32) -> (r: u32)
    requires
        x < 100,
    ensures
        r == double(double(x as int)),
{
    let y = checked_double(x);
    lemmas::arith::checked_double(y)
}

proof fn even_double(x: int)
    ensures
        is_even(double(x)),
{
}

// Not a consequence of the group's lemma: must fail.
proof fn not_implied(x: int)
    ensures
        is_even(x + 1),
{
}

// `lemmas::default_facts` is in force without a `broadcast use`: only for the lemma's inputs
proof fn small_double(x: int)
    requires
        0 <= x < 5,
    ensures
        is_small(double(x)),
{
}

proof fn small_double_out_of_range(x: int)
    requires
        10 <= x,
    ensures
        is_small(double(x)),
{
}

fn uses_body_of_dep(x: u32) -> (r: u32)
    requires
        x < 10,
    ensures
        r == x + 1,
{
    wrong_body(x)
}

fn missing(x: u32) -> u32 {
    lemmas::arith::not_there(x)
}

// std's `add` by the dependency's assumed spec: its `requires` (at most 16) binds this crate
fn ptr_add_dep(p: *mut u64) -> (q: *mut u64)
    requires
        p@.addr < 0x1000,
    ensures
        q@.addr == p@.addr + 8,
        q == p.add(1),
{
    p.add(1)
}

fn ptr_add_dep_requires(p: *mut u64, n: usize) -> (q: *mut u64)
    requires
        p@.addr < 0x1000,
        n < 100,
{
    p.add(n)
}

fn main() {
}

} // verus!
