use vstd::prelude::*;

verus! {

fn is_some_false(o: Option<u8>) -> (r: bool)
    ensures r, //~ ERROR postcondition not satisfied
{
    o.is_some()
}
fn is_some_true(o: Option<u8>) -> (r: bool)
    ensures r == (o is Some),
{
    o.is_some()
}

fn is_none_false(o: Option<u8>)
    requires o.is_none(),
{
    assert(o == Some(0u8)); //~ ERROR assertion failed
}
fn is_none_true(o: Option<u8>)
    requires o.is_none(),
{
    assert(o == None::<u8>);
}

fn some_get_false(x: u16) -> (r: Option<u16>)
    ensures r.is_none(), //~ ERROR postcondition not satisfied
{
    Some(x)
}
fn some_get_true(x: u16) -> (r: Option<u16>)
    ensures r.is_some(), r.unwrap() == x,
{
    Some(x)
}

fn box_false(b: Box<u32>) -> (r: u32)
    ensures r == 0, //~ ERROR postcondition not satisfied
{
    *b
}
fn box_true(b: Box<u32>) -> (r: u32)
    ensures r == *b,
{
    *b
}

fn opt_add_false(o: Option<u8>) -> u8 {
    match o {
        Some(v) => v + 1, //~ ERROR possible arithmetic underflow/overflow
        None => 0,
    }
}
fn opt_add_true(o: Option<u8>) -> u8
    requires o.is_some() ==> o.unwrap() < 255,
{
    match o {
        Some(v) => v + 1,
        None => 0,
    }
}

fn main() {
}

} // verus!
