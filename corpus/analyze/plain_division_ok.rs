// Plain Rust: divisors known non-zero.
fn per_page(bytes: u64, pages: u64) -> u64 {
    if pages == 0 {
        return 0;
    }
    bytes / pages
}

fn bucket(x: u32) -> u32 {
    x % 16
}
