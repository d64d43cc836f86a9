use vstd::prelude::*;

verus! {

spec fn even(x: int) -> bool { x % 2 == 0 }
proof fn p() {
    assert forall|x: int| even(x) implies even(x + 1) by { } //~ ERROR assertion failed
}

fn main() {
}

} // verus!
