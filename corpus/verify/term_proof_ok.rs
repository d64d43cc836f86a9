use vstd::prelude::*;

verus! {

spec fn sum_to(n: nat) -> nat
    decreases n,
{
    if n == 0 { 0 } else { n + sum_to((n - 1) as nat) }
}
proof fn lemma_sum_ge(n: nat)
    ensures sum_to(n) >= n,
    decreases n,
{
    if n > 0 {
        lemma_sum_ge((n - 1) as nat);
    }
}

fn main() {
}

} // verus!
