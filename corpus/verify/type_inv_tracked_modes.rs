use vstd::prelude::*;

verus! {

// A tracked value is trusted to meet its type invariant (`use_type_invariant`), a spec value
// never is: a spec value where a tracked one is needed is an error in Verus ("expression has
// mode spec, expected mode proof") and is refused here.
pub struct A { pub i: u8 }

impl A {
    #[verifier::type_invariant]
    spec fn inv(&self) -> bool { self.i > 10 }
}

spec fn mk() -> A { A { i: 0 } }

proof fn take(tracked a: A) {}

proof fn let_tracked_of_spec() {
    let ghost g = mk();
    let tracked t = g; //~ ERROR not supported: a spec value as the value of a `let tracked`
}

proof fn tracked_arg_of_spec(g: A) {
    take(g); //~ ERROR not supported: a spec value as an argument to a tracked parameter
}

proof fn tracked_return_of_spec(g: A) -> (tracked r: A) {
    g //~ ERROR not supported: a spec value as a tracked return value
}

proof fn tracked_literal_of_spec(g: u8) {
    let tracked t = A { i: g }; //~ ERROR not supported: a spec value as the value of a `let tracked`
}

proof fn tracked_write_of_spec(tracked t: A, g: A) {
    let tracked mut u = t;
    u = g; //~ ERROR not supported: a spec value as the value written to a tracked or exec place
}

proof fn set_spec(x: &mut A)
    ensures *x == mk(),
{
    *x = mk();
}

proof fn tracked_into_ghost_mut(tracked t: A) {
    let tracked mut u = t;
    set_spec(&mut u); //~ ERROR not supported: a place that is not spec given to a ghost `&mut` parameter
}

proof fn use_on_ghost(g: A) {
    use_type_invariant(&g); //~ ERROR not supported: `use_type_invariant` on a value that is neither exec nor tracked
}

fn use_on_ghost_wrapper(g: Ghost<A>) {
    proof { use_type_invariant(&g); } //~ ERROR cannot apply use_type_invariant for Ghost<_>
}

fn main() {
}

} // verus!
