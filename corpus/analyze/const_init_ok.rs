// Const initializers that fit their types; users read their values.
use vstd::prelude::*;
verus! {
const PAGE: u64 = 4096;
const PAGES: u64 = PAGE * 16;
const NEG: i8 = -128;
fn offset(i: u64) -> u64
    requires i < 16,
{
    i * PAGE + PAGES
}
fn neg_plus() -> i8 {
    NEG + 127
}
} // verus!
