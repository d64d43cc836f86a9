use vstd::prelude::*;

verus! {

// A file whose name starts with a digit is a crate of that name: its datatypes and
// functions still make well-formed solver queries.
pub struct S { pub a: u8 }

pub enum E { A, B(u8) }

spec fn get(s: S) -> u8 { s.a }

fn read(s: S, e: E) -> (r: u8)
    ensures r == get(s),
{
    s.a
}

fn main() {
}

} // verus!
