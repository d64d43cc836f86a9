use vstd::prelude::*;

verus! {

fn f() -> u32 {
    let mut i: u32 = 0;
    loop
        invariant i <= 10,
        ensures
            i == 11, //~ ERROR postcondition not satisfied
        decreases 10 - i,
    {
        if i == 10 { break; }
        i = i + 1;
    }
    i
}

fn main() {
}

} // verus!
