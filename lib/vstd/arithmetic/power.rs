//! Powers of integers.
verus! {

use crate::arithmetic::mul::{lemma_mul_inequality, lemma_mul_strictly_positive};

/// `b` to the power `e`. Opaque, as in vstd: `reveal(pow)` unfolds it.
#[verifier::opaque]
pub open spec fn pow(b: int, e: nat) -> int
    decreases e,
{
    if e == 0 { 1 } else { b * pow(b, (e - 1) as nat) }
}

/// `pow(b, 0) == 1`.
pub broadcast proof fn lemma_pow0(b: int)
    ensures
        #[trigger] pow(b, 0) == 1,
{
    reveal(pow);
}

/// `pow(b, 1) == b`.
pub broadcast proof fn lemma_pow1(b: int)
    ensures
        #[trigger] pow(b, 1) == b,
{
    reveal(pow);
    assert(pow(b, 0) == 1);
}

/// One step of the definition: `pow(b, e) == b * pow(b, e - 1)` for a positive `e`.
pub proof fn lemma_pow_unfold(b: int, e: nat)
    requires
        e > 0,
    ensures
        pow(b, e) == b * pow(b, (e - 1) as nat),
{
    reveal(pow);
}

/// `pow(x, 2) == x * x`.
pub broadcast proof fn lemma_square_is_pow2(x: int)
    ensures
        #[trigger] pow(x, 2) == x * x,
{
    lemma_pow_unfold(x, 2);
    lemma_pow1(x);
}

/// A positive base has positive powers.
pub broadcast proof fn lemma_pow_positive(b: int, e: nat)
    requires
        b > 0,
    ensures
        0 < #[trigger] pow(b, e),
    decreases e,
{
    if e == 0 {
        lemma_pow0(b);
    } else {
        lemma_pow_positive(b, (e - 1) as nat);
        lemma_pow_unfold(b, e);
        lemma_mul_strictly_positive(b, pow(b, (e - 1) as nat));
    }
}

/// `pow(b, e1 + e2) == pow(b, e1) * pow(b, e2)`.
pub broadcast proof fn lemma_pow_adds(b: int, e1: nat, e2: nat)
    ensures
        #[trigger] pow(b, e1 + e2) == pow(b, e1) * pow(b, e2),
    decreases e2,
{
    if e2 == 0 {
        lemma_pow0(b);
    } else {
        lemma_pow_adds(b, e1, (e2 - 1) as nat);
        lemma_pow_unfold(b, e1 + e2);
        lemma_pow_unfold(b, e2);
        assert(b * (pow(b, e1) * pow(b, (e2 - 1) as nat)) == pow(b, e1) * (b * pow(b, (e2 - 1) as nat))) by (nonlinear_arith);
    }
}

/// Powers of a base above 1 grow strictly with the exponent.
pub broadcast proof fn lemma_pow_strictly_increases(b: nat, e1: nat, e2: nat)
    requires
        1 < b,
        e1 < e2,
    ensures
        #[trigger] pow(b as int, e1) < #[trigger] pow(b as int, e2),
    decreases e2,
{
    lemma_pow_positive(b as int, e1);
    lemma_pow_unfold(b as int, e2);
    let p = pow(b as int, (e2 - 1) as nat);
    lemma_pow_positive(b as int, (e2 - 1) as nat);
    if e1 < e2 - 1 {
        lemma_pow_strictly_increases(b, e1, (e2 - 1) as nat);
    }
    // pow(b, e1) <= p < 2 * p <= b * p
    lemma_mul_inequality(2, b as int, p);
}

/// Powers of a positive base do not shrink as the exponent grows.
pub broadcast proof fn lemma_pow_increases(b: nat, e1: nat, e2: nat)
    requires
        b > 0,
        e1 <= e2,
    ensures
        #[trigger] pow(b as int, e1) <= #[trigger] pow(b as int, e2),
    decreases e2,
{
    if e1 < e2 {
        lemma_pow_increases(b, e1, (e2 - 1) as nat);
        lemma_pow_unfold(b as int, e2);
        lemma_pow_positive(b as int, (e2 - 1) as nat);
        lemma_mul_inequality(1, b as int, pow(b as int, (e2 - 1) as nat));
    }
}

} // verus!
