use vstd::prelude::*;

verus! {

fn f(n: u32) {
    let mut i: u32 = 0;
    while i < 10
        invariant_except_break
            i <= 10,
        invariant
            i < 10 || i == 10,
            i != 5, //~ NOTE failed this invariant
        decreases 10 - i,
    {
        i = i + 1;
        if i == 5 {
            break; //~ ERROR loop invariant not satisfied
        }
        if i == 5 { i = i + 1; }
    }
}

fn main() {
}

} // verus!
