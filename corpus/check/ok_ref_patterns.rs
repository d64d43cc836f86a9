//@ no-verify
// Default binding modes: constructor patterns matched through a reference bind references.
use vstd::prelude::*;
verus! {
pub enum E { A(u64), B { x: u32 } }
fn f(o: &Option<u64>, e: &E, p: &(u8, u8)) -> u64 {
    let (a, b) = p;
    let c = *a + b;
    match e {
        E::A(v) => *v + 1,
        E::B { x } => 1u64 + *x as u64,
    };
    match o {
        Some(x) => *x + 1,
        None => 0,
    }
}
spec fn g(o: &Option<u64>) -> u64 {
    match o { Some(x) => x, None => 0 }
}
fn main() {
}
}
