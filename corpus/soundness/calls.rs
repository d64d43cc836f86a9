use vstd::prelude::*;

verus! {

fn checked_div(a: u32, b: u32) -> (r: u32)
    requires b != 0,
    ensures r == a / b,
{
    a / b
}

fn call_false(x: u32) -> u32 {
    checked_div(x, x) //~ ERROR precondition not satisfied
}
fn call_true(x: u32) -> u32 {
    checked_div(x, 1)
}

fn post_use_false(x: u32) {
    let r = checked_div(x, 2);
    assert(r * 2 == x); //~ ERROR assertion failed
}
fn post_use_true(x: u32) {
    let r = checked_div(x, 2);
    assert(r * 2 <= x);
}

fn second_clause(a: u8, b: u8)
    requires a > 0, b > a,
{
}

fn second_false(a: u8)
    requires a > 0,
{
    second_clause(a, a); //~ ERROR precondition not satisfied
}
fn second_true(a: u8)
    requires 0 < a < 255,
{
    second_clause(a, a + 1);
}

struct Counter { n: u64 }
impl Counter {
    fn get(&self) -> (r: u64)
        ensures r == self.n,
    {
        self.n
    }
    fn inc(&mut self)
        requires old(self).n < 10,
        ensures final(self).n == old(self).n + 1,
    {
        self.n = self.n + 1;
    }
}

fn method_false(c: &mut Counter) {
    c.inc(); //~ ERROR precondition not satisfied
}
fn method_true(c: &mut Counter)
    requires old(c).n == 3,
    ensures final(c).n == 4,
{
    c.inc();
}

fn method_get_false(c: &Counter)
    requires c.n == 5,
{
    let v = c.get();
    assert(v == 6); //~ ERROR assertion failed
}
fn method_get_true(c: &Counter)
    requires c.n == 5,
{
    let v = c.get();
    assert(v == 5);
}

fn main() {
}

} // verus!
