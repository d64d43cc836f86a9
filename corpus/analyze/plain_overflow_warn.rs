// Plain Rust: the same shapes, one step too far.
fn average(a: u32, b: u32) -> u32 {
    (a + b) / 2 //~ WARN overflow: `(a + b)` may overflow: (a + b) in [0, 8589934590]
}

fn count_past(n: u8) -> u8 {
    let mut i: u8 = 0;
    while i <= n {
        i += 1; //~ WARN overflow: `i += 1` may overflow: i += 1 in [1, 256]
    }
    i
}
