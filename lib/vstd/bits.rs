//! Bitwise operators on `u64` and their arithmetic meaning.
verus! {

use crate::arithmetic::power2::{lemma2_to64, lemma2_to64_rest, lemma_pow2_pos, lemma_pow2_strictly_increases, pow2};

/// The number whose low `n` bits are set: `pow2(n) - 1`.
pub open spec fn low_bits_mask(n: nat) -> nat {
    (pow2(n) - 1) as nat
}

/// `pow2(n)` fits in a `u64` (below `u64::MAX`) for `n < 64`.
pub broadcast proof fn lemma_u64_pow2_no_overflow(n: nat)
    requires
        0 <= n < 64,
    ensures
        0 < #[trigger] pow2(n) < u64::MAX,
{
    lemma_pow2_pos(n);
    lemma2_to64_rest();
    if n < 63 {
        lemma_pow2_strictly_increases(n, 63);
    }
}

/// Shifting left by `shift` multiplies by `pow2(shift)` when the product fits.
#[verifier::external_body]
pub broadcast proof fn lemma_u64_shl_is_mul(x: u64, shift: u64)
    requires
        0 <= shift < 64,
        x * pow2(shift as nat) <= u64::MAX,
    ensures
        #[trigger] (x << shift) == x * pow2(shift as nat),
{
}

/// Shifting right by `shift` divides by `pow2(shift)`.
#[verifier::external_body]
pub broadcast proof fn lemma_u64_shr_is_div(x: u64, shift: u64)
    requires
        0 <= shift < 64,
    ensures
        #[trigger] (x >> shift) == x as nat / pow2(shift as nat),
{
}

/// Masking with the low `n` bits is the remainder by `pow2(n)`.
#[verifier::external_body]
pub broadcast proof fn lemma_u64_low_bits_mask_is_mod(x: u64, n: nat)
    requires
        n < 64,
    ensures
        #[trigger] (x & (low_bits_mask(n) as u64)) == x % (pow2(n) as u64),
{
}

} // verus!
