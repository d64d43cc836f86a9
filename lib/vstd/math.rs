//! Small spec functions on mathematical integers.
verus! {

/// The smaller of `x` and `y`.
pub open spec fn min(x: int, y: int) -> int {
    if x <= y { x } else { y }
}

/// The larger of `x` and `y`.
pub open spec fn max(x: int, y: int) -> int {
    if x >= y { x } else { y }
}

/// The largest of `x`, `y` and `z`.
pub open spec fn max3(x: int, y: int, z: int) -> int {
    max(x, max(y, z))
}

/// The absolute value of `x`.
pub open spec fn abs(x: int) -> nat {
    if x < 0 { (-x) as nat } else { x as nat }
}

/// `x`, or 0 when `x` is negative.
pub open spec fn clip(x: int) -> nat {
    if x < 0 { 0 } else { x as nat }
}

/// `x + y`, as a function (for use where an operator cannot be named).
pub open spec fn add(x: int, y: int) -> int {
    x + y
}

/// `x - y`, as a function.
pub open spec fn sub(x: int, y: int) -> int {
    x - y
}

/// `x / y` (Euclidean, as `/` on `int` in specs), as a function.
pub open spec fn div(x: int, y: int) -> int {
    x / y
}

} // verus!
