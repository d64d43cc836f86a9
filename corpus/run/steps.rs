// Infinite loops end at the step limit; panics from the program fail the test.
fn spin(n: u64) -> u64 {
    let mut i = n;
    while i > 0 {
        i = i + 0;
    }
    i
}

fn forever() {
    loop {}
}

fn recurse(n: u64) -> u64 {
    recurse(n + 1)
}

#[test]
fn fail_spin() {
    spin(1);
}

#[test]
fn fail_forever() {
    forever();
}

#[test]
fn fail_recursion() {
    recurse(0);
}

#[test]
fn fail_unimplemented() {
    unimplemented!()
}

#[test]
fn fail_panic_message() {
    let code = 6;
    panic!("bad code {}", code);
}

#[test]
fn fail_assert_eq_macro() {
    assert_eq!(1 + 1, 3);
}

#[test]
fn ok_assert_macros() {
    assert!(1 + 1 == 2);
    assert_eq!(2 * 3, 6);
    assert_ne!(1, 2);
}
