//! std's `Ordering` and vstd's `PartialOrdSpec`: the spec of `partial_cmp` on integers.
//! A type of the crate gives its own by implementing `PartialOrdSpecImpl` (checked like the
//! other `XSpecImpl` traits, src/check/std-traits.ts); exec `a < b` on it then means what
//! vstd's spec of `PartialOrd::lt` says (src/check/partial-ord.ts).
verus! {

/// std's `core::cmp::Ordering`, the result of a comparison.
pub enum Ordering {
    Less,
    Equal,
    Greater,
}

/// `partial_cmp` of two values as a spec fn (vstd's extension of `PartialOrd`).
pub trait PartialOrdSpec {
    spec fn partial_cmp_spec(&self, other: &Self) -> Option<Ordering>;
}

/// The order of two integers as an `Ordering`.
pub open spec fn int_partial_cmp(a: int, b: int) -> Option<Ordering> {
    if a < b {
        Some(Ordering::Less)
    } else if a == b {
        Some(Ordering::Equal)
    } else {
        Some(Ordering::Greater)
    }
}

impl PartialOrdSpec for u8 {
    open spec fn partial_cmp_spec(&self, other: &u8) -> Option<Ordering> {
        int_partial_cmp(*self as int, *other as int)
    }
}

impl PartialOrdSpec for u16 {
    open spec fn partial_cmp_spec(&self, other: &u16) -> Option<Ordering> {
        int_partial_cmp(*self as int, *other as int)
    }
}

impl PartialOrdSpec for u32 {
    open spec fn partial_cmp_spec(&self, other: &u32) -> Option<Ordering> {
        int_partial_cmp(*self as int, *other as int)
    }
}

impl PartialOrdSpec for u64 {
    open spec fn partial_cmp_spec(&self, other: &u64) -> Option<Ordering> {
        int_partial_cmp(*self as int, *other as int)
    }
}

impl PartialOrdSpec for u128 {
    open spec fn partial_cmp_spec(&self, other: &u128) -> Option<Ordering> {
        int_partial_cmp(*self as int, *other as int)
    }
}

impl PartialOrdSpec for usize {
    open spec fn partial_cmp_spec(&self, other: &usize) -> Option<Ordering> {
        int_partial_cmp(*self as int, *other as int)
    }
}

impl PartialOrdSpec for i8 {
    open spec fn partial_cmp_spec(&self, other: &i8) -> Option<Ordering> {
        int_partial_cmp(*self as int, *other as int)
    }
}

impl PartialOrdSpec for i16 {
    open spec fn partial_cmp_spec(&self, other: &i16) -> Option<Ordering> {
        int_partial_cmp(*self as int, *other as int)
    }
}

impl PartialOrdSpec for i32 {
    open spec fn partial_cmp_spec(&self, other: &i32) -> Option<Ordering> {
        int_partial_cmp(*self as int, *other as int)
    }
}

impl PartialOrdSpec for i64 {
    open spec fn partial_cmp_spec(&self, other: &i64) -> Option<Ordering> {
        int_partial_cmp(*self as int, *other as int)
    }
}

impl PartialOrdSpec for i128 {
    open spec fn partial_cmp_spec(&self, other: &i128) -> Option<Ordering> {
        int_partial_cmp(*self as int, *other as int)
    }
}

impl PartialOrdSpec for isize {
    open spec fn partial_cmp_spec(&self, other: &isize) -> Option<Ordering> {
        int_partial_cmp(*self as int, *other as int)
    }
}

} // verus!
