use vstd::prelude::*;

verus! {

// `as` on a field-less enum is its variant's discriminant (Rust's values), then an integer cast.

#[repr(u64)]
enum Kind {
    Free = 0,
    Used,
    Slab = 7,
    Big,
    Reserved = (1u64 << 4) - 1,
}

enum Signed {
    Minus = -1,
    Zero,
}

proof fn implicit_discriminant_false() {
    assert(Kind::Used as u64 == 0); //~ ERROR assertion failed
}
proof fn implicit_discriminant_true() {
    assert(Kind::Used as u64 == 1);
}

proof fn after_explicit_false() {
    assert(Kind::Big as u64 == 4); //~ ERROR assertion failed
}
proof fn after_explicit_true() {
    assert(Kind::Big as u64 == 8 && Kind::Reserved as u64 == 15);
}

// a negative discriminant wraps like any integer cast
proof fn negative_wraps_false() {
    assert(Signed::Minus as u8 == 1); //~ ERROR assertion failed
}
proof fn negative_wraps_true() {
    assert(Signed::Minus as u8 == 255 && Signed::Minus as i64 == -1 && Signed::Zero as u8 == 0);
}

// exec code: the value of a variable of the enum
fn exec_cast_false(k: Kind) -> (r: u64)
    ensures r <= 8, //~ ERROR postcondition not satisfied
{
    k as u64
}
fn exec_cast_true(k: Kind) -> (r: u64)
    ensures r <= 15, r != 2,
{
    k as u64
}

proof fn by_compute_false() {
    assert(Kind::Reserved as u64 == 16) by (compute); //~ ERROR expression simplifies to false
}
proof fn by_compute_true() {
    assert(Kind::Reserved as u64 == 15) by (compute);
}

fn main() {
}

} // verus!
