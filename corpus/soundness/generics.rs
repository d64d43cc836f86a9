use vstd::prelude::*;

verus! {

fn id<T>(x: T) -> (r: T)
    ensures r == x,
{
    x
}

fn generic_false(a: u8) {
    let b = id(a);
    assert(b == a + 1); //~ ERROR assertion failed
}
fn generic_true(a: u8) {
    let b = id(a);
    assert(b == a);
}

struct Wrap<T> { v: T }

fn wrap_false(w: Wrap<u32>) -> (r: u32)
    ensures r == 0, //~ ERROR postcondition not satisfied
{
    w.v
}
fn wrap_true(w: Wrap<u32>) -> (r: u32)
    ensures r == w.v,
{
    w.v
}

proof fn seq_generic_false<T>(s: Seq<T>, x: T)
    ensures s.push(x)[0] == x, //~ ERROR postcondition not satisfied
{
}
proof fn seq_generic_true<T>(s: Seq<T>, x: T)
    ensures s.push(x)[s.len() as int] == x,
{
}

fn first_false<T>(v: &Vec<T>) -> &T {
    &v[0] //~ ERROR precondition not satisfied
}
fn first_true<T>(v: &Vec<T>) -> &T
    requires v.len() > 0,
{
    &v[0]
}

fn main() {
}

} // verus!
