// Plain Rust: a divisor that may be zero.
fn per_page(bytes: u64, pages: u64) -> u64 {
    bytes / pages //~ WARN division: `bytes / pages` may divide by zero: pages in [0, 18446744073709551615]
}
