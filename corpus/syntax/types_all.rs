//@ no-verify
// Every type form of the subset.
use vstd::prelude::*;

verus! {

pub struct Holder<T> {
    pub item: T,
}

spec fn types(
    a: bool,
    b: u8,
    c: u16,
    d: u32,
    e: u64,
    f: u128,
    g: usize,
    h: i8,
    i: i16,
    j: i32,
    k: i64,
    l: i128,
    m: isize,
    n: char,
    o: int,
    p: nat,
    q: (u8, bool),
    r: [u8; 4],
    s: Seq<Seq<u8>>,
    t: Set<int>,
    u: Map<int, bool>,
    v: Option<u64>,
    w: Holder<u64>,
) -> bool {
    true
}

fn refs(x: &u64, y: &mut u64, z: &[u8], v: &Vec<u8>, bx: Box<u64>) {
}

fn ghosty(g: Ghost<int>, t: Tracked<u64>) {
}

fn unit_ret() -> () {
}

fn main() {
}

} // verus!
