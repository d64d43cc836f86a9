// Plain Rust (no verus!, no #[verus_verify]): its fn bodies are analysed too. Bounded sums.
fn average(a: u32, b: u32) -> u32 {
    let half_a = a / 2;
    let half_b = b / 2;
    half_a + half_b
}

fn count_to(n: u8) -> u8 {
    let mut i: u8 = 0;
    while i < n {
        i += 1;
    }
    i
}
