use vstd::prelude::*;

verus! {

// A type invariant holds for every tracked value as for every exec one: proof code checks each
// construction and change of a value that is not spec, and `use_type_invariant` on a tracked
// value (a parameter, `self`, a `let tracked`, a tracked field) assumes it.
pub struct Token { pub v: u8 }

impl Token {
    #[verifier::type_invariant]
    spec fn inv(&self) -> bool { //~ NOTE type invariant declared here
        10 < self.v && self.v < 100
    }

    proof fn get_false(tracked &self) -> (r: u8)
        ensures r > 50, //~ ERROR postcondition not satisfied
    {
        use_type_invariant(&*self);
        self.v
    }
    proof fn get_true(tracked &self) -> (r: u8)
        ensures r > 10,
    {
        use_type_invariant(&*self);
        self.v
    }
    proof fn self_form_false(tracked &self)
        ensures self.v < 50, //~ ERROR postcondition not satisfied
    {
        use_type_invariant(self);
    }
    proof fn self_form_true(tracked &self)
        ensures self.v < 100,
    {
        use_type_invariant(self);
    }

    // a tracked `&mut self`: each write is checked, so the invariant holds again after it
    proof fn set_false(tracked &mut self) {
        self.v = 5; //~ ERROR constructed value may fail to meet its declared type invariant
    }
    proof fn set_true(tracked &mut self)
        ensures self.v == 42,
    {
        self.v = 42;
        use_type_invariant(&*self);
    }
}

proof fn vacuous_false(tracked t: Token) {
    use_type_invariant(&t);
    assert(false); //~ ERROR assertion failed
}

proof fn vacuous_true(tracked t: Token) {
    use_type_invariant(&t);
    assert(t.v > 10);
}

proof fn from_param_false(tracked t: Token)
    ensures t.v > 20, //~ ERROR postcondition not satisfied
{
    use_type_invariant(&t);
}
proof fn from_param_true(tracked t: Token)
    ensures t.v > 10,
{
    use_type_invariant(&t);
}

// a struct literal in proof code is checked (Verus: unless one of its values is spec)
proof fn make_false() -> (tracked r: Token) {
    Token { v: 200 } //~ ERROR constructed value may fail to meet its declared type invariant
}
proof fn make_true() -> (tracked r: Token) {
    Token { v: 42 }
}

proof fn let_tracked_false() {
    let tracked t = Token { v: 0 }; //~ ERROR constructed value may fail to meet its declared type invariant
    use_type_invariant(&t);
}
proof fn let_tracked_true() {
    let tracked t = Token { v: 42 };
    use_type_invariant(&t);
    assert(t.v == 42);
}

// a write through a tracked `&mut` parameter by a callee: the enclosing value is checked after it
proof fn write_u8(tracked x: &mut u8, v: u8)
    ensures *x == v,
{
    assume(false);
}
pub struct Pair { pub tok: Token, pub n: u8 }
proof fn write_field_false(tracked p: &mut Pair) {
    write_u8(&mut p.tok.v, 3); //~ ERROR constructed value may fail to meet its declared type invariant
}
proof fn write_field_true(tracked p: &mut Pair)
    ensures p.tok.v == 33,
{
    write_u8(&mut p.tok.v, 33);
    use_type_invariant(&p.tok);
}
proof fn field_of_tracked_false(tracked p: Pair) {
    use_type_invariant(&p.tok);
    assert(p.tok.v < 50); //~ ERROR assertion failed
}
proof fn field_of_tracked_true(tracked p: Pair) {
    use_type_invariant(&p.tok);
    assert(p.tok.v > 10);
}

// an exec value's tracked part meets it too
fn exec_tracked_false(t: Tracked<Token>) -> (r: Ghost<u8>)
    ensures r@ > 50, //~ ERROR postcondition not satisfied
{
    proof { use_type_invariant(&t); }
    Ghost(t@.v)
}
fn exec_tracked_true(t: Tracked<Token>) -> (r: Ghost<u8>)
    ensures r@ > 10,
{
    proof { use_type_invariant(&t); }
    Ghost(t@.v)
}

// a spec value is never checked: building one that fails is allowed, and so is changing a
// spec local (as in Verus), but nothing is assumed of it
proof fn spec_value_false(x: u8) {
    let g = Token { v: x };
    assert(g.v > 10); //~ ERROR assertion failed
}
proof fn spec_value_true(x: u8) {
    let g = Token { v: x };
    let mut h = Token { v: 42 };
    h.v = 0;
}

// a `tracked struct` keeps its fields' own modes: a ghost field takes a spec value, and a
// tracked value is made of it (checked)
pub tracked struct Held {
    tracked tok: Token,
    ghost note: int,
}
impl Held {
    #[verifier::type_invariant]
    spec fn inv(&self) -> bool { //~ NOTE type invariant declared here
        self.note < self.tok.v
    }
}
proof fn held_false(tracked t: Token, n: int) -> (tracked r: Held) {
    Held { tok: t, note: n } //~ ERROR constructed value may fail to meet its declared type invariant
}
proof fn held_true(tracked t: Token, n: int) -> (tracked r: Held) {
    use_type_invariant(&t);
    Held { tok: t, note: 5 }
}
// a ghost field given `arbitrary()`: some value, the same one checked and kept
proof fn held_arbitrary_fails(tracked t: Token) -> (tracked r: Held) {
    Held { tok: t, note: arbitrary() } //~ ERROR constructed value may fail to meet its declared type invariant
}
proof fn held_arbitrary_same_value(tracked t: Token) -> (tracked r: Held)
    ensures r.note < 100,
{
    use_type_invariant(&t);
    let tracked h = Held { tok: t, note: arbitrary() }; //~ ERROR constructed value may fail to meet its declared type invariant
    use_type_invariant(&h);
    h
}
// the branches count, not a spec condition (as Verus)
proof fn pick_false(tracked a: Token, tracked b: Token, c: bool) -> (tracked r: Token)
    ensures r.v > 50, //~ ERROR postcondition not satisfied
{
    let tracked r = if c { a } else { b };
    use_type_invariant(&r);
    r
}
proof fn pick_true(tracked a: Token, tracked b: Token, c: bool) -> (tracked r: Token)
    ensures r.v > 10,
{
    let tracked r = if c { a } else { b };
    use_type_invariant(&r);
    r
}

fn main() {
}

} // verus!
