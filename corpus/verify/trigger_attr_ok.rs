use vstd::prelude::*;

verus! {

spec fn f(x: int) -> int;
proof fn p()
    requires forall|x: int| #![trigger f(x)] f(x) > x,
{
    assert(f(3) > 3);
}

fn main() {
}

} // verus!
