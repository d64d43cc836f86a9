use vstd::prelude::*;

verus! {

fn max_false(a: u32, b: u32) -> (r: u32)
    ensures r == a, //~ ERROR postcondition not satisfied
{
    if a >= b { a } else { b }
}
fn max_true(a: u32, b: u32) -> (r: u32)
    ensures r >= a, r >= b, r == a || r == b,
{
    if a >= b { a } else { b }
}

fn early_false(x: u32) -> (r: u32)
    ensures r < 10, //~ ERROR postcondition not satisfied
{
    if x > 20 {
        return x;
    }
    5
}
fn early_true(x: u32) -> (r: u32)
    ensures r < 10 || r == x,
{
    if x > 20 {
        return x;
    }
    5
}

fn short_circuit_false(v: &Vec<u8>, i: usize) -> bool {
    v[i] == 0 && i < v.len() //~ ERROR precondition not satisfied
}
fn short_circuit_true(v: &Vec<u8>, i: usize) -> bool {
    i < v.len() && v[i] == 0
}

fn or_false(x: u8) -> bool {
    x == 0 || 10 / x > 1 && 10 / (x - 1) > 0 //~ ERROR possible division by zero
}
fn or_true(x: u8) -> bool {
    x == 0 || 10 / x > 1
}

fn compound_false(x: u16) -> u16 {
    let mut y = x;
    y += 1; //~ ERROR possible arithmetic underflow/overflow
    y
}
fn compound_true(x: u16) -> (r: u16)
    requires x < 100,
    ensures r == x * 3,
{
    let mut y = x;
    y *= 3;
    y
}

fn compound_sub_false(x: u16) -> u16 {
    let mut y = x;
    y -= 1; //~ ERROR possible arithmetic underflow/overflow
    y
}
fn compound_sub_true(x: u16) -> u16
    requires x > 0,
{
    let mut y = x;
    y -= 1;
    y
}

fn implies_false(a: bool, b: bool)
    requires a ==> b,
{
    assert(b ==> a); //~ ERROR assertion failed
}
fn implies_true(a: bool, b: bool)
    requires a ==> b, a,
{
    assert(b);
}

fn chain_false(x: u8)
    requires 3 <= x < 10,
{
    assert(3 < x); //~ ERROR assertion failed
}
fn chain_true(x: u8)
    requires 3 <= x < 10,
{
    assert(2 < x <= 9);
}

fn main() {
}

} // verus!
