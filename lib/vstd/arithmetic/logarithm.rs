//! Integer logarithms.
verus! {

use crate::arithmetic::div_mod::{lemma_div_decreases, lemma_div_is_ordered, lemma_div_multiples_vanish, lemma_div_pos_is_pos};
use crate::arithmetic::power::{lemma_pow_positive, lemma_pow_unfold, pow};

/// The number of times `pow` can be divided by `base` before it drops below `base` (the
/// floor of the logarithm, for `base > 1` and `pow >= 1`; 0 for a base of 1 or less).
/// Opaque, as in vstd. (The last two tests never hold for `base > 1 <= pow`: they make
/// the termination argument local.)
#[verifier::opaque]
pub open spec fn log(base: int, pow: int) -> int
    decreases pow,
{
    if pow < base || base <= 1 || pow / base >= pow || pow / base < 0 {
        0
    } else {
        1 + log(base, pow / base)
    }
}

/// Below the base, the logarithm is 0.
pub proof fn lemma_log0(base: int, pow: int)
    requires
        base > 1,
        0 <= pow < base,
    ensures
        log(base, pow) == 0,
{
    reveal(log);
}

/// At or above the base, the logarithm is one more than that of `pow / base`.
pub proof fn lemma_log_s(base: int, pow: int)
    requires
        base > 1,
        pow >= base,
    ensures
        pow / base >= 0,
        log(base, pow) == 1 + log(base, pow / base),
{
    lemma_div_pos_is_pos(pow, base);
    lemma_div_decreases(pow, base);
    reveal(log);
}

/// The logarithm is never negative.
pub proof fn lemma_log_nonnegative(base: int, pow: int)
    requires
        base > 1,
        0 <= pow,
    ensures
        0 <= log(base, pow),
    decreases pow,
{
    if pow < base {
        lemma_log0(base, pow);
    } else {
        lemma_log_s(base, pow);
        lemma_div_decreases(pow, base);
        lemma_log_nonnegative(base, pow / base);
    }
}

/// The logarithm keeps order.
pub proof fn lemma_log_is_ordered(base: int, pow: int, pow2: int)
    requires
        base > 1,
        0 <= pow <= pow2,
    ensures
        log(base, pow) <= log(base, pow2),
    decreases pow,
{
    if pow < base {
        lemma_log0(base, pow);
        lemma_log_nonnegative(base, pow2);
    } else {
        lemma_log_s(base, pow);
        lemma_log_s(base, pow2);
        lemma_div_decreases(pow, base);
        lemma_div_is_ordered(pow, pow2, base);
        lemma_log_is_ordered(base, pow / base, pow2 / base);
    }
}

/// The logarithm of a power of the base is the exponent.
pub proof fn lemma_log_pow(base: int, n: nat)
    requires
        base > 1,
    ensures
        log(base, pow(base, n)) == n,
    decreases n,
{
    if n == 0 {
        reveal(pow);
        lemma_log0(base, 1);
    } else {
        lemma_pow_unfold(base, n);
        lemma_pow_positive(base, (n - 1) as nat);
        let p = pow(base, (n - 1) as nat);
        assert(base * p >= base) by (nonlinear_arith)
            requires
                base > 1,
                p > 0,
        ;
        lemma_log_s(base, base * p);
        lemma_div_multiples_vanish(p, base);
        lemma_log_pow(base, (n - 1) as nat);
    }
}

} // verus!
