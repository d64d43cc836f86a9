use vstd::prelude::*;

verus! {

spec fn is_even(n: nat) -> bool
    decreases n,
{
    if n == 0 { true } else { is_odd((n - 1) as nat) }
}
spec fn is_odd(n: nat) -> bool
    decreases n,
{
    if n == 0 { false } else { is_even((n - 1) as nat) }
}
proof fn p() {
    assert(is_even(0));
    assert(is_odd(1));
}

fn main() {
}

} // verus!
