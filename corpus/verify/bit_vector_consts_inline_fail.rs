use vstd::prelude::*;

verus! {

const MASK: u64 = (1 << 12) - 1;

// its initializer overflows (an error there): users only know it is some u8
const BIG: u8 = 255 + 1; //~ ERROR possible arithmetic underflow/overflow

#[verifier::inline]
pub spec const WRAPPED: u8 = 300 as u8;

#[verifier::inline]
pub spec const VADDR_LOWER_MASK: usize = 0x7fff_ffff_ffff as usize;

#[verifier::inline]
pub spec const VADDR_RANGE_SIZE: usize = 0x1_0000_0000_0000u64 as usize;

#[verifier::inline]
pub open spec fn check_sign_bit(addr: usize) -> bool {
    addr & (1usize << 47) == 1usize << 47
}

#[verifier::inline]
pub open spec fn plus_one(x: u8) -> int {
    x + 1
}

#[verifier::inline]
pub open spec fn high(x: u64) -> u64 {
    x << 60
}

pub open spec fn not_inline(x: u64) -> u64 {
    x & MASK
}

proof fn consts_are_exact(x: u64) {
    assert(MASK == 0x1fff) by (bit_vector); //~ ERROR assertion failed
}

proof fn overflowing_const_unknown() {
    assert(BIG == 0) by (bit_vector); //~ ERROR assertion failed
}

proof fn overflowing_const_in_type() {
    assert(BIG <= 255) by (bit_vector);
}

proof fn cast_wraps() {
    assert(WRAPPED == 300) by (bit_vector); //~ ERROR assertion failed
}

proof fn no_wrap_in_int() {
    assert(plus_one(255) == 0) by (bit_vector); //~ ERROR assertion failed
}

proof fn shift_wraps() {
    assert(high(16) == 16 * 0x1000_0000_0000_0000) by (bit_vector); //~ ERROR assertion failed
}

// without its requires the sign bit says nothing about the range
proof fn sign_bit_needs_range(bits: usize) {
    assert(check_sign_bit(bits) == (bits > VADDR_LOWER_MASK)) by (bit_vector); //~ ERROR assertion failed
}

// the claim holds with the same meaning in the main query: nothing false follows from it
proof fn nothing_false_follows(bits: usize)
    requires bits < VADDR_RANGE_SIZE,
{
    assert(check_sign_bit(bits) == (bits > VADDR_LOWER_MASK)) by (bit_vector)
        requires bits < VADDR_RANGE_SIZE;
    assert(false); //~ ERROR assertion failed
}

// a spec fn's body is unfolded too, inline or not (Verus's interpreter simplifies the claim first)
proof fn unfolds_spec_fns(x: u64) {
    assert(not_inline(x) <= MASK) by (bit_vector);
    assert(not_inline(x) < MASK) by (bit_vector); //~ ERROR assertion failed
}

spec fn below_page(x: u64) -> bool {
    x < 0x1000
}

#[verifier::bit_vector]
proof fn lemma_masked(x: u64)
    requires below_page(x),
    ensures x & MASK == x,
{
}

#[verifier::bit_vector]
proof fn lemma_masked_wrong(x: u64)
    requires below_page(x),
    ensures x & 0x7ff == x, //~ ERROR assertion failed
{
}

uninterp spec fn unknown(x: u64) -> u64;

proof fn only_visible_bodies(x: u64) {
    assert(unknown(x) <= MASK) by (bit_vector); //~ ERROR not supported: a call of `bit_vector_consts_inline_fail::unknown` (only spec fns with a visible, non-recursive body are expanded) in a bit_vector assertion
}

fn main() {
}

} // verus!
