use vstd::prelude::*;

verus! {

// A bit_vector assertion holds only if it holds with its ordinary (integer) meaning:
// literals are not truncated, + - * do not wrap, mixed widths compare values.
fn literal_not_truncated(x: u8)
    requires x == 0,
{
    assert(x == 256) by (bit_vector) //~ ERROR assertion failed
        requires x == 0;
}

fn shift_is_not_multiplication(b: u32) {
    assert(b << 2 == b * 4) by (bit_vector); //~ ERROR assertion failed
}

fn add_does_not_wrap(x: u8)
    requires x == 255,
{
    assert(x + 1 == 0) by (bit_vector) //~ ERROR assertion failed
        requires x == 255;
}

fn sub_does_not_wrap(a: u8, b: u8) {
    assert(a - b >= 0) by (bit_vector); //~ ERROR assertion failed
}

fn neg_does_not_wrap(x: i8)
    requires x == i8::MIN,
{
    assert(-x == x) by (bit_vector) //~ ERROR assertion failed
        requires x == i8::MIN;
}

fn mixed_widths_compare_values(x: u8, y: i8)
    requires x == 200, y == -1,
{
    assert(y > x) by (bit_vector) //~ ERROR assertion failed
        requires x == 200, y == -1;
}

fn mul_does_not_wrap(x: u32, y: u32) {
    assert(x * y <= 0xffff_ffff) by (bit_vector); //~ ERROR assertion failed
}

fn main() {
}

} // verus!
