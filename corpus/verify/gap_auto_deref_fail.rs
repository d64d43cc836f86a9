use vstd::prelude::*;

verus! {

fn slice_len(s: &[u64]) -> (r: usize)
    ensures r == s@.len(),
{
    s.len()
}

fn read(x: &u64) -> (r: u64)
    ensures r == *x,
{
    *x
}

fn array(a: [u64; 3]) {
    let j = slice_len(&a);
    assert(j == 4); //~ ERROR assertion failed
}

fn caller(v: Vec<u64>, b: Box<u64>) {
    let k = slice_len(&v);
    assert(k == v.len() + 1); //~ ERROR assertion failed
}

fn boxed(b: Box<u64>) {
    let g = read(&b);
    assert(g == *b + 1); //~ ERROR assertion failed
}

fn opt(o: &&Option<u64>) -> (r: u64)
    ensures r == 0, //~ ERROR postcondition not satisfied
{
    match o {
        Some(x) => *x,
        None => 0,
    }
}

fn main() {
}

} // verus!
