use vstd::prelude::*;

verus! {

fn assume_scope_false(x: u32) {
    if x > 5 {
        assume(x == 7);
    }
    assert(x == 7); //~ ERROR assertion failed
}
fn assume_scope_true(x: u32) {
    if x > 5 {
        assume(x == 7);
        assert(x == 7);
    }
}

fn assert_continue_false(x: u32) {
    assert(x > 0); //~ ERROR assertion failed
    assert(x > 1); //~ ERROR assertion failed
}
fn assert_continue_true(x: u32) {
    assert(x >= 0);
    assert(x + 0 == x);
}

fn join_false(c: bool) -> (r: u8)
    ensures r == 1, //~ ERROR postcondition not satisfied
{
    let mut x: u8 = 0;
    if c {
        x = 1;
    }
    x
}
fn join_true(c: bool) -> (r: u8)
    ensures r <= 1, c ==> r == 1,
{
    let mut x: u8 = 0;
    if c {
        x = 1;
    }
    x
}

fn let_shadow_false(x: u8) -> (r: u8)
    requires x < 10,
    ensures r == x, //~ ERROR postcondition not satisfied
{
    let x = x + 1;
    x
}
fn let_shadow_true(x: u8) -> (r: u8)
    requires x < 10,
    ensures r == x + 1,
{
    let x = x + 1;
    x
}

fn main() {
}

} // verus!
