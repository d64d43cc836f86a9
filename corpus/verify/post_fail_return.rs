use vstd::prelude::*;

verus! {

fn pick(b: bool) -> (r: u32)
    ensures
        r > 0, //~ ERROR postcondition not satisfied
{
    if b {
        return 0; //~ NOTE at this exit
    }
    1
}

fn main() {
}

} // verus!
