// Plain Rust: a cast that may cut the value.
fn to_u16(x: u32) -> u16 {
    x as u16 //~ WARN truncation: `x as u16` may lose value: x in [0, 4294967295], u16 holds [0, 65535]
}
