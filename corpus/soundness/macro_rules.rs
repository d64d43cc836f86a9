use vstd::prelude::*;

// Lemmas made by `macro_rules!` (as coconut-svsm's verify_proof makes its bit lemmas): each
// expansion is a lemma of its own, proved on its own; a false one fails where its ensures is written.
macro_rules! and_bound_lemma {
    ($typ:ty, $name:ident) => {
        verus! {
        pub proof fn $name(a: $typ, m: $typ)
            ensures
                (a & m) <= m,
        {
            assert((a & m) <= m) by (bit_vector);
        }
        }
    };
}

macro_rules! or_bound_lemma {
    ($typ:ty, $name:ident) => {
        verus! {
        pub proof fn $name(a: $typ, m: $typ)
            ensures
                (a | m) <= m, //~ ERROR postcondition not satisfied
        {
        }
        }
    };
}

// `verus!` does not rewrite a macro's tokens: its `+ - *` are Rust's, wrapping in ghost code
macro_rules! DEC {
    ($x: expr) => {
        $x - 1
    };
}

macro_rules! MASK {
    ($n: expr) => {
        ((1u64 << ($n)) - 1)
    };
}

and_bound_lemma! {u64, lemma_and_bound_u64}
and_bound_lemma! {u8, lemma_and_bound_u8}
or_bound_lemma! {u8, lemma_or_bound_u8}

verus! {

pub enum Slot {
    Free(u64),
    Used,
}

pub open spec fn is_free(s: Slot) -> bool {
    matches!(s, Slot::Free(_))
}

pub open spec fn is_free_big(s: Slot) -> bool {
    matches!(s, Slot::Free(n) if n > 10)
}

proof fn std_matches_false() {
    assert(is_free(Slot::Used)); //~ ERROR assertion failed
}
proof fn std_matches_true() {
    assert(is_free(Slot::Free(0)));
    assert(!is_free(Slot::Used));
}

proof fn std_matches_guard_false() {
    assert(is_free_big(Slot::Free(10))); //~ ERROR assertion failed
}
proof fn std_matches_guard_true() {
    assert(is_free_big(Slot::Free(11)));
    assert(!is_free_big(Slot::Free(10)));
}

pub open spec fn is_small(v: u64) -> bool {
    seq_macro::seq! { N in 0..4 { #( v == N || )* false } }
}

proof fn macro_lemma_use_false(x: u64, y: u64) {
    lemma_and_bound_u64(x, y);
    assert((x & y) < y); //~ ERROR assertion failed
}
proof fn macro_lemma_use_true(x: u64, y: u64) {
    lemma_and_bound_u64(x, y);
    assert((x & y) <= y);
}

proof fn macro_lemma_narrow_false(x: u8, y: u8) {
    lemma_and_bound_u8(x, y);
    assert((x & y) <= 127); //~ ERROR assertion failed
}
proof fn macro_lemma_narrow_true(x: u8, y: u8) {
    lemma_and_bound_u8(x, y);
    assert((x & y) <= 255);
}

proof fn macro_mask_false() {
    assert(MASK!(3) == 8) by (bit_vector); //~ ERROR assertion failed
}
proof fn macro_mask_true() {
    assert(MASK!(3) == 7) by (bit_vector);
}

proof fn macro_mask_grouping_false() {
    // `$n` is one operand: MASK!(1 + 1) is (1 << 2) - 1, not (1 << 1) + 1 - 1
    assert(MASK!(1 + 1) == 1) by (bit_vector); //~ ERROR assertion failed
}
proof fn macro_mask_grouping_true() {
    assert(MASK!(1 + 1) == 3) by (bit_vector);
}

proof fn seq_macro_false() {
    assert(is_small(4)); //~ ERROR assertion failed
}
proof fn seq_macro_true() {
    assert(is_small(3));
    assert(!is_small(4));
}

proof fn builtin_add_false() {
    assert(add(255u8, 1u8) == 256); //~ ERROR assertion failed
}
proof fn builtin_add_true() {
    assert(add(255u8, 1u8) == 0);
}

proof fn builtin_sub_false(x: u64) {
    assert(sub(x, 1) < x); //~ ERROR assertion failed
}
proof fn builtin_sub_true(x: u64)
    requires x > 0,
{
    assert(sub(x, 1) < x);
}

proof fn builtin_mul_false() {
    assert(mul(16u8, 16u8) == 256); //~ ERROR assertion failed
}
proof fn builtin_mul_true() {
    assert(mul(16u8, 16u8) == 0);
}

proof fn builtin_bv_sub_false(x: u8) {
    assert(sub(x, 1) < x) by (bit_vector); //~ ERROR assertion failed
}
proof fn builtin_bv_sub_true(x: u8) {
    assert(x > 0 ==> sub(x, 1) < x) by (bit_vector);
}

proof fn builtin_bv_add_false(x: u8) {
    assert(add(x, 1) > x) by (bit_vector); //~ ERROR assertion failed
}
proof fn builtin_bv_add_true(x: u8) {
    assert(x < 255 ==> add(x, 1) > x) by (bit_vector);
    assert(add(255u8, 1u8) == 0) by (bit_vector);
}

proof fn macro_rust_sub_false() {
    assert(DEC!(0u64) == -1); //~ ERROR assertion failed
}
proof fn macro_rust_sub_true() {
    assert(DEC!(0u64) == 0xffff_ffff_ffff_ffffu64);
    assert(DEC!(5u8) == 4);
}

proof fn macro_rust_sub_var_false(x: u64) {
    let y = DEC!(x);
    assert(y < x); //~ ERROR assertion failed
}
proof fn macro_rust_sub_var_true(x: u64) {
    let y = DEC!(x);
    assert(x > 0 ==> y < x);
    assert(x == 0 ==> y == u64::MAX);
}

proof fn macro_mask_and_false(x: u64, n: u64, m: u64)
    requires n < 64, m < 64,
{
    // MASK!(m) is a u64 (Rust's `-`), so `&` with it is u64's
    assert(x & MASK!(m) & MASK!(n) == x & MASK!(m)) by (bit_vector) //~ ERROR assertion failed
        requires n < 64, m < 64;
}
proof fn macro_mask_and_true(x: u64, n: u64, m: u64)
    requires n < 64, m < 64,
{
    assert(n <= m ==> x & MASK!(m) & MASK!(n) == x & MASK!(n)) by (bit_vector)
        requires n < 64, m < 64;
}

fn main() {
}

} // verus!
