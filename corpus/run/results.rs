// Result and `?`, `let ... else`, `matches!`, `->`, `get` and the integers' checked,
// wrapping and saturating methods, run by the emulator.
use vstd::prelude::*;

verus! {

pub enum Page { Free(u8), Used { count: u8 }, Reserved }

fn half(x: u32) -> (r: Result<u32, u8>)
    ensures r is Ok ==> r->Ok_0 * 2 == x,
{
    if x % 2 == 0 { Ok(x / 2) } else { Err(7) }
}

fn quarter(x: u32) -> (r: Result<u32, u8>) {
    let h = half(x)?;
    let q = half(h)?;
    Ok(q)
}

fn first(v: &Vec<u8>) -> (r: Option<u8>) {
    let x = *v.get(0)?;
    Some(x)
}

fn count_of(p: Page) -> u8 {
    let Page::Used { count } = p else { return 0; };
    count
}

#[test]
fn ok_try_result() {
    let a = quarter(12);
    assert(a is Ok && a->Ok_0 == 3);
    let b = quarter(6);
    assert(b is Err && b->Err_0 == 7);
    assert(b.is_err() && !b.is_ok());
    let c = quarter(8).unwrap();
    assert(c == 2);
    let d = half(3).unwrap_err();
    assert(d == 7);
    let e = half(4).ok();
    assert(e == Some(2u32));
}

#[test]
fn ok_try_option() {
    let v: Vec<u8> = Vec::new();
    let a = first(&v);
    assert(a is None);
    let w = vec![9u8, 1];
    let b = first(&w);
    assert(b == Some(9u8));
    let c = w.get(5);
    assert(c is None);
    let d = Some(3u8).ok_or(4u16);
    assert(d is Ok);
}

#[test]
fn ok_let_else_matches() {
    let a = count_of(Page::Used { count: 4 });
    let b = count_of(Page::Free(1));
    assert(a == 4 && b == 0);
    let p = Page::Used { count: 20 };
    let busy = matches!(p, Page::Used { count } if count > 10);
    let free = matches!(p, Page::Free(_) | Page::Reserved);
    assert(busy && !free);
}

#[test]
fn ok_int_methods() {
    let a = 250u8.checked_add(10);
    let b = 250u8.checked_add(5);
    assert(a is None && b == Some(255u8));
    let m = -128i8;
    let c = m.checked_div(-1);
    let d = m.checked_rem(-1);
    assert(c is None && d is None);
    let e = 255u8.wrapping_add(3);
    let f = m.wrapping_sub(1);
    assert(e == 2 && f == 127);
    let g = 200u8.saturating_add(100);
    let h = 5u32.saturating_sub(9);
    assert(g == 255 && h == 0);
}

#[test]
fn fail_unwrap_err_value() {
    let c = half(3).unwrap();
}

} // verus!
