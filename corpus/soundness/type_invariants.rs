use vstd::prelude::*;

verus! {

pub struct Small { v: u32 }
impl Small {
    #[verifier::type_invariant]
    spec fn inv(&self) -> bool { //~ NOTE type invariant declared here
        self.v < 100
    }

    fn make_false(x: u32) -> Small {
        Small { v: x } //~ ERROR constructed value may fail to meet its declared type invariant
    }
    fn make_true(x: u32) -> Small
        requires x < 100,
    {
        Small { v: x }
    }

    fn bump_false(&mut self) {
        self.v = self.v + 1; //~ ERROR constructed value may fail to meet its declared type invariant
    }
    fn bump_true(&mut self) {
        if self.v < 99 {
            self.v = self.v + 1;
        }
    }

    // a field written through `&mut` by a call: the enclosing value is checked after it
    fn write_false(&mut self) {
        set_to(&mut self.v, 200); //~ ERROR constructed value may fail to meet its declared type invariant
    }
    fn write_true(&mut self) {
        set_to(&mut self.v, 7);
    }

    fn use_false(&self) -> (r: u32)
        ensures r < 100, //~ ERROR postcondition not satisfied
    {
        self.v + 1
    }
    fn use_true(&self) -> (r: u32)
        ensures r < 101,
    {
        proof { use_type_invariant(self); }
        self.v + 1
    }

    fn double_false(&self) -> u8 {
        proof { use_type_invariant(self); }
        (self.v * 3) as u8 + 1 //~ ERROR possible arithmetic underflow/overflow
    }
    fn double_true(&self) -> u32 {
        proof { use_type_invariant(self); }
        self.v * 3 + 1
    }
}

fn set_to(x: &mut u32, v: u32)
    ensures *x == v,
{
    *x = v;
}

pub enum Shape { Dot, Box(u8) }
impl Shape {
    #[verifier::type_invariant]
    spec fn ok(&self) -> bool { //~ NOTE type invariant declared here
        match self { Shape::Dot => true, Shape::Box(w) => *w > 0 }
    }
    fn build_false(w: u8) -> Shape {
        Shape::Box(w) //~ ERROR constructed value may fail to meet its declared type invariant
    }
    fn build_true(w: u8) -> Shape {
        if w == 0 { Shape::Dot } else { Shape::Box(w) }
    }
}

fn main() {
}

} // verus!
