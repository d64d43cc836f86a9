// `let PAT = e else { .. };` and `matches!(e, PAT [if guard])`.
use vstd::prelude::*;

verus! {

pub enum Page { Free(u8), Used { count: u8 }, Reserved }

fn first_false(o: Option<u8>) -> (r: u8)
    ensures r > 0, //~ ERROR postcondition not satisfied
{
    let Some(v) = o else { return 0; };
    if v == 0 { 1 } else { v }
}
fn first_true(o: Option<u8>) -> (r: u8)
    ensures
        o is None ==> r == 0,
        o is Some ==> r == o->Some_0,
{
    let Some(v) = o else { return 0; };
    v
}

fn count_false(p: Page) -> (r: u8)
    ensures r > 0, //~ ERROR postcondition not satisfied
{
    let Page::Used { count } = p else { return 1; };
    count
}
fn count_true(p: Page) -> (r: u8)
    ensures p is Used ==> r == p->count,
{
    let Page::Used { count } = p else { return 1; };
    count
}

fn skip_false(v: &Vec<u8>) -> (r: u8)
    ensures r > 3, //~ ERROR postcondition not satisfied
{
    let mut i = 0;
    let mut r = 0;
    while i < v.len()
        invariant i <= v.len(), r == 0 || r > 3,
        decreases v.len() - i,
    {
        let Some(x) = (if v[i] > 3 { Some(v[i]) } else { None }) else { i += 1; continue; };
        r = x;
        i += 1;
    }
    r
}
fn skip_true(v: &Vec<u8>) -> (r: u8)
    ensures r == 0 || r > 3,
{
    let mut i = 0;
    let mut r = 0;
    while i < v.len()
        invariant i <= v.len(), r == 0 || r > 3,
        decreases v.len() - i,
    {
        let Some(x) = (if v[i] > 3 { Some(v[i]) } else { None }) else { i += 1; continue; };
        r = x;
        i += 1;
    }
    r
}

spec fn busy(p: Page) -> bool {
    matches!(p, Page::Used { count } if count > 10)
}

fn matches_exec_false(p: Page) -> (r: bool)
    ensures r == (p is Free), //~ ERROR postcondition not satisfied
{
    matches!(p, Page::Free(_) | Page::Reserved)
}
fn matches_exec_true(p: Page) -> (r: bool)
    ensures r == (p is Free || p is Reserved),
{
    matches!(p, Page::Free(_) | Page::Reserved)
}

fn matches_guard_false(p: Page) -> (r: u8)
    ensures busy(p) ==> r > 11, //~ ERROR postcondition not satisfied
{
    match p { Page::Used { count } => count, _ => 0 }
}
fn matches_guard_true(p: Page) -> (r: u8)
    ensures busy(p) ==> r > 10,
{
    match p { Page::Used { count } => count, _ => 0 }
}

} // verus!
