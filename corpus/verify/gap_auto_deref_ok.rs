use vstd::prelude::*;

verus! {

// Deref coercion at calls (`&&Vec` to `&Vec`, `&Box<T>` to `&T`, `&Vec<T>` and `&[T; N]` to
// `&[T]`) and matches through references and boxes.
fn vec_len(v: &Vec<u64>) -> (r: usize)
    ensures r == v.len(),
{
    v.len()
}

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

enum E { A(u64), B }

fn clamp(e: &Box<E>) -> (r: u64)
    ensures r <= 7,
{
    match &**e {
        E::A(x) => if *x < 7 { *x } else { 7 },
        E::B => 0,
    }
}

fn opt(o: &&Option<u64>) -> (r: u64)
    ensures r == match **o { Some(x) => x, None => 0 },
{
    match o {
        Some(x) => *x,
        None => 0,
    }
}

fn caller(v: Vec<u64>, a: [u64; 3], b: Box<u64>) {
    let rv = &v;
    let n = vec_len(&rv);
    assert(n == v.len());
    let k = slice_len(&v);
    assert(k == v.len());
    let j = slice_len(&a);
    assert(j == 3);
    let g = read(&b);
    assert(g == *b);
    let s = Some(5u64);
    let t = opt(&&s);
    assert(t == 5);
}

fn main() {
}

} // verus!
