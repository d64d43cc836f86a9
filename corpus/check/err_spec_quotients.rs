//@ no-verify
// Verus's spec `%` keeps its operands' type; `/` does for unsigned types and nat, and widens
// to int for signed ones. `x as _` casts to the type the context wants. `Alias::MAX` is the
// constant of the integer type an alias names.
use vstd::prelude::*;

verus! {

type Word = u32;

spec fn low_digit(a: usize) -> usize {
    a % 10
}

spec fn shifted_slot(a: u64, level: u64) -> u64 {
    let top = if level == 0 { a >> 12 } else { a >> 21 };
    top % 512
}

spec fn halves(a: u16, b: u16) -> u16 {
    a / b
}

spec fn nat_quotient(n: nat) -> nat {
    n / 2
}

spec fn signed_rem(a: i32, b: i32) -> i32 {
    a % b
}

spec fn literal_dividend(b: u8) -> u8 {
    300 / b //~ ERROR mismatched types
}

spec fn literal_divisor(a: u8) -> u8 {
    a / 3
}

spec fn literal_modulus_left(b: u8) -> u8 {
    300 % b
}

spec fn signed_quotient(a: i32, b: i32) -> i32 {
    a / b //~ ERROR mismatched types
}

spec fn sum_stays_int(a: usize) -> usize {
    a + 1 //~ ERROR mismatched types
}

spec fn cast_to_context(a: u64, b: u64) -> u32 {
    (a - b) as _
}

spec fn alias_max(a: Word) -> bool {
    a < Word::MAX
}

spec fn alias_no_such_constant(a: Word) -> bool {
    a < Word::LARGEST //~ ERROR cannot find value `LARGEST` in `Word`
}

fn main() {
}

} // verus!
