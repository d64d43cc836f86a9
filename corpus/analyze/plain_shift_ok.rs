// Plain Rust: shift amounts below the width.
fn mask(bits: u32) -> u64 {
    if bits >= 64 {
        return u64::MAX;
    }
    (1u64 << bits) - 1
}
