use vstd::prelude::*;

verus! {

fn arr_false(a: [u8; 4], i: usize) -> u8
    requires i <= 4,
{
    a[i] //~ ERROR precondition not met: index in bounds for this access
}
fn arr_true(a: [u8; 4], i: usize) -> u8
    requires i < 4,
{
    a[i]
}

fn slice_false(s: &[u32], i: usize) -> u32 {
    s[i] //~ ERROR precondition not met: index in bounds for this access
}
fn slice_true(s: &[u32], i: usize) -> u32
    requires i < s@.len(),
{
    s[i]
}

fn repeat_false() {
    let a = [7u8; 3];
    assert(a[1] == 0); //~ ERROR assertion failed
}
fn repeat_true() {
    let a = [7u8; 3];
    assert(a[1] == 7);
}

fn lit_false() {
    let a = [1u8, 2, 3];
    let x = a[3]; //~ ERROR precondition not met: index in bounds for this access
}
fn lit_true() -> (r: u8)
    ensures r == 3,
{
    let a = [1u8, 2, 3];
    a[2]
}

fn main() {
}

} // verus!
