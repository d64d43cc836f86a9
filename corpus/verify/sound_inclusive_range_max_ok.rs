use vstd::prelude::*;

verus! {

fn literal_max() -> (r: u8)
    ensures r == 7,
{
    for i in 0..=255u8 {
        assert(i <= 255);
    }
    7
}

fn counts(n: u8) -> (r: u16)
    ensures r == n as u16 + 1,
{
    let mut c: u16 = 0;
    for i in 0..=n
        invariant c == i as u16,
    {
        c = c + 1;
    }
    c
}

fn body_sees_range() {
    for i in 250..=u8::MAX {
        let j: u8 = i;
        assert(j >= 250);
    }
}

fn later_loop() -> (r: u32)
    ensures r == 3,
{
    for i in 0..=255u8 {
    }
    let mut c: u32 = 0;
    for j in 0..3u8
        invariant c == j as u32,
    {
        c = c + 1;
    }
    c
}

fn main() {
}

} // verus!
