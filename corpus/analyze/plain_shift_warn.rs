// Plain Rust: a shift amount up to the width itself.
fn mask(bits: u32) -> u64 {
    if bits > 64 {
        return u64::MAX;
    }
    1u64 << bits //~ WARN shift: `1u64 << bits` may shift out of range: bits in [0, 64], allowed [0, 63]
}
