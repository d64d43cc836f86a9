//! Lemmas about multiplication of mathematical integers.
verus! {

/// `x * y == y * x`.
pub broadcast proof fn lemma_mul_is_commutative(x: int, y: int)
    ensures
        #[trigger] (x * y) == y * x,
{
}

/// `x * (y * z) == (x * y) * z`.
pub broadcast proof fn lemma_mul_is_associative(x: int, y: int, z: int)
    ensures
        #[trigger] (x * (y * z)) == #[trigger] ((x * y) * z),
{
    assert(x * (y * z) == (x * y) * z) by (nonlinear_arith);
}

/// `x * (y + z) == x * y + x * z`.
pub broadcast proof fn lemma_mul_is_distributive_add(x: int, y: int, z: int)
    ensures
        #[trigger] (x * (y + z)) == x * y + x * z,
{
    assert(x * (y + z) == x * y + x * z) by (nonlinear_arith);
}

/// `(y + z) * x == y * x + z * x`.
pub broadcast proof fn lemma_mul_is_distributive_add_other_way(x: int, y: int, z: int)
    ensures
        #[trigger] ((y + z) * x) == y * x + z * x,
{
    assert((y + z) * x == y * x + z * x) by (nonlinear_arith);
}

/// `x * (y - z) == x * y - x * z`.
pub broadcast proof fn lemma_mul_is_distributive_sub(x: int, y: int, z: int)
    ensures
        #[trigger] (x * (y - z)) == x * y - x * z,
{
    assert(x * (y - z) == x * y - x * z) by (nonlinear_arith);
}

/// `(y - z) * x == y * x - z * x`.
pub broadcast proof fn lemma_mul_is_distributive_sub_other_way(x: int, y: int, z: int)
    ensures
        #[trigger] ((y - z) * x) == y * x - z * x,
{
    assert((y - z) * x == y * x - z * x) by (nonlinear_arith);
}

/// Multiplying by 0 or 1.
pub proof fn lemma_mul_basics(x: int)
    ensures
        0 * x == 0,
        x * 0 == 0,
        x * 1 == x,
        1 * x == x,
{
}

/// A product with a zero factor is zero.
pub broadcast proof fn lemma_mul_by_zero_is_zero(x: int)
    ensures
        #[trigger] (x * 0) == 0,
        #[trigger] (0 * x) == 0,
{
}

/// A product is nonzero exactly when both factors are.
pub broadcast proof fn lemma_mul_nonzero(x: int, y: int)
    ensures
        #[trigger] (x * y) != 0 <==> x != 0 && y != 0,
{
    assert(x * y != 0 <==> x != 0 && y != 0) by (nonlinear_arith);
}

/// The product of two positive integers is positive.
pub broadcast proof fn lemma_mul_strictly_positive(x: int, y: int)
    ensures
        (0 < x && 0 < y) ==> (0 < #[trigger] (x * y)),
{
    assert((0 < x && 0 < y) ==> 0 < x * y) by (nonlinear_arith);
}

/// The product of two nonnegative integers is nonnegative.
pub broadcast proof fn lemma_mul_nonnegative(x: int, y: int)
    requires
        0 <= x,
        0 <= y,
    ensures
        0 <= #[trigger] (x * y),
{
    assert(0 <= x * y) by (nonlinear_arith)
        requires
            0 <= x,
            0 <= y,
    ;
}

/// Negating both factors leaves the product unchanged.
pub broadcast proof fn lemma_mul_cancels_negatives(x: int, y: int)
    ensures
        #[trigger] (x * y) == (-x) * (-y),
{
    assert(x * y == (-x) * (-y)) by (nonlinear_arith);
}

/// Equal factors give equal products.
pub broadcast proof fn lemma_mul_equality(x: int, y: int, z: int)
    requires
        x == y,
    ensures
        #[trigger] (x * z) == #[trigger] (y * z),
{
}

/// `x <= y` and `z >= 0` give `x * z <= y * z`.
pub broadcast proof fn lemma_mul_inequality(x: int, y: int, z: int)
    requires
        x <= y,
        0 <= z,
    ensures
        #[trigger] (x * z) <= #[trigger] (y * z),
{
    assert(x * z <= y * z) by (nonlinear_arith)
        requires
            x <= y,
            0 <= z,
    ;
}

/// `x < y` and `z > 0` give `x * z < y * z`.
pub broadcast proof fn lemma_mul_strict_inequality(x: int, y: int, z: int)
    requires
        x < y,
        z > 0,
    ensures
        #[trigger] (x * z) < #[trigger] (y * z),
{
    assert(x * z < y * z) by (nonlinear_arith)
        requires
            x < y,
            z > 0,
    ;
}

/// Multiplying by a positive `x` keeps the order of `y` and `z`.
pub broadcast proof fn lemma_mul_left_inequality(x: int, y: int, z: int)
    requires
        0 < x,
    ensures
        y <= z ==> #[trigger] (x * y) <= #[trigger] (x * z),
        y < z ==> x * y < x * z,
{
    assert(y <= z ==> x * y <= x * z) by (nonlinear_arith)
        requires
            0 < x,
    ;
    assert(y < z ==> x * y < x * z) by (nonlinear_arith)
        requires
            0 < x,
    ;
}

/// `x * z <= y * z` with `z > 0` gives `x <= y`.
pub broadcast proof fn lemma_mul_inequality_converse(x: int, y: int, z: int)
    requires
        #[trigger] (x * z) <= #[trigger] (y * z),
        z > 0,
    ensures
        x <= y,
{
    if x > y {
        lemma_mul_strict_inequality(y, x, z);
    }
}

/// `x * z < y * z` with `z >= 0` gives `x < y`.
pub broadcast proof fn lemma_mul_strict_inequality_converse(x: int, y: int, z: int)
    requires
        #[trigger] (x * z) < #[trigger] (y * z),
        z >= 0,
    ensures
        x < y,
{
    if x >= y {
        lemma_mul_inequality(y, x, z);
    }
}

/// `m * x == m * y` with `m != 0` gives `x == y`.
pub broadcast proof fn lemma_mul_equality_converse(m: int, x: int, y: int)
    requires
        m != 0,
        #[trigger] (m * x) == #[trigger] (m * y),
    ensures
        x == y,
{
    assert(m * (x - y) == 0) by (nonlinear_arith)
        requires
            m * x == m * y,
    ;
    lemma_mul_nonzero(m, x - y);
}

/// Multiplying a positive `y` by a positive `x` does not make it smaller.
pub broadcast proof fn lemma_mul_increases(x: int, y: int)
    requires
        0 < x,
        0 < y,
    ensures
        y <= #[trigger] (x * y),
{
    lemma_mul_inequality(1, x, y);
}

/// Both positive factors are at most their product.
pub broadcast proof fn lemma_mul_ordering(x: int, y: int)
    requires
        0 < x,
        0 < y,
        0 <= x * y,
    ensures
        x <= #[trigger] (x * y) && y <= x * y,
{
    lemma_mul_increases(x, y);
    lemma_mul_increases(y, x);
}

/// Bounds on nonnegative factors bound their product.
pub broadcast proof fn lemma_mul_upper_bound(x: int, x_bound: int, y: int, y_bound: int)
    requires
        x <= x_bound,
        y <= y_bound,
        0 <= x,
        0 <= y,
    ensures
        #[trigger] (x * y) <= #[trigger] (x_bound * y_bound),
{
    lemma_mul_inequality(x, x_bound, y);
    if x_bound > 0 {
        lemma_mul_left_inequality(x_bound, y, y_bound);
    }
}

/// Strict bounds on nonnegative factors bound their product by `(x_bound - 1) * (y_bound - 1)`.
pub broadcast proof fn lemma_mul_strict_upper_bound(x: int, x_bound: int, y: int, y_bound: int)
    requires
        x < x_bound,
        y < y_bound,
        0 <= x,
        0 <= y,
    ensures
        #[trigger] (x * y) <= #[trigger] ((x_bound - 1) * (y_bound - 1)),
{
    lemma_mul_upper_bound(x, x_bound - 1, y, y_bound - 1);
}

} // verus!
