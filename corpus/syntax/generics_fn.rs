//@ no-verify
// Generic functions and structs, turbofish.
use vstd::prelude::*;

verus! {

pub struct Wrap<T> {
    pub inner: T,
}

fn id<T>(x: T) -> (r: T)
    ensures
        r == x,
{
    x
}

fn wrap<T>(x: T) -> Wrap<T> {
    Wrap { inner: x }
}

fn use_turbofish() {
    let v = Vec::<u64>::new();
    let w = id::<u64>(3);
}

fn main() {
}

} // verus!
