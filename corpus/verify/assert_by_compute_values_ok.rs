use vstd::prelude::*;
verus! {
struct P { x: u64, y: u64 }
enum E { A(u64), B { v: int }, C }
spec fn pick(e: E) -> int { match e { E::A(n) => n as int, E::B { v } => v, E::C => -1 } }
spec fn sq(s: Seq<int>, i: int) -> int decreases s.len() - i { if i >= s.len() { 0 } else { s[i] * s[i] + sq(s, i + 1) } }
spec fn opt(n: int) -> Option<int> { if n > 0 { Some(n) } else { None } }
proof fn probes() {
    assert(seq![1int, 2, 3].len() == 3) by (compute_only);
    assert(seq![1int, 2, 3][1] == 2) by (compute_only);
    assert(sq(seq![1int, 2, 3], 0) == 14) by (compute_only);
    assert(P { x: 3, y: 4 }.x + P { x: 3, y: 4 }.y == 7) by (compute_only);
    assert(pick(E::A(5)) + pick(E::B { v: 7 }) + pick(E::C) == 11) by (compute_only);
    assert(opt(3) == Some(3int) && opt(-1) is None) by (compute_only);
    assert(opt(3).unwrap() == 3) by (compute_only);
    assert({ let a = 5int; a * a } == 25) by (compute_only);
    assert((300u64 as u8) == 44) by (compute_only);
    assert((-7int) / 2 == -4 && (-7int) % 2 == 1) by (compute_only);
    assert(!0u8 == 255 && (0xf0u8 & 0x3c) == 0x30 && (6u32 ^ 3) == 5) by (compute_only);
    assert(u64::MAX >> 60u64 == 15) by (compute_only);
}
fn main() {}
}
