use vstd::prelude::*;

verus! {

fn f() {
    let mut x: u32 = 1;
    let r = &mut x; //~ ERROR not supported
    *r = 2;
}

fn main() {
}

} // verus!
