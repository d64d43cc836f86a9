use vstd::prelude::*;

verus! {

// `&`, `|`, `^` of integers do not depend on the width they are computed at (Verus's `bit_and`
// is one function on the integers), nor does `>>`; `!` and `<<` do.

proof fn and_widen_false(x: u32, m: u32) {
    assert(((x as u64) & (m as u64)) == (x | m) as u64); //~ ERROR assertion failed
}
proof fn and_widen_true(x: u32, m: u32) {
    assert(((x as u64) & (m as u64)) == (x & m) as u64);
    assert(((x as u64) | (m as u64)) == (x | m) as u64);
    assert(((x as u64) ^ (m as u64)) == (x ^ m) as u64);
}

proof fn xor_u128_false(x: u64, m: u64) {
    assert(((x as u128) ^ (m as u128)) == (x & m) as u128); //~ ERROR assertion failed
}
proof fn xor_u128_true(x: u64, m: u64) {
    assert(((x as u128) ^ (m as u128)) == (x ^ m) as u128);
}

proof fn shr_widen_false(x: u32, n: u32) {
    assert(((x as u64) << (n as u64)) == (x << n) as u64); //~ ERROR assertion failed
}
proof fn shr_widen_true(x: u32, n: u32) {
    assert(((x as u64) >> (n as u64)) == (x >> n) as u64);
}

// a shift by a variable equal to a literal is the shift by that literal
proof fn shr_var_literal_false(y: u64, m: u64)
    requires m == 1,
{
    assert(y >> 1 == y / 2);
    assert(y >> m == y); //~ ERROR assertion failed
}
proof fn shr_var_literal_true(y: u64, m: u64)
    requires m == 1,
{
    assert(y >> 1 == y / 2);
    assert(y >> m == y / 2);
}

proof fn shl_var_literal_false(y: u64, m: u64)
    requires m == 2, 0 < y < 16,
{
    assert(y << 2 == y * 4);
    assert(y << m == y * 2); //~ ERROR assertion failed
}
proof fn shl_var_literal_true(y: u64, m: u64)
    requires m == 2, 0 < y < 16,
{
    assert(y << 2 == y * 4);
    assert(y << m == y * 4);
}

// `<<` is the exact product clipped to the width: usize (64 bits here) and u64 agree
proof fn shl_usize_false(n: u64)
    requires n < 64,
{
    assert((1u32 << n) == (1u64 << n)); //~ ERROR assertion failed
}
proof fn shl_usize_true(n: u64)
    requires n < 64,
{
    assert((1usize << n) == (1u64 << n));
}

proof fn not_widen_false(x: u32) {
    assert(!(x as u64) == (!x) as u64); //~ ERROR assertion failed
}
proof fn not_widen_true(x: u32) {
    assert(!x == (!x) as u64);
}

proof fn and_mod_lemma_false(x: u32, m: u32)
    requires m == 7,
{
    lemma_and_mod_u64(x as u64, m as u64);
    assert((x & m) == x as int % 4); //~ ERROR assertion failed
}
proof fn and_mod_lemma_true(x: u32, m: u32)
    requires m == 7,
{
    lemma_and_mod_u64(x as u64, m as u64);
    assert((x & m) == x as int % 8);
}

proof fn lemma_and_mod_u64(x: u64, m: u64)
    requires m == 7,
    ensures (x & m) == x as int % (m + 1),
{
    assert(x & 7 == x % 8) by (bit_vector);
}

fn main() {
}

} // verus!
