use vstd::prelude::*;

verus! {

fn literals(x: u8) {
    assert(x != 256 && x < 256) by (bit_vector);
}

fn shifts(b: u32, x: u16, n: u64, s: i8)
    requires n < 64, s == -1,
{
    assert(b << 2 == (b * 4) as u32) by (bit_vector);
    assert((x << 8) >> 8 == x & 0xff) by (bit_vector);
    assert(x >> 4 < 4096) by (bit_vector);
    assert((1u64 << n) > 0) by (bit_vector)
        requires n < 64;
    assert(s >> 1 == -1i8) by (bit_vector)
        requires s == -1;
}

fn arithmetic(x: u8, a: u64, b: u64, y: i8)
    requires x == 255, y == i8::MIN, a < b,
{
    assert(x + 1 == 256) by (bit_vector)
        requires x == 255;
    assert(a & b <= a && a | b >= b) by (bit_vector);
    assert(-y == 128) by (bit_vector)
        requires y == i8::MIN;
    assert(a - b < 0) by (bit_vector)
        requires a < b;
}

fn multiplication(p: u8, q: u8) {
    assert(p * q <= 65025) by (bit_vector);
}

fn division(x: u32) {
    assert(x / 2 <= x) by (bit_vector);
    assert(x % 8 == x & 7) by (bit_vector);
}

fn mixed(x: u8, y: i8)
    requires x == 200, y == -1,
{
    assert(y < x) by (bit_vector)
        requires x == 200, y == -1;
    assert((x as u16) < 256 && (x as i8) < 128) by (bit_vector);
    assert(!x == 255 - x) by (bit_vector);
}

fn casts(v: u64) -> (r: u64)
    ensures r <= 0xff,
{
    let r = (v as u8) as u64;
    assert(r == v & 0xff) by (bit_vector)
        requires r == (v as u8) as u64;
    r
}

fn main() {
}

} // verus!
