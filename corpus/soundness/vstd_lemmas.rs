// Lemmas of Proofgate's vstd (lib/vstd): a call without its precondition fails, a conclusion
// beyond the lemma's fails, and the true uses verify.
use vstd::prelude::*;
use vstd::arithmetic::div_mod::{lemma_add_mod_noop, lemma_small_mod};
use vstd::arithmetic::mul::lemma_mul_inequality;
use vstd::arithmetic::power2::{lemma2_to64, pow2};
use vstd::math::{abs, max, min};

verus! {

proof fn mul_requires_false(a: int, b: int, c: int)
    requires a <= b,
{
    lemma_mul_inequality(a, b, c); //~ ERROR precondition not satisfied
}
proof fn mul_requires_true(a: int, b: int, c: int)
    requires a <= b, c >= 0,
{
    lemma_mul_inequality(a, b, c);
}

proof fn mul_conclusion_false(a: int, b: int, c: int)
    requires a <= b, c >= 0,
{
    lemma_mul_inequality(a, b, c);
    assert(a * c < b * c); //~ ERROR assertion failed
}
proof fn mul_conclusion_true(a: int, b: int, c: int)
    requires a <= b, c >= 0,
{
    lemma_mul_inequality(a, b, c);
    assert(a * c <= b * c);
}

proof fn small_mod_requires_false(x: nat, m: nat)
    requires m > 0,
{
    lemma_small_mod(x, m); //~ ERROR precondition not satisfied
}
proof fn small_mod_requires_true(x: nat, m: nat)
    requires x < m,
{
    lemma_small_mod(x, m);
    assert(x % m == x);
}

proof fn add_mod_conclusion_false(x: int, y: int, m: int)
    requires m > 0,
{
    lemma_add_mod_noop(x, y, m);
    assert((x % m) + (y % m) == (x + y) % m); //~ ERROR assertion failed
}
proof fn add_mod_conclusion_true(x: int, y: int, m: int)
    requires m > 0,
{
    lemma_add_mod_noop(x, y, m);
    assert(((x % m) + (y % m)) % m == (x + y) % m);
}

proof fn pow2_value_false() {
    lemma2_to64();
    assert(pow2(10) == 1000); //~ ERROR assertion failed
}
proof fn pow2_value_true() {
    lemma2_to64();
    assert(pow2(10) == 1024);
    assert(pow2(64) == 0x1_0000_0000_0000_0000);
}

broadcast use vstd::arithmetic::power2::lemma_pow2_pos;

proof fn pow2_broadcast_false(n: nat) {
    assert(pow2(n) > 1); //~ ERROR assertion failed
}
proof fn pow2_broadcast_true(n: nat) {
    assert(pow2(n) > 0);
}

proof fn math_false(x: int) {
    assert(min(3, 5) == 5); //~ ERROR assertion failed
}
proof fn math_true(x: int) {
    assert(min(3, 5) == 3);
    assert(max(3, 5) == 5);
    assert(abs(-4) == 4);
    assert(min(x, x + 1) == x);
}

proof fn shl_requires_false(x: u64) {
    vstd::bits::lemma_u64_shl_is_mul(x, 3); //~ ERROR precondition not satisfied
}
proof fn shl_requires_true(x: u64)
    requires x < 0x1000,
{
    vstd::arithmetic::power2::lemma2_to64();
    vstd::bits::lemma_u64_shl_is_mul(x, 3);
    assert(x << 3 == x * 8);
}

proof fn disjoint_false() {
    let s = Set::<int>::empty().insert(1);
    let t = Set::<int>::empty().insert(1).insert(2);
    assert(s.disjoint(t)); //~ ERROR assertion failed
}
proof fn disjoint_true() {
    let s = Set::<int>::empty().insert(1);
    let t = Set::<int>::empty().insert(2);
    assert(s.disjoint(t)) by {
        assert(forall|a: int| s.contains(a) ==> !t.contains(a));
    }
    vstd::set_lib::lemma_disjoint_iff_empty_intersection(s, t);
    assert(s.intersect(t) =~= Set::empty());
}

proof fn seq_remove_false(s: Seq<u8>)
    requires s.len() == 3,
{
    vstd::seq_lib::lemma_remove_properties(s, 1);
    assert(s.remove(1)[1] == s[1]); //~ ERROR assertion failed
}
proof fn seq_remove_true(s: Seq<u8>)
    requires s.len() == 3,
{
    vstd::seq_lib::lemma_remove_properties(s, 1);
    assert(s.remove(1).len() == 2);
    assert(s.remove(1)[1] == s[2]);
}

proof fn seq_reverse_false(s: Seq<u8>)
    requires s.len() == 4,
{
    vstd::seq_lib::lemma_reverse_properties(s);
    assert(s.reverse()[0] == s[0]); //~ ERROR assertion failed
}
proof fn seq_reverse_true(s: Seq<u8>)
    requires s.len() == 4,
{
    vstd::seq_lib::lemma_reverse_properties(s);
    assert(s.reverse()[0] == s[3]);
    assert(s.reverse().len() == 4);
}

proof fn pow_opaque_false(b: int) {
    assert(vstd::arithmetic::power::pow(b, 1) == b); //~ ERROR assertion failed
}
proof fn pow_opaque_true(b: int) {
    vstd::arithmetic::power::lemma_pow1(b);
    assert(vstd::arithmetic::power::pow(b, 1) == b);
}

proof fn pow_increases_false(e: nat) {
    vstd::arithmetic::power::lemma_pow_strictly_increases(1, e, e + 1); //~ ERROR precondition not satisfied
}
proof fn pow_increases_true(e: nat) {
    vstd::arithmetic::power::lemma_pow_strictly_increases(3, e, e + 1);
    assert(vstd::arithmetic::power::pow(3, e) < vstd::arithmetic::power::pow(3, e + 1));
}

proof fn log_false() {
    vstd::arithmetic::logarithm::lemma_log_pow(2, 5);
    vstd::arithmetic::power2::lemma_pow2(5);
    vstd::arithmetic::power2::lemma2_to64();
    assert(vstd::arithmetic::logarithm::log(2, 32) == 6); //~ ERROR assertion failed
}
proof fn log_true() {
    vstd::arithmetic::logarithm::lemma_log_pow(2, 5);
    vstd::arithmetic::power2::lemma_pow2(5);
    vstd::arithmetic::power2::lemma2_to64();
    assert(vstd::arithmetic::logarithm::log(2, 32) == 5);
}

} // verus!
