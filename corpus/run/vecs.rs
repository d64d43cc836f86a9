// Vec operations and loops.
use vstd::prelude::*;

verus! {

fn sum(v: &Vec<u64>) -> u64 {
    let mut total: u64 = 0;
    let mut i: usize = 0;
    while i < v.len() {
        total = total + v[i];
        i = i + 1;
    }
    total
}

fn fill(v: &mut Vec<u64>, n: u64) {
    for i in 0..n {
        v.push(i * 2);
    }
}

fn find(v: &Vec<u64>, x: u64) -> Option<usize> {
    let mut i = 0;
    loop {
        if i >= v.len() {
            return None;
        }
        if v[i] == x {
            break;
        }
        i += 1;
    }
    Some(i)
}

fn count_odd_until_zero(v: &Vec<u64>) -> u64 {
    let mut n = 0;
    let mut i = 0;
    while i < v.len() {
        let x = v[i];
        i = i + 1;
        if x == 0 {
            break;
        }
        if x % 2 == 0 {
            continue;
        }
        n = n + 1;
    }
    n
}

#[test]
fn ok_vec_ops() {
    let mut v: Vec<u64> = Vec::new();
    assert(v.len() == 0);
    fill(&mut v, 4);
    assert(v.len() == 4);
    assert(v[3] == 6);
    let s = sum(&v);
    assert(s == 12);
    v.set(0, 100);
    assert(v[0] == 100);
    let last = v.pop();
    assert(last == Some(6u64));
    assert(v.len() == 3);
    v[1] = 42;
    assert(v@[1] == 42);
    assert(v@.len() == 3);
    let f1 = find(&v, 42);
    let f2 = find(&v, 7);
    assert(f1 == Some(1usize));
    assert(f2.is_none());
    let w = vec![1u64, 2, 3, 0, 5];
    let c = count_odd_until_zero(&w);
    assert(c == 2);
    let e: Vec<u64> = Vec::new();
    let mut e2 = e;
    let p = e2.pop();
    assert(p.is_none());
}

#[test]
fn ok_nested_vec_and_arrays() {
    let mut rows: Vec<Vec<u8>> = Vec::new();
    rows.push(vec![1, 2]);
    rows.push(vec![3]);
    rows[0].push(9);
    assert(rows[0].len() == 3);
    assert(rows[0][2] == 9);
    let mut a = [0u32; 4];
    a[2] = 5;
    assert(a[2] == 5);
    let mut total = 0u32;
    for i in 0..=3 {
        total = total + a[i];
    }
    assert(total == 5);
}

#[test]
fn fail_index_out_of_bounds() {
    let v = vec![1u64, 2, 3];
    let i: usize = 5;
    let x = v[i];
}

#[test]
fn fail_set_out_of_bounds() {
    let mut v = vec![1u64];
    v.set(1, 0);
}

#[test]
fn fail_unwrap_none() {
    let mut v: Vec<u64> = Vec::new();
    let x = v.pop().unwrap();
}

} // verus!
