use vstd::prelude::*;

verus! {

const K: u8 = 200 + 55;
const WRAPPED: u8 = (200u16 + 100u16) as u8;
const SHIFTED: u64 = 1 << 40;
const PAGES: u64 = 4096 * 512;
const NEG: i32 = i32::MIN + 1;

fn values() {
    assert(K == 255);
    assert(WRAPPED == 44);
    assert(SHIFTED == 0x100_0000_0000);
    assert(PAGES == 2097152);
    assert(NEG == -2147483647);
}

fn main() {
}

} // verus!
