// A macro_rules! defined in an include!'d file is in textual scope after the include! (as
// rustc splices the file's items there), not before it. Its hygiene: a `let $x` binds the
// caller's name, a `let` of a name written in the macro's body is the macro's own.
use vstd::prelude::*;

verus! {
proof fn before_include() {
    bump_into!(1 => a); //~ ERROR cannot find macro `bump_into` in this scope
}
}

include!("macro_include_scope.verus.rs");

verus! {

proof fn arg_binding_visible_true() {
    bump_into!(41 => a);
    assert(a == 42);
}

proof fn arg_binding_visible_false() {
    bump_into!(41 => a);
    assert(a == 41); //~ ERROR assertion failed
}

proof fn body_binding_does_not_shadow_true(y: int)
    requires y == 5,
{
    set_y_local!();
    assert(y == 5);
}

proof fn body_binding_does_not_shadow_false(y: int)
    requires y == 5,
{
    set_y_local!();
    assert(y == 1); //~ ERROR assertion failed
}

proof fn body_binding_invisible() {
    set_y_local!();
    assert(y == 1); //~ ERROR cannot find value `y` in this scope
}

proof fn body_binding_no_capture_true(t: int)
    requires t == 3,
{
    // the body's `t` is not the argument's `t`
    assert(twice!(t + 1) == 8);
}

proof fn body_binding_no_capture_false(t: int)
    requires t == 3,
{
    assert(twice!(t + 1) == 6); //~ ERROR assertion failed
}

}

fn main() {}
