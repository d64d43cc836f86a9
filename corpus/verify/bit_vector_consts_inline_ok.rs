use vstd::prelude::*;

verus! {

// Spec constants and `#[verifier::inline]` spec fns inside `by (bit_vector)`: constants are
// their exact values and inline fns their bodies, with the meaning they have in the main query.



const MASK: u64 = (1 << 12) - 1;

#[verifier(inline)]
pub spec const VADDR_MAX_BITS: nat = 48;

#[verifier(inline)]
pub spec const VADDR_LOWER_MASK: usize = 0x7fff_ffff_ffff as usize;

#[verifier(inline)]
pub spec const VADDR_UPPER_MASK: usize = 0xffff_8000_0000_0000u64 as usize;

#[verifier(inline)]
pub spec const VADDR_RANGE_SIZE: usize = 0x1_0000_0000_0000u64 as usize;

#[verifier(inline)]
pub open spec fn check_sign_bit(addr: usize) -> bool {
    addr & (1usize << (VADDR_MAX_BITS - 1) as usize) == 1usize << (VADDR_MAX_BITS - 1) as usize
}

#[verifier(inline)]
pub open spec fn vaddr_lower_bits(addr: usize) -> usize {
    addr & VADDR_LOWER_MASK
}

#[verifier(inline)]
pub open spec fn top_all_ones(addr: usize) -> bool {
    addr & VADDR_UPPER_MASK == VADDR_UPPER_MASK
}

#[verifier(inline)]
pub open spec fn top_all_zeros(addr: usize) -> bool {
    addr & VADDR_UPPER_MASK == 0
}

proof fn lemma_bit_mask_relationship()
    ensures
        VADDR_UPPER_MASK == !VADDR_LOWER_MASK,
{
    assert(VADDR_UPPER_MASK == !VADDR_LOWER_MASK) by (bit_vector);
}

proof fn lemma_check_sign_bit(bits: usize)
    requires
        bits < VADDR_RANGE_SIZE,
    ensures
        check_sign_bit(bits) == (bits > VADDR_LOWER_MASK),
{
    assert(check_sign_bit(bits) == (bits > VADDR_LOWER_MASK)) by (bit_vector)
        requires
            bits < VADDR_RANGE_SIZE,
    ;
}

proof fn lemma_upper_address_has_sign_bit(bits: usize)
    ensures
        top_all_ones(bits) ==> check_sign_bit(bits),
{
    assert(top_all_ones(bits) ==> check_sign_bit(bits)) by (bit_vector);
}

proof fn lemma_inner_addr_as_vaddr(bits: usize)
    ensures
        top_all_ones(bits) == (bits >= VADDR_UPPER_MASK),
        top_all_zeros(bits) == (bits <= VADDR_LOWER_MASK),
{
    assert(top_all_ones(bits) == (bits >= VADDR_UPPER_MASK)) by (bit_vector);
    assert(top_all_zeros(bits) == (bits <= VADDR_LOWER_MASK)) by (bit_vector);
}

fn mask(x: u64) -> (r: u64)
    ensures r <= MASK,
{
    let r = x & MASK;
    assert(r <= MASK) by (bit_vector) requires r == x & MASK;
    r
}

// consts whose initializer the checker cannot evaluate are translated as spec code
#[verifier::inline]
pub spec const NOT_LOW: u64 = !0xfffu64;

#[verifier::inline]
pub open spec fn plus_one(x: u8) -> int {
    x + 1
}

#[verifier::inline]
pub open spec fn high(x: u64) -> u64 {
    x << 60
}

#[verifier::inline]
pub open spec fn page_aligned(x: u64) -> bool {
    x & MASK == 0
}

proof fn through_consts_and_calls(x: u64) {
    assert(NOT_LOW == 0xffff_ffff_ffff_f000) by (bit_vector);
    assert(plus_one(255) == 256) by (bit_vector);
    assert(high(16) == 0) by (bit_vector);
    assert(page_aligned(x & NOT_LOW)) by (bit_vector);
    assert(page_aligned(x) ==> x >> 12 << 12 == x) by (bit_vector);
}

fn main() {
}

} // verus!
