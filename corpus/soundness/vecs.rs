use vstd::prelude::*;

verus! {

fn index_false(v: &Vec<u8>, i: usize) -> u8
    requires i <= v.len(),
{
    v[i] //~ ERROR precondition not satisfied
}
fn index_true(v: &Vec<u8>, i: usize) -> (r: u8)
    requires i < v.len(),
    ensures r == v@[i as int],
{
    v[i]
}

fn push_false(v: &mut Vec<u32>)
    ensures final(v).len() == old(v).len(), //~ ERROR postcondition not satisfied
{
    v.push(1);
}
fn push_true(v: &mut Vec<u32>)
    ensures final(v).len() == old(v).len() + 1, final(v)@.last() == 1,
{
    v.push(1);
}

fn pop_false(v: &mut Vec<u32>)
    requires old(v).len() > 0,
    ensures final(v).len() == old(v).len(), //~ ERROR postcondition not satisfied
{
    v.pop();
}
fn pop_true(v: &mut Vec<u32>) -> (r: Option<u32>)
    requires old(v).len() > 0,
    ensures final(v).len() == old(v).len() - 1, r == Some(old(v)@.last()),
{
    v.pop()
}

fn set_false(v: &mut Vec<u8>, i: usize) {
    v.set(i, 0); //~ ERROR precondition not satisfied
}
fn set_true(v: &mut Vec<u8>, i: usize)
    requires i < old(v).len(),
    ensures final(v)@[i as int] == 0,
{
    v.set(i, 0);
}

fn macro_false() {
    let v = vec![1u8, 2, 3];
    assert(v.len() == 2); //~ ERROR assertion failed
}
fn macro_true() {
    let v = vec![1u8, 2, 3];
    assert(v.len() == 3 && v@[2] == 3);
}

fn new_false() {
    let v: Vec<u8> = Vec::new();
    let x = v[0]; //~ ERROR precondition not satisfied
}
fn new_true() {
    let mut v: Vec<u8> = Vec::new();
    v.push(4);
    let x = v[0];
    assert(x == 4);
}

fn main() {
}

} // verus!
