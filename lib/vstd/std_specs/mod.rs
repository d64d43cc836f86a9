//! Specifications of std items (vstd's `std_specs`) that Proofgate writes as Verus source.
pub mod cmp;
pub mod convert;
pub mod ops;
pub mod option;
pub mod result;
