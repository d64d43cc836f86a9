//! Lemmas about division and remainder of mathematical integers. In specs `/` and `%` are
//! Euclidean: for `d != 0`, `x == d * (x / d) + x % d` with `0 <= x % d < |d|`.
verus! {

use crate::arithmetic::mul::{lemma_mul_inequality, lemma_mul_is_distributive_add};

/// The quotient and remainder are the only `q`, `r` with `x == m * q + r` and `0 <= r < m`.
pub proof fn lemma_div_mod_unique(x: int, m: int, q: int, r: int)
    requires
        0 < m,
        0 <= r < m,
        x == m * q + r,
    ensures
        x / m == q,
        x % m == r,
{
    let q0 = x / m;
    assert(m * (q - q0) == (x % m) - r) by (nonlinear_arith)
        requires
            x == m * q + r,
            x == m * q0 + x % m,
    ;
    if q > q0 {
        lemma_mul_inequality(1, q - q0, m);
    } else if q < q0 {
        lemma_mul_inequality(1, q0 - q, m);
        assert(m * (q0 - q) == r - (x % m)) by (nonlinear_arith)
            requires
                m * (q - q0) == (x % m) - r,
        ;
    }
}

/// `x` is `d` times its quotient plus its remainder.
pub broadcast proof fn lemma_fundamental_div_mod(x: int, d: int)
    requires
        d != 0,
    ensures
        x == d * (x / d) + #[trigger] (x % d),
{
}

/// The remainder by a positive `m` lies in `0..m`.
pub broadcast proof fn lemma_mod_bound(x: int, m: int)
    requires
        0 < m,
    ensures
        0 <= #[trigger] (x % m) < m,
{
}

/// The remainder of a nonnegative `x` by a positive `m` lies in `0..m`.
pub broadcast proof fn lemma_mod_pos_bound(x: int, m: int)
    requires
        0 <= x,
        0 < m,
    ensures
        0 <= #[trigger] (x % m) < m,
{
}

/// A number below the modulus is its own remainder.
pub broadcast proof fn lemma_small_mod(x: nat, m: nat)
    requires
        x < m,
    ensures
        #[trigger] (x % m) == x,
{
}

/// `m % m == 0`.
pub broadcast proof fn lemma_mod_self_0(m: int)
    requires
        m > 0,
    ensures
        #[trigger] (m % m) == 0,
{
}

/// Taking the remainder twice is taking it once.
pub broadcast proof fn lemma_mod_twice(x: int, m: int)
    requires
        m > 0,
    ensures
        #[trigger] ((x % m) % m) == x % m,
{
}

/// A multiple of `m` has remainder 0.
pub broadcast proof fn lemma_mod_multiples_basic(x: int, m: int)
    requires
        m > 0,
    ensures
        #[trigger] ((x * m) % m) == 0,
{
    lemma_div_mod_unique(x * m, m, x, 0);
}

/// Adding a multiple of `m` does not change the remainder.
pub broadcast proof fn lemma_mod_multiples_vanish(a: int, b: int, m: int)
    requires
        0 < m,
    ensures
        #[trigger] ((m * a + b) % m) == b % m,
{
    lemma_mul_is_distributive_add(m, a, b / m);
    lemma_div_mod_unique(m * a + b, m, a + b / m, b % m);
}

/// Remainders can be taken before adding.
pub broadcast proof fn lemma_add_mod_noop(x: int, y: int, m: int)
    requires
        0 < m,
    ensures
        #[trigger] (((x % m) + (y % m)) % m) == (x + y) % m,
{
    lemma_mul_is_distributive_add(m, x / m, y / m);
    lemma_mod_multiples_vanish(x / m + y / m, (x % m) + (y % m), m);
}

/// The remainder of the right operand can be taken before adding.
pub broadcast proof fn lemma_add_mod_noop_right(x: int, y: int, m: int)
    requires
        0 < m,
    ensures
        #[trigger] ((x + (y % m)) % m) == (x + y) % m,
{
    lemma_mod_multiples_vanish(y / m, x + (y % m), m);
}

/// Remainders can be taken before subtracting.
pub broadcast proof fn lemma_sub_mod_noop(x: int, y: int, m: int)
    requires
        0 < m,
    ensures
        #[trigger] (((x % m) - (y % m)) % m) == (x - y) % m,
{
    assert(m * (x / m - y / m) == m * (x / m) - m * (y / m)) by (nonlinear_arith);
    lemma_mod_multiples_vanish(x / m - y / m, (x % m) - (y % m), m);
}

/// Dividing a multiple of `d` by `d` gives the factor back.
pub broadcast proof fn lemma_div_by_multiple(b: int, d: int)
    requires
        0 <= b,
        0 < d,
    ensures
        #[trigger] ((b * d) / d) == b,
{
    assert((b * d) / d == b) by (nonlinear_arith)
        requires
            0 < d,
    ;
}

/// `(d * x) / d == x` for a positive `d`.
pub broadcast proof fn lemma_div_multiples_vanish(x: int, d: int)
    requires
        0 < d,
    ensures
        #[trigger] ((d * x) / d) == x,
{
    assert((d * x) / d == x) by (nonlinear_arith)
        requires
            0 < d,
    ;
}

/// Division by a positive number keeps order.
pub broadcast proof fn lemma_div_is_ordered(x: int, y: int, z: int)
    requires
        x <= y,
        0 < z,
    ensures
        #[trigger] (x / z) <= #[trigger] (y / z),
{
    if x / z > y / z {
        lemma_mul_inequality(y / z + 1, x / z, z);
        lemma_mul_is_distributive_add(z, y / z, 1);
        assert(z * (y / z + 1) == (y / z + 1) * z) by (nonlinear_arith);
        assert(z * (x / z) == (x / z) * z) by (nonlinear_arith);
    }
}

/// A nonnegative number divided by a positive one is nonnegative.
pub broadcast proof fn lemma_div_pos_is_pos(x: int, d: int)
    requires
        0 <= x,
        0 < d,
    ensures
        0 <= #[trigger] (x / d),
{
}

/// Dividing a positive number by one above 1 makes it smaller.
pub broadcast proof fn lemma_div_decreases(x: int, d: int)
    requires
        0 < x,
        1 < d,
    ensures
        #[trigger] (x / d) < x,
{
    let q = x / d;
    if q >= x {
        lemma_mul_inequality(x, q, d);
        lemma_mul_inequality(2, d, x);
        assert(d * q == q * d) by (nonlinear_arith);
    }
}

/// A nonnegative number below the divisor has quotient 0.
pub broadcast proof fn lemma_basic_div(x: int, d: int)
    requires
        0 <= x < d,
    ensures
        #[trigger] (x / d) == 0,
{
}

/// `d / d == 1` for a nonzero `d`.
pub broadcast proof fn lemma_div_by_self(d: int)
    requires
        d != 0,
    ensures
        #[trigger] (d / d) == 1,
{
}

} // verus!
