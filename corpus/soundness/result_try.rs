// std's Result (lib/vstd/std_specs/result.rs), `?` on Result and Option, and Verus's `->`.
use vstd::prelude::*;

verus! {

fn half(x: u32) -> (r: Result<u32, u8>)
    ensures
        r.is_ok() <==> x % 2 == 0,
        r.is_ok() ==> r.unwrap() * 2 == x,
        r.is_err() ==> r.unwrap_err() == 7,
{
    if x % 2 == 0 { Ok(x / 2) } else { Err(7) }
}

fn quarter_false(x: u32) -> (r: Result<u32, u8>)
    ensures r is Ok, //~ ERROR postcondition not satisfied
{
    let h = half(x)?;
    Ok(h)
}
fn quarter_true(x: u32) -> (r: Result<u32, u8>)
    ensures
        r is Ok ==> r->Ok_0 * 4 == x,
        r is Err ==> r->Err_0 == 7,
{
    let h = half(x)?;
    let q = half(h)?;
    Ok(q)
}

fn err_value_false(x: u32) -> (r: Result<u32, u8>)
    ensures r is Err ==> r->Err_0 == 8, //~ ERROR postcondition not satisfied
{
    let h = half(x)?;
    Ok(h)
}
fn err_value_true(x: u32) -> (r: Result<u32, u8>)
    ensures r is Err ==> r->Err_0 == 7,
{
    let h = half(x)?;
    Ok(h)
}

fn unwrap_false(x: u32) -> u32 {
    half(x).unwrap() //~ ERROR precondition not satisfied
}
fn unwrap_true(x: u32) -> u32 {
    let r = half(x);
    if r.is_ok() { r.unwrap() } else { 0 }
}

fn ok_false() {
    let o = half(6).ok();
    assert(o == Some(4u32)); //~ ERROR assertion failed
}
fn ok_true() {
    let o = half(6).ok();
    assert(o == Some(3u32));
    let e = half(5).err();
    assert(e == Some(7u8));
}

fn match_false(x: u32) {
    match half(x) {
        Ok(v) => { assert(v * 2 == x); }
        Err(e) => { assert(e == 0); } //~ ERROR assertion failed
    }
}
fn match_true(x: u32) {
    match half(x) {
        Ok(v) => { assert(v * 2 == x); }
        Err(e) => { assert(e == 7 && x % 2 == 1); }
    }
}

fn opt_false(x: Option<u8>) -> (r: Option<u8>)
    ensures r.is_some(), //~ ERROR postcondition not satisfied
{
    let v = x?;
    Some(v)
}
fn opt_true(x: Option<u8>) -> (r: Option<u8>)
    ensures r == x,
{
    let v = x?;
    Some(v)
}

fn loop_try_false(n: u32) -> (r: Result<u32, u8>)
    ensures r is Ok, //~ ERROR postcondition not satisfied
{
    let mut i = 0;
    while i < n
        invariant i <= n,
        decreases n - i,
    {
        let _ = half(i)?;
        i += 1;
    }
    Ok(i)
}
fn loop_try_true(n: u32) -> (r: Result<u32, u8>)
    ensures r is Ok ==> r->Ok_0 == n,
{
    let mut i = 0;
    while i < n
        invariant i <= n,
        decreases n - i,
    {
        let _ = half(i)?;
        i += 1;
    }
    Ok(i)
}

fn ok_or_false(v: Option<u8>) -> (r: Result<u8, u16>)
    ensures r is Ok, //~ ERROR postcondition not satisfied
{
    let x = v.ok_or(5u16)?;
    Ok(x)
}
fn ok_or_true(v: Option<u8>) -> (r: Result<u8, u16>)
    ensures
        v is None ==> r == Result::<u8, u16>::Err(5),
        v is Some ==> r == Result::<u8, u16>::Ok(v->Some_0),
{
    let x = v.ok_or(5u16)?;
    Ok(x)
}

fn get_false(a: [u64; 6], i: usize) -> (r: u64)
    ensures r == a[0], //~ ERROR postcondition not satisfied
{
    match a.get(i) { Some(x) => *x, None => 0 }
}
fn get_true(a: [u64; 6], i: usize) -> (r: u64)
    ensures
        i < 6 ==> r == a[i as int],
        i >= 6 ==> r == 0,
{
    match a.get(i) { Some(x) => *x, None => 0 }
}

fn vec_get_false(v: &Vec<u8>, i: usize) -> (r: Option<u8>)
    ensures r is Some, //~ ERROR postcondition not satisfied
{
    let x = *v.get(i)?;
    Some(x)
}
fn vec_get_true(v: &Vec<u8>, i: usize) -> (r: Option<u8>)
    ensures
        i < v.len() <==> r is Some,
        r is Some ==> r->Some_0 == v[i as int],
{
    let x = *v.get(i)?;
    Some(x)
}

fn std_path_false(x: u8) -> (r: core::result::Result<u8, ()>)
    ensures r is Err, //~ ERROR postcondition not satisfied
{
    if x > 3 { std::result::Result::Ok(x) } else { core::result::Result::Err(()) }
}
fn std_path_true(x: u8) -> (r: core::result::Result<u8, ()>)
    ensures r is Err <==> x <= 3,
{
    if x > 3 { std::result::Result::Ok(x) } else { core::result::Result::Err(()) }
}

fn expect_false(v: Option<u8>) -> u8 {
    v.expect("a value") //~ ERROR precondition not satisfied
}
fn expect_true(v: Option<u8>) -> (r: u8)
    requires v is Some,
    ensures r == v->Some_0,
{
    v.expect("a value")
}

} // verus!
