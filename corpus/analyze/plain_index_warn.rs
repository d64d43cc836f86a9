// Plain Rust: an index with no bound.
fn entry(table: &[u64; 512], i: usize) -> u64 {
    table[i] //~ WARN index: `table[i]` may be out of bounds: i in [0, 18446744073709551615], length in [512, 512]
}
