// Plain Rust: indexes below the length.
fn first_or_zero(v: &[u8]) -> u8 {
    if v.len() > 0 { v[0] } else { 0 }
}

fn entry(table: &[u64; 512], i: usize) -> u64 {
    table[i % 512]
}
