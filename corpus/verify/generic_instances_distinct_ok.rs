use vstd::prelude::*;

verus! {

// The same instance is the same function; a generic fn's definition holds at every type.
spec fn g<T>() -> int;

spec fn id<T>(x: T) -> T { x }

proof fn same_instance()
    ensures g::<&u8>() == g::<&u8>(), id::<u8>(3) == 3, id::<&u16>(&4) == 4,
{
}

fn main() {
}

} // verus!
