use vstd::prelude::*;

verus! {

fn incr_false(a: &mut u32)
    requires *old(a) < 100,
    ensures *final(a) == *old(a) + 2, //~ ERROR postcondition not satisfied
{
    *a = *a + 1;
}
fn incr_true(a: &mut u32)
    requires *old(a) < 100,
    ensures *final(a) == *old(a) + 1,
{
    *a = *a + 1;
}

fn swap_false(a: &mut u8, b: &mut u8)
    ensures *final(a) == *old(a), //~ ERROR postcondition not satisfied
{
    let t = *a;
    *a = *b;
    *b = t;
}
fn swap_true(a: &mut u8, b: &mut u8)
    ensures *final(a) == *old(b), *final(b) == *old(a),
{
    let t = *a;
    *a = *b;
    *b = t;
}

fn set_if_false(a: &mut u64, c: bool)
    ensures *final(a) == 7, //~ ERROR postcondition not satisfied
{
    if c {
        *a = 7;
    }
}
fn set_if_true(a: &mut u64, c: bool)
    ensures c ==> *final(a) == 7, !c ==> *final(a) == *old(a),
{
    if c {
        *a = 7;
    }
}

fn caller_false() {
    let mut x: u32 = 5;
    incr_true(&mut x);
    assert(x == 5); //~ ERROR assertion failed
}
fn caller_true() {
    let mut x: u32 = 5;
    incr_true(&mut x);
    assert(x == 6);
}

fn vec_mut_false(v: &mut Vec<u8>)
    requires old(v).len() > 0,
    ensures final(v)@ == old(v)@, //~ ERROR postcondition not satisfied
{
    v.set(0, 1);
}
fn vec_mut_true(v: &mut Vec<u8>)
    requires old(v).len() > 0,
    ensures final(v)@ == old(v)@.update(0, 1),
{
    v.set(0, 1);
}

fn overflow_mut_false(a: &mut u8) {
    *a = *a + 1; //~ ERROR possible arithmetic underflow/overflow
}
fn overflow_mut_true(a: &mut u8)
    requires *old(a) < 255,
{
    *a = *a + 1;
}

fn main() {
}

} // verus!
