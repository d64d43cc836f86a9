//@ no-verify
// Option: Some, None, is_some, is_none, unwrap, match, `is`.
use vstd::prelude::*;

verus! {

fn find(v: &Vec<u64>, x: u64) -> (r: Option<usize>)
    ensures
        r.is_some() ==> r.unwrap() < v.len(),
        r is Some ==> v[r.unwrap() as int] == x,
{
    let mut i: usize = 0;
    while i < v.len()
        invariant
            i <= v.len(),
        decreases v.len() - i,
    {
        if v[i] == x {
            return Some(i);
        }
        i = i + 1;
    }
    None
}

fn get_or_zero(o: Option<u64>) -> u64 {
    match o {
        Some(x) => x,
        None => 0,
    }
}

fn nothing() -> (r: Option<bool>)
    ensures
        r.is_none(),
{
    Option::None
}

fn main() {
}

} // verus!
