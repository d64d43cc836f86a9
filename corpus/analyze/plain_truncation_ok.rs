// Plain Rust: casts of values that fit.
fn low_byte(x: u64) -> u8 {
    (x & 0xff) as u8
}

fn to_u16(x: u32) -> u16 {
    if x > 0xffff { 0xffff } else { x as u16 }
}
